"""Finding the page for an address without walking the page tree on every request.

Wagtail finds a page by asking the database for the site, the home page in the visitor's
language and its specific type, then each level of the address and its specific type: about
seven queries for a page two levels down, before two more for view restrictions. Here the cache
remembers, per page-cache data version (publishing, unpublishing or moving a page, or saving a
view restriction, starts a new one), which site answers a host and which page an address leads
to; the page is then read in one query. A routable page's sub-address (a member's profile) is
routed by that page itself once its own address is known. Wagtail's own routing still runs the
first time, and for anything not remembered: a child page not seen yet, a missing page.

`restriction_free(page)` answers, from the same cache, whether a view restriction can apply to a
page at all (`BasePage.get_view_restrictions` asks it): only then does Wagtail look them up. And
`PageQuerySet.public()` (every listing) leaves out restricted pages by the same cached paths
instead of reading every restriction each time (`cached_private_q`, installed at start-up).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from . import cacheversion, pagecache


def serve(request, path):
    """Wagtail's page view, after telling Wagtail the site and the page when they are known."""
    _prime(request, path)
    response = wagtail_views.serve(request, path)
    _remember(request, path)
    return response


def _key(request, path):
    version = cacheversion.current(pagecache.VERSION)
    host = request._get_raw_host()  # as Wagtail matches sites, before ALLOWED_HOSTS
    return f"route2:{version}:{host}:{request.get_port()}:{translation.get_language()}:{path}"


def prime_site(request):
    """Tell Wagtail which site answers this request, from the cache when known (any view that
    shows page addresses, such as search, saves the site query this way)."""
    if hasattr(request, "_wagtail_site"):
        return
    key = f"route-site:{request._get_raw_host()}:{request.get_port()}"
    request._wagtail_site = pagecache.kept(key, lambda: Site.find_for_request(request))


def _above(path):
    """The addresses above `path`, nearest first, each with the rest of `path` below it:
    "a/b/c/" gives ("a/b/", ["c"]) and ("a/", ["b", "c"])."""
    parts = [part for part in path.split("/") if part]
    for cut in range(len(parts) - 1, 0, -1):
        yield "/".join(parts[:cut]) + "/", parts[cut:]


def _prime(request, path):
    entry, rest = cache.get(_key(request, path)), []
    if entry is None:
        # A routable page's sub-address (a member's profile in the directory): the routable
        # page's own address may be known, and the page routes the rest itself.
        for own, below in _above(path):
            entry = cache.get(_key(request, own))
            if entry is not None:
                rest = below
                break
        if entry is None or not entry[3]:
            return  # not known, or a child page not seen yet: Wagtail's own routing answers
    site, page_id, content_type_id, _routable = entry
    request._wagtail_site = site
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    pages = model.objects.filter(pk=page_id, live=True)
    related = getattr(model, "route_select_related", ())  # what the page type always shows
    page = (pages.select_related(*related) if related else pages).first()
    if page is None:
        return  # gone since: Wagtail's own routing answers
    try:
        request._wagtail_route_for_request = page.route(request, rest)
    except Http404:
        request._wagtail_route_for_request = None


def _remember(request, path):
    """Store what Wagtail's routing found, when the address leads to exactly that page."""
    route = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if route is None or site is None:
        return
    page = route[0]
    routable = isinstance(page, RoutablePageMixin)
    if path and not page.url_path.endswith("/" + path):
        if not routable:
            return
        # A routable page's sub-address: remember the routable page's own address, which routes
        # its sub-addresses itself from then on (see _prime).
        path = next((own for own, _rest in _above(path) if page.url_path.endswith("/" + own)), None)
        if path is None:
            return
    cache.set(
        _key(request, path), (site, page.pk, page.content_type_id, routable), pagecache.KEPT_SECONDS
    )


def _restriction_paths():
    """Tree paths of the pages with a view restriction, and of alias pages, per data version."""

    def find():
        restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
        aliases = Page.objects.filter(alias_of__isnull=False)
        return (
            tuple(restricted.values_list("path", flat=True)),
            tuple(aliases.values_list("path", flat=True)),
        )

    return pagecache.kept("route-restrictions", find)


def restriction_free(page):
    """True when no view restriction can apply to `page`: none on it or above it, and neither it
    nor a page above it is an alias (whose source's restrictions would apply)."""
    if page.alias_of_id:
        return False
    restricted, aliases = _restriction_paths()
    return not any(page.path.startswith(path) for path in (*restricted, *aliases))


def cached_private_q(queryset):
    """Wagtail's `PageQuerySet.private_q` (pages in a restricted section, which `public()`
    leaves out), from the cached paths of the restricted pages instead of a query."""
    condition = Q()
    for path in _restriction_paths()[0]:
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])  # as Wagtail: no private section


def install():
    PageQuerySet.private_q = cached_private_q
