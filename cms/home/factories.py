import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Leren en Werken"
    hero_title = "Leren en werken in uw regio"
    intro = "Gratis en onafhankelijk advies over leren en werken."

    class Meta:
        model = HomePage
