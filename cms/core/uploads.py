"""Documents editors upload must be what their extension says, and of sensible size.

Wagtail checks only the extension of a document. A file named `handreiking.pdf` that is really a
web page or a program would be offered to visitors as a PDF; these checks look at the content.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
OFFICE_ZIP = {
    "docx": "[Content_Types].xml",
    "xlsx": "[Content_Types].xml",
    "pptx": "[Content_Types].xml",
    "odt": "mimetype",
    "ods": "mimetype",
}
TEXT = {"csv", "txt"}


def _is_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off at the end of the sample is still text.
        if error.start < len(head) - 3:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def _matches(upload, extension):
    upload.seek(0)
    head = upload.read(64 * 1024)
    upload.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in OFFICE_ZIP:
        try:
            with zipfile.ZipFile(upload) as archive:
                return OFFICE_ZIP[extension] in archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
        finally:
            upload.seek(0)
    if extension in TEXT:
        return _is_text(head)
    return True  # other extensions are refused by Wagtail's own extension check


def validate_document(upload):
    if upload.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("This file is too large. Upload a document of at most %(size)s.")
            % {"size": filesizeformat(DOCUMENT_MAX_BYTES)}
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if not _matches(upload, extension):
        raise ValidationError(
            _(
                "The content of this file does not match its extension .%(extension)s. "
                "Save it again in the right format and upload it once more."
            )
            % {"extension": extension}
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload), with the content checked."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            validate_document(upload)
        return upload
