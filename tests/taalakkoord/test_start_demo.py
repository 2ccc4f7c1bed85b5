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
    english_home = client.get("/en/").content.decode()
    english = re.search(r'href="(/en/[^"]*taalakkoord/)"', english_home).group(1)
    page = client.get(english).content.decode()
    assert 'href="/en/my-taalakkoord/join/"' in page and "What does a member do?" in page
    assert "Wat doet u als lid?" not in page


@pytest.mark.usefixtures("demo_world")
def test_demo_members_have_names_of_their_own_and_a_person_who_signed(db):
    from collections import Counter

    from employers.models import Organisation
    from taalakkoord.models import Commitment

    names = Counter(Organisation.objects.values_list("name", flat=True))
    assert [name for name, count in names.items() if count > 1] == []
    signatories = Commitment.objects.exclude(signatory_name="").values_list(
        "signatory_name", flat=True
    )
    assert "Directie" not in set(signatories)
    assert all(" " in name for name in signatories)  # a first and a last name


def test_every_region_has_a_real_place_for_its_demo_members(db):
    """Demo members live in a town of their region, not in "Food" or "Midden"."""
    from cms.core.models import Region
    from taalakkoord.demo import PLACES

    assert sorted(PLACES) == sorted(Region.objects.values_list("slug", flat=True))
