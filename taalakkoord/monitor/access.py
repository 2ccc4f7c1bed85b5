"""Every monitor view: staff only, scoped to the regions the user may see."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from ..permissions import region_scope
from .filters import read_selection


def forbidden(request):
    """A real 403 with an explanation (Wagtail would redirect to the admin home instead)."""
    return TemplateResponse(
        request,
        "taalakkoord/monitor/forbidden.html",
        {"header_title": _("No access"), "breadcrumbs_items": []},
        status=403,
    )


class MonitorAccessMixin:
    """Refuses anyone but the national team and desk staff (403), then reads the filters."""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.regions = region_scope(request.user)
        except PermissionDenied:
            return forbidden(request)
        self.filter_form, self.selection = read_selection(request, self.regions)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def query_string(self):
        """The current filters, for links that keep them (exports, the PDF)."""
        return self.request.GET.urlencode()
