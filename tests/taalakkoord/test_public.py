"""The directory, member profiles, the counter and the open-data API."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.core.factories import region
from cms.goodpractices.factories import GoodPracticePageFactory
from employers.models import OrganisationKind
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import TaalakkoordSettings


def member(name, **kwargs):
    return CommitmentFactory(approved=True, organisation__name=name, **kwargs)


def test_directory_lists_only_approved_active_consenting_members(client, directory):
    member("Zichtbaar B.V.")
    member("Geheim B.V.", consent_publish=False)
    member("Inactief B.V.", activity="inactive")
    CommitmentFactory(submitted=True, organisation__name="Ingediend B.V.")
    html = client.get(directory.url).content.decode()
    assert "Zichtbaar B.V." in html
    for hidden in ("Geheim B.V.", "Inactief B.V.", "Ingediend B.V."):
        assert hidden not in html


def test_directory_filters_by_kind_region_sector_and_name(client, directory):
    member("Zorggroep Twente", organisation__sector="Q")
    member(
        "Branche Schoonmaak",
        organisation__kind=OrganisationKind.BRANCH,
        organisation__sector="N",
        organisation__region=region("rijnmond"),
        organisation__place="Rotterdam",
    )
    html = client.get(directory.url, {"kind": "branche"}).content.decode()
    assert "Branche Schoonmaak" in html and "Zorggroep Twente" not in html
    assert "Zorggroep Twente" in client.get(directory.url, {"region": "twente"}).content.decode()
    assert "Zorggroep Twente" not in client.get(directory.url, {"sector": "N"}).content.decode()
    assert "Branche Schoonmaak" in client.get(directory.url, {"q": "rotterdam"}).content.decode()


def test_profile_shows_what_the_member_does_and_its_good_practices(
    client, directory, practice_index, measures
):
    commitment = member("Hotel De Linde")
    commitment.measures.set(measures[:2])
    practice = GoodPracticePageFactory(parent=practice_index, title="Taalmaatjes in het hotel")
    practice.member_links.create(organisation=commitment.organisation)
    practice.save_revision().publish()
    html = client.get(f"{directory.url}{commitment.organisation.slug}/").content.decode()
    assert (
        "Hotel De Linde" in html and "Taalscreening" in html and "Taalmaatjes in het hotel" in html
    )


def test_a_profiles_breadcrumbs_lead_back_to_the_directory(client, directory):
    """The directory is a step on the way, linked; the member's name is where the visitor is."""
    commitment = member("Hotel De Linde")
    html = client.get(f"{directory.url}{commitment.organisation.slug}/").content.decode()
    trail = html.split('<nav class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{directory.url}">Deelnemers</a>' in trail
    assert '<span aria-current="page">Hotel De Linde</span>' in trail
    assert trail.count('aria-current="page"') == 1
    directory_html = client.get(directory.url).content.decode()
    assert '<span aria-current="page">Deelnemers</span>' in directory_html


def test_profile_of_a_hidden_member_is_not_found(client, directory):
    commitment = member("Geheim B.V.", consent_publish=False)
    assert client.get(f"{directory.url}{commitment.organisation.slug}/").status_code == 404


def test_counter_on_the_home_page_counts_approved_active_members(client, home, directory):
    member("Een")
    member("Twee", consent_publish=False)  # counts, though not listed
    member("Drie", activity="inactive")
    CommitmentFactory(submitted=True)
    settings = TaalakkoordSettings.load()
    settings.target = 250
    settings.save()
    html = client.get(home.url).content.decode()
    assert "Het Taalakkoord heeft <strong>2</strong> leden. Ons doel is 250." in html
    assert '<progress max="250" value="2"' in html


def test_progress_api(client, db):
    member("Een")
    member("Twee", organisation__kind=OrganisationKind.UMBRELLA)
    CommitmentFactory(submitted=True)
    data = client.get("/api/taalakkoord/progress/").json()
    assert data["members"] == 2 and data["target"] == 300
    assert data["by_kind"] == {"werkgever": 1, "branche": 0, "koepel": 1}


def test_members_api_is_paginated_and_holds_no_personal_data(client, employer, db):
    for number in range(55):
        member(f"Lid {number}")
    first = client.get("/api/taalakkoord/members/")
    data = first.json()
    assert data["count"] == 55 and len(data["results"]) == 50 and data["next"].endswith("?page=2")
    assert len(client.get("/api/taalakkoord/members/?page=2").json()["results"]) == 5
    assert client.get("/api/taalakkoord/members/?page=9").status_code == 400
    assert client.get("/api/taalakkoord/members/?page=x").status_code == 400
    text = first.content.decode() + client.get("/api/taalakkoord/progress/").content.decode()
    assert "@" not in text  # no email addresses
    for personal in ("Ayse Demir", "anna", "053 ", "signatory", "username"):
        assert personal not in text


def _queries(client, url):
    # Twice: the first visit ever creates the Taalakkoord settings, which renews cached figures.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url", ["directory", "/api/taalakkoord/members/"])
def test_query_counts_do_not_grow_with_members(client, directory, url):
    url = directory.url if url == "directory" else url
    for number in range(5):
        member(f"Lid {number}")
    five = _queries(client, url)
    for number in range(5, 50):
        member(f"Lid {number}")
    assert _queries(client, url) == five


def test_api_answers_json(client, db):
    response = client.get("/api/taalakkoord/progress/")
    assert response["Content-Type"] == "application/json"
    json.loads(response.content)
