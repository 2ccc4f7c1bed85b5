"""The one-page progress summary (voortgangsrapportage) for the ministry, as a tagged PDF.

It is made in the task worker, never in a web request: the monitor's download link asks for it
(`request_summary`), the task (`taalakkoord.tasks.render_monitor_summary`) makes it for the
person and filters that asked, and keeps it in the cache for an hour under a code only that
person's download page knows (`SummaryDownloadView`).
"""

import base64
import itertools
import secrets

from django.core.cache import cache
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


KEPT_SECONDS = 60 * 60


def key_for(code):
    return f"taalakkoord:summary:{code}"


def request_summary(user, query, language):
    """Queue a summary for `user` with these filters; the code of its download page."""
    from ..tasks import render_monitor_summary

    code = secrets.token_urlsafe(18)
    cache.set(key_for(code), {"user": user.pk, "state": "waiting"}, KEPT_SECONDS)
    render_monitor_summary.enqueue(code, user.pk, query, language)
    return code


def make_summary(code, user_id, query, language):
    """In the task worker: the PDF for this person's regions and filters, kept under `code`."""
    from django.contrib.auth import get_user_model
    from django.http import QueryDict

    from ..permissions import region_scope
    from .cache import cached_figures
    from .filters import selection_from

    entry = {"user": user_id, "state": "failed"}
    try:
        user = get_user_model().objects.get(pk=user_id, is_active=True)
        with translation.override(language):
            _form, selection = selection_from(QueryDict(query), region_scope(user))
            pdf = render_summary_pdf(cached_figures(selection), selection, language)
        entry = {"user": user_id, "state": "done", "pdf": pdf, "day": selection.today}
    finally:
        cache.set(key_for(code), entry, KEPT_SECONDS)
