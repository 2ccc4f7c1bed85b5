"""Membership figures: the one place that counts Taalakkoord members and the people they reach.

Everything that shows a membership figure asks here: the counter and the directory
(`current_progress`), the open-data API, the public results page (`current_impact`), and the
progress monitor (its forecast's percentage, and the people reached, which it adds up in its
tally by the rules below).

The rules:

- a member **counts** when its commitment is approved and it is not inactive
  (`Commitment.objects.counting()`);
- the **percentage** is members / target, rounded, at most 100 (`percentage`);
- the **people reached** are each member's latest reported figure: a progress report says how
  many employees the member reached *that year*, and the same employees are often reached again
  the next year, so reports are never added up over the years. Over a period, each member's
  latest report in that period counts (`latest_reports`); per reporting year, each member's
  latest report of that year;
- only reports of members that still count (active or overdue) are used (`counted_reports`);
- a member's own **goal** is to reach `employees_to_reach` employees by `reach_by`; its progress
  is its latest reported figure against that number (`Goal`), and the goal is **missed** when the
  date has passed without the latest figure reaching it (`missed_goals`).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from cms.core.models import Region
from employers.models import OrganisationKind, Sector

from .models import Activity, Commitment, CommitmentStatus, ProgressReport, TaalakkoordSettings


def percentage(members, target):
    """Members as a share of the target, in whole percents, at most 100."""
    return min(100, round(100 * members / target)) if target else 100


@dataclass
class Progress:
    members: int
    target: int
    deadline: datetime.date
    by_kind: dict

    @property
    def percentage(self):
        return percentage(self.members, self.target)


def current_progress():
    """Members against the target (the counter, the directory, the API), cached per data
    version."""
    from .monitor.cache import cached

    return cached("progress", compute_progress)


def compute_progress():
    """Counting members against the target; two queries."""
    settings = TaalakkoordSettings.load()
    counts = dict(
        Commitment.objects.counting()
        .values_list("organisation__kind")
        .annotate(total=Count("pk"))
        .order_by()
    )
    by_kind = {kind.value: counts.get(kind.value, 0) for kind in OrganisationKind}
    return Progress(
        members=sum(by_kind.values()),
        target=settings.target,
        deadline=settings.deadline,
        by_kind=by_kind,
    )


def counted_reports():
    """Reports whose people reached count: those of members that still count."""
    return ProgressReport.objects.filter(
        commitment__status=CommitmentStatus.APPROVED,
        commitment__activity__in=[Activity.ACTIVE, Activity.OVERDUE],
    )


def latest_reports(reports):
    """Of `reports`, each member's latest: those with no later report of the same member among
    `reports` (so a period's or a year's reports give that period's or year's latest)."""
    later = reports.filter(
        commitment=OuterRef("commitment"), submitted_at__gt=OuterRef("submitted_at")
    )
    return reports.filter(~Exists(later))


def employees_reached(reports):
    """The people reached according to `reports`: the sum of each member's latest figure."""
    total = latest_reports(reports).aggregate(total=Sum("employees_reached"))["total"]
    return total or 0


@dataclass
class Goal:
    """A member's own goal and how far its latest progress report got."""

    to_reach: int
    by: datetime.date | None
    reached: int | None  # the latest report's figure; None before the first report

    @property
    def percentage(self):
        return percentage(self.reached or 0, self.to_reach)

    @property
    def met(self):
        return (self.reached or 0) >= self.to_reach

    def missed(self, today):
        return self.by is not None and self.by < today and not self.met


def latest_reached():
    """An annotation: the figure of the member's latest progress report (None before one)."""
    return Subquery(
        ProgressReport.objects.filter(commitment=OuterRef("pk"))
        .order_by("-submitted_at", "-pk")
        .values("employees_reached")[:1]
    )


def goal_of(commitment):
    """The member's goal; `commitment` annotated with `latest_reached` (see `with_goals`)."""
    if not commitment.employees_to_reach:
        return None
    return Goal(commitment.employees_to_reach, commitment.reach_by, commitment.latest_reached)


def with_goals(commitments):
    return commitments.annotate(latest_reached=latest_reached())


def missed_goals(commitments, today):
    """Of `commitments`, those whose date has passed without their latest report reaching their
    number of employees (annotated with `latest_reached`)."""
    return with_goals(commitments.filter(reach_by__lt=today, employees_to_reach__gt=0)).filter(
        Q(latest_reached__isnull=True) | Q(latest_reached__lt=F("employees_to_reach"))
    )


@dataclass
class YearReached:
    year: int
    reached: int
    reports: int


@dataclass
class Impact:
    """What the Taalakkoord achieves, without personal data: the public results page and API."""

    members: int
    target: int
    percentage: int
    by_kind: list  # [(value, label, members)]
    by_region: list  # [(slug, name, members)], every region
    by_sector: list  # [(value, label, members)], most first, sectors with members only
    # [(name, members that chose it, translation key)], most first, at most TOP_MEASURES; the
    # name as the member chose it (in Dutch), `localized_measures` gives the visitor's language
    top_measures: list
    in_scope: int  # employees with a language need at the counting members
    reached: int  # each member's latest reported figure
    reached_by_year: list  # [YearReached], oldest first
    reported_this_year: int  # counting members with a report sent this calendar year
    year: int


TOP_MEASURES = 5


def current_impact():
    """The results page's and the API's figures, cached per data version and day."""
    from .monitor.cache import cached

    today = timezone.localdate()
    return cached(f"impact:{today}", lambda: compute_impact(today))


def compute_impact(today):
    """All impact figures; seven queries, however many members and reports there are."""
    settings = TaalakkoordSettings.load()
    members = Commitment.objects.counting()
    rows = list(
        members.values_list("organisation__region_id", "organisation__kind", "organisation__sector")
        .annotate(count=Count("pk"), in_scope=Sum("employees_in_scope"))
        .order_by()
    )
    total = sum(row[3] for row in rows)

    def count_by(position):
        counts = {}
        for row in rows:
            counts[row[position]] = counts.get(row[position], 0) + row[3]
        return counts

    kinds, sectors, regions = count_by(1), count_by(2), count_by(0)
    sector_labels = dict(Sector.choices)
    measures = (
        members.filter(measures__isnull=False)
        .values_list("measures__name", "measures__translation_key")
        .annotate(count=Count("pk", distinct=True))
        .order_by("-count", "measures__name")[:TOP_MEASURES]
    )
    reports = counted_reports()
    year_start = datetime.datetime(today.year, 1, 1, tzinfo=timezone.get_current_timezone())
    return Impact(
        members=total,
        target=settings.target,
        percentage=percentage(total, settings.target),
        by_kind=[(kind.value, kind.label, kinds.get(kind.value, 0)) for kind in OrganisationKind],
        by_region=[
            (slug, name, regions.get(pk, 0))
            for pk, slug, name in Region.objects.order_by("name").values_list("pk", "slug", "name")
        ],
        by_sector=sorted(
            (
                (value, sector_labels.get(value, value), count)
                for value, count in sectors.items()
                if count
            ),
            key=lambda item: (-item[2], str(item[1])),
        ),
        top_measures=[(name, count, key) for name, key, count in measures],
        in_scope=sum(row[4] or 0 for row in rows),
        reached=employees_reached(reports),
        reached_by_year=reached_by_year(reports),
        reported_this_year=members.filter(
            Exists(
                ProgressReport.objects.filter(
                    commitment=OuterRef("pk"), submitted_at__gte=year_start
                )
            )
        ).count(),
        year=today.year,
    )


def localized_measures(top_measures):
    """`top_measures` with each name in the active language where the Menukaart has it; one
    query."""
    from wagtail.models import Locale

    from .models import Measure

    names = dict(
        Measure.objects.filter(
            locale=Locale.get_active(), translation_key__in=[key for *_rest, key in top_measures]
        ).values_list("translation_key", "name")
    )
    return [(names.get(key, name), count) for name, count, key in top_measures]


def reached_by_year(reports):
    """Per reporting year (the year a report was sent): each member's latest figure of that
    year, and how many reports were sent. One query."""
    local = timezone.get_current_timezone()
    dated = reports.annotate(year=ExtractYear("submitted_at", tzinfo=local))
    later_same_year = dated.filter(
        commitment=OuterRef("commitment"),
        year=OuterRef("year"),
        submitted_at__gt=OuterRef("submitted_at"),
    )
    rows = (
        dated.values("year")
        .annotate(
            reached=Sum("employees_reached", filter=~Exists(later_same_year)),
            reports=Count("pk"),
        )
        .order_by("year")
    )
    return [YearReached(row["year"], row["reached"] or 0, row["reports"]) for row in rows]
