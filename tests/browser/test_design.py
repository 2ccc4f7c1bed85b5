"""The site's look, as a visitor sees it at a desk's width (1366 px) and a phone's (390 px): no page
type runs past the screen, the phone's menu folds and opens by keyboard, neighbouring cards never
share a picture, every status is the status component, and the map of the regions leads to the
desks and holds the same figures as the table beside it. (axe on every page type, in both
languages, is in test_accessibility_sweep.py.)"""

import pytest
from django.urls import reverse
from django.utils import translation

from cms.desks.models import LeerwerkloketPage
from taalakkoord.models import Certificate, MemberDirectoryPage

from .conftest import assert_accessible
from .test_accessibility_sweep import log_in, one_page_of_each_type, path_of

# A look test: what the pages look like and how they read, the same on any database (CI runs
# it on SQLite only; see .ci/run).
pytestmark = [pytest.mark.browser, pytest.mark.look]

WIDTHS = (1366, 390)
MODERATOR = ("moderator@lerenenwerken.example", "leren-en-werken-demo")

OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"

# For each row of cards: the picture of each card (an image's address or a drawing's name).
CARD_PICTURES = """() => [...document.querySelectorAll('.card-grid, .card-list')].map(row =>
    [...row.querySelectorAll(':scope > .card, :scope > li.card')].map(card => {
        const picture = card.querySelector('.card__picture');
        if (!picture) return null;
        const img = picture.querySelector('img');
        return img ? img.getAttribute('src') : picture.querySelector('svg').dataset.drawing;
    }))"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_type_runs_past_the_screen(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    for language in ("nl", "en"):
        for name, path in one_page_of_each_type(language).items():
            page.goto(path)
            assert page.evaluate(OVERFLOW) <= 0, f"{name} ({path}) is wider than {width} px"


def test_the_phone_menu_opens_and_closes_by_keyboard(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/nl/")
    button = page.get_by_role("button", name="Menu")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    first_link = menu.get_by_role("link", name="Nieuws")
    assert button.get_attribute("aria-expanded") == "false"
    assert not first_link.is_visible()
    # The menu folds: the page's content starts near the top, not below four lines of links.
    assert page.locator("main").bounding_box()["y"] < 300

    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert first_link.is_visible()
    # Tab goes straight on to the open menu's first link.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Over de Leerwerkloketten"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not first_link.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('menu-button')")
    page.keyboard.press("Space")
    assert first_link.is_visible()
    # The search and the language switch stay on screen with the menu folded.
    page.keyboard.press("Enter")
    assert page.get_by_role("searchbox").is_visible()
    assert page.locator(".language-switcher").get_by_role("link", name="English").is_visible()
    assert_accessible(page)


def test_on_a_wide_screen_the_menu_is_open_without_a_button(page):
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto("/nl/")
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert (
        page.get_by_role("navigation", name="Hoofdmenu")
        .get_by_role("link", name="Nieuws")
        .is_visible()
    )


def test_without_javascript_the_menu_is_open(browser, live_server, demo_site):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    page.goto("/nl/")
    assert (
        page.get_by_role("navigation", name="Hoofdmenu")
        .get_by_role("link", name="Nieuws")
        .is_visible()
    )
    assert page.locator(".menu-button").is_hidden()
    context.close()


def test_neighbouring_cards_never_share_a_picture(page):
    desk = LeerwerkloketPage.objects.get(slug="twente", locale__language_code="nl")
    paths = ["/nl/", "/nl/nieuws/", "/nl/praktijkvoorbeelden/", path_of(desk, "nl"), "/en/"]
    paths.append("/nl/over-de-leerwerkloketten/taalakkoord/ambassadeurs/")
    rows_seen = 0
    for path in paths:
        page.goto(path)
        for row in page.evaluate(CARD_PICTURES):
            rows_seen += 1
            # Every card in a row has a picture, or none has.
            assert all(row) or not any(row), (path, row)
            if not any(row):
                continue  # a row of text-only cards (vacancies)
            # No card looks like one of the three before it (a neighbour, or the one above it).
            for index, picture in enumerate(row):
                assert picture not in row[max(0, index - 3) : index], (path, row)
    assert rows_seen >= 6


def test_every_status_is_the_status_component(page):
    certificate = (
        Certificate.objects.filter(superseded_at=None).select_related("commitment").first()
    )
    directory = MemberDirectoryPage.objects.get(locale__language_code="nl")
    checked = 0
    with translation.override("nl"):
        verify = reverse("certificate_verify_code", args=[certificate.code])
    for path in [verify, path_of(directory, "nl")]:
        page.goto(path)
        checked += check_statuses(page, path)
    log_in(page, "nl", *MODERATOR)
    for path in [
        "/admin/taalakkoord/commitments/",
        "/admin/taalakkoord/organisations/",
        reverse("taalakkoord_commitments:review", args=[certificate.commitment_id]),
    ]:
        page.goto(path)
        checked += check_statuses(page, path)
    assert checked >= 10  # the directory shows one only for a member behind with its report


def check_statuses(page, path):
    """Each status shows colour (its tone), an icon and words; returns how many there were."""
    statuses = page.locator(".status")
    count = statuses.count()
    for status in statuses.all():
        assert status.evaluate("el => [...el.classList].some(c => c.startsWith('status--'))"), path
        assert status.locator("svg.icon").count() == 1, path
        assert status.inner_text().strip(), path
    return count


def test_the_map_leads_to_every_desk(page):
    page.goto("/nl/leerwerkloketten/")
    tiles = page.locator(".region-map a")
    assert tiles.count() == 35
    desks = {
        path_of(desk, "nl"): desk.region.name
        for desk in LeerwerkloketPage.objects.filter(locale__language_code="nl").select_related(
            "region"
        )
    }
    for tile in tiles.all():
        href, name = tile.get_attribute("href"), tile.get_attribute("aria-label")
        assert desks[href] == name
    page.get_by_role("link", name="Twente", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Leerwerkloket Twente"
    assert_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_directory_map_holds_the_same_figures_as_its_table(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    directory = MemberDirectoryPage.objects.get(locale__language_code="nl")
    page.goto(path_of(directory, "nl"))
    table = {
        row.locator("th").inner_text().strip(): row.locator("td").inner_text().strip()
        for row in page.locator(".region-map__table tbody tr").all()
    }
    assert len(table) == 35
    labels = [tile.get_attribute("aria-label") for tile in page.locator(".region-map a").all()]
    assert len(labels) == 35
    for label in labels:
        name, _, figure = label.partition(": ")
        assert figure.split()[0] == table[name] or (
            figure.startswith("geen") and table[name] == "0"
        ), label
    assert page.evaluate(OVERFLOW) <= 0
    assert_accessible(page)


def test_the_menu_marks_the_section_of_the_page_you_are_on(page):
    page.goto("/nl/nieuws/")
    page.get_by_role("link", name="Evaluatie", exact=False).first.click()
    page.wait_for_load_state()
    current = page.locator(".main-nav__list a[aria-current]")
    assert current.count() == 1 and current.inner_text() == "Nieuws"
