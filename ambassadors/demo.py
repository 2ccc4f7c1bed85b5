"""Demo ambassadors: koplopers from the first signing day and people from the regions."""

import datetime
import random

from django.db import transaction
from wagtail.models import Locale

from cms.core.demo.pagetools import ensure_translation
from cms.core.models import Region
from taalakkoord.models import Commitment

from .models import Ambassador, AmbassadorKind

PEOPLE = [
    # name, role nl, role en, region slug, quote nl, quote en
    (
        "Fatima el Amrani",
        "Directeur van een schoonmaakbedrijf",
        "Director of a cleaning company",
        "rijnmond",
        "Sinds onze medewerkers beter Nederlands spreken, maken ze minder fouten en voelen ze zich meer thuis.",
        "Since our staff speak better Dutch, they make fewer mistakes and feel more at home.",
    ),
    (
        "Henk Dijkstra",
        "HR-manager in de zorg",
        "HR manager in care",
        "friesland",
        "Taal is de sleutel tot een diploma. Wij beginnen daarom met een taalscreening.",
        "Language is the key to a qualification. That is why we start with a language screening.",
    ),
    (
        "Sanne Vos",
        "Ambassadeur talentontwikkeling",
        "Ambassador for talent development",
        "midden-brabant",
        "Wie een dag met een ervaren collega mee mag, wil daarna vaak meer leren.",
        "Someone who spends a day beside an experienced colleague often wants to learn more.",
    ),
    (
        "Yusuf Kaya",
        "Eigenaar van een bouwbedrijf",
        "Owner of a construction company",
        "twente",
        "Veiligheidsinstructies moet iedereen kunnen lezen. Daar beginnen wij mee.",
        "Everyone must be able to read safety instructions. That is where we start.",
    ),
    (
        "Ingrid Mulder",
        "Wethouder werk en inkomen",
        "Alderwoman for work and income",
        "haaglanden",
        "Werkgevers die investeren in taal, investeren in de hele stad.",
        "Employers who invest in language invest in the whole city.",
    ),
]
# One quote and role each for the first seven koplopers (role nl, role en, quote nl, quote en).
KOPLOPERS = [
    (
        "Directeur",
        "Director",
        "Wij tekenden als een van de eersten. Inmiddels heeft elk team een taalmaatje.",
        "We were among the first to sign. Every team now has a language buddy.",
    ),
    (
        "Hoofd personeelszaken",
        "Head of human resources",
        "Taal op de werkvloer is geen project, het hoort bij goed werkgeverschap.",
        "Language at work is not a project; it is part of being a good employer.",
    ),
    (
        "Bedrijfsleider",
        "Operations manager",
        "Een werkinstructie die iedereen begrijpt, scheelt ons elke week fouten en uitleg.",
        "A work instruction everyone understands saves us mistakes and explaining every week.",
    ),
    (
        "Opleidingscoördinator",
        "Training coordinator",
        "Onze cursus in werktijd heeft meer opgeleverd dan welke folder ook.",
        "Our course during working hours has done more than any leaflet could.",
    ),
    (
        "Eigenaar",
        "Owner",
        "Mijn mensen durven nu aan de telefoon te komen. Klanten merken het verschil.",
        "My people now dare to answer the phone. Customers notice the difference.",
    ),
    (
        "Teamleider productie",
        "Production team leader",
        "We begonnen klein, met tien collega's. Nu vragen anderen zelf om een plek.",
        "We started small, with ten colleagues. Now others ask for a place themselves.",
    ),
    (
        "Directeur-bestuurder",
        "Managing director",
        "Wie beter leest en schrijft, groeit door in het bedrijf. Daar hebben we allemaal baat bij.",
        "People who read and write better move up in the company. We all gain from that.",
    ),
]


@transaction.atomic
def build(log=print):
    if Ambassador.objects.exists():
        return
    dutch, english = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    rng = random.Random(29)
    created = []
    koplopers = (
        Commitment.objects.filter(signed_on=datetime.date(2015, 1, 27))
        .select_related("organisation", "organisation__region")
        .order_by("member_number")[:7]
    )
    for index, commitment in enumerate(koplopers):
        organisation = commitment.organisation
        role_nl, role_en, quote_nl, quote_en = KOPLOPERS[index % len(KOPLOPERS)]
        ambassador = Ambassador.objects.create(
            locale=dutch,
            kind=AmbassadorKind.ORGANISATION,
            name=organisation.name,
            organisation=organisation,
            region=organisation.region,
            role=role_nl,
            quote=quote_nl,
            biography=f"{organisation.name} tekende op 27 januari 2015 de verklaring ‘Wij zetten in op taal’.",
            since=datetime.date(2015, 1, 27),
            is_koploper=True,
        )
        created.append(
            (
                ambassador,
                role_en,
                quote_en,
                f"{organisation.name} signed the declaration on 27 January 2015.",
            )
        )
    for name, role_nl, role_en, region, quote_nl, quote_en in PEOPLE:
        ambassador = Ambassador.objects.create(
            locale=dutch,
            kind=AmbassadorKind.PERSON,
            name=name,
            role=role_nl,
            region=Region.objects.get(slug=region),
            quote=quote_nl,
            since=datetime.date(2016 + rng.randint(0, 6), rng.randint(1, 12), 1),
        )
        created.append((ambassador, role_en, quote_en, ""))
    for ambassador, role, quote, biography in created:
        ensure_translation(ambassador, english, role=role, quote=quote, biography=biography)
    # Credit some members to the ambassador whose invitation link they used.
    others = list(
        Commitment.objects.exclude(signed_on=datetime.date(2015, 1, 27)).select_related(
            "organisation"
        )
    )
    for commitment in rng.sample(others, min(30, len(others))):
        commitment.organisation.referred_by = rng.choice(created)[0]
        commitment.organisation.save(update_fields=["referred_by"])
    log(f"Created {len(created)} ambassadors.")
