"""The account pages (allauth's views) in our own templates and words, and allauth's emails in
our voice: the site's name, "u", no username, no host and port, the recipient's language.

(tests/conftest.py checks every email of every test for both parts and the site's name.)
"""

import os
import re

import allauth
import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from tests.utils import assert_references_exist

from .conftest import verified_user

ALLAUTH_TEMPLATES = os.path.join(os.path.dirname(allauth.__file__), "templates")
PASSWORD = "Taalakkoord-2026!"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def assert_ours(response):
    """The page is ours: our account layout, and no template of allauth's took part."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'data-layout="account"' in html
    used = {t.origin.name for t in response.templates if t.origin and t.origin.name}
    assert not [name for name in used if name.startswith(ALLAUTH_TEMPLATES)], used
    assert_references_exist(html)
    assert "placeholder=" not in html.split('id="site-search-q"')[-1].split("</header>")[-1]
    return html


def code_now():
    import time

    return format_hotp_value(hotp_value(SECRET, int(time.time()) // 30))


def with_two_step_login(user):
    TOTP.activate(user, SECRET)
    RecoveryCodes.activate(user)


def log_in(client, user, code=True):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    if code:
        client.post(reverse("mfa_authenticate"), {"code": code_now()})


@pytest.fixture
def person(db):
    user = verified_user("journey17476", first_name="", last_name="")
    user.set_password(PASSWORD)
    user.save()
    return user


ANONYMOUS_PAGES = [
    ("account_login", []),
    ("account_signup", []),
    ("account_reset_password", []),
    ("account_reset_password_done", []),
    ("account_email_verification_sent", []),
    ("account_confirm_email", ["not-a-key"]),
    ("account_reset_password_from_key", ["x1", "not-a-key"]),
    ("account_reset_password_from_key_done", []),
    ("account_inactive", []),
]


@pytest.mark.parametrize("name,args", ANONYMOUS_PAGES, ids=[name for name, _ in ANONYMOUS_PAGES])
def test_every_page_before_logging_in_is_ours(client, db, name, args):
    assert_ours(client.get(reverse(name, args=args), follow=True))


MEMBER_PAGES = [
    "account_logout",
    "account_email",
    "account_change_password",
    "account_reauthenticate",
    "mfa_index",
    "mfa_activate_totp",
]


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_every_page_of_a_logged_in_member_is_ours(client, person, name):
    log_in(client, person, code=False)
    assert_ours(client.get(reverse(name), follow=True))


@pytest.mark.parametrize(
    "name",
    ["mfa_authenticate", "mfa_index", "mfa_deactivate_totp", "mfa_view_recovery_codes",
     "mfa_generate_recovery_codes", "mfa_reauthenticate"],
)  # fmt: skip
def test_every_two_step_login_page_is_ours(client, person, name):
    with_two_step_login(person)
    log_in(client, person, code=name != "mfa_authenticate")
    assert_ours(client.get(reverse(name), follow=True))


def test_setting_a_password_is_ours(client, db):
    user = verified_user("zonderwachtwoord")
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    assert_ours(client.get(reverse("account_set_password"), follow=True))


def test_two_step_login_works_through_our_pages(client, person):
    with_two_step_login(person)
    response = client.post(
        reverse("account_login"), {"login": person.email, "password": PASSWORD}, follow=True
    )
    html = assert_ours(response)
    assert "Vul uw code in" in html and "herstelcodes" in html
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"}, follow=True)
    assert "Fout:" in assert_ours(response)
    response = client.post(reverse("mfa_authenticate"), {"code": code_now()}, follow=True)
    assert response.wsgi_request.user == person


def test_signup_errors_name_the_field_and_keep_what_was_typed(client, db):
    verified_user("bestaat")
    response = client.post(
        reverse("account_signup"),
        {"email": "bestaat@example.org", "password1": PASSWORD, "password2": "iets-anders-2026"},
    )
    html = assert_ours(response)
    assert "<title>Fout: Account maken" in html
    assert 'class="error-summary"' in html and 'href="#id_password2"' in html
    # What was typed comes back, passwords too; no placeholders, labels without colons.
    assert 'value="bestaat@example.org"' in html
    assert f'value="{PASSWORD}"' in html
    assert "Typ het wachtwoord nog een keer" in html and ":</label>" not in html
    empty = assert_ours(client.post(reverse("account_signup"), {}))
    assert "Vul uw e-mailadres in." in empty and "Kies een wachtwoord." in empty
    assert "Dit veld is verplicht" not in empty


def test_a_failed_login_says_what_to_do_and_keeps_the_address(client, person):
    response = client.post(
        reverse("account_login"), {"login": person.email, "password": "fout-wachtwoord"}
    )
    html = assert_ours(response)
    assert f'value="{person.email}"' in html
    assert "fout-wachtwoord" not in html  # a wrong password does not come back


def test_the_verification_email_names_the_site_and_no_username(client, db):
    client.post(
        reverse("account_signup"),
        {"email": "nieuw@voorbeeld.example", "password1": PASSWORD, "password2": PASSWORD},
    )
    (message,) = mail.outbox
    assert message.subject == "Bevestig uw e-mailadres"
    assert message.body.startswith("Goedendag,")
    assert "account gemaakt op de website van Leren en Werken" in message.body
    assert "/account/confirm-email/" in message.body
    assert not re.search(r"\b(je|jouw|jij)\b", message.body, re.IGNORECASE), message.body
    html = message.alternatives[0][0]
    assert '<html lang="nl">' in html and "/account/confirm-email/" in html


def test_emails_follow_the_language_of_the_page(client, db):
    with_language = reverse("account_signup").replace("/nl/", "/en/", 1)
    client.post(with_language, {"email": "new@example.org", "password1": PASSWORD,
                                "password2": PASSWORD})  # fmt: skip
    (message,) = mail.outbox
    assert message.subject == "Confirm your email address"
    assert message.body.startswith("Hello,") and "/en/" in message.body
    assert '<html lang="en">' in message.alternatives[0][0]


def test_password_reset_email_greets_by_name_and_has_no_username(client, db):
    user = verified_user("vergeetachtig", first_name="Sam", last_name="Jansen")
    client.post(reverse("account_reset_password"), {"email": user.email})
    (message,) = mail.outbox
    assert message.subject == "Kies een nieuw wachtwoord"
    assert message.body.startswith("Beste Sam Jansen,")
    assert user.username not in message.body
    assert "nieuw wachtwoord" in message.body


def test_an_unknown_address_gets_our_email_and_the_page_does_not_tell(client, db):
    response = client.post(
        reverse("account_reset_password"), {"email": "onbekend@example.org"}, follow=True
    )
    assert "Als er een account met dit e-mailadres is" in assert_ours(response)
    (message,) = mail.outbox
    assert message.subject == "Geen account met dit e-mailadres"


def test_logging_in_greets_by_email_address_in_one_voice(client, person):
    response = client.post(
        reverse("account_login"), {"login": person.email, "password": PASSWORD}, follow=True
    )
    html = response.content.decode()
    assert f"U bent ingelogd als {person.email}." in html  # the address, not the username
    assert f"als {person.username}." not in html


def test_logging_out_stays_in_the_language_being_read(client, person):
    dutch = reverse("account_logout")
    log_in(client, person, code=False)
    response = client.post(dutch.replace("/nl/", "/en/", 1))
    assert response["Location"] == "/en/"
    client.force_login(person)
    response = client.post(dutch)
    assert response["Location"] == "/nl/"


def test_the_login_page_says_inloggen_not_aanmelden(client, db):
    html = assert_ours(client.get(reverse("account_login")))
    assert "<title>Inloggen |" in html
    assert "Aanmelden" not in html and "aanmelden" not in html
    assert "Nog geen account?" in html and "Account maken" in html


def test_the_login_page_offers_the_forgotten_password_link_once(client, db):
    html = assert_ours(client.get(reverse("account_login")))
    assert html.count(reverse("account_reset_password")) == 1
