"""Admin screens: profile changes of public members, checked by the national team."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet

from cms.core.viewsets import ReviewViewSetMixin

from .models import ProfileChange


class ProfileChangeFilterSet(WagtailFilterSet):
    pending = django_filters.BooleanFilter(
        field_name="decided_at", lookup_expr="isnull", label=gettext_lazy("Waiting for a decision")
    )

    class Meta:
        model = ProfileChange
        fields = ["approved"]


class ProfileChangeViewSet(ReviewViewSetMixin, ModelViewSet):
    model = ProfileChange
    icon = "user"
    menu_label = gettext_lazy("Profile changes")
    url_prefix = "taalakkoord/profile-changes"
    add_to_admin_menu = False
    filterset_class = ProfileChangeFilterSet
    search_fields = ["organisation__name", "name"]
    search_backend_name = None
    list_display = ["name", "organisation", "created_at", "approved"]
    ordering = ["-created_at"]
    form_fields = ["name", "website", "description"]

    def get_queryset(self, request):
        return ProfileChange.objects.select_related("organisation")

    def review_view(self, request, pk):
        if not request.user.has_perm("employers.change_profilechange"):
            raise PermissionDenied
        change = get_object_or_404(self.get_queryset(request), pk=pk)
        if request.method == "POST" and change.decided_at is None:
            change.approved = request.POST.get("decision") == "approve"
            change.decided_at = timezone.now()
            change.save(update_fields=["approved", "decided_at"])
            if change.approved:
                change.apply()
            messages.success(request, _("Your decision has been saved."))
            return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "employers/admin/profile_change_review.html",
            {
                "change": change,
                "organisation": change.organisation,
                "header_title": change.name,
                "index_url": self.get_url_name("index"),
            },
        )


profile_change_viewset = ProfileChangeViewSet("employers_profile_changes")
