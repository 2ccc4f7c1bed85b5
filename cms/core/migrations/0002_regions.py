"""Create the 35 Dutch labour-market regions (arbeidsmarktregio's)."""

from django.db import migrations
from django.utils.text import slugify

REGIONS = [
    (1, "Groningen", "Groningen"),
    (2, "Friesland", "Friesland"),
    (3, "Drenthe", "Drenthe"),
    (4, "Noord-Holland Noord", "Noord-Holland"),
    (5, "Regio Zwolle", "Overijssel"),
    (6, "Flevoland", "Flevoland"),
    (7, "Zaanstreek/Waterland", "Noord-Holland"),
    (8, "Zuid-Kennemerland en IJmond", "Noord-Holland"),
    (9, "Stedendriehoek en Noordwest Veluwe", "Gelderland"),
    (10, "Groot Amsterdam", "Noord-Holland"),
    (11, "Twente", "Overijssel"),
    (12, "Gooi en Vechtstreek", "Noord-Holland"),
    (13, "Holland Rijnland", "Zuid-Holland"),
    (14, "Amersfoort", "Utrecht"),
    (15, "Midden-Utrecht", "Utrecht"),
    (16, "Food Valley", "Gelderland"),
    (17, "Zuid-Holland Centraal", "Zuid-Holland"),
    (18, "Haaglanden", "Zuid-Holland"),
    (19, "Achterhoek", "Gelderland"),
    (20, "Midden-Holland", "Zuid-Holland"),
    (21, "Midden-Gelderland", "Gelderland"),
    (22, "Gorinchem", "Zuid-Holland"),
    (23, "Rivierenland", "Gelderland"),
    (24, "Rijk van Nijmegen", "Gelderland"),
    (25, "Drechtsteden", "Zuid-Holland"),
    (26, "Rijnmond", "Zuid-Holland"),
    (27, "Noordoost-Brabant", "Noord-Brabant"),
    (28, "West-Brabant", "Noord-Brabant"),
    (29, "Zeeland", "Zeeland"),
    (30, "Midden-Brabant", "Noord-Brabant"),
    (31, "Noord-Limburg", "Limburg"),
    (32, "Helmond-De Peel", "Noord-Brabant"),
    (33, "Zuidoost-Brabant", "Noord-Brabant"),
    (34, "Midden-Limburg", "Limburg"),
    (35, "Zuid-Limburg", "Limburg"),
]


def create_regions(apps, schema_editor):
    Region = apps.get_model("core", "Region")
    for number, name, province in REGIONS:
        Region.objects.update_or_create(
            number=number, defaults={"name": name, "slug": slugify(name), "province": province}
        )


def remove_regions(apps, schema_editor):
    apps.get_model("core", "Region").objects.filter(number__in=[r[0] for r in REGIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(create_regions, remove_regions)]
