"""The shared cache in front (Varnish in `make prod`): what the site lets it keep, and purging.

The last tests start Debian's Varnish with the project's own configuration in front of a live
server, as `make prod` does, and check that a published change reaches visitors within a second.
"""

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from wagtail.models import Site

from cms.news.factories import NewsPageFactory

ROOT = Path(__file__).resolve().parents[2]
FRONT_CACHE = {
    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "LOCATION": "http://127.0.0.1:6081",
}


def test_an_anonymous_page_may_be_kept_by_a_shared_cache(client, home, settings):
    settings.FRONT_CACHE_SECONDS, settings.BROWSER_CACHE_SECONDS = 300, 60
    response = client.get("/nl/")
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=300"
    settings.FRONT_CACHE_SECONDS = 0
    assert client.get("/nl/")["Cache-Control"] == "private, no-cache"


def test_personal_pages_forms_and_searches_are_private(client, home, editor):
    from cms.standardpages.factories import FormPageFactory

    form_page = FormPageFactory(parent=home)
    assert client.get(form_page.url)["Cache-Control"] == "private, no-cache"  # a CSRF token
    assert client.get("/nl/zoeken/?q=taal")["Cache-Control"] == "private, no-cache"
    client.force_login(editor)
    assert client.get("/nl/")["Cache-Control"] == "private, no-store"  # it shows their account
    assert client.get("/nl/account/email/")["Cache-Control"] == "private, no-store"


def test_a_change_asks_the_front_cache_to_drop_every_site_once(
    settings, home, news_index, monkeypatch, django_capture_on_commit_callbacks
):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    from cms.core.models import Navigation

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {"default": FRONT_CACHE}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        Navigation.objects.create(locale=home.locale)
        Navigation.objects.first().save()
    assert len(callbacks) == 1  # two saves, one purge
    assert purged == [f"{site.root_url}/" for site in Site.objects.all()]
    purged.clear()
    other = NewsPageFactory(parent=home, title="Verhuisd bericht")
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        other.move(news_index, pos="last-child")
    assert "http://testserver/" in purged  # the whole site (Wagtail adds the old address)


def test_without_a_front_cache_nothing_is_sent(settings, home, monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {}
    NewsPageFactory(parent=home, title="Nieuw")
    assert purged == []


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path):
    if not Path("/usr/sbin/varnishd").exists():
        if os.environ.get("CI"):
            pytest.fail("Varnish is missing: scripts/ensure-system-packages.sh installs it")
        pytest.skip("Varnish is not installed (make test installs it)")
    port = free_port()
    app_port = live_server.url.rsplit(":", 1)[1]
    state = tmp_path / "varnish"
    subprocess.run(  # noqa: S603
        ["/bin/bash", str(ROOT / "scripts/varnish.sh"), "start", str(port), app_port, str(state)],
        check=True,
        capture_output=True,
    )
    yield f"http://127.0.0.1:{port}"
    subprocess.run(["/bin/bash", str(ROOT / "scripts/varnish.sh"), "stop", str(state)], check=False)  # noqa: S603


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read().decode(), response.headers.get("X-Front-Cache")


@pytest.mark.django_db(transaction=True)
def test_varnish_serves_a_published_change_within_a_second(
    migrated_db, varnish, settings, home, news_index
):
    settings.WAGTAILFRONTENDCACHE = {"default": {**FRONT_CACHE, "LOCATION": varnish}}
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", int(varnish.rsplit(":", 1)[1])
    site.save()
    item = NewsPageFactory(parent=news_index, title="Eerste versie van het bericht")
    url = varnish + item.url

    assert fetch(url)[1] == "miss"
    body, state = fetch(url)
    assert state == "hit" and "Eerste versie" in body
    assert fetch(varnish + news_index.url)[1] == "miss"
    assert fetch(varnish + news_index.url)[1] == "hit"

    item.title = "Tweede versie van het bericht"
    item.save_revision().publish()
    published = time.monotonic()
    while True:
        body, state = fetch(url)
        if "Tweede versie" in body:
            break
        assert time.monotonic() - published < 1, "the front cache still serves the old page"
        time.sleep(0.05)
    assert time.monotonic() - published < 1
    # The listing that shows the item was dropped too.
    assert "Tweede versie" in fetch(varnish + news_index.url)[0]


@pytest.mark.django_db(transaction=True)
def test_a_campaign_link_is_the_same_cached_page(migrated_db, varnish, news_index):
    """Tracking parameters are dropped and the rest sorted: one copy, not one per newsletter."""
    item = NewsPageFactory(parent=news_index, title="Nieuws voor de nieuwsbrief")
    assert fetch(varnish + item.url)[1] == "miss"
    body, state = fetch(f"{varnish}{item.url}?utm_source=nieuwsbrief&utm_medium=email&fbclid=x1")
    assert state == "hit" and "Nieuws voor de nieuwsbrief" in body
    assert fetch(varnish + news_index.url + "?page=1&tag=taal")[1] == "miss"
    assert fetch(varnish + news_index.url + "?utm_campaign=mei&tag=taal&page=1")[1] == "hit"
    # Only whole parameter names go: one that merely ends in a tracking name stays.
    assert fetch(varnish + news_index.url + "?page=1&tag=taal&xutm_source=1")[1] == "miss"


@pytest.mark.django_db(transaction=True)
def test_varnish_never_keeps_sessions_forms_or_the_admin(migrated_db, varnish, home):
    from cms.standardpages.factories import FormPageFactory

    form_page = FormPageFactory(parent=home)
    for _ in range(2):
        assert fetch(varnish + "/nl/", cookie="sessionid=abc")[1] == "pass"
        assert fetch(varnish + form_page.url)[1] == "pass"
        assert fetch(varnish + "/nl/zoeken/?q=taal")[1] == "pass"
        assert fetch(varnish + "/admin/login/")[1] == "pass"
    # Only this machine may purge.
    request = urllib.request.Request(varnish + "/", method="PURGE")  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200
