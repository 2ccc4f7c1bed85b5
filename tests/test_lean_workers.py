"""Lean workers: loading the site, serving its pages and admin screens, and even rendering a PDF
never import WeasyPrint (about 40 MiB) into the process: a PDF is made by a short-lived process
of its own (taalakkoord/pdfrender.py), whose peak memory stays under 150 MiB."""

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
from taalakkoord.pdf import render
pdf, peak_kib = render("<p>Test</p>")
print(pdf[:5] == b"%PDF-", "weasyprint" in sys.modules, 0 < peak_kib < 150 * 1024)
"""


def test_weasyprint_never_enters_the_site_process():
    result = subprocess.run(  # noqa: S603 -- our own script, run by this interpreter
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "True", "False", "True"], result.stderr[-2000:]


def test_a_failed_render_says_why(monkeypatch):
    import pytest

    from taalakkoord import pdf

    monkeypatch.setattr(pdf, "RENDERER", "taalakkoord.no_such_renderer")
    with pytest.raises(pdf.PDFError, match="No module named"):
        pdf.render("<p>Test</p>")


def test_the_master_warms_up_every_template_without_the_database(db, django_assert_num_queries):
    """scripts/gunicorn.conf.py warms the site before forking (cms/core/warmup.py): every one of
    the project's templates compiles, without asking the database anything (a connection opened
    before the fork would be shared by every worker)."""
    from cms.core.warmup import project_templates, warm

    with django_assert_num_queries(0):
        loaded = warm()
    assert loaded == len(list(project_templates())) > 150
