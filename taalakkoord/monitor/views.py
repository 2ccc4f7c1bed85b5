"""The progress monitor in the Wagtail admin: the dashboard, its downloads and the PDF summary."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from cms.core.models import Region
from cms.core.regionmap import build_region_map

from ..models import CommitmentStatus
from ..permissions import regions_served_by, sees_all_regions
from .access import MonitorAccessMixin
from .cache import cached_figures
from .exports import EXPORT_VIEWS
from .forecast import add_months
from .summary import key_for as summary_key
from .summary import request_summary


def can_open_monitor(user):
    return sees_all_regions(user) or bool(regions_served_by(user))


def chart_data(figures, selection):
    """What monitor.js draws; the same numbers are in the tables beside each chart."""
    months = [formats.date_format(point.month, "M Y") for point in figures.months]
    regions = figures.breakdown("region")
    return {
        "members": {
            "labels": months,
            "series": [
                {"label": _("Members"), "data": [point.cumulative for point in figures.months]},
                *(
                    [{"label": _("Target"), "data": [figures.target] * len(months), "dashed": True}]
                    if selection.whole_country
                    else []
                ),
            ],
        },
        "funnel": {
            "labels": [str(step.label) for step in figures.funnel],
            "series": [{"label": _("Number"), "data": [step.count for step in figures.funnel]}],
        },
        "regions": {
            "labels": [row.label for row in regions.rows],
            "series": [{"label": _("Members"), "data": [row.members for row in regions.rows]}],
        },
    }


def region_map(figures, selection, request, regions):
    """Members per region as shades, from the region breakdown: a region outside the user's
    view or the selection has no figure. Each tile the user may choose filters the monitor on
    its region, keeping the other filters."""
    all_regions = list(Region.objects.all())
    slugs = {region.pk: region.slug for region in all_regions}
    counts = {slugs[row.key]: row.members for row in figures.breakdown("region").rows}
    allowed = all_regions if regions is None else regions
    hrefs = {}
    for region in allowed:
        params = request.GET.copy()
        params["region"] = region.slug
        hrefs[region.slug] = f"?{params.urlencode()}"
    chosen = selection.region.slug if selection.region else None
    return build_region_map(all_regions, hrefs=hrefs, counts=counts, current=chosen)


class DashboardView(MonitorAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "taalakkoord/monitor/dashboard.html"
    page_title = gettext_lazy("Taalakkoord progress")
    header_icon = "pick"
    viewset = None

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def presets(self):
        """Quick periods; each keeps the region and kind chosen."""
        today = self.selection.today
        base = self.request.GET.copy()
        for key in ("start", "end"):
            base.pop(key, None)
        options = [
            (_("All time"), None),
            (_("This year"), today.replace(month=1, day=1)),
            (_("Last 12 months"), add_months(today, -12) + datetime.timedelta(days=1)),
        ]
        result = []
        for label, start in options:
            params = base.copy()
            if start:
                params["start"] = start.isoformat()
            result.append(
                {
                    "label": label,
                    "query": params.urlencode(),
                    "current": start == self.selection.start,
                }
            )
        return result

    def item_url(self, commitment):
        """Where a work-list row leads: the review screen, for those who may open it."""
        if self.request.user.has_perm("taalakkoord.view_commitment") and sees_all_regions(
            self.request.user
        ):
            if commitment.status == CommitmentStatus.APPROVED:  # a member: reach it from its page
                return reverse(
                    "taalakkoord_organisations:review", args=[commitment.organisation_id]
                )
            return reverse("taalakkoord_commitments:review", args=[commitment.pk])
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = cached_figures(self.selection)
        work_lists = {
            key: (count, [(item, self.item_url(item)) for item in items])
            for key, (count, items) in figures.work_lists.items()
        }
        query = self.query_string
        exports = [
            {
                "label": label,
                "links": [
                    (
                        link_text,
                        reverse(self.viewset.get_url_name("export"), args=[dataset, fmt])
                        + (f"?{query}" if query else ""),
                    )
                    for fmt, link_text in (("xlsx", as_excel), ("csv", as_csv))
                ],
            }
            for dataset, label, as_excel, as_csv in (
                (
                    "leden",
                    _("Members"),
                    _("Download the members as an Excel file"),
                    _("as a CSV file"),
                ),
                (
                    "aanmeldingen",
                    _("Commitments"),
                    _("Download the applications as an Excel file"),
                    _("as a CSV file"),
                ),
                (
                    "voortgangsrapportages",
                    _("Progress reports"),
                    _("Download the progress reports as an Excel file"),
                    _("as a CSV file"),
                ),
            )
        ]
        context.update(
            form=self.filter_form,
            selection=self.selection,
            figures=figures,
            forecast=figures.forecast,
            work_lists=work_lists,
            presets=self.presets(),
            exports=exports,
            summary_url=reverse(self.viewset.get_url_name("summary"))
            + (f"?{query}" if query else ""),
            charts=chart_data(figures, self.selection),
            region_map=region_map(figures, self.selection, self.request, self.regions),
            regions_limited=self.regions is not None,
            own_regions=self.regions,
            reminder_days=settings.TAALAKKOORD_REMINDER_DAYS_BEFORE,
        )
        return context


class SummaryView(MonitorAccessMixin, View):
    """Asks the task worker for the PDF summary, then sends the person to its download page."""

    def get(self, request):
        code = request_summary(request.user, self.query_string, get_language())
        return redirect(reverse("taalakkoord_monitor:summary_download", args=[code]))


class SummaryDownloadView(MonitorAccessMixin, View):
    """The summary once the worker has made it; until then a page that looks again by itself."""

    def get(self, request, code):
        entry = cache.get(summary_key(code))
        if entry is None or entry["user"] != request.user.pk:
            raise Http404
        if entry["state"] == "done":
            response = HttpResponse(entry["pdf"], content_type="application/pdf")
            filename = f"taalakkoord-voortgangsrapportage-{entry['day']:%Y-%m-%d}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            response["Cache-Control"] = "private, no-store"
            return response
        return TemplateResponse(
            request,
            "taalakkoord/monitor/summary_wait.html",
            {
                "header_title": _("Progress summary (PDF)"),
                "failed": entry["state"] == "failed",
                "monitor_url": reverse("taalakkoord_monitor:index"),
            },
        )


def export_view(request, dataset, export_format):
    view_class = EXPORT_VIEWS.get(dataset)
    if view_class is None:
        raise Http404
    return view_class.as_view()(request, export_format=export_format)


class MonitorMenuItem(MenuItem):
    def is_shown(self, request):
        return can_open_monitor(request.user)


class MonitorViewSet(ViewSet):
    """The national team's dashboard; desk staff see their own region in it."""

    icon = "pick"
    menu_icon = "pick"
    menu_label = gettext_lazy("Taalakkoord progress")
    menu_order = 185
    add_to_admin_menu = False  # in the Taalakkoord menu (wagtail_hooks)
    url_prefix = "taalakkoord/progress"

    @property
    def menu_item_class(self):
        return MonitorMenuItem

    def get_urlpatterns(self):
        return [
            path("", DashboardView.as_view(viewset=self), name="index"),
            path("summary.pdf", SummaryView.as_view(), name="summary"),
            path("summary/<str:code>/", SummaryDownloadView.as_view(), name="summary_download"),
            path("export/<slug:dataset>/<slug:export_format>/", export_view, name="export"),
        ]


monitor_viewset = MonitorViewSet("taalakkoord_monitor")
