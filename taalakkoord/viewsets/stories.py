"""Admin screen: members' stories, published after the national team approves them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from cms.core.viewsets import ReviewViewSetMixin
from employers.forms import ProfileChangeRejectForm
from employers.viewsets import ProfileChangeFilterSet

from .. import stories
from ..models import Story


class StoryFilterSet(ProfileChangeFilterSet):
    """Waiting or decided, as for profile changes; and whether it is on the home page."""

    class Meta:
        model = Story
        fields = ["featured"]


class StoryViewSet(ReviewViewSetMixin, ModelViewSet):
    """Stories from progress reports: the waiting ones first, decided ones on request."""

    model = Story
    icon = "openquote"
    menu_label = gettext_lazy("Stories")
    url_prefix = "taalakkoord/stories"
    add_to_admin_menu = False
    filterset_class = StoryFilterSet
    search_fields = ["commitment__organisation__name", "text"]
    search_backend_name = None
    list_display = [
        "commitment",
        "created_at",
        "decision_display",
        BooleanColumn("featured", label=capfirst(Story._meta.get_field("featured").verbose_name)),
    ]
    ordering = ["-created_at"]
    waiting_filter = {"pending": "true", "ordering": "created_at"}
    form_fields = ["featured"]

    def get_queryset(self, request):
        return Story.objects.select_related("commitment__organisation", "practice")

    def review_view(self, request, pk):
        if not request.user.has_perm("taalakkoord.change_story"):
            raise PermissionDenied
        story = get_object_or_404(self.get_queryset(request), pk=pk)
        decision = request.POST.get("decision") if request.method == "POST" else None
        reject_form = ProfileChangeRejectForm(request.POST if decision == "reject" else None)
        back_url = self.list_url(request)
        name = story.commitment.organisation.name
        if decision in ("approve", "reject") and story.decided_at is None:
            if decision == "approve" or reject_form.is_valid():
                reason = "" if decision == "approve" else reject_form.cleaned_data["reason"]
                stories.decide(
                    story, approved=decision == "approve", reason=reason, user=request.user
                )
                text = (
                    _("The story of %(name)s is published and the member informed.")
                    if decision == "approve"
                    else _("The story of %(name)s is not published; the member has been informed.")
                )
                messages.success(request, text % {"name": name})
                return redirect(back_url)
        elif decision == "feature" and story.approved:
            story.featured = not story.featured
            story.save(update_fields=["featured"])
            text = (
                _("The home page now shows the story of %(name)s.")
                if story.featured
                else _("The home page no longer shows the story of %(name)s.")
            )
            messages.success(request, text % {"name": name})
            return redirect(request.get_full_path())
        elif decision == "unpublish" and story.approved:
            # Taken off the profile and the home page; the good practice made from it stays.
            story.approved, story.featured = False, False
            story.save(update_fields=["approved", "featured"])
            messages.success(
                request, _("The story of %(name)s is no longer published.") % {"name": name}
            )
            return redirect(request.get_full_path())
        elif decision == "practice" and story.approved:
            index = stories.practice_index()
            if index is None:
                messages.error(request, _("There is no overview of good practices to put it in."))
                return redirect(request.get_full_path())
            if not index.permissions_for_user(request.user).can_add_subpage():
                raise PermissionDenied
            page = stories.make_good_practice(story, request.user, index)
            messages.success(
                request,
                _("A draft good practice has been made from the story of %(name)s.")
                % {"name": name},
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        return TemplateResponse(
            request,
            "taalakkoord/admin/story_review.html",
            {
                "story": story,
                "organisation": story.commitment.organisation,
                "reject_form": reject_form,
                **self.header(request, _("Story of %(name)s") % {"name": name}),
                "back_url": back_url,
            },
        )


story_viewset = StoryViewSet("taalakkoord_stories")
