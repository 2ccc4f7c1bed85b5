from html import unescape

from django.contrib import messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem

from . import translation_review
from .panels import SectionPagesSummaryItem, own_section, start_panel_for
from .viewsets import LibraryViewSetGroup, NavigationViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [LibraryViewSetGroup(), NavigationViewSet()]


@hooks.register("after_edit_page")
def say_published_after_approval(request, page):
    """ "Approve and publish" ends the review and publishes the page, but Wagtail's message says
    only that the page "has been updated": an editor would think it is not live yet."""
    if request.POST.get("workflow-action-name") != "approve":
        return
    page.refresh_from_db(fields=["live", "has_unpublished_changes"])
    if not page.live or page.has_unpublished_changes:
        return
    updated = _("Page '%(page_title)s' has been updated.") % {
        "page_title": page.get_admin_display_title()
    }
    queued = list(messages.get_messages(request))  # read, so Django drops them after this request
    for message in queued:
        # Wagtail stores its messages rendered (escaped, with the markup of its buttons).
        if unescape(strip_tags(str(message.message))).strip() != updated:
            messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.success(
        request,
        _("Page '%(page_title)s' has been published.")
        % {"page_title": page.get_admin_display_title()},
    )


@hooks.register("construct_homepage_panels")
def check_review_tasks_at_once(request, panels):
    """Wagtail's "awaiting your review" panel asks, for every approval task, whether the user is
    in one of its groups: one query per task, and every desk has its own workflow. Answer them all
    with one query first, in the per-request cache Wagtail keeps on the user."""
    from wagtail.models import GroupApprovalTask

    user = request.user
    if user.is_superuser:
        return
    memberships = GroupApprovalTask.groups.through.objects.filter(group__user=user)
    mine = set(memberships.values_list("groupapprovaltask_id", flat=True))
    tasks = GroupApprovalTask.objects.filter(active=True).values_list("pk", flat=True)
    user._group_approval_task_checks = {pk: pk in mine for pk in tasks}


@hooks.register("construct_homepage_panels")
def add_start_panel(request, panels):
    panel = start_panel_for(request.user)
    if panel is not None:
        panels.append(panel)


class SectionExplorerMenuItem(ExplorerMenuItem):
    """ "Pagina's" opens at the editor's own section, never at the tree's root."""

    def get_context(self, request):
        context = super().get_context(request)
        section = own_section(request.user)
        if section is not None:
            context["start_page_id"] = section.pk
        return context

    def render_component(self, request):
        section = own_section(request.user)
        if section is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=(section.pk,)),
            section.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


@hooks.register("construct_homepage_summary_items")
def count_own_section(request, items):
    for position, item in enumerate(items):
        if type(item) is PagesSummaryItem:
            items[position] = SectionPagesSummaryItem(request)


@hooks.register("construct_main_menu")
def open_pages_at_own_section(request, menu_items):
    for position, item in enumerate(menu_items):
        if item.name == "explorer" and type(item) is ExplorerMenuItem:
            menu_items[position] = SectionExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )


@hooks.register("before_edit_page", order=-1)
def submit_translation_for_review(request, page):
    """Before wagtail-localize's own hook, which shows the translation editor."""
    if request.method == "POST" and translation_review.SUBMIT in request.POST:
        return translation_review.submit(request, page)
    return None


@hooks.register("insert_global_admin_css")
def admin_css():
    """Our own parts of the admin (static/css/admin.css): dashboard links big enough to hit."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_global_admin_css")
def status_component_css():
    """The status component looks the same in the admin as on the site (cms/core/status.py)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/status.css"))
