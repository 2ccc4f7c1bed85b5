"""Who acts for which organisation."""

from .models import Membership


def membership_of(user):
    """The user's membership of an organisation, or None."""
    try:
        return user.membership
    except (Membership.DoesNotExist, AttributeError):
        return None
