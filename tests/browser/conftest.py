"""Browser tests: Playwright drives Debian's Chromium; axe-core checks every page visited.

Playwright cannot download browsers here, so we launch /usr/bin/chromium (`make test`
installs it). A missing browser fails the run: a browser test never skips silently.
"""

import os

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command

from tests.browser.snapshot import DemoSnapshot

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium is not installed at {CHROMIUM}; run `make test` to install it.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls in our fixtures are
    # still plain synchronous code, so Django's async-safety check does not apply here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    snapshot = DemoSnapshot()
    yield snapshot
    with django_db_blocker.unblock():
        snapshot.drop()


@pytest.fixture
def demo_site(request, demo_snapshot, transactional_db):
    """The demo site as `load_demo_content` builds it: built for the first browser test, copied
    back from a snapshot for each one after (tests/browser/snapshot.py)."""
    if demo_snapshot.taken:
        demo_snapshot.restore()
    else:
        request.getfixturevalue("migrated_db")
        call_command("load_demo_content", allow_production=True, verbosity=0)
        demo_snapshot.take()
    ContentType.objects.clear_cache()
    for alias in caches:
        caches[alias].clear()


@pytest.fixture
def page(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    # Leave the page (the admin's edit view keeps asking the server: preview refresh, editing
    # sessions) and let running requests finish before the database is reset underneath the
    # live server.
    page.goto("about:blank")
    page.wait_for_load_state("networkidle")
    context.close()


def serve_demo_sites_here(live_server):
    """Point the demo's sites at the test server: the national one at localhost, each desk's own
    (twente.localhost) at the same port; Chromium sends *.localhost to this machine. The demo
    sites are made for port 8000; save() also clears Wagtail's cached site addresses."""
    from urllib.parse import urlparse

    from wagtail.models import Site

    port = urlparse(live_server.url).port
    for site in Site.objects.all():
        site.port = port
        if site.is_default_site:
            site.hostname = "localhost"
        site.save()
    return port


def assert_accessible(page, within=None):
    """Fail on any WCAG 2.2 A or AA violation axe-core finds on the current page (target size too).

    `within` limits the check to our own markup (a CSS selector), e.g. inside Wagtail's admin.
    """
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        context={"include": [within]} if within else None,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.fixture
def served_documents(page):
    """Every HTML page the server sends to this test's browser, as sent (before any script ran),
    keyed by method, address and status: the form error states of POSTs included."""
    documents = {}

    def record(route):
        request = route.request
        if request.resource_type != "document":
            route.continue_()
            return
        response = route.fetch(max_redirects=0)
        if not 300 <= response.status < 400 and "text/html" in response.headers.get(
            "content-type", ""
        ):
            key = f"{len(documents) + 1}. {request.method} {request.url} ({response.status})"
            documents[key] = response.text()
        route.fulfill(response=response)

    page.route("**/*", record)
    return documents
