from django import template

from ..figures import current_progress

register = template.Library()


@register.inclusion_tag("taalakkoord/includes/counter.html")
def progress_counter(listed=None):
    """The public counter "N of the 300" with a progress bar, linking to the directory.

    On the directory itself (`listed`: how many members it lists) there is no link to the page
    the visitor is on, but a line that explains why the list is shorter than the count.
    """
    if listed is not None:
        return {"progress": current_progress(), "listed": listed}
    from wagtail.models import Locale

    from ..models import MemberDirectoryPage

    directory = MemberDirectoryPage.objects.live().filter(locale=Locale.get_active()).first()
    return {"progress": current_progress(), "directory": directory}


@register.inclusion_tag("taalakkoord/includes/featured_story.html", takes_context=True)
def featured_story(context):
    """The member's story the national team chose for the home page, linking to its profile."""
    from wagtail.models import Locale

    from ..models import MemberDirectoryPage
    from ..stories import featured

    story = featured()
    if story is None:
        return {"story": None}
    directory = MemberDirectoryPage.objects.live().filter(locale=Locale.get_active()).first()
    organisation = story.commitment.organisation
    return {
        "story": story,
        "organisation": organisation,
        "profile_url": (
            f"{directory.get_url(request=context.get('request'))}{organisation.slug}/"
            if directory
            else None
        ),
    }


@register.inclusion_tag("taalakkoord/includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, region=None, count=3):
    """The next Taalakkoord events in the page's language (of one region on a desk page), with a
    link to the events overview. Kept per data version (publishing an event starts a new one)
    and per hour, so an event leaves the list within the hour after it ends."""
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.core import layout

    request = context.get("request")
    locale = Locale.get_active()

    def build():
        return _upcoming_listing(request, locale, region, count)

    parts = [region.pk if region else 0, count, timezone.now().strftime("%Y%m%d%H")]
    listing = layout.cached(request, "upcoming-events", parts, build) if request else build()
    return {**listing, "region": region}


def _upcoming_listing(request, locale, region, count):
    from ..events import card, upcoming
    from ..models import EventIndexPage

    events = [card(event, request) for event in upcoming(locale, region=region, count=count)]
    overview = (
        EventIndexPage.objects.live().filter(locale=locale).order_by("depth", "pk").first()
        if events
        else None
    )
    return {"events": events, "overview_url": overview.get_url(request) if overview else ""}
