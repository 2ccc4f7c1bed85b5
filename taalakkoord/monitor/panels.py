"""A summary of the Taalakkoord's progress on the Wagtail admin home page."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..models import Activity, Commitment, CommitmentStatus, TaalakkoordSettings
from ..permissions import region_scope
from .cache import cached, current_tally
from .figures import national_forecast
from .tally import matches


class ProgressPanel(Component):
    name = "taalakkoord_progress"
    template_name = "taalakkoord/monitor/home_panel.html"
    order = 90

    def __init__(self, regions):
        self.regions = regions

    def figures(self):
        """The forecast and the counts, cached per data version like the monitor's figures."""
        today = timezone.localdate()
        scope = "all" if self.regions is None else ",".join(str(r.pk) for r in self.regions)

        def make():
            made = current_tally(today)
            selected = matches(self.regions)
            forecast = national_forecast(today, TaalakkoordSettings.load(), made)
            return forecast, made.waiting_for_review(selected), made.overdue(selected)

        return cached(f"panel:{today}:{scope}", make)

    def get_context_data(self, parent_context):
        forecast, waiting, overdue = self.figures()
        request = parent_context.get("request")
        lists = None
        if request and request.user.has_perm("taalakkoord.review_commitment"):
            # The counts lead to the lists they count, filtered (the waiting: oldest first).
            index = reverse("taalakkoord_commitments:index")
            lists = {
                "waiting": f"{index}?status={CommitmentStatus.SUBMITTED}&ordering=submitted_at",
                "overdue": f"{index}?status={CommitmentStatus.APPROVED}&activity={Activity.OVERDUE}",
                "remind": reverse("taalakkoord_organisations:overdue_reminders"),
            }
            # "Mijn werk": the applications handed to this person, the longest waiting first.
            lists["mine"] = list(
                Commitment.objects.filter(
                    assigned_to=request.user, status=CommitmentStatus.SUBMITTED
                )
                .select_related("organisation")
                .order_by("submitted_at")[:10]
            )
        stories = None
        if request and request.user.has_perm("taalakkoord.change_story"):
            from ..models import Story

            # Along the index of undecided stories.
            stories = Story.objects.filter(decided_at__isnull=True).count()
        return {
            "stories": stories,
            "forecast": forecast,
            "waiting": waiting,
            "overdue": overdue,
            "regions": self.regions,
            "lists": lists,
        }


def progress_panel_for(user):
    """The panel for the national team and desk staff; nothing for anyone else."""
    try:
        return ProgressPanel(region_scope(user))
    except PermissionDenied:  # editors and others see no panel
        return None
