"""Redis is down: pages still serve. Cache errors are ignored, nothing depends on the cache."""

import pytest
from django.core.cache import cache, caches
from django.urls import reverse

from cms.core.factories import UserFactory
from cms.news.factories import NewsPageFactory
from tests.utils import unreachable_redis_url


@pytest.fixture
def redis_down(settings):
    """The production cache settings, pointing at a port nothing answers on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.core.cache.FallbackRedisCache",
            "LOCATION": unreachable_redis_url(),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
            },
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    cache.set("probe", "in memory")
    assert cache.get("probe") == "in memory"  # no error: this process's memory stands in
    return settings


def test_pages_serve_without_redis(client, redis_down, news_index, english):
    item = NewsPageFactory(parent=news_index, title="Taalakkoord groeit")
    for url in (
        "/nl/",
        item.url,
        reverse("search") + "?q=taalakkoord",
        reverse("taalakkoord_api:progress"),
        reverse("taalakkoord_api:members"),
        "/sitemap.xml",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
    # The page cache keeps working, in this process's memory.
    assert client.get(item.url + "?v=1")["X-Page-Cache"] == "miss"
    assert client.get(item.url + "?v=1")["X-Page-Cache"] == "hit"


def test_logging_in_and_the_admin_work_without_redis(client, redis_down, home, moderator):
    moderator.set_password("Taalakkoord-2026!")
    moderator.email = "mo@voorbeeld.example"
    moderator.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=moderator, email=moderator.email, verified=True, primary=True)
    response = client.post(
        reverse("account_login"),
        {"login": "mo@voorbeeld.example", "password": "Taalakkoord-2026!"},
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("taalakkoord_monitor:index")).status_code == 200


def test_a_publish_without_redis_still_works(client, redis_down, news_index):
    editor = UserFactory(username="eva", is_superuser=True, is_staff=True)
    item = NewsPageFactory(parent=news_index, title="Eerste versie")
    item.title = "Tweede versie"
    item.save_revision(user=editor).publish()  # the purge cannot reach Redis; no error
    assert "Tweede versie" in client.get(item.url).content.decode()


def test_rate_limits_still_count_without_redis(client, redis_down, db):
    def attempt():
        return client.post(
            reverse("account_login"), {"login": "iemand@voorbeeld.example", "password": "fout"}
        ).content.decode()

    for _attempt in range(5):
        assert "Te veel" not in attempt()
    assert "Te veel inlogpogingen" in attempt()


def test_redis_is_tried_again_after_a_pause(redis_down, monkeypatch):
    backend = caches["default"]
    calls = []
    original = backend.primary.get

    def counting_get(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(backend.primary, "get", counting_get)
    backend._down_until = 0
    for _ in range(5):
        backend.get("a")
    assert len(calls) == 1  # one failed try, then memory for RETRY_AFTER seconds
    backend._down_until = 0  # the pause is over
    backend.get("a")
    assert len(calls) == 2
