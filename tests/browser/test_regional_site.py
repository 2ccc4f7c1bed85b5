"""A desk's own site: served on its own hostname with the national header and a way back."""

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, serve_demo_sites_here

pytestmark = pytest.mark.browser


def test_twente_has_its_own_site(page, live_server):
    port = serve_demo_sites_here(live_server)
    page.goto(f"http://twente.localhost:{port}/nl/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Leerwerkloket Twente")
    assert_accessible(page)
    page.get_by_role("link", name="Naar de landelijke site").click()
    expect(page).to_have_url(f"http://localhost:{port}/nl/")
