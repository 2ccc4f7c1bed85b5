from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks of the site: blocks, snippets, site settings, search, sitemap."""

    name = "cms.core"
    label = "core"
    verbose_name = "Leren en Werken"

    def ready(self):
        from . import (  # noqa: F401
            admin_fixes,
            checks,
            exports,
            locales,
            pagecache,
            retention,
            routing,
            scopes,
        )

        admin_fixes.connect()
        locales.install()
        routing.install()
        pagecache.connect()
        retention.connect()
        scopes.connect()
        exports.connect()

        from django.db.backends.signals import connection_created

        from .observability import database_connected

        connection_created.connect(database_connected, dispatch_uid="lenw-database-back")
