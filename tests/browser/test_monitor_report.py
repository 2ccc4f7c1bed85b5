"""The progress monitor reads as a report, on a laptop and on a phone: a table of contents that
links to each section, sections that fold (a link opens a folded one), charts with their table
beside or below them, and tables that fit their box or scroll inside it, never the page."""

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible
from .test_taalakkoord_journey import log_in

# A look test: what the pages look like and how they read, the same on any database (CI runs
# it on SQLite only; see .ci/run).
pytestmark = [pytest.mark.browser, pytest.mark.look]

MONITOR = "/admin/taalakkoord/progress/"
SECTIONS = [
    "monitor-target",
    "monitor-months",
    "monitor-funnel",
    "monitor-totals",
    "monitor-breakdowns",
    "monitor-ambassadors",
    "monitor-work",
    "monitor-downloads",
]
FOLDING = SECTIONS[1:]

LAYOUT = """() => {
    const main = document.querySelector("main");
    const monitor = document.querySelector(".monitor").getBoundingClientRect();
    const tables = [...document.querySelectorAll(".monitor-table")].map((box) => ({
        name: box.querySelector("caption").textContent.trim(),
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        overflowX: getComputedStyle(box).overflowX,
        inside: box.getBoundingClientRect().right <= monitor.right + 1,
    }));
    const cut = [...document.querySelectorAll(".monitor th, .monitor td")]
        .filter((cell) => getComputedStyle(cell).textOverflow === "ellipsis"
            && cell.scrollWidth > cell.clientWidth)
        .map((cell) => cell.textContent.trim());
    const charts = [...document.querySelectorAll(".monitor-chart")].map((chart) => {
        const canvas = chart.querySelector(".monitor-chart__canvas").getBoundingClientRect();
        const table = chart.querySelector(".monitor-table").getBoundingClientRect();
        return {
            beside: table.left >= canvas.right && table.top < canvas.bottom,
            below: table.top >= canvas.bottom && table.top - canvas.bottom < 80,
        };
    });
    return {
        page: [document.documentElement.scrollWidth, window.innerWidth],
        main: [main.scrollWidth, main.clientWidth],
        tables, cut, charts,
    };
}"""


@pytest.mark.parametrize("width, height", [(1366, 768), (390, 844)], ids=["laptop", "phone"])
def test_the_monitor_reads_as_a_report(page, width, height):  # noqa: F811 (the fixture)
    page.set_viewport_size({"width": width, "height": height})
    log_in(page, "moderator@lerenenwerken.example", "leren-en-werken-demo")
    page.goto(MONITOR)
    page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length === 3")

    # The table of contents, after the filters, links to every section by its heading.
    title = page.locator("#monitor-toc-title").inner_text()
    toc = page.get_by_role("navigation", name=title)
    expect(toc).to_be_visible()
    assert page.evaluate(
        "() => document.querySelector('.monitor-filters').nextElementSibling.matches('nav')"
    )
    links = toc.get_by_role("link")
    expect(links).to_have_count(len(SECTIONS))
    for number, anchor in enumerate(SECTIONS):
        link = links.nth(number)
        expect(link).to_have_attribute("href", f"#{anchor}")
        heading = page.locator(f"h2#{anchor}")
        expect(heading).to_have_count(1)
        expect(link).to_have_text(heading.inner_text())
        expect(page.get_by_role("region", name=heading.inner_text(), exact=True)).to_have_count(1)

    # Each section after the target folds; its heading is the summary, a target big enough.
    for anchor in FOLDING:
        fold = page.locator(f"section[aria-labelledby='{anchor}'] > details")
        expect(fold).to_have_attribute("open", "")
        summary = fold.locator(":scope > summary")
        expect(summary.locator(f"h2#{anchor}")).to_have_count(1)
        assert summary.bounding_box()["height"] >= 24

    # No sideways scrolling of the page; every table fits its box or scrolls inside it.
    layout = page.evaluate(LAYOUT)
    assert layout["page"][0] <= layout["page"][1], layout["page"]
    assert layout["main"][0] <= layout["main"][1], layout["main"]
    assert not layout["cut"], layout["cut"]
    for table in layout["tables"]:
        assert table["inside"], table
        if table["scrollWidth"] > table["clientWidth"]:
            assert table["overflowX"] in ("auto", "scroll"), table
        if width >= 1366:
            # On a laptop every table is whole: the funnel's last column is no longer cut off.
            assert table["scrollWidth"] <= table["clientWidth"], table
    side = "beside" if width >= 1366 else "below"
    assert layout["charts"] and all(chart[side] for chart in layout["charts"]), layout["charts"]
    assert_accessible(page, within=".monitor")

    # A folded section opens when its link in the table of contents is followed.
    for anchor in FOLDING:
        fold = page.locator(f"section[aria-labelledby='{anchor}'] > details")
        page.locator(f"h2#{anchor}").click()
        expect(fold).not_to_have_attribute("open", "")
        expect(fold.locator(":scope > :not(summary)").first).to_be_hidden()
        toc.locator(f"a[href='#{anchor}']").click()
        expect(fold).to_have_attribute("open", "")
        expect(fold.locator(":scope > :not(summary)").first).to_be_visible()
        expect(page.locator(f"h2#{anchor}")).to_be_in_viewport()

    # By keyboard: the summary takes focus and Enter folds the section.
    summary = page.locator("section[aria-labelledby='monitor-funnel'] summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name="Stappen van de trechter")).to_be_hidden()
    assert_accessible(page, within=".monitor")
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name="Stappen van de trechter")).to_be_visible()
