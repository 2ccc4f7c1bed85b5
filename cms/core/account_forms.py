"""allauth's forms in the site's own words: our labels and hints, errors that name the field and
say what to do, no placeholders (a hint that vanishes while typing), and passwords kept when
the form comes back with an error elsewhere (nothing the user typed is lost).

ACCOUNT_FORMS and MFA_FORMS in the settings point here; the page templates (templates/account/,
templates/mfa/) render every field with the same include as the Taalakkoord wizard.
"""

from allauth.account import forms as account
from allauth.mfa.base import forms as mfa_base
from allauth.mfa.recovery_codes import forms as mfa_recovery
from allauth.mfa.totp import forms as mfa_totp
from django import forms
from django.utils.translation import gettext_lazy as _

LABELS = {
    "login": _("Email address"),
    "email": _("Email address"),
    "password": _("Password"),
    "password1": _("Choose a password"),
    "password2": _("Type the password again"),
    "oldpassword": _("Current password"),
    "remember": _("Stay logged in on this device"),
    "code": _("Code"),
}

HELP_TEXTS = {
    "password1": _(
        "At least 10 characters. Not only digits, and not a password you use for something else."
    ),
    "code": _("The 6 digits your authenticator app shows now."),
}

REQUIRED = {
    "login": _("Enter your email address."),
    "email": _("Enter your email address."),
    "password": _("Enter your password."),
    "password1": _("Choose a password."),
    "password2": _("Type the password a second time."),
    "oldpassword": _("Enter your current password."),
    "code": _("Enter the code from your authenticator app."),
}

INVALID_EMAIL = _("Enter an email address like name@example.nl.")

# Password fields whose value comes back when the form has an error in another field.
KEEP_PASSWORD = {"password1", "password2"}


class OwnWords:
    """Mixed in before an allauth form: relabels its fields and drops its placeholders."""

    label_overrides = {}
    help_overrides = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""
        for name, field in self.fields.items():
            label = self.label_overrides.get(name, LABELS.get(name))
            if label:
                field.label = label
            help_text = self.help_overrides.get(name, HELP_TEXTS.get(name))
            if help_text is not None:
                field.help_text = help_text
            if name in REQUIRED:
                field.error_messages["required"] = REQUIRED[name]
            if isinstance(field, forms.EmailField) or name == "login":
                field.error_messages["invalid"] = INVALID_EMAIL
            field.widget.attrs.pop("placeholder", None)
            if name in KEEP_PASSWORD and isinstance(field.widget, forms.PasswordInput):
                field.widget.render_value = True


class LoginForm(OwnWords, account.LoginForm):
    # allauth puts a "forgot your password?" link in the hint; our page has it under the form.
    help_overrides = {"password": ""}


class SignupForm(OwnWords, account.SignupForm):
    pass


class AddEmailForm(OwnWords, account.AddEmailForm):
    label_overrides = {"email": _("New email address")}


class ChangePasswordForm(OwnWords, account.ChangePasswordForm):
    label_overrides = {"password1": _("New password")}
    help_overrides = {"oldpassword": ""}  # allauth's hint is a link the page already has


class SetPasswordForm(OwnWords, account.SetPasswordForm):
    pass


class ResetPasswordForm(OwnWords, account.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(OwnWords, account.ResetPasswordKeyForm):
    label_overrides = {"password1": _("New password")}


class ReauthenticateForm(OwnWords, account.ReauthenticateForm):
    pass


class AuthenticateForm(OwnWords, mfa_base.AuthenticateForm):
    help_overrides = {
        "code": _("The 6 digits your authenticator app shows now, or one of your recovery codes.")
    }


class MfaReauthenticateForm(OwnWords, mfa_base.ReauthenticateForm):
    pass


class ActivateTOTPForm(OwnWords, mfa_totp.ActivateTOTPForm):
    pass


class DeactivateTOTPForm(OwnWords, mfa_totp.DeactivateTOTPForm):
    pass


class GenerateRecoveryCodesForm(OwnWords, mfa_recovery.GenerateRecoveryCodesForm):
    pass
