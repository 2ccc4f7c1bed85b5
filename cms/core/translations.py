"""Pages not translated yet: one rule for the switcher, the alternates, the sitemap and the notice.

wagtail-localize keeps the English tree in step with the Dutch one by making an alias of every new
Dutch page: it shows the Dutch text until an editor translates it. Such a page is "not translated
yet": it says so, marks its content as Dutch, and is left out of the sitemap and the hreflang
alternates, so search engines do not take Dutch text for English.
"""

from django.db.models import F, Q
from wagtail.models import Page

# Pages that are their own text in their own language: not an alias of a page in another one.
TRANSLATED = Q(alias_of__isnull=True) | Q(alias_of__locale=F("locale"))


def shows_other_language(page):
    """Whether `page` is an alias of a page in another language (not translated yet). Load
    `alias_of` with the page (select_related) to save the query."""
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def source_language(page):
    """The language whose text an untranslated page shows; None for a translated page."""
    if page.alias_of_id is None:
        return None
    source = (
        Page.objects.filter(pk=page.alias_of_id)
        .values_list("locale_id", "locale__language_code")
        .first()
    )
    if source is None or source[0] == page.locale_id:
        return None
    return source[1]
