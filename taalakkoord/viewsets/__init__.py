"""The national team's admin screens for the Taalakkoord."""

from .commitments import (  # noqa: F401
    CommitmentViewSet,
    DeclarationViewSet,
    MeasureViewSet,
    TaalakkoordViewSetGroup,
    commitment_viewset,
)
from .organisations import OrganisationViewSet, organisation_viewset  # noqa: F401
