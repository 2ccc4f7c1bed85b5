"""Illustrations for the demo content, drawn here with Pillow (nothing is downloaded)."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ("#e6f0f8", "#0b4f8a", "#ffbf47", "#a64000"),
    ("#eef6ee", "#2f6b2f", "#0b4f8a", "#ffbf47"),
    ("#fff4e0", "#a64000", "#0b3157", "#7fb2de"),
    ("#f3f4f6", "#0b3157", "#2f6b2f", "#ffbf47"),
]

# (title, alt text) — the alt text describes what the drawing shows.
ILLUSTRATIONS = {
    "gesprek": ("Adviesgesprek", "Tekening van twee mensen die aan een tafel met elkaar praten."),
    "groep": ("Groepsles", "Tekening van een groep van vijf mensen naast elkaar."),
    "boek": ("Leren", "Tekening van een opengeslagen boek met een persoon ernaast."),
    "werkplaats": ("Leren op de werkvloer", "Tekening van twee mensen bij een werkbank."),
    "kaart": ("Regio", "Tekening van een landkaart met drie gemarkeerde punten."),
    "scherm": ("Op afstand", "Tekening van een beeldscherm met een persoon in een videogesprek."),
}


# The alternative text of each drawing in English, for the English pages.
ALT_EN = {
    "gesprek": "Drawing of two people talking to each other at a table.",
    "groep": "Drawing of a group of five people side by side.",
    "boek": "Drawing of an open book with a person beside it.",
    "werkplaats": "Drawing of two people at a workbench.",
    "kaart": "Drawing of a map with three marked points.",
    "scherm": "Drawing of a screen with a person in a video call.",
}


def _person(draw, x, y, scale, colour):
    draw.ellipse([x - 18 * scale, y - 70 * scale, x + 18 * scale, y - 34 * scale], fill=colour)
    draw.rounded_rectangle(
        [x - 30 * scale, y - 28 * scale, x + 30 * scale, y + 50 * scale],
        radius=int(18 * scale),
        fill=colour,
    )


def draw_illustration(key: str, width: int = 1200, height: int = 750) -> bytes:
    """Draw a simple, friendly scene for `key` and return it as PNG bytes."""
    rng = random.Random(key)
    background, main, accent, extra = PALETTES[rng.randrange(len(PALETTES))]
    image = PILImage.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for _ in range(6):  # soft shapes in the background
        cx, cy, r = rng.randrange(width), rng.randrange(height), rng.randrange(60, 220)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=accent, width=6)
    ground = int(height * 0.78)
    draw.rectangle([0, ground, width, height], fill=main)
    if key == "gesprek":
        draw.rectangle([width * 0.35, ground - 90, width * 0.65, ground - 70], fill=extra)
        _person(draw, width * 0.3, ground - 60, 2.2, main)
        _person(draw, width * 0.7, ground - 60, 2.2, accent)
    elif key == "groep":
        for i, colour in enumerate([main, accent, extra, main, accent]):
            _person(draw, width * (0.18 + i * 0.16), ground - 60, 1.8, colour)
    elif key == "boek":
        for edge in (0.25, 0.75):  # the left and right page of an open book
            draw.polygon(
                [
                    (width * edge, ground - 260),
                    (width * 0.5, ground - 220),
                    (width * 0.5, ground - 20),
                    (width * edge, ground - 60),
                ],
                fill="#ffffff",
                outline=main,
            )
        _person(draw, width * 0.85, ground - 60, 2.0, accent)
    elif key == "werkplaats":
        draw.rectangle([width * 0.3, ground - 140, width * 0.7, ground - 110], fill=extra)
        draw.rectangle([width * 0.33, ground - 110, width * 0.36, ground], fill=extra)
        draw.rectangle([width * 0.64, ground - 110, width * 0.67, ground], fill=extra)
        _person(draw, width * 0.2, ground - 60, 2.2, main)
        _person(draw, width * 0.8, ground - 60, 2.2, accent)
    elif key == "kaart":
        draw.polygon(
            [
                (width * 0.3, 80),
                (width * 0.7, 120),
                (width * 0.75, ground - 40),
                (width * 0.25, ground - 80),
            ],
            fill="#ffffff",
            outline=main,
            width=6,
        )
        for px, py in [(0.42, 0.3), (0.58, 0.45), (0.45, 0.6)]:
            draw.ellipse(
                [width * px - 22, height * py - 22, width * px + 22, height * py + 22], fill=accent
            )
    else:  # scherm
        draw.rounded_rectangle(
            [width * 0.25, 90, width * 0.75, ground - 80],
            radius=20,
            fill="#ffffff",
            outline=main,
            width=10,
        )
        _person(draw, width * 0.5, ground - 170, 1.8, accent)
        draw.rectangle([width * 0.47, ground - 80, width * 0.53, ground], fill=main)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def get_or_create_illustration(key: str):
    """The demo image for `key`, created on first use; returns (image, alt text)."""
    title, alt = ILLUSTRATIONS[key]
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = draw_illustration(key)
        image = Image(title=title, description=alt)
        image.file = ImageFile(io.BytesIO(data), name=f"demo-{key}.png")
        image.save()
    elif not image.description:
        image.description = alt
        image.save(update_fields=["description"])
    return image, alt
