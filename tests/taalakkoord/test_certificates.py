"""Certificates: the PDF's content, verification, downloads, hostile names, bulk regeneration."""

import datetime
import io

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from pypdf import PdfReader

from employers.models import Membership, Role
from taalakkoord import services
from taalakkoord.certificates import current_certificate, render_pdf
from taalakkoord.factories import CommitmentFactory, DeclarationFactory
from taalakkoord.models import Activity, Certificate, CertificateRun, CertificateStatus
from tests.utils import assert_references_exist

from .conftest import verified_user


def pdf_text(certificate):
    certificate.pdf.open("rb")
    reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    certificate.pdf.close()
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def member(employer, national_team, django_capture_on_commit_callbacks):
    DeclarationFactory()
    commitment = Membership.objects.get(user=employer).organisation.commitment
    services.submit(commitment, employer)
    with django_capture_on_commit_callbacks(execute=True):
        commitment = services.approve(commitment, national_team)
    return commitment


def test_approval_makes_a_certificate_with_name_number_date_and_address(member):
    certificate = current_certificate(member)
    reader, text = pdf_text(certificate)
    assert len(reader.pages) == 1
    assert "Zorggroep Anna" in text
    assert str(member.member_number) in text
    assert member.signed_on.strftime("%Y") in text
    url = f"http://testserver/nl/certificaat/{certificate.code}/"
    assert url in text.replace("\n", "")
    links = [annotation.get_object()["/A"]["/URI"] for annotation in reader.pages[0]["/Annots"]]
    assert url in links
    assert reader.metadata.title.startswith("Certificaat Taalakkoord")
    # One sentence: the name, then what it does; the member's own signatory signs too.
    flat = " ".join(text.split())
    assert (
        "Zorggroep Anna doet mee aan het Taalakkoord en zet zich in voor de taalvaardigheid" in flat
    )
    assert "Hierbij verklaren wij dat" not in flat
    assert f"{member.signatory_name} {member.signatory_role}" in flat
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


@pytest.mark.parametrize(
    ("change", "status"),
    [
        (None, CertificateStatus.VALID),
        ("overdue", CertificateStatus.NOT_ACTIVE),
        ("withdrawn", CertificateStatus.WITHDRAWN),
    ],
)
def test_verification_page_shows_each_status(client, member, employer, change, status):
    certificate = current_certificate(member)
    if change == "overdue":
        member.activity = Activity.OVERDUE
        member.save()
    elif change == "withdrawn":
        services.withdraw(member, employer)
    html = client.get(reverse("certificate_verify_code", args=[certificate.code])).content.decode()
    assert "Zorggroep Anna" in html and str(member.member_number) in html
    assert str(status.label) in html
    valid_text = "Dit certificaat is geldig"
    assert (valid_text in html) == (status == CertificateStatus.VALID)


def test_renaming_makes_a_new_certificate_and_supersedes_the_old(
    client, member, django_capture_on_commit_callbacks
):
    old = current_certificate(member)
    organisation = member.organisation
    organisation.name = "Zorggroep Anna Oost"
    with django_capture_on_commit_callbacks(execute=True):
        organisation.save()
    new = current_certificate(member)
    assert new.pk != old.pk and new.organisation_name == "Zorggroep Anna Oost"
    old.refresh_from_db()
    assert old.status == CertificateStatus.SUPERSEDED
    assert (
        "Vervangen door een nieuwer certificaat"
        in client.get(reverse("certificate_verify_code", args=[old.code])).content.decode()
    )
    assert "Zorggroep Anna Oost" in pdf_text(new)[1]


def test_changing_the_language_makes_an_english_certificate(
    member, django_capture_on_commit_callbacks
):
    member.language = "en"
    with django_capture_on_commit_callbacks(execute=True):
        member.save()
    certificate = current_certificate(member)
    assert certificate.language == "en"
    _reader, text = pdf_text(certificate)
    assert "Member number" in text and "/en/certificate/" in text.replace("\n", "")
    assert "takes part in the Taalakkoord and works to improve" in " ".join(text.split())


def test_typed_codes_are_normalised_and_wrong_codes_reveal_nothing(client, member):
    code = current_certificate(member).code
    typed = code.lower().replace("-", " ")
    response = client.get(reverse("certificate_verify"), {"code": typed})
    assert response["Location"] == reverse("certificate_verify_code", args=[code])
    wrong = client.get(reverse("certificate_verify"), {"code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"})
    assert wrong.status_code == 404
    html = wrong.content.decode()
    assert "We vinden geen certificaat met deze code" in html and "Zorggroep" not in html
    assert client.get(reverse("certificate_verify_code", args=["nonsense"])).status_code == 404


def test_a_wrong_or_empty_code_comes_back_as_the_forms_error(client, db):
    """The site's one form pattern: 'Fout:' in the title, a summary linking to the field, the
    error tied to the field, and what was typed kept."""
    wrong = client.get(reverse("certificate_verify"), {"code": "ZZZZ-ZZZZ"}).content.decode()
    assert "<title>Fout: " in wrong and 'value="ZZZZ-ZZZZ"' in wrong
    assert 'href="#id_code"' in wrong and 'aria-invalid="true"' in wrong
    assert_references_exist(wrong)
    empty = client.get(reverse("certificate_verify"), {"code": ""})
    assert empty.status_code == 422
    assert "Typ de controlecode van het certificaat." in empty.content.decode()
    blank = client.get(reverse("certificate_verify")).content.decode()
    assert "<title>Fout: " not in blank and "error-summary" not in blank


def test_verification_is_rate_limited(client, db):
    cache.clear()
    # The limit counts per minute: stop the clock, so the requests never straddle two minutes.
    with time_machine.travel(
        datetime.datetime(2026, 3, 2, 10, 0, 5, tzinfo=datetime.UTC), tick=False
    ):
        codes = [
            client.get(
                reverse("certificate_verify"), {"code": f"AAAA-AAAA-AAAA-{n:04d}"}
            ).status_code
            for n in range(35)
        ]
    assert codes[0] == 404 and codes[-1] == 429


def test_members_of_the_organisation_download_others_cannot(
    client, member, employer, other_employer, national_team
):
    colleague = verified_user("collega")
    Membership.objects.create(user=colleague, organisation=member.organisation, role=Role.COLLEAGUE)
    url = reverse("taalakkoord:my_certificate")
    for user in (employer, colleague):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    client.force_login(other_employer)
    assert client.get(url).status_code == 404
    team_url = reverse("taalakkoord:team_certificate", args=[current_certificate(member).pk])
    assert client.get(team_url).status_code == 404
    client.force_login(national_team)
    assert client.get(team_url).status_code == 200
    client.logout()
    assert client.get(url)["Location"].startswith(reverse("account_login"))


HOSTILE_NAMES = [
    '<script>alert("x")</script> & Zonen',
    "Bakkerij 'De \"Gouden\" Krakeling'",
    "Ëlsa's Zorg & Welzijn – Coöperatie U.A.",
    "مؤسسة اللغة للجميع",
    "שפה לכולם בע״מ",
    "Языковая школа «Слово»",
    "Stichting " + "Taalvaardigheid " * 12 + "Nederland",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_appear_literally_and_stay_on_one_page(client, db, name):
    commitment = CommitmentFactory(approved=True, organisation__name=name[:200])
    certificate = Certificate(
        commitment=commitment,
        language="nl",
        organisation_name=name[:200],
        member_number=commitment.member_number,
        signed_on=commitment.signed_on,
    )
    reader = PdfReader(io.BytesIO(render_pdf(certificate)))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    compact = "".join(text.split())
    if name.isascii() or "Ë" in name or "Я" in name:
        assert "".join(name[:200].split()) in compact
    else:  # right-to-left scripts: the letters are there, in visual order
        assert set(name.replace(" ", "")) <= set(compact)
    certificate.save()
    html = client.get(reverse("certificate_verify_code", args=[certificate.code])).content.decode()
    assert "<script>alert" not in html


def test_bulk_action_makes_every_certificate_again(client, member, national_team):
    others = [CommitmentFactory(approved=True) for _ in range(3)]
    old_pdf_name = current_certificate(member).pdf.name
    client.force_login(national_team)
    url = reverse("taalakkoord_commitments:certificates")
    response = client.post(url)  # asks first
    assert "Weet u het zeker? 4 certificaten worden opnieuw gemaakt." in response.content.decode()
    assert not CertificateRun.objects.exists()
    response = client.post(url, {"confirmed": "1"})
    assert response.status_code == 302
    run = CertificateRun.objects.get()
    assert (run.total, run.done) == (4, 4) and run.finished_at is not None
    assert all(current_certificate(commitment) is not None for commitment in others)
    assert current_certificate(member).pdf.name == old_pdf_name  # same code, rendered again
    assert (
        "4 van 4 certificaten"
        in client.get(reverse("taalakkoord_commitments:certificates")).content.decode()
    )


def test_the_progress_endpoint_reports_a_run_as_it_goes(client, national_team, editor, db):
    run = CertificateRun.objects.create(total=158, done=40, replaced=2)
    client.force_login(national_team)
    url = reverse("taalakkoord_commitments:certificates_progress")
    progress = client.get(url).json()
    assert progress["running"] and (progress["done"], progress["total"]) == (40, 158)
    assert progress["text"].startswith("40 van 158 certificaten gemaakt (gestart ")
    page = client.get(reverse("taalakkoord_commitments:certificates")).content.decode()
    assert f'data-certificate-progress="{url}"' in page and "data-running" in page
    CertificateRun.objects.filter(pk=run.pk).update(done=158, finished_at=run.created_at)
    assert not client.get(url).json()["running"]
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)


def test_editors_cannot_start_the_bulk_action(client, editor, db):
    client.force_login(editor)
    client.post(reverse("taalakkoord_commitments:certificates"), {"confirmed": "1"})
    assert not CertificateRun.objects.exists()


def test_badge_for_active_members_only(client, member, employer):
    client.force_login(employer)
    svg = client.get(reverse("taalakkoord:badge", args=["svg"]))
    assert svg["Content-Type"] == "image/svg+xml" and "Wij doen mee aan het" in svg.content.decode()
    png = client.get(reverse("taalakkoord:badge", args=["png"]))
    assert png.content[:4] == b"\x89PNG"
    dashboard = client.get(reverse("taalakkoord:dashboard")).content.decode()
    assert reverse("certificate_verify_code", args=[current_certificate(member).code]) in dashboard
    member.activity = Activity.OVERDUE
    member.save()
    assert client.get(reverse("taalakkoord:badge", args=["svg"])).status_code == 404


def test_team_remakes_one_certificate_in_the_background(
    client, member, national_team, django_capture_on_commit_callbacks
):
    from taalakkoord.models import Commitment

    url = reverse("taalakkoord_commitments:review", args=[member.pk])
    client.force_login(national_team)
    old = current_certificate(member)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"action": "certificate"}).status_code == 302
    assert current_certificate(member).code == old.code  # same name and language: same code
    Commitment.objects.filter(pk=member.pk).update(
        language="en"
    )  # no signal: the team's button must notice
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "certificate"})
    new = current_certificate(member)
    assert new.code != old.code and new.language == "en"


def live_badge(client, certificate, kind="svg", language="nl"):
    from django.utils import translation

    with translation.override(language):
        url = reverse("certificate_badge", args=[certificate.code, kind])
    return client.get(url)


def test_the_live_badge_says_active_with_the_year_until_the_membership_lapses(
    client, member, settings
):
    """The badge on a member's website changes by itself: active with this year, then neutral."""
    from PIL import Image

    from taalakkoord.reporting import run_daily

    certificate = current_certificate(member)
    with time_machine.travel(datetime.date(2026, 12, 7)):
        response = live_badge(client, certificate)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        svg = response.content.decode()
        assert "Wij doen mee aan het" in svg and "Taalakkoord 2026" in svg
        assert response["Cache-Control"].startswith("public")
        assert "attachment" not in response.get("Content-Disposition", "")
        english = live_badge(client, certificate, language="en").content.decode()
        assert "We take part in the" in english
        png = live_badge(client, certificate, kind="png")
        assert png["Content-Type"] == "image/png"
        image = Image.open(io.BytesIO(png.content))
        assert image.size == (480, 160) and image.getpixel((2, 2)) == (11, 49, 87)
    # The member stops reporting: the daily run makes it inactive, and the badge turns neutral.
    settings.TAALAKKOORD_INACTIVE_AFTER_DAYS = 90
    member.refresh_from_db()
    late = member.next_report_due + datetime.timedelta(days=91)
    with time_machine.travel(late):
        run_daily()
        svg = live_badge(client, certificate).content.decode()
        assert "Lidmaatschap niet actief" in svg and "Wij doen mee" not in svg
        png = live_badge(client, certificate, kind="png")
        assert Image.open(io.BytesIO(png.content)).getpixel((2, 2)) == (233, 233, 236)


def test_the_live_badge_of_an_unknown_code_is_not_found(client, db):
    assert client.get("/nl/certificaat/ONBEKEND-1/badge.svg").status_code == 404
    assert client.get("/nl/certificaat/ONBEKEND-1/badge.gif").status_code == 404


def test_a_membership_change_drops_the_badge_from_the_front_cache(
    member, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Every change of a commitment asks the front cache to drop each site (badges included)."""
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    from tests.cms.test_front_cache import FRONT_CACHE

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {"default": FRONT_CACHE}
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(member, None)
    assert purged and all(url.endswith("/") for url in purged)
