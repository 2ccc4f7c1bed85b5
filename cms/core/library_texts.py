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
from django.utils.translation import ngettext_lazy

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

# Wagtail's Dutch admin says "je"; the texts editors, desk staff and the national team meet most
# (empty lists, locking, confirmations, uploads, another window's changes) say "u" here.
WAGTAIL_ADMIN_ADDRESS_TEXTS = [
    _("No %(model_name)s match your query."),
    _("<b>'{title}' was locked</b> by <b>you</b> on <b>{datetime}</b>."),
    _("<b>'{title}' is locked</b> by <b>you</b>."),
    _("Locked by you"),
    _("Only you can make changes while the %(model_name)s is locked"),
    _("This page is locked, by you, to further editing"),
    _("Locked by <b>you</b> at <b>%(locking_date)s</b>"),
    _("Cannot overwrite a revision that was not created by the current user."),
    _("You do not have permission to access the admin."),
    _("You cannot edit another user's comment."),
    _("This page is live. Would you like to publish its copy as well?"),
    _('You do not have permission to publish pages at "%(page_title)s"'),
    _('You do not have permission to copy to page "%(page_title)s"'),
    _('You do not have permission to create a page under "%(page_title)s".'),
    _('You cannot create a page of type "%(page_type)s" under "%(page_title)s".'),
    _("Would you still like to publish this %(model_name)s?"),
    _(
        "This is your dashboard on which helpful information about content you've created will be displayed."
    ),
    _("Your locked pages"),
    _("Your pages and snippets in a workflow"),
    _("Edit your notification preferences here:"),
    _("Choose which type of page you'd like to create."),
    _("Sorry, you cannot create a page at this location."),
    _("Are you sure you want to delete these pages?"),
    ngettext_lazy(
        "You don't have permission to delete this page",
        "You don't have permission to delete these pages",
        1,
    ),
    _("Are you sure you want to move these pages?"),
    ngettext_lazy(
        "You don't have permission to move this page",
        "You don't have permission to move these pages",
        1,
    ),
    _("Are you sure you want to publish these pages?"),
    ngettext_lazy(
        "You don't have permission to publish this page",
        "You don't have permission to publish these pages",
        1,
    ),
    _("Are you sure you want to unpublish these pages?"),
    ngettext_lazy(
        "You don't have permission to unpublish this page",
        "You don't have permission to unpublish these pages",
        1,
    ),
    _("Are you sure you want to convert this alias into an ordinary page?"),
    _("Are you sure you want to delete this page?"),
    _("Are you sure you want to move this page into '%(title)s'?"),
    _("Are you sure you want to move this page and all of its children into '%(title)s'?"),
    _("Are you sure you want to unpublish this page?"),
    _("Would you still like to publish this page?"),
    _("You saved a new version in another window"),
    _("You have unsaved changes in another window"),
    _("Proceeding will overwrite the changes you made in that window."),
    _("Proceeding will overwrite the changes made by %(user_name)s."),
    _("Alternatively, you can view the latest version in a new tab."),
    _("Are you sure you want to unschedule this revision?"),
    _("Save your changes before leaving"),
    _("You have <span>unsaved edits</span>"),
    _("Your account settings have been changed successfully!"),
    _("Are you sure you want to delete this collection?"),
    _(
        "You are viewing a previous version of this %(model_name)s from <b>%(created_at)s</b> by %(user)s"
    ),
    _("If you confirm deletion"),
    _("You are viewing a previous version of this page from <b>%(created_at)s</b> by %(user)s"),
    _("Select your current time zone"),
    ngettext_lazy(
        "Are you sure you want to delete this image?",
        "Are you sure you want to delete these images?",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to delete this image",
        "You don't have permission to delete these images",
        1,
    ),
    _("You haven't uploaded any images."),
    _("You haven't uploaded any images in this collection."),
    _("Or choose from your computer"),
    _('Sorry, no images match "<em>%(query_string)s</em>"'),
    ngettext_lazy(
        "Are you sure you want to delete this document?",
        "Are you sure you want to delete these documents?",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to delete this document",
        "You don't have permission to delete these documents",
        1,
    ),
    _("You haven't uploaded any documents."),
    _("You haven't uploaded any documents in this collection."),
    _("Are you sure you want to delete this %(snippet_type_name)s?"),
    _("You don't have permission to delete this %(snippet_type_name)s"),
    ngettext_lazy(
        "Are you sure you want to delete this form submission?",
        "Are you sure you want to delete these form submissions?",
        1,
    ),
    _("Sorry, no users match your query"),
    _("Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."),
    _("Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."),
    _("Receive notification when your page edit is approved"),
    _("Receive notification when your page edit is rejected"),
    _(
        'Alternatively you can <a href="%(unpublish_url)s">unpublish the page</a>. This removes the page from public view and you can edit or publish it again later.'
    ),
    _(
        "Upload successful. However, your new image seems to be a duplicate of an existing image. You may delete it if it wasn't required."
    ),
    _(
        "Upload successful. Please update this image with a more appropriate title, if necessary. You may also delete the image completely if the upload wasn't required."
    ),
    _(
        "Upload successful. However, your new image seems to be a duplicate of this existing image. You may delete it if it wasn't required."
    ),
    _("Report this error to your website administrator with the following information:"),
    _(
        "Upload successful. Please update this document with a more appropriate title, if necessary. You may also delete the document completely if the upload wasn't required."
    ),
]
