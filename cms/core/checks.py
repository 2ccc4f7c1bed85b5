"""System checks of our own settings (`manage.py check`)."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def base_url_is_set(app_configs, **kwargs):
    """Production must say where it is served: certificates print it as a QR code and link."""
    if getattr(settings, "BASE_URL_CONFIGURED", True):
        return []
    return [
        checks.Error(
            "The public address of the site is not set.",
            hint="Set SITE_BASE_URL (or WAGTAILADMIN_BASE_URL), e.g. https://www.lerenenwerken.nl. "
            "Certificates' QR codes and links and the links in emails use it.",
            id="lenw.E001",
        )
    ]
