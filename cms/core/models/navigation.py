"""The main menu and footer links, edited by editors, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin

from cms.core.fields import StreamField


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Leave empty to use the page title.")
    )

    class Meta:
        icon = "link"
        label = _("Menu item")


class Navigation(TranslatableMixin, models.Model):
    """Main navigation and footer for one language; translated with wagtail-localize."""

    main_links = StreamField(
        [("link", NavigationLinkBlock())], blank=True, verbose_name=_("main menu")
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    footer_links = StreamField(
        [("link", NavigationLinkBlock())], blank=True, verbose_name=_("footer links")
    )

    panels = [FieldPanel("main_links"), FieldPanel("footer_text"), FieldPanel("footer_links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")

    def __str__(self):
        return str(_("Navigation ({language})").format(language=self.locale.get_display_name()))

    @classmethod
    def for_active_language(cls):
        """The navigation in the visitor's language, else the default language's."""
        navigations = {nav.locale_id: nav for nav in cls.objects.select_related("locale")}
        active = Locale.get_active()
        if active.pk in navigations:
            return navigations[active.pk]
        default = Locale.get_default()
        return navigations.get(default.pk)
