from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks of the site: blocks, snippets, site settings, search, sitemap."""

    name = "cms.core"
    label = "core"
    verbose_name = "Leren en Werken"

    def ready(self):
        from . import admin_fixes, checks, exports, locales, pagecache, retention, scopes  # noqa: F401

        admin_fixes.connect()
        locales.install()
        pagecache.connect()
        retention.connect()
        scopes.connect()
        exports.connect()
