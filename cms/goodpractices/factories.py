import datetime

import factory
import wagtail_factories

from cms.core.models import Region
from cms.standardpages.factories import paragraphs

from .models import GoodPracticeIndexPage, GoodPracticePage


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"

    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    region = factory.LazyFunction(lambda: Region.objects.get(slug="twente"))
    publication_date = factory.Sequence(
        lambda n: datetime.date(2022, 1, 1) + datetime.timedelta(days=n)
    )
    intro = "Zo pakt deze regio het aan."
    body = factory.LazyFunction(lambda: paragraphs("Het verhaal van deze aanpak."))

    class Meta:
        model = GoodPracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, themes, **kwargs):
        if create and themes:
            self.themes.set(themes)
            self.save_revision().publish()
