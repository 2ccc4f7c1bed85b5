"""The desks' workflows and their tasks share one name: "Beoordeling door <desk> of het landelijk
team" (they were "Goedkeuring door …")."""

from django.db import migrations


def forwards(apps, schema_editor):
    Desk = apps.get_model("desks", "LeerwerkloketPage")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    desks = Desk.objects.filter(locale__language_code="nl")
    for workflow_page in WorkflowPage.objects.filter(page__in=desks).select_related(
        "workflow", "page"
    ):
        name = f"Beoordeling door {workflow_page.page.title} of het landelijk team"[:255]
        workflow = workflow_page.workflow
        if workflow.name.startswith("Goedkeuring door "):
            workflow.name = name
            workflow.save(update_fields=["name"])
            Task.objects.filter(workflow_tasks__workflow=workflow).update(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("desks", "0004_help_texts"),
        ("core", "0006_review_names"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
