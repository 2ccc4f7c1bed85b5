from wagtail import hooks

from .viewsets import LibraryViewSetGroup, NavigationViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [LibraryViewSetGroup(), NavigationViewSet()]
