"""Demo themes, contact persons and good practices (our own texts, facts from the seeds)."""

import datetime

THEMES = [
    # slug, Dutch name, English name
    ("taal-op-de-werkvloer", "Taal op de werkvloer", "Language at work"),
    ("loopbaanadvies", "Loopbaanadvies", "Career advice"),
    ("leven-lang-ontwikkelen", "Leven lang ontwikkelen", "Lifelong learning"),
    ("evc", "Erkenning van eerder leren (EVC)", "Recognition of prior learning"),
    ("jongeren", "Jongeren", "Young people"),
    ("samenwerking-met-werkgevers", "Samenwerking met werkgevers", "Working with employers"),
    ("dienstverlening-op-afstand", "Dienstverlening op afstand", "Remote services"),
]

CONTACTS = {
    "brabant": (
        "Marieke van Loon",
        "Projectleider",
        "Leerwerkloket Midden-Brabant",
        "info@midden-brabant.leerwerkloket.example",
        "013 000 12 34",
    ),
    "twente": (
        "Ruud Oude Egberink",
        "Teamleider Leren en Werken",
        "Leerwerkloket Twente",
        "info@twente.leerwerkloket.example",
        "053 000 45 67",
    ),
    "rijnmond": (
        "Samira el Idrissi",
        "Projectleider",
        "Leerwerkloket Rijnmond",
        "info@rijnmond.leerwerkloket.example",
        "010 000 78 90",
    ),
    "friesland": (
        "Jelle Hoekstra",
        "Leerwerkadviseur",
        "Leerwerkloket Fryslân",
        "info@fryslan.leerwerkloket.example",
        "058 000 23 45",
    ),
    "haaglanden": (
        "Anouk Verbeek",
        "Adviseur Taalakkoord",
        "Leerwerkloket Haaglanden",
        "taal@haaglanden.leerwerkloket.example",
        "070 000 56 78",
    ),
}

ROLES_EN = {
    "Projectleider": "Project leader",
    "Teamleider Leren en Werken": "Team leader, learning and working",
    "Leerwerkadviseur": "Learning and work adviser",
    "Adviseur Taalakkoord": "Taalakkoord adviser",
}

PRACTICES = [
    {
        "slug": "midden-brabant-talentontwikkeling",
        "title": "Midden-Brabant maakt leren gewoon voor iedereen",
        "region": "midden-brabant",
        "themes": ["loopbaanadvies", "leven-lang-ontwikkelen"],
        "date": datetime.date(2022, 3, 15),
        "contact": "brabant",
        "intro": "Het Leerwerkloket Midden-Brabant helpt inwoners die moeilijk aan werk komen om "
        "verder te leren. Ook kleine en middelgrote werkgevers krijgen hulp.",
        "body": [
            "Voor veel mensen met een praktische opleiding klinkt ‘leren’ als school. En school "
            "roept niet altijd goede herinneringen op. Het loket laat daarom zien dat leren ook op de "
            "werkvloer kan: meelopen met een collega, een korte cursus of een praktijkleerroute.",
            "Het loket zit tussen de partners in: gemeenten, UWV en onderwijs. Zo kan het voor een "
            "werkgever alle regelingen aan elkaar knopen. Gemeenten in de regio betalen samen mee.",
            "Elk jaar helpt het loket ongeveer 500 mensen met de basisdienstverlening. In de twee "
            "coronajaren waren het er zelfs 700. Na drie of vier gesprekken zet 91 procent een "
            "volgende stap: een opleiding of een baan.",
        ],
        "tips": [
            "Reken op jaren om draagvlak op te bouwen en houd het doel voor ogen.",
            "Begin met een kleine groep partners die echt gelooft in talentontwikkeling.",
            "Kies een plek die niet bij één partner hoort, zodat iedereen zich welkom voelt.",
            "Betrek loopbaanadviseurs van buiten het loket: zij kennen de lokale arbeidsmarkt.",
        ],
    },
    {
        "slug": "twente-fonds-voor-vakmanschap",
        "title": "Twente: scholingscheques voor werkenden",
        "region": "twente",
        "themes": ["leven-lang-ontwikkelen", "jongeren"],
        "date": datetime.date(2019, 9, 10),
        "contact": "twente",
        "intro": "Met het Twents fonds voor vakmanschap kunnen werkenden een scholingscheque krijgen. "
        "Het Leerwerkloket Twente helpt hen kiezen wat bij hen past.",
        "body": [
            "Het fonds bestaat sinds januari 2019. Het wil elk jaar 1.500 werkenden een cheque van "
            "5.000 euro geven voor scholing. Het Leerwerkloket is een van de erkende loketten waar "
            "werkenden advies krijgen.",
            "Daarnaast doet het loket mee aan de ‘Twentse belofte’. Dat plan is voor jongeren "
            "tussen 18 en 27 die al werken, maar nog geen diploma op minstens mbo-niveau 2 hebben. "
            "In 2020 wil het loket met 300 van hen praten over hun loopbaan, en hen helpen een "
            "e-portfolio te maken.",
        ],
        "tips": [
            "Zoek jongeren op waar ze al zijn: op het werk, niet op school.",
            "Werk samen met private en publieke opleiders, zodat het hele aanbod zichtbaar is.",
        ],
    },
    {
        "slug": "rijnmond-sterke-partnerships",
        "title": "Rijnmond bouwt aan sterke samenwerking",
        "region": "rijnmond",
        "themes": ["samenwerking-met-werkgevers", "jongeren"],
        "date": datetime.date(2019, 11, 5),
        "contact": "rijnmond",
        "intro": "In de regio Rotterdam werken veel partijen aan werk en scholing. Het Leerwerkloket "
        "Rijnmond brengt ze bij elkaar.",
        "body": [
            "Het loket heeft korte lijnen met SBB, de mbo-scholen en de werkgeversdienst van de "
            "regio. Daardoor vindt een jongere sneller een baan waarbij hij ook een opleiding volgt.",
            "Daarnaast zoekt het loket uit welke regelingen en budgetten samen een opleiding kunnen "
            "betalen, social return meegerekend (financial engineering). Wie van baan wisselt of "
            "vanuit een uitkering aan het werk wil, kan daardoor eerder beginnen.",
        ],
        "tips": [
            "Maak vaste afspraken met partners over wie wat doet.",
            "Breng geldstromen in kaart voordat u een traject ontwerpt.",
        ],
    },
    {
        "slug": "fryslan-zelf-de-volgende-stap-kiezen",
        "title": "Fryslân: werkenden kiezen zelf hun volgende stap",
        "region": "friesland",
        "themes": ["loopbaanadvies", "taal-op-de-werkvloer"],
        "date": datetime.date(2020, 2, 18),
        "contact": "friesland",
        "intro": "In Friesland werken relatief veel mensen met een lagere opleiding. Het Leerwerkloket "
        "helpt hen om zelf keuzes te maken over werk en leren.",
        "body": [
            "Het loket werkt samen met partners aan loopbaanoriëntatie, onafhankelijk scholingsadvies "
            "en de aanpak van laaggeletterdheid.",
            "Werkenden die hun baan dreigen te verliezen, krijgen extra aandacht. Werkgevers krijgen "
            "advies over duurzame inzetbaarheid: hoe blijven medewerkers gezond en bekwaam aan het "
            "werk?",
        ],
        "tips": [
            "Koppel taalhulp aan een concreet doel, zoals een diploma of een nieuwe functie.",
            "Vraag werkgevers om mee te denken over scholing in werktijd.",
        ],
    },
    {
        "slug": "haaglanden-taalmaatjes-op-de-werkvloer",
        "title": "Haaglanden: taalmaatjes in de schoonmaak",
        "region": "haaglanden",
        "themes": ["taal-op-de-werkvloer", "samenwerking-met-werkgevers"],
        "date": datetime.date(2018, 4, 24),
        "contact": "haaglanden",
        "intro": "Een schoonmaakbedrijf dat het Taalakkoord tekende, koppelt medewerkers aan een "
        "collega die helpt met Nederlands. Het Leerwerkloket hielp bij de start.",
        "body": [
            "Eerst maakte het bedrijf met een taalscreening duidelijk wie hulp wilde. Daarna werden "
            "collega's opgeleid tot taalmaatje. Zij oefenen een uur per week, in werktijd.",
            "Werkinstructies zijn nu in eenvoudige taal geschreven. Leidinggevenden merken dat "
            "medewerkers vaker vragen stellen en minder fouten maken.",
        ],
        "tips": [
            "Zorg dat leidinggevenden het belang uitdragen: taal is geen bijzaak.",
            "Begin klein, met een groep die zelf wil, en laat hen vertellen over hun ervaring.",
        ],
    },
    {
        "slug": "zuid-limburg-spreekuur-op-afstand",
        "title": "Zuid-Limburg: van inloopspreekuur naar telefoon en video",
        "region": "zuid-limburg",
        "themes": ["dienstverlening-op-afstand", "loopbaanadvies"],
        "date": datetime.date(2020, 6, 2),
        "contact": None,
        "intro": "Toen het loket in maart 2020 de deuren moest sluiten, ging de hulp gewoon door. "
        "Wie vroeger zonder afspraak binnenliep, kon nu op dezelfde tijden bellen.",
        "body": [
            "Adviseurs voerden gesprekken via videobellen. Testen bespraken zij digitaal. Klanten "
            "die veel zelf konden, kregen een lijst met online informatie.",
            "Na de lockdown bleef een deel van de online hulp bestaan. Een gesprek op afstand "
            "scheelt reistijd, vooral voor mensen die werken.",
        ],
        "tips": [
            "Bied altijd een telefoonnummer aan: niet iedereen kan videobellen.",
            "Stuur vooraf in eenvoudige taal hoe een videogesprek werkt.",
        ],
    },
    {
        "slug": "groot-amsterdam-evc-in-de-zorg",
        "title": "Groot Amsterdam: ervaring in de zorg laten erkennen",
        "region": "groot-amsterdam",
        "themes": ["evc", "leven-lang-ontwikkelen"],
        "date": datetime.date(2021, 10, 12),
        "contact": None,
        "intro": "Veel mensen werken al jaren in de zorg zonder diploma. Met een ervaringscertificaat "
        "(EVC) laten zij zien wat ze kunnen, en halen ze sneller hun diploma.",
        "body": [
            "Het Leerwerkloket legt uit hoe een EVC-traject werkt en wat het kost. Samen met het ROC "
            "kijken adviseurs welke onderdelen van de opleiding iemand kan overslaan.",
            "Werkgevers in de zorg zijn blij: zo behouden zij ervaren medewerkers en vullen zij "
            "vacatures met gediplomeerde collega's.",
        ],
        "tips": [
            "Verzamel bewijs van wat u al kunt, zoals werkbeoordelingen en referenties.",
            "Vraag uw werkgever om het traject te betalen of in werktijd te laten doen.",
        ],
    },
]

# English texts of the good practices, keyed by the Dutch slug. `body` and `tips` have as many
# items as the Dutch, so they can be matched one by one.
PRACTICES_EN = {
    "midden-brabant-talentontwikkeling": {
        "title": "Midden-Brabant makes learning normal for everyone",
        "slug": "midden-brabant-talent-development",
        "intro": "The Leerwerkloket Midden-Brabant helps residents who find it hard to get work to "
        "keep learning. Small and medium-sized employers get help too.",
        "body": [
            "For many people with a practical education, ‘learning’ sounds like school. And school "
            "does not always bring back good memories. So the desk shows that you can also learn "
            "at work: by working alongside a colleague, with a short course or with a work-based "
            "learning route.",
            "The desk sits between the partners: municipalities, UWV (the Employee Insurance "
            "Agency) and education. This way, it can link all the schemes together for an "
            "employer. The municipalities in the region share the costs.",
            "Every year, the desk helps about 500 people with its basic services. In the two years "
            "of the coronavirus pandemic, it was as many as 700. After three or four meetings, 91 "
            "per cent take a next step: a course or a job.",
        ],
        "tips": [
            "Expect it to take years to build support, and keep your goal in mind.",
            "Start with a small group of partners who really believe in talent development.",
            "Choose a place that does not belong to one partner, so that everyone feels welcome.",
            "Involve career advisers from outside the desk: they know the local labour market.",
        ],
    },
    "twente-fonds-voor-vakmanschap": {
        "title": "Twente: training vouchers for workers",
        "slug": "twente-training-vouchers",
        "intro": "With the Twents fonds voor vakmanschap (Twente fund for craftsmanship), workers "
        "can get a training voucher. The Leerwerkloket Twente helps them choose what suits them.",
        "body": [
            "The fund has existed since January 2019. Each year, it wants to give 1,500 workers a "
            "voucher of 5,000 euros for training. The Leerwerkloket is one of the approved desks "
            "where workers can get advice.",
            "The desk also takes part in the ‘Twentse belofte’ (Twente promise). This plan is for "
            "young people between 18 and 27 who already work, but do not yet have a diploma at "
            "secondary vocational (mbo) level 2 or higher. In 2020, the desk wants to talk to 300 "
            "of them about their careers, and help them make an e-portfolio.",
        ],
        "tips": [
            "Look for young people where they already are: at work, not at school.",
            "Work with private and public training providers, so that all courses are visible.",
        ],
    },
    "rijnmond-sterke-partnerships": {
        "title": "Rijnmond builds strong partnerships",
        "slug": "rijnmond-strong-partnerships",
        "intro": "In the Rotterdam region, many organisations work on jobs and training. The "
        "Leerwerkloket Rijnmond brings them together.",
        "body": [
            "The desk is in close contact with SBB (the national body that links vocational "
            "education and employers), the mbo colleges and the region's employer service. So a "
            "young person finds a job that includes a course more quickly.",
            "The desk also works out which schemes and budgets can pay for a course together. It "
            "counts social return too: the jobs and training that suppliers offer when they win "
            "a public contract. This is called financial engineering. So if you change jobs, or "
            "want to move from benefits into work, you can start sooner.",
        ],
        "tips": [
            "Make firm agreements with your partners about who does what.",
            "Map the flows of money before you design a programme.",
        ],
    },
    "fryslan-zelf-de-volgende-stap-kiezen": {
        "title": "Fryslân: workers choose their own next step",
        "slug": "fryslan-choose-your-next-step",
        "intro": "In Friesland, quite a lot of working people have a lower level of education. The "
        "Leerwerkloket helps them make their own choices about work and learning.",
        "body": [
            "The desk works with partners on career guidance, independent advice on training and "
            "tackling low literacy.",
            "Workers who may lose their jobs get extra attention. Employers get advice on "
            "sustainable employability: how do staff stay healthy and skilled at work?",
        ],
        "tips": [
            "Link language support to a clear goal, such as a diploma or a new job.",
            "Ask employers to help plan training during working hours.",
        ],
    },
    "haaglanden-taalmaatjes-op-de-werkvloer": {
        "title": "Haaglanden: language buddies in cleaning",
        "slug": "haaglanden-language-buddies-at-work",
        "intro": "A cleaning company that signed the Taalakkoord pairs employees with a colleague "
        "who helps them with Dutch. The Leerwerkloket helped the company get started.",
        "body": [
            "First, the company used a language screening to find out who wanted help. Then "
            "colleagues were trained as language buddies. They practise for one hour a week, "
            "during working hours.",
            "Work instructions are now written in plain language. Managers notice that employees "
            "ask questions more often and make fewer mistakes.",
        ],
        "tips": [
            "Make sure managers spread the message: language is not a side issue.",
            "Start small, with a group who want to take part, and let them share their experience.",
        ],
    },
    "zuid-limburg-spreekuur-op-afstand": {
        "title": "Zuid-Limburg: from drop-in hours to phone and video",
        "slug": "zuid-limburg-advice-from-a-distance",
        "intro": "When the desk had to close its doors in March 2020, the help simply went on. If "
        "you used to drop in without an appointment, you could now phone at the same times.",
        "body": [
            "Advisers held meetings by video call. They discussed tests online. Clients who could "
            "do a lot on their own received a list of information online.",
            "After the lockdown, part of the online help stayed. A meeting from a distance saves "
            "travel time, especially for people who work.",
        ],
        "tips": [
            "Always offer a phone number: not everyone can make video calls.",
            "Before the meeting, explain in plain language how a video call works.",
        ],
    },
    "groot-amsterdam-evc-in-de-zorg": {
        "title": "Groot Amsterdam: getting your experience in care recognised",
        "slug": "groot-amsterdam-recognising-care-experience",
        "intro": "Many people have worked in care for years without a diploma. With a certificate "
        "of experience (EVC), they show what they can do, and get their diploma sooner.",
        "body": [
            "The Leerwerkloket explains how an EVC programme works and what it costs. Together with "
            "the ROC (regional vocational college), advisers look at which parts of the course "
            "someone can skip.",
            "Employers in care are pleased. This way, they keep experienced staff and fill "
            "vacancies with qualified colleagues.",
        ],
        "tips": [
            "Collect proof of what you can already do, such as work reviews and references.",
            "Ask your employer to pay for the programme or to let you do it during working hours.",
        ],
    },
}
