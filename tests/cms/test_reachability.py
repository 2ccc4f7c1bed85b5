"""Every page a visitor may need is reachable by following links from the home page of its
language, and every page tells a feed reader where the news feeds are."""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

LINK = re.compile(r'<a\s[^>]*href="([^"#]*)', re.I)


def crawl(client, start, prefix):
    """Paths under `prefix` reached from `start` by following links, as a visitor would."""
    seen, queue = set(), [start]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            parts = urlsplit(urljoin(path, href.replace("&amp;", "&")))
            ours = parts.netloc in ("", "testserver") and parts.path.startswith(prefix)
            if ours and not parts.query and parts.path not in seen:
                queue.append(parts.path)
    return seen


def sitemap_paths(client, prefix):
    xml = client.get("/sitemap.xml").content.decode()
    paths = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}
    return {path for path in paths if path.startswith(prefix)}


FEEDS = re.compile(
    r'<link rel="alternate" type="application/(rss|atom)\+xml" title="[^"]+" href="([^"]+)"'
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_in_the_sitemap_is_reached_by_following_links(client, demo_world, language):  # noqa: F811
    """The crawl follows only links, no query strings, from the home page of the language."""
    prefix = f"/{language}/"
    listed = sitemap_paths(client, prefix)
    assert len(listed) > 20
    reached = crawl(client, prefix, prefix)
    assert sorted(listed - reached) == [], sorted(listed - reached)


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/nl/", "/nl/nieuws/feed/"),
        ("/en/about-the-leerwerkloketten/", "/en/news/feed/"),
        ("/nl/leerwerkloketten/twente/nieuws/", "/nl/leerwerkloketten/twente/nieuws/feed/"),
    ],
)
def test_every_page_tells_a_feed_reader_where_the_news_is(client, demo_world, path, feed):  # noqa: F811
    """The national feeds from any page; a desk's news index offers its own."""
    feeds = dict(FEEDS.findall(client.get(path).content.decode()))
    assert feeds["rss"] == feed and feeds["atom"] == feed.replace("/feed/", "/atom/")
    assert client.get(feeds["rss"])["Content-Type"].startswith("application/rss+xml")
