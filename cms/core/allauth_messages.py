"""allauth's own texts that its Python code shows (form errors, messages, choices), in our
voice: the site addresses visitors as "u", and says "inloggen" for logging in ("aanmelden" is
only for joining the Taalakkoord).

allauth's Dutch catalogue uses "je" and "aanmelden". Marking its texts here puts them in our
catalogue (`make messages`), which Django reads before allauth's. The texts of its pages and
emails are our own templates (templates/account/, templates/mfa/). Nothing imports this module.
"""

from django.utils.translation import gettext_lazy as _

ALLAUTH_TEXTS = [
    _("You cannot remove your primary email address."),
    _("The email address and/or password you specified are not correct."),
    _("Please type your current password."),
    _("You cannot add more than %d email addresses."),
    _("Your primary email address must be verified."),
    _("Be patient, you are sending too many requests."),
    _("You must type the same password each time."),
    _("You must type the same email each time."),
    _("You cannot deactivate two-factor authentication."),
    _("You cannot generate recovery codes without having two-factor authentication enabled."),
    _("Sign In"),
    _("You cannot remove your primary email address (%(email)s)."),
    _("Use your password"),
    _("You cannot add an email address to an account protected by two-factor authentication."),
    _("You cannot activate two-factor authentication until you have verified your email address."),
]
