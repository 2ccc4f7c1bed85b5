"""The national team (Moderators) sees every region; desk staff only their own."""

from django.db import migrations

from cms.core.migrationtools import grant


def grant_moderators(apps, schema_editor):
    grant(apps, "Moderators", [("taalakkoord", "view_all_regions")])


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
