"""The national team reads the progress monitor and downloads the members as XLSX."""

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from taalakkoord.models import Commitment

from .conftest import assert_accessible
from .test_taalakkoord_journey import log_in

pytestmark = pytest.mark.browser

MONITOR = "/admin/taalakkoord/progress/"


def test_national_team_reads_the_monitor_and_downloads_members(page):
    members = Commitment.objects.counting().count()
    log_in(page, "moderator@lerenenwerken.example", "leren-en-werken-demo")
    page.goto("/admin/")
    page.get_by_role("link", name="Open de voortgangsmonitor").click()
    expect(page).to_have_url(MONITOR)
    expect(page.get_by_role("heading", name="Leden en het doel")).to_be_visible()
    expect(page.locator(".monitor-big")).to_have_text(f"{members} van 300 leden")
    # the charts are drawn by Chart.js from our own static files
    page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length === 3")
    table = page.get_by_role("table", name="Stappen van de trechter")
    expect(table.get_by_role("row")).to_have_count(6)
    assert_accessible(page, within=".monitor")

    # Filters by keyboard: choose Twente and show; the address carries the filter.
    page.get_by_label("Regio", exact=True).select_option(label="Twente")
    page.get_by_role("button", name="Tonen").press("Enter")
    expect(page).to_have_url(f"{MONITOR}?start=&end=&region=twente&kind=")
    twente = Commitment.objects.counting().filter(organisation__region__slug="twente").count()
    region_table = page.get_by_role("table", name="Per regio")
    expect(region_table.get_by_role("row")).to_have_count(2)
    expect(region_table.get_by_role("row").nth(1)).to_contain_text(f"Twente{twente}")
    assert_accessible(page, within=".monitor")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Leden downloaden als Excel-bestand").click()
    download = download_info.value
    assert download.suggested_filename.startswith("taalakkoord-leden-")
    with open(download.path(), "rb") as handle:
        sheet = load_workbook(handle).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Lidnummer", "Organisatie")
    assert len(rows) == twente + 1
    assert {row[6] for row in rows[1:]} == {"Twente"}
