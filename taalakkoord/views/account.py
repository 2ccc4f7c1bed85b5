"""The person's own data (AVG): download it as JSON, or delete the account."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.core.ratelimit import allow

from .. import privacy


@login_required
def my_data(request):
    """Everything the site holds about the signed-in person, as a JSON file."""
    data = {"made_at": timezone.now().isoformat(), **privacy.personal_data(request.user)}
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    response["Cache-Control"] = "private, no-store"
    return response


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("So that no one else can delete your account."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not right. Type it again."))
        return password


@login_required
def delete_account(request):
    """Delete one's own account, once nothing stands in the way (see privacy.deletion_blocker)."""
    user = request.user
    blocker = privacy.deletion_blocker(user)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and blocker is None:
        if not allow(request, "delete-account", 5):
            return TemplateResponse(request, "429.html", status=429)
        if form.is_valid():
            try:
                privacy.delete_account(user)
            except privacy.AccountNotDeleted as refusal:
                blocker = str(refusal)
            else:
                logout(request)
                messages.success(
                    request, _("Your account and your personal data have been deleted.")
                )
                return redirect("/")
    return TemplateResponse(
        request,
        "taalakkoord/delete_account.html",
        {"form": form, "blocker": blocker},
        status=422 if form.errors else 200,
    )
