""" "Mijn Taalakkoord": the member's own status page, withdrawing, and asking to join."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.core.emails import queue
from employers.models import AccessRequest, Organisation
from employers.permissions import membership_of

from .. import services
from ..certificates import current_certificate
from ..forms import AccessRequestForm, WithdrawForm
from ..models import CommitmentStatus
from ..permissions import commitment_of, public_name
from ..reporting import can_report
from .kvk import lookups_allowed
from .wizard import incomplete_steps


def badge_urls(certificate, language):
    """The full addresses of the live badge and the page it links to, for the HTML snippet."""
    if certificate is None:
        return None
    from ..services import site_url

    return {
        "image": site_url("certificate_badge", language, certificate.code, "png"),
        "svg": site_url("certificate_badge", language, certificate.code, "svg"),
        "page": site_url("certificate_verify_code", language, certificate.code),
    }


@login_required
def dashboard(request):
    """Status of the organisation's commitment and what happens next."""
    membership = membership_of(request.user)
    commitment = commitment_of(request.user)
    context = {
        "membership": membership,
        "organisation": membership.organisation if membership else None,
        "commitment": commitment,
        "missing": incomplete_steps(commitment) if commitment else [],
        "can_report": can_report(commitment) if commitment else False,
        "certificate": (certificate := current_certificate(commitment) if commitment else None),
        "badge_urls": badge_urls(certificate, commitment.language if commitment else "nl"),
        "history": commitment.status_changes.select_related("changed_by")[:10]
        if commitment
        else [],
        "pending_requests": membership.organisation.access_requests.filter(decided_at__isnull=True)
        if membership and membership.is_admin
        else [],
    }
    return TemplateResponse(request, "taalakkoord/dashboard.html", context)


@login_required
@require_POST
def withdraw(request):
    membership = membership_of(request.user)
    if membership is None or not membership.is_admin:
        return TemplateResponse(request, "403.html", status=403)
    commitment = getattr(membership.organisation, "commitment", None)
    if commitment is None or commitment.status not in (
        CommitmentStatus.SUBMITTED,
        CommitmentStatus.APPROVED,
    ):
        messages.error(request, _("There is nothing to withdraw."))
        return redirect("taalakkoord:dashboard")
    form = WithdrawForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.withdraw(commitment, request.user, reason)
    messages.success(
        request, _("Your organisation has left the Taalakkoord. You can join again at any time.")
    )
    return redirect("taalakkoord:dashboard")


@login_required
def request_access(request, kvk_number):
    """Ask the admins of an organisation that is already registered to let you in."""
    if not lookups_allowed(request):
        return TemplateResponse(request, "429.html", status=429)
    organisation = get_object_or_404(Organisation, kvk_number=kvk_number)
    name = public_name(organisation)
    if membership_of(request.user):
        messages.info(request, _("You already belong to an organisation."))
        return redirect("taalakkoord:dashboard")
    already = AccessRequest.objects.filter(
        organisation=organisation, user=request.user, decided_at__isnull=True
    ).exists()
    form = AccessRequestForm(request.POST or None)
    if request.method == "POST" and not already and form.is_valid():
        AccessRequest.objects.create(
            organisation=organisation, user=request.user, message=form.cleaned_data["message"]
        )
        body = render_to_string(
            "taalakkoord/email/access_request.txt",
            {
                "organisation": organisation,
                "requester": request.user,
                "message": form.cleaned_data["message"],
                "dashboard_url": request.build_absolute_uri(reverse("taalakkoord:dashboard")),
            },
        )
        recipients = organisation.admin_emails()
        if recipients:
            queue(_("Request to join %(name)s") % {"name": organisation.name}, body, recipients)
        messages.success(
            request,
            _("Your request has been sent to the administrators of %(name)s") % {"name": name}
            if name
            else _("Your request has been sent to the administrators of this organisation"),
        )
        return redirect("taalakkoord:dashboard")
    return TemplateResponse(
        request,
        "taalakkoord/request_access.html",
        {"organisation": organisation, "name": name, "form": form, "already": already},
    )


@login_required
def plan_file(request, pk):
    """The plan of action PDF, for the organisation's own people and the national team only."""
    from django.http import FileResponse, Http404

    from ..models import Commitment

    commitment = get_object_or_404(Commitment, pk=pk)
    membership = membership_of(request.user)
    own = membership is not None and membership.organisation_id == commitment.organisation_id
    if (
        not (own or request.user.has_perm("taalakkoord.view_commitment"))
        or not commitment.plan_file
    ):
        raise Http404
    return FileResponse(
        commitment.plan_file.open("rb"),
        content_type="application/pdf",
        filename=f"plan-van-aanpak-{commitment.organisation.slug}.pdf",
    )
