"""The national team (Moderators) manages ambassadors."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    for action in ("add", "change", "delete", "view"):
        moderators.permissions.add(
            Permission.objects.get(content_type__app_label="ambassadors", codename=f"{action}_ambassador")
        )


class Migration(migrations.Migration):
    dependencies = [("ambassadors", "0001_initial"), ("core", "0003_groups_and_workflow")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
