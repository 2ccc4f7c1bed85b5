"""The edit form every page type shares (`BasePage.base_form_class`)."""

from urllib.parse import urlencode

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser


def _same_language(form, locale):
    """Limit each choice of translatable items (themes, ambassadors, contact persons, …) to the
    items in `locale`: a Dutch page offers the Dutch ones only, and accepts no others, apart from
    those it already has (a copied translation may point at the source's items until it is
    edited). A snippet chooser opens its window with that language selected."""
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        kept = _chosen_pks(form.initial.get(name))
        field.queryset = queryset.filter(Q(locale_id=locale.pk) | Q(pk__in=kept))
        widget = field.widget
        if isinstance(widget, AdminSnippetChooser) and not getattr(widget, "in_language", None):
            url = widget.get_chooser_modal_url()
            separator = "&" if "?" in url else "?"
            url = f"{url}{separator}{urlencode({'locale': locale.language_code})}"
            widget.get_chooser_modal_url = lambda url=url: url
            widget.in_language = locale.language_code


def _chosen_pks(value):
    if value is None or value == "":
        return []
    # One id or item, or the items of a many-to-many field (a list, or modelcluster's queryset).
    values = [value] if isinstance(value, (str, int)) or hasattr(value, "_meta") else value
    return [getattr(item, "pk", item) for item in values]


def _in_language(form_class, locale):
    def __init__(self, *args, **kwargs):
        form_class.__init__(self, *args, **kwargs)
        _same_language(self, locale)

    return type(form_class.__name__, (form_class,), {"__init__": __init__})


class BasePageForm(WagtailAdminPageForm):
    """Choosers and multi-selects offer the items of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            return
        locale = self.instance.locale
        _same_language(self, locale)
        for formset in self.formsets.values():
            # Child forms (contact persons, ambassadors) too, the empty one for "add" included:
            # the formset makes that one anew each time, from its form class.
            formset.form = _in_language(formset.form, locale)
            for form in formset.forms:
                _same_language(form, locale)
