"""The open-data API (django-ninja): its schema, paging, CSV, CORS and what it never shows."""

import csv
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from openapi_spec_validator import validate

from employers.factories import MembershipFactory, OrganisationFactory
from taalakkoord.factories import CommitmentFactory
from tests.taalakkoord.conftest import verified_user

API = "/api/taalakkoord/"
PROGRESS = f"{API}progress/"
IMPACT = f"{API}impact/"
MEMBERS = f"{API}members/"
CSV = f"{API}members.csv"
SCHEMA = f"{API}openapi.json"
EVERY_ADDRESS = [API, PROGRESS, IMPACT, MEMBERS, CSV, SCHEMA]
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
FIELDS = [
    "member_number",
    "name",
    "kind",
    "sector",
    "size",
    "region",
    "place",
    "website",
    "signed_on",
    "status",
    "not_active_since",
]


def member(name, **kwargs):
    return CommitmentFactory(approved=True, organisation__name=name, **kwargs)


def members(count, start=0):
    for number in range(start, start + count):
        member(f"Lid {number:03d}")


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # a byte-order mark, so Excel reads UTF-8
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_the_schema_is_valid_openapi_with_the_licence(client, db):
    response = client.get(SCHEMA)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    schema = response.json()
    validate(schema)
    info = schema["info"]
    assert info["title"] and info["version"] and info["description"]
    assert info["license"]["url"] == CC0 and "CC0" in info["license"]["name"]
    assert set(schema["paths"]) == {API, PROGRESS, IMPACT, MEMBERS, CSV}
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, path
        assert CC0 in operations["get"]["description"], path
    members_get = schema["paths"][MEMBERS]["get"]
    assert [parameter["name"] for parameter in members_get["parameters"]] == ["page", "membership"]
    assert set(members_get["responses"]) == {"200", "400"}
    assert "text/csv" in schema["paths"][CSV]["get"]["responses"]["200"]["content"]
    assert list(schema["components"]["schemas"]["Member"]["properties"]) == FIELDS


def test_there_is_no_interactive_docs_page(client, db):
    """Ninja's Swagger UI would load scripts from a CDN, which the site never does."""
    with pytest.raises(NoReverseMatch):
        reverse("taalakkoord_api:openapi-view")
    assert client.get(f"{API}docs").status_code != 200


def test_the_index_links_to_everything(client, db):
    data = client.get(API).json()
    assert data == {
        "progress": f"http://testserver{PROGRESS}",
        "impact": f"http://testserver{IMPACT}",
        "members": f"http://testserver{MEMBERS}",
        "members_csv": f"http://testserver{CSV}",
        "openapi": f"http://testserver{SCHEMA}",
        "license": CC0,
    }


def test_pages_link_to_each_other_with_absolute_addresses(client, db):
    members(120)
    first = client.get(MEMBERS).json()
    assert first["count"] == 120 and len(first["results"]) == 50
    assert first["previous"] is None
    assert first["next"] == f"http://testserver{MEMBERS}?page=2"
    second = client.get(first["next"]).json()
    assert second["previous"] == f"http://testserver{MEMBERS}?page=1"
    assert second["next"] == f"http://testserver{MEMBERS}?page=3"
    third = client.get(second["next"]).json()
    assert len(third["results"]) == 20 and third["next"] is None
    numbers = [row["member_number"] for page in (first, second, third) for row in page["results"]]
    assert numbers == sorted(numbers) and len(set(numbers)) == 120
    assert list(first["results"][0]) == FIELDS


def test_the_fields_of_a_member(client, db):
    member(
        "Hotel De Linde",
        organisation__website="https://hoteldelinde.example",
        organisation__place="Oldenzaal",
    )
    (row,) = client.get(MEMBERS).json()["results"]
    assert row == {
        "member_number": row["member_number"],
        "name": "Hotel De Linde",
        "kind": "werkgever",
        "sector": "Q",
        "size": "50-249",
        "region": row["region"],
        "place": "Oldenzaal",
        "website": "https://hoteldelinde.example",
        "signed_on": "2016-09-01",
        "status": "active",
        "not_active_since": None,
    }
    assert isinstance(row["member_number"], int) and row["region"]


@pytest.mark.parametrize("page", ["x", "0", "-1", "1.5", "", "3"])
def test_a_bad_page_is_a_400_with_a_message(client, db, page):
    members(55)
    response = client.get(MEMBERS, {"page": page})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "page" in response.json()["error"]
    assert "public" not in response.get("Cache-Control", "")


def test_an_empty_list_has_one_empty_page(client, db):
    assert client.get(MEMBERS).json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }


def test_the_csv_holds_every_public_member_with_formulas_defused(client, db):
    members(60)
    member('=HYPERLINK("https://evil.example","klik")', organisation__place="+31 Enschede")
    member("Geheim B.V.", consent_publish=False)
    member("Inactief B.V.", activity="inactive")
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="taalakkoord-leden-')
    assert disposition.endswith('.csv"')
    header, *rows = read_csv(response)
    assert header == FIELDS
    assert len(rows) == 61
    names = {row[1] for row in rows}
    assert "Lid 000" in names and "Geheim B.V." not in names and "Inactief B.V." not in names
    (hostile,) = [row for row in rows if "HYPERLINK" in row[1]]
    assert hostile[1] == '\'=HYPERLINK("https://evil.example","klik")'
    assert hostile[6] == "'+31 Enschede"
    assert hostile[8] == "2016-09-01"


@pytest.mark.parametrize("url", EVERY_ADDRESS)
def test_every_answer_may_be_read_by_any_website(client, db, url):
    member("Bakkerij De Linde")
    response = client.get(url, HTTP_ORIGIN="https://data.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    # The same for everyone: a shared cache in front may keep it, as it keeps anonymous pages.
    assert (
        response["Cache-Control"].startswith("public") and "s-maxage=" in response["Cache-Control"]
    )
    assert not response.cookies and "Cookie" not in response.get("Vary", "")


@pytest.mark.parametrize("url", EVERY_ADDRESS)
def test_a_preflight_is_answered(client, db, url):
    response = client.options(
        url,
        HTTP_ORIGIN="https://data.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"].split(", ")
    assert "POST" not in response["Access-Control-Allow-Methods"]
    assert "Accept" in response["Access-Control-Allow-Headers"]
    assert int(response["Access-Control-Max-Age"]) > 0
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_reading_is_allowed(db, method):
    client = Client(enforce_csrf_checks=True)  # a 405, not a CSRF refusal
    for url in EVERY_ADDRESS:
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "error" in response.json()


def test_head_answers_like_get_without_a_body(client, db):
    member("Bakkerij De Linde")
    get = client.get(MEMBERS)
    head = client.head(MEMBERS)
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Length"] == str(len(get.content))
    assert head["Access-Control-Allow-Origin"] == "*"


def test_no_session_cookie_or_csrf_token_is_needed_or_used(db):
    client = Client(enforce_csrf_checks=True)
    member("Bakkerij De Linde")
    for url in EVERY_ADDRESS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
    assert not client.cookies


def test_no_personal_data_anywhere(client, db):
    user = verified_user("anna", first_name="Annemarie", last_name="Verhoeven")
    organisation = OrganisationFactory(name="Zorggroep Anna")
    MembershipFactory(user=user, organisation=organisation)
    CommitmentFactory(
        approved=True,
        organisation=organisation,
        signatory_name="Ayse Demir",
        signatory_role="Directeur",
    )
    data = client.get(MEMBERS).json()
    assert data["results"][0]["name"] == "Zorggroep Anna"
    assert set(data["results"][0]) == set(FIELDS)
    assert read_csv(client.get(CSV))[0] == FIELDS
    for url in EVERY_ADDRESS:
        text = client.get(url).content.decode()
        for personal in ("anna@example.org", "Annemarie", "Verhoeven", "Ayse Demir", "Directeur"):
            assert personal not in text, (url, personal)
        for field in ("email", "signatory", "first_name", "last_name", "username", "kvk"):
            assert field not in text.lower(), (url, field)
        if url != SCHEMA:  # the schema's CSV description names "@" as a formula start
            assert "@" not in text, url


def _queries(client, url):
    client.get(url)  # the first visit ever creates the Taalakkoord settings
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(("url", "expected"), [(MEMBERS, 2), (f"{MEMBERS}?page=2", 2), (CSV, 1)])
def test_query_counts_do_not_grow_with_members(client, db, url, expected):
    members(60)
    assert _queries(client, url) == expected  # a count and the page's rows; the CSV's rows
    members(60, start=60)
    assert _queries(client, url) == expected
