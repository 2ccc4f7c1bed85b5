"""Site search with Wagtail's database backend."""

import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .models import Region
from .pagecache import kept
from .stemming import stems
from .translations import TRANSLATED


def searchable_types():
    """The page types a visitor can narrow the search to, as (key, model, label)."""
    from cms.goodpractices.models import GoodPracticePage
    from cms.news.models import NewsPage
    from cms.standardpages.models import ContentPage

    return [
        ("news", NewsPage, _("News")),
        ("practice", GoodPracticePage, _("Good practices")),
        ("page", ContentPage, _("Information pages")),
    ]


WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        help_text=_("Only good practices have a region."),
    )

    def clean_q(self):
        """Words only: quotes, brackets and colons mean something to the search backends (SQLite's
        full-text search fails on them) but nothing to a visitor looking for a page."""
        return " ".join(WORD.findall(self.cleaned_data["q"]))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Everything"))] + [
            (key, label) for key, _model, label in searchable_types()
        ]
        self.fields["region"].choices = [("", _("All regions"))] + region_choices()


def run_search(data):
    """Search live, public pages in the active language; a region narrows to regional types."""
    models = {key: model for key, model, _label in searchable_types()}
    model = models.get(data.get("type") or "", Page)
    region_slug = data.get("region")
    if region_slug:
        from cms.goodpractices.models import GoodPracticePage

        if model is Page:
            model = GoodPracticePage
        if any(field.name == "region" for field in model._meta.fields):
            region = Region.objects.filter(slug=region_slug).first()
            queryset = model.objects.filter(region=region)
        else:
            queryset = model.objects.none()
    else:
        queryset = model.objects.all()
    locale = Locale.get_active()
    queryset = queryset.live().public().filter(locale=locale).exclude(depth__lte=1)
    return queryset.exclude(id__in=hidden_ids(locale)).search(
        query_for(data["q"], locale.language_code), operator="and"
    )


def query_for(words, language_code):
    """What was typed, or the stems of the same words: "opleidingen" finds "opleiding" too."""
    from wagtail.search.query import Or, PlainText

    stemmed = " ".join(stems(words, language_code))
    if not stemmed or stemmed == words.lower():
        return PlainText(words, operator="and")
    return Or([PlainText(words, operator="and"), PlainText(stemmed, operator="and")])


def region_choices():
    """(slug, name) of every region, kept per data version."""
    return kept("search-regions", lambda: list(Region.objects.values_list("slug", "name")))


def hidden_ids(locale):
    """Pages a search leaves out, kept per data version and day: vacancies past their closing
    date (as they leave listings), and pages not translated yet (they show Dutch text, so an
    English search leaves them out)."""
    from cms.vacancies.models import VacancyPage

    def find():
        untranslated = Page.objects.filter(locale=locale).exclude(TRANSLATED)
        return [
            *VacancyPage.objects.closed().values_list("pk", flat=True),
            *untranslated.values_list("pk", flat=True),
        ]

    return kept(f"search-hidden:{locale.pk}:{timezone.localdate()}", find)


def specific_in_order(pages):
    """Turn one page of search results into their specific types with one query per type; their
    regions come from the cache."""
    pages = list(pages)
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    results = [specific.get(page.pk, page) for page in pages]
    regions = kept("search-region-objects", Region.objects.in_bulk)
    for page in results:
        if getattr(page, "region_id", None) in regions:
            page.region = regions[page.region_id]
    return results
