"""What the outside review found, each with the test that would have caught it."""

import io
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse

from cms.core.ratelimit import allow, client_ip
from employers.factories import OrganisationFactory
from taalakkoord.factories import CommitmentFactory
from tests.taalakkoord.conftest import verified_user
from tests.utils import unreachable_redis_url

pytestmark = pytest.mark.django_db


# Password resets: one path, rate-limited, sent by the task queue.


def test_the_admin_password_reset_leads_to_the_rate_limited_one(client):
    for path in ("/admin/password_reset/", "/admin/password_reset/done/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_reset_password")
    response = client.post("/admin/password_reset/", {"email": "iemand@voorbeeld.example"})
    assert response.status_code == 302 and not mail.outbox


def test_password_reset_requests_are_limited_and_queued(client):
    verified_user("vergeten")
    with mock.patch("cms.core.emails.send_email") as send_email:
        statuses = [
            client.post(
                reverse("account_reset_password"), {"email": "vergeten@example.org"}
            ).status_code
            for _ in range(12)
        ]
    assert statuses.count(302) == 5 and statuses.count(429) == 7, statuses
    # Through the task queue, not inside the request.
    assert send_email.enqueue.call_count == 5


# The KvK lookup names only organisations the public directory shows.


@pytest.fixture
def looker(db):
    return verified_user("zoeker")


@pytest.mark.parametrize("status", ["draft", "rejected", "submitted"])
def test_kvk_lookup_does_not_name_organisations_that_are_not_public(client, looker, status):
    CommitmentFactory(
        organisation=OrganisationFactory(name="Geheime Zorg B.V.", kvk_number="87654321"),
        status=status,
    )
    client.force_login(looker)
    page = client.get(reverse("taalakkoord:request_access", args=["87654321"])).content.decode()
    assert "Geheime Zorg" not in page
    assert "Vraag toegang tot deze organisatie" in page
    response = client.post(
        reverse("taalakkoord:request_access", args=["87654321"]), {"message": "Ik werk hier."},
        follow=True,
    )  # fmt: skip
    html = response.content.decode()
    assert "Geheime Zorg" not in html
    assert "Uw verzoek is verstuurd naar de beheerders van deze organisatie" in html


def test_kvk_lookup_names_public_members_and_is_rate_limited(client, looker, settings):
    settings.TAALAKKOORD_KVK_LOOKUPS_PER_MINUTE = 3
    CommitmentFactory(
        organisation=OrganisationFactory(name="Bakkerij De Linde", kvk_number="11112222"),
        approved=True,
    )
    client.force_login(looker)
    url = reverse("taalakkoord:request_access", args=["11112222"])
    assert "Bakkerij De Linde" in client.get(url).content.decode()
    statuses = [client.get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 429, 429]
    assert "Te veel verzoeken" in client.get(url).content.decode()


@pytest.mark.parametrize("public", [True, False])
def test_the_wizard_names_only_public_members(client, public):
    from tests.taalakkoord.test_wizard import organisation_data, step_url

    CommitmentFactory(
        organisation=OrganisationFactory(name="Schoonmaak Vink", kvk_number="55556666"),
        **({"approved": True} if public else {"status": "rejected"}),
    )
    client.force_login(verified_user("nieuw"))
    response = client.post(step_url("organisation"), organisation_data(kvk_number="55556666"))
    html = response.content.decode()
    assert reverse("taalakkoord:request_access", args=["55556666"]) in html
    if public:
        assert "Schoonmaak Vink is al aangemeld met dit KvK-nummer" in html
    else:
        assert "Er is al een organisatie aangemeld met dit KvK-nummer" in html
        assert "Schoonmaak Vink" not in html


# Headers, and uploads refused before they are read.


@pytest.mark.parametrize("path", ["/nl/", "/admin/", "/robots.txt"])
def test_permissions_policy_on_every_response(client, home, path):
    policy = client.get(path)["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


class UnreadableBody(io.RawIOBase):
    def read(self, *args):
        raise AssertionError("the body was read")

    readinto = read


@pytest.mark.parametrize("language, text", [("nl", "Het bestand is te groot"), ("en", "too large")])
def test_oversized_uploads_are_refused_before_the_body_is_read(settings, language, text):
    settings.UPLOAD_MAX_REQUEST_BYTES = 1024 * 1024
    from django.core.handlers.wsgi import WSGIHandler

    environ = (
        RequestFactory()
        .generic("POST", f"/{language}/", content_type="multipart/form-data; boundary=x")
        .environ
    )
    environ.update(CONTENT_LENGTH=str(60 * 1024 * 1024), **{"wsgi.input": UnreadableBody()})
    responses = []
    body = b"".join(WSGIHandler()(environ, lambda status, headers: responses.append(status)))
    assert responses[0].startswith("413")
    assert text in body.decode()


# Rate limits: the real client address, and shared while Redis is down.


def test_client_address_ignores_forwarded_headers_unless_proxies_are_trusted(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6")
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The proxy appends the address it saw; what the client wrote before it is not believed.
    spoofed = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )
    assert client_ip(spoofed) == "203.0.113.9"
    # Not through the proxy at all: the connecting address.
    direct = RequestFactory().get("/", REMOTE_ADDR="198.51.100.7")
    assert client_ip(direct) == "198.51.100.7"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    header = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="192.0.2.44")
    assert client_ip(header) == "192.0.2.44"


def test_behind_a_proxy_one_visitor_does_not_lock_out_the_others(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def visitor(address, spoof=""):
        forwarded = f"{spoof}, {address}" if spoof else address
        return RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert [allow(visitor("203.0.113.1"), "test", 2) for _ in range(3)] == [True, True, False]
    assert allow(visitor("203.0.113.2"), "test", 2)
    # A new spoofed address in front does not buy the first visitor a new budget.
    assert not allow(visitor("203.0.113.1", spoof="9.9.9.9"), "test", 2)


def test_allauth_login_limit_keys_on_the_forwarded_address(settings, client):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    verified_user("inlog")
    url = reverse("account_login")
    data = {"login": "inlog@example.org", "password": "fout-wachtwoord"}
    for attempt in range(10):
        client.post(url, {**data, "login": f"iemand{attempt}@example.org"},
                    HTTP_X_FORWARDED_FOR="203.0.113.1")  # fmt: skip
    blocked = client.post(url, data, HTTP_X_FORWARDED_FOR="203.0.113.1")
    other = client.post(url, data, HTTP_X_FORWARDED_FOR="203.0.113.2")
    assert "Te veel inlogpogingen" in blocked.content.decode()
    # Another visitor behind the same proxy: a wrong password, not a lock-out.
    assert other.status_code == 200 and "Te veel inlogpogingen" not in other.content.decode()


@pytest.fixture
def shared_fallback(settings):
    """Two processes' Redis caches, Redis down, with the database cache as their fallback."""
    from cms.core.cache import FallbackRedisCache

    settings.CACHES = {
        **settings.CACHES,
        "fallback": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_fallback",
        },
    }
    call_command("createcachetable", "cache_fallback", verbosity=0)
    params = {"OPTIONS": {"FALLBACK": "fallback", "SOCKET_CONNECT_TIMEOUT": 0.2}}
    location = unreachable_redis_url()
    yield [FallbackRedisCache(location, params), FallbackRedisCache(location, params)]
    caches["fallback"].clear()


def test_with_redis_down_counts_are_shared_between_processes(shared_fallback):
    first, second = shared_fallback
    key = "ratelimit:login:203.0.113.1:1"
    first.add(key, 0)
    first.incr(key)
    assert second.incr(key) == 2
    # Counted in the shared database cache, not in either process's memory.
    assert caches["fallback"].get(key) == 2
    assert first._memory.get(key) is None and second._memory.get(key) is None


# Bulk certificates taken up again after a killed worker.


def test_a_resumed_bulk_run_counts_each_member_once(db):
    from taalakkoord.models import CertificateRun, Commitment
    from taalakkoord.tasks import regenerate_certificates

    members = [CommitmentFactory(approved=True) for _ in range(3)]
    run = CertificateRun.objects.create(total=3)
    # The first worker got through one member, then was killed.
    run.remade.add(members[0])
    CertificateRun.objects.filter(pk=run.pk).update(done=1)
    with mock.patch("taalakkoord.certificates.remake_certificate") as remake:
        regenerate_certificates.call(run.pk)
    run.refresh_from_db()
    assert (run.done, run.total, run.percentage) == (3, 3, 100)
    assert remake.call_count == 2
    assert Commitment.objects.count() == 3


def test_security_txt(client, settings):
    settings.SECURITY_CONTACT = "mailto:beveiliging@voorbeeld.example"
    settings.SECURITY_TXT_EXPIRES = "2027-06-01T00:00:00Z"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Contact: mailto:beveiliging@voorbeeld.example" in text
    assert "Expires: 2027-06-01T00:00:00Z" in text
    settings.SECURITY_TXT_EXPIRES = ""
    assert "Expires: 20" in client.get("/.well-known/security.txt").content.decode()


def test_the_tag_filter_refuses_nul_bytes(news_index):
    client = Client(raise_request_exception=True)
    assert client.get(news_index.url, {"tag": "\x00"}).status_code == 400
    assert client.get(news_index.url, {"tag": "taal"}).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/chooser/chosen/x:y/",
        "/admin/images/chooser/chosen-multiple/?id=x&id=1",
        "/admin/documents/chooser/chosen-multiple/?id=abc",
        "/admin/snippets/choose/core/theme/chosen/%3A/",
    ],
)
def test_choosers_answer_404_to_a_malformed_id(url):
    from cms.core.factories import UserFactory

    client = Client(raise_request_exception=True)
    client.force_login(UserFactory(username="beheerder", is_superuser=True))
    response = client.get(url)
    # A 404 outside the language prefix is turned into a redirect into it, which then 404s.
    if response.status_code == 302:
        assert response["Location"] == f"/nl{url}"
        response = client.get(response["Location"])
    assert response.status_code == 404, url
