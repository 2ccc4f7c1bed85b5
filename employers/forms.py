"""Forms for the people and public profile of an organisation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ProfileChange


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address of your colleague"))


class ProfileChangeForm(forms.ModelForm):
    class Meta:
        model = ProfileChange
        fields = ["name", "website", "description", "logo"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "logo": {
                "invalid_image": _(
                    "This file is not a PNG, JPEG or WebP image. SVG files are not accepted."
                )
            }
        }
