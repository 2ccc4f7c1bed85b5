import datetime

import factory
import wagtail_factories

from cms.standardpages.factories import paragraphs

from .models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    intro = "Nieuws van de Leerwerkloketten."
    body = factory.LazyFunction(lambda: paragraphs("Meer over dit nieuws."))

    class Meta:
        model = NewsPage
