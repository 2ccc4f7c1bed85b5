"""A corpus of XSS payloads put into every field a user can write, checked on public pages, in the
admin, in emails and in PDFs. HTML (pages and the HTML part of emails) must show each payload as
text (escaped); the plain-text part of emails and PDFs must show it literally, and no payload may add a header to an email."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from pypdf import PdfReader

from cms.core.factories import UserFactory, region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.desks.models import AdviceRequest
from employers.factories import MembershipFactory
from employers.models import AccessRequest, ProfileChange
from taalakkoord import services
from taalakkoord.certificates import current_certificate
from taalakkoord.factories import CommitmentFactory, DeclarationFactory
from taalakkoord.models import MemberDirectoryPage

PAYLOADS = [
    '<script>alert("xss")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "</textarea></title><script>alert(1)</script>",
    '<a href="javascript:alert(1)">klik</a>',
    "{{ request.user.password }} {% debug %}",
]
IDS = ["script", "attribute", "single-quote", "breakout", "javascript-link", "template"]


def assert_escaped(html, payload):
    """The payload is on the page as text, and nowhere as markup."""
    assert payload not in html or escape(payload) == payload
    assert escape(payload) in html


@pytest.fixture
def superuser(db):
    return UserFactory(username="beheer", is_superuser=True, is_staff=True)


@pytest.fixture
def hostile_member(db, home, payload):
    """An approved, public member whose every text field holds the payload."""
    directory = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=directory)
    commitment = CommitmentFactory(
        approved=True,
        organisation__name=f"Bakkerij {payload}",
        organisation__description=payload,
        organisation__place=payload,
        plan_text=payload,
        signatory_name=payload,
        signatory_role=payload,
    )
    return directory, commitment


def assert_html_part_escapes(message, payload=None):
    """An email's HTML part shows what people wrote as text: no tag of theirs survives."""
    (html, mimetype), *_ = message.alternatives
    assert mimetype == "text/html"
    for tag in ("<script", "<img", "<svg", 'href="javascript'):
        assert tag not in html
    if payload and payload in message.body:
        assert escape(payload) in html


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_public_pages_escape_what_members_wrote(client, hostile_member, payload):
    directory, commitment = hostile_member
    organisation = commitment.organisation
    pages = [
        (directory.url, None),
        (directory.url + directory.reverse_subpage("profile", args=[organisation.slug]), None),
        (reverse("search"), {"q": payload}),
        (directory.url, {"q": payload}),
    ]
    for url, query in pages:
        assert_escaped(client.get(url, query).content.decode(), payload)
    response = client.get(reverse("taalakkoord_api:members"))
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["results"][0]["name"] == f"Bakkerij {payload}"


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_certificates_show_the_name_literally(client, db, payload):
    DeclarationFactory()
    commitment = CommitmentFactory(submitted=True, organisation__name=payload)
    team = UserFactory(username="team", groups=["Moderators"])
    services.approve(commitment, team)
    from taalakkoord.tasks import generate_certificate

    generate_certificate.call(commitment.pk)
    certificate = current_certificate(commitment)
    certificate.pdf.open("rb")
    text = PdfReader(io.BytesIO(certificate.pdf.read())).pages[0].extract_text()
    certificate.pdf.close()
    assert "".join(payload.split()) in "".join(text.split())  # lines wrap anywhere
    html = client.get(reverse("certificate_verify_code", args=[certificate.code])).content.decode()
    assert_escaped(html, payload)


@pytest.fixture
def twente_desk(home):
    index = RegionsIndexPageFactory(parent=home)
    return LeerwerkloketPageFactory(parent=index, region=region("twente"))


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_advice_requests_stay_text_on_the_page_in_the_admin_and_in_emails(
    client, twente_desk, superuser, payload, django_capture_on_commit_callbacks
):
    data = {
        "name": payload,
        "email": "samira@voorbeeld.example",
        "phone": payload[:30],
        "contact_preference": "video",
        "question": f"Mijn vraag: {payload}",
        "consent": "on",
    }
    # With an error elsewhere, the form comes back with what was typed, escaped.
    html = client.post(twente_desk.url, {**data, "email": "geen-adres"}).content.decode()
    assert_escaped(html, payload)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(twente_desk.url, data)
    advice = AdviceRequest.objects.get()
    assert advice.name == payload
    for message in mail.outbox:
        assert_html_part_escapes(message, payload)
        assert "\n" not in message.subject
    assert payload in mail.outbox[0].body
    client.force_login(superuser)
    for url in (
        reverse("desks_advice_requests:index"),
        reverse("desks_advice_requests:inspect", args=[advice.pk]),
        reverse("desks_advice_requests:edit", args=[advice.pk]),
    ):
        assert_escaped(client.get(url).content.decode(), payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_the_admin_escapes_what_members_wrote(client, superuser, payload):
    commitment = CommitmentFactory(
        submitted=True,
        organisation__name=f"Bakkerij {payload}",
        organisation__description=payload,
        plan_text=payload,
    )
    change = ProfileChange.objects.create(
        organisation=commitment.organisation, name=payload, description=payload
    )
    client.force_login(superuser)
    for url in (
        reverse("taalakkoord_commitments:index") + "?status=",  # every status
        reverse("taalakkoord_commitments:inspect", args=[commitment.pk]),
        reverse("taalakkoord_commitments:review", args=[commitment.pk]),
        reverse("employers_profile_changes:index") + "?pending=",
        reverse("employers_profile_changes:review", args=[change.pk]),
        reverse("taalakkoord_organisations:index") + "?q=Bakkerij",
        reverse("taalakkoord_organisations:review", args=[commitment.organisation_id]),
        reverse("wagtailadmin_home"),
    ):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
        assert escape(payload) in html or url == reverse("wagtailadmin_home"), url


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_member_emails_keep_the_name_literally_and_escape_it_in_html(
    client, db, payload, django_capture_on_commit_callbacks
):
    admin = UserFactory(username="anna", email="anna@voorbeeld.example")
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    commitment = CommitmentFactory(submitted=True, organisation__name=payload)
    MembershipFactory(user=admin, organisation=commitment.organisation)
    team = UserFactory(username="team", groups=["Moderators"])
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(commitment, team)
    outsider = UserFactory(username="ouder", email="ouder@voorbeeld.example")
    EmailAddress.objects.create(user=outsider, email=outsider.email, verified=True, primary=True)
    client.force_login(outsider)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("taalakkoord:request_access", args=[commitment.organisation.kvk_number]),
            {"message": payload},
        )
    assert AccessRequest.objects.filter(message=payload).exists()
    decision, access = mail.outbox
    for message in (decision, access):
        assert_html_part_escapes(message, payload if message is access else None)
        assert "\n" not in message.subject and "\r" not in message.subject
    assert payload in decision.subject and payload in decision.body
    assert payload in access.body


def test_a_name_cannot_add_headers_to_an_email(db, django_capture_on_commit_callbacks):
    admin = UserFactory(username="anna", email="anna@voorbeeld.example")
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    commitment = CommitmentFactory(
        submitted=True, organisation__name="Bakkerij\r\nBcc: iedereen@voorbeeld.example"
    )
    MembershipFactory(user=admin, organisation=commitment.organisation)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(commitment, UserFactory(username="team", groups=["Moderators"]))
    (message,) = mail.outbox
    assert message.subject.endswith("Bakkerij Bcc: iedereen@voorbeeld.example")
    headers = str(message.message()).split("\n\n")[0].splitlines()
    assert message.bcc == [] and not [line for line in headers if line.startswith("Bcc")]
