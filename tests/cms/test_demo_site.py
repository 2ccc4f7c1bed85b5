"""The demo site as a visitor finds it, built once for these tests: every page reachable by links
and advertising the news feeds; an English site that is English (every Dutch page has an English
address that answers, and the English sitemap reads as English wherever it says lang="en"); and a
glossary of the site's jargon in both languages."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import reverse

from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

pytestmark = pytest.mark.django_db  # the test database before the module's demo is built


# Reachability and feeds ------------------------------------------------------------

LINK = re.compile(r'<a\s[^>]*href="([^"#]*)', re.I)


def crawl(client, start, prefix):
    """Paths under `prefix` reached from `start` by following links, as a visitor would."""
    seen, queue = set(), [start]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            parts = urlsplit(urljoin(path, href.replace("&amp;", "&")))
            ours = parts.netloc in ("", "testserver") and parts.path.startswith(prefix)
            if ours and not parts.query and parts.path not in seen:
                queue.append(parts.path)
    return seen


def sitemap_paths(client, prefix):
    xml = client.get("/sitemap.xml").content.decode()
    paths = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}
    return {path for path in paths if path.startswith(prefix)}


FEEDS = re.compile(
    r'<link rel="alternate" type="application/(rss|atom)\+xml" title="[^"]+" href="([^"]+)"'
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_in_the_sitemap_is_reached_by_following_links(client, demo_world, language):  # noqa: F811
    """The crawl follows only links, no query strings, from the home page of the language."""
    prefix = f"/{language}/"
    listed = sitemap_paths(client, prefix)
    assert len(listed) > 20
    reached = crawl(client, prefix, prefix)
    assert sorted(listed - reached) == [], sorted(listed - reached)


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/nl/", "/nl/nieuws/feed/"),
        ("/en/about-the-leerwerkloketten/", "/en/news/feed/"),
        ("/nl/leerwerkloketten/twente/nieuws/", "/nl/leerwerkloketten/twente/nieuws/feed/"),
    ],
)
def test_every_page_tells_a_feed_reader_where_the_news_is(client, demo_world, path, feed):  # noqa: F811
    """The national feeds from any page; a desk's news index offers its own."""
    feeds = dict(FEEDS.findall(client.get(path).content.decode()))
    assert feeds["rss"] == feed and feeds["atom"] == feed.replace("/feed/", "/atom/")
    assert client.get(feeds["rss"])["Content-Type"].startswith("application/rss+xml")


# The English site ------------------------------------------------------------

# Short Dutch words that English text never holds. Names ("Rijk van Nijmegen", "ROC van Twente",
# "Bakkerij De Horst") are taken out first.
DUTCH_WORDS = {
    "de", "het", "een", "van", "voor", "met", "niet", "zijn", "wordt", "ook", "bij", "naar",
    "uw", "wij", "je", "dat", "deze", "wat", "hoe", "kunt", "hebt", "heeft", "maar",
    "nog", "meer", "zich", "tot", "dan", "en", "op", "aan", "om", "uit", "wilt",
}  # fmt: skip
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class EnglishText(HTMLParser):
    """Collects the text that the page marks as English (the nearest lang attribute)."""

    def __init__(self):
        super().__init__()
        self.open, self.texts = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.open and self.open[-1][0] in ("script", "style"):
            return
        language = next((lang for _tag, lang in reversed(self.open) if lang), None)
        if language == "en" and data.strip():
            self.texts.append(data.strip())


def names():
    from cms.core.models import Region
    from cms.desks.models import DeskPartner
    from employers.models import Organisation

    found = set(Region.objects.values_list("name", flat=True))
    found |= set(DeskPartner.objects.values_list("name", flat=True))
    found |= set(Organisation.objects.values_list("name", flat=True))
    found |= {"Leren en Werken", "Leren en werken"}
    return sorted(found, key=len, reverse=True)


def dutch_in(text, known_names):
    for name in known_names:
        text = text.replace(name, " ")
    words = re.findall(r"[a-zà-ÿ]+", text)  # lower case only: "De" may start a name
    return [word for word in words if word in DUTCH_WORDS]


def test_every_dutch_page_has_an_english_address_that_answers(client, demo_world):  # noqa: F811
    from wagtail.models import Locale, Page

    from cms.home.models import HomePage

    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    dutch = Page.objects.live().public().filter(locale__language_code="nl", depth__gt=1)
    translations = {
        page.translation_key: page for page in Page.objects.live().filter(locale=english).specific()
    }
    for page in dutch:
        counterpart = translations.get(page.translation_key)
        assert counterpart is not None, f"{page.url} has no English version"
        path = "/en/" + counterpart.url_path[len(home.url_path) :]  # on the national site
        assert client.get(path).status_code == 200, path


def test_every_demo_page_and_snippet_is_translated_through_wagtail_localize(client, demo_world):  # noqa: F811
    """Editors see the English demo content as translations they can edit and sync, with
    English addresses, not as copies or as aliases that still show Dutch."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    from cms.core.models import Theme
    from taalakkoord.models import Measure

    translated = set(
        Translation.objects.filter(target_locale__language_code="en").values_list(
            "source__object_id", flat=True
        )
    )
    english = Page.objects.live().filter(locale__language_code="en", depth__gt=2)
    assert english.count() > 60
    for page in english:
        assert page.alias_of_id is None, f"{page.url_path} is not translated"
        assert page.translation_key in translated, page.url_path
    for model in (Theme, Measure):
        for item in model.objects.filter(locale__language_code="en"):
            assert item.translation_key in translated, item
    paths = set(english.values_list("url_path", flat=True))
    for path in ("/news/first-29-employers-sign-taalakkoord/", "/contact/", "/desks/twente/news/"):
        assert any(p.endswith(path) for p in paths), path
    contact = client.get("/en/contact/").content.decode()
    assert "What is your question about?" in contact and "Naam" not in contact


def test_every_page_of_the_english_sitemap_reads_as_english(client, demo_world):  # noqa: F811
    english = sorted(sitemap_paths(client, "/en/"))
    assert len(english) > 20
    known_names = names()
    found = {}
    for path in english:
        response = client.get(path)
        assert response.status_code == 200, path
        parser = EnglishText()
        parser.feed(response.content.decode())
        dutch = [text for text in parser.texts if len(dutch_in(text, known_names)) >= 2]
        if dutch:
            found[path] = dutch[:3]
    assert found == {}


@pytest.mark.parametrize("path", ["/en/desks/twente/", "/en/vacancies/"])
def test_desk_and_vacancy_details_are_in_english(client, demo_world, path):  # noqa: F811
    html = client.get(path).content.decode()
    assert "Maandag" not in html and "Stuur een korte brief" not in html


# The glossary ------------------------------------------------------------

TERMS = {
    "nl": ["Arbeidsmarktregio", "BBL", "BOL", "EVC", "Mbo-niveau", "KvK-uittreksel",
           "Authenticator-app"],
    "en": ["Labour-market region", "BBL", "BOL", "EVC", "Mbo level", "KvK extract",
           "Authenticator app"],
}  # fmt: skip


@pytest.mark.parametrize(("language", "home"), [("nl", "/nl/"), ("en", "/en/")])
def test_the_glossary_is_in_the_footer_and_explains_each_term(client, demo_world, language, home):  # noqa: F811
    footer = client.get(home).content.decode().split('<footer class="site-footer">')[1]
    found = re.search(r'href="([^"]+/(?:begrippen|glossary)/)"', footer)
    assert found, footer[-1500:]
    link = found.group(1)
    html = client.get(link).content.decode()
    headings = re.findall(r"<h2(?: id=\"[^\"]+\")?>([^<]+)</h2>", html)
    for term in TERMS[language]:
        assert any(heading.startswith(term) for heading in headings), term
    # Each term has an anchor, the same in both languages, for the links where a term is used.
    for anchor in ("arbeidsmarktregio", "bbl", "evc", "mbo-niveau", "kvk-uittreksel"):
        assert f'id="{anchor}"' in html


def test_jargon_links_to_its_explanation_where_the_site_uses_it(client, demo_world):  # noqa: F811
    from wagtail.models import Locale

    from cms.vacancies.models import VacancyPage

    vacancy = VacancyPage.objects.get(locale__language_code="nl", slug="leerling-verzorgende-ig")
    html = client.get(vacancy.url).content.decode()
    assert '/nl/over-de-leerwerkloketten/begrippen/#bbl">Wat betekent dit?</a>' in html
    assert '/nl/over-de-leerwerkloketten/begrippen/#mbo-niveau">' in html
    english = client.get(vacancy.get_translation(Locale.objects.get(language_code="en")).url)
    assert '/en/about-the-leerwerkloketten/glossary/#bbl">What does this mean?</a>' in (
        english.content.decode()
    )
    desks = client.get("/nl/leerwerkloketten/").content.decode()
    assert '/nl/over-de-leerwerkloketten/begrippen/#arbeidsmarktregio"' in desks
    # A form field's help text links to the term it uses (the wizard's KvK number).
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django.utils import translation

    from taalakkoord.forms import OrganisationForm

    request = RequestFactory().get("/nl/", HTTP_HOST="127.0.0.1:8000")
    with translation.override("nl"):
        field = OrganisationForm()["kvk_number"]
        html = render_to_string("includes/form_field.html", {"field": field, "request": request})
    assert '/nl/over-de-leerwerkloketten/begrippen/#kvk-uittreksel">Wat betekent dit?</a>' in html


# Plain language ----------------------------------------------------------------------------

# Flesch-Douma, the Dutch Flesch reading ease (textstat): 60 and up reads easily, below 40 it
# gets hard. The demo's pages score 40 to 72 now; a page that falls below 40 fails. Pages that
# are mostly lists of names (desks, members) say little the formula can judge.
READING_EASE_AT_LEAST = 40
LISTS_OF_NAMES = ("/nl/leerwerkloketten/", "/nl/over-de-leerwerkloketten/taalakkoord/deelnemers/")


class MainText(HTMLParser):
    """The text of the page's <main>, without its forms, menus and scripts."""

    SKIP = ("script", "style", "nav", "form")

    def __init__(self):
        super().__init__()
        self.in_main, self.skipping, self.texts = 0, 0, []

    def handle_starttag(self, tag, attrs):
        self.in_main += tag == "main"
        self.skipping += tag in self.SKIP

    def handle_endtag(self, tag):
        self.in_main -= tag == "main"
        self.skipping -= tag in self.SKIP

    def handle_data(self, data):
        if self.in_main > 0 and self.skipping <= 0 and data.strip():
            self.texts.append(data.strip())


def test_every_dutch_page_reads_easily_enough(client, demo_world, capsys):  # noqa: F811
    import textstat

    textstat.set_lang("nl")
    scores = {}
    for path in sorted(sitemap_paths(client, "/nl/")):
        parser = MainText()
        parser.feed(client.get(path).content.decode())
        text = ". ".join(parser.texts)
        if len(text.split()) >= 40 and path not in LISTS_OF_NAMES:
            scores[path] = textstat.flesch_reading_ease(text)
    with capsys.disabled():
        print("\nFlesch-Douma reading ease of the Dutch pages (higher is easier):")
        for path, score in sorted(scores.items(), key=lambda item: item[1]):
            print(f"  {score:5.1f}  {path}")
    assert len(scores) > 20
    hard = {path: round(score) for path, score in scores.items() if score < READING_EASE_AT_LEAST}
    assert hard == {}


def test_the_demo_desk_organises_its_own_event(client, demo_world):  # noqa: F811
    """Twente's signing event sits in Twente's own section: its staff find it in the admin and
    open its registrations; the national overview lists it too."""
    from taalakkoord.models import EventPage

    event = EventPage.objects.get(slug="ondertekening-twente", locale__language_code="nl")
    assert "/twente/bijeenkomsten/" in event.url_path
    national = client.get("/nl/over-de-leerwerkloketten/taalakkoord/bijeenkomsten/")
    assert "Taalakkoord tekenen in Twente" in national.content.decode()
    client.force_login(demo_world.users["regional_editor"])
    listing = client.get(reverse("taalakkoord_events:index")).content.decode()
    assert "Taalakkoord tekenen in Twente" in listing
    assert (
        client.get(reverse("taalakkoord_events:registrations", args=[event.pk])).status_code == 200
    )
