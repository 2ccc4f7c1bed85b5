"""Taalakkoord models; import them from here."""

from .commitments import Activity, Commitment, CommitmentStatus, MemberNumberCounter, StatusChange
from .menu import Declaration, Measure, TaalakkoordSettings
from .pages import MemberDirectoryPage
from .reports import ProgressReport, ReminderLog

__all__ = [
    "Activity",
    "ProgressReport",
    "ReminderLog",
    "Commitment",
    "CommitmentStatus",
    "Declaration",
    "Measure",
    "MemberDirectoryPage",
    "MemberNumberCounter",
    "StatusChange",
    "TaalakkoordSettings",
]
