"""Factories for the Taalakkoord (tests, demo content, benchmarks)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
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


class MemberInvitationFactory(factory.django.DjangoModelFactory):
    """A branch organisation's invitation to a company, sent and not used yet."""

    umbrella = factory.SubFactory(OrganisationFactory, kind="branche")
    company_name = factory.Sequence(lambda n: f"Lidbedrijf {n} B.V.")
    email = factory.Sequence(lambda n: f"personeelszaken{n}@example.org")
    sent_at = factory.LazyFunction(lambda: datetime.datetime.now(datetime.UTC))

    class Meta:
        model = "taalakkoord.MemberInvitation"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bijeenkomsten"
    slug = "bijeenkomsten"

    class Meta:
        model = "taalakkoord.EventIndexPage"


class EventPageFactory(wagtail_factories.PageFactory):
    """An event at a place, three weeks from now, from two to four in the afternoon."""

    title = factory.Sequence(lambda n: f"Taalakkoord tekenen {n}")
    intro = "Werkgevers uit de regio tekenen samen het Taalakkoord."
    start = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=21)).replace(
            hour=13, minute=0, second=0, microsecond=0
        )
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    venue = "Stadhuis Enschede"
    address = "Langestraat 24\n7511 HC Enschede"

    class Meta:
        model = "taalakkoord.EventPage"
