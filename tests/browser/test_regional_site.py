"""A desk's own site: served on its own hostname with the national header and a way back."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from .conftest import assert_accessible

pytestmark = pytest.mark.browser


def test_twente_has_its_own_site(page, live_server):
    port = urlparse(live_server.url).port
    # The demo sites are made for port 8000; point them at the test server (save() also
    # clears Wagtail's cached site addresses).
    for site in Site.objects.all():
        site.port = port
        if site.is_default_site:
            site.hostname = "localhost"
        site.save()
    page.goto(f"http://twente.localhost:{port}/nl/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Leerwerkloket Twente")
    assert_accessible(page)
    page.get_by_role("link", name="Naar de landelijke site").click()
    expect(page).to_have_url(f"http://localhost:{port}/nl/")
