"""The frame around every page: header, menu, footer, language links and breadcrumbs.

They are the same for every visitor of a site in one language (the breadcrumbs and language
links for every visitor of one page), so they are built once and kept in the cache as plain
values, under the page cache's data version: publishing, unpublishing or moving a page, and
saving the navigation, site settings or anything else a page shows (`pagecache.shows`), starts
a new version. A page then costs no queries for its frame.

Previews and pages that are not saved yet are built afresh each time.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from . import pagecache


def cached(request, name, parts, build):
    """`build()`'s result, kept per data version, host and language (and `parts`)."""
    language = get_language() or settings.LANGUAGE_CODE
    key = ":".join(["layout", name, request.get_host(), language, *map(str, parts)])
    return pagecache.kept(key, build)


def is_stable(request, page):
    """Whether what is built for `page` may be kept: a saved page, not a preview."""
    return isinstance(page, Page) and page.pk and not getattr(request, "is_preview", False)


def site_layout(request):
    """Header, menu and footer of the site this request is for, in the active language."""
    if not hasattr(request, "_site_layout"):
        site = Site.find_for_request(request)
        request._site_layout = cached(
            request, "site", [site.pk if site else 0], lambda: build_site_layout(request, site)
        )
    return request._site_layout


def build_site_layout(request, site):
    from .models import Navigation, SiteSettings

    home = site.root_page.localized if site else None
    navigation = Navigation.for_active_language()
    site_settings = SiteSettings.for_site(site) if site else None

    def links(blocks):
        result = []
        for item in blocks or []:
            page = item.value.get("page")
            if page is not None and page.live:
                url = page.get_url(request)
                title = item.value.get("title") or page.title
                result.append({"title": title, "url": url, "pk": page.pk, "path": page.url_path})
        return result

    glossary = site_settings.glossary_page if site_settings else None
    glossary = glossary.localized if glossary else None
    return {
        "home_url": home.get_url(request) if home else f"/{get_language()}/",
        "main_links": links(navigation.main_links if navigation else None),
        "footer_links": links(navigation.footer_links if navigation else None),
        "footer_text": navigation.footer_text if navigation else "",
        "organisation_name": site_settings.organisation_name if site_settings else "",
        "phone": site_settings.phone if site_settings else "",
        "email": site_settings.email if site_settings else "",
        "address": site_settings.address if site_settings else "",
        "social_links": site_settings.social_links() if site_settings else [],
        "glossary_url": glossary.get_url(request) if glossary and glossary.live else None,
        "regional": regional_site(request, site),
    }


def regional_site(request, site):
    """On a desk's own site (e.g. twente.localhost): its contact details and the national home.

    A desk's section can be served as a Wagtail site of its own; it shares the national header,
    menu and footer, and links back to the national site.
    """
    if site is None or site.is_default_site:
        return None
    from django.apps import apps

    desk_model = apps.get_model("desks", "LeerwerkloketPage")  # an app above this one
    root = site.root_page.specific
    if not isinstance(root, desk_model):
        return None
    desk = root.localized.specific
    national = Site.objects.filter(is_default_site=True).first()
    home = national.root_page.localized if national else None
    return {
        "title": desk.title,
        "phone": desk.phone,
        "email": desk.email,
        "visiting_address": desk.visiting_address,
        "national_url": home.get_full_url(request) if home else None,
    }


def page_breadcrumbs(request, page):
    """The page's ancestors below the site root, as title, address and language shown."""

    def build():
        from .templatetags.site_tags import shown_in

        ancestors = page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)
        return [
            {"title": a.title, "url": a.get_url(request), "shown_in": shown_in(a)}
            for a in ancestors
        ]

    if not isinstance(page, Page) or page.depth <= 2:
        return []
    if not is_stable(request, page):
        return build()
    return cached(request, "breadcrumbs", [page.pk], build)


def home_in(site, code):
    """The site's home page in the language `code`, or None."""
    locale = Locale.objects.filter(language_code=code).first()
    return site.root_page.get_translation_or_none(locale) if locale else None
