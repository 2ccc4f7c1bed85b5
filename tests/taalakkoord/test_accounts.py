"""Accounts through allauth: sign-up with mandatory email verification, rate-limited login."""

import re

from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from .conftest import verified_user


def test_sign_up_requires_verifying_the_email_address(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "nieuw@example.org",
            "password1": "een-lang-wachtwoord-1",
            "password2": "een-lang-wachtwoord-1",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    # Not logged in until the address is confirmed.
    assert client.get(reverse("taalakkoord:dashboard")).status_code == 302
    confirm = client.get(link)
    assert confirm.status_code == 200
    client.post(link)
    assert client.get(reverse("taalakkoord:dashboard")).status_code == 200


def test_login_page_is_in_the_site_style_and_language(client, db):
    html = client.get("/nl/account/login/").content.decode()
    assert '<html lang="nl">' in html and 'class="site-header"' in html
    assert '<html lang="en">' in client.get("/en/account/login/").content.decode()


def test_failed_logins_are_rate_limited(client, db):
    cache.clear()
    verified_user("victim")
    url = reverse("account_login")
    for attempt in range(5):
        client.post(url, {"login": "victim@example.org", "password": f"fout-{attempt}"})
    # After five failures even the right password is refused for a while.
    response = client.post(url, {"login": "victim@example.org", "password": "a-long-test-password"})
    assert "Te veel inlogpogingen" in response.content.decode()
    assert client.get(reverse("taalakkoord:dashboard")).status_code == 302


def test_admin_login_goes_through_allauth(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_must_set_up_two_factor_when_the_setting_says_so(client, settings, db):
    from allauth.mfa.models import Authenticator

    staff = verified_user("redactie", groups=["Editors"])
    client.force_login(staff)
    settings.MFA_REQUIRED_FOR_STAFF = False
    assert client.get("/admin/").status_code == 200
    settings.MFA_REQUIRED_FOR_STAFF = True
    response = client.get("/admin/")
    assert response["Location"] == reverse("mfa_activate_totp")
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get("/admin/").status_code == 200


def test_two_factor_is_offered_to_members(client, employer):
    client.post(
        reverse("account_login"), {"login": "anna@example.org", "password": "a-long-test-password"}
    )
    html = client.get(reverse("taalakkoord:dashboard")).content.decode()
    assert reverse("mfa_index") in html
    # Setting up an authenticator app asks for the password once more, then shows the QR code.
    response = client.get(reverse("mfa_activate_totp"))
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("account_reauthenticate"))
        client.post(response["Location"], {"password": "a-long-test-password"})
        response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert "<svg" in response.content.decode() or "data:image" in response.content.decode()


def test_password_reset_sends_a_link_that_sets_a_new_password(client, db):
    verified_user("vergeten")
    client.post(reverse("account_reset_password"), {"email": "vergeten@example.org"})
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "nieuw-wachtwoord-2026", "password2": "nieuw-wachtwoord-2026"},
    )
    client.logout()
    client.post(
        reverse("account_login"),
        {"login": "vergeten@example.org", "password": "nieuw-wachtwoord-2026"},
    )
    assert client.get(reverse("taalakkoord:dashboard")).status_code == 200


def test_changing_the_email_address_needs_verification(client, employer):
    client.post(
        reverse("account_login"), {"login": "anna@example.org", "password": "a-long-test-password"}
    )
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "anna.nieuw@example.org"}
    )
    if response.status_code == 302 and "reauthenticate" in response["Location"]:
        client.post(response["Location"], {"password": "a-long-test-password"})
        client.post(reverse("account_email"), {"action_add": "", "email": "anna.nieuw@example.org"})
    assert mail.outbox[-1].to == ["anna.nieuw@example.org"]
    employer.refresh_from_db()
    assert employer.email == "anna@example.org"  # unchanged until confirmed
