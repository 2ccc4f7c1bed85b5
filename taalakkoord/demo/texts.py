"""The demo's words for the Taalakkoord: the Menukaart, the declaration, and the parts that
made-up member names, places and stories are built from (all written for this project)."""

from employers.models import OrganisationKind

MEASURES = [
    ("Taalscreening van medewerkers", "Language screening of staff"),
    ("Taallessen op de werkvloer", "Language classes at the workplace"),
    ("Taalcoach of taalmaatje", "Language coach or buddy"),
    ("E-learning Nederlands", "Dutch e-learning"),
    ("Groepslessen Nederlands als tweede taal", "Group lessons in Dutch as a second language"),
    ("Interne communicatie in eenvoudige taal", "Plain-language internal communication"),
    ("Digitale vaardigheden", "Digital skills"),
    ("Samenwerking met het Leerwerkloket", "Working with the regional Leerwerkloket"),
    ("Samenwerking met een taalaanbieder", "Working with a language provider"),
    (
        "Leidinggevenden leren laaggeletterdheid herkennen",
        "Training managers to recognise low literacy",
    ),
]

DECLARATION = {
    "nl": (
        "Wij zetten in op taal",
        "Wij zorgen ervoor dat onze medewerkers beter leren lezen, schrijven en spreken.",
        "<p>Goede taalvaardigheid helpt medewerkers om veilig, zelfstandig en met plezier te werken. "
        "Daarom kiezen wij maatregelen van de Menukaart, maken wij een plan van aanpak en vertellen "
        "wij elk jaar hoe het gaat.</p>",
    ),
    "en": (
        "We invest in language",
        "We make sure our staff learn to read, write and speak Dutch better.",
        "<p>Good language skills help staff work safely, independently and with pleasure. That is "
        "why we choose measures from the Menukaart, make a plan of action and report every year on "
        "how it is going.</p>",
    ),
}

NAME_PARTS = {
    OrganisationKind.EMPLOYER: [
        ("Schoonmaakbedrijf", "N"),
        ("Zorggroep", "Q"),
        ("Bouwbedrijf", "F"),
        ("Transportbedrijf", "H"),
        ("Hotel", "I"),
        ("Metaalbewerking", "C"),
        ("Kwekerij", "A"),
        ("Bakkerij", "C"),
        ("Thuiszorg", "Q"),
        ("Supermarkt", "G"),
        ("Installatiebedrijf", "F"),
        ("Gemeente", "O"),
        ("Catering", "I"),
        ("Logistiek", "H"),
        ("Vleesverwerking", "C"),
        ("Woonzorgcentrum", "Q"),
    ],
    OrganisationKind.BRANCH: [("Branchevereniging", "S"), ("Vakvereniging", "S")],
    OrganisationKind.UMBRELLA: [("Koepel", "S"), ("Platform", "S")],
}
FIRST_NAMES = ["Anouk", "Mehmet", "Sanne", "Joost", "Fatima", "Pieter", "Lotte", "Yusuf", "Ingrid",
               "Ruud", "Naima", "Bram", "Esther", "Kees", "Sevda", "Willem"]  # fmt: skip
SIGNATORY_ROLES = ["Directeur", "Algemeen directeur", "Bestuurder", "Directeur HR", "Eigenaar"]

NAMES = [
    "De Vries",
    "Jansen",
    "Noorderhaven",
    "Van Dijk",
    "Het Anker",
    "Bakker",
    "De Linde",
    "Visser",
    "Smit",
    "Meijer",
    "De Boer",
    "Mulder",
    "Zonnehof",
    "De Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Rijnstate",
    "Dekker",
    "Dijkstra",
    "Kuipers",
    "Veenstra",
    "De Horst",
    "Brouwer",
]
BRANCHES = ["schoonmaak", "zorg", "bouw", "horeca", "transport", "metaal", "groen", "detailhandel"]
PLACES = {
    "groningen": "Groningen",
    "friesland": "Leeuwarden",
    "drenthe": "Assen",
    "twente": "Enschede",
    "rijnmond": "Rotterdam",
    "haaglanden": "Den Haag",
    "groot-amsterdam": "Amsterdam",
    "midden-utrecht": "Utrecht",
    "midden-brabant": "Tilburg",
    "zuid-limburg": "Maastricht",
    "zuidoost-brabant": "Eindhoven",
    "rijk-van-nijmegen": "Nijmegen",
    "flevoland": "Almere",
    "zeeland": "Middelburg",
    "west-brabant": "Breda",
    "regio-zwolle": "Zwolle",
    "achterhoek": "Doetinchem",
    "amersfoort": "Amersfoort",
    "drechtsteden": "Dordrecht",
    "food-valley": "Ede",
    "gooi-en-vechtstreek": "Hilversum",
    "gorinchem": "Gorinchem",
    "helmond-de-peel": "Helmond",
    "holland-rijnland": "Leiden",
    "midden-gelderland": "Arnhem",
    "midden-holland": "Gouda",
    "midden-limburg": "Roermond",
    "noord-holland-noord": "Alkmaar",
    "noord-limburg": "Venlo",
    "noordoost-brabant": "’s-Hertogenbosch",
    "rivierenland": "Tiel",
    "stedendriehoek-en-noordwest-veluwe": "Apeldoorn",
    "zaanstreekwaterland": "Zaandam",
    "zuid-holland-centraal": "Zoetermeer",
    "zuid-kennemerland-en-ijmond": "Haarlem",
}

STORIES = [
    "Twaalf medewerkers volgden de taalcursus in werktijd. Drie van hen starten nu met een vakopleiding.",
    "Onze taalmaatjes zijn een succes: collega's vragen vaker om uitleg en maken minder fouten.",
    "Alle werkinstructies zijn herschreven in eenvoudige taal. Nieuwe medewerkers zijn sneller ingewerkt.",
    "Met het Leerwerkloket hebben we een digitaal spreekuur gestart voor vragen over taal en rekenen.",
]

# Companies a branch organisation invited that have not signed up yet, and one it named when it
# signed but did not invite yet.
UMBRELLA_INVITED = ["Schoonmaakbedrijf De Frisse Start", "Glazenwasserij Helder & Zn."]
UMBRELLA_NOT_INVITED = "Facilitair Bedrijf Rivierenland"
