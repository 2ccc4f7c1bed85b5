"""The contact form: submissions are stored and emailed; the spam trap stops bots."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from cms.standardpages.factories import FormFieldFactory, FormPageFactory
from tests.utils import assert_references_exist


@pytest.fixture
def contact_page(home):
    page = FormPageFactory(parent=home, slug="contact", to_address="redactie@example.org")
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(page=page, label="E-mailadres", field_type="email", sort_order=1)
    FormFieldFactory(page=page, label="Bericht", field_type="multiline", sort_order=2)
    return page


def test_submission_is_stored_and_emailed(client, contact_page):
    response = client.post(
        contact_page.url,
        {
            "naam": "Fatima Yilmaz",
            "e_mailadres": "fatima@example.org",
            "bericht": "Ik wil advies over EVC.",
        },
    )
    assert response.status_code == 200
    assert "Bedankt voor uw bericht" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["naam"] == "Fatima Yilmaz"
    assert "website_address" not in submission.form_data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redactie@example.org"]
    assert message.reply_to == ["fatima@example.org"]
    assert "Ik wil advies over EVC." in message.body


def test_spam_trap_rejects_a_bot(client, contact_page):
    response = client.post(
        contact_page.url,
        {
            "naam": "Bot",
            "e_mailadres": "bot@example.org",
            "bericht": "Koop nu!",
            "website_address": "http://spam.example",
        },
    )
    html = response.content.decode()
    assert "Uw bericht kon niet worden verstuurd" in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_invalid_input_shows_messages_and_keeps_what_was_typed(client, contact_page):
    response = client.post(
        contact_page.url, {"naam": "Fatima", "e_mailadres": "geen-adres", "bericht": ""}
    )
    html = response.content.decode()
    assert "Controleer het formulier" in html
    assert 'value="Fatima"' in html
    assert 'value="geen-adres"' in html
    assert 'aria-invalid="true"' in html
    assert "<title>Fout: " in html
    assert_references_exist(html)
    assert not FormSubmission.objects.exists()
