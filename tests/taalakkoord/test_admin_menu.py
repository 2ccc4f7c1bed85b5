"""The national team finds all of its Taalakkoord work under one "Taalakkoord" menu."""

from django.test import RequestFactory
from wagtail.admin.menu import admin_menu


def top_level(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    items = admin_menu.menu_items_for_request(request)
    labels = [str(item.label) for item in items]
    assert len(labels) == len(set(labels)), labels  # one "Taalakkoord", not two
    return request, {str(item.label): item for item in items}


def test_the_national_team_has_one_taalakkoord_menu_in_the_order_of_its_work(moderator):
    request, menu = top_level(moderator)
    labels = [str(item.label) for item in menu["Taalakkoord"].menu.menu_items_for_request(request)]
    assert labels == [
        "Voortgang",
        "Aanmeldingen en leden",
        "Organisaties",
        "Certificaten",
        "Profielwijzigingen",
        "Verhalen",
        "Menukaart",
        "Verklaring",
        "Ambassadeurs",
    ]
    for separate in ("Voortgang Taalakkoord", "Aanmeldingen en leden", "Organisaties", "Certificaten",
                     "Profielwijzigingen", "Ambassadeurs"):  # fmt: skip
        assert separate not in menu


def test_an_editor_without_taalakkoord_rights_sees_no_taalakkoord_menu(editor):
    _request, menu = top_level(editor)
    assert "Taalakkoord" not in menu
