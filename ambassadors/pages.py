"""The public ambassadors page: an overview with a region filter, and a profile per ambassador."""

import functools

from django import forms
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from cms.core.models import BasePage, Region
from cms.core.utils import paginate

from .models import in_language, referral_counts

PER_PAGE = 24


class AmbassadorFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [
            ("", _("All regions")),
            *Region.objects.values_list("slug", "name"),
        ]


class AmbassadorIndexPage(RoutablePageMixin, BasePage):
    """Current ambassadors; the profile shows what they do and how many members they brought in."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "standardpages.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1
    # The other language shows the same selection (a region is a code, not a word).
    filters_kept_across_languages = ("region", "page")

    class Meta:
        verbose_name = _("ambassadors overview")

    def current_ambassadors(self):
        today = timezone.localdate()
        return [a for a in in_language(Locale.get_active()) if a.until is None or a.until >= today]

    def listing(self, form):
        """Koplopers first, then by name; of one region when the visitor filtered on it."""
        ambassadors = self.current_ambassadors()
        if form.is_valid() and form.cleaned_data["region"]:
            ambassadors = [
                a for a in ambassadors if a.region and a.region.slug == form.cleaned_data["region"]
            ]
        return sorted(ambassadors, key=lambda a: (not a.is_koploper, a.name))

    @path("")
    def index(self, request):
        form = AmbassadorFilterForm(request.GET or None)
        # Made only when the template renders the list: a kept list asks nothing.
        ambassadors = functools.cache(
            lambda: paginate(request, self.listing(form), per_page=PER_PAGE)
        )
        return self.render(
            request, context_overrides={"ambassadors": ambassadors, "filter_form": form}
        )

    @path("<slug:slug>/", name="profile")
    def profile(self, request, slug):
        ambassador = next((a for a in in_language(Locale.get_active()) if a.slug == slug), None)
        if ambassador is None:
            raise Http404
        from cms.goodpractices.models import GoodPracticePage
        from cms.news.models import NewsPage

        related = {"ambassador_links__ambassador__translation_key": ambassador.translation_key}
        return self.render(
            request,
            template="ambassadors/ambassador_profile.html",
            context_overrides={
                "ambassador": ambassador,
                "brought_in": referral_counts().get(ambassador.translation_key, 0),
                "practices": GoodPracticePage.objects.live().public().filter(**related).distinct(),
                "news": NewsPage.objects.live()
                .public()
                .filter(**related)
                .distinct()
                .order_by("-date"),
            },
        )
