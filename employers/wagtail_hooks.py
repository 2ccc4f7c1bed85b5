from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .viewsets import profile_change_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return profile_change_viewset


class ProfileChangesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("employers.change_profilechange")


@hooks.register("register_admin_menu_item")
def register_profile_changes_menu_item():
    return ProfileChangesMenuItem(
        _("Profile changes"),
        reverse("employers_profile_changes:index"),
        icon_name="user",
        order=195,
    )
