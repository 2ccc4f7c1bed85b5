from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaalakkoordConfig(AppConfig):
    """The Taalakkoord: commitments, review by the national team, the public directory."""

    name = "taalakkoord"
    verbose_name = _("Taalakkoord")

    def ready(self):
        from cms.core import pagecache

        from . import choosers, models, privacy, signals  # noqa: F401 - signals: certificates
        from .monitor import cache

        cache.connect()
        privacy.connect()
        choosers.connect()
        # The directory, profiles, counter and declaration on cached public pages.
        pagecache.shows(
            models.TaalakkoordSettings,
            models.Commitment,
            models.ProgressReport,
            models.Measure,
            models.Declaration,
            models.Story,
        )
