"""Forms for the signing wizard, one per step, and the review form for the national team."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from employers.models import Organisation
from employers.validators import LogoField, kvk_validator

from .models import Commitment, Measure, ProgressReport


def say_what_to_do(form, messages):
    """Required-field errors that name the field and say what to do, not "This field is required"."""
    for name, message in messages.items():
        if name in form.fields:
            form.fields[name].error_messages["required"] = message


class OrganisationForm(forms.ModelForm):
    # Wider than the 8 digits stored, so "1234 5678" is accepted and cleaned.
    kvk_number = forms.CharField(
        label=_("KvK number"),
        max_length=12,
        help_text=_("8 digits; you find it on your extract from the Chamber of Commerce."),
    )
    kvk_number.glossary_term = "kvk-uittreksel"  # the help text links to the glossary's entry

    class Meta:
        model = Organisation
        fields = [
            "name",
            "kvk_number",
            "kind",
            "sector",
            "size_band",
            "region",
            "place",
            "website",
            "logo",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}
        field_classes = {"logo": LogoField}

    # Select boxes open with what to do, not with dashes.
    PROMPTS = {
        "kind": _("Choose the kind of organisation"),
        "sector": _("Choose a sector"),
        "size_band": _("Choose the number of employees"),
        "region": _("Choose your region"),
    }

    REQUIRED = {
        "name": _("Fill in the name of your organisation."),
        "kvk_number": _("Fill in your KvK number: 8 digits."),
        "kind": _("Choose the kind of organisation."),
        "sector": _("Choose the sector of your organisation."),
        "size_band": _("Choose the number of employees."),
        "region": _("Choose the region where your organisation is."),
        "place": _("Fill in the place where your organisation is."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        say_what_to_do(self, self.REQUIRED)
        for name, prompt in self.PROMPTS.items():
            field = self.fields[name]
            if isinstance(field, forms.ModelChoiceField):
                field.empty_label = prompt
            else:
                field.choices = [("", prompt), *(c for c in field.choices if c[0] != "")]

    def clean_kvk_number(self):
        kvk_number = "".join(self.cleaned_data["kvk_number"].split())
        kvk_validator(kvk_number)
        return kvk_number


class MenukaartField(forms.ModelMultipleChoiceField):
    """Checkboxes for the Menukaart measures (the Dutch originals; shown translated)."""

    def __init__(self, label, active_only=False):
        queryset = Measure.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        if active_only:
            queryset = queryset.filter(active=True)
        super().__init__(
            queryset=queryset, widget=forms.CheckboxSelectMultiple, required=False, label=label
        )

    def label_from_instance(self, obj):
        if not hasattr(self, "_names"):  # one query for all labels in the visitor's language
            self._names = dict(
                Measure.objects.filter(locale=Locale.get_active()).values_list(
                    "translation_key", "name"
                )
            )
        return self._names.get(obj.translation_key, obj.name)


class MeasuresForm(forms.ModelForm):
    measures = MenukaartField(_("Measures from the Menukaart"), active_only=True)

    class Meta:
        model = Commitment
        fields = ["measures", "other_measures"]
        widgets = {"other_measures": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "other_measures": _("Anything else you will do that is not on the Menukaart.")
        }

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("measures") and not cleaned_data.get("other_measures", "").strip():
            raise forms.ValidationError(
                _("Choose at least one measure, or describe what you will do.")
            )
        return cleaned_data


class NumbersForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["employees_total", "employees_in_scope", "employees_to_reach", "reach_by"]
        widgets = {"reach_by": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "employees_in_scope": _(
                "An estimate is fine: how many find reading, writing or speaking Dutch hard?"
            ),
            "reach_by": _("The date by which you want to have reached them."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].required = True
        say_what_to_do(
            self,
            {
                "employees_total": _("Fill in how many employees your organisation has."),
                "employees_in_scope": _(
                    "Fill in how many employees find Dutch hard (an estimate is fine)."
                ),
                "employees_to_reach": _("Fill in how many employees you want to reach."),
                "reach_by": _("Fill in the date by which you want to have reached them."),
            },
        )

    def clean(self):
        cleaned_data = super().clean()
        total = cleaned_data.get("employees_total")
        in_scope = cleaned_data.get("employees_in_scope")
        to_reach = cleaned_data.get("employees_to_reach")
        if total is not None and total < 1:
            self.add_error("employees_total", _("Enter at least 1."))
        if total is not None and in_scope is not None and in_scope > total:
            self.add_error(
                "employees_in_scope", _("This cannot be more than the employees in total.")
            )
        if in_scope is not None and to_reach is not None and to_reach > in_scope:
            self.add_error(
                "employees_to_reach",
                _("This cannot be more than the employees with a language need."),
            )
        reach_by = cleaned_data.get("reach_by")
        if reach_by and reach_by <= timezone.localdate():
            self.add_error("reach_by", _("Choose a date in the future."))
        return cleaned_data


class PlanForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["plan_text", "plan_file"]
        widgets = {"plan_text": forms.Textarea(attrs={"rows": 8})}
        help_texts = {
            "plan_text": _(
                "What will you do, when, and who is responsible? You may also upload a PDF."
            )
        }

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("plan_text", "").strip() and not cleaned_data.get("plan_file"):
            raise forms.ValidationError(_("Describe your plan of action, or upload it as a PDF."))
        return cleaned_data


class DeclarationForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = [
            "signatory_name",
            "signatory_role",
            "declaration_accepted",
            "consent_publish",
            "language",
        ]
        labels = {
            "declaration_accepted": _("We sign the declaration on behalf of our organisation"),
            "consent_publish": _("Our name, logo and description may be shown on this website"),
            "language": _("Language of our certificate and emails"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signatory_name"].required = True
        self.fields["signatory_role"].required = True
        self.fields["declaration_accepted"].required = True
        say_what_to_do(
            self,
            {
                "signatory_name": _("Fill in the name of the person who signs."),
                "signatory_role": _("Fill in the role of the person who signs."),
            },
        )
        self.fields["declaration_accepted"].error_messages["required"] = _(
            "You can only join when you sign the declaration."
        )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("The organisation reads this in the email, so write it for them."),
    )


class AccessRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=1000,
    )


class WithdrawForm(forms.Form):
    """Why the organisation leaves; optional. (A form, so NUL bytes are refused as everywhere.)"""

    reason = forms.CharField(required=False)

    def clean_reason(self):
        return self.cleaned_data["reason"][:1000]


class ProgressReportForm(forms.ModelForm):
    measures_done = MenukaartField(_("Measures carried out this year"))

    class Meta:
        model = ProgressReport
        fields = ["employees_reached", "measures_done", "story", "story_public"]
        widgets = {"story": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "story": _("What went well, and what did you learn? A few sentences are enough.")
        }


class CertificateCodeForm(forms.Form):
    """The verification code from a certificate, typed or from its QR code."""

    code = forms.CharField(
        label=_("Verification code"),
        help_text=_("For example 7K3Q-9XWD-M2PF-H8RC"),
        max_length=40,
        error_messages={"required": _("Type the verification code from the certificate.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def not_found(self):
        self.add_error(
            "code", _("We cannot find a certificate with this code. Check the code and try again.")
        )


class MemberInvitationForm(forms.Form):
    """A branch or umbrella organisation invites one of its member companies."""

    company_name = forms.CharField(
        label=_("Name of the company"),
        max_length=200,
        error_messages={"required": _("Fill in the name of the company you invite.")},
    )
    email = forms.EmailField(
        label=_("Email address of your contact at the company"),
        help_text=_("We send the invitation to this address, in your name."),
        error_messages={
            "required": _("Fill in the email address we send the invitation to."),
            "invalid": _("Fill in an email address like name@company.nl."),
        },
    )


class EventRegistrationForm(forms.Form):
    """Registering for an event: with an account the fields are filled in already."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={"required": _("Fill in your name.")},
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We send the confirmation to this address."),
        error_messages={
            "required": _("Fill in the email address we send the confirmation to."),
            "invalid": _("Fill in an email address like name@company.nl."),
        },
    )
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("The employer or organisation you come for."),
    )
