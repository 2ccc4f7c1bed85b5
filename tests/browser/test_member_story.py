"""A member's story, from the progress report to its public profile: the member reports with
consent, the national team publishes the story, a visitor reads it. axe checks each screen."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from employers.models import Membership
from taalakkoord.models import Commitment, MemberDirectoryPage

from .conftest import assert_accessible
from .test_taalakkoord_journey import log_in

pytestmark = pytest.mark.browser

STORY = "Onze chauffeurs oefenden elke week met een taalcoach. Nu lezen ze de routebriefjes zelf."


def test_a_story_goes_from_the_report_through_the_team_to_the_profile(page, browser, live_server):
    membership = Membership.objects.select_related("organisation").get(
        user__email="werkgever@lerenenwerken.example"
    )
    organisation = membership.organisation
    # The member's yearly report is due in ten days, so it may report now.
    Commitment.objects.filter(organisation=organisation).update(
        next_report_due=timezone.localdate() + datetime.timedelta(days=10)
    )
    with translation.override("nl"):
        report_url = reverse("taalakkoord:report")

    log_in(page, "werkgever@lerenenwerken.example", "leren-en-werken-demo")
    expect(page).to_have_url(re.compile(r"/mijn-taalakkoord/"))
    page.goto(report_url)
    page.locator("#id_employees_reached").fill("14")
    page.locator("#id_story").fill(STORY)
    page.locator("#id_story_public").check()
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Het landelijk team leest uw verhaal eerst")

    team = browser.new_context(base_url=live_server.url, locale="nl-NL")
    team.set_default_timeout(15_000)
    reviewer = team.new_page()
    try:
        log_in(reviewer, "moderator@lerenenwerken.example", "leren-en-werken-demo")
        expect(reviewer).to_have_url(re.compile(r"/admin/$"))
        reviewer.goto("/admin/taalakkoord/stories/")
        reviewer.get_by_role("link", name=organisation.name).first.click()
        expect(reviewer.locator("blockquote")).to_contain_text("routebriefjes")
        assert_accessible(reviewer, within=".nice-padding")
        reviewer.get_by_role("button", name="Verhaal publiceren").click()
        expect(reviewer.locator(".messages")).to_contain_text("is gepubliceerd")
    finally:
        reviewer.goto("about:blank")
        team.close()

    visitor = browser.new_context(base_url=live_server.url, locale="nl-NL")
    reader = visitor.new_page()
    try:
        directory = MemberDirectoryPage.objects.get(locale__language_code="nl")
        _site, _root, path = directory.get_url_parts()  # the path, on the live server
        reader.goto(f"{path}{organisation.slug}/")
        expect(reader.get_by_role("heading", name="Ons verhaal")).to_be_visible()
        expect(reader.locator("main")).to_contain_text("routebriefjes")
        assert_accessible(reader)
    finally:
        visitor.close()
