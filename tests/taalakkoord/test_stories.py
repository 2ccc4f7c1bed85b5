"""Members' stories: offered with a report, reviewed by the national team, then in the open."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from cms.goodpractices.factories import GoodPracticeIndexPageFactory
from cms.goodpractices.models import GoodPracticePage
from employers.factories import MembershipFactory
from taalakkoord import stories
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import ProgressReport, Story
from tests.utils import fresh_render_queries

from .conftest import verified_user

TEXT = "Twintig schoonmakers leerden beter lezen. Nu vullen ze zelf hun werkbonnen in."


def member(name="Schoonmaakbedrijf Glans", **kwargs):
    """A member with an administrator, who gets the emails."""
    commitment = CommitmentFactory(approved=True, organisation__name=name, **kwargs)
    admin = verified_user(f"beheer-{commitment.pk}")
    MembershipFactory(user=admin, organisation=commitment.organisation)
    return commitment


def report(commitment, text=TEXT, public=True, year=2026):
    return ProgressReport.objects.create(
        commitment=commitment,
        due_date=datetime.date(year, 1, 10),
        employees_reached=20,
        story=text,
        story_public=public,
    )


def test_a_story_is_offered_only_with_consent_and_only_once(db):
    commitment = member()
    assert stories.offer(report(commitment, public=False, year=2024)) is None
    assert stories.offer(report(commitment, text="  ", year=2025)) is None
    story = stories.offer(report(commitment))
    assert story.text == TEXT and story.decided_at is None
    # The same text again next year (the form fills in last year's story): not again.
    assert stories.offer(report(commitment, year=2027)) is None
    assert Story.objects.count() == 1


def test_the_team_publishes_a_story_on_the_profile_and_the_member_hears(
    client, directory, national_team, django_capture_on_commit_callbacks
):
    commitment = member()
    story = stories.offer(report(commitment))
    profile = f"{directory.url}{commitment.organisation.slug}/"
    assert "werkbonnen" not in client.get(profile).content.decode()  # not before the decision
    with django_capture_on_commit_callbacks(execute=True):
        stories.decide(story, approved=True, user=national_team)
    assert "werkbonnen" in client.get(profile).content.decode()
    assert mail.outbox[-1].subject == "Uw verhaal over het Taalakkoord is gepubliceerd"


def test_a_story_turned_down_stays_private_and_the_member_reads_why(
    client, directory, national_team, django_capture_on_commit_callbacks
):
    commitment = member()
    story = stories.offer(report(commitment))
    with django_capture_on_commit_callbacks(execute=True):
        stories.decide(
            story, approved=False, reason="Er staan namen van collega's in.", user=national_team
        )
    assert (
        "werkbonnen"
        not in client.get(f"{directory.url}{commitment.organisation.slug}/").content.decode()
    )
    assert "Er staan namen van collega's in." in mail.outbox[-1].body
    with pytest.raises(stories.AlreadyDecided):
        stories.decide(story, approved=True, user=national_team)


def test_the_review_screen_approves_features_and_makes_a_good_practice(
    client, home, national_team, django_capture_on_commit_callbacks
):
    GoodPracticeIndexPageFactory(parent=home)
    commitment = member()
    story = stories.offer(report(commitment))
    client.force_login(national_team)
    url = reverse("taalakkoord_stories:review", args=[story.pk])
    assert "werkbonnen" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"decision": "approve"}).status_code == 302
    story.refresh_from_db()
    assert story.approved
    # On the home page once featured.
    assert "werkbonnen" not in client.get("/nl/").content.decode()
    client.post(url, {"decision": "feature"})
    client.logout()
    html = client.get("/nl/").content.decode()
    assert "Uit de praktijk" in html and "werkbonnen" in html
    # One action makes a draft good practice, with the member linked; a second one does not.
    client.force_login(national_team)
    response = client.post(url, {"decision": "practice"})
    practice = GoodPracticePage.objects.get()
    assert response.status_code == 302 and str(practice.pk) in response["Location"]
    assert not practice.live and practice.title == "Schoonmaakbedrijf Glans"
    assert practice.member_links.get().organisation == commitment.organisation
    assert TEXT in str(practice.body.raw_data)
    client.post(url, {"decision": "practice"})
    assert GoodPracticePage.objects.count() == 1


def test_a_rejection_needs_a_reason(client, national_team):
    story = stories.offer(report(member()))
    client.force_login(national_team)
    url = reverse("taalakkoord_stories:review", args=[story.pk])
    response = client.post(url, {"decision": "reject", "reason": ""})
    assert response.status_code == 200
    assert "Geef een reden" in response.content.decode()
    story.refresh_from_db()
    assert story.decided_at is None


def test_members_and_editors_cannot_decide_on_stories(client, employer, editor):
    story = stories.offer(report(member()))
    url = reverse("taalakkoord_stories:review", args=[story.pk])
    for user in (employer, editor):
        client.force_login(user)
        assert client.post(url, {"decision": "approve"}).status_code in (302, 403)
        story.refresh_from_db()
        assert story.decided_at is None


def test_the_profile_of_a_member_with_stories_costs_the_same_queries(
    client, directory, national_team, django_assert_max_num_queries
):
    commitment = member()
    for year in (2024, 2025, 2026):
        story = stories.offer(report(commitment, text=f"{TEXT} ({year})", year=year))
        stories.decide(story, approved=True, user=national_team)
    profile = f"{directory.url}{commitment.organisation.slug}/"
    response, three = fresh_render_queries(client, profile)
    assert response.content.decode().count("block-quote") == 3
    story = stories.offer(report(commitment, text=f"{TEXT} (2027)", year=2027))
    stories.decide(story, approved=True, user=national_team)
    assert fresh_render_queries(client, profile)[1] == three


def test_the_team_can_stop_publishing_a_story(client, directory, national_team):
    commitment = member()
    story = stories.offer(report(commitment))
    stories.decide(story, approved=True, user=national_team)
    profile = f"{directory.url}{commitment.organisation.slug}/"
    assert "werkbonnen" in client.get(profile).content.decode()
    client.force_login(national_team)
    url = reverse("taalakkoord_stories:review", args=[story.pk])
    client.post(url, {"decision": "feature"})
    client.post(url, {"decision": "unpublish"})
    story.refresh_from_db()
    assert story.approved is False and not story.featured
    client.logout()
    assert "werkbonnen" not in client.get(profile).content.decode()
    assert stories.featured() is None


def test_the_admin_home_says_how_many_stories_wait(client, national_team, editor):
    stories.offer(report(member()))
    stories.offer(report(member("Bouwbedrijf Vos")))
    client.force_login(national_team)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 verhalen van leden wachten op een besluit" in html
    assert reverse("taalakkoord_stories:index") in html
    listing = client.get(reverse("taalakkoord_stories:index"), {"pending": "true"})
    html = listing.content.decode()
    headers = re.findall(r"<th\b[^>]*>(.*?)</th>", html, re.DOTALL)
    assert any("Op de homepage" in header for header in headers)  # the column, as its filter
    assert "Featured" not in html
