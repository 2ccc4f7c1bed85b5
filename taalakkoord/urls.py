"""The member's own pages (under the language prefix)."""

from django.urls import path, register_converter
from django.utils.translation import gettext_lazy as _

from .converters import WizardStepConverter
from .views import account, certificates, dashboard, invitations, reports, start, wizard

register_converter(WizardStepConverter, "wizardstep")

app_name = "taalakkoord"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path(_("join/"), start.start, name="start"),
    path(_("join/<wizardstep:step>/"), wizard.WizardView.as_view(), name="wizard"),
    path(_("withdraw/"), dashboard.withdraw, name="withdraw"),
    path(_("request-access/<str:kvk_number>/"), dashboard.request_access, name="request_access"),
    path(_("plan/<int:pk>/"), dashboard.plan_file, name="plan_file"),
    path(_("member-companies/"), invitations.member_companies, name="member_companies"),
    path(
        _("member-companies/<int:pk>/withdraw/"),
        invitations.cancel_invitation,
        name="cancel_invitation",
    ),
    path(_("join-through/<uuid:token>/"), invitations.join_via, name="join_via"),
    path(_("progress-report/"), reports.progress_report, name="report"),
    path(_("certificate.pdf"), certificates.my_certificate, name="my_certificate"),
    path(_("badge.<str:kind>"), certificates.badge, name="badge"),
    path(_("my-data.json"), account.my_data, name="my_data"),
    path(_("delete-account/"), account.delete_account, name="delete_account"),
    path(_("certificates/<int:pk>.pdf"), certificates.team_certificate, name="team_certificate"),
]
