"""Status changes of commitments. Every change goes through here, so each one is recorded."""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from cms.core.emails import send_templated
from employers.models import EmailKind
from employers.services import email_organisation

from .models import Activity, Commitment, CommitmentStatus, MemberNumberCounter, StatusChange
from .reporting import add_years

ALLOWED = {
    CommitmentStatus.DRAFT: {CommitmentStatus.SUBMITTED},
    CommitmentStatus.SUBMITTED: {
        CommitmentStatus.APPROVED,
        CommitmentStatus.REJECTED,
        CommitmentStatus.WITHDRAWN,
    },
    CommitmentStatus.REJECTED: {CommitmentStatus.SUBMITTED},
    CommitmentStatus.APPROVED: {CommitmentStatus.WITHDRAWN},
    CommitmentStatus.WITHDRAWN: {CommitmentStatus.SUBMITTED},
}


class StatusError(Exception):
    """The requested change is not possible from the commitment's current status."""


def _change(commitment, to_status, user, reason=""):
    if to_status not in ALLOWED.get(commitment.status, set()):
        raise StatusError(
            _("A commitment with status “%(status)s” cannot be changed to “%(to)s”.")
            % {"status": commitment.get_status_display(), "to": CommitmentStatus(to_status).label}
        )
    StatusChange.objects.create(
        commitment=commitment,
        from_status=commitment.status,
        to_status=to_status,
        changed_by=user if user and user.is_authenticated else None,
        reason=reason,
    )
    commitment.status = to_status


@transaction.atomic
def submit(commitment, user):
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    _change(commitment, CommitmentStatus.SUBMITTED, user)
    commitment.submitted_at = timezone.now()
    commitment.rejection_reason = ""
    commitment.save()
    transaction.on_commit(lambda: notify_submitted(commitment))
    return commitment


def next_member_number():
    """The next member number; the counter row stays locked until the transaction ends."""
    return reserve_member_numbers(1)[0]


def reserve_member_numbers(count):
    """`count` member numbers in a row, from the same counter as approvals (for bulk seeding)."""
    counter = MemberNumberCounter.objects.select_for_update().get(pk=1)
    first = counter.last_number + 1
    counter.last_number += count
    counter.save(update_fields=["last_number"])
    return range(first, first + count)


@transaction.atomic
def approve(commitment, user):
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    _change(commitment, CommitmentStatus.APPROVED, user)
    if commitment.member_number is None:
        commitment.member_number = next_member_number()
    commitment.signed_on = commitment.signed_on or timezone.localdate()
    commitment.activity = Activity.ACTIVE
    commitment.lapsed_on = None
    commitment.next_report_due = add_years(commitment.signed_on, 1)
    commitment.save()
    transaction.on_commit(lambda: notify_decision(commitment, user))
    return commitment


@transaction.atomic
def reject(commitment, user, reason):
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    _change(commitment, CommitmentStatus.REJECTED, user, reason)
    commitment.rejection_reason = reason
    commitment.save()
    transaction.on_commit(lambda: notify_decision(commitment, user))
    return commitment


@transaction.atomic
def withdraw(commitment, user, reason=""):
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    was_member = commitment.status == CommitmentStatus.APPROVED
    _change(commitment, CommitmentStatus.WITHDRAWN, user, reason)
    if was_member:
        commitment.lapsed_on = commitment.lapsed_on or timezone.localdate()
    commitment.save()
    return commitment


def site_url(name, language, *args, base=None):
    """The full address of a page of this site, in `language` (for emails).

    `base` defaults to the public address; admin links pass WAGTAILADMIN_BASE_URL."""
    from django.conf import settings
    from django.urls import reverse

    with translation.override(language):
        return (base or settings.SITE_BASE_URL).rstrip("/") + reverse(name, args=args)


def member_links(commitment):
    """Links for the member's emails: My Taalakkoord, and once approved the certificate and badge."""
    language = commitment.language
    links = {"dashboard_url": site_url("taalakkoord:dashboard", language)}
    if commitment.status == CommitmentStatus.APPROVED:
        links |= {
            "certificate_url": site_url("taalakkoord:my_certificate", language),
            "badge_url": site_url("taalakkoord:badge", language, "png"),
        }
    return links


def notify_submitted(commitment):
    """A receipt to the organisation's admins, and a notice to the national team's address."""
    from django.conf import settings
    from wagtail.models import Site

    from cms.core.models import SiteSettings

    organisation = commitment.organisation
    context = {"commitment": commitment, "organisation": organisation, **member_links(commitment)}
    email_organisation(
        organisation, "taalakkoord/email/received", context, commitment.language, EmailKind.RECEIPT
    )
    site = Site.objects.filter(is_default_site=True).first()
    team_address = SiteSettings.for_site(site).email if site else ""
    review_url = site_url(
        "taalakkoord_commitments:review",
        settings.LANGUAGE_CODE,
        commitment.pk,
        base=settings.WAGTAILADMIN_BASE_URL,
    )
    send_templated(
        "taalakkoord/email/new_application",
        {**context, "review_url": review_url},
        [team_address] if team_address else [],
        settings.LANGUAGE_CODE,
    )


def notify_decision(commitment, user=None):
    """Email the organisation's admins about approval or rejection, in the member's language."""
    context = {
        "commitment": commitment,
        "organisation": commitment.organisation,
        **member_links(commitment),
    }
    email_organisation(
        commitment.organisation,
        "taalakkoord/email/decision",
        context,
        commitment.language,
        EmailKind.DECISION,
        sent_by=user,
    )
