"""Branch and umbrella organisations invite their member companies; a company that signs up
through an invitation is linked to the organisation that invited it (`Organisation.via`)."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.core.emails import send_templated

from .models import CommitmentStatus, MemberInvitation
from .services import site_url

SESSION_KEY = "taalakkoord-member-invitation"
# A guard against an account used to send mail to strangers: invitations per organisation a day.
DAILY_LIMIT = 50


def can_invite(organisation):
    """Branch and umbrella organisations whose commitment is approved invite their companies."""
    commitment = getattr(organisation, "commitment", None)
    return (
        organisation.brings_in_members
        and commitment is not None
        and commitment.status == CommitmentStatus.APPROVED
    )


def invitations_of(organisation):
    """The organisation's invitations, with what their status needs (no query per row)."""
    return organisation.member_invitations.select_related(
        "organisation__commitment", "organisation"
    ).order_by("company_name", "pk")


def sent_today(organisation):
    since = timezone.now() - datetime.timedelta(days=1)
    return organisation.member_invitations.filter(sent_at__gte=since).count()


@transaction.atomic
def invite(organisation, company_name, email, user):
    """Invite a company (again); a company named before but not invited yet gets the address.

    Returns the invitation; raises `ValueError` with a message when the address was invited
    already and the invitation is still open."""
    email = email.strip().lower()
    company_name = company_name.strip()
    joined = organisation.member_invitations.filter(organisation__isnull=False)
    if joined.filter(Q(email__iexact=email) | Q(company_name__iexact=company_name)).exists():
        raise ValueError(
            _("%(company)s has already signed up through your invitation.")
            % {"company": company_name}
        )
    if organisation.member_invitations.filter(
        email__iexact=email,
        sent_at__isnull=False,
        withdrawn_at__isnull=True,
        organisation__isnull=True,
    ).exists():
        raise ValueError(_("You have already invited this email address."))
    if sent_today(organisation) >= DAILY_LIMIT:
        raise ValueError(
            _("You can send at most %(limit)s invitations a day. Try again tomorrow.")
            % {"limit": DAILY_LIMIT}
        )
    # A company named but not invited yet, or whose invitation was withdrawn, keeps its row.
    invitation = organisation.member_invitations.filter(
        Q(sent_at__isnull=True) | Q(withdrawn_at__isnull=False),
        company_name__iexact=company_name,
        organisation__isnull=True,
    ).first() or MemberInvitation(umbrella=organisation)
    invitation.company_name = company_name
    invitation.email = email
    invitation.invited_by = user
    invitation.sent_at = timezone.now()
    invitation.withdrawn_at = None
    invitation.token = MemberInvitation._meta.get_field("token").default()
    invitation.save()
    language = get_language()
    send_templated(
        "taalakkoord/email/member_invitation",
        {
            "umbrella": organisation,
            "invitation": invitation,
            "accept_url": site_url("taalakkoord:join_via", language, invitation.token),
            "about_url": site_url("taalakkoord:start", language),
        },
        [email],
        language,
    )
    return invitation


def cancel(invitation):
    """Withdraw an invitation nobody used: its link stops working; the company stays listed as
    withdrawn, and can be invited again."""
    invitation.withdrawn_at = timezone.now()
    invitation.save(update_fields=["withdrawn_at"])


def open_invitation(token):
    """The open invitation with this token, or None."""
    return (
        MemberInvitation.objects.select_related("umbrella")
        .filter(
            token=token, sent_at__isnull=False, withdrawn_at__isnull=True, organisation__isnull=True
        )
        .first()
    )


def remember(request, invitation):
    """Keep the invitation in the session until the visitor has made the organisation."""
    request.session[SESSION_KEY] = str(invitation.token)


def link_new_organisation(request, organisation):
    """Link an organisation just made in the wizard to the invitation it came through: the one
    kept in the session, or else an open one sent to the user's own address."""
    token = request.session.pop(SESSION_KEY, None)
    invitation = open_invitation(token) if token else None
    if invitation is None:
        invitation = (
            MemberInvitation.objects.select_related("umbrella")
            .filter(
                email__iexact=request.user.email,
                sent_at__isnull=False,
                withdrawn_at__isnull=True,
                organisation__isnull=True,
            )
            .order_by("-sent_at")
            .first()
        )
    if invitation is None or invitation.umbrella_id == organisation.pk:
        return None
    invitation.organisation = organisation
    invitation.save(update_fields=["organisation"])
    organisation.via = invitation.umbrella
    organisation.save(update_fields=["via"])
    return invitation
