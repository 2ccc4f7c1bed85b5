"""Every figure on the monitor: from the tally (tally.py), plus a few counts along an index."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region
from employers.models import OrganisationKind, Sector, SizeBand

from .. import figures as membership_figures
from ..figures import counted_reports
from ..models import Activity, CommitmentStatus, TaalakkoordSettings
from .filters import aware_start
from .forecast import Forecast, add_months
from .tally import in_months, month_date, month_of, month_range, over_period, stage_counts
from .tally import matches as tally_matches

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
    via_umbrellas: list = field(default_factory=list)

    def breakdown(self, key):
        return next(breakdown for breakdown in self.breakdowns if breakdown.key == key)

    @property
    def national_members(self):
        return self.forecast.members


def compute(selection, tally=None):
    """All figures for one selection (see `filters.Selection` for what the period covers), from
    the tally (see tally.py) and, for the work lists and accounts, from the database."""
    from .cache import current_tally

    tally = tally or current_tally(selection.today)
    taalakkoord = TaalakkoordSettings.load()
    forecast = national_forecast(selection.today, taalakkoord, tally)
    breakdowns, in_scope, to_reach = breakdowns_and_totals(selection, tally)
    return Figures(
        target=taalakkoord.target,
        deadline=taalakkoord.deadline,
        forecast=forecast,
        members=breakdowns[0].members,
        months=monthly_members(selection, tally),
        funnel=funnel(selection, tally),
        breakdowns=breakdowns,
        in_scope=in_scope,
        to_reach=to_reach,
        reached=employees_reached(selection, tally),
        work_lists=work_lists(selection, tally),
        referrals=referrals(selection, tally),
        via_umbrellas=by_name(selection, tally.via_umbrellas),
    )


def national_forecast(today, taalakkoord, tally):
    """The target is national: so are the forecast and the pace, whatever the filters."""
    year_ago = add_months(today, -12).toordinal()
    return Forecast(
        members=tally.members(),
        target=taalakkoord.target,
        deadline=taalakkoord.deadline,
        today=today,
        joined_last_year=sum(
            count
            for day, count in tally.signed_lately.items()
            if year_ago < day <= today.toordinal()
        ),
    )


def breakdowns_and_totals(selection, tally):
    """Members by kind, region, size and sector; every choice is listed."""
    regions = selection.regions if selection.regions is not None else Region.objects.all()
    tables = {
        "kind": [Row(value, label) for value, label in OrganisationKind.choices],
        "region": [Row(region.pk, region.name) for region in regions],
        "size_band": [Row(value, label) for value, label in SizeBand.choices],
        "sector": [Row(value, f"{value} {label}") for value, label in Sector.choices],
    }
    dimensions = ("region", "kind", "sector", "size_band")  # the order of a segment's key
    index = [{row.key: row for row in tables[name]} for name in dimensions]
    selected = tally_matches(selection.regions, selection.kind)
    in_scope = to_reach = 0
    for *keys, members, due, overdue, scope, reach in tally.segments:
        if not selected(keys[0], keys[1]):
            continue
        for rows, key in zip(index, keys, strict=True):
            row = rows.get(key)
            if row is not None:
                row.members += members
                row.due += due
                row.overdue += overdue
        in_scope += scope
        to_reach += reach
    titles = {
        "kind": _("By kind"),
        "region": _("By region"),
        "size_band": _("By size"),
        "sector": _("By sector"),
    }
    breakdowns = [Breakdown(name, titles[name], rows) for name, rows in tables.items()]
    return breakdowns, in_scope, to_reach


def monthly_members(selection, tally):
    """Today's members by the month they signed, added up month by month over the period."""
    selected = tally_matches(selection.regions, selection.kind)
    joined = {}
    for region, kind, number, count in tally.signed:
        if selected(region, kind):
            month = month_date(number)
            joined[month] = joined.get(month, 0) + count
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


def funnel(selection, tally):
    """Organisations that started the wizard in the period, and how far they got.

    Accounts are the people (not staff) who signed up in the period; "reported this year"
    counts approved organisations with a progress report sent in this calendar year.
    """
    started, submitted, approved, reported = over_period(
        selection,
        tally.started,
        lambda edge: (
            edge.period(edge.commitments(), "created_at")
            .aggregate(**stage_counts(selection.today))
            .values()
        ),
        width=4,
    )
    steps = [
        (_("Accounts created"), accounts(selection, tally)),
        (_("Wizard started"), started),
        (_("Submitted"), submitted),
        (_("Approved"), approved),
        (_("Reported this year"), reported),
    ]
    result, previous = [], None
    for label, count in steps:
        result.append(Step(label, count, previous))
        previous = count
    return result


def accounts(selection, tally):
    """People who made an account in the period (see `Selection.accounts`)."""
    rows = tally.accounts if selection.whole_country else tally.accounts_by_organisation
    return over_period(selection, rows, lambda edge: [edge.accounts().count()])[0]


def employees_reached(selection, tally):
    """People reached: each member's latest progress report sent in the period
    (`taalakkoord.figures`: reports are never added up over the years)."""
    first, last, edges = month_range(selection)
    if edges:  # a period that starts or ends within a month: counted in the database
        return membership_figures.employees_reached(
            counted_reports().filter(pk__in=selection.reports().values("pk"))
        )
    selected = tally_matches(selection.regions, selection.kind)
    return sum(
        total
        for region, kind, month, next_month, total in tally.reached
        if selected(region, kind)
        and in_months(month, first, last)
        and (next_month is None or (last is not None and next_month > last))
    )


def work_lists(selection, tally):
    """Who needs the team: applications to review, reports overdue, organisations just started,
    members whose own goal's date has passed without reaching it.

    The first ten of each come along an index; how many there are, from the tally (the
    organisations just started: along the index on created_at)."""
    commitments = selection.commitments().select_related("organisation__region")
    since = aware_start(selection.today - datetime.timedelta(days=RECENT_DAYS - 1))
    waiting, overdue, recent = WAITING, OVERDUE, Q(created_at__gte=since)
    selected = tally_matches(selection.regions, selection.kind)
    counts = {
        "waiting": tally.waiting_for_review(selected),
        "overdue": tally.overdue(selected),
        "recent": commitments.filter(recent).count(),
    }
    missed = membership_figures.missed_goals(
        selection.members().select_related("organisation__region"), selection.today
    )
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
        "missed": (missed.count(), list(missed.order_by("reach_by", "pk")[:n])),
    }


def referrals(selection, tally):
    """Members brought in by each ambassador, most first (only ambassadors with members)."""
    return by_name(selection, tally.referrals)


def by_name(selection, rows):
    """Tally rows of (region, kind, name, members) in the selection, added up per name, most
    first: members brought in by an ambassador, or joined through an umbrella organisation."""
    selected = tally_matches(selection.regions, selection.kind)
    totals = {}
    for region, kind, name, count in rows:
        if selected(region, kind):
            totals[name] = totals.get(name, 0) + count
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
