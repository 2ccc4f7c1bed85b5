"""The monitor's screens: who may open them, what desk staff see, downloads and query counts."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from cms.core.factories import region
from employers.factories import MembershipFactory, OrganisationFactory
from taalakkoord.factories import CommitmentFactory, MeasureFactory
from taalakkoord.models import Commitment, ProgressReport
from taalakkoord.monitor.cache import bump
from taalakkoord.reporting import run_daily
from tests.utils import response_text

MONITOR = "/admin/taalakkoord/progress/"


def export_url(dataset, fmt="csv"):
    return reverse("taalakkoord_monitor:export", args=[dataset, fmt])


def csv_rows(response):
    """The rows of a CSV download as Excel with Dutch settings reads it."""
    text = response_text(response)
    assert text.startswith("\ufeff")  # a byte-order mark: Excel reads UTF-8
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_the_monitor_lives_at_its_admin_address():
    assert reverse("taalakkoord_monitor:index") == MONITOR


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(MONITOR)
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize(
    "url",
    [
        MONITOR,
        MONITOR + "summary.pdf",
        MONITOR + "export/leden/csv/",
        MONITOR + "export/aanmeldingen/xlsx/",
        MONITOR + "export/voortgangsrapportages/csv/",
    ],
)
def test_an_editor_without_the_team_role_gets_403(client, editor, url):
    client.force_login(editor)
    assert client.get(url).status_code == 403


def test_an_employer_cannot_open_the_admin(client, db):
    user = MembershipFactory().user
    client.force_login(user)
    response = client.get(MONITOR)
    assert response.status_code in (302, 403)
    assert b"Organisatie" not in response.content


def test_the_national_team_sees_every_region_and_can_open_applications(
    client, dataset, monitor_team
):
    client.force_login(monitor_team)
    response = client.get(MONITOR)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Friesland" in html and "Rijnmond" in html
    review = reverse("taalakkoord_commitments:review", args=[dataset.commitments["E"].pk])
    assert f'href="{review}"' in html
    # the charts' figures are in the page, for the locally served Chart.js
    assert 'id="chart-data"' in html
    assert "/static/vendor/chartjs/chart.umd.min.js" in html
    assert "cdn" not in html.lower()


def test_desk_staff_see_only_their_own_region(client, dataset, twente_staff):
    client.force_login(twente_staff)
    response = client.get(MONITOR)
    assert response.status_code == 200
    html = response.content.decode()
    context = response.context
    assert [row.label for row in context["figures"].breakdowns[1].rows] == ["Twente"]
    assert context["figures"].members == 2  # A and C
    assert context["work_lists"]["waiting"][0] == 0  # E is in Friesland
    assert context["work_lists"]["overdue"][0] == 0  # B is in Rijnmond
    assert "Organisatie E" not in html and "Organisatie B" not in html
    # no links into the national team's review screens
    assert "/admin/taalakkoord/commitments/" not in html
    # asking for another region is refused with a message, and still shows only Twente
    response = client.get(MONITOR, {"region": "rijnmond"})
    assert response.status_code == 200
    assert response.context["form"].errors["region"]
    assert response.context["figures"].members == 2


def test_desk_staff_download_only_their_own_region(client, dataset, twente_staff):
    client.force_login(twente_staff)
    rows = csv_rows(client.get(export_url("leden")))
    assert [row[1] for row in rows[1:]] == ["Organisatie A", "Organisatie C"]
    rows = csv_rows(client.get(export_url("aanmeldingen"), {"region": "friesland"}))
    assert {row[0] for row in rows[1:]} == {
        "Organisatie A",
        "Organisatie C",
        "Organisatie D",
        "Organisatie H",
    }


def test_desk_staff_of_two_regions_choose_between_them(client, dataset):
    from .conftest import desk_staff

    user = desk_staff("loket-oost-west", "twente", "rijnmond")
    client.force_login(user)
    response = client.get(MONITOR)
    assert response.context["figures"].members == 3
    response = client.get(MONITOR, {"region": "rijnmond"})
    assert response.context["figures"].members == 1


def test_members_export_rows_and_columns(client, dataset, monitor_team):
    client.force_login(monitor_team)
    response = client.get(export_url("leden"))
    assert response.status_code == 200
    assert "taalakkoord-leden-" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header == [
        "Lidnummer",
        "Organisatie",
        "KvK-nummer",
        "Soort",
        "Sector",
        "Grootte",
        "Regio",
        "Plaats",
        "Datum van ondertekening",
        "Activiteit",
        "Volgende voortgangsrapportage op",
        "Medewerkers met een taalvraag",
        "Te bereiken medewerkers",
        "Binnengebracht door ambassadeur",
        "Aangesloten via",
    ]
    assert [(row[0], row[1], row[6], row[13]) for row in rows] == [
        ("1", "Organisatie A", "Twente", "Fatima"),
        ("2", "Organisatie B", "Rijnmond", "Kees"),
        ("3", "Organisatie C", "Twente", ""),
    ]


def test_commitments_export_follows_the_period_and_kind(client, dataset, monitor_team):
    client.force_login(monitor_team)
    rows = csv_rows(client.get(export_url("aanmeldingen"), {"start": "2026-01-01"}))
    assert [row[0] for row in rows[1:]] == ["Organisatie C", "Organisatie E", "Organisatie F"]
    assert rows[1][7] == "Goedgekeurd"
    rows = csv_rows(client.get(export_url("aanmeldingen"), {"kind": "koepel"}))
    assert [row[0] for row in rows[1:]] == ["Organisatie F"]


def test_reports_export_as_xlsx(client, dataset, monitor_team):
    report = ProgressReport.objects.get(commitment=dataset.commitments["A"])
    report.measures_done.set(
        [MeasureFactory(name="Taalscreening", sort_order=1), MeasureFactory(name="Taalmaatjes")]
    )
    client.force_login(monitor_team)
    response = client.get(export_url("voortgangsrapportages", "xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert (sheet.title, sheet.freeze_panes) == ("Voortgangsrapportages", "A2")
    assert sheet["A1"].font.bold
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Lidnummer", "Organisatie", "Regio")
    assert len(rows) == 3  # A's report and D's
    assert {row[1] for row in rows[1:]} == {"Organisatie A", "Organisatie D"}
    row_a = next(row for row in rows if row[1] == "Organisatie A")
    assert row_a[5] == 7
    assert row_a[6] == "Taalmaatjes, Taalscreening"  # in Menukaart order


def test_unknown_downloads_are_not_found(client, dataset, monitor_team):
    client.force_login(monitor_team)
    # (a 404 outside the language prefix becomes a redirect that then ends in the 404)
    assert client.get(export_url("geheim"), follow=True).status_code == 404
    assert client.get(export_url("leden", "pdf"), follow=True).status_code == 404


def test_the_csv_opens_in_columns_in_dutch_excel(client, dataset, monitor_team):
    client.force_login(monitor_team)
    header, *rows = csv_rows(client.get(export_url("leden")))
    assert header[:3] == ["Lidnummer", "Organisatie", "KvK-nummer"]
    assert all(len(row) == len(header) for row in rows)
    signed = header.index("Datum van ondertekening")
    assert all(re.fullmatch(r"\d\d-\d\d-\d{4}", row[signed]) for row in rows if row[signed])
    html = client.get(MONITOR).content.decode()
    assert "Leden downloaden als Excel-bestand" in html


def test_csv_cells_never_start_a_formula(client, db, monitor_team):
    CommitmentFactory(
        approved=True, organisation=OrganisationFactory(name='=HYPERLINK("http://x.example")')
    )
    client.force_login(monitor_team)
    rows = csv_rows(client.get(export_url("leden")))
    assert rows[1][1] == '\'=HYPERLINK("http://x.example")'


def test_the_summary_is_one_pdf_page(client, dataset, monitor_team):
    client.force_login(monitor_team)
    response = client.get(MONITOR + "summary.pdf", {"region": "twente"}, follow=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    # A regional report has the region's own headline; the country's figure stands beside it.
    assert "Twente: 2 leden" in text
    assert "Het hele land: 3 van 10 leden" in text
    assert "Periode: vanaf de start van het Taalakkoord tot en met" in text
    assert "Bron: de ledenregistratie van het Taalakkoord op Leren en Werken" in text
    assert "Pagina 1 van 1" in text


def test_the_national_summary_names_its_period_source_and_chart(client, dataset, monitor_team):
    client.force_login(monitor_team)
    response = client.get(
        MONITOR + "summary.pdf", {"start": "2026-01-01", "end": "2026-06-30"}, follow=True
    )
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "3 van 10 leden" in text
    assert "Periode: 1 januari 2026 tot en met 30 juni 2026." in text
    assert "stand op" in text and "Pagina 1 van 1" in text
    assert "Leden per maand" in text  # the growth chart's heading
    assert "Leden per regio" in text
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]  # tagged, PDF/UA
    # The monitor's headline follows its filter too.
    html = client.get(MONITOR, {"region": "twente"}).content.decode()
    assert "Twente: 2 leden" in html


def test_invalid_filters_keep_what_was_typed(client, dataset, monitor_team):
    client.force_login(monitor_team)
    response = client.get(MONITOR, {"start": "2026-05-01", "end": "2026-01-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het einde van de periode mag niet voor het begin liggen." in html
    assert 'value="2026-05-01"' in html and 'value="2026-01-01"' in html
    response = client.get(MONITOR, {"start": "gisteren"})
    assert response.status_code == 200
    assert 'value="gisteren"' in response.content.decode()


def test_the_filters_are_in_the_download_links(client, dataset, monitor_team):
    client.force_login(monitor_team)
    html = client.get(MONITOR, {"region": "twente", "kind": "werkgever"}).content.decode()
    assert export_url("leden", "xlsx") + "?region=twente&amp;kind=werkgever" in html
    assert MONITOR + "summary.pdf?region=twente&amp;kind=werkgever" in html


def members(count):
    twente, rijnmond = region("twente"), region("rijnmond")
    for index in range(count):
        commitment = CommitmentFactory(
            approved=True,
            organisation=OrganisationFactory(region=twente if index % 2 else rijnmond),
        )
        ProgressReport.objects.create(
            commitment=commitment, due_date=commitment.signed_on, employees_reached=2
        )
        CommitmentFactory(submitted=True)


def queries_for(client, url):
    bump()  # compute the figures again, not from the cache
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [MONITOR, MONITOR + "export/leden/xlsx/", MONITOR + "export/voortgangsrapportages/csv/"],
)
def test_query_count_does_not_grow_with_members(client, db, monitor_team, url):
    client.force_login(monitor_team)
    members(5)
    client.get(url)  # warm up the session and site caches
    few = queries_for(client, url)
    members(45)
    assert queries_for(client, url) == few


def test_home_page_panel_for_the_team_and_desk_staff_only(
    client, dataset, monitor_team, editor, twente_staff
):
    client.force_login(monitor_team)
    html = client.get("/admin/").content.decode()
    assert 'id="taalakkoord-progress' in html and MONITOR in html
    assert "3 van 10 leden" in html
    client.force_login(twente_staff)
    html = client.get("/admin/").content.decode()
    assert 'id="taalakkoord-progress' in html and "Twente" in html
    # The national count first, then the desk's region named before its own lists.
    panel = html.split('id="taalakkoord-progress', 1)[1]
    assert panel.index("Aanmeldingen en rapportages van Twente:") < panel.index("<ul>")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'id="taalakkoord-progress' not in html and MONITOR not in html


def test_figures_come_from_the_cache_until_the_data_changes(client, dataset, monitor_team):
    client.force_login(monitor_team)
    assert client.get(MONITOR).context["figures"].members == 3
    with CaptureQueriesContext(connection) as cached:
        assert client.get(MONITOR).context["figures"].members == 3
    assert not any("taalakkoord_progressreport" in q["sql"] for q in cached.captured_queries)
    CommitmentFactory(approved=True)  # a save clears the cached figures
    assert client.get(MONITOR).context["figures"].members == 4


def test_the_daily_run_clears_the_cached_figures(client, dataset, monitor_team):
    def overdue():
        response = client.get(MONITOR)
        return [
            item.organisation.name for item, _url in response.context["work_lists"]["overdue"][1]
        ]

    client.force_login(monitor_team)
    assert overdue() == ["Organisatie B"]
    # A's report is now 40 days late; B's (due 1 April 2026) long enough to make B inactive
    Commitment.objects.filter(pk=dataset.commitments["A"].pk).update(
        next_report_due=datetime.date.today() - datetime.timedelta(days=40)
    )
    run_daily()  # changes activities with update(), which sends no signals
    assert overdue() == ["Organisatie A"]


def test_the_home_page_panel_counts_once_per_data_version(client, dataset, monitor_team):
    client.force_login(monitor_team)
    assert "3 van 10 leden" in client.get("/admin/").content.decode()
    with CaptureQueriesContext(connection) as again:
        client.get("/admin/")
    counting = [
        q["sql"]
        for q in again.captured_queries
        if "COUNT(" in q["sql"] and "commitment" in q["sql"]
    ]
    assert counting == []
    CommitmentFactory(approved=True)  # a save starts a new data version
    assert "4 van 10 leden" in client.get("/admin/").content.decode()


def test_the_summary_is_made_by_the_task_worker_and_only_for_who_asked(
    client, dataset, monitor_team, moderator, monkeypatch
):
    from taalakkoord import tasks

    queued = []
    task = tasks.render_monitor_summary

    class NotYet:  # the task worker has not taken it up yet
        def enqueue(self, *args):
            queued.append(args)

    monkeypatch.setattr(tasks, "render_monitor_summary", NotYet())
    client.force_login(monitor_team)
    response = client.get(MONITOR + "summary.pdf", {"region": "twente"})
    assert response.status_code == 302 and "/summary/" in response["Location"]
    download = response["Location"]
    waiting = client.get(download)  # the worker has not run yet
    assert waiting.status_code == 200 and 'http-equiv="refresh"' in waiting.text
    assert "De voortgangsrapportage wordt gemaakt" in waiting.text
    code, user_id, query, language = queued[0]
    assert (user_id, query, language) == (monitor_team.pk, "region=twente", "nl")
    task.call(code, user_id, query, language)  # the worker's turn
    made = client.get(download)
    assert made["Content-Type"] == "application/pdf" and "no-store" in made["Cache-Control"]
    assert "Twente: 2 leden" in " ".join(
        PdfReader(io.BytesIO(made.content)).pages[0].extract_text().split()
    )
    client.force_login(moderator)  # somebody else with the same rights: not their download
    assert client.get(download, follow=True).status_code == 404
    assert client.get(MONITOR + "summary/bestaat-niet/", follow=True).status_code == 404
