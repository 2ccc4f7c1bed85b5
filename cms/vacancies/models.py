"""Leerwerkvacatures: jobs in which people learn and work at the same time."""

import functools
import json

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.core.blocks import BaseContentBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage
from cms.core.utils import paginate

from .choices import CREDENTIAL_CATEGORY, EducationLevel, LearningRoute
from .forms import VacancyFilterForm

FULL_TIME_HOURS = 36

# The characters that could end a <script> element or start a comment, escaped for JSON-LD.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


class VacancyQuerySet(PageQuerySet):
    def open(self, today=None):
        """Vacancies whose closing date has not passed: they leave listings on their own."""
        return self.filter(closing_date__gte=today or timezone.localdate())

    def closed(self, today=None):
        return self.filter(closing_date__lt=today or timezone.localdate())


class VacancyIndexPage(BasePage):
    """Vacancies with filters: on the national site all of them, under a desk its region's."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "desks.LeerwerkloketPage"]
    subpage_types = ["vacancies.VacancyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("vacancies overview")

    def desk(self):
        parent = self.get_parent().specific
        return parent if parent.__class__.__name__ == "LeerwerkloketPage" else None

    def vacancies(self):
        queryset = (
            VacancyPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .open()
            .select_related("region")
            .order_by("closing_date", "title")
        )
        desk = self.desk()
        return queryset.filter(region=desk.region) if desk else queryset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        desk = self.desk()
        form = VacancyFilterForm(request.GET or None, show_region=desk is None)
        context["desk"] = desk
        context["filter_form"] = form
        # Filtered, counted and fetched only when the template renders the list: a kept list
        # asks nothing.
        context["items"] = functools.cache(lambda: paginate(request, form.filter(self.vacancies())))
        context["is_filtered"] = lambda: (
            form.is_bound and form.is_valid() and any(form.cleaned_data.values())
        )
        return context


class VacancyPage(BasePage):
    """One vacancy; after its closing date it says so and leaves every listing."""

    editor_shortcut_label = _("Place a vacancy")

    employer = models.CharField(
        _("employer"),
        max_length=150,
        help_text=_("The organisation that offers the job, as applicants know it."),
    )
    place = models.CharField(
        _("place"),
        max_length=100,
        help_text=_("Where the work is done. Shown in listings beside the employer."),
    )
    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        related_name="vacancies",
        verbose_name=_("region"),
        help_text=_(
            "The labour-market region of the place. Visitors filter on it, and the vacancy "
            "shows on that region's desk page."
        ),
    )
    education_level = models.CharField(
        _("education level"),
        max_length=10,
        choices=EducationLevel.choices,
        help_text=_("The level of the course the employee follows. Visitors filter on it."),
    )
    learning_route = models.CharField(
        _("learning route"),
        max_length=10,
        choices=LearningRoute.choices,
        help_text=_(
            "BBL: mostly work with a day of school a week. BOL: mostly school with a work "
            "placement. Visitors filter on it."
        ),
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("hours per week"), help_text=_("Work and school together, as a whole number.")
    )
    closing_date = models.DateField(
        _("closing date"),
        help_text=_(
            "The last day on which people can respond. After it the page says the vacancy has "
            "closed and it leaves every listing and the search."
        ),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_(
            "One or two sentences on what the job is and what you learn. Shown in listings."
        ),
    )
    body = StreamField(
        BaseContentBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("The work, the course and what the employer offers, in short paragraphs."),
    )
    how_to_apply = RichTextField(
        _("how to apply"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What to send, to whom, and whom to call with questions."),
    )

    objects = PageManager.from_queryset(VacancyQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("employer"),
                FieldPanel("place"),
                FieldPanel("region"),
                FieldPanel("education_level"),
                FieldPanel("learning_route"),
                FieldPanel("hours_per_week"),
                FieldPanel("closing_date"),
            ],
            heading=_("The vacancy"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("how_to_apply"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("employer"),
        index.SearchField("place"),
        index.FilterField("region"),
        index.FilterField("closing_date"),
    ]
    parent_page_types = ["vacancies.VacancyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")

    drawing_kind = "vacancy"

    def listing_summary(self):
        return self.summary or self.intro

    @property
    def is_closed(self):
        return self.closing_date < timezone.localdate()

    def get_sitemap_urls(self, request=None):
        """A closed vacancy leaves the sitemap too."""
        return [] if self.is_closed else super().get_sitemap_urls(request)

    def job_posting(self, request=None):
        """schema.org JobPosting, as search engines read it."""
        description = " ".join(part for part in (self.intro, strip_tags(str(self.body))) if part)
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": description,
            "datePosted": (self.first_published_at or timezone.now()).date().isoformat(),
            "validThrough": f"{self.closing_date.isoformat()}T23:59:59",
            "employmentType": "FULL_TIME"
            if self.hours_per_week >= FULL_TIME_HOURS
            else "PART_TIME",
            "hiringOrganization": {"@type": "Organization", "name": self.employer},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.place,
                    "addressRegion": self.region.province or self.region.name,
                    "addressCountry": "NL",
                },
            },
            "url": self.get_full_url(request),
        }
        if category := CREDENTIAL_CATEGORY.get(self.education_level):
            data["educationRequirements"] = {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": category,
            }
        return data

    def job_posting_json(self, request=None):
        """The JobPosting as JSON that is safe inside a <script> element."""
        return json.dumps(self.job_posting(request), ensure_ascii=False).translate(
            JSON_SCRIPT_ESCAPES
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["job_posting_json"] = self.job_posting_json(request)
        return context
