from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .choosers import member_chooser_viewset
from .models.menu import signature_collection
from .monitor.panels import progress_panel_for
from .monitor.views import can_open_monitor, monitor_viewset
from .viewsets import TaalakkoordViewSetGroup, commitment_viewset, organisation_viewset
from .viewsets.events import event_registrations_viewset
from .viewsets.stories import story_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [
        commitment_viewset,
        organisation_viewset,
        monitor_viewset,
        member_chooser_viewset,
        story_viewset,
        event_registrations_viewset,
        TaalakkoordViewSetGroup(),
    ]


def _registrations_button(page, user, priority):
    from wagtail.admin.ui.menus.pages import PageMenuItem

    from .models import EventPage

    if page.specific_class is EventPage and page.permissions_for_user(user).can_edit():
        yield PageMenuItem(
            _("Registrations"),
            reverse("taalakkoord_events:registrations", args=[page.pk]),
            icon_name="group",
            priority=priority,
            page=page,
        )


@hooks.register("register_page_header_buttons")
def event_header_button(page, user, view_name=None, next_url=None):
    """The organiser reaches an event's registrations from the page in the admin."""
    yield from _registrations_button(page, user, priority=12)


@hooks.register("register_page_listing_more_buttons")
def event_listing_button(page, user, next_url=None):
    yield from _registrations_button(page, user, priority=3)


@hooks.register("construct_image_chooser_queryset")
def hide_signatures(images, request):
    """The certificate's signatures are not for pages: the image chooser shows them only to
    those who set the signatures, and only when they pick the signatures' collection."""
    collection = signature_collection(create=False)
    if collection is None:
        return images
    if request.user.has_perm("taalakkoord.change_taalakkoordsettings") and request.GET.get(
        "collection_id"
    ) == str(collection.pk):
        return images
    return images.exclude(collection=collection)


@hooks.register("construct_homepage_panels")
def add_progress_panel(request, panels):
    panel = progress_panel_for(request.user)
    if panel is not None:
        panels.append(panel)


class PermittedMenuItem(MenuItem):
    """A menu item for those who hold any of `permissions`."""

    def __init__(self, label, url, permissions, **kwargs):
        super().__init__(label, url, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)


class EventsMenuItem(MenuItem):
    """For whoever organises events: the national team, and desk staff with their own events."""

    def is_shown(self, request):
        from .viewsets.events import organised_events

        return organised_events(request.user).exists()


class ProgressMenuItem(MenuItem):
    def is_shown(self, request):
        return can_open_monitor(request.user)


def taalakkoord_menu():
    """Everything the national team does for the Taalakkoord, in the order of its work."""
    items = [
        (ProgressMenuItem, _("Progress"), "taalakkoord_monitor:index", "pick", None),
        (PermittedMenuItem, _("Applications and members"), "taalakkoord_commitments:index",
         "form", ["taalakkoord.view_commitment"]),
        (PermittedMenuItem, _("Organisations"), "taalakkoord_organisations:index",
         "group", ["taalakkoord.review_commitment"]),
        (PermittedMenuItem, _("Certificates"), "taalakkoord_commitments:certificates",
         "doc-full", ["taalakkoord.review_commitment"]),
        (PermittedMenuItem, _("Profile changes"), "employers_profile_changes:index", "user",
         ["employers.change_profilechange"]),
        (PermittedMenuItem, _("Stories"), "taalakkoord_stories:index", "openquote",
         ["taalakkoord.change_story"]),
        (EventsMenuItem, _("Events"), "taalakkoord_events:index", "date", None),
        (PermittedMenuItem, _("Menukaart"), "wagtailsnippets_taalakkoord_measure:list",
         "list-ul", ["taalakkoord.change_measure", "taalakkoord.view_measure"]),
        (PermittedMenuItem, _("Declaration"), "wagtailsnippets_taalakkoord_declaration:list",
         "doc-full-inverse", ["taalakkoord.change_declaration", "taalakkoord.view_declaration"]),
        (PermittedMenuItem, _("Ambassadors"), "wagtailsnippets_ambassadors_ambassador:list",
         "group", ["ambassadors.change_ambassador", "ambassadors.view_ambassador"]),
    ]  # fmt: skip
    menu_items = []
    for order, (item_class, label, url_name, icon, permissions) in enumerate(items):
        options = {"icon_name": icon, "order": order * 10}
        if permissions is not None:
            options["permissions"] = permissions
        menu_items.append(item_class(label, reverse(url_name), **options))
    return Menu(items=menu_items)


@hooks.register("register_admin_menu_item")
def register_taalakkoord_menu():
    return SubmenuMenuItem(_("Taalakkoord"), taalakkoord_menu(), icon_name="pick", order=190)
