"""The dashboard panel of a desk's staff: the advice requests that wait for them."""

from django.db.models import Count, Q
from django.urls import reverse
from wagtail.admin.ui.components import Component

from cms.core.scopes import scoped

from .models import AdviceRequest, AdviceStatus


class AdviceRequestsPanel(Component):
    """How many of the desk's requests are new and how many wait for a follow-up, with links to
    those lists. Shown first: answering people who asked is a desk's daily work."""

    name = "advice_requests"
    template_name = "desks/advice_requests_panel.html"
    order = 40  # before "Start here" (50) and the Taalakkoord's progress (90)

    def __init__(self, counts):
        self.counts = counts

    def get_context_data(self, parent_context):
        index = reverse("desks_advice_requests:index")
        return {
            "new": self.counts["new"],
            "contacted": self.counts["contacted"],
            "new_url": f"{index}?status={AdviceStatus.NEW}&ordering=created_at",
            "contacted_url": f"{index}?status={AdviceStatus.CONTACTED}&ordering=created_at",
            "index_url": index,
        }


def advice_requests_panel_for(user):
    """The panel for someone who handles advice requests (a desk's staff, superusers), or None.
    One query."""
    from .viewsets import advice_request_viewset

    policy = advice_request_viewset.permission_policy
    if not policy.user_has_any_permission(user, ["change", "view"]):
        return None
    counts = scoped(AdviceRequest.objects.all(), user).aggregate(
        new=Count("pk", filter=Q(status=AdviceStatus.NEW)),
        contacted=Count("pk", filter=Q(status=AdviceStatus.CONTACTED)),
    )
    return AdviceRequestsPanel(counts)
