from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GoodPracticesConfig(AppConfig):
    name = "cms.goodpractices"
    label = "goodpractices"
    verbose_name = _("Good practices")
