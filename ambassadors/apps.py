from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    """Ambassadors of the Taalakkoord, starting with the koplopers, and who they brought in."""

    name = "ambassadors"
    verbose_name = _("Ambassadors")

    def ready(self):
        from cms.core import pagecache

        from .models import Ambassador

        pagecache.shows(Ambassador)  # the ambassadors' page and profiles
