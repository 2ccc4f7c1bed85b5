"""The filter form on the good-practice overview (its values live in the URL)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.core.models import Region, Theme


class GoodPracticeFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("All regions"))] + list(
            Region.objects.values_list("slug", "name")
        )
        themes = Theme.objects.filter(locale=Locale.get_active()).values_list("slug", "name")
        self.fields["theme"].choices = [("", _("All themes"))] + list(themes)

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        if region := self.cleaned_data.get("region"):
            queryset = queryset.filter(region__slug=region)
        if theme := self.cleaned_data.get("theme"):
            queryset = queryset.filter(themes__slug=theme)
        return queryset
