"""Translations go through the same review as the pages they translate.

wagtail-localize's translation editor offers those who may publish a "publish" button, and
editors none at all: only converting the page to an alias (which throws the translation away)
or stopping the synchronisation. Here an editor submits the translation instead: it is saved as
a draft of the translated page and starts the page's workflow (or goes back into it after a
change request). The national team, or the desk's moderators, approve and publish it, or ask for
changes, from the same editor or their dashboard.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState

SUBMIT = "action-submit-translation"


def synced_translation(page):
    """The wagtail-localize translation that fills `page`, or None (not a synced translation)."""
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def submit(request, page):
    """Save the translation as a draft and put it in review; a redirect to the editor."""
    translation = synced_translation(page)
    workflow = page.get_workflow()
    if translation is None or workflow is None:
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        raise PermissionDenied
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(reason)s")
            % {"reason": " ".join(error.messages)},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    page = type(page).objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif state is None:
        workflow.start(page, request.user)
    messages.success(
        request,
        _("The translation '%(title)s' has been submitted for review.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def review_context(request, page):
    """What the review panel above the translation editor shows to `request.user`."""
    perms = page.permissions_for_user(request.user)
    workflow = page.get_workflow()
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    translation = synced_translation(page)
    context = {
        "page": page,
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk])
        if translation
        else None,
        "can_publish": perms.can_publish(),
        "can_submit": workflow is not None and perms.can_submit_for_moderation(),
        "workflow": workflow,
        "state": state,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "task_state": task_state,
        "actions": [],
        "change_request": None,
        "submit_name": SUBMIT,
    }
    if context["needs_changes"]:
        context["change_request"] = _latest_rejection(state)
    if task_state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        for name, label, needs_comment in task_state.task.specific.get_actions(page, request.user):
            if name == "approve" and state.is_at_final_task:
                label = _("%(label)s and Publish") % {"label": label}
            context["actions"].append(
                {"name": name, "label": label, "needs_comment": needs_comment}
            )
    return context


def _latest_rejection(state):
    return (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
