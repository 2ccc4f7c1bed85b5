"""The editors' guide uses exactly the labels on the screen: every label it prints in bold in
"Schrijven en publiceren" and "Vertalen" (docs/editors.md, in Dutch), and in "Writing and
publishing" and "Translating" (docs/editors.en.md, in English, quoting the same Dutch labels),
appears on the screens an editor and the national team see on their way (the demo site, Dutch
admin)."""

import pathlib
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from cms.goodpractices.models import GoodPracticePage
from tests.security.conftest import demo_world  # noqa: F401 -- the demo site, once per module

pytestmark = pytest.mark.django_db

DOCS = pathlib.Path(__file__).resolve().parents[2] / "docs"
# Each guide with the headings of the sections that walk through the screens.
GUIDES = {
    DOCS / "editors.md": ("## Schrijven en publiceren", "## Vertalen"),
    DOCS / "editors.en.md": ("## Writing and publishing", "## Translating"),
}


def guide_labels(guide):
    text = guide.read_text(encoding="utf-8")
    labels = set()
    for heading in GUIDES[guide]:
        assert f"\n{heading}\n" in text, f"{guide.name} has no section {heading!r}"
        section = text.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
        # A label may wrap onto the next line: read it as the screen shows it.
        labels |= {" ".join(label.split()) for label in re.findall(r"\*\*([^*]+)\*\*", section)}
    # "Leerwerkloket …": the desk's name goes where the guide has the dots.
    return {label for label in labels if "…" not in label}


def screens(client, demo_world):  # noqa: F811
    User = get_user_model()
    editor, team = User.objects.get(username="redacteur"), User.objects.get(username="moderator")
    practice = GoodPracticePage.objects.filter(locale__language_code="nl").first()
    english = practice.get_translation(Locale.objects.get(language_code="en"))
    # A new Dutch page: its English version is an alias until someone translates it.
    new = GoodPracticePage(
        title="Nieuw praktijkvoorbeeld", slug="nieuw", region=practice.region, intro="Nieuw."
    )
    practice.get_parent().add_child(instance=new)
    new.save_revision().publish()
    untranslated = new.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    edit = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    seen = []
    client.force_login(editor)
    seen.append(client.get(reverse("wagtailadmin_home")).content.decode())
    seen.append(client.get(edit).content.decode())
    seen.append(client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode())
    seen.append(
        client.get(reverse("wagtailadmin_pages:edit", args=[untranslated.pk])).content.decode()
    )
    seen.append(client.get(reverse("wagtail_localize:javascript_catalog")).content.decode())
    add = reverse(
        "wagtailadmin_pages:add",
        args=("goodpractices", "goodpracticepage", practice.get_parent().pk),
    )
    seen.append(client.get(add).content.decode())
    # In review: the national team's screens, then the editor's after a change request.
    practice.save_revision(user=editor)
    state = practice.get_workflow().start(practice, editor)
    client.force_login(team)
    seen.append(client.get(reverse("wagtailadmin_home")).content.decode())
    seen.append(client.get(edit).content.decode())
    state.current_task_state.task.specific.on_action(state.current_task_state, team, "reject")
    client.force_login(editor)
    seen.append(client.get(edit).content.decode())
    preview = reverse("wagtailadmin_pages:view_draft", args=[practice.pk])
    client.force_login(team)
    seen.append(client.get(preview).content.decode())
    return "\n".join(seen)


def test_the_guides_name_what_the_screens_show(client, demo_world):  # noqa: F811
    shown = screens(client, demo_world).replace("&#x27;", "'").replace("&quot;", '"')
    # Messages and states the guides quote appear after an action, not on these screens.
    after_an_action = {"is gepubliceerd", "Nog niet gepubliceerd", "Verzenden"}
    for guide in GUIDES:
        labels = guide_labels(guide)
        missing = sorted(label for label in labels if label not in shown)
        assert len(labels) > 20, (guide.name, sorted(labels))
        assert set(missing) <= after_an_action, (guide.name, missing)
