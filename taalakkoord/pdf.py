"""HTML to an accessible PDF (PDF/UA-1) with our own fonts: the one place that calls WeasyPrint.

WeasyPrint and its font machinery take about 40 MiB; they are imported on the first PDF, so web
workers that never render one (and the pages that only link to one) do not carry them.
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "certificates" / "fonts"


def html_to_pdf(html):
    """The PDF of `html`; relative addresses in it (fonts, images) are read from FONT_DIR."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    return HTML(string=html, base_url=FONT_DIR.as_uri() + "/").write_pdf(
        font_config=FontConfiguration(), pdf_variant="pdf/ua-1"
    )
