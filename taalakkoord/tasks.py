"""Background work for the Taalakkoord (django-tasks; run immediately in dev and tests)."""

from django.db.models import F
from django.utils import timezone
from django_tasks import task


@task()
def generate_certificate(commitment_id: int):
    """Make the member's certificate, or a new one after a change of name or language."""
    from .certificates import issue_certificate
    from .models import Commitment, CommitmentStatus

    commitment = (
        Commitment.objects.select_related("organisation")
        .filter(pk=commitment_id, status=CommitmentStatus.APPROVED)
        .first()
    )
    if commitment is not None and commitment.member_number:
        issue_certificate(commitment)


@task()
def regenerate_certificates(run_id: int):
    """Render every approved member's current certificate again, counting progress as it goes."""
    from .certificates import current_certificate, issue_certificate, render_into
    from .models import CertificateRun, Commitment, CommitmentStatus

    run = CertificateRun.objects.get(pk=run_id)
    commitments = Commitment.objects.filter(status=CommitmentStatus.APPROVED).select_related(
        "organisation"
    )
    for commitment in commitments.iterator():
        certificate = current_certificate(commitment)
        if certificate is None or (certificate.organisation_name, certificate.language) != (
            commitment.organisation.name,
            commitment.language,
        ):
            issue_certificate(commitment)
        else:
            render_into(certificate)
        CertificateRun.objects.filter(pk=run.pk).update(done=F("done") + 1)
    CertificateRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())
