"""The editor's path in the Dutch admin: choosers in the page's language, one name for the review
step, a dashboard that starts the work, alternative text written once."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.contrib.messages.storage.session import SessionStorage
from django.core.management import call_command
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Collection, Page, Workflow

from ambassadors.factories import AmbassadorFactory
from cms.core.blocks import ImageBlock
from cms.core.factories import (
    ContactPersonFactory,
    ImageFactory,
    ThemeFactory,
    UserFactory,
    region,
)
from cms.core.panels import own_section, shortcuts
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.goodpractices.factories import GoodPracticePageFactory
from cms.goodpractices.models import GoodPracticePage
from cms.news.factories import NewsIndexPageFactory, NewsPageFactory
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import TaalakkoordSettings


@pytest.fixture
def two_languages(dutch, english):
    """A theme, a contact person and an ambassador in Dutch, each with an English twin."""
    items = {}
    for factory, name in (
        (ThemeFactory, "Taal op de werkvloer"),
        (ContactPersonFactory, "Anouk Jansen"),
        (AmbassadorFactory, "Henk Dijkstra"),
    ):
        source = factory(name=name, locale=dutch)
        twin = source.copy_for_translation(english)
        twin.name = f"{name} (EN)"
        twin.save()
        items[factory] = (source, twin)
    return items


@pytest.fixture
def desk(home):
    desk = LeerwerkloketPageFactory(parent=RegionsIndexPageFactory(parent=home), region=region())
    desk.refresh_from_db()  # its groups and workflow are made when it is saved
    return desk


@pytest.fixture
def practice(practice_index):
    page = GoodPracticePageFactory(parent=practice_index, title="Taalmaatjes in de zorg")
    page.save_revision().publish()
    return page


def edit_form(page):
    form_class = type(page).get_edit_handler().get_form_class()
    return form_class(instance=page, for_user=UserFactory(is_superuser=True))


def test_each_chooser_on_a_dutch_page_offers_dutch_items_only(practice, two_languages, dutch):
    form = edit_form(practice)
    choices = {
        "themes": form.fields["themes"].queryset,
        "contact persons": form.formsets["contacts"].empty_form.fields["person"].queryset,
        "ambassadors": form.formsets["ambassador_links"].empty_form.fields["ambassador"].queryset,
    }
    for label, queryset in choices.items():
        assert queryset.exists(), label
        assert set(queryset.values_list("locale", flat=True)) == {dutch.pk}, label
    # A chooser window opens with the page's language selected, for a new row and an existing one.
    widget = form.formsets["contacts"].empty_form.fields["person"].widget
    assert widget.get_chooser_modal_url().endswith("?locale=nl")
    contact, _twin = two_languages[ContactPersonFactory]
    practice.contacts.create(person=contact)
    form = edit_form(practice)
    widget = form.formsets["contacts"].forms[0].fields["person"].widget
    assert widget.get_chooser_modal_url().count("locale=") == 1


def test_an_english_item_is_refused_on_a_dutch_page(practice, two_languages):
    _theme, english_theme = two_languages[ThemeFactory]
    form = edit_form(practice)
    assert not form.fields["themes"].queryset.filter(pk=english_theme.pk).exists()


def test_a_copied_translation_keeps_the_items_it_points_at(
    practice, two_languages, english, home_en
):
    """A page copied for translation still names the Dutch theme until an editor changes it;
    its form must accept that choice rather than refuse the whole page."""
    theme, english_theme = two_languages[ThemeFactory]
    practice.themes.add(theme)
    practice.save_revision().publish()
    practice.get_parent().copy_for_translation(english)
    copy = practice.copy_for_translation(english)
    form = edit_form(copy)
    offered = set(form.fields["themes"].queryset)
    assert theme in offered and english_theme in offered


def test_themes_are_check_boxes_in_the_page_language(client, practice, two_languages, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[practice.pk])).content.decode()
    assert 'type="checkbox" name="themes"' in html
    assert "Taal op de werkvloer" in html and "Taal op de werkvloer (EN)" not in html


def test_the_member_chooser_offers_public_members_by_name_and_nothing_else(client, editor):
    listed = CommitmentFactory(approved=True, organisation__name="Zorggroep De Linde").organisation
    hidden = CommitmentFactory(
        approved=True, consent_publish=False, organisation__name="Zorggroep Stil"
    ).organisation
    CommitmentFactory(submitted=True, organisation__name="Zorggroep Ingediend")
    client.force_login(editor)
    results = client.get(
        reverse("taalakkoord_member_chooser:choose_results"), {"q": "zorggroep"}
    ).content.decode()
    assert "Zorggroep De Linde" in results
    assert "Zorggroep Stil" not in results and "Zorggroep Ingediend" not in results
    chosen = reverse("taalakkoord_member_chooser:chosen", args=[listed.pk])
    assert client.get(chosen).status_code == 200
    # Another organisation's id by the chooser's own address: not found, its name not told.
    response = client.get(
        reverse("taalakkoord_member_chooser:chosen", args=[hidden.pk]), follow=True
    )
    assert response.status_code == 404 and "Zorggroep Stil" not in response.content.decode()
    malformed = client.get(reverse("taalakkoord_member_chooser:chosen", args=["abc"]), follow=True)
    assert malformed.status_code == 404
    many = client.get(
        reverse("taalakkoord_member_chooser:chosen_multiple"),
        {"id": [listed.pk, hidden.pk, "x"]},
    )
    assert "Zorggroep De Linde" in many.content.decode()
    assert "Zorggroep Stil" not in many.content.decode()


def test_a_story_accepts_public_members_only(practice):
    listed = CommitmentFactory(approved=True).organisation
    hidden = CommitmentFactory(approved=True, consent_publish=False).organisation
    field = edit_form(practice).formsets["member_links"].empty_form.fields["organisation"]
    assert field.queryset.filter(pk=listed.pk).exists()
    assert not field.queryset.filter(pk=hidden.pk).exists()


def test_a_member_in_a_story_sees_it_on_their_profile(practice):
    organisation = CommitmentFactory(approved=True).organisation
    practice.member_links.create(organisation=organisation)
    practice.save_revision().publish()
    assert GoodPracticePage.objects.filter(member_links__organisation=organisation).exists()


def test_signatures_are_kept_out_of_the_page_image_chooser(client, editor, db):
    root = Collection.get_first_root_node()
    photo = ImageFactory(title="Taalles op de werkvloer", collection=root)
    signature = ImageFactory(title="Handtekening voorzitter", collection=root)
    settings = TaalakkoordSettings.load()
    settings.signatory_1_name = "Marloes de Boer"
    settings.signatory_1_signature = signature
    settings.save()
    signature.refresh_from_db()
    chooser = reverse("wagtailimages_chooser:choose")
    client.force_login(editor)
    html = client.get(chooser).content.decode()
    assert photo.title in html and signature.title not in html
    # Those who set the signatures find them in their own collection.
    team = UserFactory(username="team", groups=["Moderators"])
    team.user_permissions.add(Permission.objects.get(codename="change_taalakkoordsettings"))
    client.force_login(team)
    assert signature.title not in client.get(chooser).content.decode()
    filtered = client.get(chooser, {"collection_id": signature.collection_id}).content.decode()
    assert signature.title in filtered


def test_the_national_workflow_and_its_task_share_one_name(db):
    workflow = Workflow.objects.get(workflow_pages__page=Page.get_first_root_node())
    assert workflow.name == workflow.tasks.get().name == "Beoordeling door het landelijk team"


def test_a_desks_workflow_and_its_task_share_one_name(desk):
    workflow = Workflow.objects.get(workflow_pages__page=desk)
    assert workflow.name == workflow.tasks.get().name
    assert workflow.name == f"Beoordeling door {desk.title} of het landelijk team"


def test_buttons_name_the_review_step_in_dutch(client, practice, editor, moderator):
    edit = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    client.force_login(editor)
    html = client.get(edit).content.decode()
    assert "Indienen: Beoordeling door het landelijk team" in html
    assert "Stuur door naar" not in html
    practice.save_revision(user=editor)
    practice.get_workflow().start(practice, editor)
    client.force_login(moderator)
    html = client.get(edit).content.decode()
    assert "Wijzigingen vragen" in html and "Beoordeling stoppen" in html
    assert "Workflow annuleren" not in html


def test_approving_says_the_page_is_published(rf, practice, editor, moderator):
    """Wagtail's edit view says "has been updated" after "Approve and publish"; our hook puts
    "has been published" in its place once the page is live."""
    from wagtail.admin import messages as admin_messages

    from cms.core.wagtail_hooks import say_published_after_approval

    practice.title = "Taalmaatjes in de zorg, verbeterd"
    practice.save_revision(user=editor)
    state = practice.get_workflow().start(practice, editor)
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    request = rf.post("/", {"workflow-action-name": "approve"})
    request.user = moderator
    request.session = {}
    request._messages = SessionStorage(request)
    title = practice.get_admin_display_title()
    # As Wagtail's edit view leaves them: rendered through its template, escaped.
    admin_messages.success(request, f"Pagina '{title}' is opgeslagen.")
    request._messages.add(20, "Iets anders")
    say_published_after_approval(request, practice)
    request._messages.update(HttpResponse())  # what the next page shows
    texts = [str(message) for message in SessionStorage(request)]
    assert texts == ["Iets anders", f"Pagina '{title}' is gepubliceerd."]


def test_the_dashboard_starts_the_editors_work(
    client, editor, home, news_index, practice_index, django_assert_max_num_queries
):
    draft = NewsPageFactory(parent=news_index, title="Nieuw spreekuur in Almelo", live=False)
    draft.save_revision(user=editor)
    client.force_login(editor)
    client.get(reverse("wagtailadmin_home"))  # warm the caches of the admin's first request
    with django_assert_max_num_queries(45):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hier begint u" in html
    add_news = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    add_practice = reverse(
        "wagtailadmin_pages:add", args=("goodpractices", "goodpracticepage", practice_index.pk)
    )
    assert add_news in html and add_practice in html
    assert "Nieuwsbericht schrijven" in html and "Praktijkvoorbeeld schrijven" in html
    assert "Nieuw spreekuur in Almelo" in html  # the editor's draft
    # Sent back with a change request: listed as such, not as waiting for review.
    state = draft.get_workflow().start(draft, editor)
    state.current_task_state.task.specific.on_action(
        state.current_task_state,
        UserFactory(is_superuser=True),
        "reject",
        comment="Noem ook de openingstijden.",
    )
    with django_assert_max_num_queries(50):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    changes = html.split("Wijzigingen gevraagd", 1)[1].split("Uw concepten", 1)[0]
    assert "Nieuw spreekuur in Almelo" in changes and "Noem ook de openingstijden." in changes


def test_pages_open_at_the_editors_own_section_never_at_the_root(rf, editor, home):
    from wagtail.admin.menu import admin_menu

    assert own_section(editor).pk == home.pk
    request = rf.get("/admin/")
    request.user = editor
    explorer = next(i for i in admin_menu.menu_items_for_request(request) if i.name == "explorer")
    component = explorer.render_component(request)
    assert component.start_page_id == home.pk
    assert component.url == reverse("wagtailadmin_explore", args=(home.pk,))


def test_a_desks_staff_start_in_their_desk(desk):
    news = NewsIndexPageFactory(parent=desk)
    staff = UserFactory(username="twente", groups=[desk.editors_group.name])
    assert own_section(staff).pk == desk.pk
    links = shortcuts(staff, own_section(staff))
    assert [address for _label, address in links] == [
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news.pk))
    ]
    for _label, address in links:
        parent = int(address.rstrip("/").split("/")[-1])
        assert Page.objects.get(pk=parent).is_descendant_of(desk)


def test_an_image_block_takes_the_images_description_as_alternative_text(db):
    described = ImageFactory(description="Twee collega's oefenen Nederlands aan de koffietafel")
    block = ImageBlock()
    value = block.clean(block.to_python({"image": described.pk, "alt_text": "", "caption": ""}))
    assert "Twee collega&#x27;s oefenen Nederlands" in block.render(value)
    bare = ImageFactory(description="")
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": bare.pk, "alt_text": "", "caption": ""}))
    assert "geen beschrijving" in str(refused.value.block_errors["alt_text"])


def test_the_preview_of_a_new_good_practice_says_not_yet_published(
    client, practice_index, moderator
):
    page = GoodPracticePageFactory(parent=practice_index, title="Nog in de maak", live=False)
    page.first_published_at = None
    page.save()
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])).content.decode()
    assert "Nog niet gepubliceerd" in html


def test_a_news_item_scheduled_for_tomorrow_goes_live_when_its_time_comes(
    client, news_index, moderator
):
    item = NewsPageFactory(parent=news_index, title="Open dag op het loket", live=False)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    item.go_live_at = tomorrow
    item.save_revision(user=moderator).publish(user=moderator)  # scheduled, not published
    item.refresh_from_db()
    assert not item.live
    call_command("publish_scheduled")
    item.refresh_from_db()
    assert not item.live and client.get(item.url).status_code == 404
    with time_machine.travel(tomorrow + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    item.refresh_from_db()
    assert item.live and client.get(item.url).status_code == 200


def test_a_failed_save_names_each_field_and_its_tab(client, news_index, editor):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    NewsPageFactory(parent=news_index, title="Bestaand bericht", slug="open-dag")
    client.force_login(editor)
    add = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    data = nested_form_data(
        {
            "title": "Open dag in Enschede",
            "slug": "open-dag",  # taken by a sibling: an error on the Eigenschappen tab
            "date": "31-31-2026",  # not a date, on the Inhoud tab
            "intro": "Iedereen is welkom.",
            "body": streamfield([]),
            "ambassador_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(add, data, follow=True)
    texts = " ".join(str(message) for message in response.context["messages"])
    assert "(tabblad Inhoud)" in texts, texts
    assert "(tabblad Eigenschappen)" in texts, texts
    # Nothing was saved, and nothing the editor typed is lost.
    assert "Open dag in Enschede" in response.content.decode()
