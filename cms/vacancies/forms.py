"""The filter form on vacancy listings (its values live in the URL)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region

from .choices import EducationLevel, LearningRoute


class VacancyFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    level = forms.ChoiceField(
        label=_("Education level"),
        required=False,
        choices=[("", _("All levels")), *EducationLevel.choices],
    )
    route = forms.ChoiceField(
        label=_("Learning route"),
        required=False,
        choices=[("", _("All routes")), *LearningRoute.choices],
    )

    def __init__(self, *args, show_region=True, **kwargs):
        super().__init__(*args, **kwargs)
        if show_region:
            self.fields["region"].choices = [("", _("All regions"))] + list(
                Region.objects.values_list("slug", "name")
            )
        else:
            del self.fields["region"]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        if region := self.cleaned_data.get("region"):
            queryset = queryset.filter(region__slug=region)
        if level := self.cleaned_data.get("level"):
            queryset = queryset.filter(education_level=level)
        if route := self.cleaned_data.get("route"):
            queryset = queryset.filter(learning_route=route)
        return queryset
