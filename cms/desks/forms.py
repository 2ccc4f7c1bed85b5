"""The advice request form: on each desk's page, and nationally with a choice of region."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region
from cms.standardpages.forms import HONEYPOT_FIELD, HoneypotFormMixin

from .models import AdviceRequest, ContactPreference


class AdviceRequestForm(HoneypotFormMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("The desk may keep my details to contact me about my question."),
        required=True,
        error_messages={"required": _("Tick this box, so the desk may contact you.")},
    )

    class Meta:
        model = AdviceRequest
        fields = ["name", "email", "phone", "contact_preference", "question"]
        labels = {"name": _("Your name"), "email": _("Your email address")}
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
            self.fields["region"] = forms.ModelChoiceField(
                label=_("Your region"),
                queryset=Region.objects.order_by("name"),
                empty_label=_("Choose your region"),
                help_text=_("The labour-market region where you live or work."),
            )
            self.order_fields(["region"])

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(
            "contact_preference"
        ) == ContactPreference.PHONE and not cleaned_data.get("phone"):
            self.add_error("phone", _("Fill in your phone number, so the desk can call you."))
        return cleaned_data
