"""Our own drawings: small SVG scenes drawn in code, one per subject, in the site's colours.

A card without an uploaded image shows a drawing that fits its page (a theme of a good practice,
the tag of a news item, the kind of page). `pictures_for()` gives each card in a row its picture
so that no card shows the same picture as the cards just before it. Ambassadors without a photo
get a portrait drawn in the same style, with their initials.
"""

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 480, 270

# background, main, accent, extra: each palette uses only the site's own colours.
PALETTES = (
    ("#e6f0f8", "#0b4f8a", "#ffbf47", "#a64000"),
    ("#eef6ee", "#2f6b2f", "#0b4f8a", "#ffbf47"),
    ("#fff4e0", "#a64000", "#0b3157", "#7fb2de"),
    ("#f3f4f6", "#0b3157", "#2f6b2f", "#ffbf47"),
)


def _person(x, y, colour, scale=1.0):
    """A person seen from the front: a head and a rounded body, standing on y."""
    r = 15 * scale
    return (
        f'<circle cx="{x}" cy="{y - 62 * scale:.1f}" r="{r:.1f}" fill="{colour}"/>'
        f'<rect x="{x - 24 * scale:.1f}" y="{y - 44 * scale:.1f}" width="{48 * scale:.1f}" '
        f'height="{44 * scale:.1f}" rx="{16 * scale:.1f}" fill="{colour}"/>'
    )


def _gesprek(main, accent, extra):
    return (
        f'<rect x="170" y="168" width="140" height="12" rx="3" fill="{extra}"/>'
        f'<rect x="185" y="180" width="8" height="30" fill="{extra}"/>'
        f'<rect x="287" y="180" width="8" height="30" fill="{extra}"/>'
        + _person(140, 210, main, 1.3)
        + _person(340, 210, accent, 1.3)
        + f'<path d="M200 40h80a12 12 0 0 1 12 12v34a12 12 0 0 1-12 12h-30l-18 16v-16h-32a12 12 0 '
        f'0 1-12-12v-34a12 12 0 0 1 12-12z" fill="#fff" stroke="{main}" stroke-width="3"/>'
        f'<path d="M212 62h56M212 78h36" stroke="{main}" stroke-width="5" stroke-linecap="round"/>'
    )


def _groep(main, accent, extra):
    colours = (main, accent, extra, main, accent)
    return "".join(
        _person(96 + i * 72, 210, c, 1.05 + (i % 2) * 0.15) for i, c in enumerate(colours)
    )


def _boek(main, accent, extra):
    return (
        f'<path d="M120 80l120 18v112l-120-16z" fill="#fff" stroke="{main}" stroke-width="4"/>'
        f'<path d="M360 80l-120 18v112l120-16z" fill="#fff" stroke="{main}" stroke-width="4"/>'
        f'<path d="M140 110l80 12M140 132l80 12M140 154l60 9M260 122l80-12M260 144l80-12" '
        f'stroke="{extra}" stroke-width="5" stroke-linecap="round"/>'
        + _person(410, 210, accent, 1.1)
    )


def _werkplaats(main, accent, extra):
    return (
        f'<rect x="150" y="150" width="180" height="16" rx="3" fill="{extra}"/>'
        f'<rect x="162" y="166" width="10" height="44" fill="{extra}"/>'
        f'<rect x="308" y="166" width="10" height="44" fill="{extra}"/>'
        f'<rect x="190" y="126" width="36" height="24" rx="3" fill="{main}"/>'
        f'<path d="M250 148l40-30m-6-10a10 10 0 1 0 14 14" stroke="{main}" stroke-width="7" '
        f'stroke-linecap="round" fill="none"/>'
        + _person(110, 210, main, 1.25)
        + _person(380, 210, accent, 1.25)
    )


def _kaart(main, accent, extra):
    pins = "".join(
        f'<path d="M{x} {y}c-14-22-20-30-20-40a20 20 0 0 1 40 0c0 10-6 18-20 40z" fill="{c}"/>'
        f'<circle cx="{x}" cy="{y - 40}" r="7" fill="#fff"/>'
        for x, y, c in ((200, 120, accent), (270, 160, extra), (230, 190, main))
    )
    return (
        f'<path d="M140 60l70 16 70-16 70 16v140l-70-16-70 16-70-16z" fill="#fff" '
        f'stroke="{main}" stroke-width="4" stroke-linejoin="round"/>'
        f'<path d="M210 76v140M280 60v140" stroke="{main}" stroke-width="2" stroke-dasharray="6 6"/>'
        + pins
    )


def _scherm(main, accent, extra):
    return (
        f'<rect x="130" y="50" width="220" height="140" rx="10" fill="#fff" stroke="{main}" stroke-width="8"/>'
        f'<rect x="226" y="190" width="28" height="20" fill="{main}"/>'
        f'<rect x="190" y="206" width="100" height="8" rx="4" fill="{main}"/>'
        + _person(240, 178, accent, 1.2)
        + f'<circle cx="320" cy="74" r="8" fill="{extra}"/>'
    )


def _taal(main, accent, extra):
    return (
        f'<path d="M110 60h150a16 16 0 0 1 16 16v56a16 16 0 0 1-16 16h-100l-30 26v-26h-20a16 16 0 '
        f'0 1-16-16v-56a16 16 0 0 1 16-16z" fill="#fff" stroke="{main}" stroke-width="4"/>'
        f'<path d="M130 92h110M130 116h70" stroke="{main}" stroke-width="8" stroke-linecap="round"/>'
        f'<path d="M370 110h-120a16 16 0 0 0-16 16v40a16 16 0 0 0 16 16h80l26 22v-22h14a16 16 0 0 '
        f'0 16-16v-40a16 16 0 0 0-16-16z" fill="{accent}"/>'
        f'<path d="M262 138h90M262 158h54" stroke="{main}" stroke-width="8" stroke-linecap="round"/>'
        f'<circle cx="400" cy="70" r="14" fill="{extra}"/>'
    )


def _certificaat(main, accent, extra):
    return (
        f'<rect x="140" y="46" width="200" height="150" rx="6" fill="#fff" stroke="{main}" stroke-width="5"/>'
        f'<path d="M170 82h140M170 106h140M170 130h90" stroke="{main}" stroke-width="6" stroke-linecap="round"/>'
        f'<path d="M292 170l-14 44 22-12 22 12-14-44z" fill="{extra}"/>'
        f'<circle cx="300" cy="166" r="24" fill="{accent}" stroke="{main}" stroke-width="3"/>'
        f'<path d="M290 166l8 8 14-16" stroke="{main}" stroke-width="5" fill="none" stroke-linecap="round"/>'
    )


def _zorg(main, accent, extra):
    return (
        _person(170, 210, main, 1.3)
        + _person(300, 210, accent, 1.15)
        + f'<path d="M240 74c-12-22-48-16-44 12 3 18 44 44 44 44s41-26 44-44c4-28-32-34-44-12z" fill="{extra}"/>'
    )


def _techniek(main, accent, extra):
    teeth = "".join(
        f'<rect x="232" y="54" width="16" height="26" rx="3" fill="{main}" transform="rotate({a} 240 120)"/>'
        for a in range(0, 360, 45)
    )
    return (
        teeth
        + f'<circle cx="240" cy="120" r="48" fill="{main}"/><circle cx="240" cy="120" r="20" fill="#fff"/>'
        f'<path d="M330 200l50-50" stroke="{extra}" stroke-width="14" stroke-linecap="round"/>'
        f'<circle cx="388" cy="142" r="18" fill="none" stroke="{extra}" stroke-width="10"/>'
        + _person(120, 210, accent, 1.2)
    )


def _groei(main, accent, extra):
    steps = "".join(
        f'<rect x="{150 + i * 50}" y="{180 - i * 34}" width="50" height="{30 + i * 34}" fill="{c}"/>'
        for i, c in enumerate((main, main, main, main))
    )
    return (
        steps
        + _person(325, 78, accent, 1.0)
        + f'<path d="M380 40l10 18 20 3-15 14 4 20-19-10" fill="{extra}"/>'
    )


def _kalender(main, accent, extra):
    cells = "".join(
        f'<rect x="{176 + (i % 4) * 34}" y="{104 + (i // 4) * 30}" width="24" height="20" rx="3" '
        f'fill="{accent if i == 6 else "#e6e8eb"}"/>'
        for i in range(12)
    )
    return (
        f'<rect x="160" y="56" width="160" height="150" rx="8" fill="#fff" stroke="{main}" stroke-width="5"/>'
        f'<rect x="160" y="56" width="160" height="34" rx="8" fill="{main}"/>'
        f'<rect x="190" y="44" width="10" height="24" rx="4" fill="{extra}"/>'
        f'<rect x="280" y="44" width="10" height="24" rx="4" fill="{extra}"/>' + cells
    )


MOTIFS = {
    "gesprek": _gesprek,
    "groep": _groep,
    "boek": _boek,
    "werkplaats": _werkplaats,
    "kaart": _kaart,
    "scherm": _scherm,
    "taal": _taal,
    "certificaat": _certificaat,
    "zorg": _zorg,
    "techniek": _techniek,
    "groei": _groei,
    "kalender": _kalender,
}

# Which drawings suit a subject: theme slugs, news tags and vacancy sectors (in lower case).
SUBJECT_MOTIFS = {
    "taal-op-de-werkvloer": ("taal", "boek"),
    "loopbaanadvies": ("gesprek", "groei"),
    "leven-lang-ontwikkelen": ("groei", "boek"),
    "evc": ("certificaat", "groei"),
    "jongeren": ("groep", "groei"),
    "samenwerking-met-werkgevers": ("werkplaats", "gesprek"),
    "dienstverlening-op-afstand": ("scherm", "gesprek"),
    "taalakkoord": ("certificaat", "taal"),
    "regio's": ("kaart", "groep"),
    "regions": ("kaart", "groep"),
    "dienstverlening": ("scherm", "gesprek"),
    "services": ("scherm", "gesprek"),
    "onderzoek": ("kalender", "boek"),
    "research": ("kalender", "boek"),
    "leerwerkloketten plus": ("gesprek", "kaart"),
    "zorg": ("zorg", "groep"),
    "care": ("zorg", "groep"),
    "techniek": ("techniek", "werkplaats"),
    "engineering": ("techniek", "werkplaats"),
}
# What a page without a subject gets, by kind of page.
KIND_MOTIFS = {
    "news": ("kalender", "gesprek", "groep"),
    "practice": ("gesprek", "werkplaats", "groep"),
    "vacancy": ("werkplaats", "techniek", "zorg"),
    "desk": ("kaart", "gesprek"),
    "page": ("boek", "gesprek", "groep"),
}


@dataclass(frozen=True)
class Drawing:
    motif: str
    palette: int
    file = None  # not an uploaded image: templates ask `picture.file` of either

    @property
    def key(self):
        return f"{self.motif}-{self.palette}"

    def __html__(self):
        return svg(self.motif, self.palette)

    __str__ = __html__  # Django's templates call str() before escaping


@lru_cache(maxsize=128)
def svg(motif: str, palette: int) -> SafeString:
    """The drawing as inline SVG; decorative (the card's title says what the page is about)."""
    background, main, accent, extra = PALETTES[palette % len(PALETTES)]
    seed = hashlib.sha256(f"{motif}{palette}".encode()).digest()
    circles = "".join(
        f'<circle cx="{seed[i] * WIDTH // 255}" cy="{seed[i + 1] * HEIGHT // 255}" '
        f'r="{24 + seed[i + 2] % 60}" fill="none" stroke="{accent}" stroke-width="3" opacity="0.6"/>'
        for i in range(0, 15, 3)
    )
    # Every part comes from the constants above; nothing a person typed.
    return mark_safe(  # noqa: S308
        f'<svg class="drawing" data-drawing="{motif}-{palette}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'aria-hidden="true" focusable="false" preserveAspectRatio="xMidYMid slice">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{background}"/>{circles}'
        f'<rect y="210" width="{WIDTH}" height="60" fill="{main}"/>'
        f"{MOTIFS[motif](main, accent, extra)}</svg>"
    )


def suited_motifs(subjects):
    """The drawings that suit these subjects (themes, tags), best first."""
    preferred = []
    for subject in subjects:
        for motif in SUBJECT_MOTIFS.get(str(subject).lower(), ()):
            if motif not in preferred:
                preferred.append(motif)
    return preferred


def motifs_for(subjects, kind="page"):
    """The drawings that suit these subjects, best first, then every other drawing."""
    preferred = suited_motifs(subjects)
    for motif in KIND_MOTIFS.get(kind, KIND_MOTIFS["page"]) + tuple(MOTIFS):
        if motif not in preferred:
            preferred.append(motif)
    return preferred


def pictures_for(items, neighbours=3):
    """Give each item a `card_picture`: its own image, or a drawing that fits its subject.

    No item shows the same picture, or the same drawing, as one of the `neighbours` items before
    it, so neighbouring cards in a row (and the card above in a grid) never look the same. An
    item says what it is about with `drawing_subjects()` (themes, tags) and `drawing_kind`.
    Returns the items as a list.
    """
    items = list(items)
    recent = []  # the picture keys of the last few cards
    for item in items:
        image = getattr(item, "image", None)
        image_key = f"image-{image.pk}" if image is not None else None
        if image_key and image_key not in recent:
            item.card_picture, key = image, image_key
        else:
            item.card_picture = drawing_for(item, avoid=recent)
            key = item.card_picture.key
        recent = (recent + [key])[-neighbours:]
    return items


def drawing_for(item, avoid=()):
    """The drawing of `item`: the same on every listing (it follows the page, not its place in
    the row), unless a card just before it has that scene; then the next one that suits."""
    subjects = item.drawing_subjects() if hasattr(item, "drawing_subjects") else ()
    kind = getattr(item, "drawing_kind", "page")
    seed = int(getattr(item, "pk", None) or 0)
    motifs = motifs_for(subjects, kind)
    suited = len(suited_motifs(subjects)) or len(KIND_MOTIFS.get(kind, KIND_MOTIFS["page"]))
    start = seed % suited  # pages on one subject do not all get the same scene
    ordered = motifs[start:suited] + motifs[:start] + motifs[suited:]
    used_motifs = {k.rsplit("-", 1)[0] for k in avoid}
    motif = next(m for m in ordered if m not in used_motifs)
    palettes = _palette_order(seed)
    last = avoid[-1:] if avoid else []
    palette = next(p for p in palettes if all(not k.endswith(f"-{p}") for k in last))
    return Drawing(motif, palette)


def _palette_order(index):
    return [(index + step) % len(PALETTES) for step in range(len(PALETTES))]


def initials(name: str) -> str:
    """ "Fatima el Amrani" → "FA": the first letters of the first and the last word."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


# Hair and collar shapes for the portraits, so that a row of people does not look the same.
HAIR = (
    "",
    '<path d="M192 96a48 48 0 0 1 96 0c-10-18-30-26-48-26s-38 8-48 26z" fill="{hair}"/>',
    '<path d="M186 104c0-40 24-58 54-58s54 18 54 58v58h-22v-60h-64v60h-22z" fill="{hair}"/>',
    '<circle cx="240" cy="44" r="20" fill="{hair}"/><path d="M194 92a46 46 0 0 1 92 0z" fill="{hair}"/>',
)
HAIR_COLOURS = ("#3b2a1e", "#1d1d1f", "#7a4b00", "#4a4a4f")
SKIN = ("#f1c9a5", "#d9a27a", "#a86b47", "#6b4330")


@lru_cache(maxsize=512)
def portrait(name: str) -> SafeString:
    """A portrait placeholder in the drawings' style: a drawn person with the initials.

    Skin, hair, clothes and background follow from the name, so neighbours differ; the initials
    are navy on white, readable on every background."""
    number = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    background, main, accent, _extra = PALETTES[number % len(PALETTES)]
    skin = SKIN[(number >> 4) % len(SKIN)]
    style = (number >> 8) % len(HAIR)
    hair = HAIR[style].format(hair=HAIR_COLOURS[(number >> 12) % len(HAIR_COLOURS)])
    behind, front = (hair, "") if style == 2 else ("", hair)  # long hair falls behind the face
    clothes = (main, accent, "#2f6b2f", "#a64000")[(number >> 16) % 4]
    # The initials are escaped; the rest comes from the constants above.
    return mark_safe(  # noqa: S308
        f'<svg class="drawing drawing--portrait" data-drawing="portrait-{number % 10**8}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" aria-hidden="true" focusable="false" '
        f'preserveAspectRatio="xMidYMid slice"><rect width="{WIDTH}" height="{HEIGHT}" '
        f'fill="{background}"/><path d="M150 270c0-70 40-110 90-110s90 40 90 110z" fill="{clothes}"/>'
        f'{behind}<circle cx="240" cy="100" r="46" fill="{skin}"/>{front}'
        f'<circle cx="372" cy="206" r="38" fill="#fff" stroke="#0b3157" stroke-width="3"/>'
        f'<text x="372" y="219" text-anchor="middle" font-family="system-ui, sans-serif" '
        f'font-size="34" font-weight="700" fill="#0b3157">{escape(initials(name))}</text></svg>'
    )
