"""Dutch first, English second: URL prefixes, the switcher, and the browser's preference."""

from cms.standardpages.factories import ContentPageFactory


def test_root_sends_visitors_to_their_preferred_language(client, home_en):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9")["Location"] == "/nl/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/nl/"


def test_english_home_page_is_in_english(client, home_en):
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert "Get ahead with learning and working" in html
    assert "Skip to main content" in html


def test_switcher_links_to_the_translation_of_the_same_page(client, home, home_en, english):
    about = ContentPageFactory(parent=home, title="Over ons", slug="over-ons")
    about_en = about.copy_for_translation(english)
    about_en.title, about_en.slug = "About us", "about-us"
    about_en.save_revision().publish()
    html = client.get("/nl/over-ons/").content.decode()
    assert 'href="/en/about-us/" hreflang="en"' in html
    assert 'aria-current="true">Nederlands' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about-us/">' in html


def test_switcher_falls_back_to_the_home_page_without_a_translation(client, home, home_en):
    ContentPageFactory(parent=home, title="Alleen Nederlands", slug="alleen-nl")
    html = client.get("/nl/alleen-nl/").content.decode()
    assert 'href="/en/" hreflang="en"' in html


def test_search_page_switches_language_too(client, home_en):
    html = client.get("/nl/zoeken/?q=taal").content.decode()
    assert 'href="/en/search/?q=taal" hreflang="en"' in html


def test_english_good_practice_shows_english_theme_names(client, practice_index, home_en, english):
    from cms.core.factories import ThemeFactory
    from cms.goodpractices.factories import GoodPracticePageFactory

    theme = ThemeFactory(name="Loopbaanadvies", slug="loopbaanadvies")
    theme_en = theme.copy_for_translation(english)
    theme_en.name = "Career advice"
    theme_en.save()
    practice = GoodPracticePageFactory(parent=practice_index, slug="aanpak", themes=[theme])
    index_en = practice_index.copy_for_translation(english)
    index_en.save_revision().publish()
    practice_en = practice.copy_for_translation(english)
    practice_en.save_revision().publish()
    html = client.get(practice_en.url).content.decode()
    assert "Career advice" in html and "Loopbaanadvies" not in html


def test_a_page_not_translated_yet_says_so_and_is_marked_as_dutch(client, home, home_en, english):
    """Tree sync makes an alias of every new Dutch page: until an editor translates it, it shows
    Dutch text. It says so in English, its content carries lang="nl", it points search engines
    at the Dutch page, and it is left out of the sitemap, the hreflang alternates and search."""
    page = ContentPageFactory(parent=home, title="Werken in de zorg", slug="werken-in-de-zorg")
    alias = page.copy_for_translation(english, alias=True)
    english_html = client.get(alias.url).content.decode()
    assert '<main id="main" tabindex="-1" class="" lang="nl">' in english_html
    assert (
        '<p class="notice notice--language" lang="en">This page has not been translated yet.'
        in (english_html)
    )
    assert '<link rel="canonical" href="http://testserver/nl/werken-in-de-zorg/">' in english_html
    assert 'hreflang="en" href="http://testserver/en/' not in english_html
    dutch_html = client.get("/nl/werken-in-de-zorg/").content.decode()
    assert '<link rel="alternate" hreflang="en"' not in dutch_html
    assert f'href="{alias.url}" hreflang="en" lang="en">English <small>(not translated yet)' in (
        dutch_html
    )
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/nl/werken-in-de-zorg/" in sitemap and alias.url not in sitemap
    assert "Werken in de zorg" not in client.get("/en/search/", {"q": "zorg"}).content.decode()
    # Translated: a page of its own, in every list again.
    translated = alias.specific
    translated.alias_of, translated.title = None, "Working in care"
    translated.save_revision().publish()
    dutch_html = client.get("/nl/werken-in-de-zorg/").content.decode()
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{alias.url}">' in dutch_html
    assert alias.url in client.get("/sitemap.xml").content.decode()


def test_a_members_profile_switches_to_the_same_profile_in_english(client, home, home_en, english):
    """Not to the whole English directory: the same member, and a filtered list keeps its
    filters (codes, the same in both languages), but not made-up parameters."""
    from taalakkoord.factories import CommitmentFactory
    from taalakkoord.models import MemberDirectoryPage

    directory = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=directory)
    directory_en = directory.copy_for_translation(english)
    directory_en.title, directory_en.slug = "Members", "members"
    directory_en.save_revision().publish()
    member = CommitmentFactory(approved=True, organisation__name="Hotel De Linde")
    slug = member.organisation.slug

    html = client.get(f"/nl/deelnemers/{slug}/").content.decode()
    assert f'href="/en/members/{slug}/" hreflang="en"' in html
    assert f'hreflang="en" href="http://testserver/en/members/{slug}/"' in html
    english_html = client.get(f"/en/members/{slug}/").content.decode()
    assert f'href="/nl/deelnemers/{slug}/" hreflang="nl"' in english_html

    filtered = client.get("/nl/deelnemers/?region=twente&utm_source=nieuwsbrief").content.decode()
    assert 'href="/en/members/?region=twente" hreflang="en"' in filtered
