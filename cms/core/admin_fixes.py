"""Small corrections to Wagtail's admin, applied once at start-up (`connect`).

The choosers' language filter gets a label ("Taal"); it had none.

Wagtail's choosers look up `chosen/<pk>/` (and `chosen-multiple/?id=…`) without checking that
the id has the model's type, so `/admin/images/chooser/chosen/x:y/` raised a server error. A
malformed id is a missing one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404


def connect():
    _label_the_language_filter()
    from wagtail.admin.views.generic.chooser import ChosenMultipleViewMixin, ChosenViewMixin

    original = ChosenViewMixin.get_object
    if getattr(original, "checks_id", False):
        return

    def get_object(self, pk):
        try:
            return original(self, pk)
        except (ValueError, TypeError, ValidationError) as error:
            raise self.model_class.DoesNotExist(f"No object with id {pk!r}") from error

    original_get_many = ChosenMultipleViewMixin.get

    def get_many(self, request, *args, **kwargs):
        # Subclasses (the image chooser's) filter ids their own way: caught here, around them.
        try:
            return original_get_many(self, request, *args, **kwargs)
        except (ValueError, TypeError, ValidationError) as error:
            raise Http404("Malformed id") from error

    get_object.checks_id = True
    ChosenViewMixin.get_object = get_object
    ChosenMultipleViewMixin.get = get_many


def _label_the_language_filter():
    """The language filter of Wagtail's choosers has no label of its own, so it showed the
    field's name, "Locale", in every language."""
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    original = LocaleFilterMixin.__init__
    if getattr(original, "labels_language", False):
        return

    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = _("Language")

    __init__.labels_language = True
    LocaleFilterMixin.__init__ = __init__
