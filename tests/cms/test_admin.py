"""Admin screens built from viewsets, the region data, and who may use them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.core.factories import UserFactory
from cms.core.models import Region
from tests.utils import response_text

ADMIN_LISTINGS = [
    "wagtailsnippets_core_theme:list",
    "wagtailsnippets_core_contactperson:list",
    "wagtailsnippets_core_region:list",
    "wagtailsnippets_core_navigation:list",
]


def test_all_35_labour_market_regions_exist(db):
    assert Region.objects.count() == 35
    assert set(Region.objects.values_list("number", flat=True)) == set(range(1, 36))
    assert Region.objects.filter(name="Zuid-Holland Centraal").exists()


@pytest.mark.parametrize("url_name", ADMIN_LISTINGS)
def test_superuser_opens_every_library_listing(client, db, url_name):
    client.force_login(UserFactory(username="chief", is_superuser=True, is_staff=True))
    assert client.get(reverse(url_name)).status_code == 200


def test_region_listing_exports_csv(client, db):
    client.force_login(UserFactory(username="chief", is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailsnippets_core_region:list") + "?export=csv")
    assert response.status_code == 200
    content = response_text(response)
    assert "Midden-Brabant" in content


def test_editor_manages_themes_but_not_regions(client, editor):
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_core_theme:list")).status_code == 200
    response = client.get(reverse("wagtailsnippets_core_region:list"))
    assert response.status_code in (302, 403)


def test_visitor_without_account_is_sent_to_log_in(client, db):
    response = client.get(reverse("wagtailsnippets_core_theme:list"))
    assert response.status_code == 302
    # The admin signs in through allauth, so its rate limits protect staff too.
    assert response["Location"].startswith("/nl/account/login/?next=/admin/")
    redirected = client.get(reverse("wagtailadmin_login") + "?next=/admin/pages/")
    assert redirected["Location"] == "/nl/account/login/?next=%2Fadmin%2Fpages%2F"


def test_site_settings_open_for_a_superuser(client, home):
    from wagtail.models import Site

    client.force_login(UserFactory(username="chief", is_superuser=True, is_staff=True))
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    assert client.get(url).status_code == 200


def test_the_preview_panel_may_frame_the_admins_own_previews_and_nothing_else(rf):
    """Wagtail renders a preview through the public pages' middleware (CSP frame-ancestors
    'none'). The admin's preview views may be framed by the site itself; the others may not."""
    from django.http import HttpResponse
    from django.urls import resolve

    from cms.core.middleware import AdminPreviewFramingMiddleware

    public_policy = "default-src 'self'; frame-ancestors 'none'; script-src 'self'"

    def view(request):
        response = HttpResponse("<h1>Over ons</h1>")
        response["Content-Security-Policy"] = public_policy
        response["X-Frame-Options"] = "DENY"
        return response

    middleware = AdminPreviewFramingMiddleware(view)
    for path, framed in (
        ("/admin/pages/3/edit/preview/", True),
        ("/admin/pages/add/standardpages/contentpage/2/preview/", True),
        ("/admin/pages/3/edit/", False),
        ("/nl/over-ons/", False),
    ):
        request = rf.get(path)
        request.resolver_match = resolve(path)
        response = middleware(request)
        policy = response["Content-Security-Policy"]
        if framed:
            assert response["X-Frame-Options"] == "SAMEORIGIN", path
            assert "frame-ancestors 'self'" in policy and "'none'" not in policy, path
            assert "script-src 'self'" in policy, path
        else:
            assert response["X-Frame-Options"] == "DENY", path
            assert policy == public_policy, path


def _admin_home_queries(client):
    client.get("/admin/")  # the first view creates the Taalakkoord settings row: a new version
    client.get("/admin/")  # the panel's figures are cached from here on
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries.captured_queries)


def test_the_admin_home_costs_the_same_with_one_desk_workflow_or_many(client, moderator, home):
    """Every desk has its own approval workflow; the review panel must not ask per workflow."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask

    client.force_login(moderator)
    GroupApprovalTask.objects.create(name="Loket 1").groups.add(
        Group.objects.get(name="Moderators")
    )
    one = _admin_home_queries(client)
    for number in range(2, 36):
        task = GroupApprovalTask.objects.create(name=f"Loket {number}")
        task.groups.add(Group.objects.create(name=f"Loket {number} redactie"))
    assert _admin_home_queries(client) == one


def test_the_page_search_counts_in_dutch_words(client, home):
    """Wagtail's own header read "1-2van 2None" on a search across the whole site."""
    from cms.standardpages.factories import ContentPageFactory

    ContentPageFactory(parent=home, title="Taal op de werkvloer")
    ContentPageFactory(parent=home, title="Taal en rekenen")
    client.force_login(UserFactory(username="beheer", is_superuser=True))
    html = client.get(reverse("wagtailadmin_pages:search"), {"q": "taal"}).content.decode()
    assert "1–2 van 2 pagina&#x27;s" in html or "1–2 van 2 pagina's" in html
    assert "None" not in html.split("<tbody", 1)[0].split("<thead", 1)[1]
