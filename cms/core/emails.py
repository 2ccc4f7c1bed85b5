"""The one way the site sends email: a subject, a plain-text body and an HTML part in the site's
style, queued on the task queue (cms/core/tasks.send_email) so a page never waits for the mail
server.

Every email is written once, as text: the HTML part is made from it (paragraphs, links), so the
two parts always say the same. Both end with the site's name and address. Render in the recipient's language: `send_templated` switches to
it; `queue` expects the caller to have done so.
"""

import re

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .tasks import send_email


def signature():
    """The last lines of every plain-text email: the site's name and public address."""
    return f"-- \n{settings.WAGTAIL_SITE_NAME}\n{settings.SITE_BASE_URL.rstrip('/')}/"


# A web address (without the punctuation that ends a sentence after it) or an email address.
LINK = re.compile(r"https?://[^\s<>\"']*[^\s<>\"'.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def linked(text):
    """`text` escaped, its web and email addresses as links. (Django's urlize drops the full stop
    in "(name@example.org). Next", so the HTML part would differ from the text.)"""
    parts, last = [], 0
    for match in LINK.finditer(text):
        address = match.group(0)
        href = address if address.startswith("http") else f"mailto:{address}"
        parts += [
            escape(text[last : match.start()]),
            format_html('<a href="{}" style="color:#0b4f8a">{}</a>', href, address),
        ]
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every part is escaped above


def html_part(subject, body):
    """The HTML part of an email: `body`'s paragraphs and links in the site's email layout."""
    paragraphs = [linked(part.strip("\n")) for part in body.strip().split("\n\n") if part.strip()]
    return render_to_string(
        "email/message.html",
        {
            "subject": subject,
            "paragraphs": paragraphs,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "site_url": settings.SITE_BASE_URL.rstrip("/") + "/",
            "language": translation.get_language(),
        },
    )


def queue(subject, body, recipients, reply_to=None, html=None, attachments=None):
    """Queue one email in the current language; without `html` the HTML part is made from `body`.
    `attachments`: text files as (file name, content, MIME type)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    subject = " ".join(str(subject).split())
    send_email.enqueue(
        subject=subject,
        body=f"{body.rstrip()}\n\n{signature()}\n",
        recipients=recipients,
        reply_to=reply_to or None,
        html=html or html_part(subject, body),
        attachments=[list(attachment) for attachment in attachments or ()] or None,
    )


def send_templated(template, context, recipients, language, reply_to=None, attachments=None):
    """Render `<template>_subject.txt` and `<template>_body.txt` in `language`, and queue them.
    Returns the subject as sent (None when there was no one to send to)."""
    if not any(recipients):
        return None
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
        queue(subject, body, recipients, reply_to=reply_to, attachments=attachments)
    return " ".join(subject.split())
