"""General content pages and the contact form page."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.core.blocks import BaseContentBlock
from cms.core.emails import queue
from cms.core.fields import StreamField
from cms.core.models import BasePage

from .forms import HoneypotFormBuilder


class ContentPage(BasePage):
    """A general page built from the shared block library (about, statements, explanations)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseContentBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The pages below this one (the Taalakkoord's members and ambassadors, for example), so
        # a visitor can always follow a link to them.
        context["section_pages"] = self.get_children().live().public().specific()
        return context

    parent_page_types = ["home.HomePage", "standardpages.ContentPage", "desks.LeerwerkloketPage"]
    subpage_types = [
        "standardpages.ContentPage",
        "standardpages.FormPage",
        "taalakkoord.MemberDirectoryPage",
        "taalakkoord.ResultsPage",
        "taalakkoord.EventIndexPage",
        "ambassadors.AmbassadorIndexPage",
    ]

    class Meta:
        verbose_name = _("content page")


class FormField(TranslatableMixin, AbstractFormField):
    """A field of a form page. Translatable, so that an English form asks in English: its
    label, help text and choices are translated with the page in wagtail-localize."""

    page = ParentalKey(
        "standardpages.FormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class FormPage(AbstractEmailForm):
    """A contact form: submissions are stored in the admin and emailed in the background."""

    form_builder = HoneypotFormBuilder

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    summary = models.TextField(_("summary"), blank=True, max_length=300)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "standardpages.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def listing_summary(self):
        return self.summary or self.search_description

    def send_mail(self, form):
        recipients = [address.strip() for address in self.to_address.split(",") if address.strip()]
        reply_to = [
            value
            for field in form
            if isinstance(field.field, forms.EmailField)
            and (value := form.cleaned_data.get(field.name))
        ]
        queue(self.subject, self.render_email(form), recipients, reply_to=reply_to)
