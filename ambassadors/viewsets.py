"""Admin screen for ambassadors (national team), with who they brought in."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Ambassador


class AmbassadorViewSet(SnippetViewSet):
    model = Ambassador
    icon = "group"
    menu_label = _("Ambassadors")
    menu_order = 210
    add_to_admin_menu = False  # in the Taalakkoord menu (taalakkoord/wagtail_hooks.py)
    list_filter = ["kind", "is_koploper", "region", "locale"]
    search_fields = ["name", "role"]
    list_display = [
        "name",
        "kind",
        "region",
        "is_koploper",
        Column("referral_total", label=_("Members brought in")),
        "locale",
    ]
    list_export = [
        "name",
        "kind",
        "role",
        "region",
        "is_koploper",
        "since",
        "until",
        "referral_code",
        "referral_total",
    ]

    def get_queryset(self, request):
        return Ambassador.objects.select_related("region", "locale").annotate(
            referral_total=Count("referrals")
        )
