"""Admin screens: profile changes of public members, checked by the national team."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet

from cms.core.viewsets import ReviewViewSetMixin

from . import services
from .forms import ProfileChangeRejectForm
from .models import ProfileChange


class ProfileChangeFilterSet(WagtailFilterSet):
    pending = django_filters.ChoiceFilter(
        label=gettext_lazy("Decision"),
        choices=[
            ("true", gettext_lazy("Waiting for a decision")),
            ("false", gettext_lazy("Decided")),
        ],
        method="filter_pending",
    )

    class Meta:
        model = ProfileChange
        fields = []

    def filter_pending(self, queryset, name, value):
        return queryset.filter(decided_at__isnull=value == "true")


class ProfileChangeViewSet(ReviewViewSetMixin, ModelViewSet):
    """Members' proposed profile changes: the waiting ones first, decided ones on request."""

    model = ProfileChange
    icon = "user"
    menu_label = gettext_lazy("Profile changes")
    url_prefix = "taalakkoord/profile-changes"
    add_to_admin_menu = False
    filterset_class = ProfileChangeFilterSet
    search_fields = ["organisation__name", "name"]
    search_backend_name = None
    list_display = ["organisation", "name", "created_at", "decision_display"]
    ordering = ["-created_at"]
    waiting_filter = {"pending": "true", "ordering": "created_at"}
    form_fields = ["name", "website", "description"]

    def get_queryset(self, request):
        return ProfileChange.objects.select_related("organisation", "organisation__commitment")

    def review_view(self, request, pk):
        if not request.user.has_perm("employers.change_profilechange"):
            raise PermissionDenied
        change = get_object_or_404(self.get_queryset(request), pk=pk)
        rejecting = request.method == "POST" and request.POST.get("decision") == "reject"
        reject_form = ProfileChangeRejectForm(request.POST if rejecting else None)
        back_url = self.list_url(request)
        if request.method == "POST" and change.decided_at is None:
            approving = request.POST.get("decision") == "approve"
            if approving or reject_form.is_valid():
                reason = "" if approving else reject_form.cleaned_data["reason"]
                services.decide(change, approved=approving, reason=reason, user=request.user)
                if approving:
                    text = _("The change for %(name)s has been approved and the member informed.")
                else:
                    text = _("The change for %(name)s has been rejected and the member informed.")
                messages.success(request, text % {"name": change.organisation.name})
                return redirect(back_url)
        return TemplateResponse(
            request,
            "employers/admin/profile_change_review.html",
            {
                "change": change,
                "organisation": change.organisation,
                "changed": change.changed_fields(),
                "reject_form": reject_form,
                **self.header(
                    request,
                    _("Proposed change to the public profile of %(name)s")
                    % {"name": change.organisation.name},
                ),
                "back_url": back_url,
            },
        )


profile_change_viewset = ProfileChangeViewSet("employers_profile_changes")
