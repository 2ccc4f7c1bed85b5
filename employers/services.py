"""Decisions on a member's proposed profile change, and the email that tells the member."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from cms.core.emails import send_templated


class AlreadyDecided(Exception):
    pass


def profile_url(language):
    """The full address of the member's profile page, in `language`."""
    with translation.override(language):
        return settings.SITE_BASE_URL.rstrip("/") + reverse("employers:profile")


def member_language(organisation):
    """The language the member chose for its emails (its commitment's), Dutch otherwise."""
    commitment = getattr(organisation, "commitment", None)
    return commitment.language if commitment else "nl"


@transaction.atomic
def decide(change, approved, reason=""):
    """Approve (and apply) or reject a profile change, and email the organisation's admins."""
    if change.decided_at is not None:
        raise AlreadyDecided
    change.approved, change.reason, change.decided_at = approved, reason, timezone.now()
    change.save(update_fields=["approved", "reason", "decided_at"])
    if approved:
        change.apply()
    organisation = change.organisation
    language = member_language(organisation)
    transaction.on_commit(
        lambda: send_templated(
            "employers/email/profile_change",
            {
                "change": change,
                "organisation": organisation,
                "profile_url": profile_url(language),
            },
            organisation.admin_emails(),
            language,
        )
    )
    return change
