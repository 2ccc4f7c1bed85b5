"""The one-page progress summary (voortgangsrapportage) for the ministry, as a tagged PDF."""

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from ..certificates import FONT_DIR


def render_summary_pdf(figures, selection, language):
    """A4 portrait, one page: the target, the funnel, the breakdowns and the totals."""
    with translation.override(language):
        html = render_to_string(
            "taalakkoord/monitor/summary.html",
            {
                "figures": figures,
                "selection": selection,
                "language": language,
                "breakdowns": {b.key: b for b in figures.breakdowns},
            },
        )
    return HTML(string=html, base_url=FONT_DIR.as_uri() + "/").write_pdf(
        font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
    )
