"""Where each page type may be created, and that each renders with real content."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from ambassadors.models import AmbassadorIndexPage
from cms.core.factories import ContactPersonFactory, ImageFactory, ThemeFactory
from cms.desks.models import AdviceRequestPage, LeerwerkloketPage, RegionsIndexPage
from cms.goodpractices.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from cms.goodpractices.models import GoodPracticeContact, GoodPracticeIndexPage, GoodPracticePage
from cms.home.factories import HomePageFactory
from cms.home.models import HomePage, HomePageFeaturedPractice
from cms.news.factories import NewsIndexPageFactory, NewsPageFactory
from cms.news.models import NewsIndexPage, NewsPage
from cms.standardpages.factories import ContentPageFactory, FormFieldFactory, FormPageFactory
from cms.standardpages.models import ContentPage, FormPage
from cms.vacancies.models import VacancyIndexPage, VacancyPage
from taalakkoord.models import EventIndexPage, EventPage, MemberDirectoryPage, ResultsPage


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ContentPage,
                FormPage,
                NewsIndexPage,
                GoodPracticeIndexPage,
                MemberDirectoryPage,
                ResultsPage,
                EventIndexPage,
                AmbassadorIndexPage,
                RegionsIndexPage,
                VacancyIndexPage,
            },
        )

    def test_content_pages_nest_under_home_each_other_and_desks(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage, LeerwerkloketPage})
        self.assertAllowedSubpageTypes(
            ContentPage,
            {
                ContentPage,
                FormPage,
                MemberDirectoryPage,
                ResultsPage,
                EventIndexPage,
                AmbassadorIndexPage,
            },
        )

    def test_events_live_in_their_overview_nationally_or_in_a_desks_section(self):
        self.assertAllowedParentPageTypes(
            EventIndexPage, {HomePage, ContentPage, LeerwerkloketPage}
        )
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_form_page_has_no_children(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(FormPage, set())

    def test_news_lives_in_its_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, LeerwerkloketPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_good_practices_live_in_their_index(self):
        self.assertAllowedParentPageTypes(GoodPracticeIndexPage, {HomePage, LeerwerkloketPage})
        self.assertAllowedSubpageTypes(GoodPracticeIndexPage, {GoodPracticePage})
        self.assertAllowedParentPageTypes(GoodPracticePage, {GoodPracticeIndexPage})

    def test_desks_live_in_the_overview_with_their_own_sections(self):
        self.assertAllowedParentPageTypes(RegionsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RegionsIndexPage, {LeerwerkloketPage, AdviceRequestPage})
        self.assertAllowedParentPageTypes(LeerwerkloketPage, {RegionsIndexPage})
        self.assertAllowedSubpageTypes(
            LeerwerkloketPage,
            {NewsIndexPage, GoodPracticeIndexPage, VacancyIndexPage, ContentPage, EventIndexPage},
        )
        self.assertAllowedParentPageTypes(VacancyIndexPage, {HomePage, LeerwerkloketPage})
        self.assertAllowedSubpageTypes(VacancyIndexPage, {VacancyPage})
        self.assertAllowedSubpageTypes(VacancyPage, set())

    def test_only_one_news_index_per_home(self):
        home = HomePageFactory(parent=Page.get_first_root_node())
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        NewsIndexPageFactory(parent=home)
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertTrue(GoodPracticeIndexPage.can_create_at(home))


@pytest.fixture
def rendered(client):
    def render(page, status=200):
        response = client.get(page.url)
        assert response.status_code == status, response.content[:500]
        return response.content.decode()

    return render


def test_home_page_renders_latest_news_and_featured_practices(
    home, news_index, practice_index, rendered
):
    NewsPageFactory(parent=news_index, title="Taalakkoord groeit")
    practice = GoodPracticePageFactory(parent=practice_index, title="Twente helpt werkenden")
    HomePageFeaturedPractice.objects.create(page=home, practice=practice)
    html = rendered(home)
    assert home.hero_title in html
    assert "Taalakkoord groeit" in html
    assert "Twente helpt werkenden" in html
    assert '<html lang="nl">' in html


def test_content_page_renders_every_block(home, rendered):
    image = ImageFactory()
    page = ContentPageFactory(
        parent=home,
        title="Over ons",
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Wat wij doen", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Gratis advies.</p>"},
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": "Twee mensen in gesprek",
                        "caption": "Foto",
                    },
                },
                {
                    "type": "quote",
                    "value": {"quote": "Leren kan overal.", "attribution": "Een adviseur"},
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Bel ons",
                        "text": "",
                        "link": {
                            "label": "Naar contact",
                            "page": home.pk,
                            "document": None,
                            "url": "",
                        },
                    },
                },
                {
                    "type": "links",
                    "value": {
                        "title": "Lees meer",
                        "links": [
                            {
                                "label": "UWV",
                                "page": None,
                                "document": None,
                                "url": "https://www.uwv.nl/",
                            }
                        ],
                    },
                },
                {
                    "type": "accordion",
                    "value": {
                        "title": "Vragen",
                        "items": [{"question": "Is het gratis?", "answer": "<p>Ja.</p>"}],
                    },
                },
                {
                    "type": "table",
                    "value": {
                        "data": [["Jaar", "Leden"], ["2017", "200"]],
                        "first_row_is_table_header": True,
                        "table_caption": "Groei",
                    },
                },
                {
                    "type": "video",
                    "value": {
                        "title": "Uitleg",
                        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                        "transcript": "",
                    },
                },
            ]
        ),
    )
    html = rendered(page)
    for text in [
        "Wat wij doen",
        "Gratis advies.",
        'alt="Twee mensen in gesprek"',
        "Leren kan overal.",
        "Naar contact",
        "https://www.uwv.nl/",
        "<summary>Is het gratis?</summary>",
        "<caption>Groei</caption>",
        "youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ]:
        assert text in html
    # The video service is not contacted until the visitor presses play.
    assert "<iframe" not in html


def test_good_practice_page_shows_region_themes_tips_and_chosen_contact_details(
    practice_index, rendered
):
    theme = ThemeFactory(name="Taal op de werkvloer", slug="taal")
    person = ContactPersonFactory(name="Jelle Hoekstra", email="jelle@example.org", phone="058 123")
    page = GoodPracticePageFactory(
        parent=practice_index,
        title="Fryslân aan de slag",
        themes=[theme],
        tips='[{"type": "tips", "value": {"title": "Tips", "tips": ["Begin klein."]}}]',
    )
    page.contacts = [GoodPracticeContact(person=person, show_email=True, show_phone=False)]
    page.save_revision().publish()
    html = rendered(page)
    assert "Twente" in html
    assert "Taal op de werkvloer" in html
    assert "Begin klein." in html
    assert "jelle@example.org" in html
    assert "058 123" not in html  # the editor chose not to show the phone number


def test_news_page_shows_date_and_tags(news_index, rendered):
    page = NewsPageFactory(parent=news_index, title="Nieuw loket")
    page.tags.add("Regio's")
    page.save_revision().publish()
    html = rendered(page)
    assert page.date.strftime("%Y-%m-%d") in html
    assert "Regio&#x27;s" in html or "Regio's" in html


def test_form_page_renders_its_fields(home, rendered):
    page = FormPageFactory(parent=home)
    FormFieldFactory(page=page, label="Naam")
    html = rendered(page)
    assert 'for="id_naam"' in html
    assert 'class="form-trap"' in html


def test_unpublished_pages_are_not_served(news_index, client):
    page = NewsPageFactory(parent=news_index, live=False)
    assert client.get(f"/nl/{news_index.slug}/{page.slug}/").status_code == 404


class TestPreviewAndEditing(WagtailPageTestCase):
    """Every page type opens in the editor, renders, and renders as a preview.

    (assertPageIsPreviewable scrapes the edit form, but StreamFields are built by JavaScript,
    so the preview is rendered through Wagtail's own preview request instead.)
    """

    def test_every_page_type_is_previewable(self):
        from wagtail.models import Site

        self.client.force_login(self.create_superuser("chief"))
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="preview-home")
        Site.objects.filter(is_default_site=True).update(root_page=home)
        news_index = NewsIndexPageFactory(parent=home)
        practice_index = GoodPracticeIndexPageFactory(parent=home)
        for page in [
            home,
            ContentPageFactory(parent=home),
            news_index,
            NewsPageFactory(parent=news_index),
            practice_index,
            GoodPracticePageFactory(parent=practice_index),
            FormPageFactory(parent=home, slug="contact"),
        ]:
            with self.subTest(page_type=type(page).__name__):
                self.assertPageIsRenderable(page)
                self.assertEqual(page.make_preview_request().status_code, 200)
                edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                self.assertEqual(self.client.get(edit_url).status_code, 200)


def test_every_field_an_editor_fills_on_desks_and_vacancies_says_what_it_is_for():
    """Help texts on the fields of the desk page, its partners and the vacancy page."""
    from wagtail.models import Page

    from cms.desks.models import DeskPartner, LeerwerkloketPage
    from cms.vacancies.models import VacancyPage

    page_fields = {field.name for field in Page._meta.get_fields()}
    for model in (LeerwerkloketPage, VacancyPage, DeskPartner):
        for field in model._meta.concrete_fields:
            if (
                field.name in page_fields
                or not field.editable
                or field.name in ("page", "sort_order")
            ):
                continue
            if field.name.endswith("_ptr"):
                continue
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"
