"""Checks for what organisations type and upload."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

kvk_validator = RegexValidator(
    r"^\d{8}$", _("A KvK number has exactly 8 digits, for example 12345678.")
)

LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000


def validate_logo(upload):
    """A logo must really be a PNG, JPEG or WebP image of sensible size (SVG is refused)."""
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo is too large. Upload a file of at most 2 MB."))
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            if width * height > LOGO_MAX_PIXELS:
                raise ValidationError(_("The logo has too many pixels. Use at most 4000 × 4000."))
            image.verify()
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("The logo has too many pixels. Use at most 4000 × 4000.")
        ) from error
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(
            _("This file is not a PNG, JPEG or WebP image. SVG files are not accepted.")
        ) from error
    finally:
        upload.seek(0)
    if image_format not in LOGO_FORMATS:
        raise ValidationError(
            _("This file is not a PNG, JPEG or WebP image. SVG files are not accepted.")
        )


def validate_pdf(upload):
    """A plan of action must be a real PDF of at most 10 MB."""
    if upload.size > 10 * 1024 * 1024:
        raise ValidationError(_("The file is too large. Upload a PDF of at most 10 MB."))
    upload.seek(0)
    header = upload.read(5)
    upload.seek(0)
    if header != b"%PDF-":
        raise ValidationError(_("This file is not a PDF. Upload your plan as a PDF file."))


class LogoField(forms.ImageField):
    """An image field that checks the upload as a logo first, so a bomb or an SVG gets its own
    clear message instead of Django's general "not a valid image"."""

    default_error_messages = {
        "invalid_image": _(
            "This file is not a PNG, JPEG or WebP image. SVG files are not accepted."
        ),
    }

    def to_python(self, data):
        if data and hasattr(data, "size"):
            validate_logo(data)
        return super().to_python(data)
