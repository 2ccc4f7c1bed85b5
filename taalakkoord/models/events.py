"""Signing events (bijeenkomsten): the national team or a desk invites employers to sign the
Taalakkoord together, at a place or online. Visitors register on the event's page; after the
event the organiser marks who signed there and prints their certificates in one go.

An event is a page, so it is translated like any other: registrations belong to the event
whatever translation they were made on (they are counted by the page's `translation_key`).
"""

import functools
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cms.core.blocks import BaseContentBlock
from cms.core.fields import StreamField
from cms.core.models import BasePage


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events overview, with a calendar feed. The national one lists every event in its
    language; one in a desk's section lists the events placed under it."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "standardpages.ContentPage", "desks.LeerwerkloketPage"]
    subpage_types = ["taalakkoord.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events overview")

    def events(self):
        from cms.desks.models import LeerwerkloketPage

        events = EventPage.objects.live().public().filter(locale=self.locale)
        if LeerwerkloketPage.objects.ancestor_of(self).exists():
            events = events.descendant_of(self)
        return events.select_related("region").order_by("start", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..events import card

        now = timezone.now()
        events = self.events()
        # Both lists are made only when the template renders them, and kept per hour (an event
        # moves to the past within the hour after it ends) like the page's other kept parts.
        context["hour"] = now.strftime("%Y%m%d%H")
        context["upcoming"] = functools.cache(
            lambda: [card(event, request) for event in events.filter(end__gte=now)]
        )
        context["past"] = functools.cache(
            lambda: list(events.filter(end__lt=now).order_by("-start", "-pk")[:10])
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("agenda/", name="feed")
    def feed(self, request):
        from ..events import calendar_response

        since = timezone.now() - timezone.timedelta(days=90)
        return calendar_response(
            self.events().filter(end__gte=since), request, f"{self.slug}.ics", public=True
        )


class EventPage(RoutablePageMixin, BasePage):
    """One event: when, where (or online), for which region, and how many places."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    online = models.BooleanField(
        _("online"),
        default=False,
        help_text=_("An online event has a link instead of a place."),
    )
    venue = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("The building and the town, for example “Stadhuis Enschede”."),
    )
    address = models.TextField(
        _("address"),
        max_length=300,
        blank=True,
        help_text=_("Street and number on the first line, postcode and place on the second."),
    )
    online_link = models.URLField(
        _("link to the online meeting"),
        blank=True,
        help_text=_("Only people who registered get it, in their confirmation email."),
    )
    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The region's desk page shows the event. Leave empty for a national event."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("How many people can come. Leave empty when there is no limit."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("What happens at the event and who it is for, in one or two sentences."),
    )
    body = StreamField(BaseContentBlock(), blank=True, verbose_name=_("programme and more"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("online"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_link"),
                FieldPanel("region"),
                FieldPanel("capacity"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("venue"),
        index.FilterField("start"),
    ]
    parent_page_types = ["taalakkoord.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"], name="event_start")]

    @property
    def date(self):
        """Cards show the day of the event."""
        return timezone.localtime(self.start).date()

    def listing_summary(self):
        return self.summary or self.intro

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.online and not self.online_link:
            errors["online_link"] = _("Give the link to the online meeting.")
        if not self.online and not self.venue:
            errors["venue"] = _("Give the place of the event, or mark it as online.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end < timezone.now()

    def registrations(self):
        """Registrations on every translation of this event, cancelled ones included."""
        return EventRegistration.objects.filter(event__translation_key=self.translation_key)

    def places_left(self):
        """Places still free; None when there is no limit."""
        if self.capacity is None:
            return None
        taken = self.registrations().filter(cancelled_at__isnull=True).count()
        return max(0, self.capacity - taken)

    @path("")
    def event(self, request):
        from ..views.events import event_page

        return event_page(self, request)

    @path("agenda/", name="ics")
    def ics(self, request):
        from ..events import calendar_response

        return calendar_response([self], request, f"{self.slug}.ics", public=True)

    @path("<uuid:token>/", name="registration")
    def registration(self, request, token):
        from ..views.events import registration_page

        return registration_page(self, request, token)


class EventRegistration(models.Model):
    """Someone who registered for an event: with their account, or with a name and address."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "employers.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("organisation on this website"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
    )
    # The link in the confirmation email: to see the registration and cancel it.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    language = models.CharField(max_length=5, default="nl")
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    signed_here = models.BooleanField(
        _("signed at the event"),
        default=False,
        help_text=_("The organiser marks who signed the Taalakkoord at the event."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                "event",
                models.functions.Lower("email"),
                condition=Q(cancelled_at__isnull=True),
                name="one_registration_per_address",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    def registered_at(self):
        """When, in the site's time zone (spreadsheets show it as it is written)."""
        return timezone.localtime(self.created_at).replace(tzinfo=None)

    def signed_display(self):
        from django.utils.translation import gettext

        return gettext("Yes") if self.signed_here else gettext("No")
