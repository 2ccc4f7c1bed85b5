"""Small corrections to Wagtail's admin, applied once at start-up (`connect`).

The choosers' language filter gets a label ("Taal"); it had none. wagtail-localize writes the
date of a translation with `strftime`, so in English ("1 December 2026") in the Dutch admin too.
When a page cannot be saved, Wagtail's message says only that there are errors, while the field
at fault may be on a tab out of sight: the message names each field and its tab.

Wagtail's choosers look up `chosen/<pk>/` (and `chosen-multiple/?id=…`) without checking that
the id has the model's type, so `/admin/images/chooser/chosen/x:y/` raised a server error. A
malformed id is a missing one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404


def connect():
    _label_the_language_filter()
    _name_the_fields_at_fault()
    _dates_in_the_admins_language()
    from wagtail.admin.views.generic.chooser import ChosenMultipleViewMixin, ChosenViewMixin

    original = ChosenViewMixin.get_object
    if getattr(original, "checks_id", False):
        return

    def get_object(self, pk):
        try:
            return original(self, pk)
        except (ValueError, TypeError, ValidationError) as error:
            raise self.model_class.DoesNotExist(f"No object with id {pk!r}") from error

    original_get_many = ChosenMultipleViewMixin.get

    def get_many(self, request, *args, **kwargs):
        # Subclasses (the image chooser's) filter ids their own way: caught here, around them.
        try:
            return original_get_many(self, request, *args, **kwargs)
        except (ValueError, TypeError, ValidationError) as error:
            raise Http404("Malformed id") from error

    get_object.checks_id = True
    ChosenViewMixin.get_object = get_object
    ChosenMultipleViewMixin.get = get_many


def _label_the_language_filter():
    """The language filter of Wagtail's choosers has no label of its own, so it showed the
    field's name, "Locale", in every language."""
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    original = LocaleFilterMixin.__init__
    if getattr(original, "labels_language", False):
        return

    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = _("Language")

    __init__.labels_language = True
    LocaleFilterMixin.__init__ = __init__


def _dates_in_the_admins_language():
    from django.utils.formats import date_format
    from django.utils.timezone import localtime
    from django.utils.translation import gettext as _
    from wagtail_localize.models import StringTranslation

    if getattr(StringTranslation.get_comment, "localised_dates", False):
        return

    def get_comment(self):
        date = date_format(localtime(self.updated_at), "j F Y")
        if self.tool_name:
            return _("Translated with {tool_name} on {date}").format(
                tool_name=self.tool_name, date=date
            )
        if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
            return _("Translated manually on {date}").format(date=date)
        if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
            return _("Machine translated on {date}").format(date=date)
        return None

    get_comment.localised_dates = True
    StringTranslation.get_comment = get_comment


def fields_at_fault(form):
    """ "Inleiding (tabblad Inhoud)" for each field or list of items of a page form with errors."""
    from django.utils.translation import gettext as _
    from wagtail.admin.panels import InlinePanel
    from wagtail.models import Page

    tabs, lists = {}, {}
    if isinstance(form.instance, Page):

        def walk(panel):
            if isinstance(panel, InlinePanel):
                lists[panel.relation_name] = panel.heading
            for child in getattr(panel, "children", []):
                walk(child)

        for tab in type(form.instance).get_edit_handler().children:
            options = tab.get_form_options()
            for name in [*options.get("fields", []), *options.get("formsets", {})]:
                tabs[name] = tab.heading
            walk(tab)
    failed = [name for name in form.errors if name != "__all__"]
    failed += [
        name
        for name, formset in getattr(form, "formsets", {}).items()
        if any(formset.errors) or formset.non_form_errors()
    ]
    named = []
    for name in failed:
        label = str(form.fields[name].label if name in form.fields else lists.get(name, name))
        label = label[:1].upper() + label[1:]
        if name in tabs:
            label = _("%(field)s (tab %(tab)s)") % {"field": label, "tab": tabs[name]}
        named.append(label)
    return named


def _name_the_fields_at_fault():
    from django.utils.html import format_html
    from django.utils.translation import gettext as _
    from wagtail.admin import messages as admin_messages

    original = admin_messages.validation_error
    if getattr(original, "names_fields", False):
        return

    def validation_error(request, message, form, buttons=None):
        try:
            named = fields_at_fault(form)
        except Exception:  # a form of a kind we do not know: Wagtail's message as it is
            named = []
        if named:
            message = format_html(
                "{} {}", message, _("Check: %(fields)s.") % {"fields": ", ".join(named)}
            )
        return original(request, message, form, buttons)

    validation_error.names_fields = True
    admin_messages.validation_error = validation_error
