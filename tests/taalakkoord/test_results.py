"""The public results page and the impact API: figures checked against data counted by hand."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.core import pagecache
from cms.core.models import Region
from employers.factories import OrganisationFactory
from taalakkoord.factories import CommitmentFactory, MeasureFactory
from taalakkoord.figures import compute_impact, current_impact
from taalakkoord.models import Activity, ProgressReport, ResultsPage

TODAY = datetime.date(2026, 6, 15)


def report(commitment, day, reached):
    made = ProgressReport.objects.create(
        commitment=commitment, due_date=day, employees_reached=reached
    )
    ProgressReport.objects.filter(pk=made.pk).update(
        submitted_at=datetime.datetime(day.year, day.month, day.day, 10, tzinfo=datetime.UTC)
    )
    return made


def member(name, kind="werkgever", sector="Q", region="twente", scope=30, **kwargs):
    organisation = OrganisationFactory(
        name=name, kind=kind, sector=sector, region=Region.objects.get(slug=region)
    )
    return CommitmentFactory(
        organisation=organisation, approved=True, employees_in_scope=scope, **kwargs
    )


@pytest.fixture
def members(db):
    """Three members that count and one inactive; reports over three years."""
    screening, lessons, buddies = (
        MeasureFactory(name=name) for name in ("Taalscreening", "Taallessen", "Taalmaatjes")
    )
    zorg = member("Zorggroep Oost", scope=40)
    bouw = member("Bouwbedrijf Noord", kind="branche", sector="F", region="groningen", scope=25)
    koepel = member("Koepel Schoonmaak", kind="koepel", sector="N", region="twente", scope=10)
    gestopt = member("Gestopt B.V.", activity=Activity.INACTIVE, scope=99)
    zorg.measures.set([screening, lessons, buddies])
    bouw.measures.set([screening, lessons])
    koepel.measures.set([screening])
    gestopt.measures.set([buddies])
    # Zorggroep: 12 in 2024, 15 in 2025, then again in 2026 twice (9, then 11).
    report(zorg, datetime.date(2024, 3, 1), 12)
    report(zorg, datetime.date(2025, 3, 1), 15)
    report(zorg, datetime.date(2026, 2, 1), 9)
    report(zorg, datetime.date(2026, 5, 1), 11)
    # Bouwbedrijf: 6 in 2025. Koepel: never. Gestopt: 50 in 2025, but it no longer counts.
    report(bouw, datetime.date(2025, 4, 1), 6)
    report(gestopt, datetime.date(2025, 4, 1), 50)
    return zorg, bouw, koepel, gestopt


def test_impact_figures_against_hand_counted_data(members):
    impact = compute_impact(TODAY)
    assert impact.members == 3
    assert impact.percentage == round(100 * 3 / impact.target)
    assert [(kind, n) for kind, _label, n in impact.by_kind] == [
        ("werkgever", 1),
        ("branche", 1),
        ("koepel", 1),
    ]
    regions = {slug: n for slug, _name, n in impact.by_region}
    assert regions["twente"] == 2 and regions["groningen"] == 1
    assert sum(regions.values()) == 3 and len(regions) == Region.objects.count()
    # Most members first, then by name: Bouwnijverheid, Gezondheidszorg, Verhuur (N).
    assert [(value, n) for value, _label, n in impact.by_sector] == [
        ("F", 1),
        ("Q", 1),
        ("N", 1),
    ]
    # Chosen by counting members only: screening 3, lessons 2, buddies 1 (Gestopt does not count).
    assert [(name, n) for name, n, _key in impact.top_measures] == [
        ("Taalscreening", 3),
        ("Taallessen", 2),
        ("Taalmaatjes", 1),
    ]
    assert impact.in_scope == 40 + 25 + 10
    # Each member's latest figure: Zorggroep 11 (May 2026), Bouwbedrijf 6. Not 12+15+9+11+6.
    assert impact.reached == 11 + 6
    assert [(y.year, y.reached, y.reports) for y in impact.reached_by_year] == [
        (2024, 12, 1),
        (2025, 15 + 6, 2),  # Gestopt's 50 does not count
        (2026, 11, 2),  # two reports of Zorggroep: its latest
    ]
    assert impact.reported_this_year == 1 and impact.year == 2026


def test_the_api_gives_the_same_figures(client, members):
    data = client.get("/api/taalakkoord/impact/").json()
    impact = current_impact()
    assert data["members"] == 3
    assert data["employees_reached"] == 17
    assert data["employees_with_language_need"] == 75
    assert data["reached_by_year"][1] == {"year": 2025, "employees_reached": 21, "reports": 2}
    assert data["top_measures"][0] == {
        "key": "Taalscreening",
        "label": "Taalscreening",
        "members": 3,
    }
    assert {row["key"]: row["members"] for row in data["by_region"]}["twente"] == 2
    assert data["reported_this_year"] == impact.reported_this_year
    # No names of organisations or people.
    body = str(data)
    assert "Zorggroep" not in body and "Ayse" not in body


def test_figures_change_with_a_new_report(members):
    zorg = members[0]
    before = current_impact().reached
    report(zorg, datetime.date(2026, 6, 1), 30)
    assert current_impact().reached == before - 11 + 30


@pytest.fixture
def results_page(home):
    page = ResultsPage(title="Resultaten", slug="resultaten", intro="Wat bereiken de deelnemers?")
    home.add_child(instance=page)
    return page


def queries_of(make):
    with CaptureQueriesContext(connection) as queries:
        result = make()
    return result, len(queries.captured_queries)


def test_results_page_shows_the_figures_and_its_queries_do_not_grow(client, results_page, members):
    response = client.get(results_page.url)
    html = response.content.decode()
    assert "Wat bereiken de deelnemers?" in html
    assert 'id="chart-data"' in html and "Taalscreening" in html
    assert "<strong>17</strong>" in html  # employees reached
    _impact, few = queries_of(lambda: compute_impact(TODAY))
    client.get(results_page.url)
    pagecache.purge()  # the figures are kept once rendered: count a fresh render
    _response, page_few = queries_of(lambda: client.get(results_page.url))
    for number in range(30):
        extra = member(f"Extra {number}", sector="C")
        report(extra, datetime.date(2025, 5, 1), number)
    _impact, many = queries_of(lambda: compute_impact(TODAY))
    assert many == few == 7
    client.get(results_page.url)
    pagecache.purge()
    response, page_many = queries_of(lambda: client.get(results_page.url))
    assert page_many == page_few
    assert "<strong>33</strong>" in response.content.decode()  # members


def test_an_editor_can_place_one_results_page(results_page):
    from cms.home.models import HomePage

    assert ResultsPage in HomePage.allowed_subpage_models()
    assert not ResultsPage.can_create_at(results_page.get_parent())  # one per parent
