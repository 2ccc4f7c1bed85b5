from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .monitor.panels import progress_panel_for
from .monitor.views import monitor_viewset
from .viewsets import TaalakkoordViewSetGroup, commitment_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [commitment_viewset, monitor_viewset, TaalakkoordViewSetGroup()]


@hooks.register("construct_homepage_panels")
def add_progress_panel(request, panels):
    panel = progress_panel_for(request.user)
    if panel is not None:
        panels.append(panel)


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("taalakkoord.view_commitment")


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("Applications and members"),
        reverse("taalakkoord_commitments:index"),
        icon_name="pick",
        order=190,
    )


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("taalakkoord.review_commitment")


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"),
        reverse("taalakkoord_commitments:certificates"),
        icon_name="doc-full",
        order=192,
    )
