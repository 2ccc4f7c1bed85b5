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


@register.inclusion_tag("taalakkoord/includes/upcoming_events.html")
def upcoming_events(region=None, count=3):
    """The next Taalakkoord events in the page's language (of one region on a desk page), with a
    link to the events overview."""
    from wagtail.models import Locale

    from ..events import upcoming
    from ..models import EventIndexPage

    locale = Locale.get_active()
    events = upcoming(locale, region=region, count=count)
    overview = (
        EventIndexPage.objects.live().filter(locale=locale).order_by("depth", "pk").first()
        if events
        else None
    )
    return {"events": events, "region": region, "overview": overview}
