"""The routing cache (cms/core/routing.py): a page is found in one query once its address is
known, and nothing about access changes: restrictions, unpublishing and sub-addresses hold."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from cms.goodpractices.factories import GoodPracticePageFactory
from cms.news.factories import NewsPageFactory
from cms.standardpages.factories import ContentPageFactory


def queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, [q["sql"] for q in captured.captured_queries]


@pytest.fixture
def item(news_index):
    return NewsPageFactory(parent=news_index, title="Taal op de werkvloer werkt")


def test_a_known_address_costs_one_query_for_the_page(client, item):
    client.get(item.url)  # the first view makes the site's settings row: a new data version
    client.get(item.url)  # Wagtail's routing, remembered
    response, sql = queries(client, item.url)
    assert response.status_code == 200 and "Taal op de werkvloer werkt" in response.text
    page_reads = [q for q in sql if '"wagtailcore_page"' in q]
    assert len(page_reads) == 1, "\n".join(page_reads)
    assert not any("wagtailcore_site" in q or "wagtailcore_locale" in q for q in sql)
    assert not any("wagtailcore_pageviewrestriction" in q for q in sql)


def test_listing_and_detail_pages_cost_the_same_whatever_their_depth(client, home, practice_index):
    page = GoodPracticePageFactory(parent=practice_index)
    client.get(page.url)
    client.get(page.url)
    few = len(queries(client, page.url)[1])
    deeper = ContentPageFactory(parent=ContentPageFactory(parent=ContentPageFactory(parent=home)))
    client.get(deeper.url)
    assert len(queries(client, deeper.url)[1]) <= few


def test_an_unpublished_page_is_gone_at_once(client, item):
    client.get(item.url)
    item.unpublish()
    assert client.get(item.url).status_code == 404


def test_a_restriction_added_later_applies_at_once(client, item, news_index, editor):
    assert client.get(item.url).status_code == 200
    PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(item.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert item.title not in client.get("/nl/zoeken/?q=werkvloer").text
    client.force_login(editor)
    assert client.get(item.url).status_code == 200


def test_a_password_restriction_still_asks_for_the_password(client, item):
    client.get(item.url)
    PageViewRestriction.objects.create(
        page=item, restriction_type=PageViewRestriction.PASSWORD, password="geheim-wachtwoord"
    )
    response = client.get(item.url)
    assert response.status_code == 200 and "Taal op de werkvloer werkt" not in response.text
    assert 'name="password"' in response.text


def test_listings_leave_out_restricted_pages_at_once(client, news_index, item):
    hidden = NewsPageFactory(parent=news_index, title="Alleen voor het team")
    assert "Alleen voor het team" in client.get(news_index.url).text
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    listing = client.get(news_index.url).text
    assert "Alleen voor het team" not in listing and item.title in listing


def test_sub_addresses_of_a_routable_page_are_routed_each_time(client, home):
    from taalakkoord.factories import CommitmentFactory
    from taalakkoord.models import MemberDirectoryPage

    directory = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=directory)
    member = CommitmentFactory(approved=True, consent_publish=True).organisation
    profile = f"{directory.url}{member.slug}/"
    for _ in range(2):
        assert member.name in client.get(profile).text
        assert client.get(directory.url).status_code == 200
    assert client.get(f"{directory.url}bestaat-niet/").status_code == 404
    # Once the directory's own address is known, a profile is routed by the directory itself.
    response, sql = queries(client, profile)
    assert member.name in response.text
    assert not any("wagtailcore_site" in q for q in sql)
    assert not any('"wagtailcore_page"."slug" =' in q for q in sql)  # no walk down the tree


def test_a_profile_seen_first_makes_the_directorys_address_known(client, home):
    """A visitor who lands on a profile (from a search engine) never saw the directory itself:
    routing the profile remembers the directory's address, so the next profile is not routed
    down the tree again."""
    from taalakkoord.factories import CommitmentFactory
    from taalakkoord.models import MemberDirectoryPage

    directory = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=directory)
    first, second = (
        CommitmentFactory(approved=True, consent_publish=True).organisation for _ in range(2)
    )
    client.get(f"{directory.url}{first.slug}/")  # the site's settings row: a new data version
    client.get(f"{directory.url}{first.slug}/")
    response, sql = queries(client, f"{directory.url}{second.slug}/")
    assert second.name in response.text
    assert not any('"wagtailcore_page"."slug" =' in q for q in sql)  # no walk down the tree


def test_a_child_of_a_routable_page_is_found_through_the_known_parent(client, news_index):
    """The news index routes tags itself; a news item not seen yet is still its child."""
    item = NewsPageFactory(parent=news_index, title="Nog niet bezocht")
    client.get(news_index.url)
    client.get(news_index.url)  # known from here on; the item is not
    response, sql = queries(client, item.url)
    assert "Nog niet bezocht" in response.text
    assert not any("wagtailcore_site" in q for q in sql)  # routed from the known index
    assert client.get(f"{news_index.url}bestaat-niet/").status_code == 404


def test_each_host_keeps_its_own_pages(client, home, dutch):
    from wagtail.models import Page

    from cms.home.factories import HomePageFactory

    desk_home = HomePageFactory(
        parent=Page.get_first_root_node(), slug="twente-home", locale=dutch, title="Twente"
    )
    Site.objects.create(hostname="twente.localhost", root_page=desk_home, port=80)
    ContentPageFactory(parent=home, slug="over-ons", title="Over Leren en Werken")
    ContentPageFactory(parent=desk_home, slug="over-ons", title="Over het loket in Twente")
    for _ in range(2):
        assert "Over Leren en Werken" in client.get("/nl/over-ons/").text
        twente = client.get("/nl/over-ons/", HTTP_HOST="twente.localhost").text
        assert "Over het loket in Twente" in twente


def test_a_not_found_in_the_admin_stays_in_the_admin(client, db):
    """Django's LocaleMiddleware sent every 404 outside /nl/ and /en/ to the same address with
    /nl/ in front, which our pages' catch-all takes: the admin's 404s ended on the public site."""
    from django.contrib.auth import get_user_model

    response = client.get("/documents/999999/geen.pdf")
    assert response.status_code == 404 and "Location" not in response
    assert client.get("/admin/bestaat-niet/")["Location"].startswith("/admin/login/")
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(admin)
    html = client.get("/admin/bestaat-niet/").content.decode()
    assert "Niet gevonden" in html and 'href="/admin/"' in html  # in the admin's own look, ours
    assert "<title>Niet gevonden - Leren en Werken</title>" in html  # the site, not the CMS
    # An old link to a page without its language still finds the page's address.
    assert client.get("/over-ons/")["Location"] == "/nl/over-ons/"
