"""The monitor's tally (taalakkoord/monitor/tally.py): whole months from the tally, the days at a
period's edges counted directly, the same figures either way, and one new tally per change."""

import datetime
import random

import pytest
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext

from cms.core.factories import UserFactory, region
from employers.factories import MembershipFactory
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, ProgressReport
from taalakkoord.monitor import tally
from taalakkoord.monitor.figures import compute

from .conftest import TODAY, moment, selection

D = datetime.date


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, TODAY, (None, None, [])),
        (D(2026, 1, 1), TODAY, (D(2026, 1, 1), None, [])),
        (D(2026, 6, 3), TODAY, (D(2026, 7, 1), None, [(D(2026, 6, 3), D(2026, 6, 30))])),
        (
            D(2025, 8, 10),
            D(2026, 2, 5),
            (D(2025, 9, 1), D(2026, 1, 1), [(D(2025, 8, 10), D(2025, 8, 31)), (D(2026, 2, 1), D(2026, 2, 5))]),
        ),
        (D(2025, 6, 20), D(2025, 6, 25), (D(2025, 7, 1), D(2025, 5, 1), [(D(2025, 6, 20), D(2025, 6, 25))])),
        (D(2025, 6, 1), D(2025, 6, 30), (D(2025, 6, 1), D(2025, 6, 1), [])),
        (None, D(2025, 12, 31), (None, D(2025, 12, 1), [])),
        (None, D(2025, 12, 30), (None, D(2025, 11, 1), [(D(2025, 12, 1), D(2025, 12, 30))])),
    ],
)  # fmt: skip
def test_a_period_is_whole_months_and_the_days_at_its_edges(start, end, expected):
    assert tally.split_period(selection(start=start, end=end)) == expected


def funnel(figures):
    return [(step.count, step.share, step.lost) for step in figures.funnel]


def test_a_period_with_edges_against_the_values_worked_out_by_hand(dataset):
    # started from 10 August 2025 to 5 February 2026: H (1 November) and C (1 February);
    # both submitted, C approved, neither reported in 2026; account of C (31 January)
    figures = compute(selection(start=D(2025, 8, 10), end=D(2026, 2, 5)))
    assert funnel(figures) == [(1, None, None), (2, 200, 0), (2, 100, 0), (1, 50, 1), (0, 0, 1)]
    # A reported 7 people on 5 January 2026; D's report does not count (D is inactive)
    assert compute(selection(start=D(2026, 1, 5), end=D(2026, 1, 5))).reached == 7
    assert compute(selection(start=D(2026, 1, 6), end=D(2026, 3, 10))).reached == 0
    # two edges and no whole month: H started on 1 November 2025
    assert funnel(compute(selection(start=D(2025, 10, 31), end=D(2025, 11, 1))))[1][0] == 1


def directly(chosen):
    """The period's funnel steps and people reached, counted over every row as before."""
    cohort = chosen.period(chosen.commitments(), "created_at")
    year = chosen.today.year
    reported = ProgressReport.objects.filter(
        commitment__in=cohort.filter(signed_on__isnull=False),
        submitted_at__year=year,
    )
    reached = (
        tally.counted_reports()
        .filter(pk__in=chosen.reports().values("pk"))
        .aggregate(total=Sum("employees_reached"))["total"]
    )
    return [
        chosen.accounts().count(),
        cohort.count(),
        cohort.filter(submitted_at__isnull=False).count(),
        cohort.filter(signed_on__isnull=False).count(),
        reported.values("commitment").distinct().count(),
        reached or 0,
    ]


def test_any_period_gives_what_counting_every_row_gives(db):
    rng = random.Random(7)
    for _ in range(40):
        started = TODAY - datetime.timedelta(days=rng.randint(0, 900))
        approved = rng.random() < 0.6
        made = CommitmentFactory(
            status="approved" if approved else "submitted",
            activity=rng.choice(["active", "overdue", "inactive"]),
            signed_on=started + datetime.timedelta(days=20) if approved else None,
            organisation__region=region(rng.choice(["twente", "rijnmond"])),
            organisation__kind=rng.choice(["werkgever", "branche"]),
        )
        Commitment.objects.filter(pk=made.pk).update(
            created_at=moment(started), submitted_at=moment(started)
        )
        if approved:
            report = ProgressReport.objects.create(
                commitment=made, due_date=started, employees_reached=rng.randint(1, 30)
            )
            sent = TODAY - datetime.timedelta(days=rng.randint(0, 400))
            ProgressReport.objects.filter(pk=report.pk).update(submitted_at=moment(sent))
        joined = moment(TODAY - datetime.timedelta(days=rng.randint(0, 900)))
        person = UserFactory(date_joined=joined)
        if rng.random() < 0.7:
            MembershipFactory(user=person, organisation=made.organisation)
    made_tally = tally.build(TODAY)
    for _ in range(25):
        start = TODAY - datetime.timedelta(days=rng.randint(0, 950))
        end = min(TODAY, start + datetime.timedelta(days=rng.randint(0, 500)))
        twente = (region("twente"),) if rng.random() < 0.3 else None
        kind = "branche" if rng.random() < 0.2 else ""
        chosen = selection(
            start=start if rng.random() < 0.8 else None, end=end, regions=twente, kind=kind
        )
        figures = compute(chosen, made_tally)
        steps = [step.count for step in figures.funnel]
        assert [*steps, figures.reached] == directly(chosen), (chosen.start, chosen.end)


def test_whole_months_read_no_reports(dataset):
    tally_now = tally.build(TODAY)
    with CaptureQueriesContext(connection) as queries:
        figures = compute(selection(start=D(2026, 1, 1)), tally_now)
    assert figures.reached == 7
    # Only the work list of missed goals looks up members' latest reports (one each, along the
    # index on member and date); the figures themselves come from the tally.
    reading_reports = [
        q["sql"] for q in queries.captured_queries if "taalakkoord_progressreport" in q["sql"]
    ]
    assert all('"reach_by" <' in sql for sql in reading_reports), reading_reports


def test_a_change_makes_one_new_tally_in_the_worker(db, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from cms.core import cacheversion
    from taalakkoord.models import TaalakkoordSettings
    from taalakkoord.monitor.cache import VERSION

    with django_capture_on_commit_callbacks(execute=True):
        TaalakkoordSettings.load()  # made once, before: its first save is a change of its own
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        CommitmentFactory(approved=True)
        CommitmentFactory(approved=True)
    queued = [c for c in callbacks if getattr(c, "key", None) == "monitor-tally"]
    assert len(queued) == 1
    today = datetime.date.today()
    key = f"taalakkoord:tally:{today}:{cacheversion.current(VERSION)}"
    made = cache.get(key)
    assert made is not None and made.members() == 2
