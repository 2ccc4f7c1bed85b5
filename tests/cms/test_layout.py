"""The frame around every page (menu, footer, language links, breadcrumbs, feeds) is built once
per data version and costs no queries after that; publishing a page or saving the navigation or
site settings shows the change on the next view (cms/core/layout.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.core.models import Navigation, SiteSettings
from cms.news.factories import NewsIndexPageFactory
from cms.standardpages.factories import ContentPageFactory

FRAME_TABLES = ("core_navigation", "core_sitesettings", "news_newsindexpage")

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_menu(home, dutch):
    about = ContentPageFactory(parent=home, title="Over ons", slug="over-ons")
    team = ContentPageFactory(parent=about, title="Het team", slug="team")
    NewsIndexPageFactory(parent=home, title="Nieuws", slug="nieuws")
    Navigation.objects.create(
        locale=dutch,
        main_links=[("link", {"page": about, "title": ""})],
        footer_text="Een site van de Leerwerkloketten.",
        footer_links=[("link", {"page": about, "title": "Wie wij zijn"})],
    )
    SiteSettings.objects.update_or_create(site=home.get_site(), defaults={"phone": "088 000 00 00"})
    return about, team


def view(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries.captured_queries]


def test_the_frame_costs_no_queries_once_kept(client, site_with_menu):
    _about, team = site_with_menu
    cold_html, cold = view(client, team.url)
    warm_html, warm = view(client, team.url)
    assert warm_html == cold_html
    assert any(table in sql for sql in cold for table in FRAME_TABLES)
    assert not any(table in sql for sql in warm for table in FRAME_TABLES)
    # Menu, footer, settings, language links, breadcrumbs and feeds: at most 3 queries together.
    assert len(cold) - len(warm) >= 5
    assert len(warm) <= 10
    assert 'href="/nl/over-ons/"' in warm_html and "Wie wij zijn" in warm_html
    assert "088 000 00 00" in warm_html


def test_publishing_a_page_shows_its_new_title_in_the_menu(client, site_with_menu):
    about, team = site_with_menu
    view(client, team.url)
    about.title = "Over de Leerwerkloketten"
    about.save_revision().publish()
    html, _queries = view(client, team.url)
    assert "Over de Leerwerkloketten" in html


def test_saving_the_navigation_or_settings_shows_at_once(client, site_with_menu):
    _about, team = site_with_menu
    view(client, team.url)
    navigation = Navigation.objects.get()
    navigation.footer_text = "Nieuwe tekst in de voet."
    navigation.save()
    settings = SiteSettings.objects.get()
    settings.phone = "088 111 11 11"
    settings.save()
    html, _queries = view(client, team.url)
    assert "Nieuwe tekst in de voet." in html and "088 111 11 11" in html


def test_each_language_and_host_has_its_own_frame(client, site_with_menu, home_en):
    _about, team = site_with_menu
    dutch_html, _queries = view(client, team.url)
    english_html, _queries = view(client, home_en.url)
    assert 'lang="nl"' in dutch_html and 'lang="en"' in english_html
    assert "Een site van de Leerwerkloketten." in dutch_html


def test_an_unpublished_page_leaves_the_menu(client, site_with_menu):
    about, team = site_with_menu
    other = ContentPageFactory(parent=about.get_parent(), title="Tijdelijk", slug="tijdelijk")
    navigation = Navigation.objects.get()
    navigation.main_links = [
        ("link", {"page": about, "title": ""}),
        ("link", {"page": other, "title": ""}),
    ]
    navigation.save()
    html, _queries = view(client, team.url)
    assert ">Tijdelijk<" in html
    other.unpublish()
    html, _queries = view(client, team.url)
    assert ">Tijdelijk<" not in html
