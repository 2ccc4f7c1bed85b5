"""News: an index per language with a paginated listing and feeds, and the news items."""

import functools

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import ALT_TEXT_HELP, BaseContentBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage
from cms.core.utils import paginate


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists news newest first, ten per page, with RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "desks.LeerwerkloketPage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news overview")

    def news_items(self):
        return (
            NewsPage.objects.live()
            .public()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions", "tagged_items__tag")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        tag = request.GET.get("tag", "").strip()
        if tag:
            items = items.filter(tags__name=tag)
        context["tag"] = tag
        # Counted and fetched only when the template renders the list: a kept list asks nothing.
        context["items"] = functools.cache(lambda: paginate(request, items))
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsAmbassador(Orderable):
    """An ambassador who appears in a news item; the item shows on their profile."""

    page = ParentalKey("news.NewsPage", related_name="ambassador_links")
    ambassador = models.ForeignKey(
        "ambassadors.Ambassador",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("ambassador"),
    )

    panels = [FieldPanel("ambassador")]


class NewsPage(BasePage):
    """One news item."""

    editor_shortcut_label = _("Write a news item")

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("alternative text for the image"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows. Leave empty only when it is decoration."),
    )
    body = StreamField(BaseContentBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt", help_text=ALT_TEXT_HELP)],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultipleChooserPanel(
            "ambassador_links",
            chooser_field_name="ambassador",
            heading=_("Ambassadors in this story"),
            label=_("Ambassador"),
            help_text=_("The news item appears on the profile of these ambassadors."),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")

    drawing_kind = "news"

    def drawing_subjects(self):
        """The tags, when the listing fetched them with the page (no query per card)."""
        if "tagged_items" not in getattr(self, "_prefetched_objects_cache", {}):
            return ()
        return [item.tag.name for item in self.tagged_items.all()]

    def listing_summary(self):
        return self.summary or self.intro
