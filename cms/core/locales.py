"""The active and default locale, looked up once per request, from the cache.

Wagtail asks the database for a Locale each time it needs one (`Locale.get_active()`,
`get_default()`, `page.localized`): four to six times on one page. During a request the answer
does not change, so `per_request` (entered by `requestscope.OncePerRequest`) keeps the
answers for the length of the request (in a
context variable, so threads and async tasks do not share them), and the first answer comes from
the cache, kept per page-cache data version (saving a Locale starts a new one). Outside a
request (commands, the task worker) every lookup goes to the database as before.
"""

import contextvars

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models.i18n import LocaleManager

from . import pagecache

# Entered by requestscope.OncePerRequest with a fresh dict for each request.
per_request = contextvars.ContextVar("locales_found", default=None)
_database_lookup = LocaleManager.get_for_language


def get_for_language(manager, language_code):
    found = per_request.get()
    if found is None:
        return _database_lookup(manager, language_code)
    code = get_supported_content_language_variant(language_code)  # LookupError as in Wagtail
    if code not in found:
        found[code] = pagecache.kept(f"locale:{code}", lambda: _database_lookup(manager, code))
    return found[code]


def install():
    LocaleManager.get_for_language = get_for_language
