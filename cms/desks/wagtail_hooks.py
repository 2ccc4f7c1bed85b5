from wagtail import hooks

from .panels import advice_requests_panel_for
from .viewsets import advice_request_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [advice_request_viewset]


@hooks.register("construct_homepage_panels")
def add_advice_requests_panel(request, panels):
    panel = advice_requests_panel_for(request.user)
    if panel is not None:
        panels.append(panel)
