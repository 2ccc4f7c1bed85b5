"""Logs and errors an operations team can use: request ids, structured lines, Sentry, outages."""

import json
import logging
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core import mail

from cms.core.observability import ServiceState, logging_config, request_id_var

ROOT = Path(__file__).resolve().parents[2]


def test_every_response_carries_a_request_id_and_a_proxys_id_is_kept(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32 and first != second
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="lb-4f1c2a9e-77")["X-Request-ID"]
    assert kept == "lb-4f1c2a9e-77"
    # Anything that is not an id (spaces, new lines, too long) is replaced, not logged.
    forged = client.get("/healthz", HTTP_X_REQUEST_ID="x\nlevel=ERROR fake")["X-Request-ID"]
    assert "\n" not in forged and "fake" not in forged


@pytest.mark.django_db
def test_log_lines_of_a_request_carry_its_id(client, caplog, monkeypatch):
    seen = []

    def view_logs(*args, **kwargs):
        seen.append(request_id_var.get())
        logging.getLogger("lenw.test").warning("inside the request")
        raise RuntimeError("stop")

    monkeypatch.setattr("cms.core.health.check_task_queue", view_logs)
    monkeypatch.setitem(
        __import__("cms.core.health", fromlist=["CHECKS"]).CHECKS,
        "task_queue",
        ("Task queue", view_logs),
    )
    response = client.get("/readyz", HTTP_X_REQUEST_ID="probe-000123")
    assert response.status_code == 503
    assert seen == ["probe-000123"]
    assert request_id_var.get() == "-"  # reset after the request


def format_with(structured, record_id="abc123def456"):
    from django.utils.module_loading import import_string

    options = dict(logging_config("INFO", structured=structured)["formatters"]["line"])
    if "()" in options:
        formatter = import_string(options.pop("()"))(**options)
    else:
        formatter = logging.Formatter(options["format"], options["datefmt"])
    record = logging.LogRecord(
        "taalakkoord.tasks", logging.WARNING, __file__, 1, "Hallo %s", ("wereld",), None
    )
    record.request_id = record_id
    return formatter.format(record)


def test_structured_log_lines_are_json_with_time_level_logger_and_request_id():
    line = format_with(structured=True)
    data = json.loads(line)
    assert data["level"] == "WARNING"
    assert data["logger"] == "taalakkoord.tasks"
    assert data["request_id"] == "abc123def456"
    assert data["message"] == "Hallo wereld"
    assert data["timestamp"][:2] == "20" and "T" in data["timestamp"]
    text = format_with(structured=False)
    assert "WARNING taalakkoord.tasks [abc123def456] Hallo wereld" in text


def test_an_outage_is_two_log_lines_however_many_calls_meet_it(caplog):
    state = ServiceState()
    with caplog.at_level(logging.WARNING, logger="lenw.services"):
        for _ in range(5):
            state.down("Mail server", ConnectionRefusedError())
        assert state.is_down("Mail server")
        for _ in range(3):
            state.up("Mail server")
    lines = [r.getMessage() for r in caplog.records if r.name == "lenw.services"]
    assert lines[0] == "Mail server unreachable (ConnectionRefusedError)"
    assert lines[1].startswith("Mail server reachable again after")
    assert len(lines) == 2


@pytest.mark.django_db
@pytest.mark.raw_email
def test_the_mail_server_going_away_and_coming_back_is_logged(settings, caplog, monkeypatch):
    from cms.core.tasks import send_email

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    calls = {"n": 0}
    real_send = mail.EmailMultiAlternatives.send

    def flaky_send(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionRefusedError("mail server down")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(mail.EmailMultiAlternatives, "send", flaky_send)
    with caplog.at_level(logging.WARNING, logger="lenw.services"):
        send_email.func("Onderwerp", "Tekst", ["a@voorbeeld.example"], html="<p>Tekst</p>")
        send_email.func(
            "Onderwerp", "Tekst", ["a@voorbeeld.example"], html="<p>Tekst</p>", attempt=2
        )
    lines = [r.getMessage() for r in caplog.records if r.name == "lenw.services"]
    assert lines[0].startswith("Mail server unreachable")
    assert lines[1].startswith("Mail server reachable again")
    assert len(mail.outbox) == 1


class FakeSentry(BaseHTTPRequestHandler):
    """Collects what a Sentry SDK sends (an envelope per event) on loopback."""

    received: list[bytes] = []

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        encoding = self.headers.get("Content-Encoding")
        if encoding == "gzip":
            import gzip

            body = gzip.decompress(body)
        elif encoding == "br":
            import brotli

            body = brotli.decompress(body)
        FakeSentry.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


SCRIPT = """
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
client.cookies["sessionid"] = "secret-session"
response = client.get("/boom/?email=piet@voorbeeld.example")
assert response.status_code == 500, response.status_code
import sentry_sdk
sentry_sdk.flush(timeout=5)
"""


def run_site(env_extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.operations.boom_settings",
        **env_extra,
    }
    env.pop("SENTRY_DSN", None) if "SENTRY_DSN" not in env_extra else None
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_errors_are_reported_to_sentry_when_a_dsn_is_set_without_personal_data():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSentry)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FakeSentry.received = []
    try:
        port = server.server_address[1]
        result = run_site({"SENTRY_DSN": f"http://publickey@127.0.0.1:{port}/42"})
        assert result.returncode == 0, result.stderr
    finally:
        server.shutdown()
    sent = b"\n".join(FakeSentry.received).decode()
    assert "ZeroDivisionError" in sent
    assert "secret-session" not in sent and "piet@voorbeeld.example" not in sent


def test_without_a_dsn_sentry_is_not_even_imported():
    result = run_site({})
    assert result.returncode == 0, result.stderr
    check = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django, sys; django.setup(); print('sentry_sdk' in sys.modules)",
        ],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "SENTRY_DSN"},
            "DJANGO_SETTINGS_MODULE": "tests.operations.boom_settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.stdout.strip() == "False", check.stderr
