"""Every figure on the monitor, from a fixed number of queries however many members there are."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region
from employers.models import OrganisationKind, Sector, SizeBand

from ..models import Activity, Commitment, CommitmentStatus, ProgressReport, TaalakkoordSettings
from .filters import aware_start
from .forecast import Forecast, add_months

WORK_LIST_LENGTH = 10
RECENT_DAYS = 30
# Applications waiting for review, and members whose progress report is overdue.
WAITING = Q(status=CommitmentStatus.SUBMITTED)
OVERDUE = Q(status=CommitmentStatus.APPROVED, activity=Activity.OVERDUE)


@dataclass
class Row:
    """One line of a breakdown: members, and their progress reports due soon or overdue."""

    key: str
    label: str
    members: int = 0
    due: int = 0
    overdue: int = 0


@dataclass
class Breakdown:
    key: str
    title: str
    rows: list

    @property
    def members(self):
        return sum(row.members for row in self.rows)


@dataclass
class Step:
    """A step of the funnel, with the share of the step before that reached it."""

    label: str
    count: int
    previous: int | None = None

    @property
    def share(self):
        if not self.previous:
            return None
        return round(100 * self.count / self.previous)

    @property
    def lost(self):
        return None if self.previous is None else max(0, self.previous - self.count)


@dataclass
class Month:
    month: datetime.date
    joined: int
    cumulative: int


@dataclass
class Figures:
    target: int
    deadline: datetime.date
    forecast: Forecast
    members: int
    months: list
    funnel: list
    breakdowns: list
    in_scope: int
    to_reach: int
    reached: int
    work_lists: dict = field(default_factory=dict)
    referrals: list = field(default_factory=list)

    def breakdown(self, key):
        return next(breakdown for breakdown in self.breakdowns if breakdown.key == key)

    @property
    def national_members(self):
        return self.forecast.members


def month_of(day):
    return day.replace(day=1)


def compute(selection):
    """All figures for one selection (see `filters.Selection` for what the period covers)."""
    taalakkoord = TaalakkoordSettings.load()
    forecast = national_forecast(selection.today, taalakkoord)
    breakdowns, in_scope, to_reach = breakdowns_and_totals(selection)
    return Figures(
        target=taalakkoord.target,
        deadline=taalakkoord.deadline,
        forecast=forecast,
        members=breakdowns[0].members,
        months=monthly_members(selection),
        funnel=funnel(selection),
        breakdowns=breakdowns,
        in_scope=in_scope,
        to_reach=to_reach,
        reached=employees_reached(selection),
        work_lists=work_lists(selection),
        referrals=referrals(selection),
    )


def national_forecast(today, taalakkoord):
    """The target is national: so are the forecast and the pace, whatever the filters."""
    counts = Commitment.objects.counting().aggregate(
        members=Count("pk"),
        joined=Count("pk", filter=Q(signed_on__gt=add_months(today, -12), signed_on__lte=today)),
    )
    return Forecast(
        members=counts["members"],
        target=taalakkoord.target,
        deadline=taalakkoord.deadline,
        today=today,
        joined_last_year=counts["joined"],
    )


def breakdowns_and_totals(selection):
    """Members by kind, region, size and sector in one grouped query; every choice is listed."""
    due_by = selection.today + datetime.timedelta(days=settings.TAALAKKOORD_REMINDER_DAYS_BEFORE)
    dimensions = ("kind", "sector", "size_band", "region")
    groups = (
        selection.members()
        .values_list(*(f"organisation__{name}" for name in dimensions))
        .annotate(  # in this order after the dimensions
            members=Count("pk"),
            due=Count("pk", filter=Q(activity=Activity.ACTIVE, next_report_due__lte=due_by)),
            overdue=Count("pk", filter=Q(activity=Activity.OVERDUE)),
            in_scope=Sum("employees_in_scope"),
            to_reach=Sum("employees_to_reach"),
        )
        .order_by()
    )
    regions = selection.regions if selection.regions is not None else Region.objects.all()
    tables = {
        "kind": [Row(value, label) for value, label in OrganisationKind.choices],
        "region": [Row(region.pk, region.name) for region in regions],
        "size_band": [Row(value, label) for value, label in SizeBand.choices],
        "sector": [Row(value, f"{value} {label}") for value, label in Sector.choices],
    }
    index = [{row.key: row for row in tables[name]} for name in dimensions]
    in_scope = to_reach = 0
    for *keys, members, due, overdue, scope, reach in groups:
        for rows, key in zip(index, keys, strict=True):
            row = rows.get(key)
            if row is not None:
                row.members += members
                row.due += due
                row.overdue += overdue
        in_scope += scope or 0
        to_reach += reach or 0
    titles = {
        "kind": _("By kind"),
        "region": _("By region"),
        "size_band": _("By size"),
        "sector": _("By sector"),
    }
    breakdowns = [Breakdown(name, titles[name], rows) for name, rows in tables.items()]
    return breakdowns, in_scope, to_reach


def monthly_members(selection):
    """Today's members by the month they signed, added up month by month over the period."""
    # Grouped by day, then by month here: no date function runs on every row in the database.
    by_day = (
        selection.members()
        .filter(signed_on__isnull=False)
        .values_list("signed_on")
        .annotate(count=Count("pk"))
        .order_by()
    )
    joined = {}
    for day, count in by_day:
        joined[month_of(day)] = joined.get(month_of(day), 0) + count
    if not joined and not selection.start:
        return []
    first = month_of(selection.start) if selection.start else min(joined)
    last = month_of(selection.end)
    cumulative = sum(count for month, count in joined.items() if month < first)
    months, month = [], first
    while month <= last:
        cumulative += joined.get(month, 0)
        months.append(Month(month, joined.get(month, 0), cumulative))
        month = add_months(month, 1)
    return months


def funnel(selection):
    """Organisations that started the wizard in the period, and how far they got.

    Accounts are the people (not staff) who signed up in the period; "reported this year"
    counts approved organisations with a progress report sent in this calendar year.
    """
    year = selection.today.year
    reported_this_year = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        submitted_at__gte=aware_start(datetime.date(year, 1, 1)),
        submitted_at__lt=aware_start(datetime.date(year + 1, 1, 1)),
    )
    # One pass over the cohort; "reported" looks up each approved member's reports by index
    # instead of counting distinct members over every report.
    counts = selection.period(selection.commitments(), "created_at").aggregate(
        started=Count("pk"),
        submitted=Count("pk", filter=Q(submitted_at__isnull=False)),
        approved=Count("pk", filter=Q(signed_on__isnull=False)),
        reported=Count("pk", filter=Q(signed_on__isnull=False) & Q(Exists(reported_this_year))),
    )
    steps = [
        (_("Accounts created"), selection.accounts().count()),
        (_("Wizard started"), counts["started"]),
        (_("Submitted"), counts["submitted"]),
        (_("Approved"), counts["approved"]),
        (_("Reported this year"), counts["reported"]),
    ]
    result, previous = [], None
    for label, count in steps:
        result.append(Step(label, count, previous))
        previous = count
    return result


def employees_reached(selection):
    """People reached according to the members' progress reports sent in the period."""
    reports = selection.reports().filter(
        commitment__status=CommitmentStatus.APPROVED,
        commitment__activity__in=[Activity.ACTIVE, Activity.OVERDUE],
    )
    return reports.aggregate(total=Sum("employees_reached"))["total"] or 0


def work_lists(selection):
    """Who needs the team: applications to review, reports overdue, organisations just started."""
    commitments = selection.commitments().select_related("organisation__region")
    since = aware_start(selection.today - datetime.timedelta(days=RECENT_DAYS - 1))
    waiting, overdue, recent = WAITING, OVERDUE, Q(created_at__gte=since)
    # Three counts, each along an index (status, submitted_at / activity, created_at).
    counts = {
        "waiting": commitments.filter(waiting).count(),
        "overdue": commitments.filter(overdue).count(),
        "recent": commitments.filter(recent).count(),
    }
    n = WORK_LIST_LENGTH
    return {
        "waiting": (
            counts["waiting"],
            list(commitments.filter(waiting).order_by("submitted_at", "pk")[:n]),
        ),
        "overdue": (
            counts["overdue"],
            list(commitments.filter(overdue).order_by("next_report_due", "pk")[:n]),
        ),
        "recent": (
            counts["recent"],
            list(commitments.filter(recent).order_by("-created_at", "-pk")[:n]),
        ),
    }


def referrals(selection):
    """Members brought in by each ambassador, most first (only ambassadors with members)."""
    rows = (
        selection.members()
        .filter(organisation__referred_by__isnull=False)
        .values_list("organisation__referred_by__name")
        .annotate(members=Count("pk"))
        .order_by("-members", "organisation__referred_by__name")
    )
    return list(rows)
