"""What the monitor looks at: a period, a region and a kind, read from the URL."""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.core.models import Region
from employers.models import OrganisationKind

from ..models import Commitment, ProgressReport


class MonitorFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("Up to and including"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("All regions"),
        to_field_name="slug",
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *OrganisationKind.choices],
    )

    def __init__(self, data, regions=None):
        super().__init__(data)
        self.fields["region"].queryset = (
            Region.objects.all()
            if regions is None
            else Region.objects.filter(pk__in=[r.pk for r in regions])
        )
        if regions is not None and len(regions) == 1:
            self.fields["region"].empty_label = None

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end of the period must not lie before its start."))
        return cleaned


def aware_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class Selection:
    """The monitor's filters applied to the user's regions.

    `regions` is None for the whole country. The period (start to end, both included) applies
    to the funnel, the monthly chart, the people reached and the commitment and report exports;
    member counts, breakdowns and work lists show the situation today.
    """

    today: datetime.date
    start: datetime.date | None
    end: datetime.date
    regions: tuple | None
    kind: str = ""
    region: Region | None = None

    @property
    def kind_label(self):
        return OrganisationKind(self.kind).label if self.kind else ""

    @property
    def label(self):
        """What the selection covers, in words ("Twente", "Twente · Werkgever"); "" for all."""
        parts = []
        if self.region:
            parts.append(self.region.name)
        elif self.regions is not None:
            parts.append(", ".join(str(region) for region in self.regions))
        if self.kind:
            parts.append(str(self.kind_label))
        return " · ".join(parts)

    @property
    def whole_country(self):
        return self.regions is None and not self.kind

    def organisation_filters(self, prefix=""):
        """The region and kind filters as keyword arguments, through `prefix` if given."""
        filters = {}
        if self.regions is not None:
            filters[f"{prefix}organisation__region__in"] = self.regions
        if self.kind:
            filters[f"{prefix}organisation__kind"] = self.kind
        return filters

    def commitments(self):
        return Commitment.objects.filter(**self.organisation_filters())

    def members(self):
        return self.commitments().counting()

    def period(self, queryset, field):
        """Rows whose datetime `field` falls within the period."""
        if self.start:
            queryset = queryset.filter(**{f"{field}__gte": aware_start(self.start)})
        if self.end >= self.today:
            return queryset  # up to now: nothing is stamped in the future
        return queryset.filter(
            **{f"{field}__lt": aware_start(self.end + datetime.timedelta(days=1))}
        )

    def accounts(self):
        """People who made an account in the period: not staff, and in no staff group.

        With a region or kind chosen: the people acting for an organisation in the selection.
        """
        people = get_user_model().objects.filter(is_staff=False, is_superuser=False)
        filters = self.organisation_filters("membership__") or {"groups__isnull": True}
        return self.period(people.filter(**filters), "date_joined")

    def reports(self):
        """Progress reports of the selection's organisations, submitted in the period."""
        queryset = ProgressReport.objects.filter(**self.organisation_filters("commitment__"))
        return self.period(queryset, "submitted_at")


def read_selection(request, regions):
    """The form (bound to the URL, errors and all) and the selection it describes.

    Invalid values fall back to the defaults, while the form keeps what was typed.
    """
    return selection_from(request.GET, regions)


def selection_from(data, regions):
    """`read_selection` for filter values given as a dict or QueryDict (the task worker)."""
    form = MonitorFilterForm(data or None, regions=regions)
    today = timezone.localdate()
    values = {}
    if form.is_bound:
        form.is_valid()
        values = form.cleaned_data  # the fields that are valid; the others keep their defaults
    region = values.get("region")
    chosen = (region,) if region else (tuple(regions) if regions is not None else None)
    if regions is not None and len(regions) == 1:
        region = regions[0]
    selection = Selection(
        today=today,
        start=values.get("start"),
        end=min(values.get("end") or today, today),
        regions=chosen,
        kind=values.get("kind") or "",
        region=region,
    )
    return form, selection
