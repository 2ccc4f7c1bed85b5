"""A former member stays findable: its profile says since when it is not active (never why)."""

import datetime

import pytest
import time_machine

from taalakkoord import services
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Activity, Commitment, CommitmentStatus, ProgressReport
from taalakkoord.privacy import anonymise
from taalakkoord.reporting import record_report, run_daily

MEMBERS = "/api/taalakkoord/members/"


def member(name, **kwargs):
    return CommitmentFactory(approved=True, organisation__name=name, **kwargs)


def profile(client, directory, commitment):
    return client.get(f"{directory.url}{commitment.organisation.slug}/")


def test_a_member_that_stops_reporting_lapses_and_says_so_publicly(client, directory, settings):
    settings.TAALAKKOORD_INACTIVE_AFTER_DAYS = 90
    commitment = member("Bakkerij De Korenaar", next_report_due=datetime.date(2026, 1, 10))
    with time_machine.travel(datetime.date(2026, 4, 10)):
        run_daily()
    commitment.refresh_from_db()
    assert commitment.activity == Activity.INACTIVE
    assert commitment.lapsed_on == datetime.date(2026, 4, 10)
    response = profile(client, directory, commitment)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lidmaatschap niet actief sinds 10 april 2026." in html
    # The directory lists current members; the filter shows the others.
    assert "Bakkerij De Korenaar" not in client.get(directory.url).content.decode()
    former = client.get(directory.url, {"membership": "former"}).content.decode()
    assert "Bakkerij De Korenaar" in former and "niet actief sinds 10 april 2026" in former
    # Reporting again makes it a current member, with nothing lapsed any more.
    report = ProgressReport.objects.create(
        commitment=commitment, due_date=commitment.next_report_due, employees_reached=4
    )
    record_report(commitment, report)
    commitment.refresh_from_db()
    assert commitment.activity == Activity.ACTIVE and commitment.lapsed_on is None
    assert "niet actief" not in profile(client, directory, commitment).content.decode()
    assert "Bakkerij De Korenaar" in client.get(directory.url).content.decode()


def test_a_withdrawn_member_is_not_active_and_its_reason_stays_private(
    client, directory, moderator
):
    commitment = member("Schoonmaak Oost")
    with time_machine.travel(datetime.date(2026, 3, 2)):
        services.withdraw(commitment, moderator, reason="Fusie met een concurrent")
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.WITHDRAWN
    assert commitment.lapsed_on == datetime.date(2026, 3, 2)
    html = profile(client, directory, commitment).content.decode()
    assert "Lidmaatschap niet actief sinds 2 maart 2026." in html
    assert "Fusie" not in html
    # The open data carry the status and the date.
    current = client.get(MEMBERS).json()
    assert current["count"] == 0
    former = client.get(MEMBERS, {"membership": "former"}).json()
    assert former["results"][0]["status"] == "not_active"
    assert former["results"][0]["not_active_since"] == "2026-03-02"
    assert "Fusie" not in str(former)
    both = client.get(MEMBERS, {"membership": "all"}).json()
    assert both["count"] == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"consent_publish": False, "activity": Activity.INACTIVE},
        {"status": CommitmentStatus.REJECTED, "signed_on": None},
        {"status": CommitmentStatus.WITHDRAWN, "signed_on": None},  # withdrew before signing
    ],
    ids=["no consent", "rejected", "never signed"],
)
def test_no_profile_for_those_never_listed(client, directory, kwargs):
    commitment = member("Niet Openbaar B.V.", **kwargs)
    assert profile(client, directory, commitment).status_code == 404
    assert client.get(MEMBERS, {"membership": "all"}).json()["count"] == 0


def test_an_anonymised_former_member_has_no_profile(client, directory, moderator):
    commitment = member("Vertrokken B.V.")
    services.withdraw(commitment, moderator)
    slug = commitment.organisation.slug
    anonymise(Commitment.objects.get(pk=commitment.pk).organisation)
    assert client.get(f"{directory.url}{slug}/").status_code == 404
    assert client.get(MEMBERS, {"membership": "former"}).json()["count"] == 0


def test_former_members_in_the_api_cost_no_extra_queries(client, db, django_assert_num_queries):
    for number in range(3):
        member(f"Oud {number}", activity=Activity.INACTIVE, lapsed_on=datetime.date(2025, 1, 1))
    with django_assert_num_queries(2):
        assert client.get(MEMBERS, {"membership": "former"}).json()["count"] == 3
