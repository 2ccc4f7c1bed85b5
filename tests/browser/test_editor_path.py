"""The editor's whole path in the Dutch admin, as the demo's editor and national team walk it:
write a good practice with every kind of block, preview it in the panel, submit it, get a change
request, fix and resubmit, see it published; translate it with wagtail-localize and submit the
translation, which the national team publishes; the English page is English and links to English
pages."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from cms.goodpractices.models import GoodPracticePage

pytestmark = pytest.mark.browser

PASSWORD = "leren-en-werken-demo"
EDITOR = "redacteur@lerenenwerken.example"
TEAM = "moderator@lerenenwerken.example"
TITLE = "Taalcafé in de fabriek"
TITLE_EN = "Language café in the factory"


def log_in(browser, live_server, email):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/nl/account/login/?next=/admin/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


def leave(page):
    """Close a signed-in page once no request of its (the edit view keeps asking) is under way,
    so the database is not emptied underneath the live server while it answers one."""
    page.goto("about:blank")
    page.wait_for_load_state("networkidle")
    page.context.close()


def add_block(page, label):
    """Add a block at the end of the body; its index in the form."""
    count = page.locator("input[name=body-count]")
    index = int(count.input_value())
    page.locator("[data-contentpath=body]").first.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(count).to_have_value(str(index + 1))
    return index


def rich_text(page, input_id, text):
    editor = page.locator(f"#{input_id}").locator("xpath=..").locator("[contenteditable=true]")
    editor.click()
    editor.type(text)


def footer_action(page, label):
    """A button of the action menu at the foot of the editor (opening the menu when needed)."""
    button = page.locator("footer").get_by_role("button", name=label)
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name="Meer acties").click()
    button.click()


def write_good_practice(page):
    page.get_by_role("link", name="Praktijkvoorbeeld schrijven").click()
    page.locator("#id_title").fill(TITLE)
    page.get_by_role("button", name="Kies arbeidsmarktregio").click()
    page.locator(".modal input[name=q]").fill("Twente")
    page.locator(".modal").get_by_role("link", name="Twente", exact=True).click()
    expect(page.locator(".modal")).to_be_hidden()
    # Themes: check boxes, in Dutch only.
    themes = page.locator("[name=themes]")
    expect(page.get_by_label("Taal op de werkvloer")).to_be_visible()
    assert "Language at work" not in page.locator("#id_themes").inner_text()
    page.get_by_label("Taal op de werkvloer").check()
    assert themes.count() == 7
    page.locator("#id_intro").fill("Elke donderdag oefenen collega's Nederlands in de kantine.")

    index = add_block(page, "Tussenkop")
    page.locator(f"#body-{index}-value-text").fill("Zo begon het")
    index = add_block(page, "Tekst")
    rich_text(page, f"body-{index}-value", "De ploegleider vroeg wie wilde oefenen.")
    index = add_block(page, "Afbeelding")
    page.locator(f"#body-{index}-value-image").locator("xpath=..").get_by_role(
        "button", name="Kies een afbeelding"
    ).click()
    page.locator(".modal a.image-choice, .modal [data-chooser-modal-choice]").first.click()
    expect(page.locator(".modal")).to_be_hidden()
    index = add_block(page, "Citaat")
    page.locator(f"#body-{index}-value-quote").fill("Ik durf nu te bellen met de planning.")
    page.locator(f"#body-{index}-value-attribution").fill("Een productiemedewerker")
    index = add_block(page, "Oproep tot actie")
    page.locator(f"#body-{index}-value-title").fill("Ook een taalcafé beginnen?")
    page.locator(f"#body-{index}-value-text").fill("Het Leerwerkloket helpt u op weg.")
    page.locator(f"#body-{index}-value-link-label").fill("Vraag advies aan")
    page.locator(f"#body-{index}-value-link-url").fill("/nl/contact/")
    index = add_block(page, "Documenten en links")
    page.locator(f"#body-{index}-value-links-0-value-label").fill("Over de Leerwerkloketten")
    page.locator(f"#body-{index}-value-links-0-value-page").locator("xpath=..").get_by_role(
        "button", name="Kies een pagina"
    ).click()
    page.locator(".modal input[name=q]").fill("Over de Leerwerkloketten")
    page.locator(".modal").get_by_role(
        "link", name="Over de Leerwerkloketten", exact=True
    ).first.click()
    expect(page.locator(".modal")).to_be_hidden()
    index = add_block(page, "Vragen en antwoorden")
    page.locator(f"#body-{index}-value-items-0-value-question").fill("Wat kost het?")
    rich_text(page, f"body-{index}-value-items-0-value-answer", "Niets: de werkgever betaalt.")
    index = add_block(page, "Tabel")
    table = page.locator(f"#body-{index}-value").locator("xpath=..").locator(".handsontable td")
    table.first.dblclick()
    page.keyboard.type("Deelnemers")
    page.keyboard.press("Enter")
    index = add_block(page, "Video")
    page.locator(f"#body-{index}-value-title").fill("Het taalcafé in beeld")
    page.locator(f"#body-{index}-value-url").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ")

    # The preview panel shows the page being written.
    page.locator("[data-side-panel-toggle='preview']").first.click()
    frame = page.frame_locator("[data-w-preview-target='iframe']").last
    expect(frame.locator("h1")).to_have_text(TITLE)
    expect(frame.get_by_text("Nog niet gepubliceerd")).to_be_visible()
    page.locator("[data-side-panel-toggle='preview']").first.click()

    footer_action(page, "Bewaar concept")
    expect(page.locator(".messages")).to_contain_text(re.compile("is (aangemaakt|opgeslagen)"))


def translate_every_text(page):
    """Give each text on the content tab an English version in the translation editor (the
    other tab holds the address and search texts, which stay as they are)."""
    editor = page.locator(".js-translation-editor")
    pending = editor.locator("[role=tabpanel]:not([hidden])").get_by_role(
        "button", name="Vertalen", exact=True
    )
    number = 0
    while pending.count():
        pending.first.click()
        editor.locator("textarea").first.fill(TITLE_EN if number == 0 else f"English text {number}")
        editor.get_by_role("button", name="Opslaan").first.click()
        number += 1
        expect(editor.get_by_text("Handmatig vertaald op")).to_have_count(number)
    assert number > 10  # title, introduction, and the texts of every block


def test_an_editor_writes_translates_and_the_team_publishes(
    browser, live_server, demo_site, settings
):
    # Wagtail saves the form every half second while one types; against the test's in-memory
    # SQLite those writes collide with the image chooser's ("table is locked"). Saving is
    # pressed by hand here instead.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    editor = log_in(browser, live_server, EDITOR)
    write_good_practice(editor)
    footer_action(editor, "Indienen: Beoordeling door het landelijk team")
    expect(editor.locator(".messages")).to_contain_text("ter goedkeuring ingediend")
    practice = GoodPracticePage.objects.get(title=TITLE, locale__language_code="nl")
    assert not practice.live

    # The national team asks for a change.
    team = log_in(browser, live_server, TEAM)
    expect(team.get_by_role("heading", name="Wacht op uw beoordeling")).to_be_visible()
    team.goto(f"/admin/pages/{practice.pk}/edit/")
    footer_action(team, "Wijzigingen vragen")
    team.locator(".modal textarea[name=comment]").fill("Noem ook hoeveel collega's meedoen.")
    team.locator(".modal button[type=submit]").click()
    expect(team.locator(".messages")).to_be_visible()
    practice.refresh_from_db()
    assert practice.current_workflow_state.status == "needs_changes"
    assert any("Noem ook hoeveel" in message.body for message in mail.outbox)

    # The editor reads the comment on their dashboard, fixes it and resubmits; the team publishes.
    editor.goto("/admin/")
    expect(editor.get_by_text("Noem ook hoeveel collega's meedoen.")).to_be_visible()
    editor.goto(f"/admin/pages/{practice.pk}/edit/")
    editor.locator("#id_intro").fill(
        "Elke donderdag oefenen twaalf collega's Nederlands in de kantine."
    )
    footer_action(editor, "Opnieuw indienen: Beoordeling door het landelijk team")
    expect(editor.locator(".messages")).to_contain_text("ter goedkeuring ingediend")
    team.goto(f"/admin/pages/{practice.pk}/edit/")
    footer_action(team, "Goedkeuren en publiceren")
    expect(team.locator(".messages")).to_contain_text("is gepubliceerd")
    practice.refresh_from_db()
    assert practice.live and "twaalf" in practice.intro

    # The editor translates it; the team publishes the translation.
    english = practice.get_translation(Locale.objects.get(language_code="en"))
    editor.goto(f"/admin/pages/{english.pk}/edit/")
    editor.get_by_role("link", name="Deze pagina vertalen").click()
    editor.locator("main form [type=submit]").click()
    expect(editor.locator(".messages")).to_contain_text("nu vertalen naar het Engels")
    expect(editor.get_by_text("Vertaling van het Nederlands naar het Engels").first).to_be_visible()
    translate_every_text(editor)
    editor.get_by_role("button", name="Indienen: Beoordeling door het landelijk team").click()
    expect(editor.locator(".messages")).to_contain_text("is ingediend voor beoordeling")

    team.goto(f"/admin/pages/{english.pk}/edit/")
    team.get_by_role("button", name="Goedkeuren en publiceren").click()
    english.refresh_from_db()
    assert english.live and english.title == TITLE_EN

    visitor = browser.new_page(base_url=live_server.url)
    _site, _root, path = english.get_url_parts()  # the demo's site is on another port
    visitor.goto(path)
    expect(visitor.locator("h1")).to_have_text(TITLE_EN)
    main = visitor.locator("main").inner_text()
    for dutch in ("donderdag", "ploegleider", "Zo begon het", "Wat kost het"):
        assert dutch not in main, dutch
    assert visitor.locator("html").get_attribute("lang") == "en"
    # The link block chose the Dutch page; the English page links to its English version.
    about = Page.objects.get(title="Over de Leerwerkloketten", locale__language_code="nl")
    about_nl, about_en = (
        about.get_url_parts()[2],
        about.get_translation(english.locale).get_url_parts()[2],
    )
    expect(visitor.locator(f"main a[href$='{about_en}']")).to_have_count(1)
    expect(visitor.locator(f"main a[href$='{about_nl}']")).to_have_count(0)
    visitor.close()
    for page in (editor, team):
        leave(page)


def test_a_desks_moderator_publishes_desk_news_and_no_national_page(
    browser, live_server, demo_site, settings
):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    from cms.desks.models import LeerwerkloketPage
    from cms.news.models import NewsPage

    twente = LeerwerkloketPage.objects.get(slug="twente", locale__language_code="nl")
    desk_news = NewsPage.objects.descendant_of(twente).filter(locale=twente.locale).first()
    national = NewsPage.objects.filter(locale=twente.locale).not_descendant_of(twente).first()
    staff = log_in(browser, live_server, "loket-twente@lerenenwerken.example")
    expect(staff.get_by_text(f"U werkt aan de pagina's van {twente.title}.")).to_be_visible()

    staff.goto(f"/admin/pages/{desk_news.pk}/edit/")
    staff.locator("#id_intro").fill("Het spreekuur in Hengelo is nu ook op zaterdag.")
    footer_action(staff, "Publiceren")
    expect(staff.locator(".messages")).to_contain_text("is gepubliceerd")
    desk_news.refresh_from_db()
    assert desk_news.live and "zaterdag" in desk_news.intro

    response = staff.goto(f"/admin/pages/{national.pk}/edit/")
    assert f"/admin/pages/{national.pk}/edit/" not in staff.url or response.status == 403
    expect(staff.locator(".messages")).to_contain_text("U hebt geen toegang")
    national.refresh_from_db()
    assert national.live
    leave(staff)
