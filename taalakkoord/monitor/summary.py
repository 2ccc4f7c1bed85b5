"""The one-page progress summary (voortgangsrapportage) for the ministry, as a tagged PDF."""

import base64
import itertools

from django.template.loader import render_to_string
from django.utils import translation

from ..pdf import html_to_pdf
from .chart import growth_chart_svg


def pairs(rows):
    half = (len(rows) + 1) // 2
    return list(itertools.zip_longest(rows[:half], rows[half:]))


def render_summary_pdf(figures, selection, language):
    """A4 portrait, one page: the headline of the selection (a region's own, with the national
    figure beside it), the growth chart, the funnel, the breakdowns, the region table, the
    period, the date of the figures and the source; page numbers in the margin. The target and
    forecast are always the country's (`figures.forecast`)."""
    regions = {b.key: b for b in figures.breakdowns}.get("region")
    rows = regions.rows if regions else []
    chart = growth_chart_svg(figures.months, figures.target if selection.whole_country else None)
    with translation.override(language):
        html = render_to_string(
            "taalakkoord/monitor/summary.html",
            {
                "figures": figures,
                "selection": selection,
                "language": language,
                "breakdowns": {b.key: b for b in figures.breakdowns},
                # Two regions a line when there are many, so the 35 fit the page.
                "region_pairs": pairs(rows) if len(rows) > 12 else [(row, None) for row in rows],
                "paired": len(rows) > 12,
                "chart_uri": "data:image/svg+xml;base64,"
                + base64.b64encode(chart.encode()).decode()
                if chart
                else "",
            },
        )
    return html_to_pdf(html)
