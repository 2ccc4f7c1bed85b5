"""The demo site with one user for each role the security tests use, for a module at a time.

Building the demo content takes over half a minute, so it is built once per test process and
kept in a snapshot (tests/browser/snapshot.py); a module gets it copied back, shares it inside
one transaction that is rolled back at the end (each test runs in a savepoint of its own on
top), and the database is emptied to what the migrations made afterwards, for the next module.
"""

from dataclasses import dataclass, fields

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from tests.utils import restore_migrated_data

ROLES = (
    "anonymous",
    "employer_a",
    "employer_b",
    "editor",
    "regional_editor",
    "national_team",
    "superuser",
)


@dataclass
class World:
    users: dict
    commitment_a: object
    commitment_b: object
    certificate_a: object
    colleague_a: object
    access_request_a: object
    invitation_a: object
    profile_change_a: object
    story_a: object
    advice_twente: object
    advice_rijnmond: object
    ambassador: object
    news_page: object
    form_page: object
    image: object
    document: object
    # The other organisation's and the other desk's objects, for the same URLs.
    colleague_b: object
    access_request_b: object
    profile_change_b: object
    story_b: object
    # A collection only logged-in people may see, with a document and an image in it.
    private_document: object
    private_image: object


def _build_world():
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection, CollectionViewRestriction

    from ambassadors.models import Ambassador
    from cms.core.demo.builder import DemoBuilder
    from cms.desks.models import AdviceRequest
    from cms.news.models import NewsPage
    from cms.standardpages.models import FormPage
    from employers.models import AccessRequest, Invitation, Membership, ProfileChange, Role
    from taalakkoord.models import Commitment

    DemoBuilder(password="leren-en-werken-demo").run()  # noqa: S106 -- test data
    users = get_user_model().objects.in_bulk(
        ["admin", "redacteur", "moderator", "werkgever", "loket-twente"], field_name="username"
    )
    commitment_a = users["werkgever"].membership.organisation.commitment
    commitment_a.plan_file = SimpleUploadedFile(
        "plan.pdf", b"%PDF-1.4 plan", content_type="application/pdf"
    )
    commitment_a.save()
    commitment_b = (
        Commitment.objects.filter(status="approved", organisation__memberships__role=Role.ADMIN)
        .exclude(pk=commitment_a.pk)
        .select_related("organisation")
        .first()
    )
    employer_b = commitment_b.organisation.memberships.filter(role=Role.ADMIN).first().user
    colleague = get_user_model().objects.create_user(
        "collega-a", "collega@werkgever-a.example", "leren-en-werken-demo"
    )
    EmailAddress.objects.create(user=colleague, email=colleague.email, verified=True, primary=True)
    outsider = get_user_model().objects.create_user(
        "zoekt-toegang", "toegang@voorbeeld.example", "leren-en-werken-demo"
    )
    organisation_a = commitment_a.organisation
    organisation_b = commitment_b.organisation
    commitment_b.plan_file = SimpleUploadedFile(
        "plan-b.pdf", b"%PDF-1.4 plan B", content_type="application/pdf"
    )
    commitment_b.save()
    if not commitment_b.certificates.exists():
        from taalakkoord.certificates import issue_certificate

        issue_certificate(commitment_b)
    colleague_of_b = get_user_model().objects.create_user(
        "collega-b", "collega@werkgever-b.example", "leren-en-werken-demo"
    )
    outsider_b = get_user_model().objects.create_user(
        "zoekt-toegang-b", "toegang-b@voorbeeld.example", "leren-en-werken-demo"
    )

    def story_of(commitment):
        import datetime

        from taalakkoord.models import ProgressReport, Story

        report = ProgressReport.objects.create(
            commitment=commitment,
            due_date=datetime.date(2001, 1, 1),
            employees_reached=3,
            story="Onze taalmaatjes helpen nieuwe collega's op weg.",
            story_public=True,
        )
        return Story.objects.create(report=report, commitment=commitment, text=report.story)

    members_only = Collection.get_first_root_node().add_child(name="Alleen na inloggen")
    CollectionViewRestriction.objects.create(
        collection=members_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    return World(
        users={
            "anonymous": None,
            "employer_a": users["werkgever"],
            "employer_b": employer_b,
            "editor": users["redacteur"],
            "regional_editor": users["loket-twente"],
            "national_team": users["moderator"],
            "superuser": users["admin"],
        },
        commitment_a=commitment_a,
        commitment_b=commitment_b,
        certificate_a=commitment_a.certificates.first(),
        colleague_a=Membership.objects.create(
            user=colleague, organisation=organisation_a, role=Role.COLLEAGUE
        ),
        access_request_a=AccessRequest.objects.create(
            organisation=organisation_a, user=outsider, message="Ik werk hier ook."
        ),
        invitation_a=Invitation.objects.create(
            organisation=organisation_a, email="nieuw@werkgever-a.example"
        ),
        profile_change_a=ProfileChange.objects.create(
            organisation=organisation_a, name=f"{organisation_a.name} B.V."
        ),
        story_a=story_of(commitment_a),
        advice_twente=AdviceRequest.objects.filter(region__slug="twente").first(),
        advice_rijnmond=AdviceRequest.objects.exclude(region__slug="twente").first(),
        ambassador=Ambassador.objects.filter(locale__language_code="nl").first(),
        news_page=NewsPage.objects.live().filter(locale__language_code="nl").first(),
        form_page=FormPage.objects.filter(locale__language_code="nl").first(),
        image=get_image_model().objects.first(),
        document=get_document_model().objects.create(
            title="Handreiking taalbeleid",
            file=SimpleUploadedFile("handreiking-taalbeleid.pdf", b"%PDF-1.4 handreiking"),
        ),
        colleague_b=Membership.objects.create(
            user=colleague_of_b, organisation=organisation_b, role=Role.COLLEAGUE
        ),
        access_request_b=AccessRequest.objects.create(
            organisation=organisation_b, user=outsider_b, message="Ik werk hier ook."
        ),
        profile_change_b=ProfileChange.objects.create(
            organisation=organisation_b, name=f"{organisation_b.name} B.V."
        ),
        story_b=story_of(commitment_b),
        private_document=get_document_model().objects.create(
            title="Verslag overleg loketten",
            collection=members_only,
            file=SimpleUploadedFile("verslag-overleg.pdf", b"%PDF-1.4 verslag"),
        ),
        private_image=get_image_model().objects.create(
            title="Groepsfoto overleg", collection=members_only, file=get_test_image_file()
        ),
    )


@pytest.fixture
def employer(db):
    """The admin of an organisation with a draft commitment, with a verified address."""
    from employers.factories import MembershipFactory, OrganisationFactory
    from taalakkoord.factories import CommitmentFactory
    from tests.taalakkoord.conftest import verified_user

    user = verified_user("anna")
    organisation = OrganisationFactory(name="Zorggroep Anna", kvk_number="11223344")
    MembershipFactory(user=user, organisation=organisation)
    CommitmentFactory(organisation=organisation)
    return user


def _only_on_the_test_database():
    """A module whose tests ask for no database (no `db`, no django_db mark) would get the demo
    before pytest-django has switched to the test database: fail here, before it touches the
    developer's own database."""
    from django.db import connection

    name = str(connection.settings_dict["NAME"])
    if not name.startswith(("test_", "file:memorydb")):
        pytest.fail(f"demo_world on {name}: mark the module with pytest.mark.django_db")


def _empty_database(migrated_snapshot):
    """Back to what the migrations made, as the tests that do not use the demo expect."""
    from django.core.management import call_command

    call_command(
        "flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0
    )
    restore_migrated_data(migrated_snapshot)


@pytest.fixture(scope="session")
def _demo_world_snapshot(django_db_setup, django_db_blocker, migrated_snapshot):
    """The demo world built once for this test process, and a snapshot of its rows."""
    from tests.browser.snapshot import DemoSnapshot

    _only_on_the_test_database()
    snapshot = DemoSnapshot()
    with django_db_blocker.unblock():
        restore_migrated_data(migrated_snapshot)
        world = _build_world()
        snapshot.take()
        _empty_database(migrated_snapshot)
    yield world, snapshot
    with django_db_blocker.unblock():
        snapshot.drop()


@pytest.fixture(scope="module")
def demo_world(request, django_db_blocker, migrated_snapshot):
    """The demo content and the role users, copied back from the snapshot the test process
    made of it (tests/browser/snapshot.py); rolled back after the module."""
    _only_on_the_test_database()
    world, snapshot = request.getfixturevalue("_demo_world_snapshot")
    with django_db_blocker.unblock():
        snapshot.restore()
        try:
            with transaction.atomic():
                yield _fetched_again(world)
                transaction.set_rollback(True)
        finally:
            _empty_database(migrated_snapshot)


def _fetched_again(world):
    """The world's objects read again from the database: an earlier module may have changed
    the Python objects, never the rows (they are copied back from the snapshot)."""

    def again(obj):
        return None if obj is None else type(obj)._default_manager.get(pk=obj.pk)

    others = {f.name: again(getattr(world, f.name)) for f in fields(World) if f.name != "users"}
    return World(users={role: again(user) for role, user in world.users.items()}, **others)
