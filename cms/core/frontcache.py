"""What a shared cache in front of the site (Varnish in `make prod`, or a CDN) may keep, and
telling it when content changed.

Every HTML page gets a `Cache-Control` header from `cache_headers`:

- an anonymous visitor's Wagtail page that used no CSRF token and set no cookie (the same page
  for everyone): `public, max-age=BROWSER_CACHE_SECONDS, s-maxage=FRONT_CACHE_SECONDS`;
- any page for a signed-in person (it shows their account): `private, no-store`;
- anything else (a form, a search, an error): `private, no-cache`.

A view that sets its own `Cache-Control` keeps it.

When content changes, the page cache starts a new version (`pagecache.purge`) and, with
`FRONTEND_CACHE_PURGE_URL` set, `purge_everything` asks the front cache to drop each site's pages
through `wagtail.contrib.frontend_cache` (a task, once per transaction): the front cache's
configuration (`scripts/varnish.vcl`) treats a purge of an address as a purge of everything
under it, so a purge of a site's root clears the site. Wagtail itself also purges a page's own
addresses on publish and unpublish.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from .aftercommit import once_after_commit
from .pagecache import is_anonymous, response_is_cacheable


def cache_publicly(response):
    """The same for everyone: a shared cache keeps it FRONT_CACHE_SECONDS, a browser at most
    BROWSER_CACHE_SECONDS (no-cache when FRONT_CACHE_SECONDS is 0). Purged like the pages."""
    if not settings.FRONT_CACHE_SECONDS:
        patch_cache_control(response, no_cache=True)
        return response
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.BROWSER_CACHE_SECONDS, settings.FRONT_CACHE_SECONDS),
        s_maxage=settings.FRONT_CACHE_SECONDS,
    )
    return response


def cache_headers(request, response):
    """Set `Cache-Control` on an HTML response that has none; see the module's description."""
    if response.has_header("Cache-Control") or "html" not in response.get("Content-Type", ""):
        return response
    if (
        settings.FRONT_CACHE_SECONDS
        and request.method in ("GET", "HEAD")
        and is_anonymous(request)
        and response_is_cacheable(request, response)
    ):
        cache_publicly(response)
    elif getattr(getattr(request, "user", None), "is_authenticated", False):
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def purge_everything():
    """After the transaction commits, ask the front cache to drop every site's pages (once)."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        once_after_commit("front-cache-purge", _purge_sites)


def _purge_sites():
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    purge_urls_from_cache([f"{site.root_url}/" for site in Site.objects.all()])
