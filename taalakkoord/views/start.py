"""The way in: what joining the Taalakkoord means, the steps, and where to begin."""

from django.template.response import TemplateResponse
from django.urls import reverse

from .. import invitations
from ..permissions import commitment_of
from .wizard import STEPS


def start(request):
    """The start page every "Meld uw organisatie aan" button leads to, and invitations too.

    Visitors choose between making an account and logging in; either brings them to the
    wizard's first step afterwards. Signed-in people go on where they are.
    """
    first_step = reverse("taalakkoord:wizard", args=[STEPS[0][0]])
    commitment = commitment_of(request.user) if request.user.is_authenticated else None
    context = {
        "steps": [label for _name, label, _form in STEPS],
        "first_step": first_step,
        "commitment": commitment,
        # Someone who came through a branch or umbrella organisation's invitation.
        "invitation": invitations.open_invitation(token)
        if (token := request.session.get(invitations.SESSION_KEY))
        else None,
    }
    return TemplateResponse(request, "taalakkoord/start.html", context)
