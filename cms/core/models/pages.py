"""The base class all our page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from ..forms import BasePageForm


class BasePage(Page):
    """Adds a short summary used in listings, search results and link previews."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("summary"),
                FieldPanel("show_in_menus"),
            ],
            heading=_("For search engines and listings"),
        )
    ]
    base_form_class = BasePageForm
    date = None  # cards show a date when the page type has one (news items)
    region = None  # and a region (good practices, vacancies)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("search_stems"),
    ]

    class Meta:
        abstract = True

    def search_stems(self):
        """The stems of every searchable word of the page, in its language ("opleidingen" and
        "opleiding" both give "opleid"), so search finds other forms of a word on SQLite too."""
        from ..stemming import searchable_text, stems

        language = self.locale.language_code if self.locale_id else None
        return " ".join(dict.fromkeys(stems(searchable_text(self), language)))

    def get_view_restrictions(self):
        """Wagtail's lookup (two queries), only when a restriction can apply (cms/core/routing)."""
        from wagtail.models import PageViewRestriction

        from ..routing import restriction_free

        if restriction_free(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def listing_summary(self):
        return self.summary or self.search_description
