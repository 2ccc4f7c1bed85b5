from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaalakkoordConfig(AppConfig):
    """The Taalakkoord: commitments, review by the national team, the public directory."""

    name = "taalakkoord"
    verbose_name = _("Taalakkoord")

    def ready(self):
        from . import choosers, privacy, signals  # noqa: F401 - signals: the certificate handlers
        from .monitor import cache

        cache.connect()
        privacy.connect()
        choosers.connect()
