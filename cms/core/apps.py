from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks of the site: blocks, snippets, site settings, search, sitemap."""

    name = "cms.core"
    label = "core"
    verbose_name = "Leren en Werken"

    def ready(self):
        from . import exports, pagecache, retention, scopes

        pagecache.connect()
        retention.connect()
        scopes.connect()
        exports.connect()
