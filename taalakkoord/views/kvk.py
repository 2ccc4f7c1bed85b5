"""Looking an organisation up by its KvK number, without telling more than the directory does."""

from django.conf import settings

from cms.core.ratelimit import allow


def public_name(organisation):
    """The organisation's name when the public directory shows it anyway, else None.

    A KvK number can be typed by anyone with an account; it must not reveal the names of
    organisations whose application is a draft, was rejected or is not published.
    """
    from ..models import Commitment

    return (
        organisation.name
        if Commitment.objects.public().filter(organisation=organisation).exists()
        else None
    )


def lookups_allowed(request):
    """KvK numbers looked up from this address this minute are within the limit."""
    return allow(request, "kvk-lookup", settings.TAALAKKOORD_KVK_LOOKUPS_PER_MINUTE)
