"""AVG: a person's own data, deleting one's account, and the retention of personal data."""

import datetime
import json

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from cms.core import retention
from employers.factories import MembershipFactory, OrganisationFactory
from employers.models import AccessRequest, Organisation, Role
from taalakkoord import services
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment
from taalakkoord.privacy import ANONYMISED_NAME, AccountNotDeleted, delete_account

from .conftest import verified_user

PASSWORD = "Taalakkoord-2026!"


@pytest.fixture
def person(employer):
    employer.set_password(PASSWORD)
    employer.save()
    return employer


def test_a_person_downloads_their_own_data(client, person, other_employer):
    organisation = person.membership.organisation
    # Bob's organisation has not been published: its name stays out of the download.
    AccessRequest.objects.create(
        organisation=other_employer.membership.organisation, user=person, message="Mag ik erbij?"
    )
    client.force_login(person)
    response = client.get(reverse("taalakkoord:my_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == person.email
    assert data["email_addresses"] == [{"email": person.email, "verified": True, "primary": True}]
    assert data["organisation"]["name"] == organisation.name
    assert data["organisation"]["role"] == Role.ADMIN
    assert data["access_requests"][0]["message"] == "Mag ik erbij?"
    assert data["access_requests"][0]["organisation"] is None
    # Nothing of anyone else's.
    assert other_employer.email not in response.content.decode()
    assert "Bouwbedrijf Bob" not in response.content.decode()


def test_the_data_download_needs_a_login(client):
    response = client.get(reverse("taalakkoord:my_data"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_deleting_an_account_with_its_password(client, person):
    """Alone with a draft: the account and the never-sent organisation go."""
    organisation = person.membership.organisation
    client.force_login(person)
    page = client.get(reverse("taalakkoord:delete_account"))
    assert page.status_code == 200
    assert "Download uw gegevens" in page.content.decode()
    wrong = client.post(reverse("taalakkoord:delete_account"), {"password": "fout"})
    assert wrong.status_code == 422
    assert "wachtwoord klopt niet" in wrong.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()
    response = client.post(reverse("taalakkoord:delete_account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    assert "_auth_user_id" not in client.session


def test_the_last_administrator_hands_over_first(client, person):
    organisation = person.membership.organisation
    colleague = verified_user("collega")
    membership = MembershipFactory(user=colleague, organisation=organisation, role=Role.COLLEAGUE)
    client.force_login(person)
    page = client.get(reverse("taalakkoord:delete_account")).content.decode()
    assert "Maak eerst een collega beheerder" in page
    client.post(reverse("taalakkoord:delete_account"), {"password": PASSWORD})
    assert get_user_model().objects.filter(pk=person.pk).exists()
    # Hand over on the colleagues page, then delete.
    client.post(reverse("employers:make_admin", args=[membership.pk]))
    membership.refresh_from_db()
    assert membership.role == Role.ADMIN
    client.post(reverse("taalakkoord:delete_account"), {"password": PASSWORD})
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_deleting_checks_again_when_it_deletes(person):
    """The page's check and the deletion are apart in time: the deletion checks once more,
    under a lock of the organisation, so two administrators cannot both leave it empty."""
    MembershipFactory(user=verified_user("laatkomer"), organisation=person.membership.organisation,
                      role=Role.COLLEAGUE)  # fmt: skip
    with pytest.raises(AccountNotDeleted):
        delete_account(person)
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_a_withdrawal_reason_with_a_nul_byte_is_refused_cleanly(client, person):
    commitment = person.membership.organisation.commitment
    services.submit(commitment, person)
    client.force_login(person)
    response = client.post(reverse("taalakkoord:withdraw"), {"reason": "Weg\x00ermee"})
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == "withdrawn"
    assert "\x00" not in commitment.status_changes.latest("created_at").reason


def test_the_only_person_of_a_member_withdraws_first(client, person):
    commitment = person.membership.organisation.commitment
    services.submit(commitment, person)
    client.force_login(person)
    page = client.get(reverse("taalakkoord:delete_account")).content.decode()
    assert "Zeg eerst het Taalakkoord op" in page
    client.post(reverse("taalakkoord:delete_account"), {"password": PASSWORD})
    assert get_user_model().objects.filter(pk=person.pk).exists()
    services.withdraw(commitment, person)
    client.post(reverse("taalakkoord:delete_account"), {"password": PASSWORD})
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    # A withdrawn organisation stays until its retention period has passed.
    assert Organisation.objects.filter(pk=commitment.organisation_id).exists()


def test_making_a_colleague_administrator_is_for_ones_own_organisation(
    client, person, other_employer
):
    stranger = MembershipFactory(
        user=verified_user("vreemde"),
        organisation=other_employer.membership.organisation,
        role=Role.COLLEAGUE,
    )
    client.force_login(person)
    assert client.post(reverse("employers:make_admin", args=[stranger.pk])).status_code == 404
    stranger.refresh_from_db()
    assert stranger.role == Role.COLLEAGUE


def test_staff_cannot_delete_their_account_here(client, national_team):
    client.force_login(national_team)
    page = client.get(reverse("taalakkoord:delete_account")).content.decode()
    assert "beheerders van de website" in page


def left(commitment, user, days_ago, how):
    with time_machine.travel(timezone.now() - datetime.timedelta(days=days_ago)):
        if how == "withdraw":
            services.submit(commitment, user)
            services.approve(commitment, user)
            services.withdraw(commitment, user, "We stoppen ermee.")
        else:
            services.submit(commitment, user)
            services.reject(commitment, user, "Het plan van Jan de Vries ontbreekt.")


@pytest.mark.parametrize("how", ["withdraw", "reject"])
def test_organisations_that_left_are_anonymised_after_the_period(
    settings, national_team, how, django_capture_on_commit_callbacks
):
    settings.TAALAKKOORD_ANONYMISE_AFTER_DAYS = 365
    old = CommitmentFactory(
        organisation=OrganisationFactory(
            name="Schoonmaak Jansen", website="https://jansen.example"
        ),
        plan_file=ContentFile(b"%PDF-1.4 plan", name="plan.pdf"),
    )
    MembershipFactory(user=verified_user("jansen"), organisation=old.organisation)
    recent = CommitmentFactory(organisation=OrganisationFactory(name="Bakkerij Recent"))
    left(old, national_team, 400, how)
    left(recent, national_team, 30, how)
    old.organisation.logo.save("jansen.png", ContentFile(b"\x89PNG logo"))
    plan_name = Commitment.objects.get(pk=old.pk).plan_file.name
    logo_name = old.organisation.logo.name
    assert plan_name and logo_name and default_storage_exists(plan_name)
    log(old.organisation, "wagtail.edit")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("taalakkoord_daily")
    old.refresh_from_db()
    organisation = old.organisation
    organisation.refresh_from_db()
    assert organisation.name == ANONYMISED_NAME
    assert organisation.anonymised_at is not None
    assert not organisation.kvk_number.isdigit()
    assert organisation.website == "" and not organisation.memberships.exists()
    assert (organisation.description, organisation.logo.name) == ("", "")
    assert (old.signatory_name, old.plan_text, old.plan_file.name) == ("", "", "")
    assert not old.status_changes.exclude(reason="").exists()
    assert not default_storage_exists(plan_name) and not default_storage_exists(logo_name)
    assert not ModelLogEntry.objects.filter(label__contains="Jansen").exists()
    # Kept for the monitor: kind, sector, size, region and the numbers.
    assert organisation.sector and organisation.region_id and old.employees_total == 120
    recent.organisation.refresh_from_db()
    assert recent.organisation.name == "Bakkerij Recent"
    # Idempotent: a second run finds nothing more.
    assert retention.apply_all()["withdrawn and rejected organisations"] == 0


def default_storage_exists(name):
    from django.core.files.storage import default_storage

    return bool(name) and default_storage.exists(name)


def test_retention_deletes_form_submissions_advice_requests_and_task_rows(settings, home):
    from django_tasks_db.models import DBTaskResult
    from wagtail.contrib.forms.models import FormSubmission

    from cms.core.factories import region
    from cms.desks.models import AdviceRequest
    from cms.standardpages.factories import FormPageFactory

    settings.FORM_SUBMISSION_RETENTION_DAYS = 180
    settings.ADVICE_REQUEST_RETENTION_DAYS = 180
    settings.TASK_RESULT_RETENTION_DAYS = 30
    form_page = FormPageFactory(parent=home)
    now = timezone.now()

    def made(days_ago):
        return now - datetime.timedelta(days=days_ago)

    for days in (200, 10):
        submission = FormSubmission.objects.create(page=form_page, form_data={"naam": "Iemand"})
        FormSubmission.objects.filter(pk=submission.pk).update(submit_time=made(days))
        advice = AdviceRequest.objects.create(
            region=region("twente"), name="Iemand", email="iemand@voorbeeld.example",
            contact_preference="email", question="Welke opleiding past bij mij?",
        )  # fmt: skip
        AdviceRequest.objects.filter(pk=advice.pk).update(created_at=made(days))
    for days in (40, 5):
        DBTaskResult.objects.create(
            task_path="cms.core.tasks.send_email", args_kwargs={"args": ["Samira"], "kwargs": {}},
            backend_name="default", run_after=made(days), finished_at=made(days),
            status="SUCCESSFUL", exception_class_path="", traceback="",
        )  # fmt: skip
    DBTaskResult.objects.create(
        task_path="cms.core.tasks.send_email",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=made(90),
        status="READY",
        exception_class_path="",
        traceback="",
    )  # fmt: skip (waiting to be sent: kept, however old)
    call_command("apply_retention", "--dry-run")
    assert FormSubmission.objects.count() == 2
    call_command("apply_retention")
    assert FormSubmission.objects.count() == 1
    assert AdviceRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2
    assert DBTaskResult.objects.filter(status="READY").exists()


def test_the_privacy_statement_states_the_periods_in_force(settings):
    from cms.core.demo.privacy import privacy_statement

    settings.ADVICE_REQUEST_RETENTION_DAYS = 99
    text = json.dumps(privacy_statement(), ensure_ascii=False)
    assert "Na 99 dagen verwijderen wij uw aanvraag" in text
    assert "after 99 days" in text
    assert "Mijn Taalakkoord" in text and "security.txt" in text
