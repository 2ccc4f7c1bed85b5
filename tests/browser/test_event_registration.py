"""A signing event, from both sides: a visitor registers with the keyboard and cancels; the
organiser sees the list and prints the certificates of those who signed there. axe checks each
screen."""

import re

import pytest
from playwright.sync_api import expect

from taalakkoord.models import EventPage, EventRegistration

from .conftest import assert_accessible, serve_demo_sites_here
from .test_taalakkoord_journey import log_in

pytestmark = pytest.mark.browser


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_a_visitor_registers_and_cancels_and_the_organiser_prints(page, browser, live_server):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="nl", slug="ondertekening-twente")
        .get()
    )
    # Twente organises it, so it is on Twente's own site (twente.localhost).
    serve_demo_sites_here(live_server)
    page.goto(event.get_full_url())
    assert_accessible(page)
    page.locator("#id_name").focus()
    page.keyboard.type("Fatma Kaya")
    page.keyboard.press("Tab")
    page.keyboard.type("fatma@bakkerij-korrel.example")
    page.keyboard.press("Tab")
    page.keyboard.type("Bakkerij Korrel")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("body")).to_contain_text("U bent ingeschreven")
    expect(page).to_have_url(re.compile(r"/ondertekening-twente/[0-9a-f-]{36}/$"))
    expect(page.get_by_role("link", name="Zet in uw agenda (.ics)")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Mijn inschrijving annuleren").click()
    expect(page.locator("main")).to_contain_text("U hebt deze inschrijving geannuleerd")
    assert EventRegistration.objects.get(email="fatma@bakkerij-korrel.example").cancelled_at

    # The same in English: the form, its errors and the registration's own page.
    english = event.get_translation(_english())
    page.goto(english.get_full_url())
    page.get_by_role("button", name="Register for this event").click()
    expect(page.locator(".error-summary")).to_contain_text("Fill in your name.")
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page)
    page.locator("#id_name").fill("Tom de Boer")
    page.locator("#id_email").fill("tom@garage-noord.example")
    page.get_by_role("button", name="Register for this event").click()
    expect(page.locator("body")).to_contain_text("You are registered.")
    expect(page.get_by_role("heading", name="Your registration")).to_be_visible()
    assert_accessible(page)

    past = EventPage.objects.get(locale__language_code="nl", slug="ondertekening-midden-brabant")
    team = browser.new_context(base_url=live_server.url, locale="nl-NL", accept_downloads=True)
    team.set_default_timeout(15_000)
    organiser = team.new_page()
    try:
        log_in(organiser, "moderator@lerenenwerken.example", "leren-en-werken-demo")
        expect(organiser).to_have_url(re.compile(r"/admin/$"))
        organiser.goto("/admin/taalakkoord/events/")
        assert_accessible(organiser, within=".nice-padding")
        organiser.get_by_role("link", name=past.title).click()
        expect(organiser.locator("main")).to_contain_text("Wendy de Werkgever")
        assert_accessible(organiser, within=".nice-padding")
        with organiser.expect_download() as download:
            organiser.get_by_role(
                "button", name="Opslaan en hun certificaten printen (PDF)"
            ).click()
        assert download.value.suggested_filename == "certificaten-ondertekening-midden-brabant.pdf"
    finally:
        organiser.goto("about:blank")
        team.close()
