"""A translation made with wagtail-localize goes through the same review as its Dutch page."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.core.factories import UserFactory, region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.goodpractices.factories import GoodPracticePageFactory

SUBMIT = {"action-submit-translation": "1"}


@pytest.fixture
def translated(practice_index, home_en, english):
    """An English translation of a published good practice, its title translated, not yet
    published: what an editor has after "Deze pagina vertalen"."""
    practice = GoodPracticePageFactory(parent=practice_index, title="Taalmaatjes in de zorg")
    practice.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(practice)
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(publish=False)
    title = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=english,
        context=title.context,
        data="Language buddies in care",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    return practice.get_translation(english)


def edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def action(page, name):
    state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, state.pk])


def test_an_editor_submits_a_translation_and_the_team_publishes_it(
    client, translated, editor, moderator
):
    client.force_login(editor)
    html = client.get(edit(translated)).content.decode()
    assert "Indienen: Beoordeling door het landelijk team" in html
    response = client.post(edit(translated), SUBMIT, follow=True)
    assert "is ingediend voor beoordeling" in response.content.decode()
    translated.refresh_from_db()
    assert translated.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not translated.live or translated.title != "Language buddies in care"

    # The national team asks for a change, with a comment the editor then reads.
    client.force_login(moderator)
    assert "Goedkeuren en publiceren" in client.get(edit(translated)).content.decode()
    client.post(action(translated, "reject"), {"comment": "Vertaal ook de inleiding."})
    translated.refresh_from_db()
    assert translated.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.force_login(editor)
    html = client.get(edit(translated)).content.decode()
    assert "Vertaal ook de inleiding." in html
    assert "Opnieuw indienen: Beoordeling door het landelijk team" in html
    client.post(edit(translated), SUBMIT)
    translated.refresh_from_db()
    assert translated.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    # The reviewer corrects the title in the translation editor (saved at once, no new version),
    # then approves: the corrected text goes live.
    StringTranslation.objects.filter(data="Language buddies in care").update(
        data="Language buddies in healthcare"
    )
    client.force_login(moderator)
    client.post(action(translated, "approve"))
    translated.refresh_from_db()
    assert translated.live and translated.title == "Language buddies in healthcare"
    assert translated.current_workflow_state is None
    assert client.get(translated.url).status_code == 200


def test_a_desks_editor_cannot_submit_a_national_translation(client, translated, home):
    desk = LeerwerkloketPageFactory(
        parent=RegionsIndexPageFactory(parent=home), region=region("rijnmond")
    )
    desk.refresh_from_db()
    outsider = UserFactory(username="rijnmond", groups=[desk.editors_group.name])
    client.force_login(outsider)
    response = client.post(edit(translated), SUBMIT)
    assert response.status_code in (302, 403)
    translated.refresh_from_db()
    assert translated.current_workflow_state is None


def test_those_who_publish_get_no_submit_button(client, translated, moderator):
    client.force_login(moderator)
    html = client.get(edit(translated)).content.decode()
    assert "Indienen: Beoordeling" not in html


def test_the_translation_editor_speaks_dutch(client, translated, editor):
    client.force_login(editor)
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert "Publiceren in het " in catalogue
    assert "Vertaling loskoppelen van het origineel" in catalogue
    html = client.get(edit(translated)).content.decode()
    assert "Vertaling van het {source} naar het {target}" in html  # for the editor's heading
    comment = StringTranslation.objects.get(data="Language buddies in care").get_comment()
    assert comment.startswith("Handmatig vertaald op ") and "December" not in comment
