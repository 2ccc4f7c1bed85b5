"""Factories for desk pages (tests, demo content)."""

import factory
import wagtail_factories

from cms.core.models import Region

from .models import LeerwerkloketPage, RegionsIndexPage


class RegionsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leerwerkloketten"
    slug = "leerwerkloketten"

    class Meta:
        model = RegionsIndexPage


class LeerwerkloketPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"Leerwerkloket {page.region.name}")
    slug = factory.LazyAttribute(lambda page: page.region.slug)
    region = factory.LazyFunction(lambda: Region.objects.get(slug="twente"))
    intro = "Gratis en onafhankelijk advies over leren en werken."
    email = factory.LazyAttribute(lambda page: f"info@{page.region.slug}.leerwerkloket.example")
    phone = "053 123 45 67"

    class Meta:
        model = LeerwerkloketPage
