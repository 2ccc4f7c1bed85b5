"""Ambassadors: people and organisations that promote the Taalakkoord and recruit members."""

import secrets

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core.blocks import ALT_TEXT_HELP


def new_referral_code():
    return secrets.token_urlsafe(9)


class AmbassadorKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")


class Ambassador(TranslatableMixin, index.Indexed, models.Model):
    """An ambassador, translated with wagtail-localize (role, quote and biography)."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=AmbassadorKind.choices, default=AmbassadorKind.PERSON
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "employers.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ambassadors",
        verbose_name=_("member organisation"),
    )
    region = models.ForeignKey(
        "core.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ambassadors",
        verbose_name=_("region"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    photo_alt = models.CharField(_("alternative text for the photo"), max_length=250, blank=True)
    quote = models.TextField(_("quote"), blank=True, max_length=400)
    biography = models.TextField(_("short biography"), blank=True, max_length=2000)
    since = models.DateField(_("ambassador since"))
    until = models.DateField(_("ambassador until"), null=True, blank=True)
    is_koploper = models.BooleanField(
        _("koploper"),
        default=False,
        help_text=_("One of the 29 employers that signed on 27 January 2015."),
    )
    # The same in every translation, so one invitation link works in both languages.
    referral_code = models.CharField(
        _("invitation code"), max_length=20, default=new_referral_code, db_index=True
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_koploper")]),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("region")]),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt", help_text=ALT_TEXT_HELP)],
            heading=_("Photo"),
        ),
        FieldPanel("quote"),
        FieldPanel("biography"),
        FieldRowPanel([FieldPanel("since"), FieldPanel("until")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("referral_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("ambassador")
        verbose_name_plural = _("ambassadors")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_ambassador_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:160] or "ambassadeur"
        super().save(*args, **kwargs)


def in_language(locale):
    """Ambassadors in `locale`, with the Dutch original where no translation exists yet."""
    from wagtail.models import Locale

    translated = list(Ambassador.objects.filter(locale=locale).select_related("region", "photo"))
    keys = {ambassador.translation_key for ambassador in translated}
    originals = Ambassador.objects.filter(locale=Locale.get_default()).exclude(
        translation_key__in=keys
    )
    return translated + list(originals.select_related("region", "photo"))


def referral_counts():
    """Members brought in per ambassador (by translation key): the members that count towards
    the target, as the counter and the monitor count them (approved and not inactive)."""
    from django.db.models import Count

    from taalakkoord.models import Commitment

    rows = (
        Commitment.objects.counting()
        .filter(organisation__referred_by__isnull=False)
        .values("organisation__referred_by__translation_key")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return {row["organisation__referred_by__translation_key"]: row["total"] for row in rows}


from .pages import AmbassadorIndexPage  # noqa: E402,F401 - page models must live in the models module
