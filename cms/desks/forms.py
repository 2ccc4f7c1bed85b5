"""The advice request form: on each desk's page, and nationally with a choice of region."""

from functools import lru_cache

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region
from cms.standardpages.forms import HONEYPOT_FIELD, HoneypotFormMixin

from . import municipalities
from .models import AdviceRequest, ContactPreference

PLACE_LIST_ID = "gemeenten"


class PlaceInput(forms.TextInput):
    """A text box whose suggestions while typing come from a `<datalist>` of every municipality
    and larger place: the browser offers them itself, so they work without JavaScript."""

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "list": PLACE_LIST_ID, **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        return format_html('{}<datalist id="{}">{}</datalist>', box, PLACE_LIST_ID, _options())


@lru_cache(maxsize=1)
def _options():
    """The datalist's 1,400-odd options, rendered once: the data ships with the code."""
    return format_html_join(
        "", '<option value="{}"></option>', ((p.name,) for p in municipalities.places())
    )


class PlaceField(forms.CharField):
    """A municipality or place name, cleaned to the `municipalities.Place` it names."""

    widget = PlaceInput
    offered = ()

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("label", _("Your municipality or place of residence"))
        kwargs.setdefault("help_text", _("For example Ede, Hoofddorp or Súdwest-Fryslân."))
        kwargs.setdefault(
            "error_messages",
            {"required": _("Fill in the name of your municipality or the place where you live.")},
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        matches, suggestions = municipalities.find(value)
        if len({place.region for place in matches}) == 1:
            return matches[0]
        # The names to offer as links beside the message: a shared name's places, or the
        # names that look like what was typed.
        self.offered = [place.name for place in (matches or suggestions)]
        if matches:
            raise forms.ValidationError(
                _(
                    "More than one municipality is called “%(name)s”: %(choices)s. Type the full name."
                ),
                code="ambiguous",
                params={"name": value, "choices": _join(matches)},
            )
        if suggestions:
            raise forms.ValidationError(
                _("We cannot find “%(name)s”. Did you mean %(choices)s?"),
                code="suggestions",
                params={"name": value, "choices": _join(suggestions)},
            )
        raise forms.ValidationError(
            _(
                "We cannot find a municipality or place called “%(name)s”. Check the spelling, "
                "or type the name of your municipality."
            ),
            code="unknown",
            params={"name": value},
        )


def _join(found):
    names = [place.name for place in found]
    if len(names) == 1:
        return names[0]
    return format_lazy("{} {} {}", ", ".join(names[:-1]), _("or"), names[-1])


class DeskFinderForm(forms.Form):
    """ "Which desk is mine?": a municipality or place in, its region (and so its desk) out."""

    gemeente = PlaceField()


class AdviceRequestForm(HoneypotFormMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("The desk may keep my details to contact me about my question."),
        required=True,
        error_messages={"required": _("Tick this box, so the desk may contact you.")},
    )

    class Meta:
        model = AdviceRequest
        fields = ["name", "email", "phone", "contact_preference", "question"]
        # The visitor's words; the model's labels are the staff's (the admin shows them).
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "contact_preference": _("How would you like to talk?"),
            "question": _("Your question"),
        }
        error_messages = {
            "name": {"required": _("Fill in your name.")},
            "email": {
                "required": _("Fill in your email address, so the desk can reach you."),
                "invalid": _("Fill in an email address like name@example.nl."),
            },
            "contact_preference": {"required": _("Choose how you would like to talk.")},
            "question": {"required": _("Tell us briefly what you would like to know.")},
        }
        help_texts = {
            "phone": _("Needed if you would like us to call you."),
            "question": _(
                "For example: which course suits me, or can I get a diploma for what I can already do?"
            ),
        }
        widgets = {
            "contact_preference": forms.RadioSelect,
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "question": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, choose_region=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_preference"].choices = ContactPreference.choices
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        if choose_region:
            # The desk is found from where the visitor lives: few people know their region.
            self.fields["place"] = PlaceField(
                help_text=_(
                    "We send your question to the Leerwerkloket of your region. "
                    "For example Ede, Hoofddorp or Súdwest-Fryslân."
                )
            )
            self.order_fields(["place"])

    def region(self):
        """The region the cleaned form's place lies in (None on a desk's own form)."""
        place = self.cleaned_data.get("place")
        if place is None:
            return None
        return Region.objects.filter(name=place.region).first()

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(
            "contact_preference"
        ) == ContactPreference.PHONE and not cleaned_data.get("phone"):
            self.add_error("phone", _("Fill in your phone number, so the desk can call you."))
        return cleaned_data
