"""How far the Taalakkoord is from its target: used by the counter, the directory and the API."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count

from employers.models import OrganisationKind

from .models import Commitment, TaalakkoordSettings


@dataclass
class Progress:
    members: int
    target: int
    deadline: date
    by_kind: dict

    @property
    def percentage(self):
        return min(100, round(100 * self.members / self.target)) if self.target else 100


def current_progress():
    """Approved, active members against the target: cached until members or settings change."""
    from .monitor.cache import cached

    return cached("progress", compute_progress)


def compute_progress():
    """Approved, active members against the target; two queries."""
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
