"""A tile map of the 35 labour-market regions: one tile per region, placed roughly as in the
country, on a grid of 5 columns and 10 rows.

Tiles are keyed by the region's slug: the data migration (cms/core/migrations/0002_regions.py)
makes the slugs, and the demo content and the factories look regions up by them.
`build_region_map` turns regions, links and counts into what `includes/region_map.html` draws
(the `region_map` tag in site_tags). This module knows nothing of desks or members: callers
pass the links and counts.
"""

from dataclasses import dataclass, field

COLUMNS, ROWS = 5, 10
CELL_WIDTH, CELL_HEIGHT = 60, 46  # viewBox units per grid cell
GAP = 4  # between tiles
MARGIN = 3  # room around the grid for the focus ring and the thicker border

# region slug: (column, row, short label)
TILES = {
    "friesland": (3, 0, "FR"),
    "groningen": (4, 0, "GR"),
    "noord-holland-noord": (1, 1, "NHN"),
    "drenthe": (4, 1, "DR"),
    "zaanstreekwaterland": (1, 2, "ZW"),
    "flevoland": (2, 2, "FL"),
    "regio-zwolle": (3, 2, "RZ"),
    "twente": (4, 2, "TW"),
    "zuid-kennemerland-en-ijmond": (0, 3, "ZKI"),
    "groot-amsterdam": (1, 3, "GA"),
    "gooi-en-vechtstreek": (2, 3, "GV"),
    "stedendriehoek-en-noordwest-veluwe": (3, 3, "SNV"),
    "achterhoek": (4, 3, "AH"),
    "holland-rijnland": (0, 4, "HR"),
    "midden-utrecht": (1, 4, "MU"),
    "amersfoort": (2, 4, "AMF"),
    "food-valley": (3, 4, "FV"),
    "midden-gelderland": (4, 4, "MG"),
    "haaglanden": (0, 5, "HL"),
    "zuid-holland-centraal": (1, 5, "ZHC"),
    "midden-holland": (2, 5, "MH"),
    "rivierenland": (3, 5, "RL"),
    "rijk-van-nijmegen": (4, 5, "RVN"),
    "rijnmond": (0, 6, "RM"),
    "drechtsteden": (1, 6, "DS"),
    "gorinchem": (2, 6, "GOR"),
    "noordoost-brabant": (3, 6, "NOB"),
    "noord-limburg": (4, 6, "NLI"),
    "zeeland": (0, 7, "ZE"),
    "west-brabant": (1, 7, "WB"),
    "midden-brabant": (2, 7, "MB"),
    "zuidoost-brabant": (3, 7, "ZOB"),
    "helmond-de-peel": (4, 7, "HDP"),
    "midden-limburg": (4, 8, "MLI"),
    "zuid-limburg": (4, 9, "ZLI"),
}

# Shade steps, light to the site's dark blue (--blue-900): (fill, label colour). Each label
# colour has a contrast of at least 4.5:1 on its fill (tests/cms/test_region_map.py checks).
SHADES = [
    ("#eef4fa", "#0b3157"),  # 0: no members
    ("#c5dbee", "#0b3157"),
    ("#8fb3d9", "#0b3157"),
    ("#2f6ea8", "#ffffff"),
    ("#0b3157", "#ffffff"),
]
STEPS = len(SHADES) - 1
BORDER = "#0b3157"
PLAIN = ("#d6e6f5", "#0b3157")  # a map without counts: every tile alike
NO_FIGURES = ("#ffffff", "#4a4a4f", "#6b7078")  # fill, label, border: a region not shown


def shade_step(count, maximum):
    """0 for no members (or no count); else 1 to 4, by the count's share of the maximum."""
    if not count or not maximum:
        return 0
    return min(STEPS, max(1, -(-STEPS * count // maximum)))  # rounded up


@dataclass
class Tile:
    slug: str
    name: str
    label: str
    column: int
    row: int
    href: str = ""
    count: int | None = None  # None: no figure (a map without counts, or a region not shown)
    step: int = 0
    current: bool = False
    fill: str = PLAIN[0]
    text_fill: str = PLAIN[1]
    stroke: str = BORDER
    no_figures: bool = False

    @property
    def x(self):
        return self.column * CELL_WIDTH + GAP // 2

    @property
    def y(self):
        return self.row * CELL_HEIGHT + GAP // 2

    @property
    def width(self):
        return CELL_WIDTH - GAP

    @property
    def height(self):
        return CELL_HEIGHT - GAP

    @property
    def center_x(self):
        return self.x + self.width // 2

    @property
    def label_y(self):
        """The label's middle: the tile's, or a little higher when the count goes below it."""
        return self.y + (self.height // 2 if self.count is None else 14)

    @property
    def count_y(self):
        return self.y + 30


@dataclass
class LegendItem:
    step: int
    fill: str
    low: int
    high: int


@dataclass
class RegionMap:
    tiles: list
    counts: bool  # whether the map shows counts (then the page shows a legend and a table)
    maximum: int = 0
    legend: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # (name, count), by name: the table beside the map
    no_figures: bool = False  # some tiles have no figure (regions outside the user's view)

    width = COLUMNS * CELL_WIDTH
    height = ROWS * CELL_HEIGHT

    @property
    def view_box(self):
        return f"{-MARGIN} {-MARGIN} {self.width + 2 * MARGIN} {self.height + 2 * MARGIN}"


def legend(maximum):
    """Which counts each shade stands for; steps no whole number falls in are left out."""
    items = [LegendItem(0, SHADES[0][0], 0, 0)]
    for step in range(1, STEPS + 1):
        low, high = (step - 1) * maximum // STEPS + 1, step * maximum // STEPS
        if low <= high:
            items.append(LegendItem(step, SHADES[step][0], low, high))
    return items


def build_region_map(regions, hrefs=None, counts=None, current=None):
    """The tiles for `regions`, with an optional link and count per region (both keyed by the
    region's slug) and the slug of the region to mark as chosen.

    With `counts` (even empty) the map shows counts: regions missing from it get a tile without
    a figure, so a map limited to some regions tells nothing about the others. A region without
    a place on the grid (one added later) gets no tile, but does get its row in the table.
    """
    hrefs = hrefs or {}
    shows_counts = counts is not None
    counts = counts or {}
    maximum = max((count for count in counts.values() if count), default=0)
    tiles, rows = [], []
    for region in regions:
        count = counts.get(region.slug) if shows_counts else None
        if count is not None:
            rows.append((region.name, count))
        if region.slug not in TILES:
            continue
        column, row, label = TILES[region.slug]
        tile = Tile(
            slug=region.slug,
            name=region.name,
            label=label,
            column=column,
            row=row,
            href=hrefs.get(region.slug, ""),
            count=count,
            current=region.slug == current,
        )
        if shows_counts and count is None:
            tile.fill, tile.text_fill, tile.stroke = NO_FIGURES
            tile.no_figures = True
        elif shows_counts:
            tile.step = shade_step(count, maximum)
            tile.fill, tile.text_fill = SHADES[tile.step]
        tiles.append(tile)
    tiles.sort(key=lambda tile: (tile.row, tile.column))  # reading order, for the tab order
    rows.sort(key=lambda row: row[0].lower())
    return RegionMap(
        tiles=tiles,
        counts=shows_counts,
        maximum=maximum,
        legend=legend(maximum) if shows_counts else [],
        rows=rows,
        no_figures=any(tile.no_figures for tile in tiles),
    )
