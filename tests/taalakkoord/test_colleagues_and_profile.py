"""Colleagues, invitations, access requests and reviewed profile changes."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from employers.models import AccessRequest, Membership, ProfileChange, Role
from taalakkoord import services

from .conftest import verified_user


@pytest.fixture
def organisation(employer):
    return Membership.objects.get(user=employer).organisation


def test_admin_invites_a_colleague_who_accepts(client, employer, organisation):
    client.force_login(employer)
    response = client.post(reverse("employers:colleagues"), {"email": "Collega@Example.org"})
    assert response.status_code == 302
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    assert mail.outbox[-1].to == ["collega@example.org"]

    colleague = verified_user("collega")
    client.force_login(colleague)
    assert "Zorggroep Anna" in client.get(link).content.decode()
    client.post(link)
    membership = Membership.objects.get(user=colleague)
    assert (membership.organisation, membership.role) == (organisation, Role.COLLEAGUE)


def test_invitation_for_another_address_is_refused(client, employer):
    client.force_login(employer)
    client.post(reverse("employers:colleagues"), {"email": "iemand@example.org"})
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    client.force_login(verified_user("anders"))
    client.post(link)
    assert not Membership.objects.filter(user__username="anders").exists()


def test_inviting_an_existing_colleague_explains_why_not(client, employer):
    client.force_login(employer)
    response = client.post(reverse("employers:colleagues"), {"email": "anna@example.org"})
    assert response.status_code == 422
    assert "hoort al bij uw organisatie" in response.content.decode()


def test_admin_lets_in_someone_who_asked(client, employer, organisation):
    requester = verified_user("vraagt")
    access = AccessRequest.objects.create(
        organisation=organisation, user=requester, message="Ik werk bij HR."
    )
    client.force_login(employer)
    assert "Ik werk bij HR." in client.get(reverse("employers:colleagues")).content.decode()
    client.post(reverse("employers:decide_access", args=[access.pk]), {"decision": "approve"})
    assert Membership.objects.get(user=requester).organisation == organisation
    assert mail.outbox[-1].to == ["vraagt@example.org"]


def test_colleagues_and_other_organisations_cannot_manage_people(
    client, employer, other_employer, organisation
):
    requester = verified_user("vraagt")
    access = AccessRequest.objects.create(organisation=organisation, user=requester)
    anna = Membership.objects.get(user=employer)
    colleague = verified_user("collega")
    Membership.objects.create(user=colleague, organisation=organisation, role=Role.COLLEAGUE)

    for user in (colleague, other_employer):
        client.force_login(user)
        assert (
            client.post(
                reverse("employers:decide_access", args=[access.pk]), {"decision": "approve"}
            ).status_code
            == 404
        )
        assert client.post(reverse("employers:remove_colleague", args=[anna.pk])).status_code == 404
    client.force_login(colleague)
    assert (
        client.post(reverse("employers:colleagues"), {"email": "x@example.org"}).status_code == 404
    )
    assert not Membership.objects.filter(user=requester).exists()
    assert Membership.objects.filter(pk=anna.pk).exists()


@pytest.mark.parametrize("name", ["employers:colleagues", "employers:profile"])
def test_people_pages_need_a_login_and_an_organisation(client, db, name):
    assert client.get(reverse(name))["Location"].startswith(reverse("account_login"))
    client.force_login(verified_user("zonder"))
    assert client.get(reverse(name)).status_code == 404


def test_profile_change_of_a_public_member_waits_for_the_national_team(
    client, employer, organisation, national_team, django_capture_on_commit_callbacks
):
    commitment = services.submit(organisation.commitment, employer)
    services.approve(commitment, national_team)
    client.force_login(employer)
    client.post(
        reverse("employers:profile"),
        {"name": "Zorggroep Anna & Co", "description": "Nieuw verhaal."},
    )
    organisation.refresh_from_db()
    assert organisation.name == "Zorggroep Anna"  # not shown until checked
    change = ProfileChange.objects.get(decided_at__isnull=True)

    client.force_login(national_team)
    # The list opens on the changes that wait; the review shows old beside new.
    index = reverse("employers_profile_changes:index")
    assert client.get(index)["Location"] == f"{index}?pending=true&ordering=created_at"
    listing = client.get(f"{index}?pending=true&ordering=created_at").content.decode()
    assert "Wacht op een besluit" in listing and "True" not in listing
    review = reverse("employers_profile_changes:review", args=[change.pk])
    page = client.get(review).content.decode()
    assert "Voorgestelde wijziging van het openbare profiel van Zorggroep Anna" in page
    assert page.count("gewijzigd</span>") == 2  # name and description
    back = f"{index}?pending=true&ordering=created_at&q=Anna"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review, {"decision": "approve", "next": back})
    assert response["Location"] == back  # the list as it was
    organisation.refresh_from_db()
    assert (organisation.name, organisation.description) == (
        "Zorggroep Anna & Co",
        "Nieuw verhaal.",
    )
    (email,) = mail.outbox
    assert email.to == organisation.admin_emails() and "goedgekeurd" in email.body


def test_a_rejected_profile_change_needs_a_reason_and_tells_the_member(
    client, employer, organisation, national_team, django_capture_on_commit_callbacks
):
    change = ProfileChange.objects.create(organisation=organisation, name="Zorggroep Anna BV")
    client.force_login(national_team)
    review = reverse("employers_profile_changes:review", args=[change.pk])
    response = client.post(review, {"decision": "reject", "reason": ""})
    assert (
        "Geef een reden, zodat het lid weet wat het moet veranderen." in response.content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"decision": "reject", "reason": "Gebruik de naam uit de KvK."})
    change.refresh_from_db()
    assert (change.approved, change.reason) == (False, "Gebruik de naam uit de KvK.")
    (email,) = mail.outbox
    assert "Gebruik de naam uit de KvK." in email.body
    assert email.to == [employer.email]
    organisation.refresh_from_db()
    assert organisation.name == "Zorggroep Anna"


def test_profile_of_a_draft_organisation_changes_at_once(client, employer, organisation):
    client.force_login(employer)
    client.post(reverse("employers:profile"), {"name": "Zorggroep Anna Noord", "description": ""})
    organisation.refresh_from_db()
    assert organisation.name == "Zorggroep Anna Noord"


def test_editors_cannot_review_profile_changes(client, employer, organisation, editor):
    change = ProfileChange.objects.create(organisation=organisation, name="Hack B.V.")
    client.force_login(editor)
    client.post(
        reverse("employers_profile_changes:review", args=[change.pk]), {"decision": "approve"}
    )
    organisation.refresh_from_db()
    assert organisation.name == "Zorggroep Anna"
