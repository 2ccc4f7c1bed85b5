"""The organiser's screen for an event: who registered, the list as a spreadsheet, and after
the event who signed there, with their certificates printed as one PDF.

Whoever may edit the event's page is its organiser: the national team for national events, a
desk's staff for the events in its own section. Everyone else gets 403, whatever the address.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSet

from cms.core.exports import SafeSpreadsheetExportMixin
from cms.core.viewsets import admin_header

from .. import events
from ..models import EventPage


def organised_events(user):
    """The events `user` may edit (and so organises), in the site's main language, newest first,
    with how many people registered on any of their translations."""
    from django.conf import settings
    from django.db.models import Count, OuterRef, Subquery
    from wagtail.models import Page
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from ..models import EventRegistration

    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    registered = (
        EventRegistration.objects.filter(
            event__translation_key=OuterRef("translation_key"), cancelled_at__isnull=True
        )
        .order_by()
        .values("event__translation_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        EventPage.objects.filter(
            pk__in=Page.objects.filter(pk__in=editable.values("pk")).type(EventPage).values("pk"),
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .annotate(registered=Subquery(registered))
        .select_related("region")
        .order_by("-start", "pk")
    )


def index_view(request):
    events = list(organised_events(request.user)[:100])
    return TemplateResponse(
        request,
        "taalakkoord/admin/events.html",
        {
            "events": events,
            "now": timezone.now(),
            **admin_header(_("Events and their registrations"), icon="date"),
        },
    )


def organised_event(request, page_id):
    """The event, if the user may edit its page (its organiser); 403 otherwise."""
    event = get_object_or_404(EventPage, pk=page_id)
    if not event.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return event


def registrations_of(event):
    return (
        event.registrations()
        .filter(cancelled_at__isnull=True)
        .select_related("organisation")
        .order_by("name", "pk")
    )


def registrations_view(request, page_id):
    event = organised_event(request, page_id)
    registrations = list(registrations_of(event))
    if request.method == "POST":
        chosen = {int(pk) for pk in request.POST.getlist("signed") if pk.isdigit()}
        for registration in registrations:
            registration.signed_here = registration.pk in chosen
        event.registrations().filter(pk__in=[r.pk for r in registrations]).update(signed_here=False)
        # Only the registrations listed here: the event's own, not cancelled.
        event.registrations().filter(pk__in=[r.pk for r in registrations if r.signed_here]).update(
            signed_here=True
        )
        signed = [r for r in registrations if r.signed_here]
        if "print" in request.POST:
            found, missing = events.certificates(signed)
            if not found:
                messages.error(request, _("None of the people marked has a certificate to print."))
                return redirect("taalakkoord_events:registrations", page_id)
            response = HttpResponse(events.certificates_pdf(found), content_type="application/pdf")
            response["Content-Disposition"] = (
                f'attachment; filename="certificaten-{event.slug}.pdf"'
            )
            response["Cache-Control"] = "private, no-store"
            return response
        messages.success(request, _("Saved who signed at the event."))
        return redirect("taalakkoord_events:registrations", page_id)
    signed = [r for r in registrations if r.signed_here]
    found, missing = events.certificates(signed)
    return TemplateResponse(
        request,
        "taalakkoord/admin/event_registrations.html",
        {
            "event": event,
            "registrations": registrations,
            "places_left": None if event.is_past else event.places_left(),
            "index_url": reverse("taalakkoord_events:index"),
            "cancelled": event.registrations().filter(cancelled_at__isnull=False).count(),
            "printable": len(found),
            "missing": missing,
            "export_urls": [
                (label, reverse("taalakkoord_events:export", args=[page_id, fmt]))
                for fmt, label in (("xlsx", _("Excel")), ("csv", "CSV"))
            ],
            **admin_header(
                _("Registrations: %(title)s") % {"title": event.title},
                {"url": reverse("taalakkoord_events:index"), "label": _("Events")},
                icon="date",
            ),
        },
    )


class RegistrationsExport(SafeSpreadsheetExportMixin):
    list_export = ["name", "email", "organisation_name", "registered_at", "signed_display"]
    export_headings = {
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("Email address"),
        "organisation_name": gettext_lazy("Organisation"),
        "registered_at": gettext_lazy("Registered"),
        "signed_display": gettext_lazy("Signed at the event"),
    }
    export_sheet_title = gettext_lazy("Registrations")

    def __init__(self, event):
        self.event = event

    def get_filename(self):
        return f"inschrijvingen-{self.event.slug}"


def export_view(request, page_id, export_format):
    event = organised_event(request, page_id)
    exporter = RegistrationsExport(event)
    if export_format not in exporter.FORMATS:
        raise Http404
    exporter.request = request
    return exporter.as_spreadsheet(registrations_of(event), export_format)


class EventRegistrationsViewSet(ViewSet):
    """Reached from the event's page in the admin (the "Registrations" button)."""

    name = "taalakkoord_events"
    url_prefix = "taalakkoord/events"
    icon = "date"

    def get_urlpatterns(self):
        return [
            path("", index_view, name="index"),
            path("<int:page_id>/", registrations_view, name="registrations"),
            path("<int:page_id>/export/<str:export_format>/", export_view, name="export"),
        ]


event_registrations_viewset = EventRegistrationsViewSet("taalakkoord_events")
