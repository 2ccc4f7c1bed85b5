"""The personal invitation link of an ambassador."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import Ambassador

SESSION_KEY = "referral_ambassador"


def invitation(request, code):
    """Remember who invited this visitor; the organisation they register is credited to them."""
    ambassador = Ambassador.objects.filter(referral_code=code, locale=Locale.get_default()).first()
    if ambassador is not None:
        request.session[SESSION_KEY] = ambassador.pk
        messages.info(
            request, _("%(name)s invites you to join the Taalakkoord.") % {"name": ambassador.name}
        )
    return redirect("taalakkoord:start")


def referring_ambassador(request):
    pk = request.session.get(SESSION_KEY)
    return Ambassador.objects.filter(pk=pk).first() if pk else None
