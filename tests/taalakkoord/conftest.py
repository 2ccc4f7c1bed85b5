import pytest
from allauth.account.models import EmailAddress

from cms.core.factories import UserFactory
from employers.factories import MembershipFactory, OrganisationFactory
from taalakkoord.factories import CommitmentFactory, DeclarationFactory, MeasureFactory
from taalakkoord.models import MemberDirectoryPage


@pytest.fixture
def measures(db):
    return [
        MeasureFactory(name=name)
        for name in ("Taalscreening", "Taallessen op de werkvloer", "Taalmaatjes")
    ]


@pytest.fixture
def declaration(db):
    return DeclarationFactory()


def verified_user(username, **kwargs):
    user = UserFactory(username=username, email=f"{username}@example.org", **kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def employer(db):
    """An admin of organisation A with a complete draft commitment."""
    user = verified_user("anna")
    membership = MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Zorggroep Anna")
    )
    CommitmentFactory(organisation=membership.organisation)
    return user


@pytest.fixture
def other_employer(db):
    """An admin of organisation B."""
    user = verified_user("bob")
    membership = MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Bouwbedrijf Bob")
    )
    CommitmentFactory(organisation=membership.organisation)
    return user


@pytest.fixture
def national_team(db):
    return verified_user("team", groups=["Moderators"])


@pytest.fixture
def directory(home):
    """The member directory, under the home page."""
    page = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=page)
    return page
