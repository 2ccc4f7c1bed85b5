"""Taalakkoord models; import them from here."""

from .commitments import Commitment, CommitmentStatus, MemberNumberCounter, StatusChange
from .menu import Declaration, Measure, TaalakkoordSettings
from .pages import MemberDirectoryPage

__all__ = [
    "Commitment",
    "CommitmentStatus",
    "Declaration",
    "Measure",
    "MemberDirectoryPage",
    "MemberNumberCounter",
    "StatusChange",
    "TaalakkoordSettings",
]
