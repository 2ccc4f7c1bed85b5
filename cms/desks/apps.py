from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DesksConfig(AppConfig):
    name = "cms.desks"
    label = "desks"
    verbose_name = _("Leerwerkloketten")

    def ready(self):
        from cms.core.retention import delete_older, register_retention
        from cms.core.scopes import register_scope

        from . import provisioning
        from .models import AdviceRequest
        from .viewsets import desk_scope

        provisioning.connect()
        register_scope(AdviceRequest, desk_scope)
        register_retention(
            "advice requests",
            "ADVICE_REQUEST_RETENTION_DAYS",
            lambda cutoff, dry_run: delete_older(
                AdviceRequest.objects.filter(created_at__lt=cutoff), dry_run
            ),
        )
