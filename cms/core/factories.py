"""Factories for the shared models, used by tests, demo content and benchmarks."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from .models import ContactPerson, Region, Theme


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Jansen {n}")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*[Group.objects.get(name=name) for name in names])


def region(slug="twente"):
    """Regions come from a data migration; look one up rather than making a new one."""
    return Region.objects.get(slug=slug)


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Theme


class ContactPersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Contactpersoon {n}")
    role = "Leerwerkadviseur"
    organisation = "Leerwerkloket Twente"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = "053 123 45 67"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ContactPerson


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Afbeelding {n}")
