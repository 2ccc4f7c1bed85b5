"""Background tasks shared by the site (django-tasks; run immediately in dev and tests)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_email(subject: str, body: str, recipients: list[str], reply_to: list[str] | None = None):
    """Send one plain-text email outside the request, so a slow mail server never blocks a page."""
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=reply_to or None,
    )
    return message.send()
