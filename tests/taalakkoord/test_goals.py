"""A member's own goal (employees to reach by a date), followed through a simulated year."""

import datetime

import pytest
import time_machine
from django.core import mail

from employers.models import Membership
from taalakkoord import services
from taalakkoord.figures import goal_of, missed_goals, with_goals
from taalakkoord.models import Commitment, ProgressReport
from taalakkoord.monitor.figures import compute
from taalakkoord.monitor.filters import Selection
from taalakkoord.reporting import record_report, run_daily

SIGNED = datetime.date(2025, 1, 10)
GOAL_DATE = datetime.date(2026, 3, 31)


@pytest.fixture
def member(employer, national_team):
    commitment = Membership.objects.get(user=employer).organisation.commitment
    Commitment.objects.filter(pk=commitment.pk).update(employees_to_reach=20, reach_by=GOAL_DATE)
    commitment.refresh_from_db()
    with time_machine.travel(datetime.datetime(2025, 1, 10, 12, 0), tick=False):
        services.submit(commitment, employer)
        return services.approve(commitment, national_team)


def send_report(commitment, day, reached):
    with time_machine.travel(datetime.datetime(day.year, day.month, day.day, 12), tick=False):
        report = ProgressReport.objects.create(
            commitment=commitment, due_date=commitment.next_report_due, employees_reached=reached
        )
        record_report(commitment, report)


def missed_on(day):
    selection = Selection(today=day, start=None, end=day, regions=None, kind="", region=None)
    count, items = compute(selection).work_lists["missed"]
    return count, [commitment.organisation.name for commitment in items]


def profile_text(client, directory, commitment):
    return client.get(f"{directory.url}{commitment.organisation.slug}/").content.decode()


def test_a_goal_is_followed_from_the_reports_through_the_year(client, directory, member):
    name = member.organisation.name
    # Before any report: the goal, and no progress yet.
    with time_machine.travel(datetime.date(2025, 12, 1)):
        html = profile_text(client, directory, member)
    assert "Wij willen 20 medewerkers bereiken vóór 31 maart 2026." in html
    assert "We hebben nog geen voortgangsrapportage gestuurd." in html
    # The reminder before the first report mentions the goal.
    with time_machine.travel(datetime.date(2025, 12, 11)):
        run_daily(datetime.date(2025, 12, 11))
    reminder = mail.outbox[-1].body
    assert "Uw doel: 20 medewerkers bereiken vóór 31 maart 2026." in reminder
    assert "eerste voortgangsrapportage" in reminder
    # The first report: 8 of 20.
    send_report(member, datetime.date(2026, 1, 5), 8)
    html = profile_text(client, directory, member)
    assert "Onze laatste voortgangsrapportage: 8 medewerkers bereikt (40% van ons doel)." in html
    assert 'value="40"' in html
    # Before the goal's date the monitor lists nothing; after it, the member, with 8 of 20.
    assert missed_on(datetime.date(2026, 3, 31)) == (0, [])
    assert missed_on(datetime.date(2026, 4, 1)) == (1, [name])
    # A second report reaching 25 takes it off the list: the latest figure counts.
    member.refresh_from_db()
    send_report(member, datetime.date(2026, 5, 2), 25)
    assert missed_on(datetime.date(2026, 5, 3)) == (0, [])
    with time_machine.travel(datetime.date(2026, 5, 3)):
        html = profile_text(client, directory, member)
    assert "Ons doel was 20 medewerkers bereiken vóór 31 maart 2026." in html  # its date passed
    assert "25 medewerkers bereikt (100% van ons doel)" in html
    # The next reminder says how far the latest report got.
    member.refresh_from_db()
    services_day = member.next_report_due - datetime.timedelta(days=30)
    with time_machine.travel(services_day):
        run_daily(services_day)
    assert "In uw laatste rapportage had u 25 medewerkers bereikt." in mail.outbox[-1].body


def test_goal_helpers_against_hand_counted_cases(member):
    commitment = with_goals(Commitment.objects.filter(pk=member.pk)).get()
    goal = goal_of(commitment)
    assert (goal.to_reach, goal.by, goal.reached, goal.percentage) == (20, GOAL_DATE, None, 0)
    assert goal.missed(datetime.date(2026, 4, 1)) and not goal.missed(GOAL_DATE)
    send_report(member, datetime.date(2026, 1, 5), 30)
    goal = goal_of(with_goals(Commitment.objects.filter(pk=member.pk)).get())
    assert goal.percentage == 100 and goal.met
    assert not missed_goals(Commitment.objects.all(), datetime.date(2026, 4, 1)).exists()
