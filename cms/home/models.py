"""The home page of the national site (one per language)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import ALT_TEXT_HELP, CallToActionBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage

LATEST_NEWS_COUNT = 3


class HomePageFeaturedPractice(Orderable):
    page = ParentalKey("home.HomePage", related_name="featured_practices")
    practice = models.ForeignKey(
        "goodpractices.GoodPracticePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("good practice"),
    )

    panels = [FieldPanel("practice")]


class HomePage(BasePage):
    """Landing page: an introduction, calls to action, latest news and featured practices."""

    hero_title = models.CharField(_("main heading"), max_length=120)
    intro = models.TextField(_("introduction"), max_length=500)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    hero_image_alt = models.CharField(
        _("alternative text for the image"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty only when the image is decoration."),
    )
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=4,
        verbose_name=_("calls to action"),
    )
    news_heading = models.CharField(_("news heading"), max_length=120, default="Nieuws")
    practices_heading = models.CharField(
        _("good practices heading"), max_length=120, default="Praktijkvoorbeelden"
    )
    extra_body = StreamField(
        [("paragraph", blocks.RichTextBlock(features=["bold", "italic", "link"]))],
        blank=True,
        verbose_name=_("extra text"),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt", help_text=ALT_TEXT_HELP),
            ],
            heading=_("Top of the page"),
        ),
        FieldPanel("calls_to_action"),
        FieldPanel("news_heading"),
        FieldPanel("practices_heading"),
        InlinePanel("featured_practices", label=_("Featured good practices"), max_num=3),
        FieldPanel("extra_body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "standardpages.ContentPage",
        "standardpages.FormPage",
        "news.NewsIndexPage",
        "goodpractices.GoodPracticeIndexPage",
        "taalakkoord.MemberDirectoryPage",
        "taalakkoord.ResultsPage",
        "taalakkoord.EventIndexPage",
        "ambassadors.AmbassadorIndexPage",
        "desks.RegionsIndexPage",
        "vacancies.VacancyIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def latest_news(self):
        from cms.news.models import NewsPage

        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")[:LATEST_NEWS_COUNT]
        )

    def featured(self):
        """The featured practices, each in this page's language where it has a version there (a
        translated home page still points at the practices chosen on the Dutch one)."""
        from cms.goodpractices.models import GoodPracticePage

        chosen = [
            item.practice
            for item in self.featured_practices.select_related(
                "practice", "practice__region", "practice__image"
            )
            if item.practice.live
        ]
        if not chosen or all(practice.locale_id == self.locale_id for practice in chosen):
            return chosen
        local = GoodPracticePage.objects.live().filter(
            locale_id=self.locale_id, translation_key__in=[p.translation_key for p in chosen]
        )
        by_key = {p.translation_key: p for p in local.select_related("region", "image")}
        return [by_key.get(practice.translation_key, practice) for practice in chosen]
