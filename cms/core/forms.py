"""The edit form every page type shares (`BasePage.base_form_class`)."""

from urllib.parse import urlencode

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.models import TranslatableMixin


def _same_language(fields, locale):
    """Limit each choice of translatable items (themes, ambassadors, contact persons, …) to the
    items in `locale`: a Dutch page offers the Dutch ones only, and accepts no others. A chooser
    opens its window with that language selected."""
    for field in fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        field.queryset = queryset.filter(locale_id=locale.pk)
        widget = field.widget
        if isinstance(widget, BaseChooser):
            url = f"{widget.get_chooser_modal_url()}?{urlencode({'locale': locale.language_code})}"
            widget.get_chooser_modal_url = lambda url=url: url


def _in_language(form_class, locale):
    def __init__(self, *args, **kwargs):
        form_class.__init__(self, *args, **kwargs)
        _same_language(self.fields, locale)

    return type(form_class.__name__, (form_class,), {"__init__": __init__})


class BasePageForm(WagtailAdminPageForm):
    """Choosers and multi-selects offer the items of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            return
        locale = self.instance.locale
        _same_language(self.fields, locale)
        for formset in self.formsets.values():
            # Child forms (contact persons, ambassadors) too, the empty one for "add" included:
            # the formset makes that one anew each time, from its form class.
            formset.form = _in_language(formset.form, locale)
            for form in formset.forms:
                _same_language(form.fields, locale)
