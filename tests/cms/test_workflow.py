"""Moderation: editors submit, the national team (Moderators) approves and publishes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow

from cms.news.factories import NewsPageFactory


@pytest.fixture
def news_item(news_index):
    page = NewsPageFactory(parent=news_index, title="Eerste versie")
    page.save_revision().publish()
    return page


def test_groups_and_workflow_exist_after_migrating(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Moderators"}
    workflow = Workflow.objects.get(workflow_pages__page=Page.get_first_root_node())
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_editor_may_edit_but_not_publish(news_item, editor, moderator):
    assert news_item.permissions_for_user(editor).can_edit()
    assert not news_item.permissions_for_user(editor).can_publish()
    assert news_item.permissions_for_user(moderator).can_publish()


def test_editor_sees_submit_but_no_publish_button(client, news_item, editor, moderator):
    edit_url = reverse("wagtailadmin_pages:edit", args=[news_item.pk])
    client.force_login(editor)
    html = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    client.force_login(moderator)
    assert 'name="action-publish"' in client.get(edit_url).content.decode()


def test_editor_cannot_unpublish(client, news_item, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[news_item.pk]), {})
    assert response.status_code in (302, 403)
    news_item.refresh_from_db()
    assert news_item.live  # nothing changed


def test_submit_approve_publish(news_item, editor, moderator):
    news_item.title = "Verbeterde versie"
    revision = news_item.save_revision(user=editor)
    workflow = news_item.get_workflow()
    state = workflow.start(news_item, editor)
    news_item.refresh_from_db()
    assert news_item.workflow_in_progress
    assert news_item.live_revision_id != revision.pk  # not public yet

    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(news_item, moderator)
    assert [action[0] for action in task_state.task.specific.get_actions(news_item, editor)] == []
    task_state.task.specific.on_action(task_state, moderator, "approve")

    news_item.refresh_from_db()
    assert not news_item.workflow_in_progress
    assert news_item.title == "Verbeterde versie"
    assert news_item.live_revision_id == revision.pk


def test_rejected_submission_stays_unpublished(news_item, editor, moderator):
    news_item.title = "Nog niet goed"
    news_item.save_revision(user=editor)
    state = news_item.get_workflow().start(news_item, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")
    news_item.refresh_from_db()
    assert news_item.title == "Eerste versie"


def test_editor_cannot_approve_their_own_submission(client, news_item, editor, moderator):
    news_item.title = "Zelf goedgekeurd?"
    revision = news_item.save_revision(user=editor)
    state = news_item.get_workflow().start(news_item, editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[news_item.pk, "approve", state.current_task_state.pk],
    )
    client.force_login(editor)
    response = client.post(url, {})
    # Wagtail refuses with a redirect to the dashboard and a "permission denied" message.
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    news_item.refresh_from_db()
    assert news_item.live_revision_id != revision.pk

    client.force_login(moderator)
    client.post(url, {})
    news_item.refresh_from_db()
    assert news_item.live_revision_id == revision.pk
