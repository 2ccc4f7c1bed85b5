"""English as the second language, its page tree kept in sync with the Dutch one."""

from django.db import migrations


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    dutch, _created = Locale.objects.get_or_create(language_code="nl")
    english, _created = Locale.objects.get_or_create(language_code="en")
    LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": dutch})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_groups_and_workflow"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
