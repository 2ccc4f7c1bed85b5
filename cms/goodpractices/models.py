"""Good practices (praktijkvoorbeelden): how a region tackles learning and working."""

import functools

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.models import Locale, Orderable
from wagtail.search import index

from cms.core.blocks import ALT_TEXT_HELP, BaseContentBlock, LinkBlock, TipsBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage, Theme
from cms.core.utils import paginate

from .forms import GoodPracticeFilterForm


class GoodPracticeIndexPage(BasePage):
    """Lists good practices, filtered by region and theme through the address bar."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "desks.LeerwerkloketPage"]
    subpage_types = ["goodpractices.GoodPracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practices overview")

    def practices(self):
        return (
            GoodPracticePage.objects.live()
            .public()
            .child_of(self)
            .select_related("region", "image")
            .prefetch_related("image__renditions", "themes")
            .order_by("-publication_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = GoodPracticeFilterForm(request.GET or None)
        context["filter_form"] = form
        # Filtered, counted and fetched only when the template renders the list: a kept list
        # asks nothing.
        context["items"] = functools.cache(
            lambda: paginate(request, form.filter(self.practices()).distinct())
        )
        context["is_filtered"] = lambda: (
            form.is_bound and form.is_valid() and any(form.cleaned_data.values())
        )
        return context


class GoodPracticeContact(Orderable):
    """A contact person placed on one good practice; the editor decides what is shown."""

    page = ParentalKey("goodpractices.GoodPracticePage", related_name="contacts")
    person = models.ForeignKey(
        "core.ContactPerson", on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )
    show_email = models.BooleanField(_("show email address"), default=True)
    show_phone = models.BooleanField(_("show phone number"), default=False)

    panels = [FieldPanel("person"), FieldPanel("show_email"), FieldPanel("show_phone")]


class GoodPracticeMember(Orderable):
    """A Taalakkoord member a good practice is about; the story shows on the member's profile."""

    page = ParentalKey("goodpractices.GoodPracticePage", related_name="member_links")
    organisation = models.ForeignKey(
        "employers.Organisation",
        on_delete=models.CASCADE,
        related_name="good_practice_links",
        verbose_name=_("member"),
    )

    panels = [FieldPanel("organisation")]


class GoodPracticeAmbassador(Orderable):
    """An ambassador who appears in a good practice; the story shows on their profile."""

    page = ParentalKey("goodpractices.GoodPracticePage", related_name="ambassador_links")
    ambassador = models.ForeignKey(
        "ambassadors.Ambassador",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("ambassador"),
    )

    panels = [FieldPanel("ambassador")]


class GoodPracticePage(BasePage):
    """One good practice: the approach of a region, with tips, contacts and downloads."""

    editor_shortcut_label = _("Write a good practice")

    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        related_name="good_practices",
        verbose_name=_("region"),
    )
    themes = ParentalManyToManyField("core.Theme", blank=True, verbose_name=_("themes"))
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), max_length=600)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(_("alternative text for the image"), max_length=250, blank=True)
    body = StreamField(BaseContentBlock(), verbose_name=_("body"))
    tips = StreamField([("tips", TipsBlock())], blank=True, verbose_name=_("tips"))
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links and downloads"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel(
                    "themes",
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Tick every theme the story is about; visitors filter on them."),
                ),
                FieldPanel("publication_date"),
            ],
            heading=_("Region and themes"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt", help_text=ALT_TEXT_HELP)],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldPanel("tips"),
        InlinePanel("contacts", heading=_("Contact persons"), label=_("Contact person")),
        MultipleChooserPanel(
            "member_links",
            chooser_field_name="organisation",
            heading=_("Taalakkoord members in this story"),
            label=_("Member"),
            help_text=_("The story appears on the public profile of these members."),
        ),
        MultipleChooserPanel(
            "ambassador_links",
            chooser_field_name="ambassador",
            heading=_("Ambassadors in this story"),
            label=_("Ambassador"),
            help_text=_("The story appears on the profile of these ambassadors."),
        ),
        FieldPanel("links"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("tips"),
        index.FilterField("region"),
        index.RelatedFields("region", [index.SearchField("name")]),
    ]
    parent_page_types = ["goodpractices.GoodPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")

    drawing_kind = "practice"

    def drawing_subjects(self):
        """The themes' slugs, when the listing fetched them with the page (no query per card)."""
        if "themes" not in getattr(self, "_prefetched_objects_cache", {}):
            return ()
        return [theme.slug for theme in self.themes.all()]

    def listing_summary(self):
        return self.summary or self.intro

    # The region is shown on the page: read with the page when it is routed (cms/core/routing).
    route_select_related = ("region",)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the contacts and their people, however many there are; asked only when
        # the template renders them (the page's content is kept once rendered).
        context["contacts"] = functools.cache(lambda: list(self.contacts.select_related("person")))
        return context

    def localized_themes(self):
        """Themes in the visitor's language (a page may point at the Dutch originals)."""
        themes = list(self.themes.all())
        translations = Theme.objects.filter(
            translation_key__in=[theme.translation_key for theme in themes],
            locale=Locale.get_active(),
        )
        by_key = {theme.translation_key: theme for theme in translations}
        return [by_key.get(theme.translation_key, theme) for theme in themes]
