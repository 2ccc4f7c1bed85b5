"""A small, fixed Taalakkoord on 15 June 2026, whose figures are worked out by hand in the tests.

| org | kind     | sector | size   | region    | status    | activity | signed     | started    |
|-----|----------|--------|--------|-----------|-----------|----------|------------|------------|
| A   | employer | Q      | 50-249 | Twente    | approved  | active   | 2025-01-10 | 2024-12-01 |
| B   | employer | F      | 10-49  | Rijnmond  | approved  | overdue  | 2025-09-01 | 2025-08-01 |
| C   | branch   | G      | 250+   | Twente    | approved  | active   | 2026-03-03 | 2026-02-01 |
| D   | employer | Q      | 1-9    | Twente    | approved  | inactive | 2020-05-05 | 2020-04-01 |
| E   | employer | Q      | 50-249 | Friesland | submitted |          |            | 2026-05-01 |
| F   | umbrella | S      | 10-49  | Rijnmond  | draft     |          |            | 2026-06-10 |
| G   | employer | C      | 10-49  | Friesland | withdrawn |          | 2024-02-02 | 2024-01-01 |
| H   | employer | C      | 10-49  | Twente    | rejected  |          |            | 2025-11-01 |

A's report is due 2026-07-01 (within 30 days), B's was due 2026-04-01. A reported 7 people on
2026-01-05, D reported 3 on 2021-05-01. Ambassador Fatima brought in A and D, Kees brought in B.
Accounts (not staff): A's on 2024-11-30, C's on 2026-01-31, one without organisation on
2026-04-01, E's on 2026-04-30. The target is 10 by 31 December 2027.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from ambassadors.factories import AmbassadorFactory
from cms.core.factories import UserFactory, region
from employers.factories import MembershipFactory, OrganisationFactory
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, ProgressReport, TaalakkoordSettings
from taalakkoord.monitor.filters import Selection

TODAY = datetime.date(2026, 6, 15)
D = datetime.date


def moment(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


ROWS = [
    # name, kind, sector, size, region, status, activity, signed, started, submitted, due, scope, reach
    ("A", "werkgever", "Q", "50-249", "twente", "approved", "active", D(2025, 1, 10), D(2024, 12, 1), D(2024, 12, 20), D(2026, 7, 1), 30, 20),
    ("B", "werkgever", "F", "10-49", "rijnmond", "approved", "overdue", D(2025, 9, 1), D(2025, 8, 1), D(2025, 8, 15), D(2026, 4, 1), 10, 5),
    ("C", "branche", "G", "250+", "twente", "approved", "active", D(2026, 3, 3), D(2026, 2, 1), D(2026, 2, 10), D(2027, 3, 3), 100, 50),
    ("D", "werkgever", "Q", "1-9", "twente", "approved", "inactive", D(2020, 5, 5), D(2020, 4, 1), D(2020, 4, 10), D(2022, 5, 5), 8, 4),
    ("E", "werkgever", "Q", "50-249", "friesland", "submitted", "active", None, D(2026, 5, 1), D(2026, 5, 20), None, 12, 6),
    ("F", "koepel", "S", "10-49", "rijnmond", "draft", "active", None, D(2026, 6, 10), None, None, 40, 20),
    ("G", "werkgever", "C", "10-49", "friesland", "withdrawn", "active", D(2024, 2, 2), D(2024, 1, 1), D(2024, 1, 15), None, 9, 3),
    ("H", "werkgever", "C", "10-49", "twente", "rejected", "active", None, D(2025, 11, 1), D(2025, 11, 5), None, 5, 2),
]  # fmt: skip


@dataclass
class Dataset:
    commitments: dict
    ambassadors: dict


@pytest.fixture
def dataset(db):
    settings = TaalakkoordSettings.load()
    settings.target, settings.deadline = 10, D(2027, 12, 31)
    settings.save()
    fatima, kees = AmbassadorFactory(name="Fatima"), AmbassadorFactory(name="Kees")
    referrer = {"A": fatima, "D": fatima, "B": kees}
    commitments = {}
    for number, row in enumerate(ROWS, start=1):
        (
            name,
            kind,
            sector,
            size,
            slug,
            status,
            activity,
            signed,
            started,
            submitted,
            due,
            scope,
            reach,
        ) = row
        organisation = OrganisationFactory(
            name=f"Organisatie {name}",
            kind=kind,
            sector=sector,
            size_band=size,
            region=region(slug),
            referred_by=referrer.get(name),
        )
        commitment = CommitmentFactory(
            organisation=organisation,
            status=status,
            activity=activity,
            signed_on=signed,
            member_number=number if signed else None,
            next_report_due=due,
            employees_in_scope=scope,
            employees_to_reach=reach,
        )
        Commitment.objects.filter(pk=commitment.pk).update(
            created_at=moment(started), submitted_at=moment(submitted) if submitted else None
        )
        commitments[name] = commitment
    for name, day, reached in (("A", D(2026, 1, 5), 7), ("D", D(2021, 5, 1), 3)):
        report = ProgressReport.objects.create(
            commitment=commitments[name],
            due_date=day,
            employees_reached=reached,
        )
        ProgressReport.objects.filter(pk=report.pk).update(submitted_at=moment(day))
    for username, organisation, joined in (
        ("account-a", "A", D(2024, 11, 30)),
        ("account-c", "C", D(2026, 1, 31)),
        ("account-none", None, D(2026, 4, 1)),
        ("account-e", "E", D(2026, 4, 30)),
    ):
        user = UserFactory(username=username, date_joined=moment(joined))
        if organisation:
            MembershipFactory(user=user, organisation=commitments[organisation].organisation)
    return Dataset(commitments, {"fatima": fatima, "kees": kees})


def selection(start=None, end=TODAY, regions=None, kind="", chosen=None):
    return Selection(today=TODAY, start=start, end=end, regions=regions, kind=kind, region=chosen)


def desk_staff(username, *region_slugs):
    """A person working for the desks of the given regions, with admin access and nothing more."""
    group = Group.objects.create(name=f"Loket {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for slug in region_slugs:
        region(slug).staff_groups.add(group)
    user = UserFactory(username=username)
    user.groups.add(group)
    return user


@pytest.fixture
def twente_staff(db):
    return desk_staff("loket-twente", "twente")


@pytest.fixture
def monitor_team(db):
    """The national team (Moderators)."""
    return UserFactory(username="team", groups=["Moderators"])


@pytest.fixture
def editor(db):
    return UserFactory(username="eva", groups=["Editors"])
