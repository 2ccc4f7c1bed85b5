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


def qr_codes_in(pdf_path, tmp_path):
    """The addresses in the PDF's QR codes, read from the rendered page by zbar, a real decoder."""
    import subprocess

    from PIL import Image
    from pyzbar.pyzbar import decode

    render = ["/usr/bin/pdftoppm", "-png", "-r", "150", pdf_path, tmp_path / "page"]
    subprocess.run(render, check=True)  # noqa: S603 (our own download, a fixed program)
    return [
        symbol.data.decode()
        for image in sorted(tmp_path.glob("page*.png"))
        for symbol in decode(Image.open(image))
    ]


def test_new_employer_walks_from_the_home_page_to_a_certificate_that_scans(
    page, live_server, settings, tmp_path
):
    """By links and buttons only: the home page, the start page, an account, the six steps, the
    check step; the national team approves after logging in on the public site; the employer
    downloads the certificate, and its QR code (decoded from the PDF) opens a valid page on the
    address the site is served on (not port 8000)."""
    settings.SITE_BASE_URL = live_server.url
    assert not live_server.url.endswith(":8000")
    members_before = counter_value(page)

    page.goto("/nl/")
    page.get_by_role("link", name="Meld uw organisatie aan").first.click()
    expect(page.locator("h1")).to_have_text("Meld uw organisatie aan voor het Taalakkoord")
    assert_accessible(page)
    page.get_by_role("link", name="Account maken").click()

    # An account, confirmed through the link in the email.
    expect(page.locator("h1")).to_have_text("Account maken")
    page.get_by_label("E-mailadres").fill("hr@taalbewust.example")
    page.get_by_label("Kies een wachtwoord").fill(PASSWORD)
    page.get_by_label("Typ het wachtwoord nog een keer").fill("een-ander-wachtwoord")
    page.get_by_role("button", name="Account maken").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    expect(page.get_by_label("E-mailadres")).to_have_value("hr@taalbewust.example")
    page.get_by_label("Typ het wachtwoord nog een keer").fill(PASSWORD)
    page.get_by_role("button", name="Account maken").click()
    expect(page.locator("h1")).to_have_text("Kijk in uw e-mail")
    assert_accessible(page)
    (message,) = mail.outbox
    link = re.search(r"https?://\S+/confirm-email/\S+", message.body).group(0)
    assert link.startswith(live_server.url)
    page.goto(link)
    expect(page.locator("h1")).to_have_text("Bevestig uw e-mailadres")
    assert_accessible(page)
    page.get_by_role("button", name="E-mailadres bevestigen").click()

    # The application form, step by step.
    if page.locator("h1").inner_text() != "Organisatie":
        page.get_by_role("link", name=re.compile("Meld uw organisatie aan|Ga verder")).first.click()
    expect(page.locator("h1")).to_have_text("Organisatie")
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
    page.get_by_label("Bereikt uiterlijk op").fill("2028-06-30")
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
    check = page.locator("main").inner_text()
    for answer in ("Taalbewust Schoonmaak B.V.", "99887766", "Hengelo", "Taalscreening",
                   "140", "35", "20", "taalmaatje", "Fatima el Amrani", "Directeur"):  # fmt: skip
        assert answer in check, answer
    mail.outbox.clear()
    page.get_by_role("button", name="Versturen naar het landelijk team").click()
    expect(page.locator(".status")).to_have_text("Ingediend")
    assert_accessible(page)
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 2, subjects  # a receipt to the employer, a notice to the team
    page.get_by_role("button", name="Uitloggen").click()

    # The national team logs in on the public site, lands in the admin and approves.
    page.get_by_role("link", name="Inloggen").first.click()
    page.get_by_label("E-mailadres").fill("moderator@lerenenwerken.example")
    page.get_by_label("Wachtwoord").fill("leren-en-werken-demo")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto("/admin/taalakkoord/commitments/?status=submitted&q=Taalbewust")
    page.get_by_role("link", name="Taalbewust Schoonmaak B.V.").first.click()
    expect(page).to_have_url(re.compile(r"/review/(\?next=.*)?$"))
    page.get_by_role("button", name="Goedkeuren").click()
    expect(page.get_by_text("Weet u het zeker?")).to_be_visible()  # approval asks once more
    page.get_by_role("button", name="Ja, keur Taalbewust Schoonmaak B.V. goed").click()
    expect(page.get_by_text("is nu lid met nummer")).to_be_visible()
    page.context.clear_cookies()  # the employer, on another computer

    # The employer downloads the certificate; its QR code opens a page that says it is valid.
    log_in(page, "hr@taalbewust.example", PASSWORD)
    expect(page.locator("h1")).to_have_text("Mijn Taalakkoord")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download uw certificaat (PDF)").click()
    (address,) = qr_codes_in(download_info.value.path(), tmp_path)
    assert address.startswith(live_server.url + "/"), address
    page.goto(address)
    expect(page.locator("h2#verify-status")).to_have_text("Dit certificaat is geldig")
    assert_accessible(page)

    # The member appears in the directory and the counter went up by one.
    page.goto(DIRECTORY + "?q=Taalbewust")
    expect(page.get_by_role("link", name="Taalbewust Schoonmaak B.V.")).to_be_visible()
    assert_accessible(page)
    assert counter_value(page) == members_before + 1


@pytest.mark.parametrize(
    "path",
    [
        "/en/account/signup/",
        "/en/account/login/",
        "/en/account/password/reset/",
        "/nl/account/password/reset/",
        "/nl/account/password/reset/done/",
        "/nl/account/confirm-email/not-a-key/",
        "/en/about-the-leerwerkloketten/taalakkoord/members/",
    ],
)
def test_account_and_taalakkoord_pages_have_no_violations(page, path):
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("lang", path[1:3])
    assert_accessible(page)


def test_member_pages_have_no_violations_in_both_languages(page):
    log_in(page, "werkgever@lerenenwerken.example", "leren-en-werken-demo")
    for path, heading in [
        ("/en/my-taalakkoord/", "My Taalakkoord"),
        ("/nl/mijn-taalakkoord/collegas/", "Collega’s"),
        ("/en/my-taalakkoord/colleagues/", "Colleagues"),
        ("/nl/mijn-taalakkoord/profiel/", "Openbaar profiel"),
        ("/en/my-taalakkoord/profile/", "Public profile"),
        ("/nl/account/email/", "Uw e-mailadres"),
        ("/en/account/password/change/", "Change your password"),
        ("/nl/account/2fa/", "Inloggen in twee stappen"),
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
