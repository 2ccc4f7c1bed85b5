"""The demo's Taalakkoord: members and their directory, ambassadors, the demo employer."""

from django.contrib.auth import get_user_model

from . import pages
from .pagetools import ensure_child, ensure_translation, fresh, with_join_link


def build(taalakkoord_page, en, log=print):
    """The Taalakkoord's members, directory and ambassadors, and the demo employer's organisation."""
    from employers.models import Membership, Organisation, Role
    from taalakkoord import demo as taalakkoord_demo
    from taalakkoord.models import Commitment, MemberDirectoryPage, ResultsPage

    directory = ensure_child(
        taalakkoord_page,
        MemberDirectoryPage,
        "deelnemers",
        title="Leden van het Taalakkoord",
        intro="Deze werkgevers, branche-organisaties en koepelorganisaties werken aan de taal van hun "
        "medewerkers. Zoek op naam, plaats, regio of sector.",
    )
    texts = pages.TAALAKKOORD_EN
    ensure_translation(
        fresh(taalakkoord_page),
        en,
        **{key: texts[key] for key in ("title", "slug", "intro")},
        body=with_join_link(texts["body"], "en"),
    )
    ensure_translation(
        directory,
        en,
        title="Taalakkoord members",
        slug="members",
        intro="These employers, branch and umbrella organisations work on the language "
        "skills of their staff. Search by name, place, region or sector.",
    )
    results = ensure_child(
        fresh(taalakkoord_page),
        ResultsPage,
        "resultaten",
        title="Resultaten van het Taalakkoord",
        intro="Wat bereiken de leden samen? Hier ziet u hoeveel organisaties meedoen, hoeveel "
        "medewerkers met taal aan de slag gingen en welke maatregelen het vaakst gekozen zijn.",
        closing="De cijfers komen uit de voortgangsrapportages die leden elk jaar sturen. "
        "Ze worden bijgewerkt zodra er iets verandert.",
    )
    ensure_translation(
        results,
        en,
        title="Taalakkoord results",
        slug="results",
        intro="What do the members achieve together? See how many organisations take part, how "
        "many employees worked on their language skills and which measures were chosen most.",
        closing="The figures come from the progress reports members send every year. They are "
        "updated as soon as something changes.",
    )
    from ambassadors import demo as ambassadors_demo
    from ambassadors.models import AmbassadorIndexPage
    from taalakkoord.signals import certificates_suspended
    from taalakkoord.tasks import generate_certificate

    # 155 PDFs would slow every demo load; the national team can make them all at once.
    with certificates_suspended():
        taalakkoord_demo.build(log=log)
        ambassadors_demo.build(log=log)
    ambassadors_page = ensure_child(
        fresh(taalakkoord_page),
        AmbassadorIndexPage,
        "ambassadeurs",
        title="Ambassadeurs",
        intro="Ambassadeurs vertellen andere werkgevers waarom zij meedoen aan het Taalakkoord.",
    )
    ensure_translation(
        ambassadors_page,
        en,
        title="Ambassadors",
        slug="ambassadors",
        intro="Ambassadors tell other employers why they take part in the Taalakkoord.",
    )
    employer = get_user_model().objects.get(username="werkgever")
    if not Membership.objects.filter(user=employer).exists():
        commitment = (
            Commitment.objects.filter(status="approved", activity="active", consent_publish=True)
            .order_by("member_number")
            .first()
        )
        Membership.objects.create(
            user=employer, organisation=commitment.organisation, role=Role.ADMIN
        )
    # The branch organisation that invited its member companies has a login too.
    umbrella_user = get_user_model().objects.get(username="koepel")
    umbrella = Organisation.objects.filter(brought_in__isnull=False).order_by("pk").first()
    if umbrella and not Membership.objects.filter(user=umbrella_user).exists():
        Membership.objects.create(user=umbrella_user, organisation=umbrella, role=Role.ADMIN)
    if umbrella:
        generate_certificate.enqueue(umbrella.commitment.pk)
    # The demo employer's certificate, so "Mijn Taalakkoord" can offer it.
    generate_certificate.enqueue(Membership.objects.get(user=employer).organisation.commitment.pk)
