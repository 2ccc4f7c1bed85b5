"""Background work for the Taalakkoord (django-tasks; run immediately in dev and tests)."""

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
def remake_certificate(commitment_id: int):
    """Render one member's certificate again, from the review screen in the admin."""

    from .certificates import remake_certificate as remake
    from .models import Commitment, CommitmentStatus

    commitment = (
        Commitment.objects.select_related("organisation")
        .filter(pk=commitment_id, status=CommitmentStatus.APPROVED)
        .first()
    )
    if commitment is not None and commitment.member_number:
        remake(commitment)


@task()
def regenerate_certificates(run_id: int):
    """Render every approved member's certificate again, counting progress as it goes."""
    from django.db.models import F

    from .certificates import needs_new_certificate
    from .certificates import remake_certificate as remake
    from .models import CertificateRun, Commitment, CommitmentStatus

    run = CertificateRun.objects.get(pk=run_id)
    # Taken up again after a killed worker: the members done before are not done twice.
    commitments = (
        Commitment.objects.filter(status=CommitmentStatus.APPROVED)
        .exclude(pk__in=run.remade.values("pk"))
        .select_related("organisation")
    )
    for commitment in commitments.iterator():
        replaced = needs_new_certificate(commitment)
        remake(commitment)
        run.remade.add(commitment)
        CertificateRun.objects.filter(pk=run_id).update(
            done=run.remade.count(), replaced=F("replaced") + int(replaced)
        )
    CertificateRun.objects.filter(pk=run_id).update(finished_at=timezone.now())


@task()
def build_monitor_tally():
    """Make the progress monitor's tally for the current data version (after a change)."""
    from .monitor.cache import current_tally

    current_tally(timezone.localdate())


@task()
def render_monitor_summary(code: str, user_id: int, query: str, language: str):
    """Make the progress monitor's PDF summary that someone asked for (see monitor/summary.py)."""
    from .monitor.summary import make_summary

    make_summary(code, user_id, query, language)
