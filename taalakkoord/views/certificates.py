"""Public verification of certificates, and downloads for members and the national team."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_safe

from cms.core.ratelimit import allow

from ..certificates import current_certificate
from ..forms import CertificateCodeForm
from ..models import Certificate, CommitmentStatus
from ..models.certificates import normalise_code
from ..permissions import commitment_of


def _limited(request):
    return not allow(request, "certificate_verify", settings.TAALAKKOORD_VERIFY_PER_MINUTE)


@require_GET
def verify(request):
    """Type a code, or arrive from the QR code; a wrong code reveals nothing."""
    if _limited(request):
        return TemplateResponse(
            request, "taalakkoord/certificate/verify.html", {"limited": True}, status=429
        )
    if "code" not in request.GET:
        return _page(request, CertificateCodeForm())
    form = CertificateCodeForm(request.GET)
    if form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if code and Certificate.objects.filter(code=code).exists():
            return redirect("certificate_verify_code", code=code)
        form.not_found()
        return _page(request, form, status=404)
    return _page(request, form, status=422)


def _page(request, form, status=200):
    """The verification form; a wrong code and an empty one come back as the form's error."""
    return TemplateResponse(
        request, "taalakkoord/certificate/verify.html", {"form": form}, status=status
    )


@require_GET
def verify_code(request, code):
    if _limited(request):
        return TemplateResponse(
            request, "taalakkoord/certificate/verify.html", {"limited": True}, status=429
        )
    normalised = normalise_code(code)
    certificate = (
        Certificate.objects.select_related("commitment").filter(code=normalised).first()
        if normalised
        else None
    )
    if certificate is None:
        form = CertificateCodeForm({"code": code})
        form.is_valid()
        form.not_found()
        return _page(request, form, status=404)
    return TemplateResponse(
        request,
        "taalakkoord/certificate/verify.html",
        {
            "certificate": certificate,
            "status": certificate.status,
            "current": current_certificate(certificate.commitment)
            if certificate.superseded_at
            else None,
        },
    )


def _pdf_response(certificate):
    if not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"taalakkoord-certificaat-{certificate.commitment.organisation.slug}.pdf",
    )


@login_required
def my_certificate(request):
    """The current certificate of the user's own organisation."""
    commitment = commitment_of(request.user)
    certificate = current_certificate(commitment) if commitment else None
    if certificate is None:
        raise Http404
    return _pdf_response(certificate)


@login_required
def team_certificate(request, pk):
    """Any certificate, for the national team (from the admin)."""
    if not request.user.has_perm("taalakkoord.view_commitment"):
        raise Http404
    return _pdf_response(
        get_object_or_404(Certificate.objects.select_related("commitment__organisation"), pk=pk)
    )


@require_safe
def live_badge(request, code, kind):
    """The badge on a member's own website, in the address's language: "Wij doen mee aan het
    Taalakkoord" and this year while the member takes part, a neutral "Lidmaatschap niet actief"
    once it does not. Kept by shared caches like a page, and dropped with the pages when a
    membership changes (every change of a commitment purges them)."""
    from django.http import HttpResponse
    from django.utils import timezone
    from django.utils.translation import get_language

    from cms.core.frontcache import cache_publicly

    from ..badges import badge_png, badge_svg

    normalised = normalise_code(code)
    certificate = (
        Certificate.objects.select_related("commitment").filter(code=normalised).first()
        if normalised and kind in ("svg", "png")
        else None
    )
    if certificate is None:
        raise Http404
    # Taking part: approved and not inactive (an overdue report still counts), whichever of the
    # member's certificates the badge was made with.
    commitment = certificate.commitment
    active = commitment.status == CommitmentStatus.APPROVED and not commitment.is_lapsed
    language, year = get_language(), timezone.localdate().year
    if kind == "svg":
        response = HttpResponse(badge_svg(language, active, year), content_type="image/svg+xml")
    else:
        response = HttpResponse(badge_png(language, active, year), content_type="image/png")
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return cache_publicly(response)


@login_required
def badge(request, kind):
    """The badge for active members, as SVG or PNG, in the visitor's language."""
    from django.http import HttpResponse
    from django.utils.translation import get_language

    from ..badges import badge_png, badge_svg
    from ..models import CertificateStatus

    commitment = commitment_of(request.user)
    certificate = current_certificate(commitment) if commitment else None
    if certificate is None or certificate.status != CertificateStatus.VALID:
        raise Http404
    language = get_language()
    if kind == "svg":
        response = HttpResponse(badge_svg(language), content_type="image/svg+xml")
    else:
        response = HttpResponse(badge_png(language), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="taalakkoord-badge.{kind}"'
    return response
