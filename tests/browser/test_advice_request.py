"""A citizen asks the Twente desk for an advice conversation; the desk finds it in the admin."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from .conftest import assert_accessible
from .test_taalakkoord_journey import log_in

pytestmark = pytest.mark.browser

DESK = "/nl/leerwerkloketten/twente/"


def test_citizen_asks_for_advice_and_the_desk_finds_it(page):
    page.goto(DESK)
    assert_accessible(page)
    form = page.locator("#adviesgesprek form")
    # First without a phone number while asking to be called: a clear message, nothing lost.
    form.get_by_label("Uw naam").fill("Fatma Koç")
    form.get_by_label("Uw e-mailadres").fill("fatma@voorbeeld.example")
    form.get_by_label("Telefonisch").check()
    form.get_by_label("Uw vraag").fill(
        "Ik werk in een bakkerij en wil graag de opleiding tot zelfstandig bakker doen."
    )
    form.get_by_role("button", name="Verzoek versturen").click()
    expect(page.locator(".error-summary")).to_contain_text("Vul uw telefoonnummer in")
    expect(page.get_by_label("Uw naam")).to_have_value("Fatma Koç")
    assert_accessible(page)

    page.get_by_label("Telefoonnummer").fill("06 98765432")
    page.get_by_label("Het loket mag mijn gegevens bewaren").check()
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.locator("#adviesgesprek [role=status]")).to_contain_text(
        "Wij hebben uw aanvraag ontvangen"
    )
    assert_accessible(page)
    assert {tuple(message.to) for message in mail.outbox} >= {
        ("info@twente.leerwerkloket.example",),
        ("fatma@voorbeeld.example",),
    }

    # The Twente desk's staff find it in the admin; the Rijnmond request is not theirs.
    log_in(page, "loket-twente@lerenenwerken.example", "leren-en-werken-demo")
    # The dashboard opens on the desk's own waiting requests; its link opens the new ones.
    page.goto("/admin/")
    panel = page.locator("#advice-requests-section")
    assert_accessible(page, within="#advice-requests-section")
    panel.get_by_role("link", name="wachten op antwoord").click()
    expect(page).to_have_url(re.compile(r"/admin/advice-requests/\?status=nieuw"))
    assert_accessible(page)
    expect(page.get_by_role("link", name="Fatma Koç")).to_be_visible()
    expect(page.get_by_text("Kees Verhoeven")).to_have_count(0)
    page.get_by_role("link", name="Fatma Koç").click()
    expect(page.get_by_text("zelfstandig bakker")).to_be_visible()
    assert_accessible(page)
