"""HTML to an accessible PDF (PDF/UA-1) with our own fonts: the one place that asks for a PDF.

WeasyPrint runs in a short-lived process of its own (`taalakkoord.pdfrender`), never inside a
web worker or the task worker: it and its fonts take about 40 MiB more than the process that
asks, and a render's peak memory is given back when that process ends. Certificates are asked
for by the task worker (`taalakkoord.tasks`); starting the process costs about half a second.
"""

import subprocess
import sys
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "certificates" / "fonts"
TIMEOUT_SECONDS = 120
RENDERER = "taalakkoord.pdfrender"


class PDFError(RuntimeError):
    """The rendering process failed; its last output is in the message."""


def render(html):
    """The PDF of `html` and the rendering process's peak memory in KiB."""
    result = subprocess.run(  # noqa: S603 -- our own module, run by this interpreter
        [sys.executable, "-m", RENDERER, FONT_DIR.as_uri() + "/"],
        input=html.encode("utf-8"),
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    if result.returncode or not result.stdout.startswith(b"%PDF-"):
        raise PDFError(result.stderr.decode("utf-8", "replace")[-2000:])
    peak = result.stderr.decode().rsplit("peak-kib ", 1)[-1].strip()
    return result.stdout, int(peak) if peak.isdigit() else 0


def html_to_pdf(html):
    """The PDF of `html`; relative addresses in it (fonts, images) are read from FONT_DIR."""
    return render(html)[0]
