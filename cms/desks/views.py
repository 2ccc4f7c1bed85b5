"""Receiving an advice request: store it, tell the desk, confirm to the person who asked."""

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.core.emails import queue
from cms.core.models import SiteSettings
from cms.core.ratelimit import allow

from .forms import AdviceRequestForm
from .models import LeerwerkloketPage

REQUESTS_PER_MINUTE = 5
SENT_PARAMETER = "aangevraagd"


def desk_for_region(region):
    """The region's desk (its page in the main language), or None when it has none yet."""
    return (
        LeerwerkloketPage.objects.live()
        .filter(region=region, locale=Locale.get_default())
        .order_by("path")
        .first()
    )


def notify(advice, request):
    """Email the desk (or the national team when the region has no desk) and the requester."""
    desk = advice.desk
    site_settings = SiteSettings.for_request(request)
    desk_address = desk.email if desk else site_settings.email
    admin_url = request.build_absolute_uri(
        reverse("desks_advice_requests:inspect", args=[advice.pk])
    )
    with translation.override(Locale.get_default().language_code):
        subject = _("New request for advice (%(region)s)") % {"region": advice.region.name}
        body = render_to_string(
            "desks/email/advice_to_desk.txt", {"advice": advice, "admin_url": admin_url}
        )
        queue(subject, body, [desk_address], reply_to=[advice.email])
    with translation.override(advice.language):
        subject = _("We have received your request")
        body = render_to_string(
            "desks/email/advice_confirmation.txt",
            {"advice": advice, "desk": desk.localized if desk else None, "site": site_settings},
        )
        queue(subject, body, [advice.email])


def advice_form_response(page, request, *args, region=None, **kwargs):
    """Serve `page` with the advice form; on a valid POST store, notify and redirect.

    `region` is the desk's region; without it the visitor chooses one. The page's own context
    (listings of vacancies, news and practices) is built only when the page is shown, not
    before a redirect.
    """
    form = AdviceRequestForm(
        request.POST if request.method == "POST" else None, choose_region=region is None
    )
    if request.method == "POST" and form.is_valid():
        # Only requests that would be sent count: correcting a form is never held back.
        if not allow(request, "advice-request", REQUESTS_PER_MINUTE):
            form.add_error(
                None, _("You sent several requests in a short time. Wait a minute and try again.")
            )
        else:
            advice = form.save(commit=False)
            advice.region = region or form.region()
            if place := form.cleaned_data.get("place"):
                advice.place = (
                    place.name
                    if place.is_municipality
                    else f"{place.name} ({_('municipality')} {place.municipality})"
                )
            advice.desk = desk_for_region(advice.region)
            advice.language = translation.get_language() or "nl"
            advice.save()
            transaction.on_commit(lambda: notify(advice, request))
            return redirect(f"{page.get_url(request)}?{SENT_PARAMETER}=1#adviesgesprek")
    context = page.get_context(request, *args, **kwargs)
    sent = SENT_PARAMETER in request.GET
    context.update(
        advice_form=form,
        advice_sent=sent,
        # The empty form is kept ({% keptform %}); one filled in or the thanks is not (None).
        advice_form_kept_as=None if form.is_bound or sent else page.pk,
        retention_months=round(settings.ADVICE_REQUEST_RETENTION_DAYS / 30),
    )
    return TemplateResponse(request, page.get_template(request, *args, **kwargs), context)
