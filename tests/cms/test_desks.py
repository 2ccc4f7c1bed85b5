"""Desks: the overview and a page per desk; each desk's own editors, moderators and workflow."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from cms.core.factories import UserFactory, region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.desks.models import DeskPartner
from cms.desks.provisioning import provision
from cms.goodpractices.factories import GoodPracticePageFactory
from cms.news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def desks_index(home):
    return RegionsIndexPageFactory(parent=home)


@pytest.fixture
def twente(desks_index):
    return LeerwerkloketPageFactory(parent=desks_index, region=region("twente"), plus_pilot=True)


@pytest.fixture
def rijnmond(desks_index):
    return LeerwerkloketPageFactory(parent=desks_index, region=region("rijnmond"))


def member_of(group, username):
    user = UserFactory(username=username)
    user.groups.add(group)
    return user


def test_a_new_desk_gets_its_own_groups_permissions_and_workflow(twente):
    twente.refresh_from_db()
    editors, moderators = twente.editors_group, twente.moderators_group
    assert editors.name == "Leerwerkloket Twente: redacteuren"
    assert moderators.name == "Leerwerkloket Twente: moderatoren"
    assert set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "page", "permission__codename"
        )
    ) == {(twente.pk, "add_page"), (twente.pk, "change_page")}
    assert set(
        GroupPagePermission.objects.filter(group=moderators).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    task = twente.get_workflow().tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {moderators.name, "Moderators"}
    # desk staff see their region in the Taalakkoord progress monitor
    assert set(region("twente").staff_groups.all()) == {editors, moderators}


def test_saving_and_publishing_again_adds_nothing(twente):
    groups, permissions = Group.objects.count(), GroupPagePermission.objects.count()
    twente.title = "Leerwerkloket Twente (Enschede)"
    twente.save_revision().publish()
    provision(twente)
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == (groups, permissions)


def test_a_translation_shares_the_groups_and_workflow(twente, home_en):
    desks_en = twente.get_parent().copy_for_translation(home_en.locale)
    desk_en = twente.copy_for_translation(home_en.locale)
    desk_en.refresh_from_db()
    assert desks_en.pk != desk_en.pk
    assert desk_en.editors_group_id == twente.editors_group_id
    assert GroupPagePermission.objects.filter(group=twente.editors_group, page=desk_en).exists()
    assert desk_en.get_workflow() == twente.get_workflow()


def test_a_desk_editor_edits_only_their_own_section(client, home, twente, rijnmond):
    news = NewsIndexPageFactory(parent=twente, slug="nieuws")
    editor = member_of(twente.editors_group, "redacteur-twente")
    assert twente.permissions_for_user(editor).can_edit()
    assert news.permissions_for_user(editor).can_add_subpage()
    assert not twente.permissions_for_user(editor).can_publish()
    assert not rijnmond.permissions_for_user(editor).can_edit()
    assert not home.permissions_for_user(editor).can_edit()
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[twente.pk])).status_code == 200
    for page in (rijnmond, home):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403)
        assert 'name="action-submit"' not in response.content.decode()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[rijnmond.pk]),
        {"title": "Overgenomen", "slug": "rijnmond"},
    )
    rijnmond.refresh_from_db()
    assert rijnmond.title == "Leerwerkloket Rijnmond"


def test_a_desk_moderator_publishes_in_their_section_only(twente, rijnmond, home):
    moderator = member_of(twente.moderators_group, "moderator-twente")
    assert twente.permissions_for_user(moderator).can_publish()
    assert not rijnmond.permissions_for_user(moderator).can_publish()
    assert not home.permissions_for_user(moderator).can_edit()


def test_submissions_go_to_the_desk_moderators_or_the_national_team(twente, moderator):
    editor = member_of(twente.editors_group, "redacteur-twente")
    desk_moderator = member_of(twente.moderators_group, "moderator-twente")
    other = LeerwerkloketPageFactory(parent=twente.get_parent(), region=region("friesland"))
    other_moderator = member_of(other.moderators_group, "moderator-friesland")
    news = NewsIndexPageFactory(parent=twente, slug="nieuws")
    item = NewsPageFactory(parent=news, title="Open dag")
    item.save_revision(user=editor)
    state = item.get_workflow().start(item, editor)
    task = state.current_task_state.task.specific
    assert task.user_can_access_editor(item, desk_moderator)
    assert task.user_can_access_editor(item, moderator)  # the national team
    assert not task.user_can_access_editor(item, other_moderator)


def test_the_desk_page_shows_contacts_partners_news_and_practices(client, twente, practice_index):
    DeskPartner.objects.create(
        page=twente, name="UWV Enschede", kind="uwv", url="https://www.uwv.nl"
    )
    twente.visiting_address = "Hengelosestraat 1\n7500 AA Enschede"
    twente.phone_hours = "Maandag tot en met vrijdag, 9.00 tot 12.00 uur"
    twente.save_revision().publish()
    news = NewsIndexPageFactory(parent=twente, slug="nieuws")
    NewsPageFactory(parent=news, title="Spreekuur in de bibliotheek")
    GoodPracticePageFactory(parent=practice_index, title="Taal op de werkvloer in Hengelo")
    GoodPracticePageFactory(parent=practice_index, title="Elders", region=region("rijnmond"))
    html = client.get(twente.url).content.decode()
    assert "Leerwerkloket Plus" in html
    assert "Hengelosestraat 1<br>7500 AA Enschede" in html
    assert 'href="https://www.uwv.nl">UWV Enschede</a>' in html
    assert "Spreekuur in de bibliotheek" in html
    assert "Taal op de werkvloer in Hengelo" in html and "Elders" not in html
    assert 'href="mailto:info@twente.leerwerkloket.example"' in html


def test_the_overview_lists_desks_by_province(client, desks_index, twente, rijnmond):
    html = client.get(desks_index.url).content.decode()
    html = html[html.index("Alle loketten per provincie") :]  # the list, not the map above it
    assert html.index("Overijssel") < html.index("Zuid-Holland")
    assert "Leerwerkloket Twente" in html and "Leerwerkloket Rijnmond" in html


def test_desks_live_only_in_the_overview(twente):
    assert [
        cls.__name__ for cls in Page.objects.get(pk=twente.pk).specific.allowed_parent_page_models()
    ] == ["RegionsIndexPage"]


def test_a_desk_answers_on_its_own_hostname(client, home, twente):
    from wagtail.models import Site

    Site.objects.create(hostname="twente.localhost", port=80, root_page=twente, site_name="Twente")
    response = client.get("/nl/", HTTP_HOST="twente.localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Leerwerkloket Twente</h1>" in html
    # the national header and footer, a link back, and the desk's own contact details
    assert 'class="national-link" href="http://testserver/nl/"' in html
    assert "Naar de landelijke site" in html
    assert 'href="mailto:info@twente.leerwerkloket.example"' in html
    # the national site still answers as before, with the desk inside it
    assert client.get("/nl/", HTTP_HOST="testserver").context["page"].pk == home.pk
    assert client.get(twente.get_url(), HTTP_HOST="testserver").status_code == 200
