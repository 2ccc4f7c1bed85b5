"""An event's page with its registration form, and a registration's own page (the link in the
confirmation email): what, when and where, the calendar file, and cancelling."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.core.ratelimit import allow
from employers.permissions import membership_of

from .. import events
from ..forms import EventRegistrationForm
from ..models import EventRegistration

REGISTRATIONS_PER_MINUTE = 5


def _initial(user):
    if not user.is_authenticated:
        return {}
    membership = membership_of(user)
    return {
        "name": user.get_full_name(),
        "email": user.email,
        "organisation_name": membership.organisation.name if membership else "",
    }


def event_page(page, request):
    """The event; on a valid POST, register and go to the registration's own page."""
    user = request.user if request.user.is_authenticated else None
    form = EventRegistrationForm(
        request.POST if request.method == "POST" else None, initial=_initial(request.user)
    )
    if request.method == "POST" and not page.is_past and form.is_valid():
        if not allow(request, "event-registration", REGISTRATIONS_PER_MINUTE):
            form.add_error(
                None,
                _("You sent several registrations in a short time. Wait a minute and try again."),
            )
        else:
            try:
                registration = events.register(
                    page,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    organisation_name=form.cleaned_data["organisation_name"],
                    user=user,
                    language=get_language(),
                )
            except events.AlreadyRegistered:
                form.add_error(
                    "email",
                    _(
                        "This email address is registered for this event already. The confirmation email has a link to your registration."
                    ),
                )
            except events.Full:
                form.add_error(None, _("Sorry, the event is full. There are no places left."))
            else:
                messages.success(
                    request,
                    _("You are registered. We sent a confirmation to %(email)s.")
                    % {"email": registration.email},
                )
                return redirect(
                    page.get_url(request)
                    + page.reverse_subpage("registration", args=[registration.token])
                )
    own = events.active(page).filter(user=user).order_by("-created_at").first() if user else None
    context = page.get_context(request)
    context.update(
        form=form,
        places_left=page.places_left(),
        own_registration=own,
    )
    return TemplateResponse(
        request, page.get_template(request), context, status=422 if form.errors else 200
    )


def registration_page(page, request, token):
    """What the person registered for, the calendar file, and a button to cancel. The token in
    the address is the key: only the confirmation email has it."""
    registration = (
        EventRegistration.objects.filter(token=token, event__translation_key=page.translation_key)
        .select_related("event")
        .first()
    )
    if registration is None:
        raise Http404
    if request.GET.get("format") == "ics":
        return events.calendar_response(
            [page], request, f"{page.slug}.ics", private=registration.cancelled_at is None
        )
    if request.method == "POST" and registration.cancelled_at is None:
        events.cancel(registration)
        messages.success(
            request, _("Your registration is cancelled. Your place goes to someone else.")
        )
        return redirect(request.path)
    context = page.get_context(request)
    context.update(registration=registration)
    response = TemplateResponse(request, "taalakkoord/event_registration.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
