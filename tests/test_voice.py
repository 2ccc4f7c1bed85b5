"""One form of address on the Dutch site: "u", never "je" (docs/voice.md).

Checked in the Dutch catalogue, in the literal text of the templates, and on the demo site as a
visitor reads it. "Aanmelden" is only for joining the Taalakkoord: logging in is "Inloggen".
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from django.urls import reverse

from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
TEMPLATES = ROOT / "templates"

INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jouwe|jullie|jezelf)\b", re.IGNORECASE)
AANMELDEN = re.compile(r"\baanmelden\b", re.IGNORECASE)

# The only texts that may keep "je": quotes of people, in their own words (docs/voice.md). Give
# the exact text of the quote; the demo test checks that each one is shown as a quote.
ALLOWED_QUOTES: tuple[str, ...] = ()


def informal_words(text):
    for quote in ALLOWED_QUOTES:
        text = text.replace(quote, " ")
    return sorted({match.group(0) for match in INFORMAL.finditer(text)})


def in_context(text):
    """Each informal word in `text` with a few words around it, for a readable failure."""
    for quote in ALLOWED_QUOTES:
        text = text.replace(quote, " ")
    return [text[max(0, m.start() - 50) : m.end() + 50] for m in INFORMAL.finditer(text)]


# The Dutch catalogue ------------------------------------------------------------------------


def test_the_dutch_catalogue_says_u():
    offenders = []
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        for text in (entry.msgstr, *entry.msgstr_plural.values()):
            if informal_words(text):
                offenders.append(f"{entry.msgid!r} -> {text!r}")
    assert offenders == []


def test_the_dutch_catalogue_says_u_hebt_not_u_heeft():
    """Both are Dutch; the site picks one (docs/voice.md)."""
    heeft = [
        entry.msgstr
        for entry in polib.pofile(str(CATALOGUE))
        if not entry.obsolete and re.search(r"\b(?:[Uu] heeft|[Hh]eeft u)\b", entry.msgstr)
    ]
    assert heeft == []


def test_the_dutch_catalogue_calls_the_taalakkoords_organisations_leden():
    """One name for one count: "leden" on the site and in the admin, never "deelnemers"."""
    deelnemers = [
        text
        for entry in polib.pofile(str(CATALOGUE))
        if not entry.obsolete
        for text in (entry.msgstr, *entry.msgstr_plural.values())
        if re.search(r"\bdeelnemer", text, re.IGNORECASE)
    ]
    assert deelnemers == []


# Templates ----------------------------------------------------------------------------------

COMMENT = re.compile(r"{#.*?#}|{%\s*comment\b.*?%}.*?{%\s*endcomment\s*%}", re.DOTALL)
TAG = re.compile(r"{%.*?%}|{{.*?}}", re.DOTALL)
STRING = re.compile(r'"([^"]*)"|\'([^\']*)\'')


def template_text(source):
    """A template's literal text, with each tag replaced by the strings quoted in it.

    `{% translate "..." %}` holds an English msgid (the catalogue test covers its Dutch); a
    Dutch text written straight into the page, or quoted in a tag, is shown as it stands.
    """
    source = COMMENT.sub(" ", source)
    return TAG.sub(
        lambda tag: " " + " ".join(a or b for a, b in STRING.findall(tag.group(0))) + " ", source
    )


def test_templates_say_u():
    paths = sorted(p for p in TEMPLATES.rglob("*") if p.suffix in {".html", ".txt"})
    assert len(paths) > 50  # the whole tree, not an empty folder
    offenders = []
    for path in paths:
        text = template_text(path.read_text(encoding="utf-8"))
        for line in text.splitlines():
            if informal_words(line):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []


def test_the_template_check_sees_literal_text_and_quoted_strings():
    assert informal_words(template_text("<p>Heb je haast?</p>")) == ["je"]
    assert informal_words(template_text('{% include "x.html" with title="Jouw regio" %}'))
    assert informal_words(template_text("{# je #}{% translate 'Your region' %}")) == []


# The demo site ------------------------------------------------------------------------------


class Page(HTMLParser):
    """What a visitor reads on a page: its text, the texts of links and buttons, and quotes."""

    SKIP = {"script", "style"}
    QUOTES = {"blockquote", "q"}
    READABLE = {"alt", "title", "aria-label", "placeholder"}

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.parts, self.quotes, self.links = [], [], []
        self._skip, self._open_quotes, self._link = 0, [], None
        self.feed(html)
        self.close()

    @property
    def text(self):
        return " ".join(" ".join(self.parts).split())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self._skip += 1
        if tag in self.QUOTES:
            self._open_quotes.append([])
        if tag in {"a", "button"}:  # a button's "link" is empty
            self._link = [attrs.get("href") or "", []]
        if tag == "meta" and attrs.get("name") == "description":
            self._add(attrs.get("content") or "")
        if tag in {"input", "button"} and attrs.get("type") == "submit" and attrs.get("value"):
            self._add(attrs["value"])
            self.links.append(("", attrs["value"]))
        for name in self.READABLE & attrs.keys():
            self._add(attrs[name] or "")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        if tag in self.QUOTES and self._open_quotes:
            self.quotes.append(" ".join(" ".join(self._open_quotes.pop()).split()))
        if tag in {"a", "button"} and self._link:
            href, words = self._link
            self.links.append((href, " ".join(" ".join(words).split())))
            self._link = None

    def handle_data(self, data):
        if not self._skip:
            self._add(data)

    def _add(self, text):
        self.parts.append(text)
        for quote in self._open_quotes:
            quote.append(text)
        if self._link:
            self._link[1].append(text)


def fetch(client, url, **kwargs):
    """GET a page, on its own site's host when it has one (Leerwerkloket Twente's)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    host = {"HTTP_HOST": parts.netloc} if parts.netloc else {}
    return client.get(path, **host, **kwargs)


@pytest.fixture(scope="module")
def dutch_pages(demo_world, django_db_blocker):  # noqa: F811 -- the fixture imported above
    """Every live Dutch page of the demo, the main pages that are not Wagtail pages, and the
    contact form after sending it empty, as a bot, and filled in.

    Tests that use it also ask for `db`: pytest-django only sets up the test database for a
    session that has a test asking for one.
    """
    from django.test import Client
    from django.utils import translation
    from wagtail.models import Page as WagtailPage

    client = Client()
    with django_db_blocker.unblock(), translation.override("nl"):
        urls = []
        for page in WagtailPage.objects.live().public().filter(locale__language_code="nl"):
            parts = page.get_url_parts()
            if parts is not None:
                urls.append(parts[1] + parts[2])
        urls += [reverse("search") + "?q=onbekend-woord", reverse("taalakkoord:start")]
        pages = {url: Page(fetch(client, url).content.decode()) for url in urls}
        form = demo_world.form_page
        data = {field.clean_name: "Fatima" for field in form.get_form_fields()}
        data.update(e_mailadres="fatima@example.org", waar_gaat_uw_vraag_over="Iets anders")
        posts = {
            "contact form sent empty": {},
            "contact form sent by a bot": {**data, "website_address": "http://spam.example"},
            "contact form sent": data,
        }
        for label, post in posts.items():
            pages[label] = Page(client.post(form.url, post).content.decode())
    assert "Bedankt voor uw bericht" in pages["contact form sent"].text
    assert "Uw bericht kon niet worden verstuurd" in pages["contact form sent by a bot"].text
    return pages


def test_the_demo_site_says_u(db, dutch_pages):
    assert len(dutch_pages) > 30  # home, sections, news, good practices, desks, vacancies…
    offenders = {url: in_context(page.text) for url, page in dutch_pages.items()}
    offenders = {url: snippets for url, snippets in offenders.items() if snippets}
    assert offenders == {}
    quotes = {quote for page in dutch_pages.values() for quote in page.quotes}
    assert [quote for quote in ALLOWED_QUOTES if not any(quote in q for q in quotes)] == []


def test_aanmelden_is_only_for_joining_and_logging_in_is_inloggen(db, dutch_pages):
    """Every link to the login page says "Inloggen"; every link or button that says "aanmelden"
    or "meld … aan" leads to the Taalakkoord's start page."""
    login, join = reverse("account_login"), reverse("taalakkoord:start")
    links = [
        (url, urlsplit(href).path, text)
        for url, page in dutch_pages.items()
        for href, text in page.links
    ]
    login_links = [text for _url, path, text in links if path == login]
    assert login_links and set(login_links) == {"Inloggen"}
    elsewhere = [
        (url, path, text)
        for url, path, text in links
        if re.search(r"aanmeld|\bmeld\b.*\baan\b", text, re.IGNORECASE)
        and not path.startswith(join)
    ]
    assert elsewhere == []
    assert any(text == "Meld uw organisatie aan" for _url, _href, text in links)


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("account_login", "Inloggen"),
        ("account_signup", "Account maken"),
        ("account_reset_password", "Wachtwoord vergeten"),
    ],
)
def test_the_account_pages_say_inloggen_and_u(db, client, name, heading):
    """allauth's own Dutch says "je" and "aanmelden"; our templates and catalogue do not."""
    page = Page(client.get(reverse(name)).content.decode())
    assert heading in page.text
    assert AANMELDEN.findall(page.text) == []
    assert informal_words(page.text) == []


def test_the_admin_says_u_where_staff_work_most(db, client, demo_world):  # noqa: F811
    """Wagtail's Dutch says "je"; on the screens staff use every day our catalogue says "u"
    (cms/core/library_texts.py): the dashboard, empty searches, uploads and confirmations."""
    from wagtail.models import Page as WagtailPage

    home = WagtailPage.objects.get(url_path="/leren-en-werken/")
    client.force_login(demo_world.users["superuser"])
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_pages:delete", args=[home.get_children().first().pk]),
        reverse("wagtailadmin_pages:unpublish", args=[home.get_children().first().pk]),
        reverse("employers_profile_changes:index") + "?q=bestaat-niet",
        reverse("wagtailimages:index") + "?q=bestaat-niet",
        reverse("wagtaildocs:index") + "?q=bestaat-niet",
        reverse("wagtailimages:add_multiple"),
    ]
    offenders, texts = {}, {}
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
        assert response.status_code == 200, url
        texts[url] = Page(response.content.decode()).text
        found = in_context(texts[url])
        if found:
            offenders[url] = found
    assert offenders == {}
    # In Dutch and in our words, not merely without "je".
    assert "Weet u zeker dat u deze pagina wilt verwijderen?" in texts[urls[2]]
    assert "gevonden bij uw zoekopdracht" in texts[urls[4]]
