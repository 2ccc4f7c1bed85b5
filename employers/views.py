"""Colleagues, invitations, access requests and profile changes in "Mijn Taalakkoord"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.core.emails import queue

from .forms import InviteForm, ProfileChangeForm
from .models import AccessRequest, Invitation, Membership, Role
from .permissions import membership_of


def _membership(request, admin=False):
    """The user's membership; 404 without one, and without admin rights where they are needed."""
    membership = membership_of(request.user)
    if membership is None or (admin and not membership.is_admin):
        raise Http404
    return membership


@login_required
def colleagues(request):
    membership = _membership(request)
    organisation = membership.organisation
    form = InviteForm(request.POST or None)
    if request.method == "POST":
        if not membership.is_admin:
            raise Http404
        if form.is_valid():
            email = form.cleaned_data["email"].lower()
            if organisation.memberships.filter(user__email__iexact=email).exists():
                form.add_error("email", _("This person already belongs to your organisation."))
            else:
                invitation = Invitation.objects.create(
                    organisation=organisation, email=email, invited_by=request.user
                )
                accept_url = request.build_absolute_uri(
                    reverse("employers:accept", args=[invitation.token])
                )
                body = render_to_string(
                    "employers/email/invitation.txt",
                    {
                        "organisation": organisation,
                        "inviter": request.user,
                        "accept_url": accept_url,
                    },
                )
                queue(
                    _("Invitation: join %(name)s on the Taalakkoord website")
                    % {"name": organisation.name},
                    body,
                    [email],
                )
                messages.success(
                    request, _("We have sent an invitation to %(email)s.") % {"email": email}
                )
                return redirect("employers:colleagues")
    context = {
        "membership": membership,
        "organisation": organisation,
        "members": organisation.memberships.select_related("user").order_by("user__email"),
        "invitations": organisation.invitations.filter(accepted_at__isnull=True),
        "requests": organisation.access_requests.filter(decided_at__isnull=True).select_related(
            "user"
        ),
        "form": form,
    }
    return TemplateResponse(
        request, "employers/colleagues.html", context, status=422 if form.errors else 200
    )


@login_required
def accept_invitation(request, token):
    invitation = get_object_or_404(Invitation, token=token, accepted_at__isnull=True)
    if Membership.objects.filter(user=request.user).exists():
        messages.error(
            request,
            _("You already belong to an organisation, so you cannot accept this invitation."),
        )
        return redirect("taalakkoord:dashboard")
    if request.user.email.lower() != invitation.email.lower():
        messages.error(
            request,
            _("This invitation was sent to another email address. Log in with that address."),
        )
        return redirect("taalakkoord:dashboard")
    if request.method == "POST":
        Membership.objects.create(
            user=request.user, organisation=invitation.organisation, role=Role.COLLEAGUE
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
        messages.success(
            request,
            _("Welcome! You now act for %(name)s on this website.")
            % {"name": invitation.organisation.name},
        )
        return redirect("taalakkoord:dashboard")
    return TemplateResponse(request, "employers/accept_invitation.html", {"invitation": invitation})


@login_required
@require_POST
def decide_access(request, pk):
    membership = _membership(request, admin=True)
    access = get_object_or_404(
        AccessRequest, pk=pk, organisation=membership.organisation, decided_at__isnull=True
    )
    access.decided_at = timezone.now()
    access.approved = request.POST.get("decision") == "approve"
    access.save(update_fields=["decided_at", "approved"])
    if access.approved and not Membership.objects.filter(user=access.user).exists():
        Membership.objects.create(
            user=access.user, organisation=membership.organisation, role=Role.COLLEAGUE
        )
        queue(
            _("You now belong to %(name)s") % {"name": membership.organisation.name},
            _("The administrators of %(name)s have let you in. Log in to see “My Taalakkoord”.")
            % {"name": membership.organisation.name},
            [access.user.email],
        )
    return redirect("employers:colleagues")


@login_required
@require_POST
def remove_colleague(request, pk):
    membership = _membership(request, admin=True)
    colleague = get_object_or_404(Membership, pk=pk, organisation=membership.organisation)
    if colleague.pk == membership.pk:
        messages.error(request, _("You cannot remove yourself."))
    else:
        colleague.delete()
        messages.success(
            request,
            _("%(email)s no longer belongs to your organisation.")
            % {"email": colleague.user.email},
        )
    return redirect("employers:colleagues")


@login_required
@require_POST
def make_admin(request, pk):
    """Give a colleague administrator rights, e.g. to hand the organisation over before leaving."""
    membership = _membership(request, admin=True)
    colleague = get_object_or_404(
        Membership, pk=pk, organisation=membership.organisation, role=Role.COLLEAGUE
    )
    colleague.role = Role.ADMIN
    colleague.save(update_fields=["role"])
    messages.success(
        request, _("%(email)s is now an administrator.") % {"email": colleague.user.email}
    )
    return redirect("employers:colleagues")


@login_required
def profile(request):
    """Change the public profile; for public members the national team checks it first."""
    membership = _membership(request)
    organisation = membership.organisation
    pending = organisation.profile_changes.filter(decided_at__isnull=True).first()
    initial = {
        "name": organisation.name,
        "website": organisation.website,
        "description": organisation.description,
    }
    form = ProfileChangeForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        change = form.save(commit=False)
        change.organisation = organisation
        change.submitted_by = request.user
        commitment = getattr(organisation, "commitment", None)
        if commitment is None or commitment.status != "approved":
            change.apply()  # not public yet: nothing to check
            change.decided_at, change.approved = timezone.now(), True
            change.save()
            messages.success(request, _("Your profile has been saved."))
        else:
            organisation.profile_changes.filter(decided_at__isnull=True).delete()
            change.save()
            messages.success(
                request,
                _("Thank you. The national team checks your changes before they are shown."),
            )
        return redirect("taalakkoord:dashboard")
    return TemplateResponse(
        request,
        "employers/profile.html",
        {"form": form, "organisation": organisation, "pending": pending},
        status=422 if form.errors else 200,
    )
