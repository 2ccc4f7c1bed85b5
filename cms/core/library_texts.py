"""Texts of allauth and Wagtail that reach the public site, in our voice. allauth's: those its
Python code shows (form errors, messages, choices); Wagtail's: the ones a visitor meets (a
password-protected page or document, logging out of the admin, workflow emails). The site's
voice: the site addresses visitors as "u", and says "inloggen" for logging in ("aanmelden" is
only for joining the Taalakkoord).

Their Dutch catalogues use "je" and "aanmelden". Marking the texts here puts them in our
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
    _("Send me a sign-in code"),
    _("Incorrect code."),
]

WAGTAIL_TEXTS = [
    _("You have been successfully logged out."),
    _("You need a password to access this page."),
    _("You need a password to access this document."),
    _("The password you have entered is not correct. Please try again."),
    # In the workflow emails editors get.
    _("You can edit the page here:"),
    _("You can view the page here:"),
    _("You can preview the page here:"),
]

# The admin as a Dutch editor meets it: Wagtail's Dutch calls a language a "taalregio", names
# the review steps with English loanwords, and words the scheduling dialog stiffly. One name for
# the review ("beoordeling"), everywhere: the workflows are called "Beoordeling door …" too.
WAGTAIL_ADMIN_TEXTS = [
    _("Submit to %(workflow_name)s"),
    _("Resubmit to %(task_name)s"),
    _("Restart workflow "),
    _("Cancel workflow "),
    _("Request changes"),
    _("The page title as you'd like it to be seen by the public"),
    _("Sorry, you do not have permission to access this area."),
    _("Awaiting your review"),
    _("Locale"),
    _("Locale: "),
    _("locale"),
    _("Locales"),
    _("Available in %(translations_total)s locales"),
    _("%(locales_count)s locales"),
    _("Anyone with editing permissions can create schedules"),
    _("But only those with publishing permissions can make them effective."),
    _(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    _("Set publishing schedule"),
    _("The page could not be created due to validation errors."),
    _("The page could not be saved due to validation errors."),
    _("There are validation errors, click save to highlight them."),
    _("Correct the validation errors to resume preview (saving will highlight errors)"),
]

# wagtail-localize's screens for editors (its editor's own script texts are in
# locale/nl/LC_MESSAGES/djangojs.po).
WAGTAIL_LOCALIZE_TEXTS = [
    _(
        "This page hasn't been translated yet. It is mirroring the <a "
        'href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    _("Translate this page"),
]
WAGTAIL_LOCALIZE_TEXTS += [
    _("The page '{page_title}' was successfully submitted for translation into {locales}"),
]
