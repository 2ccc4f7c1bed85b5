"""The demo site's way in, followed by links only (its own module: the demo loads once)."""

import re

import pytest

from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

START = "/nl/mijn-taalakkoord/aanmelden/"


@pytest.mark.usefixtures("demo_world")
def test_the_demo_leads_from_the_home_page_to_the_start_page(db, client):
    """By links only: home page, "Meld uw organisatie aan"; and the Taalakkoord page too."""
    home = client.get("/nl/").content.decode()
    assert re.search(rf'href="{START}"[^>]*>\s*Meld uw organisatie aan', home)
    taalakkoord = re.search(r'href="(/nl/[^"]*taalakkoord/)"', home).group(1)
    assert f'href="{START}"' in client.get(taalakkoord).content.decode()
    assert 'href="/en/my-taalakkoord/join/"' in client.get("/en/").content.decode()
