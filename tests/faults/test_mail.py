"""The mail server is down: sign-ups and advice requests are saved, their emails go out later."""

import datetime
import socket

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.core.factories import region
from cms.core.tasks import RETRY_DELAYS
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.desks.models import AdviceRequest


def closed_port():
    """A port on loopback that nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server_down(settings, queued):
    """Tasks queued in the database (as in production); SMTP to a port nobody answers."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


def emails():
    return DBTaskResult.objects.filter(task_path="cms.core.tasks.send_email")


def mail_server_back(settings, run_worker, after_seconds):
    """The mail server answers again; the worker runs once `after_seconds` later."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=after_seconds)):
        run_worker()


def test_advice_request_is_saved_and_its_emails_follow(
    client, home, mail_server_down, run_worker, django_capture_on_commit_callbacks
):
    index = RegionsIndexPageFactory(parent=home)
    desk = LeerwerkloketPageFactory(parent=index, region=region("twente"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            desk.url,
            {
                "name": "Samira Bakker",
                "email": "samira@voorbeeld.example",
                "contact_preference": "video",
                "question": "Kan ik verpleegkundige worden naast mijn werk?",
                "consent": "on",
            },
        )
    assert response.status_code == 302
    assert AdviceRequest.objects.filter(name="Samira Bakker").exists()
    assert emails().count() == 2  # to the desk, and the confirmation

    run_worker()  # the mail server refuses: both emails wait for a second try
    assert mail.outbox == []
    waiting = emails().filter(status="READY")
    assert waiting.count() == 2
    assert {task.args_kwargs["args"][-1] for task in waiting} == {2}  # attempt 2

    mail_server_back(mail_server_down, run_worker, RETRY_DELAYS[0] + 1)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "info@twente.leerwerkloket.example",
        "samira@voorbeeld.example",
    ]
    assert not emails().filter(status__in=["READY", "FAILED"]).exists()


def test_sign_up_is_saved_and_the_confirmation_follows(client, db, mail_server_down, run_worker):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "nieuw@voorbeeld.example",
            "password1": "Taalakkoord-2026!",
            "password2": "Taalakkoord-2026!",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="nieuw@voorbeeld.example").exists()
    run_worker()
    assert mail.outbox == []

    mail_server_back(mail_server_down, run_worker, RETRY_DELAYS[0] + 1)
    (message,) = mail.outbox
    assert message.to == ["nieuw@voorbeeld.example"]
    assert "/account/confirm-email/" in message.body


@pytest.mark.raw_email
def test_an_email_that_keeps_failing_stops_after_the_last_try(db, mail_server_down, run_worker):
    from cms.core.tasks import send_email

    send_email.enqueue("Onderwerp", "Tekst", ["iemand@voorbeeld.example"])
    moment = timezone.now()
    for delay in [0, *RETRY_DELAYS]:
        moment += datetime.timedelta(seconds=delay + 1)
        with time_machine.travel(moment):
            run_worker()
    assert emails().filter(status="FAILED").count() == 1
    assert emails().count() == len(RETRY_DELAYS) + 1
    assert mail.outbox == []
