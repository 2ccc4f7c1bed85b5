"""Admin screen for ambassadors (national team), with who they brought in."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
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

    export_headings = {"referral_total": _("Members brought in")}

    def get_queryset(self, request):
        from taalakkoord.models import Commitment

        # As on the profile, the counter and the monitor: members that count towards the target,
        # credited to the ambassador in every language.
        brought_in = (
            Commitment.objects.counting()
            .filter(organisation__referred_by__translation_key=OuterRef("translation_key"))
            .order_by()
            .values("organisation__referred_by__translation_key")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return Ambassador.objects.select_related("region", "locale").annotate(
            referral_total=Coalesce(Subquery(brought_in), 0)
        )
