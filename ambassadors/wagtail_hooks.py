from wagtail import hooks

from .viewsets import AmbassadorViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return AmbassadorViewSet()
