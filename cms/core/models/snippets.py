"""Reusable content managed as snippets: regions, themes and contact persons."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Region(index.Indexed, models.Model):
    """One of the 35 Dutch labour-market regions (arbeidsmarktregio's).

    Region names are proper names and the same in both languages, so they are not translated.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.CharField(_("province"), max_length=100, blank=True)
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    staff_groups = models.ManyToManyField(
        "auth.Group",
        blank=True,
        related_name="regions",
        verbose_name=_("desk staff groups"),
        help_text=_(
            "People in these groups work for this region's Leerwerkloket. In the admin they see "
            "this region's Taalakkoord members and figures, and no other region's."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("province"),
        FieldPanel("number"),
        FieldPanel("staff_groups", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("labour-market region")
        verbose_name_plural = _("labour-market regions")

    def __str__(self):
        return self.name


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject used to group good practices, such as language skills or career advice.

    The slug stays the same in every language, so a filtered address works in both.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    """Someone visitors can contact about a good practice or a page.

    A person appears on the public site only on pages where an editor adds them, and their
    email address and phone number only where the editor ticks that box.
    """

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name
