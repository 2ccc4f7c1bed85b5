"""Anonymous page views come from the cache until content changes; nothing personal is cached."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.news.factories import NewsPageFactory
from taalakkoord.factories import CommitmentFactory


@pytest.fixture(autouse=True)
def page_cache(settings, client, home):
    settings.PAGE_CACHE_SECONDS = 300
    # The first view of a new site creates its settings row, which starts a new cache version.
    client.get("/nl/")


def get(client, path, **extra):
    response = client.get(path, **extra)
    return response, response.get("X-Page-Cache")


def test_an_anonymous_visit_is_served_from_the_cache_without_queries(client, home):
    first, state = get(client, "/nl/")
    assert (first.status_code, state) == (200, "miss")
    with CaptureQueriesContext(connection) as queries:
        second, state = get(client, "/nl/")
    assert state == "hit" and len(queries.captured_queries) == 0
    assert second.content == first.content
    assert second["Content-Security-Policy"]  # security headers are still added


def test_publishing_clears_the_cache(client, home, news_index):
    item = NewsPageFactory(parent=news_index, title="Eerste versie")
    get(client, item.url)
    assert get(client, item.url)[1] == "hit"
    item.title = "Tweede versie"
    item.save_revision().publish()
    response, state = get(client, item.url)
    assert state == "miss" and "Tweede versie" in response.content.decode()
    item.unpublish()
    assert client.get(item.url, follow=True).status_code == 404


def test_a_new_member_clears_the_cached_counter(client, home):
    get(client, "/nl/")
    assert get(client, "/nl/")[1] == "hit"
    CommitmentFactory(approved=True)
    assert get(client, "/nl/")[1] == "miss"


def test_logged_in_visitors_and_pending_messages_skip_the_cache(client, home, editor):
    get(client, "/nl/")
    client.force_login(editor)
    assert get(client, "/nl/")[1] is None  # with a session cookie the cache is not consulted
    client.logout()
    client.cookies.pop("sessionid", None)
    client.cookies["messages"] = "something"
    assert get(client, "/nl/")[1] is None


def test_pages_with_a_form_are_never_cached(client, home):
    from cms.standardpages.factories import FormFieldFactory, FormPageFactory

    form_page = FormPageFactory(parent=home, slug="contact")
    FormFieldFactory(page=form_page)
    assert get(client, form_page.url)[1] == "skip"
    assert get(client, form_page.url)[1] == "skip"


def test_other_views_are_not_cached(client, home):
    assert client.get("/nl/zoeken/?q=taal").get("X-Page-Cache") == "skip"
    assert client.get("/api/taalakkoord/progress/").get("X-Page-Cache") is None


def test_the_cache_can_be_turned_off(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert get(client, "/nl/")[1] is None


def test_a_cdn_in_front_is_told_to_purge_a_published_page(settings, news_index, monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    from cms.news.factories import NewsPageFactory

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    item = NewsPageFactory(parent=news_index, title="Taalakkoord groeit")
    purged.clear()
    item.title = "Taalakkoord groeit verder"
    item.save_revision().publish()
    assert any(url.endswith(item.url) for url in purged), purged
    purged.clear()
    item.unpublish()
    assert any(url.endswith(item.url) for url in purged), purged


def test_each_app_registers_the_models_its_pages_show():
    """The page cache knows which models end up on public pages; each app tells it its own."""
    from cms.core import pagecache

    assert {
        "core.Navigation",
        "core.SiteSettings",
        "taalakkoord.Commitment",
        "taalakkoord.TaalakkoordSettings",
        "employers.Organisation",
        "ambassadors.Ambassador",
    } <= pagecache.SHOWN
    source = Path(pagecache.__file__).read_text()
    for app in ("taalakkoord.", "employers.", "ambassadors."):
        assert f'"{app}' not in source  # cms/core names no app above it


@pytest.mark.django_db
def test_saving_an_ambassador_starts_a_new_cache_version():
    from ambassadors.factories import AmbassadorFactory
    from cms.core import cacheversion, pagecache

    before = cacheversion.current(pagecache.VERSION)
    AmbassadorFactory()
    assert cacheversion.current(pagecache.VERSION) != before


def test_a_release_serves_no_page_made_by_the_code_before(client, home):
    """Every release runs `migrate`: after it, pages and kept parts are made afresh, so a changed
    template never shows its old HTML (nor a kept value of an older shape) until content changes."""
    from django.core.management.sql import emit_post_migrate_signal

    get(client, "/nl/")
    assert get(client, "/nl/")[1] == "hit"
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert get(client, "/nl/")[1] == "miss"


def test_a_kept_part_of_a_page_is_rendered_once_per_data_version(db, rf, monkeypatch):
    from django.template import Context, Template

    from cms.core import pagecache

    template = Template(
        '{% load site_tags %}{% kept "probe" name %}{{ counter.next }}{% endkept %}'
    )

    class Counter:
        calls = 0

        def next(self):
            Counter.calls += 1
            return Counter.calls

    request = rf.get("/nl/")

    def render(name="een"):
        return template.render(Context({"request": request, "name": name, "counter": Counter()}))

    assert render() == render() == "1"
    assert render("twee") == "2"  # another part: rendered on its own
    pagecache.purge()  # a page was published: a new data version
    assert render() == "3"
    request.is_preview = True
    assert render() == "4" and render() == "5"  # previews are never kept


@pytest.mark.parametrize(
    "query, kept",
    [
        ("", ""),
        ("?page=2", "page=2"),
        ("?region=twente&page=3", "region=twente&page=3"),
        ("?utm_source=nieuwsbrief", None),  # not the list's own parameter
        ("?region=twente&region=rijnmond", None),  # twice
        ("?region=" + "x" * 300, None),  # too long
    ],
)
def test_a_kept_list_is_kept_only_under_its_own_parameters(rf, query, kept):
    """Made-up addresses would each fill the cache with another copy of the same list."""
    from cms.core.templatetags.site_tags import known_query

    assert known_query(rf.get(f"/nl/praktijkvoorbeelden/{query}"), "region theme") == kept
