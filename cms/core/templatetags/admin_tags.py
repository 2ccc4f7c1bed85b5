"""Template tags for our additions to the Wagtail admin."""

from django import template

from ..translation_review import review_context

register = template.Library()


@register.inclusion_tag("core/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, page):
    request = context["request"]
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        **review_context(request, page),
    }
