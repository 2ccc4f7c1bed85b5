"""The database goes away (restart, failover): visitors get a clear 503, the site recovers."""

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

MEMBERS = "/api/taalakkoord/members/"


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (OperationalError("connection to server at 127.0.0.1 failed: Connection refused"), 503),
        (ValueError("a bug"), 500),
    ],
    ids=["database-unreachable", "other-error"],
)
def test_a_database_outage_gives_a_503_page_other_errors_a_500(
    client, db, monkeypatch, error, status
):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr("taalakkoord.views.api.Paginator.page", fail)
    client.raise_request_exception = False
    response = client.get(reverse("taalakkoord_api:members"))
    assert response.status_code == status
    if status == 503:
        assert response["Retry-After"] == "30"
        html = response.content.decode()
        assert "De website is even niet beschikbaar" in html and 'lang="en"' in html
    else:
        assert "Retry-After" not in response


@pytest.fixture
def superuser_connection():
    """A second connection to the server, as a DBA would use to take the database away."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (CI runs the suite on it too)")
    import psycopg

    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    with psycopg.connect(**params, autocommit=True) as admin:
        yield admin


def set_database_available(admin, available):
    name = connection.settings_dict["NAME"]
    admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(available).lower()}')
    if not available:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )


def get(live_server, path):
    """A real HTTP request, through Django's handler as gunicorn would run it."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(live_server.url + path, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_database_restart_gives_503_and_the_site_recovers_by_itself(
    migrated_db, live_server, superuser_connection
):
    assert get(live_server, MEMBERS)[0] == 200
    try:
        # Down: every open connection is cut and new ones are refused, as during a restart.
        set_database_available(superuser_connection, False)
        for _ in range(3):
            status, headers, body = get(live_server, MEMBERS)
            assert status == 503
            assert headers["Retry-After"] == "30"
            assert "De website is even niet beschikbaar" in body.decode()
    finally:
        set_database_available(superuser_connection, True)
        connection.close()  # this thread's connection was cut too
    # Up again: the next request reconnects by itself; no restart of the app needed.
    status, _headers, body = get(live_server, MEMBERS)
    assert status == 200 and b'"count": 0' in body


def test_a_connection_cut_between_requests_is_replaced_unnoticed(
    migrated_db, live_server, superuser_connection
):
    """A restart that finishes between two requests: the health check reconnects."""
    assert get(live_server, MEMBERS)[0] == 200
    name = connection.settings_dict["NAME"]
    superuser_connection.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        [name],
    )
    connection.close()
    assert get(live_server, MEMBERS)[0] == 200
