from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "employers"

urlpatterns = [
    path(_("colleagues/"), views.colleagues, name="colleagues"),
    path(_("colleagues/<int:pk>/make-admin/"), views.make_admin, name="make_admin"),
    path(_("colleagues/<int:pk>/remove/"), views.remove_colleague, name="remove_colleague"),
    path(_("access/<int:pk>/"), views.decide_access, name="decide_access"),
    path(_("invitation/<uuid:token>/"), views.accept_invitation, name="accept"),
    path(_("profile/"), views.profile, name="profile"),
]
