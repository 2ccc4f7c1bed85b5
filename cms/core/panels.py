"""Where an editor starts: their own section of the site, and a dashboard panel that opens the
work (write something new there, finish a draft, follow what is in review).

A desk's staff work in their desk's section; the national team and national editors, whose
permissions start at the tree's root, in the national home page: the root itself holds no page a
visitor can reach, so the admin never opens there.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Site, TaskState, WorkflowState
from wagtail.permissions import policy_registry

DRAFTS_SHOWN = 8


def own_section(user):
    """The page at the top of the part of the tree `user` works on, or None.

    A desk's groups hold permissions on the desk in each language, so Wagtail's own answer (the
    pages' common ancestor) is the tree's root; the desk in the site's main language is meant.
    The menu, the page count and the start panel all ask on each admin page: the answer is kept
    on the user object, which lives as long as the request.
    """
    if not hasattr(user, "_own_section"):
        user._own_section = _own_section(user)
    return user._own_section


def _own_section(user):
    root = policy_registry.get_by_type(Page).explorable_root_instance(user)
    if root is None or not root.is_root():
        return root
    granted = list(
        Page.objects.filter(group_permissions__group__user=user)
        .distinct()
        .only("pk", "depth", "locale_id", "translation_key", "title", "path")
    )
    if not user.is_superuser and granted and not any(page.is_root() for page in granted):
        main = [page for page in granted if page.locale_id == Locale.get_default().pk]
        if len(main) == 1:
            return main[0]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page if site else root


def shortcuts(user, section):
    """(label, address) of each kind of page the section takes new items of: a news item in its
    news overview, a good practice in its overview, a vacancy in its vacancies. A page type
    offers a shortcut by naming it in `editor_shortcut_label`."""
    indexes = section.get_children().specific().order_by("path")
    links = []
    for index in indexes:
        if not index.permissions_for_user(user).can_add_subpage():
            continue
        for model in index.specific_class.allowed_subpage_models():
            label = getattr(model, "editor_shortcut_label", None)
            if label:
                meta = model._meta
                address = reverse(
                    "wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, index.pk)
                )
                links.append((label, address))
    return links


class StartPanel(Component):
    """The first panel an editor sees: shortcuts, their drafts, their pages in review."""

    name = "editor_start"
    template_name = "core/editor_start_panel.html"
    order = 50

    def __init__(self, user, section):
        self.user = user
        self.section = section

    def get_context_data(self, parent_context):
        active = WorkflowState.objects.active().filter(
            requested_by=self.user, base_content_type=ContentType.objects.get_for_model(Page)
        )
        states = dict(active.values_list("object_id", "status"))
        pending = [int(pk) for pk in states]
        drafts = (
            Page.objects.filter(latest_revision__user=self.user, has_unpublished_changes=True)
            .exclude(pk__in=pending)
            .order_by("-latest_revision_created_at")[:DRAFTS_SHOWN]
        )
        pages = Page.objects.filter(pk__in=pending).order_by("-latest_revision_created_at")
        # The comment of each change request, newest last so it wins: one query for all pages.
        comments = dict(
            TaskState.objects.filter(
                workflow_state__in=active.filter(status=WorkflowState.STATUS_NEEDS_CHANGES),
                status=TaskState.STATUS_REJECTED,
            )
            .order_by("finished_at")
            .values_list("workflow_state__object_id", "comment")
        )
        review, changes = [], []
        for page in pages[: DRAFTS_SHOWN * 2]:
            if states[str(page.pk)] == WorkflowState.STATUS_NEEDS_CHANGES:
                page.change_request = comments.get(str(page.pk), "")
                changes.append(page)
            else:
                review.append(page)
        return {
            "section": self.section,
            "shortcuts": shortcuts(self.user, self.section),
            "drafts": list(drafts),
            "in_review": review[:DRAFTS_SHOWN],
            "changes_requested": changes[:DRAFTS_SHOWN],
        }


class SectionPagesSummaryItem(PagesSummaryItem):
    """ "N Pagina's" on the dashboard counts the pages of the user's own section."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        section = own_section(self.request.user)
        if section is not None and not section.is_root():
            context["root_page"] = section
            context["total_pages"] = Page.objects.descendant_of(section, inclusive=True).count()
        return context


def start_panel_for(user):
    section = own_section(user)
    return StartPanel(user, section) if section is not None else None
