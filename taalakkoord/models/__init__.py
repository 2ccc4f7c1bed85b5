"""Taalakkoord models; import them from here."""

from .certificates import Certificate, CertificateRun, CertificateStatus
from .commitments import Activity, Commitment, CommitmentStatus, MemberNumberCounter, StatusChange
from .events import EventIndexPage, EventPage, EventRegistration
from .invitations import MemberInvitation
from .menu import Declaration, Measure, TaalakkoordSettings
from .pages import MemberDirectoryPage
from .reports import ProgressReport, ReminderLog
from .results import ResultsPage
from .stories import Story

__all__ = [
    "Certificate",
    "CertificateRun",
    "CertificateStatus",
    "Activity",
    "ProgressReport",
    "ReminderLog",
    "ResultsPage",
    "Commitment",
    "CommitmentStatus",
    "Declaration",
    "EventIndexPage",
    "EventPage",
    "EventRegistration",
    "Measure",
    "MemberDirectoryPage",
    "MemberInvitation",
    "MemberNumberCounter",
    "StatusChange",
    "Story",
    "TaalakkoordSettings",
]
