"""The national team's workbench: one page per organisation (details, contact people, the whole
timeline, notes, who handles it) with contact from the admin, and reminders for every member
whose progress report is overdue."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.core.adapters import user_display
from cms.core.models import Region
from cms.core.viewsets import ReviewViewSetMixin
from employers.models import EmailKind, Membership, Organisation, OrganisationKind, OrganisationNote
from employers.services import member_language, send_message

from ..models import Activity, Commitment, CommitmentStatus
from ..models.reports import ReminderKind
from ..reporting import report_url, send_reminder
from ..timeline import timeline

TEAM_PERMISSION = "taalakkoord.review_commitment"


class OrganisationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        field_name="commitment__status",
        choices=CommitmentStatus.choices,
        label=gettext_lazy("Status"),
    )
    kind = django_filters.ChoiceFilter(choices=OrganisationKind.choices, label=gettext_lazy("Kind"))
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.all(), label=gettext_lazy("Region")
    )

    class Meta:
        model = Organisation
        fields = []


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("New note"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Only the national team sees notes; they are in no export."),
        error_messages={"required": gettext_lazy("Write the note first.")},
    )


class AssignForm(forms.Form):
    assigned_to = forms.ModelChoiceField(
        label=gettext_lazy("Handled by"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=gettext_lazy("Nobody yet"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The team: everyone who may review applications (one query, not a check per user).
        self.fields["assigned_to"].queryset = (
            get_user_model()
            .objects.with_perm(TEAM_PERMISSION, backend="django.contrib.auth.backends.ModelBackend")
            .order_by("first_name", "email")
        )
        self.fields["assigned_to"].label_from_instance = user_display


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=gettext_lazy(
            "Sent to the organisation's administrators in their language, with the site's "
            "signature below it."
        ),
    )


def draft(commitment, organisation, kind, language):
    """A message's subject and text from the site's email templates, in `language`."""
    with translation.override(language):
        if kind == "reminder" and commitment is not None:
            context = {
                "commitment": commitment,
                "organisation": organisation,
                "kind": ReminderKind.OVERDUE,
                "report_url": report_url(language),
                "inactive_after": settings.TAALAKKOORD_INACTIVE_AFTER_DAYS,
            }
            subject = render_to_string("taalakkoord/email/reminder_subject.txt", context)
            body = render_to_string("taalakkoord/email/reminder_body.txt", context)
        else:
            subject = _("About the Taalakkoord membership of %(name)s") % {
                "name": organisation.name
            }
            body = render_to_string(
                "taalakkoord/email/message_body.txt", {"organisation": organisation}
            )
    return {"subject": " ".join(subject.split()), "body": body.strip()}


class TeamViewPolicy(ModelPermissionPolicy):
    """The national team (who may review applications) may list and open organisations;
    changing or deleting one still needs the model's own permissions."""

    def user_has_permission(self, user, action):
        if action == "view":
            return user.is_active and user.has_perm(TEAM_PERMISSION)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# Wagtail asks the registry, not the viewset, which policy a model has.
register_permission_policy(Organisation, TeamViewPolicy(Organisation), exact_class=True)


class OrganisationViewSet(ReviewViewSetMixin, ModelViewSet):
    """Every organisation in one place: search by name, KvK number or place, open its page."""

    model = Organisation
    icon = "group"
    menu_label = gettext_lazy("Organisations")
    url_prefix = "taalakkoord/organisations"
    add_to_admin_menu = False
    filterset_class = OrganisationFilterSet
    search_fields = ["name", "kvk_number", "place"]
    search_backend_name = None
    list_display = ["name", "kvk_number", "place", "region", "membership_display"]
    ordering = ["name"]
    review_label = gettext_lazy("Open")
    form_fields = ["name", "website", "description"]

    def get_queryset(self, request):
        return Organisation.objects.select_related("region", "commitment")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("overdue-reminders/", self.overdue_view, name="overdue_reminders"),
        ]

    def review_view(self, request, pk):
        """The organisation's page: details, people, timeline; notes, hand-over, messages."""
        if not request.user.has_perm(TEAM_PERMISSION):
            raise PermissionDenied
        organisation = get_object_or_404(self.get_queryset(request), pk=pk)
        commitment = getattr(organisation, "commitment", None)
        language = member_language(organisation)
        action = request.POST.get("action") if request.method == "POST" else None
        note_form = NoteForm(request.POST if action == "note" else None)
        assign_form = AssignForm(
            request.POST if action == "assign" else None,
            initial={"assigned_to": commitment.assigned_to_id if commitment else None},
        )
        template = request.GET.get("message", "reminder" if _overdue(commitment) else "blank")
        message_form = MessageForm(
            request.POST if action == "message" else None,
            initial=draft(commitment, organisation, template, language),
        )
        here = request.get_full_path()
        if action == "note" and note_form.is_valid():
            OrganisationNote.objects.create(
                organisation=organisation, author=request.user, text=note_form.cleaned_data["text"]
            )
            messages.success(request, _("The note has been saved."))
            return redirect(here)
        if action == "assign" and commitment is not None and assign_form.is_valid():
            commitment.assigned_to = assign_form.cleaned_data["assigned_to"]
            commitment.save(update_fields=["assigned_to", "updated_at"])
            messages.success(request, _("Saved who handles this application."))
            return redirect(here)
        if action == "message" and message_form.is_valid():
            kind = (
                EmailKind.REMINDER if request.POST.get("kind") == "reminder" else EmailKind.MESSAGE
            )
            sent = send_message(
                organisation,
                message_form.cleaned_data["subject"],
                message_form.cleaned_data["body"],
                language,
                request.user,
                kind=kind,
            )
            if sent:
                messages.success(
                    request, _("The message has been sent to %(to)s.") % {"to": sent.recipients}
                )
                return redirect(here)
            messages.error(request, _("This organisation has no administrator to send it to."))
        people = Membership.objects.filter(organisation=organisation).select_related("user")
        return TemplateResponse(
            request,
            "taalakkoord/admin/organisation.html",
            {
                "organisation": organisation,
                "commitment": commitment,
                "people": people,
                "language": language,
                "entries": timeline(organisation),
                "note_form": note_form,
                "assign_form": assign_form,
                "message_form": message_form,
                "message_template": template,
                "back_url": self.list_url(request),
                **self.header(request, organisation.name),
            },
        )

    def overdue_view(self, request):
        """Remind every member whose progress report is overdue, after a preview of who gets
        what; each reminder is recorded on the member's timeline."""
        if not request.user.has_perm(TEAM_PERMISSION):
            raise PermissionDenied
        overdue = (
            Commitment.objects.filter(status=CommitmentStatus.APPROVED, activity=Activity.OVERDUE)
            .select_related("organisation")
            .prefetch_related(
                Prefetch(
                    "organisation__memberships",
                    queryset=Membership.objects.filter(role="admin").select_related("user"),
                    to_attr="admin_memberships",
                )
            )
            .order_by("next_report_due")
        )
        if request.method == "POST":
            sent = sum(
                bool(send_reminder(commitment, ReminderKind.OVERDUE, sent_by=request.user))
                for commitment in overdue
            )
            messages.success(request, _("%(count)s reminders have been sent.") % {"count": sent})
            return redirect(reverse(self.get_url_name("overdue_reminders")))
        rows = [
            {
                "commitment": commitment,
                "recipients": [m.user.email for m in commitment.organisation.admin_memberships],
                "language": commitment.language,
            }
            for commitment in overdue
        ]
        previews = {}
        for row in rows:
            language = row["language"]
            if language not in previews:
                previews[language] = draft(
                    row["commitment"], row["commitment"].organisation, "reminder", language
                )
        return TemplateResponse(
            request,
            "taalakkoord/admin/overdue_reminders.html",
            {
                "rows": rows,
                "previews": sorted(previews.items()),
                **self.header(request, _("Remind members whose report is overdue")),
            },
        )


def _overdue(commitment):
    return commitment is not None and commitment.activity == Activity.OVERDUE


organisation_viewset = OrganisationViewSet("taalakkoord_organisations")
