"""Everything that happened to one organisation, newest first, each with the person behind it:
what the national team reads on the organisation's page in the admin."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from cms.core.adapters import user_display


@dataclass
class Entry:
    moment: datetime
    kind: str  # a short key, also a CSS hook: application, report, certificate, …
    label: str
    text: str
    by: str


def person(user, fallback=""):
    """A person's name as colleagues know it (never a login name)."""
    if user is None:
        return fallback
    return user_display(user) or fallback


def timeline(organisation):
    """The organisation's entries, newest first."""
    automatic = _("the site")
    entries = [
        Entry(
            organisation.created_at,
            "organisation",
            _("Organisation"),
            _("Registered on the site"),
            "",
        )
    ]
    if organisation.referred_by_id:
        entries.append(
            Entry(
                organisation.created_at,
                "ambassador",
                _("Ambassador"),
                _("Brought in by ambassador %(name)s") % {"name": organisation.referred_by.name},
                "",
            )
        )
    commitment = getattr(organisation, "commitment", None)
    if commitment is not None:
        for change in commitment.status_changes.select_related("changed_by"):
            text = f"{change.get_from_status_display()} → {change.get_to_status_display()}"
            if change.reason:
                text += f": {change.reason}"
            entries.append(
                Entry(
                    change.created_at,
                    "application",
                    _("Application"),
                    text,
                    person(change.changed_by),
                )
            )
        for report in commitment.reports.select_related("submitted_by"):
            entries.append(
                Entry(
                    report.submitted_at,
                    "report",
                    _("Progress report"),
                    _("Report due on %(date)s: %(count)s employees reached")
                    % {
                        "date": report.due_date.strftime("%d-%m-%Y"),
                        "count": report.employees_reached,
                    },
                    person(report.submitted_by),
                )
            )
        for certificate in commitment.certificates.all():
            entries.append(
                Entry(
                    certificate.created_at,
                    "certificate",
                    _("Certificate"),
                    _("Certificate %(code)s made") % {"code": certificate.code},
                    automatic,
                )
            )
    for change in organisation.profile_changes.select_related("submitted_by", "decided_by"):
        entries.append(
            Entry(
                change.created_at,
                "profile",
                _("Profile change"),
                _("Proposed: %(name)s") % {"name": change.name},
                person(change.submitted_by),
            )
        )
        if change.decided_at:
            text = str(change.decision_display().label)
            if change.reason:
                text += f": {change.reason}"
            entries.append(
                Entry(
                    change.decided_at,
                    "profile",
                    _("Profile change"),
                    text,
                    person(change.decided_by),
                )
            )
    for email in organisation.sent_emails.select_related("sent_by"):
        entries.append(
            Entry(
                email.created_at,
                "email",
                _("Email sent"),
                _("%(subject)s (%(kind)s), to %(recipients)s")
                % {
                    "subject": email.subject,
                    "kind": email.get_kind_display(),
                    "recipients": email.recipients,
                },
                person(email.sent_by, automatic),
            )
        )
    for note in organisation.notes.select_related("author"):
        entries.append(Entry(note.created_at, "note", _("Note"), note.text, person(note.author)))
    return sorted(entries, key=lambda entry: entry.moment, reverse=True)
