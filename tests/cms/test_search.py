"""Site search: results in the visitor's language, type and region filters, empty state."""

import pytest

from cms.core.factories import region
from cms.goodpractices.factories import GoodPracticePageFactory
from cms.news.factories import NewsPageFactory
from cms.standardpages.factories import ContentPageFactory


def test_search_finds_pages_of_every_type(client, home, news_index, practice_index):
    NewsPageFactory(parent=news_index, title="Taalakkoord bereikt honderd leden")
    GoodPracticePageFactory(parent=practice_index, title="Taalakkoord in de schoonmaak")
    ContentPageFactory(parent=home, title="Wat is het Taalakkoord")
    NewsPageFactory(parent=news_index, title="Iets over vacatures")
    html = client.get("/nl/zoeken/", {"q": "taalakkoord"}).content.decode()
    assert "3 resultaten voor “taalakkoord”" in html
    assert "Taalakkoord bereikt honderd leden" in html
    assert "Taalakkoord in de schoonmaak" in html
    assert "Wat is het Taalakkoord" in html
    assert "Iets over vacatures" not in html


def test_search_type_filter(client, news_index, practice_index):
    NewsPageFactory(parent=news_index, title="Loopbaanadvies per telefoon")
    GoodPracticePageFactory(parent=practice_index, title="Loopbaanadvies in Twente")
    html = client.get("/nl/zoeken/", {"q": "loopbaanadvies", "type": "news"}).content.decode()
    assert "Loopbaanadvies per telefoon" in html
    assert "Loopbaanadvies in Twente" not in html


def test_search_region_filter_narrows_to_that_region(client, practice_index):
    GoodPracticePageFactory(parent=practice_index, title="Scholing in Twente")
    GoodPracticePageFactory(
        parent=practice_index, title="Scholing in Rijnmond", region=region("rijnmond")
    )
    html = client.get("/nl/zoeken/", {"q": "scholing", "region": "rijnmond"}).content.decode()
    assert "Scholing in Rijnmond" in html
    assert "Scholing in Twente" not in html


def test_search_stays_in_the_visitors_language(client, home_en, news_index):
    NewsPageFactory(parent=news_index, title="Taalakkoord nieuws")
    english = client.get("/en/search/", {"q": "taalakkoord"}).content.decode()
    assert "0 results" in english


def test_search_without_results_helps_the_visitor(client, home):
    html = client.get("/nl/zoeken/", {"q": "onvindbaarwoord"}).content.decode()
    assert "Niets gevonden" in html
    assert "Controleer de spelling" in html


def test_search_without_a_query_explains_how_to_search(client, home):
    response = client.get("/nl/zoeken/")
    assert response.status_code == 200
    assert "Typ een of meer woorden" in response.content.decode()


def test_search_rejects_an_unknown_type_with_a_message(client, home):
    html = client.get("/nl/zoeken/", {"q": "taal", "type": "geheim"}).content.decode()
    assert "Controleer het formulier" in html
    assert 'value="taal"' in html  # what the visitor typed is kept


@pytest.mark.parametrize(
    ("typed", "also"), [("opleidingen", "opleiding"), ("werkgevers", "werkgever")]
)
def test_search_finds_other_forms_of_a_dutch_word(client, home, news_index, typed, also):
    """On SQLite by the pages' indexed stems, on PostgreSQL by its Dutch configuration too."""
    singular = NewsPageFactory(
        parent=news_index, title="Nieuws uit Zeeland", intro=f"Een nieuwe {also} in de zorg."
    )
    plural = NewsPageFactory(
        parent=news_index, title="Nieuws uit Limburg", intro=f"Drie {typed} in de bouw."
    )
    for query in (typed, also):
        html = client.get("/nl/zoeken/", {"q": query}).content.decode()
        assert singular.title in html and plural.title in html, query


def test_english_pages_are_stemmed_as_english(client, home_en):
    from cms.news.factories import NewsIndexPageFactory

    news = NewsIndexPageFactory(parent=home_en, title="News", slug="news")
    page = NewsPageFactory(parent=news, title="Courses for carers", intro="Two new trainings.")
    html = client.get("/en/search/", {"q": "course training"}).content.decode()
    assert page.title in html


def test_postgresql_indexes_each_page_with_its_own_languages_configuration(home, home_en):
    """Dutch pages as Dutch, English pages as English, whatever the server's default is."""
    from django.db import connection
    from wagtail.search.models import IndexEntry

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's text-search configurations; CI runs this test there.")
    from cms.news.factories import NewsIndexPageFactory

    dutch = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Gezocht: werkgevers")
    english = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_en, slug="news"), title="Wanted: trainings"
    )

    def lexemes(page):
        return str(IndexEntry.objects.get(object_id=str(page.pk)).title)

    assert "'werkgever'" in lexemes(dutch)  # Dutch stemming; English keeps "werkgev"
    assert "'train'" in lexemes(english)  # English stemming; Dutch keeps "training"


def test_a_region_with_a_type_that_has_no_region_finds_nothing_without_an_error(client, home):
    response = client.get("/nl/zoeken/", {"q": "taal", "region": "twente", "type": "news"})
    assert response.status_code == 200 and "Niets gevonden" in response.text
