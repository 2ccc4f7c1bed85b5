"""When the target is reached at the current pace, and what pace the deadline asks for.

Pure arithmetic on counts and dates, so each case can be checked by hand:

- the pace is the number of members who joined in the last twelve months, divided by twelve;
- the forecast date lies as many whole months ahead as the remaining members need at that pace;
- the pace needed spreads the remaining members over the months left until the deadline,
  counted as days / (365.25 / 12).
"""

import calendar
from dataclasses import dataclass
from datetime import date

DAYS_PER_MONTH = 365.25 / 12


def add_months(day, months):
    """The same day `months` later (or earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Forecast:
    members: int
    target: int
    deadline: date
    today: date
    joined_last_year: int

    @property
    def remaining(self):
        return max(0, self.target - self.members)

    @property
    def percentage(self):
        """Members as a share of the target, at most 100 (`taalakkoord.figures.percentage`)."""
        from ..figures import percentage

        return percentage(self.members, self.target)

    @property
    def reached(self):
        return self.remaining == 0

    @property
    def pace(self):
        """Members per month over the last twelve months."""
        return self.joined_last_year / 12

    @property
    def months_needed(self):
        """Whole months until the target at the current pace; None when there is no pace."""
        if self.reached:
            return 0
        if self.joined_last_year == 0:
            return None
        # remaining / (joined / 12), in whole numbers so no rounding error adds a month
        return -(-self.remaining * 12 // self.joined_last_year)

    @property
    def expected_date(self):
        """The month the target is reached at the current pace; None when it never is."""
        months = self.months_needed
        return None if months is None else add_months(self.today, months)

    @property
    def days_left(self):
        return (self.deadline - self.today).days

    @property
    def deadline_passed(self):
        return self.days_left < 0

    @property
    def required_pace(self):
        """Members per month needed to reach the target by the deadline.

        0 when the target is met; None when the deadline has passed with members still to go.
        """
        if self.reached:
            return 0
        if self.days_left <= 0:
            return None
        return self.remaining / (self.days_left / DAYS_PER_MONTH)

    @property
    def on_track(self):
        return self.reached or (
            self.expected_date is not None and self.expected_date <= self.deadline
        )
