"""Admin screens for the national team: review commitments, manage the Menukaart."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.models import Region
from cms.core.viewsets import ReviewViewSetMixin
from employers.models import OrganisationKind, Sector, SizeBand

from .. import services
from ..forms import RejectForm
from ..invitations import invitations_of
from ..models import (
    Activity,
    CertificateRun,
    Commitment,
    CommitmentStatus,
    Declaration,
    Measure,
)
from ..tasks import regenerate_certificates, remake_certificate


class CommitmentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=CommitmentStatus.choices, label=gettext_lazy("Status")
    )
    kind = django_filters.ChoiceFilter(
        field_name="organisation__kind",
        choices=OrganisationKind.choices,
        label=gettext_lazy("Kind"),
    )
    region = django_filters.ModelChoiceFilter(
        field_name="organisation__region",
        queryset=Region.objects.all(),
        label=gettext_lazy("Region"),
    )
    sector = django_filters.ChoiceFilter(
        field_name="organisation__sector", choices=Sector.choices, label=gettext_lazy("Sector")
    )

    class Meta:
        model = Commitment
        fields = ["status", "activity"]


class CommitmentViewSet(ReviewViewSetMixin, ModelViewSet):
    """Applications and members: filter, search, export, and review one by one."""

    model = Commitment
    icon = "pick"
    menu_label = gettext_lazy("Applications and members")
    url_prefix = "taalakkoord/commitments"
    add_to_admin_menu = False
    inspect_view_enabled = True
    filterset_class = CommitmentFilterSet
    search_fields = ["organisation__name", "organisation__kvk_number", "organisation__place"]
    search_backend_name = None
    list_display = [
        "organisation",
        # The status component; for a member it shows whether it keeps reporting.
        Column("status_badge", label=gettext_lazy("Status"), sort_key="status"),
        "member_number",
        "submitted_at",
        "signed_on",
    ]
    ordering = ["-submitted_at"]
    # The list opens on the applications that wait, the one waiting longest first.
    waiting_filter = {"status": CommitmentStatus.SUBMITTED, "ordering": "submitted_at"}
    review_label = gettext_lazy("Review")
    list_export = [
        "member_number",
        "organisation",
        "organisation.kvk_number",
        "organisation.kind",
        "organisation.sector",
        "organisation.size_band",
        "organisation.region",
        "organisation.place",
        "organisation.referred_by",
        "organisation.via",
        "status",
        "activity",
        "submitted_at",
        "signed_on",
        "employees_total",
        "employees_in_scope",
        "employees_to_reach",
        "reach_by",
    ]
    export_filename = "taalakkoord-aanmeldingen"
    form_fields = ["activity", "consent_publish", "language"]

    def get_queryset(self, request):
        return Commitment.objects.select_related(
            "organisation", "organisation__region", "organisation__via"
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("certificates/", self.certificates_view, name="certificates"),
            path(
                "certificates/progress/",
                self.certificates_progress_view,
                name="certificates_progress",
            ),
        ]

    def certificates_view(self, request):
        """Make every member's certificate again in the background, after a confirmation, and
        show how far it is (the page follows the run by itself)."""
        if not request.user.has_perm("taalakkoord.review_commitment"):
            raise PermissionDenied
        approved = Commitment.objects.filter(status=CommitmentStatus.APPROVED)
        if request.method == "POST" and request.POST.get("confirmed"):
            run = CertificateRun.objects.create(total=approved.count(), started_by=request.user)
            regenerate_certificates.enqueue(run.pk)
            messages.success(request, _("The certificates are being made again."))
            return redirect(self.get_url_name("certificates"))
        run = CertificateRun.objects.select_related("started_by").order_by("-created_at").first()
        return TemplateResponse(
            request,
            "taalakkoord/admin/certificates.html",
            {
                "run": run,
                "progress": run_progress(run) if run else None,
                "confirming": request.method == "POST",
                "approved": approved.count(),
                "inactive": approved.filter(activity=Activity.INACTIVE).count(),
                "progress_url": reverse(self.get_url_name("certificates_progress")),
                "index_url": self.get_url_name("index"),
                **self.header(request, _("Certificates")),
            },
        )

    def certificates_progress_view(self, request):
        """The newest run's progress as JSON, polled by the certificates page."""
        if not request.user.has_perm("taalakkoord.review_commitment"):
            raise PermissionDenied
        run = CertificateRun.objects.order_by("-created_at").first()
        return JsonResponse(run_progress(run) if run else {"running": False, "total": 0})

    def review_view(self, request, pk):
        """Show one application with its history; approve it, or reject it with a reason."""
        if not request.user.has_perm("taalakkoord.review_commitment"):
            raise PermissionDenied
        commitment = get_object_or_404(self.get_queryset(request), pk=pk)
        form = RejectForm(request.POST if request.POST.get("action") == "reject" else None)
        if request.method == "POST" and request.POST.get("action") == "certificate":
            # Rendering happens in the background, never inside this request.
            remake_certificate.enqueue(commitment.pk)
            messages.success(request, _("The certificate is being made again."))
            return redirect(request.get_full_path())
        back_url = self.list_url(request)
        confirm_approval = False
        if request.method == "POST":
            try:
                if request.POST.get("action") == "approve" and not request.POST.get("confirmed"):
                    # Approval sends emails and gives a member number: ask once more.
                    confirm_approval = commitment.status == CommitmentStatus.SUBMITTED
                elif request.POST.get("action") == "approve":
                    commitment = services.approve(commitment, request.user)
                    messages.success(
                        request,
                        _("%(name)s is now member number %(number)s.")
                        % {
                            "name": commitment.organisation.name,
                            "number": commitment.member_number,
                        },
                    )
                    return redirect(back_url)
                if request.POST.get("action") == "reject" and form.is_valid():
                    services.reject(commitment, request.user, form.cleaned_data["reason"])
                    messages.success(
                        request,
                        _("%(name)s has been rejected and informed.")
                        % {"name": commitment.organisation.name},
                    )
                    return redirect(back_url)
            except services.StatusError as error:
                messages.error(request, str(error))
        return TemplateResponse(
            request,
            "taalakkoord/admin/review.html",
            {
                "commitment": commitment,
                "organisation": commitment.organisation,
                "size_fits": SizeBand.fits(
                    commitment.organisation.size_band, commitment.employees_total
                ),
                "measures": commitment.measures.all(),
                "member_invitations": invitations_of(commitment.organisation),
                "history": commitment.status_changes.select_related("changed_by"),
                "reject_form": form,
                "can_decide": commitment.status == CommitmentStatus.SUBMITTED,
                "certificates": commitment.certificates.all(),
                "back_url": back_url,
                "confirm_approval": confirm_approval,
                **self.header(request, commitment.organisation.name),
            },
        )


def run_progress(run):
    """What the certificates page shows of a run, in words and numbers (Dutch time)."""

    def moment(value):
        return date_format(timezone.localtime(value), "j F Y H:i") if value else ""

    return {
        "running": run.finished_at is None,
        "total": run.total,
        "done": run.done,
        "replaced": run.replaced,
        "percentage": run.percentage,
        "started": moment(run.created_at),
        "finished": moment(run.finished_at),
        "text": (
            _("%(done)s of %(total)s certificates made (started %(started)s).")
            if run.finished_at is None
            else _("%(done)s of %(total)s certificates made, from %(started)s to %(finished)s.")
        )
        % {
            "done": run.done,
            "total": run.total,
            "started": moment(run.created_at),
            "finished": moment(run.finished_at),
        },
    }


class MeasureViewSet(SnippetViewSet):
    model = Measure
    icon = "list-ol"
    menu_label = gettext_lazy("Menukaart")
    list_display = ["name", "active", "locale"]


class DeclarationViewSet(SnippetViewSet):
    model = Declaration
    icon = "doc-full"
    menu_label = gettext_lazy("Declaration")
    list_display = ["title", "locale"]


class TaalakkoordViewSetGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Taalakkoord")
    menu_icon = "pick"
    menu_order = 200
    add_to_admin_menu = False  # its screens are in the one Taalakkoord menu (wagtail_hooks)
    items = (MeasureViewSet, DeclarationViewSet)


commitment_viewset = CommitmentViewSet("taalakkoord_commitments")
