"""Personal data under the AVG (GDPR): what a person can take with them, when they can leave,
and what is anonymised once an organisation has left or was turned down.

- `personal_data(user)`: everything the site holds about a person, as a JSON-ready dict;
- `deletion_blocker(user)`: why the account cannot be deleted yet (None: it can);
- `delete_account(user)`: delete it, and an organisation left with no one and nothing sent;
- `anonymise(organisation)`: strip names, people and files, keep the figures for the monitor.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.http import int_to_base36
from django.utils.translation import gettext as _

from cms.core.retention import register_retention
from employers.models import Membership, Organisation, Role

from .models import CommitmentStatus
from .permissions import public_name

# Statuses in which an organisation takes part, or waits for the national team's decision.
ACTIVE_STATUSES = (CommitmentStatus.SUBMITTED, CommitmentStatus.APPROVED)
ANONYMISED_NAME = "Geanonimiseerde organisatie"


def _when(value):
    return value.isoformat() if value else None


def personal_data(user):
    """The person's own data: account, addresses, organisation, requests and what they wrote."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from employers.models import AccessRequest, Invitation

    from .models import ProgressReport, StatusChange

    membership = Membership.objects.filter(user=user).select_related("organisation").first()
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
        "organisation": None,
        "access_requests": [
            {
                # The KvK number the person typed; the name only where the directory shows it.
                "organisation_kvk_number": request.organisation.kvk_number,
                "organisation": public_name(request.organisation),
                "message": request.message,
                "sent": _when(request.created_at),
                "approved": request.approved,
            }
            for request in AccessRequest.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": [
            {"email": invitation.email, "sent": _when(invitation.created_at)}
            for invitation in Invitation.objects.filter(invited_by=user)
        ],
        "progress_reports_sent": [
            {"due_date": _when(report.due_date), "sent": _when(report.submitted_at)}
            for report in ProgressReport.objects.filter(submitted_by=user)
        ],
        "status_changes_made": [
            {"to": change.to_status, "when": _when(change.created_at), "reason": change.reason}
            for change in StatusChange.objects.filter(changed_by=user)
        ],
    }
    if membership:
        organisation = membership.organisation
        commitment = getattr(organisation, "commitment", None)
        data["organisation"] = {
            "name": organisation.name,
            "kvk_number": organisation.kvk_number,
            "role": membership.role,
            "member_since": _when(membership.created_at),
            "commitment_status": commitment.status if commitment else None,
            "signatory_name": commitment.signatory_name if commitment else "",
            "signatory_role": commitment.signatory_role if commitment else "",
        }
    return data


def deletion_blocker(user, lock=False):
    """Why the account cannot be deleted yet, in the user's language; None when it can.

    With `lock`, inside a transaction: the organisation's row is locked first, so two
    administrators deleting their accounts at once cannot both pass as "not the last one".
    """
    if user.is_staff or user.has_perm("wagtailadmin.access_admin"):
        return _("Staff accounts are removed by the site's administrators.")
    membership = Membership.objects.filter(user=user).select_related("organisation").first()
    if membership is not None and lock:
        Organisation.objects.select_for_update().filter(pk=membership.organisation_id).first()
    if membership is None or membership.role != Role.ADMIN:
        return None
    organisation = membership.organisation
    other_admins = organisation.memberships.filter(role=Role.ADMIN).exclude(user=user)
    if other_admins.exists():
        return None
    if organisation.memberships.exclude(user=user).exists():
        return _(
            "You are the only administrator of %(name)s. First make a colleague administrator "
            "on the Colleagues page, then delete your account."
        ) % {"name": organisation.name}
    commitment = getattr(organisation, "commitment", None)
    if commitment is not None and commitment.status in ACTIVE_STATUSES:
        return _(
            "You are the only person at %(name)s on this site, and it takes part in the "
            "Taalakkoord (or has applied). Withdraw from the Taalakkoord first, or make a "
            "colleague administrator; then delete your account."
        ) % {"name": organisation.name}
    return None


class AccountNotDeleted(Exception):
    """The account cannot be deleted yet; the message says why."""


@transaction.atomic
def delete_account(user):
    """Delete the account; an organisation left with no people and nothing sent goes with it.

    Raises AccountNotDeleted when something stands in the way (checked again under a lock)."""
    blocker = deletion_blocker(user, lock=True)
    if blocker:
        raise AccountNotDeleted(blocker)
    from employers.models import Invitation

    membership = Membership.objects.filter(user=user).select_related("organisation").first()
    organisation = membership.organisation if membership else None
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True).delete()
    user.delete()
    if organisation is not None and not organisation.memberships.exists():
        commitment = getattr(organisation, "commitment", None)
        if commitment is None or commitment.status == CommitmentStatus.DRAFT:
            _delete_files(organisation)
            _forget_log_entries(organisation)
            organisation.delete()


def _forget_log_entries(organisation):
    """Wagtail's change log keeps each object's name: drop it for the organisation's rows."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    commitment = getattr(organisation, "commitment", None)
    rows = [organisation, *([commitment] if commitment else [])]
    for row in rows:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(row), object_id=str(row.pk)
        ).update(label=ANONYMISED_NAME, data={})


def _delete_files(organisation):
    commitment = getattr(organisation, "commitment", None)
    files = [organisation.logo, *(change.logo for change in organisation.profile_changes.all())]
    if commitment is not None:
        files.append(commitment.plan_file)
        files.extend(certificate.pdf for certificate in commitment.certificates.all())
    names = [file.name for file in files if file]
    storage = organisation.logo.storage
    # Only once the rows are gone for good: a rolled-back transaction keeps its files.
    transaction.on_commit(lambda: [storage.delete(name) for name in names])


@transaction.atomic
def anonymise(organisation):
    """Remove what identifies the organisation and its people; keep kind, sector, size, region,
    place and the numbers, which the monitor counts."""
    _delete_files(organisation)
    _forget_log_entries(organisation)
    organisation.memberships.all().delete()
    organisation.invitations.all().delete()
    # The addresses of the companies it invited are theirs, not the organisation's to keep.
    organisation.member_invitations.all().delete()
    organisation.access_requests.all().delete()
    organisation.profile_changes.all().delete()
    Organisation.objects.filter(pk=organisation.pk).update(
        name=ANONYMISED_NAME,
        slug=f"geanonimiseerd-{organisation.pk}",
        # Not eight digits, so no lookup of a real KvK number can ever match it.
        kvk_number="X" + int_to_base36(organisation.pk).rjust(7, "0"),
        website="",
        logo="",
        description="",
        anonymised_at=timezone.now(),
    )
    commitment = getattr(organisation, "commitment", None)
    if commitment is None:
        return
    type(commitment).objects.filter(pk=commitment.pk).update(
        plan_text="",
        plan_file="",
        other_measures="",
        signatory_name="",
        signatory_role="",
        rejection_reason="",
    )
    commitment.certificates.update(organisation_name=ANONYMISED_NAME, pdf="")
    commitment.reports.update(story="", story_public=False)
    commitment.status_changes.update(reason="")


def due_for_anonymising(cutoff):
    """Organisations whose last status change (to withdrawn or rejected) is older than cutoff."""
    from django.db.models import Max
    from django.db.models.functions import Coalesce

    return (
        Organisation.objects.filter(
            anonymised_at__isnull=True,
            commitment__status__in=(CommitmentStatus.WITHDRAWN, CommitmentStatus.REJECTED),
        )
        # The last status change; a commitment set aside without one counts from its last save.
        .annotate(
            left_at=Coalesce(
                Max("commitment__status_changes__created_at"), "commitment__updated_at"
            )
        )
        .filter(left_at__lt=cutoff)
    )


def _anonymise_due(cutoff, dry_run):
    due = list(due_for_anonymising(cutoff).select_related("commitment"))
    if not dry_run:
        for organisation in due:
            anonymise(organisation)
    return len(due)


def connect():
    register_retention(
        "withdrawn and rejected organisations", "TAALAKKOORD_ANONYMISE_AFTER_DAYS", _anonymise_due
    )
