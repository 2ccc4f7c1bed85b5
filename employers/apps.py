from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    """Organisations (employers, branch and umbrella organisations) and the people in them."""

    name = "employers"
    verbose_name = _("Organisations")

    def ready(self):
        from cms.core import pagecache

        from .models import Organisation

        pagecache.shows(Organisation)  # names, logos and places in the public directory
