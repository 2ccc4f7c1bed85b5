"""The tile map of the 35 labour-market regions: its grid, its shades, and the three pages that
show it (the desks overview, the member directory and the monitor)."""

import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from cms.core.demo import desks as demo_desks
from cms.core.demo import regions as demo_regions
from cms.core.factories import UserFactory, region
from cms.core.models import Region
from cms.core.regionmap import (
    COLUMNS,
    NO_FIGURES,
    PLAIN,
    ROWS,
    SHADES,
    TILES,
    RegionMap,
    build_region_map,
    shade_step,
)
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from employers.factories import OrganisationFactory
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, MemberDirectoryPage
from tests.monitor.conftest import desk_staff
from tests.utils import fresh_render_queries

MONITOR = "/admin/taalakkoord/progress/"


def contrast(one, other):
    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def map_tiles(html):
    """Each tile of the page's map: name (aria-label), title, link, short label and count."""
    soup = BeautifulSoup(html, "html.parser")
    svg = soup.select_one("svg.region-map__svg")
    assert svg is not None, "no region map on the page"
    tiles = []
    for tile in svg.select("a.region-map__link, g.region-map__static"):
        count = tile.select_one("text.region-map__count")
        tiles.append(
            SimpleNamespace(
                aria_label=tile["aria-label"],
                title=tile.title.get_text(),
                href=tile.get("href"),
                label=tile.select_one("text.region-map__label").get_text(),
                count=int(count.get_text()) if count else None,
                current=tile.get("aria-current") == "true",
            )
        )
    return tiles


def region_of(tile):
    """The region a tile names: its aria-label up to the colon, in either language."""
    return tile.aria_label.split(":")[0]


def count_in_label(tile):
    """The number in a tile's aria-label ("Twente: 2 leden"), or None."""
    match = re.fullmatch(r".+: (\d+) \w+", tile.aria_label)
    return int(match.group(1)) if match else None


def table_counts(html):
    soup = BeautifulSoup(html, "html.parser")
    rows = soup.select(".region-map__table tbody tr")
    return {row.th.get_text(): int(row.td.get_text()) for row in rows}


# The grid


@pytest.mark.django_db
def test_every_region_has_exactly_one_tile_and_no_two_tiles_share_a_place():
    slugs = set(Region.objects.values_list("slug", flat=True))
    assert len(slugs) == 35 and set(TILES) == slugs
    demo = {desk["region"] for desk in demo_desks.DESKS}
    demo |= {row[0] for row in demo_regions.PLAIN_DESKS}
    assert demo == slugs  # the demo gives every region a desk, each with a tile
    places = [(column, row) for column, row, _label in TILES.values()]
    assert len(set(places)) == 35
    assert all(0 <= column < COLUMNS and 0 <= row < ROWS for column, row in places)
    labels = [label for _column, _row, label in TILES.values()]
    assert len(set(labels)) == 35 and all(2 <= len(label) <= 3 for label in labels)
    tiles = build_region_map(Region.objects.all()).tiles
    assert sorted(tile.slug for tile in tiles) == sorted(slugs)


def test_the_map_looks_like_the_country():
    """North above south, the coast west of the east: a few regions as a sanity check."""
    place = {slug: (column, row) for slug, (column, row, _label) in TILES.items()}
    assert place["groningen"][1] < place["twente"][1] < place["zuid-limburg"][1]
    assert place["zeeland"][0] < place["west-brabant"][0] < place["helmond-de-peel"][0]
    assert place["haaglanden"][0] < place["midden-utrecht"][0] < place["achterhoek"][0]


def test_label_colours_have_enough_contrast_on_every_shade():
    for fill, text in [*SHADES, PLAIN, NO_FIGURES[:2]]:
        assert contrast(fill, text) >= 4.5, (fill, text)
    # light to dark
    fills = [fill for fill, _text in SHADES]
    assert [contrast(fill, "#ffffff") for fill in fills] == sorted(
        contrast(fill, "#ffffff") for fill in fills
    )
    assert fills[-1] == "#0b3157"  # the site's --blue-900


def test_tiles_are_at_least_24_css_pixels_on_a_small_phone():
    """At 390 px the map is as wide as the page minus its padding (1rem each side), at most
    22rem: both larger than 24 px per tile."""
    board = RegionMap(tiles=[], counts=False)
    view_width = float(board.view_box.split()[2])
    tile = build_region_map([SimpleNamespace(slug="twente", name="Twente")]).tiles[0]
    for width in (390 - 32, 22 * 16, 320 - 32):
        scale = min(width, 22 * 16) / view_width
        assert tile.width * scale >= 24 and tile.height * scale >= 24, width


def test_shade_steps_and_legend():
    assert [shade_step(count, 8) for count in (None, 0, 1, 2, 3, 4, 5, 6, 7, 8)] == [
        0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]  # fmt: skip
    assert shade_step(0, 0) == 0
    regions = [
        SimpleNamespace(slug=slug, name=name)
        for slug, name in (("twente", "Twente"), ("rijnmond", "Rijnmond"), ("zeeland", "Zeeland"))
    ]
    board = build_region_map(
        regions,
        hrefs={"twente": "/t/", "rijnmond": "/r/"},
        counts={"twente": 3, "rijnmond": 0},
        current="twente",
    )
    tiles = {tile.slug: tile for tile in board.tiles}
    assert (tiles["twente"].count, tiles["twente"].step, tiles["twente"].href) == (3, 4, "/t/")
    assert tiles["twente"].current and not tiles["rijnmond"].current
    assert (tiles["rijnmond"].count, tiles["rijnmond"].step) == (0, 0)
    assert tiles["zeeland"].count is None and tiles["zeeland"].no_figures
    assert tiles["zeeland"].href == "" and board.no_figures
    assert board.rows == [("Rijnmond", 0), ("Twente", 3)]
    # Max 3: each of 1, 2 and 3 has a shade of its own; a step no whole number falls in is left out.
    assert [(item.step, item.low, item.high) for item in board.legend] == [
        (0, 0, 0), (2, 1, 1), (3, 2, 2), (4, 3, 3),
    ]  # fmt: skip
    plain = build_region_map(regions)
    assert not plain.counts and not plain.legend and not plain.rows
    assert all(tile.count is None and tile.step == 0 for tile in plain.tiles)


# The desks overview


@pytest.fixture
def overview(home):
    return RegionsIndexPageFactory(parent=home)


def add_desks(overview, slugs):
    """Desks added and published, as editors do (publishing starts a new data version)."""
    desks = {slug: LeerwerkloketPageFactory(parent=overview, region=region(slug)) for slug in slugs}
    for desk in desks.values():
        desk.save_revision().publish()
    return desks


def test_the_overview_links_each_tile_to_its_desk(client, overview):
    slugs = list(Region.objects.values_list("slug", flat=True))
    add_desks(overview, slugs[:3])
    client.get(overview.url)  # warm the caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(overview.url).status_code == 200
    desks = add_desks(overview, slugs[3:])
    desks |= {page.region.slug: page for page in overview.get_children().specific()}
    client.get(overview.url)  # warm the caches of the new data version
    with CaptureQueriesContext(connection) as all_desks:
        response = client.get(overview.url)
    assert len(all_desks) <= len(few), "queries grow with the number of desks"
    html = response.content.decode()
    tiles = map_tiles(html)
    assert len(tiles) == 35 and all(tile.href for tile in tiles)
    names = dict(Region.objects.values_list("name", "slug"))
    for tile in tiles:
        assert tile.aria_label == tile.title == region_of(tile)  # the full name, no count
        assert tile.href == desks[names[tile.aria_label]].url
        assert tile.count is None
    assert len({tile.href for tile in tiles}) == 35
    assert 'role="group"' in html and "region-map__table" not in html


def test_a_region_without_a_desk_has_a_tile_without_a_link(client, overview):
    add_desks(overview, ["twente"])
    tiles = map_tiles(client.get(overview.url).content.decode())
    assert len(tiles) == 35
    assert [region_of(tile) for tile in tiles if tile.href] == ["Twente"]


# The member directory


@pytest.fixture
def directory(home):
    page = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=page)
    return page


def member(slug, **kwargs):
    organisation = OrganisationFactory(region=region(slug))
    return CommitmentFactory(organisation=organisation, **kwargs)


def test_the_directory_map_shows_the_listed_members_per_region(client, directory):
    for _ in range(2):
        member("twente", approved=True)
    member("rijnmond", approved=True)
    member("twente", status="rejected")
    member("rijnmond", approved=True, status="withdrawn")
    member("twente", submitted=True)
    member("rijnmond", approved=True, consent_publish=False)  # a member, but not listed
    response, two_regions = fresh_render_queries(client, directory.url)
    html = response.content.decode()
    tiles = {region_of(tile): tile for tile in map_tiles(html)}
    table = table_counts(html)
    real = dict(
        Commitment.objects.public()
        .values_list("organisation__region__name")
        .annotate(n=Count("pk"))
        .order_by()
    )
    assert real == {"Twente": 2, "Rijnmond": 1}
    assert len(tiles) == 35 and len(table) == 35
    slugs = dict(Region.objects.values_list("name", "slug"))
    for name, tile in tiles.items():
        assert tile.count == count_in_label(tile) == table[name] == real.get(name, 0), name
        assert tile.title == tile.aria_label
        assert tile.href == f"{directory.url}?region={slugs[name]}"
    assert "region-map__legend" in html
    # The tile leads to the directory filtered on its region.
    filtered = client.get(tiles["Rijnmond"].href).content.decode()
    assert {region_of(tile) for tile in map_tiles(filtered) if tile.current} == {"Rijnmond"}

    for slug in ("zeeland", "groningen", "twente", "achterhoek", "haaglanden"):
        member(slug, approved=True)
    _response, more_regions = fresh_render_queries(client, directory.url)
    assert more_regions <= two_regions, "queries grow with the number of regions"


# The monitor


@pytest.fixture
def monitor_members(db):
    member("twente", approved=True)
    member("twente", approved=True)
    member("rijnmond", approved=True)
    member("friesland", status="rejected")


@pytest.fixture
def national_team(db):
    return UserFactory(username="team", groups=["Moderators"])


def test_the_national_team_sees_every_region_on_the_monitor_map(
    client, monitor_members, national_team
):
    client.force_login(national_team)
    client.get(MONITOR, {"kind": "werkgever"})  # warm the caches (other figures than below)
    with CaptureQueriesContext(connection) as few:
        response = client.get(MONITOR, {"kind": ""})
    assert response.status_code == 200
    html = response.content.decode()
    tiles = {region_of(tile): tile for tile in map_tiles(html)}
    assert len(tiles) == 35 and all(tile.href for tile in tiles.values())
    assert (tiles["Twente"].count, tiles["Rijnmond"].count, tiles["Friesland"].count) == (2, 1, 0)
    assert all(tile.count == count_in_label(tile) for tile in tiles.values())
    assert tiles["Twente"].href == "?kind=&region=twente"  # the other filters stay
    # The figures are those of the monitor's own table "By region".
    soup = BeautifulSoup(html, "html.parser")
    by_region = {
        row.th.get_text(): int(row.td.get_text())
        for row in soup.select("#monitor-region-caption ~ tbody tr")
    }
    assert by_region == {name: tile.count for name, tile in tiles.items()}

    chosen = client.get(MONITOR + tiles["Twente"].href).content.decode()
    tiles = {region_of(tile): tile for tile in map_tiles(chosen)}
    assert tiles["Twente"].current and tiles["Twente"].count == 2
    assert tiles["Rijnmond"].count is None  # outside the selection: no figure
    assert tiles["Rijnmond"].href  # but one click away

    for slug in ("zeeland", "groningen", "achterhoek", "haaglanden", "drenthe"):
        member(slug, approved=True)
    with CaptureQueriesContext(connection) as more:
        client.get(MONITOR, {"kind": ""})
    assert len(more) <= len(few), "queries grow with the number of regions"


def test_desk_staff_see_only_their_own_region_on_the_monitor_map(client, monitor_members):
    client.force_login(desk_staff("loket-twente", "twente"))
    response = client.get(MONITOR)
    assert response.status_code == 200
    html = response.content.decode()
    tiles = {region_of(tile): tile for tile in map_tiles(html)}
    assert len(tiles) == 35
    assert tiles["Twente"].count == 2 and tiles["Twente"].href
    others = [tile for name, tile in tiles.items() if name != "Twente"]
    assert all(tile.count is None and tile.href is None for tile in others)
    assert all(count_in_label(tile) is None for tile in others)
    assert "Rijnmond: 1" not in html and "Friesland: 0" not in html


def test_a_map_drawn_once_is_kept_by_what_it_shows(db, monkeypatch):
    from django.utils import translation

    from cms.core.templatetags import site_tags

    regions = list(Region.objects.order_by("name"))
    drawn = []
    original = site_tags.render_to_string
    monkeypatch.setattr(
        site_tags, "render_to_string", lambda *args: drawn.append(1) or original(*args)
    )
    monkeypatch.setattr(site_tags, "_DRAWN_MAPS", {})
    one = build_region_map(regions, counts={"twente": 3})
    again = build_region_map(regions, counts={"twente": 3})
    other = build_region_map(regions, counts={"twente": 4})
    with translation.override("nl"):
        first = site_tags.region_map(one)
        assert site_tags.region_map(again) == first and len(drawn) == 1
        changed = site_tags.region_map(other)
    with translation.override("en"):
        english = site_tags.region_map(one)
    assert len(drawn) == 3
    assert "Twente: 3 leden" in first and "Twente: 4 leden" in changed
    assert "Twente: 3 members" in english
