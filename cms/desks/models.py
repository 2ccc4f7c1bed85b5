"""The regional Leerwerkloketten: an overview of all desks, and a section per desk."""

import functools

from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import BaseContentBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage, Region
from cms.core.regionmap import build_region_map
from cms.core.utils import made_when_used


class RegionsIndexPage(BasePage):
    """All Leerwerkloketten, grouped by province, each with its labour-market region."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["desks.LeerwerkloketPage", "desks.AdviceRequestPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Leerwerkloketten overview")

    def desks(self):
        return (
            LeerwerkloketPage.objects.live()
            .public()
            .child_of(self)
            .select_related("region")
            .order_by("region__province", "region__name", "title")
        )

    def listing(self, request):
        """The desks by province, and the map whose tiles lead to them."""
        desks = list(self.desks())
        provinces = {}
        for desk in desks:
            provinces.setdefault(desk.region.province or _("Other"), []).append(desk)
        hrefs = {}  # each region's tile leads to its (first) desk
        for desk in desks:
            hrefs.setdefault(desk.region.slug, desk.get_url(request))
        return {
            "provinces": sorted(provinces.items(), key=lambda item: str(item[0])),
            "region_map": build_region_map(Region.objects.all(), hrefs=hrefs),
        }

    def get_context(self, request, *args, **kwargs):
        from .forms import DeskFinderForm

        context = super().get_context(request, *args, **kwargs)
        # The list, the map and the advice page are made only when the template renders them:
        # a page whose overview part is kept ({% kept %}) asks no queries for them.
        context.update(made_when_used(lambda: self.listing(request), ("provinces", "region_map")))
        context["advice_page"] = functools.cache(
            lambda: AdviceRequestPage.objects.live().public().child_of(self).first()
        )
        if DeskFinderForm.base_fields.keys() & request.GET.keys():
            finder = DeskFinderForm(request.GET)
            if finder.is_valid():
                place = finder.cleaned_data["gemeente"]
                context["found"] = {
                    "place": place,
                    "desk": next((d for d in self.desks() if d.region.name == place.region), None),
                }
            else:
                # Names like the one typed, as links: one click instead of retyping.
                context["suggestions"] = finder.fields["gemeente"].offered
        else:
            finder = DeskFinderForm()
        context["finder_form"] = finder
        return context


class PartnerKind(models.TextChoices):
    UWV = "uwv", _("UWV")
    MUNICIPALITY = "gemeente", _("Municipality")
    SCHOOL = "onderwijs", _("School or training provider")
    EMPLOYERS = "werkgevers", _("Employers")
    OTHER = "overig", _("Other")


class DeskPartner(Orderable):
    """An organisation the desk works with, such as UWV, a municipality or an ROC."""

    page = ParentalKey("desks.LeerwerkloketPage", related_name="partners")
    name = models.CharField(
        _("name"), max_length=150, help_text=_("As visitors know it, for example “UWV Enschede”.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnerKind.choices,
        help_text=_("Shown in brackets after the name on the desk page."),
    )
    url = models.URLField(
        _("website"), blank=True, help_text=_("Optional: the name becomes a link to this address.")
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("url")]

    def __str__(self):
        return self.name


class AdviceFormMixin:
    """A page that shows the advice request form; posting it saves the request."""

    def advice_region(self):
        """The region requests from this page go to; None lets the visitor choose."""
        return None

    def serve(self, request, *args, **kwargs):
        from .views import advice_form_response

        return advice_form_response(self, request, *args, region=self.advice_region(), **kwargs)


class LeerwerkloketPage(AdviceFormMixin, BasePage):
    """One regional desk: how to reach it, its partners, and its own section of the site.

    Creating a desk gives it an editors' and a moderators' group whose page permissions cover
    only this section, and a workflow in which the desk's moderators or the national team
    approve (see `provisioning`).
    """

    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        related_name="desks",
        verbose_name=_("labour-market region"),
        help_text=_(
            "The region this desk serves. Advice requests from the region come here, and the "
            "region's good practices and vacancies show on the desk page."
        ),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Who the desk helps and with what, in one or two sentences. Shown at the top."),
    )
    body = StreamField(
        BaseContentBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("More about the desk: what is special in this region, how a talk goes."),
    )
    visiting_address = models.TextField(
        _("visiting address"),
        blank=True,
        max_length=300,
        help_text=_("Street and number on the first line, postcode and place on the second."),
    )
    opening_hours = models.TextField(
        _("opening hours"), blank=True, max_length=300, help_text=_("One line per day or period.")
    )
    phone_hours = models.TextField(
        _("phone hours"),
        blank=True,
        max_length=300,
        help_text=_("When the phone number below is answered. One line per day or period."),
    )
    email = models.EmailField(
        _("email address"),
        help_text=_(
            "Shown on the desk page. Advice requests for this region are sent to this address."
        ),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=30,
        blank=True,
        help_text=_("As people dial it, for example 053 700 45 67."),
    )
    plus_pilot = models.BooleanField(
        _("Leerwerkloket Plus"),
        default=False,
        help_text=_("One of the Plus pilots that started on 6 June 2019."),
    )
    editors_group = models.ForeignKey(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    moderators_group = models.ForeignKey(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("region"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("visiting_address"),
                FieldPanel("opening_hours"),
                FieldPanel("phone_hours"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("How to reach the desk"),
        ),
        FieldPanel("plus_pilot"),
        FieldPanel("body"),
        InlinePanel("partners", label=_("Partners")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("region"),
        index.RelatedFields("region", [index.SearchField("name")]),
    ]
    parent_page_types = ["desks.RegionsIndexPage"]
    subpage_types = [
        "news.NewsIndexPage",
        "goodpractices.GoodPracticeIndexPage",
        "vacancies.VacancyIndexPage",
        "standardpages.ContentPage",
        "taalakkoord.EventIndexPage",
    ]

    class Meta:
        verbose_name = _("Leerwerkloket")

    drawing_kind = "desk"

    def listing_summary(self):
        return self.summary or self.intro

    def news(self, count=3):
        """The desk's own news, newest first."""
        from cms.news.models import NewsPage

        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related("image__renditions", "tagged_items__tag")
            .order_by("-date", "-pk")[:count]
        )

    def good_practices(self, count=3):
        """Good practices from this desk's region, wherever in the site they were published."""
        from cms.goodpractices.models import GoodPracticePage

        return (
            GoodPracticePage.objects.live()
            .public()
            .filter(region=self.region, locale=self.locale)
            .select_related("region", "image")
            .prefetch_related("image__renditions", "themes")
            .order_by("-publication_date", "-pk")[:count]
        )

    def vacancies(self, count=5):
        """Open vacancies in this desk's region, closing soonest first."""
        from cms.vacancies.models import VacancyPage

        return (
            VacancyPage.objects.live()
            .public()
            .filter(region=self.region, locale=self.locale)
            .open()
            .order_by("closing_date", "title")[:count]
        )

    def vacancy_index(self):
        from cms.vacancies.models import VacancyIndexPage

        return VacancyIndexPage.objects.live().child_of(self).first()

    def advice_region(self):
        return self.region

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["vacancies"] = self.vacancies()
        context["vacancy_index"] = functools.cache(self.vacancy_index)  # made when shown
        context["partners"] = self.partners.all()
        context["news_items"] = self.news()
        context["practices"] = self.good_practices()
        return context


class AdviceRequestPage(AdviceFormMixin, BasePage):
    """The national form: the visitor picks their region, and the request goes to its desk."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "desks.RegionsIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("advice request form")


class ContactPreference(models.TextChoices):
    PHONE = "telefoon", _("By phone")
    VIDEO = "video", _("By video call")
    DESK = "loket", _("At the desk")


class AdviceStatus(models.TextChoices):
    NEW = "nieuw", _("New")
    CONTACTED = "contact", _("Contacted")
    CLOSED = "afgehandeld", _("Closed")


class AdviceRequest(models.Model):
    """A citizen asks a desk for an advice conversation. Kept only as long as the settings say."""

    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        related_name="advice_requests",
        verbose_name=_("region"),
    )
    desk = models.ForeignKey(
        LeerwerkloketPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="advice_requests",
        verbose_name=_("desk"),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    contact_preference = models.CharField(
        _("how to talk"), max_length=20, choices=ContactPreference.choices
    )
    question = models.TextField(_("question"), max_length=2000)
    place = models.CharField(
        _("municipality or place"),
        max_length=100,
        blank=True,
        help_text=_("Where the person lives, as typed on the national form."),
    )
    language = models.CharField(_("language"), max_length=5, default="nl")
    status = models.CharField(
        _("status"), max_length=20, choices=AdviceStatus.choices, default=AdviceStatus.NEW
    )
    staff_notes = models.TextField(
        _("notes for the desk"),
        blank=True,
        max_length=2000,
        help_text=_("Only desk staff see these notes. They are deleted with the request."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
                FieldPanel("contact_preference", read_only=True),
                FieldPanel("question", read_only=True),
                FieldPanel("region", read_only=True),
                FieldPanel("place", read_only=True),
                FieldPanel("created_at", read_only=True),
            ],
            heading=_("The request"),
        ),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("advice request")
        verbose_name_plural = _("advice requests")

    def __str__(self):
        if not self.created_at:
            return self.name
        return f"{self.name} ({timezone.localtime(self.created_at):%d-%m-%Y})"  # Dutch date
