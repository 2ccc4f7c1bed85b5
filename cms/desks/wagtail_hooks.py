from wagtail import hooks

from .viewsets import advice_request_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [advice_request_viewset]
