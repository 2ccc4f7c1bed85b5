"""The "Wij doen mee aan het Taalakkoord" badge members put on their own website."""

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


def badge_svg(language):
    with translation.override(language):
        return render_to_string(
            "taalakkoord/certificate/badge.svg", {"lines": BADGE_TEXT[language]}
        )


@lru_cache(maxsize=4)
def badge_png(language):
    """The same badge as a PNG (for sites that cannot use SVG); drawn once per language."""
    top, bottom = BADGE_TEXT[language]
    image = Image.new("RGB", (480, 160), "#0b3157")
    draw = ImageDraw.Draw(image)
    draw.rectangle([8, 8, 471, 151], outline="#ffbf47", width=4)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 28)
    large = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 44)
    draw.text((240, 52), top, font=small, fill="#ffffff", anchor="mm")
    draw.text((240, 104), bottom, font=large, fill="#ffbf47", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
