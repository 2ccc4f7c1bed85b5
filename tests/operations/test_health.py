"""/healthz and /readyz: what a load balancer and `make prod` ask before sending visitors."""

import json

import pytest
from django.db import connection

from tests.faults import test_database as database_faults
from tests.faults.test_database import get, set_database_available
from tests.utils import unreachable_redis_url

superuser_connection = database_faults.superuser_connection


def test_healthz_answers_without_the_database(client):
    response = client.get("/healthz")  # no django_db mark: a query here would raise
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_names_every_part_and_answers_200_when_all_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "task_queue": "ok", "storage": "ok"},
    }


@pytest.mark.django_db
def test_readyz_is_503_when_redis_is_away_and_names_only_the_part(client, settings, caplog):
    url = unreachable_redis_url()
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.core.cache.FallbackRedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
            },
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"] == "unavailable"
    assert body["checks"]["database"] == "ok"
    # No address, port or error text leaves the site.
    assert url.split("//")[1].split("/")[0] not in response.content.decode()
    assert "Redis unreachable" in caplog.text


@pytest.mark.django_db
def test_readyz_is_503_when_the_storage_folder_cannot_be_made(client, settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = str(blocker / "media")  # a disk that was not mounted, say
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"
    assert str(tmp_path) not in response.content.decode()


def test_probes_answer_any_host_and_plain_http_in_production(client, settings):
    """A probe asks by the machine's own address over HTTP: no 400 for the host, no redirect."""
    settings.ALLOWED_HOSTS = ["www.lerenenwerken.nl"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200


def test_readyz_follows_postgresql_going_away_and_coming_back(
    migrated_db,
    live_server,
    superuser_connection,
    caplog,
):
    assert get(live_server, "/readyz")[0] == 200
    try:
        set_database_available(superuser_connection, False)
        status, headers, body = get(live_server, "/readyz")
        assert status == 503
        assert json.loads(body)["checks"]["database"] == "unavailable"
        assert headers["Cache-Control"] == "no-store"
    finally:
        set_database_available(superuser_connection, True)
        connection.close()
    status, _headers, body = get(live_server, "/readyz")
    assert status == 200, body
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("Database unreachable") for m in messages), messages
    assert any(m.startswith("Database reachable again") for m in messages), messages
