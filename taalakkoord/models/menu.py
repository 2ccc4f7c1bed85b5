"""What the national team manages: the Menukaart, the declaration, the target and deadline."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin


class Measure(TranslatableMixin, models.Model):
    """A measure on the Menukaart that members choose from, such as a language screening."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True, max_length=600)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("offered to new members"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("measure")
        verbose_name_plural = _("Menukaart measures")

    def __str__(self):
        return self.name


class Declaration(TranslatableMixin, models.Model):
    """The declaration members sign ("Wij zetten in op taal"), one per language."""

    title = models.CharField(_("title"), max_length=150)
    core_sentence = models.CharField(
        _("core sentence"),
        max_length=300,
        help_text=_("The one sentence that sums up the promise; it is printed on certificates."),
    )
    body = RichTextField(_("text"), features=["bold", "italic", "ol", "ul", "link"])

    panels = [FieldPanel("title"), FieldPanel("core_sentence"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("declaration")
        verbose_name_plural = _("declarations")

    def __str__(self):
        return self.title


@register_setting(icon="pick")
class TaalakkoordSettings(BaseGenericSetting):
    """The target the national team works towards, shown in the public counter."""

    target = models.PositiveIntegerField(_("target number of members"), default=300)
    deadline = models.DateField(_("deadline"), default=datetime.date(2027, 12, 31))

    signatory_1_name = models.CharField(_("first signatory: name"), max_length=100, blank=True)
    signatory_1_role = models.CharField(_("first signatory: role"), max_length=150, blank=True)
    signatory_1_signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("first signatory: signature"),
    )
    signature_collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("collection of the signatures"),
    )
    signatory_2_name = models.CharField(_("second signatory: name"), max_length=100, blank=True)
    signatory_2_role = models.CharField(_("second signatory: role"), max_length=150, blank=True)
    signatory_2_signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("second signatory: signature"),
    )

    panels = [
        FieldPanel("target"),
        FieldPanel("deadline"),
        MultiFieldPanel(
            [
                FieldPanel("signatory_1_name"),
                FieldPanel("signatory_1_role"),
                FieldPanel("signatory_1_signature"),
            ],
            heading=_("Certificate: first signature"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_2_name"),
                FieldPanel("signatory_2_role"),
                FieldPanel("signatory_2_signature"),
            ],
            heading=_("Certificate: second signature"),
        ),
    ]

    def signatories(self):
        return [
            (name, role, image)
            for name, role, image in (
                (self.signatory_1_name, self.signatory_1_role, self.signatory_1_signature),
                (self.signatory_2_name, self.signatory_2_role, self.signatory_2_signature),
            )
            if name
        ]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The signatures go in a collection of their own, which page choosers do not offer.
        images = [self.signatory_1_signature_id, self.signatory_2_signature_id]
        if any(images):
            from wagtail.images import get_image_model

            collection = signature_collection()
            self.signature_collection_id = collection.pk  # saved by signature_collection()
            get_image_model().objects.filter(pk__in=[pk for pk in images if pk]).update(
                collection=collection
            )

    class Meta:
        verbose_name = _("Taalakkoord settings")


def signature_collection(create=True):
    """The collection for the certificate's signatures, made on first use (`create`) and kept
    by id, so renaming it changes nothing; its name is in the site's main language."""
    from django.conf import settings
    from django.utils import translation
    from wagtail.models import Collection

    taalakkoord = TaalakkoordSettings.load()
    if taalakkoord.signature_collection_id:
        return taalakkoord.signature_collection
    if not create:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        name = str(_("Signatures for the certificate"))
    collection = Collection.get_first_root_node().add_child(name=name)
    TaalakkoordSettings.objects.filter(pk=taalakkoord.pk).update(signature_collection=collection)
    return collection
