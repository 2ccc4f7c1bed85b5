"""A visitor who does not know their labour-market region finds their desk by where they live."""

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.browser


def test_a_visitor_finds_their_desk_by_their_place(page):
    page.goto("/nl/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Leerwerkloketten", exact=True
    ).click()
    field = page.get_by_label("Uw gemeente of woonplaats")
    # The browser's own suggestions while typing: the field names a list of every place.
    assert field.get_attribute("list") == "gemeenten"
    assert page.locator("#gemeenten option").count() > 600
    assert_accessible(page)

    field.fill("Enschde")  # a typing error: a clear message, a suggestion, nothing lost
    page.get_by_role("button", name="Zoek mijn loket").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_contain_text("Bedoelt u Enschede?")
    expect(page.get_by_label("Uw gemeente of woonplaats")).to_have_value("Enschde")
    assert page.title().startswith("Fout:")
    assert_accessible(page)
    page.get_by_role("link", name="Enschede", exact=True).click()  # the suggestion, one click
    expect(page.locator(".notice--result")).to_contain_text("Uw loket is Leerwerkloket Twente.")

    page.get_by_label("Uw gemeente of woonplaats").fill("Hoofddorp")
    page.get_by_role("button", name="Zoek mijn loket").click()
    result = page.locator(".notice--result")
    expect(result).to_be_focused()  # read out, and in view on a phone
    expect(result).to_contain_text("Hoofddorp hoort bij de gemeente Haarlemmermeer")
    expect(result).to_contain_text("Uw loket is Leerwerkloket Groot Amsterdam.")
    assert_accessible(page)
    result.get_by_role("link", name="Vraag dit loket om advies").click()
    expect(page.locator("h1")).to_have_text("Leerwerkloket Groot Amsterdam")
    expect(page.locator("#adviesgesprek form")).to_be_visible()
