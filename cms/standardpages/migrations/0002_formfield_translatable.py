"""Form fields become translatable (wagtail-localize translates their labels, help texts and
choices with the page). Existing fields take their page's language and a key of their own."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_locale_and_key(apps, schema_editor):
    FormField = apps.get_model("standardpages", "FormField")
    for field in FormField.objects.select_related("page"):
        field.locale_id = field.page.locale_id
        field.translation_key = uuid.uuid4()
        field.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("standardpages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="formfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="formfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_locale_and_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="formfield",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="formfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="formfield", unique_together={("translation_key", "locale")}
        ),
    ]
