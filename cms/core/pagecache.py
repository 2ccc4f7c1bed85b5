"""A cache for anonymous page views, cleared when content changes.

Only pages served by Wagtail are kept, and only for visitors without cookies: anyone logged in
or in the middle of something (a session, a message waiting) gets a fresh page. A page that
used a CSRF token (a form), set a cookie, or asked not to be cached is never stored. Previews
live under /admin/ and are never cached.

Publishing, unpublishing or moving a page, saving a snippet or setting shown on pages, and
changes to members all start a new cache version, so no visitor sees an old page after that.
The date is part of the key, so closed vacancies leave cached listings at midnight.
`PAGE_CACHE_SECONDS` bounds anything else (0 turns the cache off).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cacheversion

VERSION = "pagecache"
HEADER = "X-Page-Cache"
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/media/", "/static/")

# Models shown on public pages besides the pages themselves: this app's and Wagtail's. Every
# other app registers its own with `shows()` in its AppConfig.ready.
CORE_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",  # routing.restriction_free
    "wagtailcore.Locale",  # locales: kept in the cache
    "wagtailimages.Image",
    "core.Navigation",
    "core.SiteSettings",
    "core.Region",
    "core.Theme",
    "core.ContactPerson",
]


def purge(**kwargs):
    """Start a new version: every page is made afresh on its next view, here and in front."""
    from .frontcache import purge_everything

    cacheversion.bump(VERSION)
    purge_everything()


KEPT_SECONDS = 60 * 60 * 24  # a day at most; a new data version replaces it sooner


def kept(name, make):
    """`make()`, kept in the cache per data version: the one place the page frame, routes,
    restrictions, locales and search's fixed lists are kept until content changes.

    When the data changed while it was made (the version moved on), the result is used but not
    kept: it may already be out of date. A result of None is never kept.
    """
    version = cacheversion.current(VERSION)
    key = f"kept:{version}:{name}"
    value = cache.get(key)
    if value is None:
        value = make()
        if value is not None and cacheversion.current(VERSION) == version:
            cache.set(key, value, KEPT_SECONDS)
    return value


def cache_key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}|{timezone.localdate()}"
    return f"pagecache:{cacheversion.current(VERSION)}:{hashlib.sha256(raw.encode()).hexdigest()}"


def request_is_cacheable(request):
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return False
    return is_anonymous(request)


def is_anonymous(request):
    """No session and no message waiting, and not the admin or a file: the same for everyone."""
    if request.path.startswith(SKIPPED_PREFIXES):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-cache" in cache_control or "no-store" in cache_control:
        return False
    context = getattr(response, "context_data", None) or {}
    return isinstance(context.get("page"), Page)


class PageCacheMiddleware:
    """Serves and stores anonymous page views; see the module's description."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from .frontcache import cache_headers

        if not request_is_cacheable(request):
            return cache_headers(request, self.get_response(request))
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        cacheable = response_is_cacheable(request, response)
        cache_headers(request, response)
        if cacheable:
            response[HEADER] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        else:
            response[HEADER] = "skip"
        return response


def shows(*models):
    """Cached pages show these models: saving or deleting one starts a new cache version."""
    for model in models:
        label = model._meta.label
        post_save.connect(purge, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(purge, sender=model, dispatch_uid=f"pagecache-delete-{label}")
        SHOWN.add(label)


SHOWN = set()  # the labels of the models registered with shows(), for tests and checks


def new_release(**kwargs):
    """After `migrate`, which every release runs: pages and kept parts made by the code before
    are not served again (a changed template would otherwise show its old HTML for up to a day,
    until the next content change). Varnish lets its copies go after FRONT_CACHE_SECONDS."""
    cacheversion.bump(VERSION)


def connect():
    from django.apps import apps

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge, dispatch_uid=f"pagecache-{id(signal)}")
    post_migrate.connect(
        new_release, sender=apps.get_app_config("core"), dispatch_uid="pagecache-release"
    )
    shows(*(apps.get_model(label) for label in CORE_MODELS))
