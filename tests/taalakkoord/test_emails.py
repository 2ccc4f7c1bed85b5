"""The emails of the employer's path: a receipt and a notice to the team on sending, and the
decision with the links a new member needs."""

import re

import pytest
from django.core import mail
from wagtail.models import Site

from cms.core.models import SiteSettings
from taalakkoord import services

HOST_AND_PORT = re.compile(r"(127\.0\.0\.1|localhost):\d+")


@pytest.fixture
def team_address(db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "taalakkoord@lerenenwerken.example"
    settings.save()
    return settings.email


def send(commitment, user, capture):
    with capture(execute=True):
        services.submit(commitment, user)


def test_sending_gives_a_receipt_and_a_notice_to_the_team(
    employer, team_address, django_capture_on_commit_callbacks
):
    commitment = employer.membership.organisation.commitment
    send(commitment, employer, django_capture_on_commit_callbacks)
    receipt, notice = mail.outbox
    assert receipt.to == [employer.email]
    assert receipt.subject == "Wij hebben de aanmelding van Zorggroep Anna ontvangen"
    assert "Wat er nu gebeurt" in receipt.body
    assert "http://testserver/nl/mijn-taalakkoord/" in receipt.body
    assert notice.to == [team_address]
    assert notice.subject == "Nieuwe aanmelding voor het Taalakkoord: Zorggroep Anna"
    assert f"/admin/taalakkoord/commitments/{commitment.pk}/review/" in notice.body
    for message in (receipt, notice):
        assert not HOST_AND_PORT.search(message.body)
        assert employer.username not in message.body


def test_the_receipt_is_in_the_members_language(
    employer, team_address, django_capture_on_commit_callbacks
):
    commitment = employer.membership.organisation.commitment
    commitment.language = "en"
    commitment.save()
    send(commitment, employer, django_capture_on_commit_callbacks)
    receipt, notice = mail.outbox
    assert receipt.subject == "We have received the application of Zorggroep Anna"
    assert "http://testserver/en/my-taalakkoord/" in receipt.body
    assert notice.subject.startswith("Nieuwe aanmelding")  # the team reads Dutch


def test_without_a_team_address_only_the_receipt_goes(employer, django_capture_on_commit_callbacks):
    send(employer.membership.organisation.commitment, employer, django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[employer.email]]


def test_approval_links_to_my_taalakkoord_the_certificate_and_the_badge(
    employer, national_team, django_capture_on_commit_callbacks
):
    commitment = employer.membership.organisation.commitment
    send(commitment, employer, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(commitment, national_team)
    decision = mail.outbox[-1]
    assert decision.subject == "Welkom bij het Taalakkoord, Zorggroep Anna"
    for link in (
        "http://testserver/nl/mijn-taalakkoord/",
        "http://testserver/nl/mijn-taalakkoord/certificaat.pdf",
        "http://testserver/nl/mijn-taalakkoord/badge.png",
    ):
        assert link in decision.body, link


def test_rejection_gives_the_reason_and_the_way_back(
    employer, national_team, django_capture_on_commit_callbacks
):
    commitment = employer.membership.organisation.commitment
    send(commitment, employer, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.reject(commitment, national_team, "Het plan noemt nog geen maatregelen.")
    body = mail.outbox[-1].body
    assert "Het plan noemt nog geen maatregelen." in body
    assert "opnieuw" in body or "nog een keer" in body or "weer" in body
    assert "http://testserver/nl/mijn-taalakkoord/" in body


def test_member_emails_open_with_a_greeting(db):
    from django.template.loader import render_to_string
    from django.utils import translation

    from employers.factories import OrganisationFactory

    organisation = OrganisationFactory(name="Bakkerij Test")
    for template in ("taalakkoord/email/received_body.txt", "taalakkoord/email/reminder_body.txt"):
        with translation.override("nl"):
            body = render_to_string(template, {"organisation": organisation, "commitment": None})
        assert body.startswith("Goedendag,\n\n"), template
