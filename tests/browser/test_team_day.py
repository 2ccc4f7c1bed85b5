"""The national team's day in the admin: from the dashboard's count to the waiting list, a
review approved after confirmation, back to the same filtered list; then a reminder to an
overdue member from its page, and the timeline that records it. axe checks our own screens."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible
from .test_taalakkoord_journey import log_in

pytestmark = pytest.mark.browser


def test_the_national_team_works_through_its_day(page):
    log_in(page, "moderator@lerenenwerken.example", "leren-en-werken-demo")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    panel = page.locator("#taalakkoord-progress-section")
    expect(panel).to_be_visible()
    assert_accessible(page, within="#taalakkoord-progress-section")
    expect(panel.get_by_role("heading", name="Mijn werk")).to_be_visible()

    # The count of waiting applications leads to them, the longest waiting first.
    panel.get_by_role("link", name=re.compile(r"aanmeldingen? wacht")).click()
    expect(page).to_have_url(re.compile(r"status=submitted&ordering=submitted_at"))
    waiting_list = page.url
    first = page.locator("table.listing tbody tr").first.locator("a").first
    name = first.inner_text().strip()
    first.click()
    expect(page).to_have_url(re.compile(r"/review/\?next="))
    expect(page.get_by_role("button", name="Goedkeuren…")).to_be_visible()  # loaded
    assert_accessible(page, within=".nice-padding")

    # Approving asks once more; afterwards the list is as it was.
    page.get_by_role("button", name="Goedkeuren…").click()
    expect(page.get_by_role("alert")).to_contain_text("Weet u het zeker?")
    assert_accessible(page, within=".nice-padding")
    page.get_by_role("button", name=f"Ja, keur {name} goed").click()
    expect(page).to_have_url(waiting_list)
    expect(page.get_by_text("is nu lid met nummer")).to_be_visible()

    # Remind an overdue member from its own page; the timeline records it with a name.
    page.goto("/admin/")
    page.locator("#taalakkoord-progress-section").get_by_role(
        "link", name="Allemaal herinneren"
    ).click()
    expect(page.get_by_role("button", name=re.compile("Herinnering sturen aan"))).to_be_visible()
    assert_accessible(page, within=".nice-padding")
    member = page.locator("table.listing tbody tr").first.locator("a").first
    member_name = member.inner_text().strip()
    member.click()
    expect(page.get_by_role("heading", level=1, name=member_name)).to_be_visible()
    assert_accessible(page, within=".nice-padding")
    page.get_by_role("link", name="een herinnering voor de voortgangsrapportage").click()
    expect(page.get_by_label("Onderwerp")).not_to_have_value("")
    page.get_by_role("button", name="Bericht versturen").click()
    expect(page.get_by_text("Het bericht is verstuurd aan")).to_be_visible()
    timeline = page.locator("table", has=page.get_by_role("columnheader", name="Wat"))
    row = timeline.locator("tbody tr").first
    expect(row).to_contain_text("E-mail verstuurd")
    expect(row).to_contain_text("Mo van het Landelijk Team")
