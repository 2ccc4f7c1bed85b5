"""Every spreadsheet download the admin offers writes text that looks like a formula as text.

The downloads are found from the URL resolver (every admin URL that answers `?export=csv` with
a CSV file), so a new export is checked without being named here.
"""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from .urlmatrix import SKIP, endpoints, url_for

PAYLOADS = ['=HYPERLINK("https://voorbeeld.example","Klik")', "@SUM(1+1)*cmd|' /C calc'!A0"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_urls(client, world):
    """Every admin URL that answers `?export=csv` with a CSV file: the admin's downloads."""
    found = []
    for endpoint in endpoints():
        if endpoint.name in SKIP:
            continue
        try:
            url = url_for(endpoint, world)
        except LookupError:
            continue
        if not url.startswith("/admin/") or "delete" in url or "/logout" in url:
            continue
        separator = "&" if "?" in url else "?"
        response = client.get(f"{url}{separator}export=csv")
        if response.status_code == 200 and response["Content-Type"].startswith("text/csv"):
            found.append(url)
    # The monitor takes its data set in the path: every one it offers.
    from taalakkoord.monitor.views import EXPORT_VIEWS

    found += [reverse("taalakkoord_monitor:export", args=[name, "csv"]) for name in EXPORT_VIEWS]
    return sorted(set(found))


@pytest.fixture
def planted(demo_world, db):
    """Formula-looking text in every kind of row the admin exports."""
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.log_actions import log

    from cms.core.models import ContactPerson

    organisation = demo_world.commitment_a.organisation
    organisation.name = PAYLOADS[0]
    organisation.place = PAYLOADS[1]
    organisation.save()
    demo_world.advice_twente.name = PAYLOADS[0]
    demo_world.advice_twente.question = PAYLOADS[1]
    demo_world.advice_twente.save()
    person = ContactPerson.objects.first()
    person.name, person.role = PAYLOADS
    person.save()
    fields = demo_world.form_page.get_form_fields()
    # An editor's field label becomes a column heading.
    label = fields[0]
    label.label = "=1+2"
    label.save()
    FormSubmission.objects.create(
        page=demo_world.form_page,
        form_data={field.clean_name: PAYLOADS[0] for field in fields},
    )
    for instance in (demo_world.advice_twente, person, organisation):
        log(instance, "wagtail.edit")
    return demo_world


def cells_of(response, export_format):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return [
            cell
            for row in csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";")
            for cell in row
        ]
    workbook = load_workbook(io.BytesIO(body))
    return [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def test_every_admin_export_writes_formulas_as_text(planted):
    client = Client(raise_request_exception=True)
    client.force_login(planted.users["superuser"])
    urls = export_urls(client, planted)
    # Wagtail's own (site history, form submissions, snippets) and ours (reviews, monitor).
    assert any("site-history" in url for url in urls), urls
    assert any(url.startswith("/admin/forms/submissions/") for url in urls), urls
    # Listings that offer no download answer 404, not a file of empty rows (the advice
    # requests' names still reach a spreadsheet through the site history).
    assert not any("advice-requests" in url for url in urls), urls
    for listing in ("desks_advice_requests:index", "taalakkoord_organisations:index"):
        assert client.get(reverse(listing), {"export": "csv"}).status_code == 404
    assert len(urls) >= 25, urls
    seen_payload = 0
    for url in urls:
        separator = "&" if "?" in url else "?"
        csv_cells = cells_of(client.get(f"{url}{separator}export=csv"), "csv")
        bad = [cell for cell in csv_cells if cell.startswith(FORMULA_STARTS)]
        assert not bad, f"{url}: {bad}"
        seen_payload += sum("HYPERLINK" in cell or "@SUM" in cell for cell in csv_cells)
        # The monitor names the format in its path; Wagtail's listings take ?export=.
        xlsx_url = (
            url.replace("/csv/", "/xlsx/")
            if url.endswith("/csv/")
            else f"{url}{separator}export=xlsx"
        )
        xlsx = client.get(xlsx_url)
        assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats"), url
        for cell in cells_of(xlsx, "xlsx"):
            assert cell.data_type != "f", f"{url}: formula cell {cell.coordinate}"
    # The planted text did reach the downloads (as text), so the check above saw it.
    assert seen_payload >= 4
