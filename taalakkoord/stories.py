"""Stories from progress reports: offered with the member's consent, decided by the national
team, shown on the member's profile, on the home page when featured, or turned into a good
practice."""

from django.db import transaction
from django.utils import timezone

from employers.models import EmailKind
from employers.services import email_organisation

from .models import Story


class AlreadyDecided(Exception):
    pass


def offer(report):
    """After a report: its story waits for the team when the member agreed to publication and
    it is not the same text as one the member sent before. Returns the story or None."""
    text = report.story.strip()
    if not report.story_public or not text:
        return None
    if Story.objects.filter(commitment=report.commitment, text=text).exists():
        return None
    return Story.objects.create(report=report, commitment=report.commitment, text=text)


def decide(story, approved, reason="", user=None):
    """Publish or turn down a story, and tell the member's administrators by email."""
    from .services import site_url

    if story.decided_at is not None:
        raise AlreadyDecided
    story.approved, story.reason, story.decided_at = approved, reason, timezone.now()
    story.decided_by = user
    story.save(update_fields=["approved", "reason", "decided_at", "decided_by"])
    commitment = story.commitment
    organisation = commitment.organisation
    language = commitment.language or "nl"
    transaction.on_commit(
        lambda: email_organisation(
            organisation,
            "taalakkoord/email/story",
            {
                "story": story,
                "organisation": organisation,
                "dashboard_url": site_url("taalakkoord:dashboard", language),
            },
            language,
            EmailKind.STORY,
            sent_by=user,
        )
    )
    return story


def published():
    """Approved stories of members whose profile is in the open, newest first."""
    from .models import Commitment

    return (
        Story.objects.filter(approved=True, commitment__in=Commitment.objects.listed())
        .select_related("commitment__organisation")
        .order_by("-decided_at", "-pk")
    )


def featured():
    """The story the home page shows: the newest approved one marked for it, of a current
    member."""
    from .models import Commitment

    return (
        Story.objects.filter(
            approved=True, featured=True, commitment__in=Commitment.objects.public()
        )
        .select_related("commitment__organisation")
        .order_by("-decided_at", "-pk")
        .first()
    )


def practice_index():
    """Where good practices made from stories go: the first overview in the default language."""
    from wagtail.models import Locale

    from cms.goodpractices.models import GoodPracticeIndexPage

    return (
        GoodPracticeIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    )


@transaction.atomic
def make_good_practice(story, user, index):
    """A draft good practice with the story's text and the member linked, under `index`; made
    once per story."""
    from cms.goodpractices.models import GoodPracticeMember, GoodPracticePage

    if story.practice_id:
        return story.practice
    organisation = story.commitment.organisation
    paragraphs = [part.strip() for part in story.text.split("\n\n") if part.strip()]
    page = GoodPracticePage(
        title=organisation.name,
        region=organisation.region,
        intro=paragraphs[0][:600],
        body=[("quote", {"quote": story.text, "attribution": organisation.name})],
        live=False,
        owner=user,
        member_links=[GoodPracticeMember(organisation=organisation)],
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    story.practice = page
    story.save(update_fields=["practice"])
    return page
