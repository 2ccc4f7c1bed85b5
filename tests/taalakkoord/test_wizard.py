"""The signing wizard: each step saves, bad input is explained and kept, submission works."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from employers.factories import MembershipFactory, OrganisationFactory
from employers.models import Membership, Organisation
from taalakkoord.models import Commitment, CommitmentStatus
from tests.utils import assert_references_exist

from .conftest import verified_user


def step_url(step):
    return reverse("taalakkoord:wizard", args=[step])


ORGANISATION = {
    "name": "Schoonmaakbedrijf De Linde",
    "kvk_number": "1234 5678",
    "kind": "werkgever",
    "sector": "N",
    "size_band": "50-249",
    "region": "",
    "place": "Tilburg",
    "website": "",
    "description": "",
}


@pytest.fixture
def newcomer(db):
    return verified_user("nina")


def organisation_data(**changes):
    from cms.core.models import Region

    return {**ORGANISATION, "region": Region.objects.get(slug="midden-brabant").pk, **changes}


def test_whole_wizard_from_organisation_to_submitted(client, newcomer, measures, declaration):
    client.force_login(newcomer)
    response = client.post(step_url("organisation"), organisation_data())
    assert response["Location"] == step_url("measures")
    organisation = Organisation.objects.get(kvk_number="12345678")
    assert Membership.objects.get(user=newcomer).organisation == organisation
    client.post(step_url("measures"), {"measures": [measures[0].pk, measures[1].pk]})
    client.post(
        step_url("numbers"),
        {
            "employees_total": 200,
            "employees_in_scope": 40,
            "employees_to_reach": 25,
            "reach_by": (datetime.date.today() + datetime.timedelta(days=400)).isoformat(),
        },
    )
    client.post(
        step_url("plan"), {"plan_text": "Eerst een taalscreening, daarna lessen in werktijd."}
    )
    client.post(
        step_url("declaration"),
        {
            "signatory_name": "Nina Bakker",
            "signatory_role": "Directeur",
            "declaration_accepted": "on",
            "consent_publish": "on",
            "language": "nl",
        },
    )
    review = client.get(step_url("review")).content.decode()
    assert "Schoonmaakbedrijf De Linde" in review and "Taalscreening" in review
    response = client.post(step_url("review"))
    assert response["Location"] == reverse("taalakkoord:dashboard")
    commitment = Commitment.objects.get(organisation=organisation)
    assert commitment.status == CommitmentStatus.SUBMITTED
    assert commitment.status_changes.get().to_status == CommitmentStatus.SUBMITTED
    assert "Ingediend" in client.get(reverse("taalakkoord:dashboard")).content.decode()


@pytest.mark.parametrize(
    ("step", "data", "message", "kept"),
    [
        ("organisation", {"kvk_number": "1234"}, "precies 8 cijfers", 'value="1234"'),
        ("measures", {"measures": [], "other_measures": "  "}, "Kies minstens één maatregel", None),
        (
            "numbers",
            {
                "employees_total": 10,
                "employees_in_scope": 20,
                "employees_to_reach": 5,
                "reach_by": "2040-01-01",
            },
            "niet meer zijn dan het totaal",
            'value="20"',
        ),
        (
            "numbers",
            {
                "employees_total": 10,
                "employees_in_scope": 5,
                "employees_to_reach": 2,
                "reach_by": "2001-01-01",
            },
            "Kies een datum in de toekomst",
            'value="2001-01-01"',
        ),
        ("plan", {"plan_text": ""}, "Beschrijf uw plan van aanpak", None),
        (
            "declaration",
            {"signatory_name": "Anna", "signatory_role": "HR", "language": "nl"},
            "alleen meedoen als u de verklaring ondertekent",
            'value="Anna"',
        ),
    ],
)
def test_invalid_input_is_explained_and_kept(client, employer, measures, step, data, message, kept):
    client.force_login(employer)
    if step == "organisation":
        data = organisation_data(**data)
    response = client.post(step_url(step), data)
    assert response.status_code == 422
    html = response.content.decode()
    assert message in html
    assert "Controleer het formulier" in html
    assert "<title>Fout: " in html
    assert_references_exist(html)
    if kept:
        assert kept in html
        # Leave and come back: what was typed is still there, with the message.
        again = client.get(step_url(step)).content.decode()
        assert kept in again and message in again


def test_plan_upload_must_be_a_real_pdf(client, employer):
    client.force_login(employer)
    fake = SimpleUploadedFile("plan.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    response = client.post(step_url("plan"), {"plan_text": "", "plan_file": fake})
    assert "Dit bestand is geen PDF" in response.content.decode()


def test_logo_must_be_a_real_image_and_svg_is_refused(client, employer):
    client.force_login(employer)
    svg = SimpleUploadedFile(
        "logo.png",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        content_type="image/png",
    )
    organisation = Membership.objects.get(user=employer).organisation
    response = client.post(
        step_url("organisation"),
        organisation_data(name=organisation.name, kvk_number=organisation.kvk_number, logo=svg),
    )
    assert "SVG-bestanden kunnen niet" in response.content.decode()


def test_duplicate_kvk_number_offers_to_ask_for_access(client, newcomer):
    existing = OrganisationFactory(name="Bakkerij Bestaat", kvk_number="87654321")
    admin = verified_user("baas")
    MembershipFactory(user=admin, organisation=existing)
    client.force_login(newcomer)
    response = client.post(step_url("organisation"), organisation_data(kvk_number="87654321"))
    html = response.content.decode()
    assert "Er is al een organisatie met dit KvK-nummer aangemeld." in html
    access_url = reverse("taalakkoord:request_access", args=["87654321"])
    assert access_url in html

    client.post(access_url, {"message": "Ik werk op de afdeling HR."})
    assert existing.access_requests.get().user == newcomer
    assert mail.outbox[-1].to == [admin.email]
    assert "Ik werk op de afdeling HR." in mail.outbox[-1].body


def test_incomplete_commitment_cannot_be_submitted(client, employer):
    commitment = Membership.objects.get(user=employer).organisation.commitment
    commitment.declaration_accepted = False
    commitment.save()
    client.force_login(employer)
    response = client.post(step_url("review"))
    assert response.status_code == 422
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.DRAFT


def test_submitted_commitment_can_no_longer_be_edited(client, employer):
    client.force_login(employer)
    client.post(step_url("review"))
    response = client.get(step_url("numbers"))
    assert response["Location"] == reverse("taalakkoord:dashboard")


def test_menukaart_is_shown_in_the_visitors_language(client, employer, english):
    from taalakkoord.factories import MeasureFactory

    measure = MeasureFactory(name="Taalscreening")
    translation = measure.copy_for_translation(english)
    translation.name = "Language screening"
    translation.save()
    client.force_login(employer)
    assert "Language screening" in client.get("/en/my-taalakkoord/join/measures/").content.decode()
    assert (
        "Taalscreening" in client.get("/nl/mijn-taalakkoord/aanmelden/measures/").content.decode()
    )


def test_the_check_step_shows_every_answer_with_a_link_to_change_it(client, employer, measures):
    commitment = employer.membership.organisation.commitment
    commitment.measures.set(measures[:2])
    commitment.plan_file.save("plan.pdf", SimpleUploadedFile("plan.pdf", b"%PDF-1.4 plan"))
    organisation = commitment.organisation
    organisation.place, organisation.website = "Enschede", "https://zorggroep-anna.example"
    organisation.description = "Zorg in de wijk, in heel Twente."
    organisation.save()
    client.force_login(employer)
    html = client.get(step_url("review")).content.decode()
    for answer in (
        organisation.name, organisation.kvk_number, organisation.get_sector_display(),
        organisation.get_size_band_display(), "Enschede", "https://zorggroep-anna.example",
        "Zorg in de wijk", measures[0].name, commitment.other_measures, "120",
        commitment.plan_text, reverse("taalakkoord:plan_file", args=[commitment.pk]),
        commitment.signatory_name, "Ja: naam, logo en beschrijving", "Nederlands",
    ):  # fmt: skip
        assert str(answer) in html, answer
    for step in ("organisation", "measures", "numbers", "plan", "declaration"):
        assert f'href="{step_url(step)}"' in html, step


def test_select_boxes_open_with_what_to_choose(client, newcomer):
    client.force_login(newcomer)
    html = client.get(step_url("organisation")).content.decode()
    assert "---------" not in html
    for prompt in ("Kies de soort organisatie", "Kies een sector", "Kies het aantal medewerkers",
                   "Kies uw regio"):  # fmt: skip
        assert f'<option value="" selected>{prompt}</option>' in html, prompt


def test_step_addresses_are_in_the_pages_language(client, employer):
    from django.utils import translation

    client.force_login(employer)
    with translation.override("nl"):
        dutch = [reverse("taalakkoord:wizard", args=[step]) for step in ("organisation", "plan")]
    with translation.override("en"):
        english = reverse("taalakkoord:wizard", args=["plan"])
    assert dutch == [
        "/nl/mijn-taalakkoord/aanmelden/organisatie/",
        "/nl/mijn-taalakkoord/aanmelden/plan-van-aanpak/",
    ]
    assert english == "/en/my-taalakkoord/join/plan-of-action/"
    html = client.get(dutch[0]).content.decode()
    assert 'href="/nl/mijn-taalakkoord/aanmelden/maatregelen/"' in html
    # An older link with the English name still opens the step; an unknown step is a 404.
    assert client.get("/nl/mijn-taalakkoord/aanmelden/organisation/").status_code == 200
    assert client.get("/nl/mijn-taalakkoord/aanmelden/bestaat-niet/").status_code == 404


def test_continue_later_saves_the_step_first(client, employer, measures):
    client.force_login(employer)
    commitment = Membership.objects.get(user=employer).organisation.commitment
    commitment.measures.clear()
    data = {"measures": [measures[0].pk], "other_measures": "Een leesclub", "later": "1"}
    response = client.post(step_url("measures"), data)
    assert response["Location"] == reverse("taalakkoord:dashboard")
    commitment.refresh_from_db()
    assert list(commitment.measures.all()) == [measures[0]]
    assert commitment.other_measures == "Een leesclub"


def test_continue_later_keeps_what_does_not_validate_yet(client, employer, measures):
    client.force_login(employer)
    data = {"employees_total": 10, "employees_in_scope": 50, "employees_to_reach": 2,
            "reach_by": "2040-01-01", "later": "1"}  # fmt: skip
    response = client.post(step_url("numbers"), data)
    assert response["Location"] == reverse("taalakkoord:dashboard")
    again = client.get(step_url("numbers")).content.decode()
    assert 'value="50"' in again and "niet meer zijn dan het totaal" in again


def test_an_empty_field_says_what_to_fill_in(client, employer, measures):
    client.force_login(employer)
    html = client.post(step_url("organisation"), organisation_data(place="")).content.decode()
    assert "Vul de plaats in waar uw organisatie zit." in html
    assert "verplicht veld" not in html
    html = client.post(step_url("declaration"), {"language": "nl"}).content.decode()
    assert "Vul de naam in van wie ondertekent." in html
