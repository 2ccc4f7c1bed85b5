"""The national team (Moderators) sees every region; desk staff only their own."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_moderators(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        Permission.objects.get(content_type__app_label="taalakkoord", codename="view_all_regions")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("taalakkoord", "0003_certificates"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="commitment",
            options={
                "permissions": [
                    ("review_commitment", "Can approve or reject commitments"),
                    ("view_all_regions", "Can see the members and figures of every region"),
                ],
                "verbose_name": "commitment",
                "verbose_name_plural": "commitments",
            },
        ),
        migrations.RunPython(grant_moderators, migrations.RunPython.noop),
    ]
