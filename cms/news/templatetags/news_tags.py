"""The news feeds every page advertises in its head, so a feed reader given any page finds them."""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.core import layout

from ..models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The RSS and Atom feeds of this news index, or else of the news on this site (a desk's own
    site: its news), in the page's language; none where there is no news index."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    index = context.get("page")
    if isinstance(index, NewsIndexPage):
        return feeds_of(index, request)
    # The site's own news index: the same for every page, so kept with the page's frame.
    return layout.cached(
        request, "feeds", [site.pk], lambda: feeds_of(site_news_index(site), request)
    )


def site_news_index(site):
    home = site.root_page.localized
    return NewsIndexPage.objects.live().public().descendant_of(home).order_by("path").first()


def feeds_of(index, request):
    if index is None:
        return []
    url = index.get_url(request)
    return [
        {"type": "application/rss+xml", "title": _("%(title)s (RSS)") % {"title": index.title},
         "url": url + index.reverse_subpage("rss")},
        {"type": "application/atom+xml", "title": _("%(title)s (Atom)") % {"title": index.title},
         "url": url + index.reverse_subpage("atom")},
    ]  # fmt: skip
