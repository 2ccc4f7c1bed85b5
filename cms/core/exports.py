"""Spreadsheet exports that are safe to open: no cell starts a formula."""

import datetime

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export, with names like `=HYPERLINK(…)` written as plain text.

    Wagtail already keeps XLSX cells from becoming formulas; CSV files have no cell types,
    so there the text itself is defused. CSV times are local, to the minute.
    """

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            **SpreadsheetExportMixin.custom_value_preprocess[datetime.datetime],
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: (
                timezone.localtime(value) if timezone.is_aware(value) else value
            ).strftime("%Y-%m-%d %H:%M"),
        },
    }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return defuse(value) if export_format == self.FORMAT_CSV else value
