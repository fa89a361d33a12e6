"""Format sniffing: decided by content, never by the file name."""

from __future__ import annotations

import io
import zipfile

import pytest

from analyser.errors import (
    AnalyserError,
    CorruptError,
    EmptyError,
    EncryptedError,
    UnsupportedFormatError,
)
from analyser.parsers.sniff import extension_format, image_kind, ole_stream_names, sniff_format
from samples.docgen import ole_compound_bytes


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xef\xbb\xbf junk before the header %PDF-1.4\n", "pdf"),
        (_zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}), "docx"),
        (b"Plain contract text.\n", "text"),
        ("Vertrag \u00fcber Bildrechte".encode("cp1252"), "text"),
        (b"BMW brand ambassador agreement", "text"),
        (b"MM and II are initials, not TIFF", "text"),
        (b"# Heading\n\n{\\rtf is mentioned later}", "text"),
    ],
)
def test_readable_formats(data: bytes, expected: str) -> None:
    assert sniff_format(data, "x.bin") == expected


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyError, "empty"),
        (b"{\\rtf1\\ansi Hello}", UnsupportedFormatError, "RTF"),
        (b"  {\\RTF1 upper}", UnsupportedFormatError, "RTF"),
        (
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
            UnsupportedFormatError,
            ".odt",
        ),
        (_zip({"contract.pdf": b"%PDF-1.4"}), UnsupportedFormatError, "zip archive"),
        (b"PK\x03\x04 truncated", CorruptError, "damaged"),
        (ole_compound_bytes(["WordDocument", "1Table"]), UnsupportedFormatError, ".doc"),
        (ole_compound_bytes(["Workbook"]), UnsupportedFormatError, "old Microsoft Office"),
        (ole_compound_bytes(["EncryptionInfo", "EncryptedPackage"]), EncryptedError, "password"),
        (b"\x89PNG\r\n\x1a\n" + bytes(32), UnsupportedFormatError, "image (PNG)"),
        (b"\xff\xd8\xff\xe0" + bytes(32), UnsupportedFormatError, "image (JPEG)"),
    ],
)
def test_unreadable_formats_raise_with_advice(
    data: bytes, error: type[AnalyserError], words: str
) -> None:
    with pytest.raises(error) as caught:
        sniff_format(data, "upload.docx")
    assert caught.value.source == "upload.docx"
    assert words in caught.value.message
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\xff\xd8\xff\xdb....", "JPEG"),
        (b"GIF89a....", "GIF"),
        (b"GIF87a....", "GIF"),
        (b"II*\x00....", "TIFF"),
        (b"MM\x00*....", "TIFF"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00" + bytes(16), "BMP"),
        (b"BMW is a brand and no bitmap", None),
        (b"%PDF-1.4", None),
    ],
)
def test_image_kind(data: bytes, kind: str | None) -> None:
    assert image_kind(data) == kind


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.pdf", "pdf"),
        ("A.PDF", "pdf"),
        ("a.docx", "docx"),
        ("a.md", "text"),
        ("a.txt", "text"),
        ("a.doc", None),
        ("noext", None),
    ],
)
def test_extension_format(name: str, fmt: str | None) -> None:
    assert extension_format(name) == fmt


@pytest.mark.parametrize("count", [0, 1, 3, 4, 9])
def test_ole_directory_names_across_sectors(count: int) -> None:
    streams = [f"Stream{i}" for i in range(count)]
    assert ole_stream_names(ole_compound_bytes(streams)) == {"Root Entry", *streams}


def test_unreadable_ole_directory_falls_back_to_byte_search() -> None:
    damaged = ole_compound_bytes(["EncryptionInfo"])[:600]
    assert ole_stream_names(damaged) is None
    with pytest.raises(EncryptedError):
        sniff_format(damaged + "EncryptionInfo".encode("utf-16-le"), "x.docx")
