"""The national team (Moderators) manages ambassadors."""

from django.db import migrations

from cms.core.migrationtools import grant


def forwards(apps, schema_editor):
    grant(
        apps,
        "Moderators",
        [("ambassadors", f"{action}_ambassador") for action in ("add", "change", "delete", "view")],
    )


class Migration(migrations.Migration):
    dependencies = [("ambassadors", "0001_initial"), ("core", "0003_groups_and_workflow")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
