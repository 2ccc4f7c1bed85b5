"""Factories for organisations and their people (tests, demo content, benchmarks)."""

import factory

from cms.core.factories import UserFactory
from cms.core.models import Region

from .models import Membership, Organisation, OrganisationKind, Role, SizeBand


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Voorbeeldbedrijf {n} B.V.")
    kvk_number = factory.Sequence(lambda n: f"{10_000_000 + n:08d}")
    kind = OrganisationKind.EMPLOYER
    sector = "Q"
    size_band = SizeBand.MEDIUM
    region = factory.LazyFunction(lambda: Region.objects.get(slug="twente"))
    place = "Enschede"
    description = "Wij helpen onze medewerkers met taal op de werkvloer."

    class Meta:
        model = Organisation


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.ADMIN

    class Meta:
        model = Membership
