"""Looking an organisation up by its KvK number: a limit per visitor address.

What the lookup may show of the organisation: `taalakkoord.permissions.public_name`.
"""

from django.conf import settings

from cms.core.ratelimit import allow


def lookups_allowed(request):
    """KvK numbers looked up from this address this minute are within the limit."""
    return allow(request, "kvk-lookup", settings.TAALAKKOORD_KVK_LOOKUPS_PER_MINUTE)
