"""Employers see and change only their own organisation; anonymous visitors log in first."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from employers.models import Membership
from taalakkoord.views.wizard import STEP_NAMES

EMPLOYER_URLS = [
    ("taalakkoord:dashboard", []),
    ("taalakkoord:withdraw", []),
    *[("taalakkoord:wizard", [step]) for step in STEP_NAMES],
]


@pytest.mark.parametrize(("name", "args"), EMPLOYER_URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, db, name, args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("step", STEP_NAMES)
def test_each_employer_only_sees_their_own_organisation(client, employer, other_employer, step):
    client.force_login(other_employer)
    html = client.get(reverse("taalakkoord:wizard", args=[step])).content.decode()
    assert "Zorggroep Anna" not in html
    if step in ("organisation", "review"):
        assert "Bouwbedrijf Bob" in html


def test_saving_a_step_changes_only_your_own_organisation(client, employer, other_employer):
    anna = Membership.objects.get(user=employer).organisation
    client.force_login(other_employer)
    client.post(reverse("taalakkoord:wizard", args=["plan"]), {"plan_text": "Plan van Bob."})
    anna.commitment.refresh_from_db()
    assert anna.commitment.plan_text != "Plan van Bob."


def test_plan_pdf_of_another_organisation_is_unreachable(
    client, employer, other_employer, national_team
):
    commitment = Membership.objects.get(user=employer).organisation.commitment
    commitment.plan_file = SimpleUploadedFile(
        "plan.pdf", b"%PDF-1.4 plan van Anna", content_type="application/pdf"
    )
    commitment.save()
    url = reverse("taalakkoord:plan_file", args=[commitment.pk])
    client.force_login(other_employer)
    assert client.get(url).status_code == 404
    client.force_login(employer)
    assert client.get(url).status_code == 200
    client.force_login(national_team)
    assert client.get(url).status_code == 200
    assert (
        "private/plans/" in commitment.plan_file.name
        and "anna" not in commitment.plan_file.name.lower()
    )


def test_colleague_cannot_withdraw(client, employer):
    from cms.core.factories import UserFactory
    from employers.models import Role

    colleague = UserFactory(username="collega")
    Membership.objects.create(
        user=colleague, organisation=employer.membership.organisation, role=Role.COLLEAGUE
    )
    client.force_login(colleague)
    assert client.post(reverse("taalakkoord:withdraw")).status_code == 403
