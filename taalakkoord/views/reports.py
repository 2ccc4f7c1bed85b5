"""The yearly progress report, prefilled from last time."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..forms import ProgressReportForm
from ..permissions import commitment_of
from ..reporting import can_report, record_report
from ..stories import offer as offer_story


@login_required
def progress_report(request):
    commitment = commitment_of(request.user)
    if commitment is None or not can_report(commitment):
        messages.info(request, _("There is no progress report to fill in right now."))
        return redirect("taalakkoord:dashboard")
    last = commitment.reports.prefetch_related("measures_done").first()
    initial = {"measures_done": list(commitment.measures.all())}
    if last:
        initial = {
            "employees_reached": last.employees_reached,
            "measures_done": list(last.measures_done.all()),
            "story": last.story,
            "story_public": last.story_public,
        }
    form = ProgressReportForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            report = form.save(commit=False)
            report.commitment = commitment
            report.due_date = commitment.next_report_due
            report.submitted_by = request.user
            report.save()
            form.save_m2m()
            record_report(commitment, report)
            story = offer_story(report)
        messages.success(request, _("Thank you for your progress report."))
        if story:
            messages.info(
                request,
                _(
                    "The national team reads your story first. You get an email when it is "
                    "on your page in the list of members."
                ),
            )
        return redirect("taalakkoord:dashboard")
    status = 422 if form.is_bound else 200
    return TemplateResponse(
        request,
        "taalakkoord/progress_report.html",
        {"form": form, "commitment": commitment, "last": last},
        status=status,
    )
