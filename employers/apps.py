from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    """Organisations (employers, branch and umbrella organisations) and the people in them."""

    name = "employers"
    verbose_name = _("Organisations")
