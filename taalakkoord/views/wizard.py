"""The signing wizard: organisation → measures → numbers → plan → declaration → submit.

Each valid step is saved straight away. Input that does not validate is kept in the session,
so someone who leaves after an error finds what they typed when they come back.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views import View

from employers.models import Membership, Organisation, Role
from employers.permissions import membership_of

from .. import invitations, services
from ..forms import DeclarationForm, MeasuresForm, NumbersForm, OrganisationForm, PlanForm
from ..models import Commitment, CommitmentStatus, Declaration
from ..permissions import public_name
from .kvk import lookups_allowed

STEPS = [
    ("organisation", gettext_lazy("Organisation"), OrganisationForm),
    ("measures", gettext_lazy("Measures"), MeasuresForm),
    ("numbers", gettext_lazy("Numbers"), NumbersForm),
    ("plan", gettext_lazy("Plan of action"), PlanForm),
    ("declaration", gettext_lazy("Declaration"), DeclarationForm),
    ("review", gettext_lazy("Check and submit"), None),
]
STEP_NAMES = [name for name, _label, _form in STEPS]
EDITABLE = {CommitmentStatus.DRAFT, CommitmentStatus.REJECTED, CommitmentStatus.WITHDRAWN}


def incomplete_steps(commitment):
    """The steps that still miss something before the commitment can be submitted."""
    missing = []
    if not commitment.measures.exists() and not commitment.other_measures.strip():
        missing.append("measures")
    if None in (
        commitment.employees_total,
        commitment.employees_in_scope,
        commitment.employees_to_reach,
        commitment.reach_by,
    ):
        missing.append("numbers")
    if not commitment.plan_text.strip() and not commitment.plan_file:
        missing.append("plan")
    if not commitment.declaration_accepted:
        missing.append("declaration")
    return missing


class WizardView(LoginRequiredMixin, View):
    template_name = "taalakkoord/wizard.html"

    def dispatch(self, request, step):
        if step not in STEP_NAMES:
            raise Http404
        self.step = step
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.membership = membership_of(request.user)
        self.commitment = (
            getattr(self.membership.organisation, "commitment", None) if self.membership else None
        )
        if step != "organisation" and self.commitment is None:
            return redirect("taalakkoord:wizard", step="organisation")
        if self.commitment and self.commitment.status not in EDITABLE:
            messages.info(
                request, _("Your commitment has been sent in; you can no longer change it here.")
            )
            return redirect("taalakkoord:dashboard")
        return super().dispatch(request, step)

    # Forms -------------------------------------------------------------------------------
    def session_key(self):
        return f"taalakkoord-wizard-{self.step}"

    def form_class(self):
        return {name: form for name, _label, form in STEPS}[self.step]

    def make_form(self, data=None, files=None):
        form_class = self.form_class()
        if form_class is None:
            return None
        if self.step == "organisation":
            instance = self.membership.organisation if self.membership else None
        else:
            instance = self.commitment
        return form_class(data=data, files=files, instance=instance)

    # Views -------------------------------------------------------------------------------
    def get(self, request, step):
        draft = request.session.get(self.session_key())
        form = self.make_form(data=draft) if draft else self.make_form()
        if form is not None and draft:
            form.is_valid()  # show the errors the person left with
        return self.render(form)

    def post(self, request, step):
        if step == "review":
            return self.submit()
        if step == "organisation" and not lookups_allowed(request):
            # The step tells whether a KvK number is registered: limited like other lookups.
            return TemplateResponse(request, "429.html", status=429)
        form = self.make_form(data=request.POST, files=request.FILES)
        later = "later" in request.POST
        if not form.is_valid():
            request.session[self.session_key()] = {
                key: values if len(values) > 1 else values[0]
                for key, values in request.POST.lists()
                if key not in ("csrfmiddlewaretoken", "later")
            }
            if later:
                # Kept as typed, errors and all: the step shows it again next time.
                messages.info(request, _("What you filled in is kept. You can go on later."))
                return redirect("taalakkoord:dashboard")
            return self.render(form, status=422)
        request.session.pop(self.session_key(), None)
        with transaction.atomic():
            self.save(form)
        if later:
            messages.success(request, _("Saved. You can go on later."))
            return redirect("taalakkoord:dashboard")
        if "previous" in request.POST:
            return redirect(
                "taalakkoord:wizard", step=STEP_NAMES[max(STEP_NAMES.index(step) - 1, 0)]
            )
        return redirect("taalakkoord:wizard", step=STEP_NAMES[STEP_NAMES.index(step) + 1])

    def save(self, form):
        if self.step != "organisation":
            form.save()
            return
        organisation = form.save(commit=False)
        if self.membership is None and organisation.referred_by_id is None:
            from ambassadors.views import referring_ambassador

            organisation.referred_by = referring_ambassador(self.request)
        organisation.save()
        form.save_m2m()
        if self.membership is None:
            Membership.objects.create(
                user=self.request.user, organisation=organisation, role=Role.ADMIN
            )
            invitations.link_new_organisation(self.request, organisation)
        Commitment.objects.get_or_create(
            organisation=organisation, defaults={"language": get_language()}
        )

    def submit(self):
        missing = incomplete_steps(self.commitment)
        if missing:
            messages.error(
                self.request, _("Some steps are not complete yet. Check the steps marked below.")
            )
            return self.render(None, status=422)
        services.submit(self.commitment, self.request.user)
        for name in STEP_NAMES:
            self.request.session.pop(f"taalakkoord-wizard-{name}", None)
        messages.success(
            self.request, _("Thank you! Your commitment has been sent to the national team.")
        )
        return redirect("taalakkoord:dashboard")

    def render(self, form, status=200):
        existing = None
        if form is not None and self.step == "organisation" and "kvk_number" in form.errors:
            kvk = "".join(form.data.get("kvk_number", "").split())
            # Only a well-formed number is looked up: what was typed may hold anything.
            existing = (
                Organisation.objects.filter(kvk_number=kvk)
                .exclude(pk=getattr(self.membership, "organisation_id", None))
                .first()
                if kvk.isascii()
                and kvk.isdigit()
                and len(kvk) == 8
                and lookups_allowed(self.request)
                else None
            )
            if existing is not None:
                existing = {"kvk_number": existing.kvk_number, "name": public_name(existing)}
        index = STEP_NAMES.index(self.step)
        missing = incomplete_steps(self.commitment) if self.commitment else STEP_NAMES[1:-1]
        steps = [
            {
                "name": name,
                "label": label,
                "url": reverse("taalakkoord:wizard", args=[name]),
                "done": self.commitment is not None and name not in missing and name != "review",
                "reachable": self.commitment is not None or name == "organisation",
            }
            for name, label, _form in STEPS
        ]
        context = {
            "form": form,
            "step": self.step,
            "step_label": STEPS[index][1],
            "step_number": index + 1,
            "step_count": len(STEPS),
            "steps": steps,
            "step_urls": {step["name"]: step["url"] for step in steps},
            "is_first": index == 0,
            "is_last": index == len(STEPS) - 1,
            "commitment": self.commitment,
            "missing": missing,
            "existing_organisation": existing,
            "declaration": Declaration.objects.filter(locale__language_code=get_language()).first()
            or Declaration.objects.first(),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)
