"""One name for the national review: the workflow and its task are both "Beoordeling door het
landelijk team" (they were "Goedkeuring door …" and "Controle door …", so the submit button and
the resubmit button named two different steps)."""

from django.db import migrations

NAME = "Beoordeling door het landelijk team"
OLD_NAMES = ["Goedkeuring door het landelijk team", "Controle door het landelijk team"]


def forwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    root = Page.objects.filter(depth=1).first()
    workflow_page = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if workflow_page is None:
        return
    workflow = workflow_page.workflow
    if workflow.name in OLD_NAMES:
        workflow.name = NAME
        workflow.save(update_fields=["name"])
    Task.objects.filter(
        workflow_tasks__workflow=workflow, name__in=OLD_NAMES
    ).update(name=NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_region_staff_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
