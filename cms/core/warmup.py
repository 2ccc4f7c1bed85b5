"""Warm a web process before gunicorn forks its workers (scripts/gunicorn.conf.py).

With `preload_app`, the master imports the site once; what it also loads before forking (every
URL pattern and the views behind them, the project's compiled templates, the translation
catalogues of each language) is then shared by all workers instead of being built again in
each. Nothing here touches the database or the cache: connections opened before a fork would be
shared by every worker.
"""

from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils.translation import trans_real


def project_templates():
    """The names of the project's own templates (the `templates/` folders in TEMPLATES)."""
    for engine in settings.TEMPLATES:
        for folder in map(Path, engine.get("DIRS", [])):
            for path in sorted(folder.rglob("*")):
                if path.suffix in {".html", ".txt", ".xml"}:
                    yield path.relative_to(folder).as_posix()


def warm():
    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 (imports every app's URLs and views)
    for code, _name in settings.LANGUAGES:
        trans_real.translation(code)  # loads and keeps the language's merged catalogue
    loaded = 0
    for name in project_templates():
        try:
            get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError):
            continue
        loaded += 1
    connections.close_all()
    return loaded
