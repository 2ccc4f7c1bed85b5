"""Admin screens for the shared snippets, built from Wagtail viewsets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.models import IndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


class ReviewViewSetMixin:
    """For ModelViewSets whose rows are decided on: each row opens `review_view`, not the edit form."""

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/review/", self.review_view, name="review"),
        ]

    @property
    def index_view_class(self):
        review_url_name = self.get_url_name("review")

        class ReviewIndexView(SafeSpreadsheetExportMixin, IndexView):
            def get_edit_url(self, instance):
                return reverse(review_url_name, args=[instance.pk])

        return ReviewIndexView

    def review_view(self, request, pk):
        raise NotImplementedError
