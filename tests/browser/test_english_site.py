"""The English site is English: every page of the English sitemap, as Chromium renders it, has
English text wherever it says lang="en", and Dutch only inside parts marked lang="nl"."""

import re
from urllib.parse import urlsplit

import pytest

from tests.cms.test_demo_site import dutch_in, names

# A look test: what the pages look like and how they read, the same on any database (CI runs
# it on SQLite only; see .ci/run).
pytestmark = [pytest.mark.browser, pytest.mark.look]

LANGUAGE_RULES = ["html-has-lang", "html-lang-valid", "valid-lang", "html-xml-lang-mismatch"]

# The text of every text node whose nearest lang attribute says English.
ENGLISH_TEXT = """() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const parent = node.parentElement;
        if (!node.textContent.trim() || parent.closest("script, style, datalist")) continue;
        const marked = parent.closest("[lang]");
        if (marked && marked.getAttribute("lang") === "en") texts.push(node.textContent.trim());
    }
    return texts;
}"""


def test_every_page_of_the_english_sitemap_is_english(page, live_server):
    from axe_playwright_python.sync_playwright import Axe

    xml = page.request.get(f"{live_server.url}/sitemap.xml").text()
    paths = sorted({urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)})
    english = [path for path in paths if path.startswith("/en/")]
    assert len(english) > 60  # every demo page is translated, the 35 desks among them
    known_names = names()
    axe = Axe()
    found = {}
    for path in english:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "en", path
        results = axe.run(page, options={"runOnly": {"type": "rule", "values": LANGUAGE_RULES}})
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
        dutch = [t for t in page.evaluate(ENGLISH_TEXT) if len(dutch_in(t, known_names)) >= 2]
        if dutch:
            found[path] = dutch[:3]
    assert not found, found
