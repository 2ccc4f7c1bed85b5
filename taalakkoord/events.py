"""Signing events: registering and cancelling, the confirmation with its calendar file, the
calendar feeds, and the certificates of the members who signed at an event."""

import io

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.emails import send_templated
from cms.core.frontcache import cache_publicly

from .models import EventPage, EventRegistration


class AlreadyRegistered(Exception):
    pass


class Full(Exception):
    pass


def absolute_url(page, *route):
    """The full public address of `page` (or one of its routes), for emails and calendars."""
    url = page.get_url()
    if route:
        name, *args = route
        url += page.reverse_subpage(name, args=args)
    if url.startswith("/"):
        url = settings.SITE_BASE_URL.rstrip("/") + url
    return url


def active(event):
    """The registrations of `event` (any translation) that were not cancelled."""
    return event.registrations().filter(cancelled_at__isnull=True)


def register(event, *, name, email, organisation_name="", user=None, language="nl"):
    """Register someone for `event` and send the confirmation with a calendar file.

    Raises `AlreadyRegistered` for an address registered already and `Full` when no place is
    left (checked while the event's rows are locked, so two people never take the last place)."""
    from employers.permissions import membership_of

    email = email.strip()
    with transaction.atomic():
        list(EventPage.objects.select_for_update().filter(translation_key=event.translation_key))
        if active(event).filter(email__iexact=email).exists():
            raise AlreadyRegistered
        if event.capacity is not None and active(event).count() >= event.capacity:
            raise Full
        membership = membership_of(user) if user is not None else None
        registration = EventRegistration.objects.create(
            event=event,
            name=name.strip(),
            email=email,
            organisation_name=organisation_name.strip()
            or (membership.organisation.name if membership else ""),
            organisation=membership.organisation if membership else None,
            user=user,
            language=language,
        )
    send_confirmation(registration)
    return registration


def send_confirmation(registration):
    event = registration.event
    send_templated(
        "taalakkoord/email/event_registered",
        {
            "registration": registration,
            "event": event,
            "event_url": absolute_url(event),
            "location": location(event),
            "registration_url": absolute_url(event, "registration", str(registration.token)),
        },
        [registration.email],
        registration.language,
        attachments=[(f"{event.slug}.ics", calendar([event], private=True), "text/calendar")],
    )


def cancel(registration):
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["cancelled_at"])


def location(event):
    """Where the event is, on one line."""
    if event.online:
        return _("Online")
    return ", ".join(part for part in [event.venue, *event.address.splitlines()] if part.strip())


def calendar(events, private=False):
    """An iCalendar file (RFC 5545) of `events`. Only a registration's own file (`private`)
    carries the link to an online meeting."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Taalakkoord//NL")
    cal.add("version", "2.0")
    name = _("Taalakkoord events")
    cal.add("x-wr-calname", f"{settings.WAGTAIL_SITE_NAME}: {name}")
    now = timezone.now()
    for event in events:
        url = absolute_url(event)
        entry = Event()
        entry.add("uid", f"{event.translation_key}@taalakkoord")
        entry.add("dtstamp", now)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end)
        entry.add("summary", event.title)
        description = [event.intro, url]
        if private and event.online and event.online_link:
            description.insert(1, _("Link to the meeting: %(link)s") % {"link": event.online_link})
        entry.add("description", "\n\n".join(description))
        entry.add("location", location(event))
        entry.add("url", url)
        cal.add_component(entry)
    return cal.to_ical().decode("utf-8")


def calendar_response(events, request, filename, public=False, private=False):
    """The calendar as a response: `public` ones cached like pages; a registration's own
    (`private`, with the meeting link) never kept."""
    response = HttpResponse(
        calendar(events, private=private), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if public:
        cache_publicly(response)
    else:
        response["Cache-Control"] = "private, no-store"
    return response


def upcoming(locale, region=None, count=3):
    """The next events in `locale` (of `region`, when given), soonest first."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, end__gte=timezone.now())
        .select_related("region")
        .order_by("start", "pk")
    )
    if region is not None:
        events = events.filter(region=region)
    return list(events[:count])


def card(event, request=None):
    """What an event's card shows, as plain values (kept in the cache as they are)."""
    return {
        "title": event.title,
        "url": event.get_url(request),
        "start": event.start,
        "end": event.end,
        "online": event.online,
        "venue": event.venue,
        "region": event.region.name if event.region_id else "",
        "summary": event.listing_summary(),
    }


def certificates(registrations):
    """The current certificates of the members among `registrations`, in their order, and the
    registrations of organisations that have no certificate (yet)."""
    from .models import Certificate

    current = {
        certificate.commitment.organisation_id: certificate
        for certificate in Certificate.objects.filter(
            commitment__organisation__in=[
                r.organisation_id for r in registrations if r.organisation_id
            ],
            superseded_at__isnull=True,
        )
        .exclude(pdf="")
        .select_related("commitment")
    }
    found, missing = [], []
    for registration in registrations:
        certificate = current.get(registration.organisation_id)
        (found if certificate else missing).append(certificate or registration)
    return found, missing


def certificates_pdf(found):
    """The certificates in one PDF, one per page, to print and hand out at the event."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for certificate in found:
        with certificate.pdf.open("rb") as file:
            writer.append(io.BytesIO(file.read()))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
