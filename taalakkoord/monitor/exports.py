"""CSV and XLSX downloads of members, commitments and progress reports, with the monitor's filters."""

from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views import View

from cms.core.exports import SafeSpreadsheetExportMixin

from ..models import Measure
from .access import MonitorAccessMixin

ORGANISATION_COLUMNS = [
    "organisation.name",
    "organisation.kvk_number",
    "organisation.get_kind_display",
    "organisation.get_sector_display",
    "organisation.get_size_band_display",
    "organisation.region.name",
    "organisation.place",
]

HEADINGS = {
    "member_number": _("Member number"),
    "organisation.name": _("Organisation"),
    "organisation.kvk_number": _("KvK number"),
    "organisation.get_kind_display": _("Kind"),
    "organisation.get_sector_display": _("Sector"),
    "organisation.get_size_band_display": _("Size"),
    "organisation.region.name": _("Region"),
    "organisation.place": _("Place"),
    "organisation.referred_by": _("Brought in by ambassador"),
    "organisation.via": _("Joined through"),
    "commitment.member_number": _("Member number"),
    "commitment.organisation.name": _("Organisation"),
    "commitment.organisation.region.name": _("Region"),
    "get_status_display": _("Status"),
    "get_activity_display": _("Activity"),
    "measures_done_names": _("Measures carried out"),
}


class BaseExportView(MonitorAccessMixin, SafeSpreadsheetExportMixin, View):
    dataset = ""

    def get_queryset(self):
        raise NotImplementedError

    def get_filename(self):
        return f"taalakkoord-{self.dataset}-{self.selection.today:%Y-%m-%d}"

    def get(self, request, export_format):
        if export_format not in self.FORMATS:
            raise Http404
        return self.as_spreadsheet(self.get_queryset(), export_format)


class MembersExportView(BaseExportView):
    """Today's members (approved and not inactive), whatever the period."""

    dataset = "leden"
    export_sheet_title = _("Members")
    list_export = [
        "member_number",
        *ORGANISATION_COLUMNS,
        "signed_on",
        "get_activity_display",
        "next_report_due",
        "employees_in_scope",
        "employees_to_reach",
        "organisation.referred_by",
        "organisation.via",
    ]
    export_headings = HEADINGS

    def get_queryset(self):
        return (
            self.selection.members()
            .select_related(
                "organisation__region", "organisation__referred_by", "organisation__via"
            )
            .order_by("member_number")
        )


class CommitmentsExportView(BaseExportView):
    """Every commitment started in the period, drafts included."""

    dataset = "aanmeldingen"
    export_sheet_title = _("Commitments")
    list_export = [
        *ORGANISATION_COLUMNS,
        "get_status_display",
        "created_at",
        "submitted_at",
        "signed_on",
        "member_number",
        "employees_total",
        "employees_in_scope",
        "employees_to_reach",
        "reach_by",
        "organisation.via",
    ]
    export_headings = {**HEADINGS, "created_at": _("Started")}

    def get_queryset(self):
        return (
            self.selection.period(self.selection.commitments(), "created_at")
            .select_related("organisation__region", "organisation__via")
            .order_by("created_at", "pk")
        )


class ReportsExportView(BaseExportView):
    """Progress reports sent in the period."""

    dataset = "voortgangsrapportages"
    export_sheet_title = _("Progress reports")
    list_export = [
        "commitment.member_number",
        "commitment.organisation.name",
        "commitment.organisation.region.name",
        "due_date",
        "submitted_at",
        "employees_reached",
        "measures_done_names",
        "story",
    ]
    export_headings = HEADINGS

    def get_queryset(self):
        return (
            self.selection.reports()
            .select_related("commitment__organisation__region")
            .prefetch_related(
                Prefetch("measures_done", queryset=Measure.objects.order_by("sort_order", "name"))
            )
            .order_by("submitted_at", "pk")
        )


EXPORT_VIEWS = {
    "leden": MembersExportView,
    "aanmeldingen": CommitmentsExportView,
    "voortgangsrapportages": ReportsExportView,
}
