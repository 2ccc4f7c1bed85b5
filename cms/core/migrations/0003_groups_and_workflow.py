"""Editors and Moderators (the national team) with the permissions that make review real.

Editors may add and change pages but not publish them: they submit for moderation. Moderators
approve, publish and manage locks. Both manage the shared snippets and media. The moderation
workflow at the root of the tree routes every submission to the Moderators group.
"""

from django.db import migrations

from cms.core.migrationtools import ensure_permissions_exist

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Beoordeling door het landelijk team"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
SNIPPET_MODELS = [("core", "theme"), ("core", "contactperson"), ("core", "navigation")]
SNIPPET_ACTIONS = ["add", "change", "delete", "view"]


def forwards(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root = Page.objects.get(depth=1)
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(admin_access)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        # Editors must not publish, whatever an earlier setup gave them.
        if name == EDITORS:
            GroupPagePermission.objects.filter(
                group=group, permission__codename="publish_page"
            ).delete()
        for app_label, model in SNIPPET_MODELS:
            for action in SNIPPET_ACTIONS:
                group.permissions.add(
                    Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
                )

    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Beoordeling door het landelijk team").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Beoordeling door het landelijk team", content_type=task_type, active=True
        )
    task.groups.set([groups[MODERATORS]])

    workflow_page = WorkflowPage.objects.filter(page=root).first()
    workflow = workflow_page.workflow if workflow_page else Workflow.objects.create(name=WORKFLOW_NAME)
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).delete()
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if workflow_page is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_regions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
