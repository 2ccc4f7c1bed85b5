"""Ambassadors: public pages, and members credited to the ambassador who invited them."""

import datetime

from django.urls import reverse

from ambassadors.factories import AmbassadorFactory
from cms.core.factories import region
from employers.models import Organisation
from taalakkoord import services
from taalakkoord.factories import CommitmentFactory
from tests.taalakkoord.conftest import verified_user
from tests.taalakkoord.test_wizard import organisation_data
from tests.utils import fresh_render_queries, response_text


def test_organisation_registered_through_an_invitation_is_credited(client, db):
    ambassador = AmbassadorFactory(name="Fatima el Amrani")
    client.get(reverse("ambassadors:invitation", args=[ambassador.referral_code]))
    user = verified_user("nieuw")
    client.force_login(user)
    client.post(
        reverse("taalakkoord:wizard", args=["organisation"]),
        organisation_data(kvk_number="55556666"),
    )
    assert Organisation.objects.get(kvk_number="55556666").referred_by == ambassador


def test_profile_shows_only_the_number_of_members_brought_in(
    client, ambassadors_page, employer, national_team
):
    ambassador = AmbassadorFactory(name="Henk Dijkstra", region=region("friesland"))
    organisation = employer.membership.organisation
    organisation.referred_by = ambassador
    organisation.save()
    pending = CommitmentFactory(submitted=True, organisation__name="Nog In Behandeling B.V.")
    pending.organisation.referred_by = ambassador
    pending.organisation.save()
    services.approve(services.submit(organisation.commitment, employer), national_team)
    # A member that stopped reporting no longer counts, here as on the counter and the monitor.
    lapsed = CommitmentFactory(approved=True, activity="inactive", organisation__name="Gestopt")
    lapsed.organisation.referred_by = ambassador
    lapsed.organisation.save()
    html = client.get(f"{ambassadors_page.url}{ambassador.slug}/").content.decode()
    assert "Henk Dijkstra" in html
    assert "<dt>Leden aangebracht</dt><dd>1</dd>" in html  # only counting members count
    assert "Zorggroep Anna" not in html and "Nog In Behandeling" not in html
    trail = html.split('<nav class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{ambassadors_page.url}">Ambassadeurs</a>' in trail
    assert '<span aria-current="page">Henk Dijkstra</span>' in trail


def test_overview_filters_by_region_and_hides_former_ambassadors(client, ambassadors_page):
    AmbassadorFactory(name="Yusuf Kaya", region=region("twente"), is_koploper=True)
    AmbassadorFactory(name="Sanne Vos", region=region("midden-brabant"))
    AmbassadorFactory(name="Oud Ambassadeur", until=datetime.date(2018, 1, 1))
    html = client.get(ambassadors_page.url).content.decode()
    assert "Yusuf Kaya" in html and "Sanne Vos" in html and "Oud Ambassadeur" not in html
    filtered = client.get(ambassadors_page.url, {"region": "twente"}).content.decode()
    assert "Yusuf Kaya" in filtered and "Sanne Vos" not in filtered


def test_overview_pages_through_many_ambassadors_at_a_constant_cost(client, ambassadors_page):
    from ambassadors.pages import PER_PAGE

    def fresh(page=1):
        response, queries = fresh_render_queries(client, f"{ambassadors_page.url}?page={page}")
        return response.content.decode(), queries

    for number in range(3):
        AmbassadorFactory(name=f"Ambassadeur {number:02}", region=region("twente"))
    _, few = fresh()
    for number in range(3, PER_PAGE + 6):
        AmbassadorFactory(name=f"Ambassadeur {number:02}", region=region("twente"))
    first, many = fresh()
    assert many <= few, "queries grow with the number of ambassadors"
    assert first.count('class="card"') == PER_PAGE and "Ambassadeur 00" in first
    second, _ = fresh(page=2)
    assert second.count('class="card"') == 6 and f"Ambassadeur {PER_PAGE + 5}" in second


def test_english_overview_uses_translations_and_falls_back_to_dutch(
    client, ambassadors_page, home_en, english
):
    translated = AmbassadorFactory(name="Fatima el Amrani", role="Directeur")
    translation = translated.copy_for_translation(english)
    translation.role = "Director"
    translation.save()
    AmbassadorFactory(name="Alleen Nederlands", role="Werkgever")
    page_en = ambassadors_page.copy_for_translation(english)
    page_en.save_revision().publish()
    html = client.get(page_en.url).content.decode()
    assert "Director" in html and "Directeur" not in html
    assert "Alleen Nederlands" in html


def test_national_team_sees_who_brought_whom(client, national_team, editor, employer):
    ambassador = AmbassadorFactory(name="Ingrid Mulder")
    organisation = employer.membership.organisation
    organisation.referred_by = ambassador
    organisation.save()
    client.force_login(national_team)
    listing = client.get(reverse("wagtailsnippets_ambassadors_ambassador:list"))
    assert listing.status_code == 200 and "Ingrid Mulder" in listing.content.decode()
    # The count is the profile's and the monitor's: members that count, not every organisation
    # that came in through the link (the employer here has not applied yet).
    member = CommitmentFactory(approved=True, organisation__name="Telt Mee B.V.")
    member.organisation.referred_by = ambassador
    member.organisation.save()
    rows = response_text(
        client.get(reverse("wagtailsnippets_ambassadors_ambassador:list"), {"export": "csv"})
    ).splitlines()
    assert "Leden aangebracht" in rows[0]
    assert [row for row in rows if "Ingrid Mulder" in row][0].endswith(";1")
    export = client.get(reverse("taalakkoord_commitments:index"), {"export": "csv"})
    content = response_text(export)
    assert "Ingrid Mulder" in content
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_ambassadors_ambassador:list")).status_code in (
        302,
        403,
    )


def test_unknown_invitation_code_just_leads_to_the_start_page(client, db):
    response = client.get(reverse("ambassadors:invitation", args=["bestaat-niet"]))
    assert response["Location"] == reverse("taalakkoord:start")
    assert "referral_ambassador" not in client.session
