"""The forecast's arithmetic, worked out by hand for each case."""

from datetime import date

import pytest

from taalakkoord.monitor.forecast import Forecast, add_months

TODAY = date(2026, 6, 15)
DEADLINE = date(2027, 12, 31)  # 564 days after TODAY


def forecast(members, joined, target=300, deadline=DEADLINE, today=TODAY):
    return Forecast(
        members=members, target=target, deadline=deadline, today=today, joined_last_year=joined
    )


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 6, 15), -12, date(2025, 6, 15)),
        (date(2026, 6, 15), 0, date(2026, 6, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_no_members_at_all():
    result = forecast(members=0, joined=0)
    assert result.remaining == 300
    assert result.percentage == 0
    assert result.pace == 0
    assert result.months_needed is None
    assert result.expected_date is None
    assert not result.on_track
    # 300 members over 564 days: 300 / (564 / 30.4375) = 16.19 a month
    assert result.required_pace == pytest.approx(300 / (564 / 30.4375))
    assert round(result.required_pace, 1) == 16.2


def test_target_already_met():
    result = forecast(members=312, joined=40)
    assert result.reached
    assert result.remaining == 0
    assert result.percentage == 100
    assert result.months_needed == 0
    assert result.expected_date == TODAY
    assert result.required_pace == 0
    assert result.on_track


def test_target_met_after_the_deadline_passed():
    result = forecast(members=300, joined=0, today=date(2028, 3, 1))
    assert result.reached and result.required_pace == 0 and result.on_track


def test_pace_and_forecast_date():
    # 24 joined in 12 months: 2 a month; 150 to go: 75 months from 15 June 2026
    result = forecast(members=150, joined=24)
    assert result.pace == 2
    assert result.months_needed == 75
    assert result.expected_date == date(2032, 9, 15)
    assert not result.on_track
    assert result.required_pace == pytest.approx(150 / (564 / 30.4375))


def test_a_partial_month_counts_as_a_whole_one():
    # 2 joined in 12 months: 1/6 a month; 7 to go need exactly 42 months, not 43
    result = forecast(members=3, joined=2, target=10)
    assert result.months_needed == 42
    assert result.expected_date == date(2029, 12, 15)
    # 5 joined: 5/12 a month; 7 to go need 16.8, so 17 months
    assert forecast(members=3, joined=5, target=10).months_needed == 17


def test_on_track_when_the_forecast_is_before_the_deadline():
    # 120 joined: 10 a month; 100 to go: 10 months, April 2027, before the deadline
    result = forecast(members=200, joined=120)
    assert result.expected_date == date(2027, 4, 15)
    assert result.on_track


def test_deadline_passed_with_members_to_go():
    result = forecast(members=250, joined=12, today=date(2028, 1, 2))
    assert result.deadline_passed
    assert result.required_pace is None
    assert result.expected_date == date(2032, 3, 2)  # 50 to go at 1 a month
    assert not result.on_track


def test_deadline_today_asks_for_no_impossible_pace():
    result = forecast(members=250, joined=12, today=DEADLINE)
    assert result.days_left == 0
    assert result.required_pace is None


def test_no_target_counts_as_reached():
    result = forecast(members=0, joined=0, target=0)
    assert result.reached and result.percentage == 100
