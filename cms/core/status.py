"""One status component: a label with a colour and an icon, never colour alone.

A model says what its status looks like by returning a `Status` (for example
`Commitment.status_badge`); templates print it with `{{ obj.status_badge }}` and admin listings
show it in a column. The look is in `static/css/status.css`, loaded by the site and the admin.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string

# Each tone has one icon, so the status reads the same without colour.
TONES = {
    "success": "check",  # valid, approved, active
    "waiting": "clock",  # submitted, waiting for a decision
    "draft": "pencil",  # not sent yet
    "warning": "alert",  # needs attention: report overdue
    "danger": "cross",  # rejected, withdrawn
    "inactive": "minus",  # replaced, withdrawn, no longer active
    "info": "info",
}


@dataclass(frozen=True)
class Status:
    label: str
    tone: str = "info"

    def __post_init__(self):
        if self.tone not in TONES:
            raise ValueError(f"Unknown status tone {self.tone!r}; choose one of {sorted(TONES)}")

    @property
    def icon(self):
        return TONES[self.tone]

    def __html__(self):
        return render_to_string("includes/status.html", {"status": self})

    # Django's templates turn a value into a string before they escape it: the component's HTML.
    # Where plain text is needed (a timeline line, an export), use `.label`.
    __str__ = __html__
