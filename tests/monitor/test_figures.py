"""Every figure on the monitor against the values worked out by hand in conftest.py."""

import datetime

from cms.core.factories import region
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment
from taalakkoord.monitor.figures import compute

from .conftest import selection

D = datetime.date


def rows(figures, key):
    breakdown = next(b for b in figures.breakdowns if b.key == key)
    return {row.label: (row.members, row.due, row.overdue) for row in breakdown.rows}


def funnel(figures):
    return [(step.count, step.share, step.lost) for step in figures.funnel]


def test_members_against_the_target(dataset):
    figures = compute(selection())
    # A, B and C count; D is inactive, G withdrawn, the rest never approved
    assert figures.members == 3
    assert figures.forecast.members == 3
    assert figures.target == 10 and figures.deadline == D(2027, 12, 31)
    assert figures.forecast.percentage == 30
    # B (1 September 2025) and C (3 March 2026) joined in the last 12 months: 2/12 a month
    assert figures.forecast.joined_last_year == 2
    assert figures.forecast.months_needed == 42  # 7 to go at 1/6 a month
    assert figures.forecast.expected_date == D(2029, 12, 15)
    assert not figures.forecast.on_track
    assert round(figures.forecast.required_pace, 2) == round(7 / (564 / 30.4375), 2) == 0.38


def test_members_per_month(dataset):
    months = compute(selection()).months
    assert months[0].month == D(2025, 1, 1) and months[-1].month == D(2026, 6, 1)
    assert len(months) == 18
    by_month = {point.month: (point.joined, point.cumulative) for point in months}
    assert by_month[D(2025, 1, 1)] == (1, 1)
    assert by_month[D(2025, 8, 1)] == (0, 1)
    assert by_month[D(2025, 9, 1)] == (1, 2)
    assert by_month[D(2026, 3, 1)] == (1, 3)
    assert by_month[D(2026, 6, 1)] == (0, 3)


def test_members_per_month_within_a_period_start_from_earlier_members(dataset):
    months = compute(selection(start=D(2025, 6, 20), end=D(2025, 12, 31))).months
    assert [(p.month, p.cumulative) for p in months][:1] == [(D(2025, 6, 1), 1)]
    assert months[-1].month == D(2025, 12, 1) and months[-1].cumulative == 2


def test_funnel_over_all_time(dataset):
    # accounts 4; started 8; submitted 7 (not F); approved ever 5 (A B C D G);
    # reported in 2026: only A
    assert funnel(compute(selection())) == [
        (4, None, None),
        (8, 200, 0),
        (7, 88, 1),
        (5, 71, 2),
        (1, 20, 4),
    ]


def test_funnel_within_a_period(dataset):
    # from 1 January 2026: accounts of C, the one without organisation, E; started C, E, F
    assert funnel(compute(selection(start=D(2026, 1, 1)))) == [
        (3, None, None),
        (3, 100, 0),
        (2, 67, 1),
        (1, 50, 1),
        (0, 0, 1),
    ]


def test_funnel_for_one_region(dataset):
    twente = region("twente")
    figures = compute(selection(regions=(twente,), chosen=twente))
    # accounts of A and C; started A C D H; all submitted; approved A C D; A reported
    assert funnel(figures) == [(2, None, None), (4, 200, 0), (4, 100, 0), (3, 75, 1), (1, 33, 2)]
    assert figures.members == 2
    # the target stays national
    assert figures.forecast.members == 3


def test_breakdowns(dataset):
    figures = compute(selection())
    assert rows(figures, "kind") == {
        "Werkgever": (2, 1, 1),
        "Branche-organisatie": (1, 0, 0),
        "Koepelorganisatie": (0, 0, 0),
    }
    regions = rows(figures, "region")
    assert len(regions) == 35
    assert regions["Twente"] == (2, 1, 0)
    assert regions["Rijnmond"] == (1, 0, 1)
    assert regions["Friesland"] == (0, 0, 0)
    assert sum(members for members, _due, _overdue in regions.values()) == 3
    sizes = rows(figures, "size_band")
    assert [value[0] for value in sizes.values()] == [0, 1, 1, 1]  # 1-9, 10-49, 50-249, 250+
    sectors = {label[0]: value for label, value in rows(figures, "sector").items()}
    assert len(sectors) == 21
    assert sectors["Q"] == (1, 1, 0) and sectors["F"] == (1, 0, 1) and sectors["G"] == (1, 0, 0)
    assert sectors["C"] == (0, 0, 0)


def test_breakdowns_by_kind_filter(dataset):
    figures = compute(selection(kind="branche"))
    assert figures.members == 1
    assert rows(figures, "region")["Twente"] == (1, 0, 0)
    assert figures.in_scope == 100 and figures.to_reach == 50


def test_totals(dataset):
    figures = compute(selection())
    assert figures.in_scope == 30 + 10 + 100
    assert figures.to_reach == 20 + 5 + 50
    # A's 7; D's 3 do not count (D is inactive)
    assert figures.reached == 7
    assert compute(selection(start=D(2026, 2, 1))).reached == 0


def test_work_lists(dataset):
    lists = compute(selection()).work_lists
    names = {
        key: (count, [c.organisation.name for c in items]) for key, (count, items) in lists.items()
    }
    assert names["waiting"] == (1, ["Organisatie E"])
    assert names["overdue"] == (1, ["Organisatie B"])
    # started in the 30 days up to 15 June: F (10 June); E started on 1 May
    assert names["recent"] == (1, ["Organisatie F"])


def test_waiting_list_is_oldest_first_and_capped(dataset):
    for day in range(12, 0, -1):
        made = CommitmentFactory(status="submitted")
        Commitment.objects.filter(pk=made.pk).update(
            submitted_at=datetime.datetime(2026, 5, day, tzinfo=datetime.UTC)
        )
    count, items = compute(selection()).work_lists["waiting"]
    assert count == 13
    assert len(items) == 10
    dates = [item.submitted_at for item in items]
    assert dates == sorted(dates) and dates[0].day == 1


def test_referrals(dataset):
    # Fatima brought in A and D, but D is inactive; Kees brought in B
    assert compute(selection()).referrals == [("Fatima", 1), ("Kees", 1)]
    twente = region("twente")
    assert compute(selection(regions=(twente,), chosen=twente)).referrals == [("Fatima", 1)]


def test_two_reports_in_one_year_count_one_member_once(dataset):
    from taalakkoord.models import ProgressReport

    report = ProgressReport.objects.create(
        commitment=dataset.commitments["A"], due_date=D(2027, 1, 10), employees_reached=4
    )
    ProgressReport.objects.filter(pk=report.pk).update(
        submitted_at=datetime.datetime(2026, 6, 1, 10, tzinfo=datetime.UTC)
    )
    assert compute(selection()).funnel[-1].count == 1
    # A reached 7 in January and 4 in June: its latest figure is 4, never 7 + 4.
    assert compute(selection()).reached == 4


def test_people_reached_are_each_members_latest_figure_in_the_period(dataset):
    """A's reports: 7 (5 January 2026), then 12 (3 March 2026) and 9 (20 May 2026). Summing
    reports would give 28 people: the same employees counted again in every report."""
    from taalakkoord.models import ProgressReport

    for due, day, reached in (
        (D(2027, 1, 5), D(2026, 3, 3), 12),
        (D(2028, 1, 5), D(2026, 5, 20), 9),
    ):
        report = ProgressReport.objects.create(
            commitment=dataset.commitments["A"], due_date=due, employees_reached=reached
        )
        ProgressReport.objects.filter(pk=report.pk).update(
            submitted_at=datetime.datetime(day.year, day.month, day.day, 10, tzinfo=datetime.UTC)
        )
    cases = {
        # whole months, from the tally
        (None, D(2026, 6, 15)): 9,  # up to now: the latest
        (D(2026, 1, 1), D(2026, 1, 31)): 7,  # January alone
        (D(2026, 1, 1), D(2026, 3, 31)): 12,  # up to March: March's report is the latest
        (D(2026, 4, 1), D(2026, 4, 30)): 0,  # no report in April
        # periods that start or end within a month, counted in the database
        (D(2026, 1, 2), D(2026, 3, 2)): 7,  # 3 March is after the period
        (D(2026, 3, 3), D(2026, 6, 15)): 9,
        (D(2026, 1, 6), D(2026, 5, 19)): 12,
    }
    for (start, end), expected in cases.items():
        assert compute(selection(start=start, end=end)).reached == expected, (start, end)
