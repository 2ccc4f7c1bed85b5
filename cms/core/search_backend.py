"""Wagtail's database search backend, stemming each language as that language on PostgreSQL.

Wagtail's PostgreSQL backend takes one text-search configuration for everything (without one,
the server's default, usually English). Ours indexes each object with its own language's
configuration ("dutch" for Dutch pages, "english" for English ones) and searches with the
configuration of the language the visitor reads. On other databases it is Wagtail's own backend;
`cms.core.stemming` makes search find other forms of a word there.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.core.search_backend"}}
"""

from contextvars import ContextVar
from functools import lru_cache

from django.db import connection
from django.utils.translation import get_language

from .stemming import algorithm_for

# The language of the objects being indexed right now (None: the visitor's language).
_indexing = ContextVar("indexing_language", default=None)


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return getattr(locale, "language_code", None)


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return _language_postgres_backend()(params)
    from wagtail.search.backends.database import SearchBackend as database_backend

    return database_backend(params)


@lru_cache(maxsize=1)
def _language_postgres_backend():
    """Made on first use: the PostgreSQL backend's module needs PostgreSQL's driver."""
    from wagtail.search.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            groups = {}
            for obj in objs:
                groups.setdefault(language_of(obj), []).append(obj)
            for language, group in groups.items():
                token = _indexing.set(language)
                try:
                    super().add_items(model, group)
                finally:
                    _indexing.reset(token)

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex

        @property
        def config(self):
            return algorithm_for(_indexing.get() or get_language())

        @config.setter
        def config(self, _value):
            """SEARCH_CONFIG does not apply: the language decides."""

    return LanguageSearchBackend
