"""Every desk on the map: the municipality data, the desk finder and its suggestions."""

import pytest

from cms.core.models import Region
from cms.desks import municipalities
from cms.desks.models import LeerwerkloketPage, RegionsIndexPage
from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

pytestmark = pytest.mark.django_db


def test_every_municipality_is_in_exactly_one_known_region():
    rows = municipalities.read_rows()
    names = [row["municipality"] for row in rows]
    assert len(names) == 342 and len(set(names)) == 342
    assert {row["region"] for row in rows} == set(Region.objects.values_list("name", flat=True))
    places = [place for row in rows for place in row["places"].split("|") if place]
    normalised = {municipalities.normalise(name) for name in names}
    assert len(places) == len(set(places))
    assert not normalised & {municipalities.normalise(place) for place in places}
    header = municipalities.DATA.read_text().splitlines()[:6]
    assert any("2025" in line for line in header if line.startswith("#"))


@pytest.mark.parametrize(
    ("typed", "municipality", "region"),
    [
        ("Hoofddorp", "Haarlemmermeer", "Groot Amsterdam"),
        ("den haag", "'s-Gravenhage", "Haaglanden"),
        ("Sneek", "Súdwest-Fryslân", "Friesland"),
        ("gemeente Sudwest Fryslan", "Súdwest-Fryslân", "Friesland"),
        ("Ede", "Ede", "Food Valley"),
        ("Weesp", "Amsterdam", "Groot Amsterdam"),
        ("Bergen (L.)", "Bergen (L.)", "Noord-Limburg"),
        ("Bergen Limburg", "Bergen (L.)", "Noord-Limburg"),
        ("The Hague", "'s-Gravenhage", "Haaglanden"),
    ],
)
def test_names_people_type_find_their_region(typed, municipality, region):
    (match, *others), _suggestions = municipalities.find(typed)
    assert (match.municipality, match.region, others) == (municipality, region, [])


def test_a_shared_name_and_a_typing_error():
    matches, _ = municipalities.find("Bergen")
    assert {place.municipality for place in matches} == {"Bergen (NH.)", "Bergen (L.)"}
    assert municipalities.find("Enschde") == ([], [municipalities.find("Enschede")[0][0]])
    assert municipalities.find("   ") == ([], [])


def test_the_finder_finds_the_desk_of_a_municipality_in_each_region(client, demo_world):  # noqa: F811
    overview = RegionsIndexPage.objects.get(locale__language_code="nl")
    desks = {
        desk.region.name: desk
        for desk in LeerwerkloketPage.objects.live().filter(locale=overview.locale)
    }
    one_per_region = {}
    for row in municipalities.read_rows():
        one_per_region.setdefault(row["region"], row["municipality"])
    assert len(one_per_region) == 35 and len(desks) == 35
    for region, municipality in one_per_region.items():
        response = client.get(overview.url, {"gemeente": municipality})
        html = response.content.decode()
        assert response.status_code == 200
        assert f"ligt in de arbeidsmarktregio {region}." in html, municipality
        assert f'/leerwerkloketten/{desks[region].slug}/#adviesgesprek"' in html, municipality


def test_the_finder_works_without_javascript_and_in_english(client, demo_world):  # noqa: F811
    overview = RegionsIndexPage.objects.get(locale__language_code="nl")
    html = client.get(overview.url).content.decode()
    # The browser's own suggestions while typing: a datalist of every name, no script needed.
    assert '<datalist id="gemeenten">' in html and '<option value="Hoofddorp">' in html
    assert 'list="gemeenten"' in html
    english = overview.get_translation(_en())
    html = client.get(english.url, {"gemeente": "Hoofddorp"}).content.decode()
    assert "Hoofddorp is part of the municipality of Haarlemmermeer" in html
    assert "Your desk is Leerwerkloket Groot Amsterdam." in html


def test_the_finder_says_what_is_wrong_and_keeps_what_was_typed(client, demo_world):  # noqa: F811
    overview = RegionsIndexPage.objects.get(locale__language_code="nl")
    response = client.get(overview.url, {"gemeente": ""})
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert "Vul de naam van uw gemeente of woonplaats in." in html
    response = client.get(overview.url, {"gemeente": "Atlantis"})
    html = response.content.decode()
    assert "We vinden geen gemeente of woonplaats met de naam “Atlantis”" in html
    assert 'value="Atlantis"' in html


def _en():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")
