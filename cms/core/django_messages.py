"""Django messages our users see whose Dutch translation Django does not ship (yet).

Django 5.2 changed the wording behind the "password too short" error; its Dutch catalogue still
has the old one, so Dutch visitors got the English sentence. Marking the messages here puts them
in our own catalogue (`make messages`), where they are translated. Nothing imports this module.
"""

from django.utils.translation import ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    "min_length",
)
