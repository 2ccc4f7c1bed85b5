"""The commitment a user may see and change: their own organisation's, and no other."""

from employers.permissions import membership_of


def commitment_of(user):
    """The commitment of the user's organisation, or None."""
    membership = membership_of(user)
    return getattr(membership.organisation, "commitment", None) if membership else None
