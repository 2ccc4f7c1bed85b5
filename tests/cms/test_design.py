"""The pieces of the site's look that are code: drawings, the status component, the overview."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.test import override_settings

from cms.core.drawings import MOTIFS, initials, motifs_for, pictures_for, portrait, svg
from cms.core.status import TONES, Status


def card(image=None, subjects=(), kind="page"):
    item = SimpleNamespace(image=image, drawing_kind=kind)
    item.drawing_subjects = lambda: subjects
    return item


def key(item):
    picture = item.card_picture
    return f"image-{picture.pk}" if hasattr(picture, "pk") else picture.key


def test_every_drawing_is_svg_in_our_colours_and_hidden_from_screen_readers():
    for motif in MOTIFS:
        for palette in range(4):
            drawing = svg(motif, palette)
            assert drawing.startswith("<svg") and drawing.endswith("</svg>")
            assert 'aria-hidden="true"' in drawing
            assert "http" not in drawing.replace("http://www.w3.org", "")  # nothing from elsewhere


def test_a_theme_chooses_its_drawing():
    assert motifs_for(["taal-op-de-werkvloer"], "practice")[0] == "taal"
    assert motifs_for(["Taalakkoord"], "news")[0] == "certificaat"
    assert motifs_for([], "vacancy")[0] == "werkplaats"
    assert sorted(motifs_for(["evc"])) == sorted(MOTIFS)  # every drawing stays a candidate


def test_neighbouring_cards_never_share_a_picture():
    image = SimpleNamespace(pk=7)
    items = [card(subjects=["evc"]) for _ in range(5)] + [card(image), card(image), card(image)]
    items += [card(), card(image)] + [card() for _ in range(20)]
    keys = [key(item) for item in pictures_for(items)]
    for index, value in enumerate(keys):
        assert value not in keys[max(0, index - 3) : index], keys
    assert keys[0].startswith("certificaat")  # the first card gets its theme's own drawing
    assert keys[5] == keys[9] == "image-7"  # an uploaded image is kept where no neighbour has it
    assert keys[6] != "image-7" and keys[7] != "image-7"


def test_a_portrait_has_the_initials_and_escapes_the_name():
    assert initials("Fatima el Amrani") == "FA"
    assert initials("Cher") == "C"
    assert ">FA</text>" in portrait("Fatima el Amrani")
    assert "<script" not in portrait("<script>alert(1)</script> Bad")


def test_the_status_component_has_tone_icon_and_words():
    html = Template("{{ status }}").render(Context({"status": Status("Geldig", "success")}))
    assert 'class="status status--success"' in html
    assert '<svg class="icon"' in html and "<span>Geldig</span>" in html
    assert Status("<b>x</b>", "danger").__html__().count("&lt;b&gt;") == 1
    with pytest.raises(ValueError):
        Status("Kleur", "purple")
    assert set(TONES) >= {"success", "waiting", "warning", "danger"}


@pytest.mark.django_db
def test_the_component_overview_is_only_there_with_debug_on(client):
    assert client.get("/nl/design/").status_code == 404
    with override_settings(DEBUG=True):
        response = client.get("/nl/design/")
    assert response.status_code == 200
    html = response.content.decode()
    for component in ["colours", "type", "buttons", "form", "status", "messages", "cards", "table"]:
        assert f'data-component="{component}"' in html
    assert html.count('class="status status--') == len(TONES)
