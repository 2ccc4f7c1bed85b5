"""The national team's workbench: one page per organisation with its whole timeline, messages
and reminders from the admin, notes that stay inside the team, and hand-overs."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from ambassadors.factories import AmbassadorFactory
from employers.models import EmailKind, Membership, OrganisationNote, ProfileChange, SentEmail
from employers.services import decide
from taalakkoord import services
from taalakkoord.models import Activity, Certificate, ProgressReport, StatusChange
from tests.monitor.conftest import desk_staff
from tests.utils import response_text

from .conftest import verified_user


def page_of(organisation):
    return reverse("taalakkoord_organisations:review", args=[organisation.pk])


@pytest.fixture
def team(db):
    return verified_user("team", groups=["Moderators"], first_name="Tamara", last_name="de Team")


@pytest.fixture
def member(employer, team):
    """Zorggroep Anna, approved by the team, with English as its language."""
    commitment = Membership.objects.get(user=employer).organisation.commitment
    commitment.language = "en"
    commitment.save()
    commitment = services.approve(services.submit(commitment, employer), team)
    return commitment


def test_the_page_shows_every_kind_of_entry_with_names_and_dutch_time(
    client, employer, member, team, django_capture_on_commit_callbacks
):
    organisation = member.organisation
    organisation.referred_by = AmbassadorFactory(name="Fatima Koplopers")
    organisation.save()
    change = member.status_changes.get(to_status="submitted")
    # 10:07 UTC on 21 October is 12:07 in Amsterdam (summer time).
    moment = datetime.datetime(2026, 10, 21, 10, 7, tzinfo=datetime.UTC)
    StatusChange.objects.filter(pk=change.pk).update(created_at=moment)
    ProgressReport.objects.create(
        commitment=member,
        due_date=datetime.date(2027, 1, 1),
        employees_reached=12,
        submitted_by=employer,
    )
    Certificate.objects.get_or_create(
        commitment=member,
        defaults={
            "language": "en",
            "organisation_name": organisation.name,
            "member_number": 1,
            "signed_on": member.signed_on,
        },
    )
    proposal = ProfileChange.objects.create(
        organisation=organisation, name="Anna Zorg", submitted_by=employer
    )
    with django_capture_on_commit_callbacks(execute=True):
        decide(proposal, approved=False, reason="Gebruik de KvK-naam.", user=team)
    OrganisationNote.objects.create(
        organisation=organisation, author=team, text="Belt volgende week."
    )
    client.force_login(team)
    html = response_text(client.get(page_of(organisation)))
    for label in ("Aanmelding", "Voortgangsrapportage", "Certificaat", "Profielwijziging",
                  "E-mail verstuurd", "Notitie", "Ambassadeur", "Organisatie"):  # fmt: skip
        assert f"<td>{label}</td>" in html, label
    assert "21 oktober 2026 12:07" in html
    assert "Tamara de Team" in html and "Sam " in html  # people, not login names
    assert "Gebruik de KvK-naam." in html and "Belt volgende week." in html
    assert f'href="mailto:{employer.email}"' in html
    assert "Actief, lidnummer 1" in html


def test_a_reminder_from_the_admin_reaches_the_administrators_in_their_language(
    client, member, team
):
    member.activity = Activity.OVERDUE
    member.save()
    client.force_login(team)
    html = response_text(client.get(page_of(member.organisation)))
    # The reminder is drafted in the member's language (English), ready to edit.
    assert "Your Taalakkoord progress report is late" in html
    mail.outbox.clear()
    response = client.post(
        page_of(member.organisation),
        {
            "action": "message",
            "kind": "reminder",
            "subject": "Your Taalakkoord progress report is late",
            "body": "Hello,\n\nWe miss your report. Can we help?",
        },
    )
    assert response.status_code == 302
    sent = SentEmail.objects.get(kind=EmailKind.REMINDER)
    assert sent.recipients == "anna@example.org" and sent.sent_by == team
    html = response_text(client.get(page_of(member.organisation)))
    assert "Your Taalakkoord progress report is late (Herinnering voortgangsrapportage)" in html


def test_all_overdue_members_are_reminded_after_a_preview(client, member, team):
    member.activity = Activity.OVERDUE
    member.save()
    client.force_login(team)
    url = reverse("taalakkoord_organisations:overdue_reminders")
    html = response_text(client.get(url))
    assert "Zorggroep Anna" in html and "anna@example.org" in html
    assert "De e-mail in het Engels" in html and "Herinnering sturen aan 1 lid" in html
    client.post(url)
    assert (
        SentEmail.objects.filter(kind=EmailKind.REMINDER, organisation=member.organisation).count()
        == 1
    )


def test_notes_stay_inside_the_team(client, employer, member, team):
    OrganisationNote.objects.create(
        organisation=member.organisation, author=team, text="GEHEIME-NOTITIE over de aanpak"
    )
    client.force_login(team)
    downloads = [
        reverse("taalakkoord_monitor:export", args=[dataset, fmt])
        for dataset in ("leden", "aanmeldingen", "voortgangsrapportages")
        for fmt in ("csv", "xlsx")
    ] + [reverse("taalakkoord_commitments:index") + "?export=csv"]
    for url in downloads:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"GEHEIME-NOTITIE" not in body, url
    client.force_login(employer)
    for url in (reverse("taalakkoord:dashboard"), reverse("employers:profile")):
        assert "GEHEIME-NOTITIE" not in response_text(client.get(url)), url


def test_a_handed_over_application_shows_in_my_work(client, employer, team):
    commitment = services.submit(
        Membership.objects.get(user=employer).organisation.commitment, employer
    )
    colleague = verified_user(
        "collega", groups=["Moderators"], first_name="Kees", last_name="Collega"
    )
    client.force_login(team)
    client.post(page_of(commitment.organisation), {"action": "assign", "assigned_to": colleague.pk})
    commitment.refresh_from_db()
    assert commitment.assigned_to == colleague
    client.force_login(colleague)
    html = response_text(client.get(reverse("wagtailadmin_home")))
    mine = html.split("Mijn werk", 1)[1]
    assert reverse("taalakkoord_commitments:review", args=[commitment.pk]) in mine
    assert "Zorggroep Anna" in mine


def test_only_the_national_team_opens_organisations(client, member, editor, other_employer):
    twente = desk_staff("loket-twente", "twente")
    for user in (editor, twente, other_employer):
        client.force_login(user)
        for url in (
            page_of(member.organisation),
            reverse("taalakkoord_organisations:overdue_reminders"),
            reverse("taalakkoord_organisations:index"),
        ):
            assert client.get(url).status_code in (302, 403), (user, url)
        response = client.post(page_of(member.organisation), {"action": "note", "text": "x"})
        assert response.status_code in (302, 403)
    assert not OrganisationNote.objects.exists()


def test_the_list_searches_by_name_kvk_and_place(client, member, team):
    client.force_login(team)
    index = reverse("taalakkoord_organisations:index")
    organisation = member.organisation
    for query in (organisation.name.split()[0], organisation.kvk_number, organisation.place):
        html = response_text(client.get(index, {"q": query}))
        assert page_of(organisation) in html, query
