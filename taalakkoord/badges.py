"""The "Wij doen mee aan het Taalakkoord" badge members put on their own website.

Two forms:

- the **live badge** (`/taalakkoord/badge/<certificate code>.svg` or `.png`), which a member's
  website embeds: while the member takes part it says so with the current year; once the
  membership is not active it turns into a neutral "Lidmaatschap niet actief". It links to the
  verification page. Shared caches keep it as long as a page and drop it with the pages when a
  membership changes;
- the files members could download before (`badge.svg`, `badge.png` in Mijn Taalakkoord), which
  keep working but cannot change by themselves.
"""

import io
from functools import lru_cache

from django.template.loader import render_to_string
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from .pdf import FONT_DIR

BADGE_TEXT = {
    "nl": ("Wij doen mee aan het", "Taalakkoord"),
    "en": ("We take part in the", "Taalakkoord"),
}
NOT_ACTIVE_TEXT = {
    "nl": ("Taalakkoord", "Lidmaatschap niet actief"),
    "en": ("Taalakkoord", "Membership not active"),
}
# Active: the site's dark blue with its yellow; not active: greys, so it reads as neutral.
COLOURS = {
    True: {"background": "#0b3157", "frame": "#ffbf47", "top": "#ffffff", "bottom": "#ffbf47"},
    False: {"background": "#e9e9ec", "frame": "#6b6b70", "top": "#4a4a4f", "bottom": "#1d1d1f"},
}


def lines(language, active=True, year=None):
    top, bottom = (BADGE_TEXT if active else NOT_ACTIVE_TEXT)[language]
    if active and year:
        bottom = f"{bottom} {year}"
    return top, bottom


def badge_svg(language, active=True, year=None):
    with translation.override(language):
        return render_to_string(
            "taalakkoord/certificate/badge.svg",
            {"lines": lines(language, active, year), "colours": COLOURS[active], "active": active},
        )


@lru_cache(maxsize=16)
def badge_png(language, active=True, year=None):
    """The same badge as a PNG (for sites that cannot use SVG); drawn once per language, state
    and year."""
    top, bottom = lines(language, active, year)
    colours = COLOURS[active]
    image = Image.new("RGB", (480, 160), colours["background"])
    draw = ImageDraw.Draw(image)
    draw.rectangle([8, 8, 471, 151], outline=colours["frame"], width=4)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 28)
    size = 44 if len(bottom) <= 16 else 32
    large = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), size)
    draw.text((240, 52), top, font=small, fill=colours["top"], anchor="mm")
    draw.text((240, 104), bottom, font=large, fill=colours["bottom"], anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
