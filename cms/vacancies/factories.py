"""Factories for vacancies (tests, demo content)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from cms.core.models import Region

from .models import VacancyIndexPage, VacancyPage


class VacancyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leerwerkvacatures"
    slug = "vacatures"

    class Meta:
        model = VacancyIndexPage


class VacancyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leerling-monteur {n}")
    employer = "Installatiebedrijf Oost"
    place = "Enschede"
    region = factory.LazyFunction(lambda: Region.objects.get(slug="twente"))
    education_level = "mbo2"
    learning_route = "bbl"
    hours_per_week = 32
    closing_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    intro = "U leert het vak in de praktijk en gaat één dag per week naar school."
    how_to_apply = "<p>Stuur een korte motivatie naar werkenbij@oost.example.</p>"

    class Meta:
        model = VacancyPage
