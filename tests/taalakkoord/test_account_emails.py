"""allauth's emails and messages in our voice: the site's name, "u", no username, no host:port."""

import re

from django.core import mail
from django.urls import reverse

from .conftest import verified_user

HOST_AND_PORT = re.compile(r"\b(127\.0\.0\.1|localhost|testserver):\d+")


def test_the_verification_email_names_the_site_and_no_username(client, db):
    client.post(
        reverse("account_signup"),
        {"email": "nieuw@voorbeeld.example", "password1": "Taalakkoord-2026!",
         "password2": "Taalakkoord-2026!"},
    )  # fmt: skip
    message = mail.outbox[-1]
    text = f"{message.subject}\n{message.body}"
    assert "Leren en Werken" in text
    assert not HOST_AND_PORT.search(text)
    assert not re.search(r"\b(je|jouw|jij)\b", message.body, re.IGNORECASE), message.body
    assert "nieuw@voorbeeld.example" in message.body


def test_password_reset_email_has_no_username(client, db):
    user = verified_user("vergeetachtig")
    client.post(reverse("account_reset_password"), {"email": user.email})
    body = mail.outbox[-1].body
    assert user.username not in body
    assert "Leren en Werken" in body and not HOST_AND_PORT.search(body)
    assert "nieuw wachtwoord" in body


def test_logging_in_greets_by_email_address_in_one_voice(client, db):
    user = verified_user("journey17476", first_name="", last_name="")
    user.set_password("Taalakkoord-2026!")
    user.save()
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "Taalakkoord-2026!"},
        follow=True,
    )  # fmt: skip
    html = response.content.decode()
    assert f"U bent ingelogd als {user.email}." in html  # the address, not the username


def test_the_login_page_says_inloggen_not_aanmelden(client, db):
    html = client.get(reverse("account_login")).content.decode()
    assert "Inloggen" in html
    assert "Aanmelden" not in html
    assert "Maak dan eerst een account" in html
