"""Template tags for the site's layout: navigation, language switcher, query strings."""

from django import template
from django.conf import settings
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cms.core import layout
from cms.core.drawings import pictures_for
from cms.core.drawings import portrait as drawn_portrait
from cms.core.translations import shows_other_language, source_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, pointing at this page's translation where there is one.

    A translation that is not translated yet (an alias showing the Dutch text) is still linked,
    marked `translated: False`: the switcher says so and the head gives it no hreflang alternate.
    Used twice per page (hreflang links in the head and the switcher), so the result is kept on
    the request.
    """
    request = context["request"]
    if hasattr(request, "_language_links"):
        return request._language_links
    page = context.get("page")
    if layout.is_stable(request, page):
        links = layout.cached(
            request, "language-links", [page.pk], lambda: build_language_links(request, page)
        )
    else:
        links = build_language_links(request, page)
    links = same_place(request, page, links)
    request._language_links = links
    return links


def same_place(request, page, links):
    """On a sub-address of a routable page (a member's profile) the links to the page's
    translations go to the same sub-address there, and a list's own filters (its page class's
    `filters_kept_across_languages`, values that read the same in every language) stay on: the
    visitor sees the same member, or the same selection, in the other language."""
    own = page.get_url(request) if isinstance(page, Page) and page.pk else None
    if not own or not request.path.startswith(own):
        return links
    kept = QueryDict(mutable=True)
    for name in getattr(page, "filters_kept_across_languages", ()):
        if values := request.GET.getlist(name):
            kept.setlist(name, values)
    tail = request.path[len(own) :] + (f"?{kept.urlencode()}" if kept else "")
    if not tail:
        return links
    return [
        {**link, "url": link["url"] + tail, "full_url": link["full_url"] + tail}
        if link["same_page"] and link["url"]
        else link
        for link in links
    ]


def build_language_links(request, page):
    current = get_language()
    translations, untranslated = {}, set()
    if isinstance(page, Page) and page.pk:
        pages = page.get_translations(inclusive=True).live().select_related("locale", "alias_of")
        translations = {p.locale.language_code: p for p in pages}
        untranslated = {code for code, p in translations.items() if shows_other_language(p)}
    site = Site.find_for_request(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        elif isinstance(page, Page) and site:
            home = layout.home_in(site, code)
            url = home.get_url(request) if home and home.live else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "same_page": code in translations,
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_current": code == current,
                "translated": code not in untranslated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters replaced (None or "" removes one)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def page_numbers(items):
    """The page numbers a list's pagination links to: the first and last, and two on either side
    of the current one, with None where numbers are left out. Made without going through every
    page, so a list of 10,000 members costs no more than one of 100."""
    paginator = items.paginator
    numbers = paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1)
    return [None if number == paginator.ELLIPSIS else number for number in numbers]


@register.simple_tag
def current_section(links, page):
    """The menu link whose section holds `page` (the deepest one), so the menu marks where the
    visitor is, also on a news item or a desk page below the section's own page."""
    path = getattr(page, "url_path", None) or ""
    inside = [link for link in links if link.get("path") and path.startswith(link["path"])]
    return max(inside, key=lambda link: len(link["path"]))["pk"] if inside else None


@register.simple_tag(takes_context=True)
def site_layout(context):
    """Header, menu and footer of this site in this language, as plain values (cms/core/layout.py)."""
    return layout.site_layout(context["request"])


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The trail from the home page to this page. On a sub-address of a routable page (a
    member's or an ambassador's profile) `current` names what the visitor sees, and the page
    itself (the directory) becomes a step they can go back to."""
    page = context.get("page")
    request = context["request"]
    ancestors = layout.page_breadcrumbs(request, page)
    if current:
        ancestors = [
            *ancestors,
            {"title": page.title, "url": page.get_url(request), "shown_in": shown_in(page)},
        ]
        return {"ancestors": ancestors, "current": current, "current_shown_in": ""}
    return {"ancestors": ancestors, "current": page.title, "current_shown_in": shown_in(page)}


@register.simple_tag(takes_context=True)
def regional_site(context):
    """On a desk's own site: its contact details and the national home (cms/core/layout.py)."""
    return layout.site_layout(context["request"])["regional"]


@register.simple_tag
def untranslated_from(page):
    """The language code of the text an untranslated page shows (an alias of a page in another
    language), or None."""
    return source_language(page) if isinstance(page, Page) else None


@register.filter
def shown_in(page):
    """For a page in a listing, without a query: the site's main language when the page is an
    alias of it made by tree sync (not translated yet) and the visitor reads another; else ""."""
    main = settings.LANGUAGE_CODE[:2]
    if getattr(page, "alias_of_id", None) and (get_language() or main)[:2] != main:
        return main
    return ""


@register.simple_tag(takes_context=True)
def glossary_link(context, anchor, text=None):
    """A link to the glossary's explanation of a term (the heading with that anchor), in the
    reader's language; nothing when the site has no glossary page."""
    request = context.get("request")
    if request is None:
        return ""
    url = layout.site_layout(request)["glossary_url"]
    if not url:
        return ""
    return format_html(
        '<a class="glossary-link" href="{}#{}">{}</a>',
        url,
        anchor,
        text or _("What does this mean?"),
    )


@register.simple_tag
def region_map(data, label=None, table=True, caption=None):
    """The tile map of the labour-market regions, from `cms.core.regionmap.build_region_map`.

    With counts it has a legend and, unless `table` is False (the page has the same figures in
    a table of its own, which `label` should then mention), a table of the counts beside it.

    The map is a pure function of its tiles, texts and language, and rendering its 35 tiles is
    the larger part of a page that shows it: a map drawn once is kept in this process, keyed by
    everything it shows, so it never needs to be forgotten when content changes.
    """
    context = {
        "map": data,
        "label": str(label or _("Map of the labour-market regions")),
        "table": table and data.counts,
        "caption": str(caption or _("Members per region")),
    }
    key = (get_language(), repr(data), context["label"], bool(context["table"]), context["caption"])
    html = _DRAWN_MAPS.get(key)
    if html is None:
        html = render_to_string("includes/region_map.html", context)
        if len(_DRAWN_MAPS) >= 64:
            _DRAWN_MAPS.pop(next(iter(_DRAWN_MAPS)))
        _DRAWN_MAPS[key] = html
    return html


_DRAWN_MAPS = {}  # (language, the map, its texts): the HTML, oldest first


@register.filter
def with_pictures(items):
    """The items of a card row, each with its `card_picture` (see cms/core/drawings.py)."""
    return pictures_for(items)


@register.simple_tag
def portrait(name):
    """A drawn portrait with the initials, for a person without a photo."""
    return drawn_portrait(name)


KEPT_QUERY_LENGTH = 200


@register.filter
def known_query(request, names):
    """The query string a kept list is kept under, when it holds only the list's own parameters
    (`names`, space-separated; the page number always), each once, and is short; otherwise None,
    so that `{% kept %}` renders the list without keeping it. Made-up addresses (`?x=1`, `?x=2`,
    …) would otherwise each fill the cache with a copy of the same list."""
    allowed = {"page", *names.split()}
    query = request.GET
    if any(key not in allowed or len(query.getlist(key)) > 1 for key in query):
        return None
    encoded = query.urlencode()
    return encoded if len(encoded) <= KEPT_QUERY_LENGTH else None


# Stands in for the visitor's CSRF token in a kept form; each view puts its own token in.
CSRF_PLACEHOLDER = "kept-form-csrf-token"


class KeptNode(template.Node):
    def __init__(self, nodelist, parts, form=False):
        self.nodelist = nodelist
        self.parts = parts
        self.form = form

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        from django.utils import timezone
        from django.utils.safestring import mark_safe

        parts = [timezone.localdate(), *(part.resolve(context) for part in self.parts)]
        if None in parts:  # e.g. an address that known_query refuses: rendered, not kept
            return self.nodelist.render(context)
        if not self.form:
            html = layout.cached(
                request, "fragment", parts, lambda: str(self.nodelist.render(context))
            )
            return mark_safe(html)  # noqa: S308 -- rendered by the template engine, escaped there
        from django.middleware.csrf import get_token

        def build():
            with context.push(csrf_token=CSRF_PLACEHOLDER):
                return str(self.nodelist.render(context))

        html = layout.cached(request, "form", parts, build)
        # get_token marks the response as one that used a token: the page cache never keeps it.
        return mark_safe(html.replace(CSRF_PLACEHOLDER, get_token(request)))  # noqa: S308


@register.tag
def kept(parser, token):
    """`{% kept "name" part … %}…{% endkept %}`: the part of a page between the tags, rendered
    once per data version, day, host, language and the given parts, and kept like the page frame
    (`pagecache.kept`): publishing, or saving anything a page shows, starts a new version.

    Only for what is the same for every visitor: never a form with a CSRF token, never anything
    of the signed-in person. A preview, or a part that is None, renders it afresh."""
    bits = token.split_contents()[1:]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, [parser.compile_filter(bit) for bit in bits])


@register.tag
def keptform(parser, token):
    """`{% keptform "name" part … %}…{% endkeptform %}`: like `{% kept %}`, for a form that is
    the same for everyone until it is sent (unbound, nothing filled in for the visitor). Its
    CSRF token is kept as a placeholder, and each view puts in the visitor's own token."""
    bits = token.split_contents()[1:]
    nodelist = parser.parse(("endkeptform",))
    parser.delete_first_token()
    return KeptNode(nodelist, [parser.compile_filter(bit) for bit in bits], form=True)
