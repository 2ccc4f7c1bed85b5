"""The demo site, built once per test run and put back before each browser test.

Browser tests need committed data (the live server reads it from another thread), so each one
ends with Django's flush. Building the demo content again for every test took about 15 seconds
on PostgreSQL; copying it back from a snapshot takes well under one. The snapshot is taken right
after the first build: on SQLite with the backup API (a page-by-page copy of the in-memory
database), on PostgreSQL as a copy of every table in a schema of its own, which Django's flush
does not see.
"""

import sqlite3

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

SCHEMA = "demo_snapshot"


class DemoSnapshot:
    def __init__(self):
        self.taken = False
        self._sqlite = None
        self._tables = []

    def take(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self._sqlite = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self._sqlite)
        else:
            self._tables = connection.introspection.django_table_names(
                only_existing=True, include_views=False
            )
            with connection.cursor() as cursor:
                cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
                cursor.execute(f"CREATE SCHEMA {SCHEMA}")
                for table in self._tables:
                    name = connection.ops.quote_name(table)
                    cursor.execute(f"CREATE TABLE {SCHEMA}.{name} AS TABLE public.{name}")
        self.taken = True

    def restore(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self._sqlite.backup(connection.connection)
            return
        quoted = [connection.ops.quote_name(table) for table in self._tables]
        # Django's foreign keys on PostgreSQL are checked at commit, so the order of the copies
        # within this one transaction does not matter.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE {} CASCADE".format(", ".join(f"public.{n}" for n in quoted)))
            for name in quoted:
                # Table names from Django's own introspection, quoted: no user input.
                cursor.execute(f"INSERT INTO public.{name} SELECT * FROM {SCHEMA}.{name}")  # noqa: S608
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)

    def drop(self):
        if self._sqlite is not None:
            self._sqlite.close()
        elif self.taken:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
