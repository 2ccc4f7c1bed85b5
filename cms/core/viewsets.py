"""Admin screens for the shared snippets, built from Wagtail viewsets."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
