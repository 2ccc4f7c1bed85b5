"""A web worker stays lean: loading the site and serving its pages and admin screens does not
import WeasyPrint (about 40 MiB); only rendering a PDF does (taalakkoord/pdf.py)."""

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
import django
django.setup()
from django.urls import get_resolver
from cms.wsgi import application  # noqa: F401
get_resolver().url_patterns  # every view module is imported
import wagtail.admin.urls, taalakkoord.wagtail_hooks, taalakkoord.monitor.views  # noqa: E401,F401
print("weasyprint" in sys.modules)
from taalakkoord.pdf import html_to_pdf
print(html_to_pdf("<p>Test</p>")[:5] == b"%PDF-" and "weasyprint" in sys.modules)
"""


def test_weasyprint_is_imported_only_to_render_a_pdf():
    result = subprocess.run(  # noqa: S603 -- our own script, run by this interpreter
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "True"], result.stderr[-2000:]
