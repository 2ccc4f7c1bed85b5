""" "Member companies" in Mijn Taalakkoord: a branch or umbrella organisation invites the
companies it represents, and the link in the invitation that brings a company in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from employers.permissions import membership_of

from .. import invitations
from ..forms import MemberInvitationForm
from ..models import MemberInvitation


def _umbrella(request, admin=False):
    """The user's organisation if it is a branch or umbrella organisation; 404 otherwise."""
    membership = membership_of(request.user)
    if (
        membership is None
        or not membership.organisation.brings_in_members
        or (admin and not membership.is_admin)
    ):
        raise Http404
    return membership


@login_required
def member_companies(request):
    """The companies the organisation invited, how far each got, and a form to invite one."""
    membership = _umbrella(request)
    organisation = membership.organisation
    allowed = invitations.can_invite(organisation)
    initial = {"company_name": request.GET.get("company", "")[:200]}
    form = MemberInvitationForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not (membership.is_admin and allowed):
            raise Http404
        if form.is_valid():
            try:
                invitation = invitations.invite(
                    organisation,
                    form.cleaned_data["company_name"],
                    form.cleaned_data["email"],
                    request.user,
                )
            except ValueError as error:
                form.add_error("email", str(error))
            else:
                messages.success(
                    request,
                    _("We have sent the invitation for %(company)s to %(email)s.")
                    % {"company": invitation.company_name, "email": invitation.email},
                )
                return redirect("taalakkoord:member_companies")
    rows = list(invitations.invitations_of(organisation))
    context = {
        "membership": membership,
        "organisation": organisation,
        "invitations": rows,
        "joined": sum(1 for row in rows if row.organisation_id),
        "can_invite": allowed and membership.is_admin,
        "allowed": allowed,
        "form": form,
    }
    status = 422 if form.errors else 200
    return TemplateResponse(request, "taalakkoord/member_companies.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def cancel_invitation(request, pk):
    """Withdraw an invitation that is still open, after a page that says what that does."""
    membership = _umbrella(request, admin=True)
    invitation = get_object_or_404(
        MemberInvitation, pk=pk, umbrella=membership.organisation, organisation__isnull=True
    )
    if request.method == "GET":
        if not invitation.is_open:
            return redirect("taalakkoord:member_companies")
        return TemplateResponse(
            request, "taalakkoord/cancel_invitation.html", {"invitation": invitation}
        )
    if invitation.is_open:
        invitations.cancel(invitation)
        messages.success(
            request,
            _("The invitation for %(company)s is withdrawn. Its link no longer works.")
            % {"company": invitation.company_name},
        )
    return redirect("taalakkoord:member_companies")


def join_via(request, token):
    """The link in an invitation: remember it, and lead the visitor to the start page."""
    invitation = invitations.open_invitation(token)
    if invitation is None:
        request.session.pop(invitations.SESSION_KEY, None)
        messages.error(
            request,
            _(
                "This invitation link no longer works: it was used already or withdrawn. "
                "You can still register your organisation below."
            ),
        )
        return redirect("taalakkoord:start")
    if request.user.is_authenticated and membership_of(request.user) is not None:
        messages.info(
            request,
            _(
                "You already act for an organisation on this website, so this invitation "
                "cannot be used for it. Forward it to a colleague who has no account yet."
            ),
        )
        return redirect("taalakkoord:dashboard")
    invitations.remember(request, invitation)
    return redirect("taalakkoord:start")
