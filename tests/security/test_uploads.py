"""Uploads are checked for what they really are and how large: disguised types, decompression
bombs, SVG with script and oversized files are refused with a clear message, in the user's
language, and nothing else the user typed is lost."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from employers.models import Organisation

from .uploads import (
    HTML_PAGE,
    SVG_WITH_SCRIPT,
    WINDOWS_PROGRAM,
    docx,
    oversized,
    png,
    png_bomb,
    upload,
)


def errors(html):
    """The error messages of an admin form, for assertion messages."""
    import re

    return re.findall(r'class="error-message"[^>]*>(.*?)</', html, re.S)


NOT_AN_IMAGE = "Dit bestand is geen PNG-, JPEG- of WebP-afbeelding"


def post_logo(client, employer, logo):
    organisation = employer.membership.organisation
    data = {
        "name": "Zorggroep Anna en Zonen",
        "kvk_number": organisation.kvk_number,
        "kind": organisation.kind,
        "sector": organisation.sector,
        "size_band": organisation.size_band,
        "region": organisation.region_id or "",
        "place": "Enschede",
        "website": "",
        "description": "Wij zorgen voor ouderen in Twente.",
        "logo": logo,
    }
    client.force_login(employer)
    return client.post(reverse("taalakkoord:wizard", args=["organisation"]), data)


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (upload("logo.png", SVG_WITH_SCRIPT, "image/png"), "SVG-bestanden kunnen niet"),
        (upload("logo.svg", SVG_WITH_SCRIPT, "image/svg+xml"), NOT_AN_IMAGE),
        (upload("logo.jpg", HTML_PAGE, "image/jpeg"), NOT_AN_IMAGE),
        (upload("logo.png", WINDOWS_PROGRAM, "image/png"), NOT_AN_IMAGE),
        (upload("logo.png", b"%PDF-1.7 een folder", "image/png"), NOT_AN_IMAGE),
        (upload("logo.png", png_bomb(), "image/png"), "te veel pixels"),
        (oversized("logo.png", 2 * 1024 * 1024 + 1, png(1, 1)), "te groot"),
    ],
    ids=["svg-as-png", "svg", "html-as-jpg", "exe-as-png", "pdf-as-png", "bomb", "oversized"],
)
def test_bad_logos_are_refused_and_the_rest_is_kept(client, employer, logo, message):
    response = post_logo(client, employer, logo)
    html = response.content.decode()
    assert response.status_code == 422
    assert message in html
    assert 'value="Zorggroep Anna en Zonen"' in html  # what was typed is still there
    assert "Wij zorgen voor ouderen in Twente." in html
    organisation = Organisation.objects.get(pk=employer.membership.organisation_id)
    assert organisation.name == "Zorggroep Anna" and not organisation.logo


def test_a_real_logo_is_accepted(client, employer):
    response = post_logo(client, employer, upload("logo.png", png(), "image/png"))
    assert response.status_code == 302
    assert Organisation.objects.get(name="Zorggroep Anna en Zonen").logo


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (upload("plan.pdf", WINDOWS_PROGRAM, "application/pdf"), "Dit bestand is geen PDF"),
        (upload("plan.pdf", HTML_PAGE, "application/pdf"), "Dit bestand is geen PDF"),
        (oversized("plan.pdf", 10 * 1024 * 1024 + 1, b"%PDF-1.7\n"), "te groot"),
    ],
    ids=["exe-as-pdf", "html-as-pdf", "oversized"],
)
def test_bad_plans_are_refused_and_the_text_is_kept(client, employer, plan, message):
    client.force_login(employer)
    response = client.post(
        reverse("taalakkoord:wizard", args=["plan"]),
        {"plan_text": "Eerst een taalscreening, dan lessen in werktijd.", "plan_file": plan},
    )
    html = response.content.decode()
    assert message in html
    assert "Eerst een taalscreening, dan lessen in werktijd." in html
    assert not employer.membership.organisation.commitment.__class__.objects.get(
        organisation=employer.membership.organisation
    ).plan_file


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kaart.svg", SVG_WITH_SCRIPT, "Geen ondersteund afbeeldingsformaat"),
        ("kaart.png", SVG_WITH_SCRIPT, "Geen geldig"),
        ("kaart.jpg", HTML_PAGE, "Geen geldig"),
        ("kaart.png", png_bomb(), "teveel pixels"),
    ],
    ids=["svg", "svg-as-png", "html-as-jpg", "bomb"],
)
def test_admin_refuses_bad_images(client, editor, name, content, message):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Kaart van de regio", "file": upload(name, content)}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html, errors(html)
    assert "Kaart van de regio" in html
    assert not get_image_model().objects.exists()


def test_admin_refuses_oversized_images(client, editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Grote foto", "file": oversized("foto.png", 1024 * 1024 + 1, png(1, 1))},
    )
    assert "te groot" in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("handreiking.pdf", HTML_PAGE, "komt niet overeen met de extensie .pdf"),
        ("handreiking.pdf", WINDOWS_PROGRAM, "komt niet overeen met de extensie .pdf"),
        ("rooster.docx", WINDOWS_PROGRAM, "komt niet overeen met de extensie .docx"),
        ("lijst.csv", WINDOWS_PROGRAM, "komt niet overeen met de extensie .csv"),
        ("kaart.svg", SVG_WITH_SCRIPT, "Bestandsextensie"),
        ("pagina.html", HTML_PAGE, "Bestandsextensie"),
    ],
    ids=["html-as-pdf", "exe-as-pdf", "exe-as-docx", "exe-as-csv", "svg", "html"],
)
def test_admin_refuses_disguised_documents(client, editor, name, content, message):
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Handreiking taalbeleid", "file": upload(name, content)},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html, errors(html)
    assert "Handreiking taalbeleid" in html
    assert not get_document_model().objects.exists()


def test_admin_refuses_disguised_documents_in_multiple_upload(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": upload("handreiking.pdf", HTML_PAGE)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is False
    assert "komt niet overeen" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_admin_refuses_oversized_documents(client, editor, monkeypatch):
    monkeypatch.setattr("cms.core.uploads.DOCUMENT_MAX_BYTES", 1024)
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Groot", "file": oversized("groot.pdf", 1025, b"%PDF-1.7\n")},
    )
    assert "te groot" in response.content.decode()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("handreiking.pdf", b"%PDF-1.7\n%echte pdf\n"),
        ("rooster.docx", docx()),
        ("lijst.csv", "naam;plaats\nJosé;Enschede\n".encode()),
    ],
)
def test_admin_accepts_real_documents(client, editor, name, content):
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"), {"title": "Echt document", "file": upload(name, content)}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert get_document_model().objects.filter(title="Echt document").exists()
