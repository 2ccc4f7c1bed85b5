"""Form building for FormPage: Wagtail's builder plus a spam trap that needs no third party."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

HONEYPOT_FIELD = "website_address"


class HoneypotFormMixin:
    """Rejects submissions that fill in a field people never see.

    The field is hidden with CSS (not with `type=hidden`), so simple bots fill it in and people
    using a screen reader or keyboard never reach it.
    """

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(
                _("Your message could not be sent. Please try again."), code="spam"
            )
        return cleaned_data

    def visible_form_fields(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]


class HoneypotFormBuilder(FormBuilder):
    def get_form_class(self):
        base_class = super().get_form_class()
        fields = dict(base_class.base_fields)
        fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        return type("WagtailFormWithTrap", (HoneypotFormMixin, base_class), fields)
