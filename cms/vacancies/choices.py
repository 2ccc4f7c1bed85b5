from django.db import models
from django.utils.translation import gettext_lazy as _


class EducationLevel(models.TextChoices):
    MBO1 = "mbo1", _("mbo level 1")
    MBO2 = "mbo2", _("mbo level 2")
    MBO3 = "mbo3", _("mbo level 3")
    MBO4 = "mbo4", _("mbo level 4")
    HBO = "hbo", _("hbo")
    OTHER = "overig", _("other")


class LearningRoute(models.TextChoices):
    BBL = "bbl", _("BBL: learning on the job (work four days, school one day)")
    BOL = "bol", _("BOL: school with work placements")
    OTHER = "overig", _("other")


# schema.org's educationRequirements.credentialCategory per level
CREDENTIAL_CATEGORY = {
    EducationLevel.MBO1: "high school",
    EducationLevel.MBO2: "high school",
    EducationLevel.MBO3: "associate degree",
    EducationLevel.MBO4: "associate degree",
    EducationLevel.HBO: "bachelor degree",
}
