"""Certificate PDFs: rendered with WeasyPrint from a template, with fonts shipped here.

Rendering never happens inside a page request: `taalakkoord.tasks` does it in the background.
"""

import base64
import io

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..pdf import html_to_pdf


def verification_url(code, language):
    with translation.override(language):
        path = reverse("certificate_verify_code", args=[code])
    return settings.SITE_BASE_URL.rstrip("/") + path


def qr_code_data_uri(url):
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=4, border=0, dark="#0b3157")
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def image_data_uri(image):
    """The image inline, or None when its file is gone (the name is still printed)."""
    try:
        with image.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        return None
    kind = "png" if data[:4] == b"\x89PNG" else "jpeg"
    return f"data:image/{kind};base64," + base64.b64encode(data).decode()


def name_size_class(name):
    """Long names get a smaller type size, so no name runs off the page."""
    length = len(name)
    return "name--short" if length <= 40 else "name--medium" if length <= 90 else "name--long"


def member_signatory(certificate):
    """Who signed for the member (name, role, no image), as a list of at most one."""
    commitment = certificate.commitment
    if not commitment.signatory_name:
        return []
    return [(commitment.signatory_name, commitment.signatory_role, None)]


def render_pdf(certificate, declaration=None, settings_obj=None):
    """The certificate as PDF bytes: A4 landscape, tagged (PDF/UA-1), title and language set."""
    return html_to_pdf(certificate_html(certificate, declaration, settings_obj))


def certificate_html(certificate, declaration=None, settings_obj=None):
    """The HTML the certificate's PDF is made from."""
    from ..models import Declaration, TaalakkoordSettings

    settings_obj = settings_obj or TaalakkoordSettings.load()
    language = certificate.language
    if declaration is None:
        declaration = (
            Declaration.objects.filter(locale__language_code=language).first()
            or Declaration.objects.first()
        )
    url = verification_url(certificate.code, language)
    with translation.override(language):
        return render_to_string(
            "taalakkoord/certificate/certificate.html",
            {
                "certificate": certificate,
                "declaration": declaration,
                # The member's own signatory first, beside the national ones.
                "signatories": [
                    *member_signatory(certificate),
                    *(
                        (name, role, image_data_uri(image) if image else None)
                        for name, role, image in settings_obj.signatories()
                    ),
                ],
                "verification_url": url,
                "qr_code": qr_code_data_uri(url),
                "name_class": name_size_class(certificate.organisation_name),
                "language": language,
            },
        )


def current_certificate(commitment):
    return commitment.certificates.filter(superseded_at__isnull=True).first()


def needs_new_certificate(commitment):
    current = current_certificate(commitment)
    return current is None or (current.organisation_name, current.language) != (
        commitment.organisation.name,
        commitment.language,
    )


def issue_certificate(commitment):
    """The member's current certificate, made anew when its name or language changed."""
    from ..models import Certificate

    if not needs_new_certificate(commitment):
        certificate = current_certificate(commitment)
        if not certificate.pdf:
            render_into(certificate)
        return certificate
    certificate = Certificate(
        commitment=commitment,
        language=commitment.language,
        organisation_name=commitment.organisation.name,
        member_number=commitment.member_number,
        signed_on=commitment.signed_on,
    )
    pdf = render_pdf(certificate)
    with transaction.atomic():
        # One run at a time per member; a run that was queued again after its worker was
        # thought lost may find the certificate made meanwhile, and keeps that one.
        type(commitment).objects.select_for_update().filter(pk=commitment.pk).first()
        if not needs_new_certificate(commitment):
            return current_certificate(commitment)
        commitment.certificates.filter(superseded_at__isnull=True).update(
            superseded_at=timezone.now()
        )
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        certificate.save()
    return certificate


def render_into(certificate):
    """Render an existing certificate again (same code), e.g. after new signatures."""
    pdf = render_pdf(certificate)
    if certificate.pdf:
        certificate.pdf.delete(save=False)  # keep one file per code
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=True)
    return certificate


def remake_certificate(commitment):
    """Render the member's certificate again: a new one if its name or language changed,
    otherwise the current one with the same code (e.g. after new signatures)."""
    if needs_new_certificate(commitment):
        return issue_certificate(commitment)
    return render_into(current_certificate(commitment))
