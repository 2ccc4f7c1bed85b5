"""The member-number counter, and what the national team (Moderators) may do here."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_PERMISSIONS = [
    ("taalakkoord", "view_commitment"),
    ("taalakkoord", "change_commitment"),
    ("taalakkoord", "review_commitment"),
    ("taalakkoord", "add_measure"),
    ("taalakkoord", "change_measure"),
    ("taalakkoord", "delete_measure"),
    ("taalakkoord", "view_measure"),
    ("taalakkoord", "add_declaration"),
    ("taalakkoord", "change_declaration"),
    ("taalakkoord", "view_declaration"),
    ("taalakkoord", "change_taalakkoordsettings"),
    ("taalakkoord", "view_progressreport"),
    ("employers", "view_profilechange"),
    ("employers", "change_profilechange"),
]


def forwards(apps, schema_editor):
    apps.get_model("taalakkoord", "MemberNumberCounter").objects.get_or_create(pk=1)
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    for app_label, codename in MODERATOR_PERMISSIONS:
        moderators.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("taalakkoord", "0001_initial"),
        ("employers", "0002_profilechange"),
        ("core", "0003_groups_and_workflow"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
