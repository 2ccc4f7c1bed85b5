"""Admin screens for the shared snippets, built from Wagtail viewsets."""

import datetime
from urllib.parse import urlencode

from django.contrib.auth.base_user import AbstractBaseUser
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .adapters import user_display
from .exports import SafeSpreadsheetExportMixin
from .models import ContactPerson, Navigation, Region, Theme


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Regions")
    list_display = ["name", "province", "number"]
    list_filter = ["province"]
    search_fields = ["name", "province"]
    ordering = ["name"]
    list_export = ["number", "name", "province"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class ContactPersonFilterSet(WagtailFilterSet):
    class Meta:
        model = ContactPerson
        fields = ["organisation", "locale"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "organisation", "locale"]
    filterset_class = ContactPersonFilterSet
    search_fields = ["name", "organisation", "role"]
    list_export = ["name", "role", "organisation", "email", "phone"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, ContactPersonViewSet, RegionViewSet)


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    menu_label = _("Navigation")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "locale"]


class DutchInspectView(InspectView):
    """Wagtail's inspect view with yes/no for booleans, moments in Dutch time, like the
    listings (Wagtail shows True/False and UTC), and people by their name (not a login name)."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, AbstractBaseUser):
            return user_display(value)
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        if isinstance(value, datetime.datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if value is None or value == "":
            return "–"
        return value


def admin_header(title, *steps, icon=""):
    """Context for `wagtailadmin/generic/base.html`: the admin's slim header with breadcrumbs
    from the dashboard through `steps` ({"url", "label"}) to `title`, and the icon."""
    return {
        "header_title": title,
        "page_title": title,
        "header_icon": icon,
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            *steps,
            {"url": "", "label": title},
        ],
    }


class ReviewViewSetMixin:
    """For ModelViewSets whose rows are decided on: each row opens `review_view`, not the edit
    form. The list opens on what waits (`waiting_filter`, oldest first), and a decision leads
    back to the list as it was: its filters, search and order travel along as `next`."""

    inspect_view_class = DutchInspectView
    waiting_filter = {}  # the query string of the list's opening view
    review_label = _("Review")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/review/", self.review_view, name="review"),
        ]

    @property
    def index_view_class(self):
        review_url_name = self.get_url_name("review")
        waiting, review_label = self.waiting_filter, self.review_label
        title = self.menu_label

        class ReviewIndexView(SafeSpreadsheetExportMixin, IndexView):
            page_title = title  # the list is called what the menu calls it

            def get(self, request, *args, **kwargs):
                if waiting and not request.GET:
                    return redirect(f"{request.path}?{urlencode(waiting)}")
                return super().get(request, *args, **kwargs)

            def get_edit_url(self, instance):
                url = reverse(review_url_name, args=[instance.pk])
                return f"{url}?{urlencode({'next': self.request.get_full_path()})}"

            def get_list_more_buttons(self, instance):
                buttons = super().get_list_more_buttons(instance)
                for button in buttons:
                    if getattr(button, "name", "") == "edit" or button.icon_name == "edit":
                        button.label = review_label
                return buttons

        return ReviewIndexView

    def list_url(self, request):
        """Where a decision leads: the list as the reviewer left it, or the list's opening view."""
        index = reverse(self.get_url_name("index"))
        back = request.POST.get("next") or request.GET.get("next") or ""
        if back.startswith(index) and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
            return back
        return index

    def review_view(self, request, pk):
        raise NotImplementedError

    def header(self, request, title):
        """The admin's own header for a screen of this viewset: breadcrumbs from the dashboard
        through the list (as the reviewer left it) to `title`, with the viewset's icon."""
        return admin_header(
            title, {"url": self.list_url(request), "label": self.menu_label}, icon=self.icon
        )
