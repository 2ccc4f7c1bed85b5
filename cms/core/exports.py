"""Spreadsheet exports that are safe to open: no cell starts a formula.

Every CSV and XLSX download the admin offers is written by Wagtail's `SpreadsheetExportMixin`:
our own listings and the monitor, but also Wagtail's form submissions, its reports (site history
among them) and snippet listings. `connect()` makes that one writer defuse formulas, so no
export can be left out by forgetting a mixin.
"""

import datetime

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def connect():
    """Make Wagtail's spreadsheet writer defuse every cell (called once at start-up).

    Wagtail already keeps XLSX data cells from becoming formulas; CSV files have no cell types,
    so there the text itself is defused. Headings (form-field labels, say) are defused in both
    formats: Wagtail appends them to the XLSX sheet as they are, where openpyxl would read
    `=…` as a formula.
    """
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "defuses", False):
        return
    original_heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return defuse(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        return defuse(original_heading(self, queryset, field))

    preprocess_field_value.defuses = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export with CSV times local, to the minute (formulas: see connect)."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            **SpreadsheetExportMixin.custom_value_preprocess[datetime.datetime],
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: (
                timezone.localtime(value) if timezone.is_aware(value) else value
            ).strftime("%Y-%m-%d %H:%M"),
        },
    }
