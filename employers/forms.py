"""Forms for the people and public profile of an organisation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ProfileChange
from .validators import LogoField


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address of your colleague"))


class ProfileChangeForm(forms.ModelForm):
    class Meta:
        model = ProfileChange
        fields = ["name", "website", "description", "logo"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        field_classes = {"logo": LogoField}


class ProfileChangeRejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        help_text=_("The member reads this in the email, so write it for them."),
        error_messages={"required": _("Give a reason, so the member knows what to change.")},
    )
