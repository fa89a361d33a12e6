"""Decide what a file is from its bytes, never from its name.

:func:`sniff_format` returns ``"pdf"``, ``"docx"``, ``"text"`` (and ``"odt"``, ``"rtf"`` when
``Limits.read_odt_rtf`` is on) for what the parsers can read and
raises a plain-language :class:`~analyser.errors.AnalyserError` for everything else (old Word
files, OpenDocument, RTF, images, encrypted Office files, archives, empty files).
"""

from __future__ import annotations

import io
import struct
import zipfile

from analyser.errors import (
    CorruptError,
    EmptyError,
    EncryptedError,
    TooLargeError,
    UnsupportedFormatError,
)
from analyser.parsers.limits import MEGABYTE, Limits

__all__ = [
    "check_zip_sizes",
    "extension_format",
    "image_kind",
    "ole_stream_names",
    "sniff_format",
]

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
RATIO_CHECK_MIN_BYTES = MEGABYTE
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
EOCD_MAGIC = b"PK\x05\x06"
EOCD_SEARCH = 22 + 65535  # the end record plus the longest zip comment

SAVE_AS_ADVICE = "open it in Word or LibreOffice and save as .docx or PDF"
MSG_DOC = f"old Word .doc files are not supported; {SAVE_AS_ADVICE}"
MSG_OLE_OTHER = f"this is an old Microsoft Office file, not a Word .docx document; {SAVE_AS_ADVICE}"
MSG_OLE_ENCRYPTED = (
    "this Office file is password-protected; open it, remove the password "
    "(File > Info > Protect Document) and save it again, then try again"
)
MSG_ODF = f"OpenDocument (.odt) files are not supported; {SAVE_AS_ADVICE}"
MSG_RTF = f"RTF files are not supported; {SAVE_AS_ADVICE}"
MSG_ZIP = "this is a zip archive, not a Word document; unzip it and choose the contract file inside"
MSG_BAD_ZIP = (
    "this file looks like a damaged Word or zip file; open it in Word or LibreOffice and "
    "save it again as .docx"
)
MSG_EMPTY = "the file is empty (0 bytes); check that you chose the right file"

_EXTENSION_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".odt": "odt",
    ".rtf": "rtf",
}

_ENDOFCHAIN_OR_SPECIAL = 0xFFFFFFFA
_MAX_CHAIN = 100_000


def sniff_format(data: bytes, name: str, limits: Limits | None = None) -> str:
    """Return "pdf", "docx" or "text" for ``data``; raise AnalyserError for anything else."""
    if not data:
        raise EmptyError(name, MSG_EMPTY)
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return _zip_format(data, name, limits or Limits())
    if data.startswith(OLE_MAGIC):
        raise _ole_error(data, name)
    if data.lstrip()[:5].lower() == RTF_MAGIC:
        if (limits or Limits()).read_odt_rtf and _rtf_reader_installed():
            return "rtf"
        raise UnsupportedFormatError(name, MSG_RTF)
    kind = image_kind(data)
    if kind is not None:
        raise UnsupportedFormatError(name, _image_message(kind))
    return "text"


def extension_format(name: str) -> str | None:
    """Return the format a file name's extension promises ("pdf", "docx", "text"), if known."""
    dot = name.rfind(".")
    return _EXTENSION_FORMATS.get(name[dot:].lower()) if dot >= 0 else None


# --------------------------------------------------------------------------- zip containers


def _zip_format(data: bytes, name: str, limits: Limits) -> str:
    """Turn a zip container into "docx", or raise for ODF, other archives and zip bombs."""
    _check_declared_entries(data, name, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise CorruptError(name, MSG_BAD_ZIP) from exc
    names = {info.filename for info in infos}
    if "word/document.xml" in names:
        check_zip_sizes(infos, name, limits)
        return "docx"
    if "mimetype" in names:
        if limits.read_odt_rtf and "content.xml" in names and _mimetype(data) == ODT_MIMETYPE:
            check_zip_sizes(infos, name, limits)
            return "odt"
        raise UnsupportedFormatError(name, MSG_ODF)
    raise UnsupportedFormatError(name, MSG_ZIP)


def _check_declared_entries(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip whose end record declares more parts than the limit, before reading them."""
    end = data.rfind(EOCD_MAGIC, max(0, len(data) - EOCD_SEARCH))
    if end < 0 or end + 12 > len(data):
        return
    (entries,) = struct.unpack_from("<H", data, end + 10)
    if entries > limits.max_zip_entries:
        raise TooLargeError(name, too_many_parts_message(entries, limits))


def too_many_parts_message(count: int, limits: Limits) -> str:
    """Describe a zip container with more parts than any real document."""
    return (
        f"this file holds {count} parts, more than the {limits.max_zip_entries} a real "
        "document has; re-save it from Word or LibreOffice and try again"
    )


def _mimetype(data: bytes) -> str:
    """Return the ``mimetype`` member of an OpenDocument zip (stored first, uncompressed)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("mimetype") as member:
            return member.read(200).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError):
        return ""
    except Exception:  # noqa: BLE001 - zlib errors and the like: not a readable ODF file
        return ""


def _rtf_reader_installed() -> bool:
    from analyser.parsers.rtf import rtf_available

    return rtf_available()


def check_zip_sizes(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse a zip whose declared unpacked size or compression ratio looks like a zip bomb."""
    if len(infos) > limits.max_zip_entries:
        raise TooLargeError(name, too_many_parts_message(len(infos), limits))
    total = sum(info.file_size for info in infos)
    if total > limits.max_docx_uncompressed:
        raise TooLargeError(name, _unpacked_size_message(total, limits))
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > limits.max_compression_ratio:
            raise TooLargeError(
                name,
                "this Word file contains a part that unpacks to "
                f"{ratio:.0f} times its packed size, which no real document does (a zip bomb?); "
                "re-save it from Word and try again",
            )


def _unpacked_size_message(total: int, limits: Limits) -> str:
    """Describe a DOCX whose unpacked size exceeds the limit."""
    return (
        f"this Word file unpacks to {total / MEGABYTE:.0f} MB, more than the "
        f"{limits.max_docx_uncompressed / MEGABYTE:.0f} MB limit; remove large pictures or "
        "re-save it from Word and try again"
    )


# --------------------------------------------------------------------------- OLE (old Office)


def _ole_error(data: bytes, name: str) -> Exception:
    """Turn an OLE compound file into the error that explains it (encrypted, .doc, other)."""
    names = ole_stream_names(data)
    if names is None:
        encrypted = "EncryptionInfo".encode("utf-16-le") in data
        is_word = "WordDocument".encode("utf-16-le") in data
    else:
        encrypted = "EncryptionInfo" in names or "EncryptedPackage" in names
        is_word = "WordDocument" in names
    if encrypted:
        return EncryptedError(name, MSG_OLE_ENCRYPTED)
    return UnsupportedFormatError(name, MSG_DOC if is_word else MSG_OLE_OTHER)


def ole_stream_names(data: bytes) -> set[str] | None:
    """Return the names in an OLE compound file's directory, or None if it cannot be read."""
    try:
        sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
        fat = _ole_fat(data, sector_size)
        first_dir = struct.unpack_from("<I", data, 48)[0]
        names: set[str] = set()
        for sector in _ole_chain(fat, first_dir):
            names.update(_ole_directory_names(data, sector, sector_size))
        return names
    except (struct.error, IndexError, ValueError):
        return None


def _ole_sector(data: bytes, sector: int, sector_size: int) -> bytes:
    """Return the bytes of one OLE sector (sector 0 follows the header)."""
    offset = (sector + 1) * sector_size
    if offset + sector_size > len(data):
        raise ValueError("sector beyond end of file")
    return data[offset : offset + sector_size]


def _ole_fat(data: bytes, sector_size: int) -> list[int]:
    """Read the file allocation table through the header DIFAT and any DIFAT sectors."""
    (fat_count,) = struct.unpack_from("<I", data, 44)
    difat = [v for v in struct.unpack_from("<109I", data, 76) if v < _ENDOFCHAIN_OR_SPECIAL]
    (next_difat,) = struct.unpack_from("<I", data, 68)
    per_sector = sector_size // 4
    guard = 0
    while next_difat < _ENDOFCHAIN_OR_SPECIAL and guard < _MAX_CHAIN:
        values = struct.unpack(f"<{per_sector}I", _ole_sector(data, next_difat, sector_size))
        difat.extend(v for v in values[:-1] if v < _ENDOFCHAIN_OR_SPECIAL)
        next_difat = values[-1]
        guard += 1
    fat: list[int] = []
    for sector in difat[:fat_count]:
        fat.extend(struct.unpack(f"<{per_sector}I", _ole_sector(data, sector, sector_size)))
    return fat


def _ole_chain(fat: list[int], start: int) -> list[int]:
    """Follow a sector chain through the FAT, refusing loops."""
    chain: list[int] = []
    seen: set[int] = set()
    sector = start
    while sector < _ENDOFCHAIN_OR_SPECIAL:
        if sector in seen or len(chain) > _MAX_CHAIN:
            raise ValueError("sector chain loops")
        seen.add(sector)
        chain.append(sector)
        sector = fat[sector]
    return chain


def _ole_directory_names(data: bytes, sector: int, sector_size: int) -> list[str]:
    """Return the entry names stored in one directory sector."""
    raw = _ole_sector(data, sector, sector_size)
    names = []
    for offset in range(0, sector_size, 128):
        entry = raw[offset : offset + 128]
        name_length, entry_type = struct.unpack_from("<HB", entry, 64)
        if entry_type == 0 or not 2 <= name_length <= 64:
            continue
        names.append(entry[: name_length - 2].decode("utf-16-le", errors="replace"))
    return names


# --------------------------------------------------------------------------- images


def image_kind(data: bytes) -> str | None:
    """Return the picture format ("PNG", "JPEG", ...) if ``data`` starts like an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    if data.startswith(b"BM") and len(data) >= 26 and data[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    return None


def _image_message(kind: str) -> str:
    """Explain that a picture is not a document and what to do instead."""
    return (
        f"this is an image ({kind}), not a document; if it is a scan or photo of the contract, "
        "export the contract as a PDF with text or run it through OCR first"
    )
