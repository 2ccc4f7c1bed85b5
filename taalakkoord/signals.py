"""Make a member's certificate after approval, and a new one after a change of name or language."""

import contextlib
import contextvars

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from employers.models import Organisation

from .models import Commitment, CommitmentStatus

_suspended = contextvars.ContextVar("certificates_suspended", default=False)


@contextlib.contextmanager
def certificates_suspended():
    """Hold back automatic certificates, e.g. while loading many demo members at once."""
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def _schedule(commitment_id):
    from .tasks import generate_certificate

    transaction.on_commit(lambda: generate_certificate.enqueue(commitment_id))


@receiver(post_save, sender=Commitment)
def commitment_saved(sender, instance, raw=False, **kwargs):
    if (
        raw
        or _suspended.get()
        or instance.status != CommitmentStatus.APPROVED
        or not instance.member_number
    ):
        return
    from .certificates import needs_new_certificate

    if needs_new_certificate(instance):
        _schedule(instance.pk)


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw or created or _suspended.get():
        return
    commitment = Commitment.objects.filter(
        organisation=instance, status=CommitmentStatus.APPROVED
    ).first()
    if commitment is not None:
        commitment_saved(Commitment, commitment)
