"""The way in: the start page, the "Meld uw organisatie aan" buttons that lead to it, and where
people land after logging in."""

import pytest
from django.urls import reverse

from ambassadors.factories import AmbassadorFactory
from cms.core.blocks import validate_link_address
from taalakkoord import services
from taalakkoord.factories import CommitmentFactory

from .conftest import verified_user

START = "/nl/mijn-taalakkoord/aanmelden/"
FIRST_STEP = reverse("taalakkoord:wizard", args=["organisation"])


def test_the_start_page_explains_joining_and_offers_both_ways_in(client, db):
    response = client.get(START)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Wat meedoen betekent", "De stappen", "Wat u nodig hebt", "KvK-nummer",
                 "ongeveer een kwartier", "Plan van aanpak"):  # fmt: skip
        assert text in html, text
    assert f'href="{reverse("account_signup")}?next=/nl/' in html
    assert f'href="{reverse("account_login")}?next=/nl/' in html
    assert "Account maken" in html and "Inloggen" in html


def test_signed_in_people_go_on_where_they_are(client, employer):
    newcomer = verified_user("nieuwkomer")
    client.force_login(newcomer)
    assert f'href="{FIRST_STEP}"' in client.get(START).content.decode()
    assert "Begin met uw aanmelding" in client.get(START).content.decode()
    client.force_login(employer)  # a draft: go on with it
    assert "Ga verder met uw aanmelding" in client.get(START).content.decode()
    services.submit(employer.membership.organisation.commitment, employer)
    html = client.get(START).content.decode()
    assert "Naar Mijn Taalakkoord" in html and FIRST_STEP not in html


def test_the_directory_explains_its_count_and_leads_to_the_start(client, directory):
    CommitmentFactory(approved=True, organisation__name="Zichtbaar B.V.")
    CommitmentFactory(approved=True, organisation__name="Geheim B.V.", consent_publish=False)
    html = client.get(directory.url).content.decode()
    assert "Van de 2 leden staat er 1 hieronder" in html
    assert f'href="{START}"' in html and "Meld uw organisatie aan" in html
    # The counter's "see who takes part" would lead to this same page: left out here.
    assert "Bekijk wie meedoet" not in html
    filtered = client.get(directory.url, {"q": "Zichtbaar"}).content.decode()
    assert "staat er 1 hieronder" in filtered


def test_ambassador_pages_lead_to_the_start(client, ambassadors_page):
    index = ambassadors_page
    ambassador = AmbassadorFactory(name="Fatima el Amrani")
    for url in (index.url, index.url + ambassador.slug + "/"):
        html = client.get(url).content.decode()
        assert f'href="{START}"' in html, url


def test_invitation_links_land_on_the_start_page(client, db):
    ambassador = AmbassadorFactory(name="Fatima el Amrani")
    response = client.get(reverse("ambassadors:invitation", args=[ambassador.referral_code]))
    assert response["Location"] == START
    assert "Fatima el Amrani" in client.get(START).content.decode()


def test_staff_land_in_the_admin_and_members_in_my_taalakkoord(client, employer, national_team):
    for user, landing in ((national_team, "/admin/"), (employer, reverse("taalakkoord:dashboard"))):
        user.set_password("Taalakkoord-2026!")
        user.save()
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": "Taalakkoord-2026!"}
        )
        assert response["Location"] == landing, user
        client.logout()
    # A next address (the admin's own login redirect, say) still comes first.
    response = client.post(
        f"{reverse('account_login')}?next=/nl/zoeken/",
        {"login": national_team.email, "password": "Taalakkoord-2026!", "next": "/nl/zoeken/"},
    )
    assert response["Location"] == "/nl/zoeken/"


@pytest.mark.parametrize("address", ["/nl/mijn-taalakkoord/aanmelden/", "https://www.kvk.nl/"])
def test_links_may_point_to_addresses_on_this_site(address):
    validate_link_address(address)


@pytest.mark.parametrize("address", ["//evil.example/", "javascript:alert(1)", "aanmelden"])
def test_links_refuse_other_addresses(address):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_link_address(address)
