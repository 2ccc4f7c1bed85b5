"""A new employer joins the Taalakkoord from scratch; the national team approves it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

PASSWORD = "een-lang-wachtwoord-2026"
DIRECTORY = "/nl/over-de-leerwerkloketten/taalakkoord/deelnemers/"


def counter_value(page):
    page.goto("/nl/")
    return int(page.locator(".counter strong").inner_text())


def log_in(page, email, password):
    page.goto("/nl/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main form button[type=submit]").click()


def test_new_employer_signs_up_commits_and_is_approved(page):
    members_before = counter_value(page)

    # Sign up and verify the email address through the link in the email.
    page.goto("/nl/account/signup/")
    assert_accessible(page)
    page.locator("#id_email").fill("hr@taalbewust.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Account maken").click()
    assert_accessible(page)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Mijn Taalakkoord")
    assert_accessible(page)

    # The wizard, step by step.
    page.get_by_role("link", name="Meld uw organisatie aan").click()
    assert_accessible(page)
    page.get_by_label("Naam").fill("Taalbewust Schoonmaak B.V.")
    page.get_by_label("KvK-nummer").fill("9988 7766")
    page.get_by_label("Soort").select_option("werkgever")
    page.get_by_label("Sector").select_option("N")
    page.get_by_label("Grootte").select_option("50-249")
    page.get_by_label("Regio").select_option(label="Twente")
    page.get_by_label("Plaats").fill("Hengelo")
    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.locator("h1")).to_have_text("Maatregelen")
    page.get_by_role("button", name="Opslaan en verder").click()  # nothing chosen: an error
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Taalscreening van medewerkers").check()
    page.get_by_label("Taalcoach of taalmaatje").check()
    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.locator("h1")).to_have_text("Aantallen")
    assert_accessible(page)
    page.get_by_label("Medewerkers in totaal").fill("140")
    page.get_by_label("Medewerkers met een taalvraag").fill("35")
    page.get_by_label("Te bereiken medewerkers").fill("20")
    page.get_by_label("Bereikt op").fill("2028-06-30")
    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.locator("h1")).to_have_text("Plan van aanpak")
    page.get_by_label("Plan van aanpak", exact=True).fill(
        "Na de taalscreening krijgt elk team een taalmaatje."
    )
    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.locator("h1")).to_have_text("Verklaring")
    assert_accessible(page)
    page.get_by_label("Ondertekend door").fill("Fatima el Amrani")
    page.get_by_label("Functie van de ondertekenaar").fill("Directeur")
    page.get_by_label("Wij ondertekenen de verklaring").check()
    page.get_by_label("Onze naam, ons logo").check()
    page.get_by_role("button", name="Opslaan en controleren").click()

    expect(page.locator("h1")).to_have_text("Controleren en versturen")
    assert_accessible(page)
    page.get_by_role("button", name="Versturen naar het landelijk team").click()
    expect(page.locator(".status")).to_have_text("Ingediend")
    assert_accessible(page)
    page.get_by_role("button", name="Uitloggen").click()

    # The national team approves in the admin.
    log_in(page, "moderator@lerenenwerken.example", "leren-en-werken-demo")
    page.goto("/admin/taalakkoord/commitments/?status=submitted&q=Taalbewust")
    page.get_by_role("link", name="Taalbewust Schoonmaak B.V.").first.click()
    expect(page).to_have_url(re.compile(r"/review/$"))
    page.get_by_role("button", name="Goedkeuren").click()
    expect(page.get_by_text("is nu lid met nummer")).to_be_visible()

    # The member appears in the directory and the counter went up by one.
    page.goto(DIRECTORY + "?q=Taalbewust")
    expect(page.get_by_role("link", name="Taalbewust Schoonmaak B.V.")).to_be_visible()
    assert_accessible(page)
    assert counter_value(page) == members_before + 1
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/en/account/signup/",
        "/en/account/login/",
        "/en/about-the-leerwerkloketten/taalakkoord/members/",
    ],
)
def test_taalakkoord_pages_in_english_have_no_violations(page, path):
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)


def test_member_pages_have_no_violations_in_both_languages(page):
    log_in(page, "werkgever@lerenenwerken.example", "leren-en-werken-demo")
    for path, heading in [
        ("/en/my-taalakkoord/", "My Taalakkoord"),
        ("/nl/mijn-taalakkoord/collegas/", "Collega’s"),
        ("/en/my-taalakkoord/colleagues/", "Colleagues"),
        ("/nl/mijn-taalakkoord/profiel/", "Openbaar profiel"),
        ("/en/my-taalakkoord/profile/", "Public profile"),
    ]:
        page.goto(path)
        expect(page.locator("h1")).to_have_text(heading)
        assert_accessible(page)


def test_member_downloads_the_certificate_and_opens_its_verification_page(page):
    log_in(page, "werkgever@lerenenwerken.example", "leren-en-werken-demo")
    page.goto("/nl/mijn-taalakkoord/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download uw certificaat (PDF)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    page.get_by_role("link", name="De controlepagina").click()
    expect(page.locator("h2#verify-status")).to_have_text("Dit certificaat is geldig")
    assert_accessible(page)
    page.goto("/nl/certificaat/?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    expect(page.get_by_role("alert")).to_contain_text("We vinden geen certificaat")
    assert_accessible(page)
