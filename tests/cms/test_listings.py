"""News and good-practice listings: order, filters in the URL, pagination, query counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.core.factories import ImageFactory, ThemeFactory, region
from cms.goodpractices.factories import GoodPracticePageFactory
from cms.news.factories import NewsPageFactory
from tests.utils import fresh_render_queries


def test_news_listing_is_newest_first_and_paginates(client, news_index):
    for number in range(12):
        NewsPageFactory(parent=news_index, title=f"Bericht {number:02d}")
    first = client.get(news_index.url).content.decode()
    assert first.index("Bericht 11") < first.index("Bericht 10")
    assert "Bericht 01" not in first
    assert "12 nieuwsberichten" in first
    second = client.get(news_index.url + "?page=2").content.decode()
    assert "Bericht 01" in second and "Bericht 11" not in second
    # A page number that is not a number, or too high, still shows a sensible page.
    assert client.get(news_index.url + "?page=x").status_code == 200
    assert "Bericht 01" in client.get(news_index.url + "?page=99").content.decode()


def test_news_listing_filters_by_tag(client, news_index):
    tagged = NewsPageFactory(parent=news_index, title="Over taal")
    tagged.tags.add("Taalakkoord")
    tagged.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Over iets anders")
    html = client.get(news_index.url + "?tag=Taalakkoord").content.decode()
    assert "Over taal" in html and "Over iets anders" not in html


def test_good_practices_filter_by_region_and_theme_through_the_url(client, practice_index):
    language = ThemeFactory(name="Taal", slug="taal")
    GoodPracticePageFactory(parent=practice_index, title="Twentse taalaanpak", themes=[language])
    GoodPracticePageFactory(parent=practice_index, title="Twentse jongeren")
    GoodPracticePageFactory(
        parent=practice_index, title="Rijnmondse aanpak", region=region("rijnmond")
    )

    by_region = client.get(practice_index.url + "?region=twente").content.decode()
    assert "Twentse taalaanpak" in by_region and "Twentse jongeren" in by_region
    assert "Rijnmondse aanpak" not in by_region
    assert '<option value="twente" selected>' in by_region

    both = client.get(practice_index.url + "?region=twente&theme=taal").content.decode()
    assert "Twentse taalaanpak" in both and "Twentse jongeren" not in both
    assert "1 praktijkvoorbeeld gevonden" in both


def test_good_practices_empty_filter_result_says_what_to_do(client, practice_index):
    GoodPracticePageFactory(parent=practice_index)
    html = client.get(practice_index.url + "?region=zeeland").content.decode()
    assert "0 praktijkvoorbeelden gevonden" in html
    assert "wis de filters" in html


def test_good_practices_unknown_filter_value_is_reported_not_crashed(client, practice_index):
    GoodPracticePageFactory(parent=practice_index, title="Blijft zichtbaar")
    response = client.get(practice_index.url + "?region=atlantis")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Blijft zichtbaar" in html
    assert "form-field--error" in html


def test_good_practices_pagination_keeps_the_filters(client, practice_index):
    for _ in range(11):
        GoodPracticePageFactory(parent=practice_index)
    html = client.get(practice_index.url + "?region=twente").content.decode()
    assert "?region=twente&amp;page=2" in html


def _count_queries(client, url):
    return fresh_render_queries(client, url)[1]


@pytest.mark.parametrize("listing", ["home", "news_index", "practice_index"])
def test_a_kept_list_costs_no_queries_and_shows_a_published_item_at_once(
    client, home, news_index, practice_index, listing
):
    NewsPageFactory(parent=news_index, title="Taalcafé in Enschede")
    GoodPracticePageFactory(parent=practice_index, title="Leren op de werkvloer")
    page = {"home": home, "news_index": news_index, "practice_index": practice_index}[listing]
    client.get(page.url)
    client.get(page.url)
    with CaptureQueriesContext(connection) as kept:
        html = client.get(page.url).content.decode()
    assert len(kept) <= 3  # the page itself and its route; the lists and the frame are kept
    assert "Taalcafé in Enschede" in html or "Leren op de werkvloer" in html

    parent, factory = (
        (practice_index, GoodPracticePageFactory)
        if listing == "practice_index"
        else (news_index, NewsPageFactory)
    )
    new = factory(parent=parent, title="Nieuw: werken aan taal", live=False)
    new.save_revision().publish()
    assert "Nieuw: werken aan taal" in client.get(page.url).content.decode()


@pytest.mark.parametrize("with_images", [False, True])
def test_news_listing_query_count_does_not_grow_with_items(client, news_index, with_images):
    image = ImageFactory() if with_images else None
    for _ in range(5):
        NewsPageFactory(parent=news_index, image=image).tags.add("Taal")
    five = _count_queries(client, news_index.url)
    for _ in range(45):
        NewsPageFactory(parent=news_index, image=image if with_images else None).tags.add("Werk")
    fifty = _count_queries(client, news_index.url)
    assert five == fifty


def test_good_practice_listing_query_count_does_not_grow_with_items(client, practice_index):
    image = ImageFactory()
    regions = ["twente", "rijnmond", "friesland", "zeeland", "drenthe"]
    for slug in regions:
        GoodPracticePageFactory(parent=practice_index, region=region(slug), image=image)
    five = _count_queries(client, practice_index.url)
    for number in range(45):
        GoodPracticePageFactory(
            parent=practice_index, region=region(regions[number % 5]), image=ImageFactory()
        )
    fifty = _count_queries(client, practice_index.url)
    assert five == fifty


def test_search_results_query_count_does_not_grow_with_regional_results(client, practice_index):
    """Each good practice in the results shows its region: from the cache, not a query each."""
    regions = ["twente", "rijnmond", "friesland", "zeeland", "drenthe", "zuid-limburg"]
    for slug in regions:
        GoodPracticePageFactory(
            parent=practice_index, title=f"Scholing in {slug}", slug=slug, region=region(slug)
        )
        if slug == regions[0]:
            one = _count_queries(client, "/nl/zoeken/?q=scholing")
    assert _count_queries(client, "/nl/zoeken/?q=scholing") == one


def test_a_good_practice_costs_the_same_with_one_contact_person_or_four(client, practice_index):
    from cms.core.factories import ContactPersonFactory
    from cms.goodpractices.models import GoodPracticeContact

    page = GoodPracticePageFactory(parent=practice_index, region=region("twente"))
    page.contacts = [GoodPracticeContact(person=ContactPersonFactory())]
    page.save_revision().publish()
    one = _count_queries(client, page.url)
    people = [ContactPersonFactory(name=f"Contactpersoon {n}") for n in range(4)]
    page.contacts = [GoodPracticeContact(person=person) for person in people]
    page.save_revision().publish()
    html = client.get(page.url).text
    assert all(person.name in html for person in people)
    assert _count_queries(client, page.url) == one


def test_pagination_links_a_few_pages_without_going_through_all_of_them(monkeypatch):
    """10,000 members at 12 a page are 834 pages: the links are the first, the last and two on
    either side of the current page, made without a loop over every page in the template."""
    from django.core.paginator import Paginator

    def every_page(paginator):
        raise AssertionError("the template went through every page number")

    monkeypatch.setattr(Paginator, "page_range", property(every_page))
    from django.template import Context, Template
    from django.test import RequestFactory

    page = Paginator(range(10_000), 12).page(10)
    html = Template('{% include "includes/pagination.html" %}').render(
        Context({"items": page, "request": RequestFactory().get("/nl/deelnemers/?page=10")})
    )
    linked = [int(number) for number in re.findall(r"</span>(\d+)</a>", html)]
    assert linked == [1, 8, 9, 10, 11, 12, 834]
    assert html.count("…") == 2
    assert 'aria-current="page"><span class="visually-hidden">Pagina </span>10<' in html
