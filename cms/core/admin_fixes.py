"""Small corrections to Wagtail's admin, applied once at start-up (`connect`).

Wagtail's choosers look up `chosen/<pk>/` without checking that the id has the model's type,
so `/admin/images/chooser/chosen/x:y/` raised a server error. A malformed id is a missing one.
"""

from django.core.exceptions import ValidationError


def connect():
    from wagtail.admin.views.generic.chooser import ChosenViewMixin

    original = ChosenViewMixin.get_object
    if getattr(original, "checks_id", False):
        return

    def get_object(self, pk):
        try:
            return original(self, pk)
        except (ValueError, TypeError, ValidationError) as error:
            raise self.model_class.DoesNotExist(f"No object with id {pk!r}") from error

    get_object.checks_id = True
    ChosenViewMixin.get_object = get_object
