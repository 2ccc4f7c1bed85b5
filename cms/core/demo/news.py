"""Demo news items, written for this project from the facts in PRODUCT.md and the seeds."""

import datetime

NEWS = [
    {
        "slug": "eerste-29-werkgevers-tekenen-taalakkoord",
        "title": "Eerste 29 werkgevers tekenen het Taalakkoord",
        "date": datetime.date(2015, 1, 27),
        "tags": ["Taalakkoord"],
        "intro": "Op 27 januari 2015 zetten 29 werkgevers hun handtekening onder de verklaring "
        "‘Wij zetten in op taal’. Zij zijn de koplopers van het Taalakkoord.",
        "body": [
            "Het ministerie van Sociale Zaken en Werkgelegenheid begon in 2015 met het Taalakkoord. "
            "Werkgevers die meedoen, beloven dat zij werken aan de taal van hun medewerkers.",
            "Waarom is dat nodig? Wie moeite heeft met lezen en schrijven, heeft vaak ook moeite met "
            "veiligheidsinstructies, roosters of een opleiding. Een betere taalvaardigheid helpt dus "
            "de medewerker én het bedrijf.",
            "De 29 koplopers gaan als ambassadeurs andere werkgevers vertellen wat het Taalakkoord hun "
            "oplevert.",
        ],
    },
    {
        "slug": "taalakkoord-naar-de-leerwerkloketten",
        "title": "Leerwerkloketten gaan het Taalakkoord uitvoeren",
        "date": datetime.date(2016, 7, 1),
        "tags": ["Taalakkoord"],
        "intro": "Vanaf 1 juli 2016 voeren de Leerwerkloketten het Taalakkoord uit. Het doel: 300 "
        "aangesloten organisaties eind 2017.",
        "body": [
            "Tot nu toe zorgde een team van het ministerie van SZW voor het Taalakkoord. Vanaf "
            "nu doen de Leerwerkloketten dat. Voor de loketten is taal geen nieuw onderwerp: ze "
            "helpen al langer mensen die moeite hebben met Nederlands. Met het Taalakkoord kunnen "
            "ze ook hun werkgevers beter op weg helpen.",
            "Zo'n 70 organisaties hebben al getekend: bedrijven, maar ook branches en koepels. "
            "Het streven is 300 leden voor het einde van 2017.",
            "Wilt u als werkgever meedoen? Neem contact op met het Leerwerkloket in uw regio.",
        ],
    },
    {
        "slug": "twintig-regionale-sites-online",
        "title": "Twintig regionale sites Leren en werken online",
        "date": datetime.date(2016, 8, 31),
        "tags": ["Regio's"],
        "intro": "Eind augustus 2016 zijn 20 regionale websites Leren en werken online. Op elke site "
        "staan ook vacatures waarbij u tegelijk leert en werkt.",
        "body": [
            "Sinds de nieuwe landelijke site van 2015 bouwen de loketten stap voor stap een "
            "eigen regionale site. Daar leest u het nieuws uit uw regio, voorbeelden uit de "
            "praktijk en vacatures waarbij u leert en werkt.",
            "De loketten zonder eigen site volgen later. Bijna elke arbeidsmarktregio heeft "
            "inmiddels een Leerwerkloket: 32 van de 35.",
        ],
    },
    {
        "slug": "bijna-200-leden-taalakkoord",
        "title": "Bijna 200 organisaties doen mee aan het Taalakkoord",
        "date": datetime.date(2017, 12, 21),
        "tags": ["Taalakkoord"],
        "intro": "Eind 2017 hebben bijna 200 organisaties het Taalakkoord getekend. Veel van hen "
        "tekenden tijdens regionale bijeenkomsten.",
        "body": [
            "Het doel was 300 leden eind 2017. Dat is nog niet gehaald, maar de groei is groot: in "
            "augustus 2016 waren er ongeveer 70.",
            "Op bijeenkomsten in de regio kregen nieuwe leden hun certificaat. Zo zien collega's en "
            "klanten dat het bedrijf werk maakt van taal.",
        ],
    },
    {
        "slug": "leerwerkloketten-plus-van-start",
        "title": "Leerwerkloketten Plus van start in Friesland, Twente en Rijnmond",
        "date": datetime.date(2019, 6, 6),
        "tags": ["Leerwerkloketten Plus", "Regio's"],
        "intro": "Drie Leerwerkloketten krijgen extra geld om te onderzoeken hoe zij werkenden, "
        "werkzoekenden en werkgevers nog beter kunnen helpen.",
        "body": [
            "De drie proeven begonnen begin juni 2019, elk met een eigen vraag. Friesland wil "
            "mensen helpen zelf keuzes te maken over hun loopbaan. Twente zoekt hoe het loket "
            "ook mensen met een baan en hun werkgevers kan bereiken. Rijnmond werkt aan vaste "
            "afspraken met partners in de regio.",
            "Alle Leerwerkloketten moeten profiteren van wat de drie pilots opleveren. Daarom deelt "
            "het landelijk team de resultaten met alle regio's.",
        ],
    },
    {
        "slug": "bereikbaar-tijdens-de-lockdown",
        "title": "Leerwerkloketten blijven bereikbaar tijdens de lockdown",
        "date": datetime.date(2020, 4, 2),
        "tags": ["Dienstverlening"],
        "intro": "Bezoekers kunnen niet meer langskomen, maar alle Leerwerkloketten helpen gewoon "
        "verder: via telefoon, mail, chat, app en videobellen.",
        "body": [
            "Sinds half maart 2020 werken de medewerkers van de Leerwerkloketten thuis. Het landelijk "
            "team belde alle loketten. Uitkomst: ze zijn allemaal bereikbaar gebleven.",
            "Wie vroeger zonder afspraak langskwam, kan nu op dezelfde uren bellen. Een "
            "adviesgesprek voert u met de adviseur via de video.",
            "Het loket krijgt meer vragen van mensen die door de crisis werk verloren. Een nieuw "
            "vak leren is voor hen vaak de snelste weg terug. Hebt u een vraag? Vraag online een "
            "adviesgesprek aan.",
        ],
    },
    {
        "slug": "evaluatie-leerwerkloketten-2022",
        "title": "Evaluatie: Leerwerkloketten verbinden, maar hebben te weinig capaciteit",
        "date": datetime.date(2022, 5, 17),
        "tags": ["Onderzoek"],
        "intro": "Uit een nieuwe evaluatie blijkt dat de loketten een belangrijke rol spelen in de "
        "regio. Wel kennen nog weinig inwoners het Leerwerkloket.",
        "body": [
            "De loketten brengen onderwijs, gemeenten, UWV en werkgevers bij elkaar. Dat werkt goed. "
            "Maar de capaciteit is klein in verhouding tot de opgave.",
            "De onderzoekers raden een landelijke stuurgroep aan, waarin alle betrokken partijen "
            "samen over de koers praten.",
        ],
    },
]

# The news tags in English, for the English pages.
TAGS_EN = {
    "Taalakkoord": "Taalakkoord",
    "Regio's": "Regions",
    "Leerwerkloketten Plus": "Leerwerkloketten Plus",
    "Dienstverlening": "Services",
    "Onderzoek": "Research",
}

NEWS_EN = {
    "eerste-29-werkgevers-tekenen-taalakkoord": {
        "title": "First 29 employers sign the Taalakkoord",
        "slug": "first-29-employers-sign-taalakkoord",
        "intro": "On 27 January 2015, 29 employers signed the statement ‘Wij zetten in op taal’ "
        "(‘We are investing in language’). They are the first members of the Taalakkoord.",
        "body": [
            "The Ministry of Social Affairs and Employment started the Taalakkoord (language "
            "agreement) in 2015. Employers who join promise to work on the language skills of "
            "their staff.",
            "Why is this needed? People who find reading and writing hard often also struggle with "
            "safety instructions, work rosters or a training course. So better language skills help "
            "the employee and the company.",
            "The 29 front-runners will act as ambassadors. They will tell other employers what the "
            "Taalakkoord gives them.",
        ],
    },
    "taalakkoord-naar-de-leerwerkloketten": {
        "title": "Leerwerkloketten take over the Taalakkoord",
        "slug": "leerwerkloketten-take-over-taalakkoord",
        "intro": "From 1 July 2016, the Leerwerkloketten run the Taalakkoord. The aim: 300 member "
        "organisations by the end of 2017.",
        "body": [
            "Until now, a team at the Ministry of Social Affairs and Employment (SZW) looked after "
            "the Taalakkoord. From now on, the Leerwerkloketten (learning and working desks) do "
            "this. Language is not a new subject for the desks. They have helped people who find "
            "Dutch hard for a long time. With the Taalakkoord, they can also give their employers "
            "better support.",
            "About 70 organisations have already signed. These are companies, but also sector "
            "organisations and umbrella bodies. The aim is 300 members by the end of 2017.",
            "Are you an employer and do you want to join? Contact the Leerwerkloket in your region.",
        ],
    },
    "twintig-regionale-sites-online": {
        "title": "Twenty regional Leren en werken websites now online",
        "slug": "twenty-regional-websites-online",
        "intro": "At the end of August 2016, 20 regional Leren en werken (learning and working) "
        "websites are online. Each site also lists vacancies where you learn and work at the "
        "same time.",
        "body": [
            "The new national website went live in 2015. Since then, the desks have been building "
            "their own regional sites, step by step. There you can read news from your region, "
            "examples from practice and vacancies where you learn while you work.",
            "The desks without a site of their own will follow later. Almost every labour-market "
            "region now has a Leerwerkloket: 32 of the 35.",
        ],
    },
    "bijna-200-leden-taalakkoord": {
        "title": "Almost 200 organisations take part in the Taalakkoord",
        "slug": "almost-200-taalakkoord-members",
        "intro": "At the end of 2017, almost 200 organisations have signed the Taalakkoord. Many of "
        "them signed at regional meetings.",
        "body": [
            "The aim was 300 members by the end of 2017. That target has not been reached yet. But "
            "the growth is strong: in August 2016 there were about 70.",
            "New members received their certificate at meetings in the regions. This shows "
            "colleagues and customers that the company takes language seriously.",
        ],
    },
    "leerwerkloketten-plus-van-start": {
        "title": "Leerwerkloketten Plus start in Friesland, Twente and Rijnmond",
        "slug": "leerwerkloketten-plus-starts",
        "intro": "Three regional desks receive extra funding to find out how they can help workers, "
        "job seekers and employers even better.",
        "body": [
            "On 6 June 2019 the Leerwerkloketten Plus officially started. Each region has its own "
            "focus. Friesland helps people take charge of their careers. Twente serves workers and "
            "employers as new clients. Rijnmond builds strong partnerships.",
            "All desks should benefit from what the three pilots learn, so the national team shares "
            "the results with every region.",
        ],
    },
    "bereikbaar-tijdens-de-lockdown": {
        "title": "Leerwerkloketten stay available during the lockdown",
        "slug": "available-during-the-lockdown",
        "intro": "Visitors can no longer come in, but all Leerwerkloketten carry on helping: by "
        "phone, email, chat, app and video call.",
        "body": [
            "Since mid-March 2020, the staff of the Leerwerkloketten have worked from home. The "
            "national team phoned every desk. The result: all of them are still available.",
            "Did you use to drop in without an appointment? Now you can phone at the same times. "
            "You have your advice meeting with the adviser by video.",
            "The desks get more questions from people who lost their jobs in the crisis. For them, "
            "learning a new trade is often the quickest way back to work. Do you have a question? "
            "Ask for an advice meeting online.",
        ],
    },
    "evaluatie-leerwerkloketten-2022": {
        "title": "Evaluation: Leerwerkloketten connect, but have too little capacity",
        "slug": "evaluation-leerwerkloketten-2022",
        "intro": "A new evaluation shows that the desks play an important role in their region. "
        "But few residents know about the Leerwerkloket yet.",
        "body": [
            "The desks bring together education, municipalities, UWV (the Employee Insurance "
            "Agency) and employers. That works well. But their capacity is small compared with "
            "the task.",
            "The researchers advise a national steering group. In it, all the parties involved "
            "would discuss the direction together.",
        ],
    },
}
