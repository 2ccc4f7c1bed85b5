"""Small corrections to Wagtail's admin, applied once at start-up (`connect`).

Wagtail's choosers look up `chosen/<pk>/` (and `chosen-multiple/?id=…`) without checking that
the id has the model's type, so `/admin/images/chooser/chosen/x:y/` raised a server error. A
malformed id is a missing one.
"""

from django.core.exceptions import ValidationError
from django.http import Http404


def connect():
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
