"""Spreadsheet exports that are safe to open: no cell starts a formula.

Every CSV and XLSX download the admin offers is written by Wagtail's `SpreadsheetExportMixin`:
our own listings and the monitor, but also Wagtail's form submissions, its reports (site history
among them) and snippet listings. `connect()` makes that one writer defuse formulas, so no
export can be left out by forgetting a mixin.
"""

import csv
import datetime
import re

from django.core.exceptions import FieldDoesNotExist
from django.http import Http404
from django.utils import timezone, translation
from django.utils.text import capfirst
from wagtail.admin.views.mixins import Echo, ExcelDateFormatter, SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"


def defuse(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def connect():
    """Make Wagtail's spreadsheet writer defuse every cell and suit Dutch spreadsheets (called
    once at start-up), so that no export can be left out by forgetting a mixin.

    Wagtail already keeps XLSX data cells from becoming formulas; CSV files have no cell types,
    so there the text itself is defused. Headings (form-field labels, say) are defused in both
    formats: Wagtail appends them to the XLSX sheet as they are, where openpyxl would read
    `=…` as a formula.

    CSV is written for Excel as the Dutch use it: semicolons between cells (Excel with Dutch
    settings splits on them), a byte-order mark (so it reads UTF-8) and dates as dd-mm-jjjj.
    XLSX sheets are named after what they hold, with a bold, frozen header row.

    Cells read as the admin does: a column along a relation ("organisation.kvk_number") is
    headed by its field's label, and a choice field gives its label, not its stored code. A
    listing that offers no download answers 404 to `?export=` instead of a file of empty rows.
    """
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "defuses", False):
        return
    original_heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV and isinstance(value, datetime.date):
            return dutch_date(value)
        value = original(self, field, value, export_format)
        return defuse(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        heading = original_heading(self, queryset, field)
        if field not in self.export_headings and "." in field:
            heading = _label_along(getattr(queryset, "model", None), field) or heading
        return defuse(heading)

    original_row = SpreadsheetExportMixin.to_row_dict

    def to_row_dict(self, item):
        row = original_row(self, item)
        for field in row:
            shown = _display_along(item, field)
            if shown is not None:
                row[field] = shown
        return row

    original_spreadsheet = SpreadsheetExportMixin.as_spreadsheet

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not self.list_export:  # a listing that offers no download: not an empty file
            raise Http404
        return original_spreadsheet(self, queryset, spreadsheet_format)

    preprocess_field_value.defuses = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin.to_row_dict = to_row_dict
    SpreadsheetExportMixin.as_spreadsheet = as_spreadsheet
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.write_xlsx = write_xlsx


def _label_along(model, path):
    """The label of the field at the end of a path such as "organisation.kvk_number" (Wagtail
    names the column after the path itself)."""
    *steps, last = path.split(".")
    try:
        for step in steps:
            model = model._meta.get_field(step).related_model
        return capfirst(str(model._meta.get_field(last).verbose_name))
    except (AttributeError, FieldDoesNotExist):
        return None


def _display_along(item, path):
    """What a choice field at the end of `path` shows people ("Goedgekeurd", "10 tot 50
    medewerkers"), not the code it stores; None for any other field."""
    *steps, last = path.split(".")
    for step in steps:
        item = getattr(item, step, None)
    if item is None or not hasattr(item, f"get_{last}_display"):
        return None
    return str(getattr(item, f"get_{last}_display")())


def dutch_date(value):
    """A date as dd-mm-jjjj; a moment in local time, to the minute."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def stream_csv(self, queryset):
    """Wagtail's CSV stream with a byte-order mark and semicolons, in the language of the view
    that made it (the rows are written after the view returned, when the admin's language is
    no longer active)."""
    return _stream_csv(self, queryset, translation.get_language())


def _stream_csv(view, queryset, language):
    with translation.override(language):
        writer = csv.DictWriter(Echo(), fieldnames=view.list_export, delimiter=CSV_DELIMITER)
        yield "\ufeff".encode() + writer.writerow(
            {field: view.get_heading(queryset, field) for field in view.list_export}
        )
        for item in queryset:
            yield view.write_csv_row(writer, view.to_row_dict(item))


def sheet_title(view, queryset):
    """What the sheet holds: the view's `export_sheet_title`, else its model's plural name, else
    its page title (Wagtail's reports list plain rows)."""
    model = getattr(queryset, "model", None) or getattr(view, "model", None)
    title = (
        getattr(view, "export_sheet_title", None)
        or (model and capfirst(str(model._meta.verbose_name_plural)))
        or getattr(view, "page_title", None)
        or view.get_filename()
    )
    return re.sub(r"[\\/*?:\[\]]", " ", str(title))[:31]


def write_xlsx(self, queryset, output):
    """Wagtail's XLSX writer with a named sheet and a bold header row that stays in view."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook(write_only=True, iso_dates=True)
    worksheet = workbook.create_sheet(title=sheet_title(self, queryset))
    worksheet.freeze_panes = "A2"
    header = []
    for field in self.list_export:
        cell = WriteOnlyCell(worksheet, self.get_heading(queryset, field))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6F0F8")
        header.append(cell)
    worksheet.append(header)
    date_format = ExcelDateFormatter().get()
    for item in queryset:
        worksheet.append(
            self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
        )
    workbook.save(output)


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export for views of our own (the monitor's downloads); its cells,
    dates and sheets are made safe and Dutch by `connect`, for every export alike."""
