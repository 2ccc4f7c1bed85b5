"""The monitor's tally: its numbers added up in advance, by region, kind of organisation and month.

Counting 100,000 members and 320,000 progress reports for every view of the monitor takes
longer the more members there are. The tally holds the same numbers grouped by what the monitor
filters on: the region and kind of the organisation, and the month (of signing, of starting the
wizard, of reporting). A view adds up the tally's rows for its selection (a few thousand at most,
however many members there are) and counts only the days at the edges of a period that are not
whole months (`split_period`), along an index.

A tally is made for one data version and day (`cache.VERSION`; "due soon" and "reported this
year" depend on the date): in the task worker right after a change (`build_after_changes`,
queued once per transaction), by the daily run, or by the first view that finds none.
"""

import datetime
from dataclasses import dataclass, replace

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from ..figures import counted_reports
from ..models import Activity, Commitment, CommitmentStatus, ProgressReport
from .filters import aware_start
from .forecast import add_months

ORGANISATION = ("organisation__region", "organisation__kind")


@dataclass
class Tally:
    """Rows of plain numbers and short strings (quick to store in and read from the cache).
    A month is a number: `month_number(day)`; a region is its id; a kind its value."""

    today: datetime.date
    # (region, kind, sector, size band, members, due soon, overdue, in scope, to reach)
    segments: tuple
    # (region, kind, month signed, members)
    signed: tuple
    # {day signed (ordinal): members}, nationally, for the last thirteen months (the pace)
    signed_lately: dict
    # (region, kind, ambassador, members brought in)
    referrals: tuple
    # (region, kind, month started, started, submitted, approved, reported this year)
    started: tuple
    # (region, kind, month reported, month of the member's next report or None, employees
    # reached): a report is its member's latest in a period when the next one is after it
    reached: tuple
    # (None, None, month joined, accounts) of people in no staff group, and (region, kind, month,
    # accounts) of people acting for an organisation
    accounts: tuple
    accounts_by_organisation: tuple
    # (region, kind, applications waiting for review)
    waiting: tuple
    # (region, kind, branch or umbrella organisation, members that joined through it); with a
    # default, so a tally cached before this field existed still reads
    via_umbrellas: tuple = ()

    def members(self, selected=None):
        return sum(row[4] for row in self.segments if not selected or selected(row[0], row[1]))

    def overdue(self, selected):
        return sum(row[6] for row in self.segments if selected(row[0], row[1]))

    def waiting_for_review(self, selected):
        return sum(count for region, kind, count in self.waiting if selected(region, kind))


def month_of(day):
    return day.replace(day=1)


def last_day_of(month):
    return add_months(month_of(month), 1) - datetime.timedelta(days=1)


def month_number(day):
    if isinstance(day, datetime.datetime):
        day = timezone.localtime(day) if timezone.is_aware(day) else day
    return day.year * 12 + day.month - 1


def month_date(number):
    return datetime.date(number // 12, number % 12 + 1, 1)


def build(today):
    """A new tally for `today` from the database: a handful of grouped queries."""
    local = timezone.get_current_timezone()
    members = Commitment.objects.counting()
    due_by = today + datetime.timedelta(days=settings.TAALAKKOORD_REMINDER_DAYS_BEFORE)
    segments = tuple(
        (*keys, count, due, overdue, scope or 0, reach or 0)
        for *keys, count, due, overdue, scope, reach in members.values_list(
            *ORGANISATION, "organisation__sector", "organisation__size_band"
        )
        .annotate(
            members=Count("pk"),
            due=Count("pk", filter=Q(activity=Activity.ACTIVE, next_report_due__lte=due_by)),
            overdue=Count("pk", filter=Q(activity=Activity.OVERDUE)),
            in_scope=Sum("employees_in_scope"),
            to_reach=Sum("employees_to_reach"),
        )
        .order_by()
    )
    signed = tuple(
        (region, kind, month_number(month), count)
        for region, kind, month, count in members.filter(signed_on__isnull=False)
        .values_list(*ORGANISATION, TruncMonth("signed_on"))
        .annotate(count=Count("pk"))
        .order_by()
    )
    signed_lately = {
        day.toordinal(): count
        for day, count in members.filter(signed_on__gt=add_months(today, -13), signed_on__lte=today)
        .values_list("signed_on")
        .annotate(count=Count("pk"))
        .order_by()
    }
    referrals = tuple(
        members.filter(organisation__referred_by__isnull=False)
        .values_list(*ORGANISATION, "organisation__referred_by__name")
        .annotate(count=Count("pk"))
        .order_by()
    )
    via_umbrellas = tuple(
        members.filter(organisation__via__isnull=False)
        .values_list(*ORGANISATION, "organisation__via__name")
        .annotate(count=Count("pk"))
        .order_by()
    )
    started = tuple(
        (region, kind, month_number(month), *counts)
        for region, kind, month, *counts in Commitment.objects.values_list(
            *ORGANISATION, TruncMonth("created_at", tzinfo=local)
        )
        .annotate(**stage_counts(today))
        .order_by()
    )
    next_report = (
        counted_reports()
        .filter(commitment=OuterRef("commitment"), submitted_at__gt=OuterRef("submitted_at"))
        .order_by("submitted_at")
        .values("submitted_at")[:1]
    )
    reached = tuple(
        (region, kind, month_number(month), next_month and month_number(next_month), total or 0)
        for region, kind, month, next_month, total in counted_reports()
        .annotate(next_at=Subquery(next_report))
        .values_list(
            "commitment__organisation__region",
            "commitment__organisation__kind",
            TruncMonth("submitted_at", tzinfo=local),
            TruncMonth("next_at", tzinfo=local),
        )
        .annotate(total=Sum("employees_reached"))
        .order_by()
    )
    people = get_user_model().objects.filter(is_staff=False, is_superuser=False)
    accounts = tuple(
        (None, None, month_number(month), count)
        for month, count in people.filter(groups__isnull=True)
        .values_list(TruncMonth("date_joined", tzinfo=local))
        .annotate(count=Count("pk"))
        .order_by()
    )
    accounts_by_organisation = tuple(
        (region, kind, month_number(month), count)
        for region, kind, month, count in people.values_list(
            "membership__organisation__region",
            "membership__organisation__kind",
            TruncMonth("date_joined", tzinfo=local),
        )
        .annotate(count=Count("pk"))
        .order_by()
    )
    waiting = tuple(
        Commitment.objects.filter(status=CommitmentStatus.SUBMITTED)
        .values_list(*ORGANISATION)
        .annotate(count=Count("pk"))
        .order_by()
    )
    return Tally(
        today,
        segments,
        signed,
        signed_lately,
        referrals,
        started,
        reached,
        accounts,
        accounts_by_organisation,
        waiting,
        via_umbrellas,
    )


def stage_counts(today):
    """How far a group of commitments got: the funnel's steps after the accounts."""
    year = today.year
    reported_this_year = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        submitted_at__gte=aware_start(datetime.date(year, 1, 1)),
        submitted_at__lt=aware_start(datetime.date(year + 1, 1, 1)),
    )
    return {
        "started": Count("pk"),
        "submitted": Count("pk", filter=Q(submitted_at__isnull=False)),
        "approved": Count("pk", filter=Q(signed_on__isnull=False)),
        "reported": Count("pk", filter=Q(signed_on__isnull=False) & Q(Exists(reported_this_year))),
    }


def split_period(selection):
    """The period as whole months (first, last: dates, None for no bound) and the day ranges at
    its edges that are not whole months: [(first day, last day), ...]."""
    start, end = selection.start, selection.end
    open_end = end >= selection.today  # up to now: nothing is stamped in the future
    first = None if start is None else start if start.day == 1 else add_months(month_of(start), 1)
    if open_end:
        last = None
    elif end == last_day_of(end):
        last = month_of(end)
    else:
        last = add_months(month_of(end), -1)
    edges = []
    if start is not None and start.day != 1:
        edge_end = last_day_of(start)
        edges.append((start, edge_end if open_end else min(edge_end, end)))
    if not open_end and end != last_day_of(end):
        edge_start = month_of(end) if start is None else max(month_of(end), start)
        if not edges or edges[-1][1] < edge_start:
            edges.append((edge_start, end))
    return first, last, edges


def month_range(selection):
    """The whole months of the period as numbers (first, last; None for no bound), and its
    edges (see `split_period`)."""
    first, last, edges = split_period(selection)
    return (
        None if first is None else month_number(first),
        None if last is None else month_number(last),
        edges,
    )


def in_months(month, first, last):
    return (first is None or month >= first) and (last is None or month <= last)


def over_period(selection, rows, count_edge, width=1):
    """The sums of `rows` (region, kind, month, *numbers) for the selection's regions, kind and
    whole months, plus `count_edge(edge)` (a list of as many numbers, counted in the database)
    for each edge of the period (a Selection over those days)."""
    first, last, edges = month_range(selection)
    selected = matches(selection.regions, selection.kind)
    totals = [0] * width
    for region, kind, month, *numbers in rows:
        if selected(region, kind) and in_months(month, first, last):
            totals = [a + b for a, b in zip(totals, numbers, strict=True)]
    for edge_start, edge_end in edges:
        found = count_edge(replace(selection, start=edge_start, end=edge_end))
        totals = [a + b for a, b in zip(totals, found, strict=True)]
    return totals


def matches(regions, kind=""):
    """A test of a tally row's (region id, kind) against these regions (None: all) and kind."""
    region_ids = None if regions is None else {r.pk for r in regions}

    def test(region_id, row_kind):
        return (region_ids is None or region_id in region_ids) and (not kind or row_kind == kind)

    return test
