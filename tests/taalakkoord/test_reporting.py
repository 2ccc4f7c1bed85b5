"""Yearly progress reports: reminders and activity changes over a simulated year."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from employers.models import Membership
from taalakkoord import services
from taalakkoord.factories import MeasureFactory
from taalakkoord.models import Activity, Commitment, ProgressReport
from taalakkoord.reporting import add_years, run_daily

SIGNED = datetime.date(2025, 1, 10)
DUE = datetime.date(2026, 1, 10)


@pytest.fixture
def member(employer, national_team):
    commitment = Membership.objects.get(user=employer).organisation.commitment
    with time_machine.travel(datetime.datetime(2025, 1, 10, 12, 0), tick=False):
        services.submit(commitment, employer)
        return services.approve(commitment, national_team)


def test_approval_schedules_the_first_report_a_year_later(member):
    assert member.signed_on == SIGNED
    assert member.next_report_due == DUE


def test_a_simulated_year_sends_each_reminder_once_and_changes_activity(member):
    timeline = {}
    day = SIGNED
    while day <= datetime.date(2026, 6, 30):
        before = len(mail.outbox)
        run_daily(day)
        run_daily(day)  # a second run the same day sends nothing
        activity = Commitment.objects.get(pk=member.pk).activity
        for message in mail.outbox[before:]:
            timeline.setdefault(message.subject, []).append(day)
        timeline.setdefault(activity, day)
        day += datetime.timedelta(days=1)

    assert timeline["Uw voortgangsrapportage voor het Taalakkoord komt eraan"] == [
        datetime.date(2025, 12, 11)
    ]
    assert timeline["Uw voortgangsrapportage voor het Taalakkoord is nodig"] == [DUE]
    assert timeline["Uw voortgangsrapportage voor het Taalakkoord is te laat"] == [
        datetime.date(2026, 2, 9)
    ]
    assert timeline["Uw organisatie is nu inactief in het Taalakkoord"] == [
        datetime.date(2026, 4, 10)
    ]
    assert timeline[Activity.OVERDUE] == datetime.date(2026, 2, 9)
    assert timeline[Activity.INACTIVE] == datetime.date(2026, 4, 10)
    assert all(message.to == ["anna@example.org"] for message in mail.outbox)
    assert not Commitment.objects.counting().filter(pk=member.pk).exists()


def test_daily_command_is_idempotent(member):
    call_command("taalakkoord_daily", date="2026-02-20")
    sent = len(mail.outbox)
    assert sent == 1
    call_command("taalakkoord_daily", date="2026-02-20")
    assert len(mail.outbox) == sent
    with pytest.raises(CommandError):
        call_command("taalakkoord_daily", date="20-02-2026")


def test_report_is_prefilled_and_makes_an_inactive_member_active_again(client, member, employer):
    measure = MeasureFactory(name="Taalmaatjes")
    run_daily(datetime.date(2026, 5, 1))
    member.refresh_from_db()
    assert member.activity == Activity.INACTIVE
    last = ProgressReport.objects.create(
        commitment=member,
        due_date=datetime.date(2025, 1, 10),
        employees_reached=7,
        story="Vorig jaar ging het goed.",
    )
    last.measures_done.set([measure])
    client.force_login(employer)
    with time_machine.travel(datetime.datetime(2026, 5, 1, 12, 0), tick=False):
        form = client.get(reverse("taalakkoord:report")).content.decode()
        assert 'value="7"' in form and "Vorig jaar ging het goed." in form
        response = client.post(
            reverse("taalakkoord:report"),
            {
                "employees_reached": 12,
                "measures_done": [measure.pk],
                "story": "Twaalf collega's bereikt.",
                "story_public": "on",
            },
        )
    assert response["Location"] == reverse("taalakkoord:dashboard")
    member.refresh_from_db()
    assert member.activity == Activity.ACTIVE
    assert member.next_report_due == datetime.date(2027, 1, 10)
    assert member.reports.get(due_date=DUE).employees_reached == 12


def test_report_form_explains_bad_input(client, member, employer):
    client.force_login(employer)
    with time_machine.travel(datetime.datetime(2026, 1, 5, 12, 0), tick=False):
        response = client.post(
            reverse("taalakkoord:report"), {"employees_reached": "veel", "story": "Goed."}
        )
    assert response.status_code == 422
    assert "Controleer het formulier" in response.content.decode()
    assert "Goed." in response.content.decode()


def test_report_is_not_open_too_early(client, member, employer):
    client.force_login(employer)
    with time_machine.travel(datetime.datetime(2025, 3, 1, 12, 0), tick=False):
        assert client.get(reverse("taalakkoord:report"))["Location"] == reverse(
            "taalakkoord:dashboard"
        )


def test_add_years_handles_leap_days():
    assert add_years(datetime.date(2024, 2, 29), 1) == datetime.date(2025, 2, 28)
    assert add_years(datetime.date(2024, 2, 29), 4) == datetime.date(2028, 2, 29)
