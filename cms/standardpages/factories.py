import json

import factory
import wagtail_factories

from .models import ContentPage, FormField, FormPage


def paragraphs(*texts):
    """A StreamField value of paragraph blocks, in the raw JSON form Wagtail stores."""
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts])


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informatiepagina {n}")
    intro = "Uitleg over leren en werken."
    body = factory.LazyFunction(lambda: paragraphs("Het Leerwerkloket helpt u verder."))

    class Meta:
        model = ContentPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    to_address = "redactie@example.org"
    from_address = "noreply@example.org"
    subject = "Nieuw bericht via het contactformulier"

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Veld {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField
