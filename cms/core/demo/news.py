"""Demo news items, written for this project from the facts in PRODUCT.md and the seeds."""

import datetime

NEWS = [
    {
        "slug": "eerste-29-werkgevers-tekenen-taalakkoord",
        "title": "Eerste 29 werkgevers tekenen het Taalakkoord",
        "date": datetime.date(2015, 1, 27),
        "image": "groep",
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
        "image": "boek",
        "tags": ["Taalakkoord"],
        "intro": "Vanaf 1 juli 2016 voeren de Leerwerkloketten het Taalakkoord uit. Het doel: 300 "
        "aangesloten organisaties eind 2017.",
        "body": [
            "Het Taalteam van het ministerie van SZW heeft het Taalakkoord overgedragen aan de "
            "Leerwerkloketten. Taal was al een aandachtspunt van het programma Leren en werken. Nu "
            "kunnen de loketten werkgevers en medewerkers met een taalachterstand nog beter helpen.",
            "Op dit moment doen ruim 70 werkgevers, branche-organisaties en koepelorganisaties mee. "
            "Eind 2017 moeten dat er 300 zijn.",
            "Wilt u als werkgever meedoen? Neem contact op met het Leerwerkloket in uw regio.",
        ],
    },
    {
        "slug": "twintig-regionale-sites-online",
        "title": "Twintig regionale sites Leren en werken online",
        "date": datetime.date(2016, 8, 31),
        "image": "kaart",
        "tags": ["Regio's"],
        "intro": "Eind augustus 2016 zijn 20 regionale websites Leren en werken online. Op elke site "
        "staan ook vacatures waarbij u tegelijk leert en werkt.",
        "body": [
            "De landelijke website is begin 2015 vernieuwd. Daarna kreeg elk Leerwerkloket een eigen "
            "regionale site. Daar vindt u het nieuws uit de regio, praktijkvoorbeelden en "
            "leerwerkvacatures.",
            "De andere Leerwerkloketten volgen de komende tijd. In 32 arbeidsmarktregio's is nu "
            "minstens één Leerwerkloket.",
        ],
    },
    {
        "slug": "bijna-200-leden-taalakkoord",
        "title": "Bijna 200 organisaties doen mee aan het Taalakkoord",
        "date": datetime.date(2017, 12, 21),
        "image": "werkplaats",
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
        "image": "gesprek",
        "tags": ["Leerwerkloketten Plus", "Regio's"],
        "intro": "Drie Leerwerkloketten krijgen extra geld om te onderzoeken hoe zij werkenden, "
        "werkzoekenden en werkgevers nog beter kunnen helpen.",
        "body": [
            "Op 6 juni 2019 gingen de Leerwerkloketten Plus officieel van start. Elke regio legt een "
            "eigen accent. Friesland helpt mensen de regie over hun loopbaan te nemen. Twente richt "
            "zich op werkenden en werkgevers als nieuwe klanten. Rijnmond bouwt aan sterke "
            "samenwerkingen met partners.",
            "Alle Leerwerkloketten moeten profiteren van wat de drie pilots opleveren. Daarom deelt "
            "het landelijk team de resultaten met alle regio's.",
        ],
    },
    {
        "slug": "bereikbaar-tijdens-de-lockdown",
        "title": "Leerwerkloketten blijven bereikbaar tijdens de lockdown",
        "date": datetime.date(2020, 4, 2),
        "image": "scherm",
        "tags": ["Dienstverlening"],
        "intro": "Bezoekers kunnen niet meer langskomen, maar alle Leerwerkloketten helpen gewoon "
        "verder: via telefoon, mail, chat, app en videobellen.",
        "body": [
            "Sinds half maart 2020 werken de medewerkers van de Leerwerkloketten thuis. Het landelijk "
            "team belde alle loketten. Uitkomst: ze zijn allemaal bereikbaar gebleven.",
            "Regio's met een inloopspreekuur hebben daar een telefonisch spreekuur van gemaakt. "
            "Adviesgesprekken gaan via videobellen.",
            "Steeds meer mensen die hun baan kwijt zijn, zoeken contact. Omscholing wordt belangrijker "
            "dan ooit. Hebt u een vraag? Vraag online een adviesgesprek aan.",
        ],
    },
    {
        "slug": "evaluatie-leerwerkloketten-2022",
        "title": "Evaluatie: Leerwerkloketten verbinden, maar hebben te weinig capaciteit",
        "date": datetime.date(2022, 5, 17),
        "image": "kaart",
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

NEWS_EN = {
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
}
