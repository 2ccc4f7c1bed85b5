"""Fixtures shared by the whole suite: a small bilingual page tree built with our factories."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from cms.core.factories import UserFactory
from cms.goodpractices.factories import GoodPracticeIndexPageFactory
from cms.home.factories import HomePageFactory
from cms.news.factories import NewsIndexPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leave them for the next."""
    cache.clear()
    yield
    cache.clear()


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
    translation.title = "Learning and Working"
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
def editor(db):
    return UserFactory(username="eva", groups=["Editors"])


@pytest.fixture
def moderator(db):
    return UserFactory(username="mo", groups=["Moderators"])
