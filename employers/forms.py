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
