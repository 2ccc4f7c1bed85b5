"""Django's form renderer, with select lists written in Python.

Django renders each option of a select list through a template of its own: a list of the 35
regions costs 36 template renders, about 0.8 ms, on every page with a filter form or search.
This renderer writes `django/forms/widgets/select.html` directly, with the same markup and the
same escaping as Django's templates; every other widget, and a select with option groups, still
goes through the templates. Set as FORM_RENDERER.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

SELECT = "django/forms/widgets/select.html"


class Renderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name == SELECT:
            html = select_html(context["widget"])
            if html is not None:
                return html
        return super().render(template_name, context, request)


def select_html(widget):
    """The select list as Django's templates write it, or None when it has option groups."""
    options = []
    for group_name, group, _index in widget["optgroups"]:
        if group_name is not None:
            return None
        options.extend(group)
    return format_html(
        '<select name="{}"{}>{}</select>',
        widget["name"],
        attributes(widget["attrs"]),
        format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((str(o["value"]), attributes(o["attrs"]), o["label"]) for o in options),
        ),
    )


def attributes(attrs):
    """As django/forms/widgets/attrs.html: in their order, True as a bare name, False left out."""
    return mark_safe(  # noqa: S308 -- every part is escaped by format_html
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )
