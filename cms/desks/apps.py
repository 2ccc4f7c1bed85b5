from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DesksConfig(AppConfig):
    name = "cms.desks"
    label = "desks"
    verbose_name = _("Leerwerkloketten")

    def ready(self):
        from . import provisioning

        provisioning.connect()
