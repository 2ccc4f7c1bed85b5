from django import template

from ..progress import current_progress

register = template.Library()


@register.inclusion_tag("taalakkoord/includes/counter.html")
def progress_counter():
    """The public counter "N of the 300" with a progress bar, linking to the directory."""
    from wagtail.models import Locale

    from ..models import MemberDirectoryPage

    directory = MemberDirectoryPage.objects.live().filter(locale=Locale.get_active()).first()
    return {"progress": current_progress(), "directory": directory}
