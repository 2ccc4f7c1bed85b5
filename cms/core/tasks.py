"""Background tasks shared by the site (django-tasks; run immediately in dev and tests)."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task
from django_tasks.exceptions import InvalidTaskError

from .observability import services

logger = logging.getLogger(__name__)

# When the mail server cannot be reached, try again after these many seconds: within a minute,
# then at growing intervals for about a day. After the last try the task fails (and shows so).
RETRY_DELAYS = [60, 5 * 60, 15 * 60, 60 * 60, 4 * 60 * 60, 18 * 60 * 60]


@task()
def send_email(
    subject: str,
    body: str,
    recipients: list[str],
    reply_to: list[str] | None = None,
    html: str | None = None,
    attempt: int = 1,
    attachments: list[list[str]] | None = None,
):
    """Send one email outside the request, so a slow or absent mail server never blocks a page.
    `attachments` are text files: [file name, content, MIME type] each.

    A mail server that is down or refuses for a while gets the same email again later.
    """
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=reply_to or None,
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or ():
        message.attach(filename, content, mimetype)
    try:
        sent = message.send()
    except (smtplib.SMTPException, OSError) as error:
        services.down("Mail server", error)
        if attempt > len(RETRY_DELAYS):
            raise
        delay = RETRY_DELAYS[attempt - 1]
        later = send_email.using(run_after=timezone.now() + datetime.timedelta(seconds=delay))
        try:
            later.enqueue(
                subject, body, recipients, reply_to, html, attempt + 1, attachments=attachments
            )
        except InvalidTaskError:
            raise error from None  # a backend that cannot wait (immediate, in development)
        logger.warning(
            "Mail server unavailable (%s); email to %s recipient(s) tried again in %s s (attempt %s)",
            error,
            len(recipients),
            delay,
            attempt + 1,
        )
        return 0
    services.up("Mail server")
    return sent
