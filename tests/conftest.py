"""Fixtures shared by the whole suite: a small bilingual page tree built with our factories."""

import json
import re

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from cms.core.factories import UserFactory
from cms.goodpractices.factories import GoodPracticeIndexPageFactory
from cms.home.factories import HomePageFactory
from cms.news.factories import NewsIndexPageFactory
from tests.security.conftest import _demo_world_snapshot  # noqa: F401 -- built once per process
from tests.utils import restore_migrated_data


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts clean: no cached site root paths or rate limits, Dutch as the language.

    (A request to /en/ leaves English active in the thread, which would change reverse().)
    """
    cache.clear()
    translation.activate("nl")
    yield
    cache.clear()
    translation.activate("nl")


HOST_AND_PORT = re.compile(r"\b(?:127\.0\.0\.1|localhost|testserver):\d+\b|\btestserver\b")
URL = re.compile(r"https?://\S+")


def assert_our_email(message):
    """What every email the site sends looks like: one subject line, the site's name, no host or
    port outside a link, and a plain-text and an HTML part."""
    from django.conf import settings

    site_name = settings.WAGTAIL_SITE_NAME
    assert message.subject.strip() and "\n" not in message.subject, message.subject
    html = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(html) == 1, f"{message.subject}: no HTML part"
    for part in (message.body, html[0]):
        assert site_name in part, f"{message.subject}: the site's name is missing"
    for text in (message.subject, URL.sub("", message.body)):
        assert not HOST_AND_PORT.search(text), f"{message.subject}: a host name in {text!r}"


@pytest.fixture(autouse=True)
def _every_email_is_ours(request, settings):
    """Each email any test makes the site send passes `assert_our_email` (opt out: raw_email)."""
    from django.core import mail

    yield
    if request.node.get_closest_marker("raw_email"):
        return
    for message in getattr(mail, "outbox", []):
        assert_our_email(message)


@pytest.fixture
def dutch(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(db, dutch):
    """A Dutch home page that is the root of the default site."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-nl", locale=dutch)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    return home


@pytest.fixture
def home_en(home, english):
    """The English translation of the home page."""
    translation = home.copy_for_translation(english)
    translation.title = "Leren en Werken"
    translation.hero_title = "Get ahead with learning and working"
    translation.save_revision().publish()
    return translation.specific


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def practice_index(home):
    return GoodPracticeIndexPageFactory(parent=home)


@pytest.fixture
def ambassadors_page(home):
    from ambassadors.models import AmbassadorIndexPage

    page = AmbassadorIndexPage(title="Ambassadeurs", slug="ambassadeurs")
    home.add_child(instance=page)
    return page


@pytest.fixture
def editor(db):
    return UserFactory(username="eva", groups=["Editors"])


@pytest.fixture
def moderator(db):
    return UserFactory(username="mo", groups=["Moderators"])


@pytest.fixture(scope="session")
def migrated_snapshot(django_db_setup, django_db_blocker):
    """The data the migrations created (locales, regions, groups, root page), taken once.

    Transactional tests (browser tests, concurrency tests) flush the database afterwards; this
    snapshot puts the migrations' data back for the next one. Content types come first: saving
    other rows fires signal handlers (the search index, for one) that would otherwise create
    content types of their own and clash with the snapshot's.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        objects = json.loads(connection.creation.serialize_db_to_string())
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


@pytest.fixture
def migrated_db(migrated_snapshot, transactional_db):
    """A transactional database holding what the migrations created."""
    restore_migrated_data(migrated_snapshot)
