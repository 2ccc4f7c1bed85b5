"""Each desk gets its own editors and moderators, page permissions on its section only, and a
workflow in which the desk's moderators or the national team approve.

`provision` runs after every save of a desk page (and of its translations). It only adds what is
missing, so saving, publishing or translating again changes nothing.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

NATIONAL_MODERATORS = "Moderators"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def advice_permissions():
    """Desk staff view and handle their desk's advice requests (never add them)."""
    return [
        _permission("desks", "view_advicerequest"),
        _permission("desks", "change_advicerequest"),
    ]


COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def group_names(desk):
    """Named after the desk in the site's main language, whatever language the admin uses."""
    name = (desk.get_translation_or_none(desk.locale.get_default()) or desk).title
    with translation.override(settings.LANGUAGE_CODE):
        return _("%(desk)s: editors") % {"desk": name}, _("%(desk)s: moderators") % {"desk": name}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups(desk):
    """The desk's two groups, made the first time; shared by all its translations."""
    if desk.editors_group_id and desk.moderators_group_id:
        return desk.editors_group, desk.moderators_group
    sibling = (
        type(desk)
        .objects.filter(translation_key=desk.translation_key, editors_group__isnull=False)
        .exclude(pk=desk.pk)
        .first()
    )
    if sibling:
        editors, moderators = sibling.editors_group, sibling.moderators_group
    else:
        editors_name, moderators_name = group_names(desk)
        editors, _created = Group.objects.get_or_create(name=editors_name)
        moderators, _created = Group.objects.get_or_create(name=moderators_name)
        access = _permission("wagtailadmin", "access_admin")
        root = Collection.get_first_root_node()
        for group in (editors, moderators):
            group.permissions.add(access)
            for app_label, codename in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=_permission(app_label, codename)
                )
    type(desk).objects.filter(pk=desk.pk).update(editors_group=editors, moderators_group=moderators)
    desk.editors_group, desk.moderators_group = editors, moderators
    return editors, moderators


def ensure_page_permissions(desk, editors, moderators):
    for group, codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS),
    ):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=desk, permission=_permission("wagtailcore", codename)
            )


def ensure_workflow(desk, moderators):
    """Submissions in this desk's section go to its moderators or the national team.

    The workflow and its one task share a name, so every button names the same step.

    Translations of a desk share the workflow of the first one.
    """
    if WorkflowPage.objects.filter(page=desk).exists():
        return
    sibling = (
        WorkflowPage.objects.filter(page__translation_key=desk.translation_key)
        .select_related("workflow")
        .first()
    )
    if sibling:
        WorkflowPage.objects.create(page=desk, workflow=sibling.workflow)
        return
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Review by %(desk)s or the national team") % {"desk": desk.title}
    task = GroupApprovalTask.objects.create(name=name[:255], active=True)
    task.groups.set([moderators, *Group.objects.filter(name=NATIONAL_MODERATORS)])
    workflow = Workflow.objects.create(name=name[:255], active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=desk, workflow=workflow)


def provision(desk):
    editors, moderators = ensure_groups(desk)
    ensure_page_permissions(desk, editors, moderators)
    for group in (editors, moderators):
        group.permissions.add(*advice_permissions())
    ensure_workflow(desk, moderators)
    # Desk staff see their own region in the Taalakkoord progress monitor.
    desk.region.staff_groups.add(editors, moderators)


def _after_save(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk and instance.path:
        provision(instance)


def connect():
    from .models import LeerwerkloketPage

    post_save.connect(_after_save, sender=LeerwerkloketPage, dispatch_uid="desk-provisioning")
