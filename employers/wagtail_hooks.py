from wagtail import hooks

from .viewsets import profile_change_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    """Its menu item is in the Taalakkoord menu (taalakkoord/wagtail_hooks.py)."""
    return profile_change_viewset
