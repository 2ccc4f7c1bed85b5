"""Select lists written by cms/core/formrenderer.py are the markup Django's templates write."""

import re

from django import forms
from django.forms.renderers import DjangoTemplates

from cms.core.formrenderer import Renderer


class Sample(forms.Form):
    region = forms.ChoiceField(
        choices=[("", "Alle regio's"), ("twente", "Twente"), ("x", '<script>"&</script>')],
        help_text="Kies een regio.",
    )
    themes = forms.MultipleChoiceField(
        choices=[("taal", "Taal"), ("werk", "Werk & scholing")], required=False
    )
    grouped = forms.ChoiceField(
        choices=[("Noord", [("fr", "Friesland")]), ("Oost", [("tw", "Twente")])], required=False
    )


def squeeze(html):
    return re.sub(r">\s+<", "><", str(html)).strip()


def test_selects_match_djangos_own_markup():
    data = {"region": "x", "themes": ["werk"], "grouped": "tw"}
    ours = Sample(data, renderer=Renderer())
    django = Sample(data, renderer=DjangoTemplates())
    ours.is_valid(), django.is_valid()
    for name in ("region", "themes", "grouped"):
        assert squeeze(ours[name]) == squeeze(django[name]), name
    html = str(ours["region"])
    assert '<option value="x" selected>&lt;script&gt;&quot;&amp;&lt;/script&gt;</option>' in html
    assert 'aria-describedby="id_region_helptext"' in html and "required" in html


def test_the_site_uses_it(settings):
    assert settings.FORM_RENDERER == "cms.core.formrenderer.Renderer"
