"""A visitor's first journey: home → a news item → good practices by region → English."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

# The `page` fixture gives a transactional database restored from the migrations' data
# (tests/conftest.py::migrated_db); Django's serialized rollback is not used.
pytestmark = pytest.mark.browser


def test_home_news_good_practices_by_region_then_english(page):
    page.goto("/nl/")
    expect(page.locator("h1")).to_have_text("Verder komen met leren en werken")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert_accessible(page)

    news_link = page.locator("#home-news ~ .card-grid .card__title a").first
    title = news_link.inner_text()
    news_link.click()
    expect(page.locator("h1")).to_have_text(title)
    assert_accessible(page)

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Praktijkvoorbeelden"
    ).click()
    expect(page.locator("h1")).to_have_text("Praktijkvoorbeelden")
    assert_accessible(page)

    page.get_by_label("Regio").select_option("twente")
    page.get_by_role("button", name="Toon resultaten").click()
    expect(page).to_have_url(re.compile(r"region=twente"))
    expect(page.locator(".result-count")).to_have_text("1 praktijkvoorbeeld gevonden")
    expect(page.get_by_role("link", name="Twente: scholingscheques voor werkenden")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/en/good-practices/"))
    expect(page.locator("h1")).to_have_text("Good practices")
    assert_accessible(page)


def test_keyboard_user_can_skip_to_the_content(page):
    page.goto("/nl/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_contact_form_errors_are_accessible_and_keep_input(page):
    page.goto("/nl/contact/")
    assert_accessible(page)
    page.get_by_label("Naam").fill("Fatima Yilmaz")
    page.get_by_role("button", name="Versturen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Naam")).to_have_value("Fatima Yilmaz")
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/about-the-leerwerkloketten/",
        "/nl/zoeken/?q=taalakkoord",
        "/nl/bestaat-niet/",
        "/nl/over-de-leerwerkloketten/",
        "/nl/over-de-leerwerkloketten/taalakkoord/ambassadeurs/",
        "/en/about-the-leerwerkloketten/taalakkoord/ambassadors/sanne-vos/",
        "/nl/leerwerkloketten/",
        "/nl/leerwerkloketten/twente/",
        "/en/desks/fryslan/",
        "/nl/vacatures/?level=mbo2",
        "/nl/leerwerkloketten/rijnmond/vacatures/leerling-timmerman/",
    ],
)
def test_more_pages_have_no_accessibility_violations(page, path):
    page.goto(path)
    assert_accessible(page)
