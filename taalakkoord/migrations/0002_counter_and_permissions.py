"""The member-number counter, and what the national team (Moderators) may do here."""

from django.db import migrations

from cms.core.migrationtools import grant

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
    grant(apps, "Moderators", MODERATOR_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("taalakkoord", "0001_initial"),
        ("employers", "0002_profilechange"),
        ("core", "0003_groups_and_workflow"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
