"""Files for upload tests: real ones, disguised ones, bombs and scripts."""

import io
import struct
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def png(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 102, 153)).save(buffer, "PNG")
    return buffer.getvalue()


def png_bomb(width=50_000, height=50_000):
    """A PNG of a few hundred bytes whose header promises billions of pixels."""
    small = png(1, 1)
    ihdr_at = small.index(b"IHDR")
    header = struct.pack(">II", width, height) + small[ihdr_at + 12 : ihdr_at + 17]
    chunk = b"IHDR" + header
    patched = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return small[: ihdr_at - 4] + patched + small[ihdr_at + 4 + len(header) + 4 :]


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def oversized(name, size, start=b""):
    """A file of `size` bytes that starts like the real thing."""
    return upload(name, start + b"0" * (size - len(start)))
