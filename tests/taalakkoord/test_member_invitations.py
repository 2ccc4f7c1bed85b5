"""Branch and umbrella organisations invite their member companies; a company that signs up
through the invitation is linked to them on both profiles, in the monitor and in the exports."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from employers.factories import MembershipFactory, OrganisationFactory
from employers.models import Organisation, Role
from taalakkoord import invitations
from taalakkoord.factories import CommitmentFactory, MemberInvitationFactory
from taalakkoord.models import MemberInvitation
from tests.utils import fresh_render_queries

from .conftest import verified_user
from .test_wizard import organisation_data, step_url

PAGE = "taalakkoord:member_companies"


def umbrella_member(name="Branchevereniging Schoonmaak Oost", approved=True, role=Role.ADMIN):
    """A branch organisation (approved unless told otherwise) and one of its people."""
    organisation = OrganisationFactory(name=name, kind="branche")
    CommitmentFactory(organisation=organisation, approved=approved, submitted=not approved)
    user = verified_user(f"kees-{organisation.pk}")
    MembershipFactory(user=user, organisation=organisation, role=role)
    return organisation, user


@pytest.fixture
def umbrella(db):
    return umbrella_member()


def invite(client, company="Glazenwasserij Helder", email="info@helder.example"):
    return client.post(reverse(PAGE), {"company_name": company, "email": email})


def test_an_umbrella_invites_a_company_by_email(
    client, umbrella, django_capture_on_commit_callbacks
):
    organisation, user = umbrella
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, email="Info@Helder.example")
    assert response.status_code == 302
    invitation = MemberInvitation.objects.get(umbrella=organisation)
    assert (invitation.company_name, invitation.email) == (
        "Glazenwasserij Helder",
        "info@helder.example",
    )
    message = mail.outbox[-1]
    assert message.to == ["info@helder.example"]
    assert message.subject == (
        "Branchevereniging Schoonmaak Oost nodigt u uit om mee te doen aan het Taalakkoord"
    )
    link = reverse("taalakkoord:join_via", args=[invitation.token])
    assert link in message.body
    assert settings.SITE_BASE_URL.rstrip("/") + link in message.body
    page = client.get(reverse(PAGE)).content.decode()
    assert "Glazenwasserij Helder" in page and "Uitgenodigd" in page


def test_inviting_the_same_address_twice_is_explained_and_the_input_kept(client, umbrella):
    organisation, user = umbrella
    client.force_login(user)
    invite(client)
    response = invite(client, company="Glazenwasserij Helder en Zn.")
    assert response.status_code == 422
    html = response.content.decode()
    assert "U hebt dit e-mailadres al uitgenodigd." in html
    assert 'value="Glazenwasserij Helder en Zn."' in html
    assert MemberInvitation.objects.filter(umbrella=organisation).count() == 1


def test_bad_input_is_explained_in_dutch(client, umbrella):
    client.force_login(umbrella[1])
    response = invite(client, company="", email="geen-adres")
    assert response.status_code == 422
    html = response.content.decode()
    assert "Vul een e-mailadres in zoals naam@bedrijf.nl." in html and 'value="geen-adres"' in html
    assert "Vul de naam in van het bedrijf dat u uitnodigt." in html


def test_the_daily_limit_keeps_an_account_from_mailing_strangers(client, umbrella):
    organisation, user = umbrella
    MemberInvitationFactory.create_batch(invitations.DAILY_LIMIT, umbrella=organisation)
    client.force_login(user)
    response = invite(client)
    assert response.status_code == 422
    assert "hoogstens 50 uitnodigingen per dag" in response.content.decode()


def test_employers_colleagues_and_umbrellas_not_yet_approved_cannot_invite(client, employer):
    client.force_login(employer)  # an employer, not a branch organisation
    assert client.get(reverse(PAGE)).status_code == 404
    assert invite(client).status_code == 404

    _organisation, colleague = umbrella_member("Koepel Zorg Noord", role=Role.COLLEAGUE)
    client.force_login(colleague)
    page = client.get(reverse(PAGE))
    assert page.status_code == 200 and "Alleen de beheerders" in page.content.decode()
    assert invite(client).status_code == 404

    _organisation, waiting = umbrella_member("Koepel Bouw West", approved=False)
    client.force_login(waiting)
    assert "zodra het landelijk team" in client.get(reverse(PAGE)).content.decode()
    assert invite(client).status_code == 404
    assert not MemberInvitation.objects.exists()


def test_an_invitation_is_withdrawn_only_by_its_own_organisation(client, umbrella):
    organisation, user = umbrella
    other = MemberInvitationFactory(umbrella=umbrella_member("Koepel Horeca Zuid")[0])
    client.force_login(user)
    cancel = reverse("taalakkoord:cancel_invitation", args=[other.pk])
    assert client.get(cancel).status_code == 404
    assert client.post(cancel).status_code == 404
    other.refresh_from_db()
    assert other.is_open

    own = MemberInvitationFactory(umbrella=organisation)
    token = own.token
    own_cancel = reverse("taalakkoord:cancel_invitation", args=[own.pk])
    listing = client.get(reverse(PAGE)).content.decode()
    assert f'href="{own_cancel}"' in listing  # the list links to a page that asks first
    asked = client.get(own_cancel)
    assert asked.status_code == 200
    page = asked.content.decode()
    assert f"Uitnodiging voor {own.company_name} intrekken?" in page
    assert "werkt de link in die e-mail niet meer" in page
    own.refresh_from_db()
    assert own.is_open  # asking withdraws nothing
    client.post(own_cancel)
    own.refresh_from_db()
    assert not own.is_open and own.company_name  # listed as "not invited yet"
    assert client.get(own_cancel).status_code == 302  # nothing left to withdraw: back to the list
    assert invitations.open_invitation(token) is None
    client.logout()
    response = client.get(reverse("taalakkoord:join_via", args=[token]), follow=True)
    assert "werkt niet meer" in response.content.decode()


def test_a_company_that_signs_up_through_the_link_is_linked(client, umbrella):
    organisation, _user = umbrella
    invitation = MemberInvitationFactory(umbrella=organisation)
    response = client.get(reverse("taalakkoord:join_via", args=[invitation.token]))
    assert response["Location"] == reverse("taalakkoord:start")
    start = client.get(response["Location"]).content.decode()
    assert "via de uitnodiging van Branchevereniging Schoonmaak Oost" in start
    # The visitor makes an account with another address, then registers the organisation.
    client.force_login(verified_user("nina"))
    client.post(step_url("organisation"), organisation_data())
    company = Organisation.objects.get(kvk_number="12345678")
    assert company.via == organisation
    invitation.refresh_from_db()
    assert invitation.organisation == company and not invitation.is_open
    check = client.get(step_url("review")).content.decode()
    assert "De uitnodiging van Branchevereniging Schoonmaak Oost" in check


def test_without_the_link_an_invitation_to_the_own_address_counts(client, umbrella):
    organisation, _user = umbrella
    nina = verified_user("nina")
    MemberInvitationFactory(umbrella=organisation, email=nina.email.upper())
    client.force_login(nina)
    client.post(step_url("organisation"), organisation_data())
    assert Organisation.objects.get(kvk_number="12345678").via == organisation


def test_a_used_invitation_does_not_link_a_second_company(client, umbrella):
    organisation, _user = umbrella
    invitation = MemberInvitationFactory(
        umbrella=organisation, organisation=OrganisationFactory(via=organisation)
    )
    client.get(reverse("taalakkoord:join_via", args=[invitation.token]))
    client.force_login(verified_user("nina"))
    client.post(step_url("organisation"), organisation_data())
    assert Organisation.objects.get(kvk_number="12345678").via is None


def test_someone_who_already_acts_for_an_organisation_is_told_so(client, umbrella, employer):
    invitation = MemberInvitationFactory(umbrella=umbrella[0])
    client.force_login(employer)
    response = client.get(reverse("taalakkoord:join_via", args=[invitation.token]), follow=True)
    assert "U werkt op deze website al voor een organisatie" in response.content.decode()


def test_both_profiles_show_the_link(client, directory, umbrella):
    organisation, _user = umbrella
    public = CommitmentFactory(
        approved=True, organisation=OrganisationFactory(name="Hotel De Brug", via=organisation)
    )
    CommitmentFactory(
        approved=True,
        consent_publish=False,
        organisation=OrganisationFactory(name="Stil Bedrijf", via=organisation),
    )
    company = client.get(f"{directory.url}{public.organisation.slug}/").content.decode()
    assert "Aangesloten via" in company
    assert f'href="{directory.url}{organisation.slug}/"' in company
    profile = client.get(f"{directory.url}{organisation.slug}/").content.decode()
    assert "2 bedrijven doen mee aan het Taalakkoord via onze uitnodiging." in profile
    assert "Hotel De Brug" in profile and "Stil Bedrijf" not in profile


def test_an_umbrella_that_is_not_in_the_open_is_not_named(client, directory):
    hidden, _user = umbrella_member("Verborgen Koepel")
    hidden.commitment.consent_publish = False
    hidden.commitment.save()
    company = CommitmentFactory(approved=True, organisation=OrganisationFactory(via=hidden))
    html = client.get(f"{directory.url}{company.organisation.slug}/").content.decode()
    assert "Verborgen Koepel" not in html and "Aangesloten via" not in html


def test_the_list_shows_how_far_each_company_got(client, umbrella):
    organisation, user = umbrella
    MemberInvitationFactory(umbrella=organisation, company_name="A Uitgenodigd")
    MemberInvitationFactory(
        umbrella=organisation, company_name="B Nog niet", email="", sent_at=None
    )
    for name, kwargs in [("C Lid", {"approved": True}), ("D Bezig", {})]:
        company = OrganisationFactory(name=name, via=organisation)
        CommitmentFactory(organisation=company, **kwargs)
        MemberInvitationFactory(umbrella=organisation, company_name=name, organisation=company)
    client.force_login(user)
    html = client.get(reverse(PAGE)).content.decode()
    rows = [
        (re.search(r'<th scope="row">([^<]+)', row).group(1), re.sub(r"<[^>]+>|\s+", " ", row))
        for row in html.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    ]
    assert [name for name, _row in rows] == ["A Uitgenodigd", "B Nog niet", "C Lid", "D Bezig"]
    for (_name, row), status in zip(
        rows, ["Uitgenodigd", "Nog niet uitgenodigd", "Lid", "Bezig met aanmelden"], strict=True
    ):
        assert f" {status} " in row
    assert "2 bedrijven hebben zich via uw uitnodiging aangemeld." in html
    # The company named but not invited yet: one click fills in the form.
    assert 'href="?company=B%20Nog%20niet#invite"' in html
    assert (
        'value="B Nog niet"' in client.get(reverse(PAGE) + "?company=B Nog niet").content.decode()
    )


def test_inviting_a_company_named_before_uses_its_row(client, umbrella):
    organisation, user = umbrella
    named = MemberInvitationFactory(
        umbrella=organisation, company_name="B Nog niet", email="", sent_at=None
    )
    client.force_login(user)
    invite(client, company="b nog niet", email="hr@nognniet.example")
    named.refresh_from_db()
    assert named.is_open and named.email == "hr@nognniet.example"
    assert MemberInvitation.objects.filter(umbrella=organisation).count() == 1


def test_the_list_costs_the_same_queries_however_many_companies(client, umbrella):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    organisation, user = umbrella
    client.force_login(user)

    def queries_with(companies):
        for index in range(companies):
            company = OrganisationFactory(via=organisation)
            CommitmentFactory(organisation=company, approved=index % 2 == 0)
            MemberInvitationFactory(umbrella=organisation, organisation=company)
        client.get(reverse(PAGE))
        client.get(reverse(PAGE))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(PAGE)).status_code == 200
        return len(queries)

    assert queries_with(1) == queries_with(6)


def test_the_monitor_and_the_exports_count_members_via_an_umbrella(client, umbrella, national_team):
    from tests.monitor.test_views import csv_rows, export_url

    organisation, _user = umbrella
    for name in ("Hotel De Brug", "Bakkerij Korrel"):
        CommitmentFactory(
            approved=True, organisation=OrganisationFactory(name=name, via=organisation)
        )
    CommitmentFactory(approved=True)  # joined on its own
    client.force_login(national_team)
    monitor = client.get(reverse("taalakkoord_monitor:index")).content.decode()
    section = monitor.split('id="monitor-umbrellas"')[1].split("</section>")[0]
    assert re.search(r"Branchevereniging Schoonmaak Oost</th>\s*<td>2</td>", section)
    for dataset in ("leden", "aanmeldingen"):
        heading, *rows = csv_rows(client.get(export_url(dataset)))
        column = heading.index("Aangesloten via")
        brug = next(row for row in rows if "Hotel De Brug" in row)
        assert brug[column] == "Branchevereniging Schoonmaak Oost"


def test_anonymising_an_umbrella_forgets_the_addresses_it_invited(umbrella):
    from taalakkoord import privacy

    organisation, _user = umbrella
    MemberInvitationFactory(umbrella=organisation)
    privacy.anonymise(organisation)
    assert not MemberInvitation.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_free_text_list_became_companies_not_invited_yet():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("taalakkoord", "0015_stories"), ("employers", "0009_organisation_via")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Region = old.get_model("core", "Region")
    organisation = old.get_model("employers", "Organisation").objects.create(
        name="Koepel",
        slug="koepel",
        kvk_number="87654321",
        kind="koepel",
        sector="S",
        size_band="1-9",
        region=Region.objects.first()
        or Region.objects.create(name="Proefregio", slug="proefregio", number=99),
        place="Utrecht",
    )
    old.get_model("taalakkoord", "Commitment").objects.create(
        organisation=organisation,
        member_companies="Bakkerij Korrel\n\n  Hotel De Brug \nBakkerij Korrel",
    )
    executor = MigrationExecutor(connection)
    executor.migrate([("taalakkoord", "0016_member_invitations")])
    rows = MemberInvitation.objects.order_by("company_name")
    assert [(row.company_name, row.email, row.sent_at) for row in rows] == [
        ("Bakkerij Korrel", "", None),
        ("Hotel De Brug", "", None),
    ]
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_umbrellas_profile_costs_the_same_queries_however_many_joined(client, directory):

    organisation, _user = umbrella_member()
    profile = f"{directory.url}{organisation.slug}/"
    client.force_login(verified_user("lezer"))  # signed in: no page is served from a cache

    def queries_with(count):
        for _index in range(count):
            CommitmentFactory(approved=True, organisation=OrganisationFactory(via=organisation))
        return fresh_render_queries(client, profile)[1]

    assert queries_with(1) == queries_with(5)


def test_a_company_that_joined_is_not_invited_again(client, umbrella):
    organisation, user = umbrella
    company = OrganisationFactory(name="Bakkerij Bakker", via=organisation)
    MemberInvitationFactory(
        umbrella=organisation,
        company_name="Bakkerij Bakker",
        email="info@bakkerijbakker.example",
        organisation=company,
    )
    client.force_login(user)
    for data in (
        {"company": "Bakkerij Bakker", "email": "nieuw@bakkerijbakker.example"},
        {"company": "Andere naam", "email": "INFO@bakkerijbakker.example"},
    ):
        response = invite(client, **data)
        assert response.status_code == 422
        assert "heeft zich al via uw uitnodiging aangemeld" in response.content.decode()
    assert MemberInvitation.objects.count() == 1


def test_a_withdrawn_invitation_says_so_and_can_be_sent_again(
    client, umbrella, django_capture_on_commit_callbacks
):
    organisation, user = umbrella
    invitation = MemberInvitationFactory(umbrella=organisation, company_name="Hotel De Brug")
    old_token = invitation.token
    client.force_login(user)
    client.post(reverse("taalakkoord:cancel_invitation", args=[invitation.pk]))
    page = client.get(reverse(PAGE)).content.decode()
    assert "Uitnodiging ingetrokken" in page and "Opnieuw uitnodigen" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, company="Hotel De Brug", email="receptie@hoteldebrug.example")
    assert response.status_code == 302, response.content.decode()[-3000:]
    invitation.refresh_from_db()
    assert invitation.is_open and invitation.email == "receptie@hoteldebrug.example"
    assert invitation.token != old_token and invitations.open_invitation(old_token) is None
    assert str(invitation.token) in mail.outbox[-1].body
    assert MemberInvitation.objects.count() == 1
