"""Leerwerkvacatures: open ones in listings with filters, closed ones say so, JobPosting data."""

import datetime
import json
import re
import zoneinfo

import pytest
import time_machine
from django.utils import timezone

from cms.core.factories import region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.vacancies.factories import VacancyIndexPageFactory, VacancyPageFactory
from cms.vacancies.models import VacancyPage

# One fixed day, at noon in the Netherlands: the listings ask the clock for today's date on
# each request, and a module that started before midnight must not test after it.
TODAY = datetime.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def noon_on_a_fixed_day():
    noon = datetime.datetime(2026, 6, 15, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam"))
    with time_machine.travel(noon, tick=True):
        assert timezone.localdate() == TODAY
        yield


@pytest.fixture
def national(home):
    return VacancyIndexPageFactory(parent=home)


@pytest.fixture
def vacancies(national):
    return {
        "monteur": VacancyPageFactory(parent=national, title="Leerling-monteur"),
        "zorg": VacancyPageFactory(
            parent=national,
            title="Helpende zorg en welzijn",
            region=region("rijnmond"),
            place="Rotterdam",
            education_level="mbo2",
            learning_route="bol",
        ),
        "hbo": VacancyPageFactory(
            parent=national,
            title="Werkstudent techniek",
            education_level="hbo",
            learning_route="overig",
        ),
        "today": VacancyPageFactory(parent=national, title="Sluit vandaag", closing_date=TODAY),
        "closed": VacancyPageFactory(
            parent=national, title="Al gesloten", closing_date=TODAY - datetime.timedelta(days=1)
        ),
    }


def titles(response):
    return [item.title for item in response.context["items"]()]  # made when the list renders


def test_closed_vacancies_leave_the_listing_by_themselves(client, national, vacancies):
    listed = titles(client.get(national.url))
    assert "Al gesloten" not in listed
    assert "Sluit vandaag" in listed  # open until the end of its closing date
    assert listed[0] == "Sluit vandaag"  # closing soonest first
    assert (
        set(
            VacancyPage.objects.open(TODAY + datetime.timedelta(days=31)).values_list(
                "title", flat=True
            )
        )
        == set()
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"region": "rijnmond"}, ["Helpende zorg en welzijn"]),
        ({"level": "hbo"}, ["Werkstudent techniek"]),
        ({"route": "bol"}, ["Helpende zorg en welzijn"]),
        (
            {"region": "twente", "level": "mbo2", "route": "bbl"},
            ["Sluit vandaag", "Leerling-monteur"],
        ),
    ],
)
def test_the_national_listing_filters_by_region_level_and_route(
    client, national, vacancies, query, expected
):
    assert titles(client.get(national.url, query)) == expected


def test_a_bad_filter_value_shows_everything_with_a_message(client, national, vacancies):
    response = client.get(national.url, {"level": "mbo9"})
    assert len(titles(response)) == 4
    assert response.context["filter_form"].errors["level"]


def test_a_desk_lists_its_own_regions_vacancies(client, home, vacancies):
    desk = LeerwerkloketPageFactory(
        parent=RegionsIndexPageFactory(parent=home), region=region("rijnmond")
    )
    regional = VacancyIndexPageFactory(parent=desk)
    VacancyPageFactory(
        parent=regional, title="Leerling-stukadoor", region=region("rijnmond"), place="Schiedam"
    )
    response = client.get(regional.url)
    assert set(titles(response)) == {"Helpende zorg en welzijn", "Leerling-stukadoor"}
    assert "region" not in response.context["filter_form"].fields
    html = client.get(desk.url).content.decode()
    assert "Leerling-stukadoor" in html and "Leerling-monteur" not in html


def test_a_closed_vacancy_says_so_and_hides_how_to_apply(client, vacancies):
    html = client.get(vacancies["closed"].url).content.decode()
    assert "Deze vacature is gesloten." in html
    assert "werkenbij@oost.example" not in html
    html = client.get(vacancies["monteur"].url).content.decode()
    assert "gesloten" not in html and "werkenbij@oost.example" in html


def job_posting(client, page):
    html = client.get(page.url).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_job_posting_is_valid_json_with_the_required_fields(client, vacancies):
    data = job_posting(client, vacancies["monteur"])
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    for field in (
        "title",
        "description",
        "datePosted",
        "hiringOrganization",
        "jobLocation",
        "validThrough",
    ):
        assert data[field], field
    assert data["title"] == "Leerling-monteur"
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Installatiebedrijf Oost",
    }
    assert data["jobLocation"]["address"]["addressLocality"] == "Enschede"
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    assert data["validThrough"].startswith(vacancies["monteur"].closing_date.isoformat())
    assert data["employmentType"] == "PART_TIME"
    assert data["educationRequirements"]["credentialCategory"] == "high school"
    datetime.date.fromisoformat(data["datePosted"])


def test_job_posting_cannot_break_out_of_its_script(client, national):
    page = VacancyPageFactory(parent=national, employer="</script><script>alert(1)</script> & Co")
    html = client.get(page.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert (
        job_posting(client, page)["hiringOrganization"]["name"]
        == "</script><script>alert(1)</script> & Co"
    )


def test_closed_vacancies_leave_the_sitemap(client, vacancies):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/leerling-monteur/" in xml
    assert "/al-gesloten/" not in xml


def test_closed_vacancies_leave_search_results(client, vacancies):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    response = client.get("/nl/zoeken/", {"q": "gesloten"})
    html = response.content.decode()
    assert "Al gesloten" not in html
    response = client.get("/nl/zoeken/", {"q": "monteur"})
    assert "Leerling-monteur" in response.content.decode()


def test_the_vacancy_list_costs_the_same_with_many_vacancies(client, national):
    from tests.cms.test_listings import _count_queries

    def add(count):
        for number in range(count):
            VacancyPageFactory(
                parent=national,
                region=region("twente"),
                closing_date=TODAY + datetime.timedelta(days=number + 1),
            )

    add(3)
    few = _count_queries(client, national.url)
    add(30)
    assert _count_queries(client, national.url) == few
