"""Benchmark: how much memory the fixed stack takes before a line of ours runs.

Run by hand:  .venv/bin/python bench/stack_memory.py

Loads three things, each in a fresh process, as a gunicorn master does before it forks (settings,
apps, the URL configuration walked, the Dutch and English catalogues), and prints each one's
resident memory (RSS) and number of modules:

1. Wagtail 8 with the apps of a new Wagtail project, its admin and page URLs;
2. the fixed stack of PRODUCT.md: that, plus allauth with MFA, wagtail-localize and django-tasks,
   with allauth's URLs;
3. the site itself (cms.settings.production), warmed by cms/core/warmup.py as
   scripts/gunicorn.conf.py does.

A forked worker starts with its master's resident memory and only adds to it, so the first two
lines are a floor for a worker's RSS that nothing in this project can lower (issue 15 asks for
at most 110 MiB). No database or cache is reached: all three use PostgreSQL's and Redis's
backends, so psycopg and the Redis client are loaded as in production.
"""

import gc
import os
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
STACK_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    *WAGTAIL_APPS,
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
]
VARIANTS = {
    "wagtail": "Wagtail 8, a new project's apps",
    "stack": "+ allauth (MFA), wagtail-localize, django-tasks",
    "site": "the site, warmed as in make prod",
}


def resident_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def configure(apps, with_allauth):
    from django.conf import settings

    middleware = [
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.locale.LocaleMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    ]
    if with_allauth:
        middleware.append("allauth.account.middleware.AccountMiddleware")
    settings.configure(
        SECRET_KEY="bench-stack-memory-not-a-secret",  # noqa: S106 -- never serves a request
        INSTALLED_APPS=apps,
        MIDDLEWARE=middleware,
        ROOT_URLCONF="bench_stack_urls",
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
            }
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "unused"}},
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:1",
            }
        },
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
        LANGUAGE_CODE="nl",
        LANGUAGES=[("nl", "Nederlands"), ("en", "English")],
        WAGTAIL_I18N_ENABLED=True,
        WAGTAIL_SITE_NAME="Benchmark",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        STATIC_URL="/static/",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
    import django

    django.setup()
    from django.conf.urls.i18n import i18n_patterns
    from django.urls import include, path

    patterns = [
        path("admin/", include("wagtail.admin.urls")),
        path("documents/", include("wagtail.documents.urls")),
    ]
    if with_allauth:
        patterns.append(path("accounts/", include("allauth.urls")))
    urls = types.ModuleType("bench_stack_urls")
    urls.urlpatterns = patterns + i18n_patterns(path("", include("wagtail.urls")))
    sys.modules["bench_stack_urls"] = urls


def walk(resolver):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            walk(pattern)


def load(variant):
    """Load one variant in this process; returns (RSS in MiB, modules)."""
    if variant == "site":
        sys.path.insert(0, str(ROOT))
        os.environ.update(
            DJANGO_SETTINGS_MODULE="cms.settings.production",
            SECRET_KEY="bench-stack-memory-not-a-secret-" + "x" * 40,
            DATABASE_URL="postgres://unused@127.0.0.1:1/unused",
            REDIS_URL="redis://127.0.0.1:1/0",
            ALLOWED_HOSTS="127.0.0.1",
        )
        from django.core.wsgi import get_wsgi_application

        get_wsgi_application()  # as cms/wsgi.py does
        from cms.core.warmup import warm

        warm()
    else:
        configure(STACK_APPS if variant == "stack" else WAGTAIL_APPS, variant == "stack")
        from django.urls import get_resolver
        from django.utils.translation import trans_real

        walk(get_resolver())
        for language in ("nl", "en"):
            trans_real.translation(language)  # loads and keeps the language's merged catalogue
    gc.collect()
    return resident_mib(), len(sys.modules)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--variant":
        rss, modules = load(sys.argv[2])
        print(f"{rss:.1f} {modules}")
        return
    print(f"{'loaded (each in a fresh process)':<50} {'RSS MiB':>8} {'modules':>8}")
    for variant, label in VARIANTS.items():
        result = subprocess.run(  # noqa: S603 -- this script, fixed arguments
            [sys.executable, __file__, "--variant", variant],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        rss, modules = result.stdout.split()[-2:]
        print(f"{label:<50} {float(rss):>8.1f} {int(modules):>8}")
    print("\nAim (issue 15): an idle web worker at most 110 MiB RSS after warm-up.")


if __name__ == "__main__":
    main()
