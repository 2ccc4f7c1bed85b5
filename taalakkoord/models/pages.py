"""The public member directory, with a profile page per member."""

import functools

from django import forms
from django.db import models
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.core import pagecache
from cms.core.models import BasePage, Region
from cms.core.regionmap import build_region_map
from cms.core.utils import made_when_used, paginate
from employers.models import OrganisationKind, Sector

from .commitments import Commitment


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or place"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    membership = forms.ChoiceField(
        label=_("Membership"),
        required=False,
        choices=[("", _("Current members")), ("former", _("No longer active"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *OrganisationKind.choices]
        self.fields["region"].choices = [
            ("", _("All regions")),
            *Region.objects.values_list("slug", "name"),
        ]
        self.fields["sector"].choices = [("", _("All sectors")), *Sector.choices]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["q"]:
            queryset = queryset.filter(
                Q(organisation__name__icontains=data["q"])
                | Q(organisation__place__icontains=data["q"])
            )
        if data["kind"]:
            queryset = queryset.filter(organisation__kind=data["kind"])
        if data["region"]:
            queryset = queryset.filter(organisation__region__slug=data["region"])
        if data["sector"]:
            queryset = queryset.filter(organisation__sector=data["sector"])
        return queryset

    def former(self):
        """True when the visitor asked for the members that are no longer active."""
        return self.is_valid() and self.cleaned_data["membership"] == "former"


class MemberDirectoryPage(RoutablePageMixin, BasePage):
    """Approved members that agreed to publication; editors place this page in the tree."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "standardpages.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1
    # The other language shows the same selection: these are codes, not words.
    filters_kept_across_languages = ("q", "kind", "region", "sector", "membership", "page")

    class Meta:
        verbose_name = _("Taalakkoord member directory")

    def members(self, former=False):
        """The current members, or (`former`) those that are no longer active."""
        queryset = Commitment.objects.lapsed() if former else Commitment.objects.public()
        return queryset.select_related("organisation", "organisation__region").order_by(
            "organisation__name"
        )

    @path("")
    def index(self, request):
        form = DirectoryFilterForm(request.GET or None)
        # The list and the map are made only when the template renders them (a kept list asks
        # nothing for them); the count beside the counter is asked every time.
        items = functools.cache(
            lambda: paginate(request, form.filter(self.members(former=form.former())), per_page=12)
        )
        filtered = any(request.GET.get(name) for name in form.fields)
        # Beside the counter: how many of the members are listed (the others chose not to be).
        listed = self.members().count() if filtered else items().paginator.count
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "former": form.former(),
                "items": items,
                "listed": listed,
                "region_map": lambda: self.region_map(request, form),
            },
        )

    def region_map(self, request, form):
        """The listed members per region, in one grouped query kept per data version; each tile
        filters the list."""
        counts = pagecache.kept(
            "directory-region-counts",
            lambda: dict(
                self.members()
                .order_by()
                .values_list("organisation__region__slug")
                .annotate(members=Count("pk"))
            ),
        )
        regions = list(Region.objects.all())
        url = self.get_url(request)
        return build_region_map(
            regions,
            hrefs={region.slug: f"{url}?region={region.slug}" for region in regions},
            counts={region.slug: counts.get(region.slug, 0) for region in regions},
            current=form.cleaned_data.get("region") if form.is_bound and form.is_valid() else None,
        )

    @path("<slug:slug>/", name="profile")
    def profile(self, request, slug):
        # Current and former members that agreed to publication; a former member's profile says
        # since when it is not active.
        from ..figures import goal_of, with_goals

        commitment = get_object_or_404(
            with_goals(Commitment.objects.listed()).select_related(
                "organisation", "organisation__region"
            ),
            organisation__slug=slug,
        )
        from cms.goodpractices.models import GoodPracticePage

        organisation = commitment.organisation
        # What the profile shows beyond the member itself is made only when the template renders
        # it: the profile is kept once rendered ({% kept %}) and then asks nothing more.
        return self.render(
            request,
            template="taalakkoord/member_profile.html",
            context_overrides={
                "commitment": commitment,
                "goal": goal_of(commitment),
                "today": timezone.localdate(),
                "stories": functools.cache(
                    lambda: list(
                        commitment.stories.filter(approved=True)
                        .select_related("report")
                        .order_by("-decided_at", "-pk")[:3]
                    )
                ),
                "organisation": organisation,
                **made_when_used(
                    lambda: umbrella_links(organisation), ("via", "brought_in_count", "brought_in")
                ),
                "measures": commitment.measures.all(),
                "practices": GoodPracticePage.objects.live()
                .public()
                .filter(member_links__organisation=commitment.organisation)
                .distinct()
                .select_related("region"),
            },
        )


def umbrella_links(organisation):
    """For a profile: the branch or umbrella organisation it joined through (when its profile is
    in the open), and for such an organisation the members that joined through it."""
    links = {}
    if organisation.via_id:
        links["via"] = (
            Commitment.objects.listed()
            .filter(organisation=organisation.via_id)
            .select_related("organisation")
            .first()
        )
    if organisation.brings_in_members:
        brought_in = Commitment.objects.counting().filter(organisation__via=organisation)
        links["brought_in_count"] = brought_in.count()
        links["brought_in"] = (
            brought_in.filter(consent_publish=True)
            .select_related("organisation")
            .order_by("organisation__name")
            if links["brought_in_count"]
            else []
        )
    return links
