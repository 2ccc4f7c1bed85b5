from django.apps import AppConfig


class StandardPagesConfig(AppConfig):
    name = "cms.standardpages"
    label = "standardpages"
