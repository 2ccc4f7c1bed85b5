"""The demo's signing events: an overview under the Taalakkoord page, two coming events (one in
Twente, one online) and one that took place, where the demo employer signed."""

import datetime

from django.utils import timezone

from .pagetools import ensure_child, ensure_translation, fresh

# slug, days from today, start and end hour, region slug or None, place or None (online),
# address, places; then the Dutch and English title and introduction
EVENTS = [
    (
        "ondertekening-twente",
        23,
        (14, 0),
        (16, 30),
        "twente",
        "Stadhuis Enschede",
        "Langestraat 24\n7511 HC Enschede",
        40,
        "Taalakkoord tekenen in Twente",
        "Werkgevers uit Twente zetten samen hun handtekening onder het Taalakkoord. Daarna vertellen "
        "twee leden hoe zij taal op de werkvloer aanpakken.",
        "Signing the Taalakkoord in Twente",
        "Employers from Twente sign the Taalakkoord together. Afterwards two members tell how they "
        "work on language at the workplace.",
    ),
    (
        "online-kennismaking",
        45,
        (10, 0),
        (11, 15),
        None,
        None,
        "",
        None,
        "Online kennismaking met het Taalakkoord",
        "In een uur hoort u wat meedoen aan het Taalakkoord inhoudt en hoe u begint. U kunt ook "
        "online tekenen.",
        "Meet the Taalakkoord online",
        "In one hour you hear what taking part in the Taalakkoord means and how to begin. You can "
        "sign online as well.",
    ),
    (
        "ondertekening-midden-brabant",
        -30,
        (15, 0),
        (17, 0),
        "midden-brabant",
        "Pieter Vreedeplein, Tilburg",
        "Pieter Vreedeplein 1\n5038 BW Tilburg",
        60,
        "Taalakkoord tekenen in Midden-Brabant",
        "Nieuwe leden uit Midden-Brabant tekenden samen het Taalakkoord en kregen hun certificaat.",
        "Signing the Taalakkoord in Midden-Brabant",
        "New members from Midden-Brabant signed the Taalakkoord together and received their "
        "certificate.",
    ),
]

# Events a desk organises itself sit in the desk's own overview, where its staff edit them and
# see who registered; the national overview lists them too.
ORGANISED_BY_A_DESK = {"ondertekening-twente": "twente"}

ENGLISH_SLUGS = {
    "ondertekening-twente": "signing-in-twente",
    "online-kennismaking": "meet-the-taalakkoord-online",
    "ondertekening-midden-brabant": "signing-in-midden-brabant",
}


def build(taalakkoord_page, en, log=print):
    from cms.core.models import Region
    from taalakkoord.models import EventIndexPage, EventPage

    index = ensure_child(
        fresh(taalakkoord_page),
        EventIndexPage,
        "bijeenkomsten",
        title="Bijeenkomsten",
        intro="Op een bijeenkomst tekent u het Taalakkoord samen met andere werkgevers uit uw "
        "regio, en u krijgt meteen uw certificaat. Schrijf u in, het is gratis.",
    )
    ensure_translation(
        index,
        en,
        title="Events",
        slug="events",
        intro="At an event you sign the Taalakkoord together with other employers from your "
        "region, and you receive your certificate straight away. Register, it is free.",
    )
    today = timezone.localdate()
    for (
        slug,
        days,
        start,
        end,
        region,
        venue,
        address,
        capacity,
        title,
        intro,
        title_en,
        intro_en,
    ) in EVENTS:
        day = today + datetime.timedelta(days=days)
        parent = index
        if slug in ORGANISED_BY_A_DESK:
            parent = _desk_overview(ORGANISED_BY_A_DESK[slug], en)
            _move_into(slug, parent, en)  # a demo loaded before kept it in the national overview
        event = ensure_child(
            fresh(parent),
            EventPage,
            slug,
            title=title,
            intro=intro,
            start=timezone.make_aware(datetime.datetime.combine(day, datetime.time(*start))),
            end=timezone.make_aware(datetime.datetime.combine(day, datetime.time(*end))),
            online=venue is None,
            venue=venue or "",
            address=address,
            online_link="https://meet.example/taalakkoord-kennismaking" if venue is None else "",
            region=Region.objects.get(slug=region) if region else None,
            capacity=capacity,
        )
        english = {"title": title_en, "slug": ENGLISH_SLUGS[slug], "intro": intro_en}
        if venue:
            english["venue"] = venue
        if address:
            english["address"] = address
        ensure_translation(event, en, **english)
        if days < 0:
            _signed_there(event)
    log("Created the events overview with three events.")


def _desk_overview(desk_slug, en):
    """The events overview in a desk's own section, in Dutch and English."""
    from cms.desks.models import LeerwerkloketPage
    from taalakkoord.models import EventIndexPage

    desk = LeerwerkloketPage.objects.get(slug=desk_slug, locale__language_code="nl")
    name = desk.region.name if desk.region_id else desk.title
    overview = ensure_child(
        desk,
        EventIndexPage,
        "bijeenkomsten",
        title=f"Bijeenkomsten in {name}",
        intro=f"Bijeenkomsten van het Leerwerkloket voor werkgevers in {name}.",
    )
    ensure_translation(
        fresh(overview),
        en,
        title=f"Events in {name}",
        slug="events",
        intro=f"Events of the Leerwerkloket for employers in {name}.",
    )
    return fresh(overview)


def _move_into(slug, overview, en):
    """Move the event with this slug, and its English translation, into `overview`."""
    from taalakkoord.models import EventPage

    event = EventPage.objects.filter(slug=slug, locale__language_code="nl").first()
    if event is None or event.get_parent().pk == overview.pk:
        return
    english = event.get_translation_or_none(en)
    event.move(overview, pos="last-child")
    if english is not None:
        english.move(overview.get_translation(en), pos="last-child")


def _signed_there(event):
    """The demo employer and a few members registered for the past event and signed there."""
    from django.contrib.auth import get_user_model

    from employers.models import Membership
    from taalakkoord.models import Commitment, EventRegistration

    if event.registrations().exists():
        return
    employer = get_user_model().objects.get(username="werkgever")
    membership = Membership.objects.select_related("organisation").get(user=employer)
    EventRegistration.objects.create(
        event=event,
        name=employer.get_full_name(),
        email=employer.email,
        organisation_name=membership.organisation.name,
        organisation=membership.organisation,
        user=employer,
        signed_here=True,
    )
    others = (
        Commitment.objects.filter(status="approved", organisation__region=event.region)
        .exclude(organisation=membership.organisation)
        .select_related("organisation")
        .order_by("member_number")[:4]
    )
    names = ["Sanne de Vries", "Mehmet Yilmaz", "Petra Janssen", "Joost Bakker"]
    for name, commitment in zip(names, others, strict=False):
        organisation = commitment.organisation
        EventRegistration.objects.create(
            event=event,
            name=name,
            email=f"{name.split()[0].lower()}@{organisation.slug[:40]}.example",
            organisation_name=organisation.name,
            organisation=organisation,
            signed_here=True,
        )
