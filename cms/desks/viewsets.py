"""Desk staff handle their own desk's advice requests: new → contacted → closed."""

import django_filters
from django.http import Http404
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.core.scopes import scoped
from cms.core.viewsets import DutchInspectView
from taalakkoord.permissions import regions_served_by

from .models import AdviceRequest, AdviceStatus, ContactPreference


def desk_scope(queryset, user):
    """Only the requests of the regions whose desk the user works for (superusers: all)."""
    if user.is_superuser:
        return queryset
    return queryset.filter(region__in=regions_served_by(user))


class ScopedMixin:
    """Lists show, and single views open, only requests of the user's own desk (else 404).

    Every view of the viewset that takes a request's id uses it: edit, inspect, delete, history
    and usage. The scope itself is registered in `DesksConfig.ready`, so the site-history report
    follows it too.
    """

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)

    def get_object(self, *args):
        obj = super().get_object(*args)
        if not scoped(AdviceRequest.objects.filter(pk=obj.pk), self.request.user).exists():
            raise Http404
        return obj


class AdviceIndexView(ScopedMixin, IndexView):
    pass


class AdviceEditView(ScopedMixin, EditView):
    pass


class AdviceInspectView(ScopedMixin, DutchInspectView):
    def get_language_display_value(self):
        return get_language_info(self.object.language)["name_translated"]


class AdviceDeleteView(ScopedMixin, DeleteView):
    pass


class AdviceHistoryView(ScopedMixin, HistoryView):
    pass


class AdviceUsageView(ScopedMixin, UsageView):
    pass


class AdviceFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=AdviceStatus.choices, label=_("Status"))
    contact_preference = django_filters.ChoiceFilter(
        choices=ContactPreference.choices, label=_("How to talk")
    )

    class Meta:
        model = AdviceRequest
        fields = ["status", "contact_preference"]


class AdviceRequestViewSet(ModelViewSet):
    model = AdviceRequest
    icon = "mail"
    menu_label = _("Advice requests")
    menu_order = 195
    add_to_admin_menu = True
    url_prefix = "advice-requests"
    inspect_view_enabled = True
    # Requests come from visitors only: nothing to copy.
    copy_view_enabled = False
    index_view_class = AdviceIndexView
    edit_view_class = AdviceEditView
    inspect_view_class = AdviceInspectView
    delete_view_class = AdviceDeleteView
    history_view_class = AdviceHistoryView
    usage_view_class = AdviceUsageView
    filterset_class = AdviceFilterSet
    list_display = ["name", "region", "contact_preference", "status", "created_at"]
    search_fields = ["name", "email", "question"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "contact_preference",
        "question",
        "region",
        "desk",
        "language",
        "status",
        "staff_notes",
        "created_at",
    ]


advice_request_viewset = AdviceRequestViewSet("desks_advice_requests")
