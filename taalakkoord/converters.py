"""The wizard's step addresses in the page's language: /nl/…/aanmelden/organisatie/,
/en/…/join/organisation/.

Code names the steps by their English names (`reverse("taalakkoord:wizard", args=["plan"])`);
this converter turns a name into the slug of the active language and back, and still accepts
a step's name or its slug in the other language, so an older or shared link keeps working.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import pgettext_lazy

STEP_SLUGS = {
    "organisation": pgettext_lazy("wizard step address", "organisation"),
    "measures": pgettext_lazy("wizard step address", "measures"),
    "numbers": pgettext_lazy("wizard step address", "numbers"),
    "plan": pgettext_lazy("wizard step address", "plan-of-action"),
    "declaration": pgettext_lazy("wizard step address", "declaration"),
    "review": pgettext_lazy("wizard step address", "check"),
}


def _slug(name, language):
    with translation.override(language):
        return str(STEP_SLUGS[name])


class WizardStepConverter:
    regex = r"[a-z-]+"

    def to_python(self, value):
        if value in STEP_SLUGS:
            return value
        for language, _label in settings.LANGUAGES:
            for name in STEP_SLUGS:
                if _slug(name, language) == value:
                    return name
        raise ValueError(f"No wizard step {value!r}")

    def to_url(self, value):
        if value not in STEP_SLUGS:
            raise ValueError(f"No wizard step {value!r}")
        return _slug(value, translation.get_language() or settings.LANGUAGE_CODE)
