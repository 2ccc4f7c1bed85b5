"""Who may see what: a member its own commitment; staff every region or only their desk's."""

from django.core.exceptions import PermissionDenied

from cms.core.models import Region
from employers.permissions import membership_of


def commitment_of(user):
    """The commitment of the user's organisation, or None."""
    membership = membership_of(user)
    return getattr(membership.organisation, "commitment", None) if membership else None


def sees_all_regions(user):
    """The national team: every region's members and figures."""
    return user.is_active and user.has_perm("taalakkoord.view_all_regions")


def regions_served_by(user):
    """The regions whose desk staff groups the user belongs to."""
    if not user.is_authenticated:
        return []
    return list(Region.objects.filter(staff_groups__user=user).distinct().order_by("name"))


def region_scope(user):
    """None when the user sees every region, else the list of their desk's regions.

    Anyone else (an editor, a member) is refused.
    """
    if sees_all_regions(user):
        return None
    regions = regions_served_by(user)
    if not regions:
        raise PermissionDenied
    return regions


def scope_commitments(queryset, regions):
    """Only the commitments of organisations in `regions` (None: all of them)."""
    if regions is None:
        return queryset
    return queryset.filter(organisation__region__in=regions)


def public_name(organisation):
    """The organisation's name when the public directory shows it anyway, else None.

    A KvK number can be typed by anyone with an account; it must not reveal the names of
    organisations whose application is a draft, was rejected or is not published.
    """
    from .models import Commitment

    return (
        organisation.name
        if Commitment.objects.public().filter(organisation=organisation).exists()
        else None
    )
