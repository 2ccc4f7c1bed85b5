"""Review by the national team: approve with a member number, reject with a reason."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse

from employers.models import Membership
from taalakkoord import services
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, CommitmentStatus
from tests.utils import response_text


def review_url(commitment):
    return reverse("taalakkoord_commitments:review", args=[commitment.pk])


@pytest.fixture
def submitted(employer):
    commitment = Membership.objects.get(user=employer).organisation.commitment
    return services.submit(commitment, employer)


def test_national_team_approves_and_the_member_gets_a_number_and_an_email(
    client, submitted, national_team, django_capture_on_commit_callbacks
):
    client.force_login(national_team)
    assert "Zorggroep Anna" in client.get(review_url(submitted)).content.decode()
    # Approving asks once more; nothing happens until the team confirms.
    response = client.post(review_url(submitted), {"action": "approve"})
    assert response.status_code == 200
    assert "Weet u het zeker? Zorggroep Anna wordt lid van het Taalakkoord" in response_text(
        response
    )
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(submitted), {"action": "approve", "confirmed": "1"})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.APPROVED
    assert submitted.member_number == 1
    assert submitted.signed_on is not None
    change = submitted.status_changes.first()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "submitted",
        "approved",
        national_team,
    )
    assert mail.outbox[-1].to == ["anna@example.org"]
    assert "lidnummer is 1" in mail.outbox[-1].body


def test_rejection_needs_a_reason_and_emails_it(
    client, submitted, national_team, django_capture_on_commit_callbacks
):
    client.force_login(national_team)
    response = client.post(review_url(submitted), {"action": "reject", "reason": ""})
    assert response.status_code == 200  # the form comes back with a message
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            review_url(submitted), {"action": "reject", "reason": "Het plan is nog te algemeen."}
        )
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.REJECTED
    assert submitted.status_changes.first().reason == "Het plan is nog te algemeen."
    assert "Het plan is nog te algemeen." in mail.outbox[-1].body
    assert submitted.member_number is None


def test_member_numbers_have_no_gaps(db, national_team):
    commitments = [CommitmentFactory(submitted=True) for _ in range(4)]
    services.reject(commitments[1], national_team, "Nog niet compleet.")
    for commitment in (commitments[0], commitments[2], commitments[3]):
        services.approve(commitment, national_team)
    numbers = sorted(
        Commitment.objects.exclude(member_number=None).values_list("member_number", flat=True)
    )
    assert numbers == [1, 2, 3]


def test_an_approved_member_can_withdraw(client, submitted, employer, national_team):
    services.approve(submitted, national_team)
    client.force_login(employer)
    client.post(reverse("taalakkoord:withdraw"), {"reason": "We stoppen."})
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.WITHDRAWN
    assert submitted.status_changes.first().reason == "We stoppen."


def test_impossible_status_changes_are_refused(db, national_team):
    draft = CommitmentFactory()
    with pytest.raises(services.StatusError):
        services.approve(draft, national_team)


def test_editors_cannot_review_or_list_commitments(client, submitted, editor):
    client.force_login(editor)
    assert client.get(review_url(submitted)).status_code in (302, 403)
    response = client.get(reverse("taalakkoord_commitments:index"))
    assert response.status_code in (302, 403)
    client.post(review_url(submitted), {"action": "approve", "confirmed": "1"})
    submitted.refresh_from_db()
    assert submitted.status == CommitmentStatus.SUBMITTED


def test_the_list_opens_on_the_waiting_and_a_decision_returns_to_it_as_it_was(
    client, submitted, national_team, django_capture_on_commit_callbacks
):
    client.force_login(national_team)
    index = reverse("taalakkoord_commitments:index")
    assert client.get(index)["Location"] == f"{index}?status=submitted&ordering=submitted_at"
    listing = client.get(f"{index}?status=submitted&ordering=submitted_at&q=Anna")
    html = response_text(listing)
    # Each row leads to the review, carrying the list's filters, search and order along.
    assert f"{review_url(submitted)}?next=" in html and "Beoordelen" in html
    back = f"{index}?status=submitted&ordering=submitted_at&q=Anna"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            review_url(submitted), {"action": "approve", "confirmed": "1", "next": back}
        )
    assert response["Location"] == back
    # Another site's address is never followed.
    response = client.post(
        review_url(submitted),
        {"action": "reject", "reason": "x", "next": "https://elders.example/"},
    )
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response["Location"] == index


def test_the_home_panel_counts_lead_to_the_lists(client, submitted, national_team):
    client.force_login(national_team)
    html = response_text(client.get(reverse("wagtailadmin_home")))
    index = reverse("taalakkoord_commitments:index")
    assert f'href="{index}?status=submitted&amp;ordering=submitted_at"' in html
    assert f'href="{index}?status=approved&amp;activity=' in html


def test_inspect_speaks_dutch(client, submitted, national_team):
    client.force_login(national_team)
    html = response_text(
        client.get(reverse("taalakkoord_commitments:inspect", args=[submitted.pk]))
    )
    assert "Created at" not in html and ">True<" not in html and ">False<" not in html
    assert "Begonnen" in html


def test_listing_filters_searches_and_exports(client, submitted, national_team):
    CommitmentFactory(organisation__name="Bouwbedrijf Niet Ingediend")
    client.force_login(national_team)
    index = reverse("taalakkoord_commitments:index")
    html = client.get(index, {"status": "submitted"}).content.decode()
    assert "Zorggroep Anna" in html and "Bouwbedrijf Niet Ingediend" not in html
    assert "Bouwbedrijf Niet Ingediend" in client.get(index, {"q": "Bouwbedrijf"}).content.decode()
    export = client.get(index, {"export": "csv"})
    content = response_text(export)
    assert "Zorggroep Anna" in content and "Bouwbedrijf Niet Ingediend" in content
    # Headings and values as people read them, not field paths and stored codes.
    heading = content.splitlines()[0]
    assert "KvK-nummer" in heading and "organisation." not in heading, heading
    assert ";Ingediend;" in content and ";submitted;" not in content
    assert ";Werkgever;" in content and ";werkgever;" not in content
    xlsx = client.get(index, {"export": "xlsx"})
    assert xlsx.status_code == 200
    from io import BytesIO

    from openpyxl import load_workbook

    rows = list(
        load_workbook(
            BytesIO(b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content)
        ).active.values
    )
    assert "KvK-nummer" in rows[0] and "Ingediend" in {cell for row in rows[1:] for cell in row}


def test_concurrent_approvals_get_unique_gap_free_numbers(migrated_db):
    from .conftest import verified_user

    national_team = verified_user("team", groups=["Moderators"])
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL; CI runs this test there.")
    commitments = [CommitmentFactory(submitted=True) for _ in range(8)]
    barrier = threading.Barrier(len(commitments))
    errors = []

    def approve(commitment):
        from django.db import connections

        try:
            barrier.wait()
            services.approve(commitment, national_team)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(c,)) for c in commitments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(Commitment.objects.values_list("member_number", flat=True))
    assert numbers == list(range(1, 9))


def test_the_review_screen_labels_every_figure_and_keeps_rejecting_apart(
    client, submitted, national_team
):
    client.force_login(national_team)
    html = client.get(review_url(submitted)).content.decode()
    for label in ("Medewerkers in totaal", "Medewerkers met een taalvraag",
                  "Medewerkers te bereiken", "uiterlijk"):  # fmt: skip
        assert label in html, label
    assert " / " not in html.split("Medewerkers in totaal")[1].split("</dl>")[0]
    # The reason field sits in the rejecting section, after the approve button's section.
    approve = html.index('id="approve-heading"')
    reject = html.index('id="reject-heading"')
    assert approve < html.index('value="approve"') < reject < html.index('name="reason"')
    # The admin's own header and menu stay.
    assert 'class="sidebar' in html or "wagtail-sidebar" in html or "w-sidebar" in html


def test_the_review_screen_shows_every_answer_and_flags_a_size_that_does_not_fit(
    client, submitted, national_team
):
    organisation = submitted.organisation
    organisation.website = "https://www.zorggroep-anna.example/"
    organisation.description = "Zorg in de wijk, met 40 medewerkers."
    organisation.size_band = "1-9"
    organisation.save()
    submitted.employees_total = 40
    submitted.other_measures = "Een leesclub in de pauze"
    submitted.save()
    client.force_login(national_team)
    html = client.get(review_url(submitted)).content.decode()
    for answer in ("1 tot 9 medewerkers", "https://www.zorggroep-anna.example/",
                   "Zorg in de wijk", "Een leesclub in de pauze", "Nederlands"):  # fmt: skip
        assert answer in html, answer
    assert "Past niet bij de 40 medewerkers" in html
    organisation.size_band = "10-49"
    organisation.save()
    html = client.get(review_url(submitted)).content.decode()
    assert "Past niet bij" not in html
