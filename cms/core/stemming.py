"""Words in their stem form, so a search for "opleidingen" finds "opleiding" on any database.

PostgreSQL stems with its own text-search configurations (see `search_backend`); SQLite's full-text
search does not stem at all. Every page therefore also indexes the stems of its words (Snowball, the
algorithms PostgreSQL uses too), and the site search looks for the stems of what was typed.
"""

import re
from functools import lru_cache

import snowballstemmer
from django.utils.html import strip_tags

# Our languages and the names of their Snowball stemmers (and PostgreSQL configurations).
ALGORITHMS = {"nl": "dutch", "en": "english"}
WORD = re.compile(r"\w+", re.UNICODE)


def algorithm_for(language_code):
    return ALGORITHMS.get((language_code or "nl")[:2], "dutch")


@lru_cache(maxsize=4)
def _stemmer(algorithm):
    return snowballstemmer.stemmer(algorithm)


def stems(text, language_code):
    """The stems of the words in `text` (HTML tags removed), in order, lower-cased."""
    words = WORD.findall(strip_tags(text or "").lower())
    return _stemmer(algorithm_for(language_code)).stemWords(words)


def searchable_text(obj):
    """The text of every SearchField of `obj` except its stems, as one string."""
    from wagtail.search import index

    texts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "search_stems":
            value = field.get_value(obj)
            if isinstance(value, (list, tuple)):
                texts.extend(str(item) for item in value)
            elif value:
                texts.append(str(value))
    return " ".join(texts)
