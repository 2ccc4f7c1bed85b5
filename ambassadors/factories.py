import datetime

import factory
from wagtail.models import Locale

from .models import Ambassador


class AmbassadorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ambassadeur {n}")
    role = "Werkgever"
    since = datetime.date(2016, 9, 1)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Ambassador
