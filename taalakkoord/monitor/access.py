"""Every monitor view: staff only, scoped to the regions the user may see."""

from django.utils.functional import cached_property

from ..permissions import region_scope
from .filters import read_selection


class MonitorAccessMixin:
    """Refuses anyone but the national team and desk staff (403), then reads the filters."""

    def dispatch(self, request, *args, **kwargs):
        self.regions = region_scope(request.user)  # raises PermissionDenied
        self.filter_form, self.selection = read_selection(request, self.regions)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def query_string(self):
        """The current filters, for links that keep them (exports, the PDF)."""
        params = self.request.GET.copy()
        params.pop("export", None)
        return params.urlencode()
