"""Models shared across the site; import them from here."""

from .navigation import Navigation
from .pages import BasePage
from .settings import SiteSettings
from .snippets import ContactPerson, Region, Theme

__all__ = ["BasePage", "ContactPerson", "Navigation", "Region", "SiteSettings", "Theme"]
