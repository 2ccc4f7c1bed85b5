"""Factories for the Taalakkoord (tests, demo content, benchmarks)."""

import datetime

import factory
from wagtail.models import Locale

from employers.factories import OrganisationFactory

from .models import Commitment, CommitmentStatus, Declaration, Measure


class MeasureFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Maatregel {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Measure


class DeclarationFactory(factory.django.DjangoModelFactory):
    title = "Wij zetten in op taal"
    core_sentence = "Wij zetten ons in om de taalvaardigheid van onze medewerkers te verbeteren."
    body = "<p>Wij bieden onze medewerkers kansen om beter te lezen, schrijven en spreken.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Declaration


class CommitmentFactory(factory.django.DjangoModelFactory):
    """A complete draft; use `submitted=True` or `approved=True` for later states."""

    organisation = factory.SubFactory(OrganisationFactory)
    employees_total = 120
    employees_in_scope = 30
    employees_to_reach = 20
    reach_by = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=365))
    plan_text = "Wij starten met een taalscreening en bieden daarna taallessen op de werkvloer aan."
    declaration_accepted = True
    consent_publish = True
    signatory_name = "Ayse Demir"
    signatory_role = "Directeur"
    other_measures = "Taalmaatjes op elke afdeling."

    class Meta:
        model = Commitment

    class Params:
        submitted = factory.Trait(
            status=CommitmentStatus.SUBMITTED,
            submitted_at=factory.LazyFunction(lambda: datetime.datetime.now(datetime.UTC)),
        )
        approved = factory.Trait(
            status=CommitmentStatus.APPROVED,
            member_number=factory.Sequence(lambda n: 10_000 + n),
            signed_on=datetime.date(2016, 9, 1),
        )
