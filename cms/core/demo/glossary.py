"""The demo's glossary: the words of leren en werken explained in plain language (B1)."""

from django.utils.text import slugify

from cms.standardpages.models import ContentPage

from .pagetools import ensure_child, ensure_translation, fresh, stream

TERMS = [
    # Dutch term, Dutch explanation, English term, English explanation
    (
        "Arbeidsmarktregio",
        "Nederland is verdeeld in 35 arbeidsmarktregio's. In elke regio werken gemeenten, UWV, "
        "scholen en werkgevers samen, zodat mensen werk vinden. Elke regio heeft een "
        "Leerwerkloket.",
        "Labour-market region (arbeidsmarktregio)",
        "The Netherlands is divided into 35 labour-market regions. In each one, municipalities, "
        "UWV, schools and employers work together to help people find work. Every region has a "
        "Leerwerkloket.",
    ),
    (
        "BBL (beroepsbegeleidende leerweg)",
        "U werkt bij een werkgever en gaat meestal één dag per week naar school. U krijgt loon "
        "voor uw werk. Zo haalt u een mbo-diploma terwijl u werkt.",
        "BBL (work-based route)",
        "You work for an employer and usually go to school one day a week. You are paid for "
        "your work. This way you earn a secondary vocational (mbo) diploma while you work.",
    ),
    (
        "BOL (beroepsopleidende leerweg)",
        "U gaat vooral naar school. Een deel van de opleiding loopt u stage bij een bedrijf.",
        "BOL (school-based route)",
        "You mostly go to school. For part of the course you work as a trainee at a company.",
    ),
    (
        "EVC (erkenning van verworven competenties)",
        "U laat vastleggen wat u al kunt, bijvoorbeeld door jaren werk of vrijwilligerswerk. Dat "
        "komt op een ervaringscertificaat. Daarmee hoeft u soms een deel van een opleiding niet "
        "meer te doen.",
        "EVC (recognition of prior learning)",
        "You have what you can already do put on record, for example after years of work or "
        "volunteering. It goes on a certificate of experience. With it you may skip part of a "
        "course.",
    ),
    (
        "Mbo-niveau",
        "Het mbo heeft vier niveaus. Niveau 1 is de entreeopleiding, niveau 4 het hoogste. Met "
        "niveau 4 kunt u verder leren op het hbo.",
        "Mbo level",
        "Secondary vocational education (mbo) has four levels. Level 1 is the entry course, "
        "level 4 the highest. With level 4 you can go on to higher professional education (hbo).",
    ),
    (
        "Startkwalificatie",
        "Een diploma van de havo, het vwo, of het mbo op niveau 2 of hoger. Wie dat heeft, vindt "
        "makkelijker werk.",
        "Basic qualification (startkwalificatie)",
        "A diploma from havo or vwo, or from mbo at level 2 or higher. People who have one find "
        "work more easily.",
    ),
    (
        "KvK-uittreksel",
        "Een bewijs uit het Handelsregister van de Kamer van Koophandel (KvK). Er staan de "
        "gegevens van uw organisatie op, zoals de naam, het adres en het KvK-nummer.",
        "KvK extract (KvK-uittreksel)",
        "A statement from the trade register of the Chamber of Commerce (KvK). It shows your "
        "organisation's details, such as its name, address and KvK number.",
    ),
    (
        "Laaggeletterdheid",
        "Moeite met lezen, schrijven of rekenen. Veel volwassenen hebben daar last van, ook "
        "mensen met een baan. Op het werk leidt het tot fouten en onzekerheid.",
        "Low literacy (laaggeletterdheid)",
        "Finding reading, writing or arithmetic hard. Many adults do, including people with a "
        "job. At work it leads to mistakes and uncertainty.",
    ),
    (
        "Menukaart",
        "De lijst met maatregelen waaruit leden van het Taalakkoord kiezen. Bijvoorbeeld een "
        "taalscreening, taallessen op het werk of taalmaatjes.",
        "Menukaart (menu of measures)",
        "The list of measures that Taalakkoord members choose from. For example a language "
        "screening, language lessons at work or language buddies.",
    ),
    (
        "Taalscreening",
        "Een korte test die laat zien hoe goed iemand Nederlands leest, schrijft en spreekt. Zo "
        "weet u welke hulp past.",
        "Language screening (taalscreening)",
        "A short test that shows how well someone reads, writes and speaks Dutch. Then you know "
        "which help fits.",
    ),
    (
        "Authenticator-app",
        "Een app op uw telefoon die steeds een nieuwe code van zes cijfers maakt. Met die code "
        "logt u extra veilig in: naast uw wachtwoord is ook uw telefoon nodig.",
        "Authenticator app",
        "An app on your phone that keeps making a new six-digit code. With that code you log in "
        "more safely: besides your password, your phone is needed too.",
    ),
]


def body(language):
    items = []
    for term_nl, text_nl, term_en, text_en in TERMS:
        term, text = (term_nl, text_nl) if language == "nl" else (term_en, text_en)
        # The same anchor in both languages, so a link to a term works in either.
        items += [("heading", (term, slugify(term_nl.split(" (")[0]))), ("paragraph", text)]
    return stream(items)


def build(about, en):
    """The glossary below the about page, in Dutch and English."""
    page = ensure_child(
        about,
        ContentPage,
        "begrippen",
        title="Begrippen",
        intro="Wat betekenen de woorden die u op deze website leest? Hier leggen we ze kort uit.",
        body=body("nl"),
    )
    ensure_translation(
        fresh(page),
        en,
        title="Glossary",
        slug="glossary",
        intro="What do the words on this website mean? Here we explain them briefly.",
        body=body("en"),
    )
    return page
