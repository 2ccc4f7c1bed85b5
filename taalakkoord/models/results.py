"""The public results page: what the Taalakkoord's members achieve, in figures."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from cms.core.models import BasePage
from cms.core.utils import made_when_used


class ResultsPage(BasePage):
    """Members, people reached and measures chosen, with a chart and a table for each; editors
    place it (once) and write its introduction. The figures come from `taalakkoord.figures`."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    closing = models.TextField(
        _("closing text"),
        blank=True,
        max_length=600,
        help_text=_("Shown under the figures, for example how members report their results."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("closing")]
    parent_page_types = ["home.HomePage", "standardpages.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Taalakkoord results")

    def get_context(self, request, *args, **kwargs):
        from cms.core.models import Region
        from cms.core.regionmap import build_region_map

        from ..figures import current_impact, localized_measures
        from ..models import MemberDirectoryPage

        context = super().get_context(request, *args, **kwargs)

        def figures():
            impact = current_impact()
            counts = {slug: count for slug, _name, count in impact.by_region}
            measures = localized_measures(impact.top_measures)
            return {
                "impact": impact,
                "measures": measures,
                "directory": MemberDirectoryPage.objects.live().filter(locale=self.locale).first(),
                # Every member counts here, also those that prefer not to be named, so the tiles
                # do not link to the public list (which would show fewer).
                "region_map": build_region_map(list(Region.objects.all()), counts=counts),
                "charts": chart_data(impact, measures),
            }

        # Made only when the template renders the figures: a kept part asks nothing.
        context.update(
            made_when_used(figures, ("impact", "measures", "directory", "region_map", "charts"))
        )
        return context


def chart_data(impact, measures):
    """What charts.js draws; the same figures stand in the table beside each chart."""
    return {
        "reached": {
            "labels": [str(row.year) for row in impact.reached_by_year],
            "series": [
                {
                    "label": str(_("Employees reached")),
                    "data": [r.reached for r in impact.reached_by_year],
                }
            ],
        },
        "kinds": {
            "labels": [str(label) for _value, label, _n in impact.by_kind],
            "series": [{"label": str(_("Members")), "data": [n for *_rest, n in impact.by_kind]}],
        },
        "sectors": {
            "labels": [str(label) for _value, label, _n in impact.by_sector],
            "series": [{"label": str(_("Members")), "data": [n for *_rest, n in impact.by_sector]}],
        },
        "measures": {
            "labels": [name for name, _n in measures],
            "series": [{"label": str(_("Members")), "data": [n for _name, n in measures]}],
        },
    }
