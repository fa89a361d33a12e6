"""Turn contract bytes (PDF, DOCX, TXT, MD; ODT and RTF when enabled) into a Document.

The format is sniffed from the content, never trusted from the file name; every problem a user can
act on (encrypted, damaged, empty, a scan, an unsupported format, too large, too slow) is raised
as an :class:`~analyser.errors.AnalyserError` whose ``source`` is the file name. Hard limits and
the PDF engine are settings (:class:`~analyser.parsers.limits.Limits`); ``parse(engine=...,
password=...)`` picks the PDF engine and opens password-protected PDFs.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from analyser.errors import EmptyError, TooLargeError
from analyser.model import Document, ExtractionWarning
from analyser.parsers.deadline import time_limit
from analyser.parsers.docx import read_docx
from analyser.parsers.limits import MEGABYTE, PDF_ENGINES, Extracted, Limits
from analyser.parsers.pdf import read_pdf
from analyser.parsers.pdfmessages import timeout_message
from analyser.parsers.sniff import MSG_EMPTY, extension_format, sniff_format
from analyser.parsers.text import read_text

__all__ = ["PDF_ENGINES", "Limits", "parse"]

DEFAULT_NAME = "document"
ALARM_GRACE = 1.1  # the hard alarm fires a little after the readers' own between-page checks
ALARM_GRACE_SECONDS = 0.5
MARKDOWN_EXTENSIONS = (".md", ".markdown")


def parse(
    source: str | os.PathLike[str] | bytes,
    name: str | None = None,
    *,
    limits: Limits | None = None,
    engine: str | None = None,
    password: str | None = None,
) -> Document:
    """Read ``source`` (a path or the file's bytes) into a Document; raise AnalyserError.

    ``engine`` picks the PDF engine ("auto", "pdfium", "pdfplumber"; default
    ``limits.pdf_engine``); ``password`` opens a password-protected PDF.
    """
    limits = limits or Limits()
    name = name or _default_name(source)
    data = _read_bytes(source, name, limits)
    fmt = sniff_format(data, name, limits)
    alarm = limits.max_seconds * ALARM_GRACE + ALARM_GRACE_SECONDS  # readers check first
    with time_limit(alarm, name, timeout_message(limits)):
        extracted = _extract(fmt, data, name, limits, engine, password)
    warnings = _extension_warnings(name, fmt) + extracted.warnings
    return Document(
        text=extracted.text,
        name=name,
        format=_document_format(fmt, name),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=extracted.pages,
        warnings=warnings,
    )


def _default_name(source: str | os.PathLike[str] | bytes) -> str:
    """Return the file's base name, or "document" for bytes."""
    if isinstance(source, bytes | bytearray | memoryview):
        return DEFAULT_NAME
    return Path(source).name or DEFAULT_NAME


def _read_bytes(source: str | os.PathLike[str] | bytes, name: str, limits: Limits) -> bytes:
    """Return the document's bytes, refusing empty and oversized input before reading it all."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), name, limits)
    else:
        path = Path(source)
        _check_size(path.stat().st_size, name, limits)
        data = path.read_bytes()
        _check_size(len(data), name, limits)
    return data


def _check_size(size: int, name: str, limits: Limits) -> None:
    """Raise EmptyError for zero bytes and TooLargeError above ``limits.max_bytes``."""
    if size == 0:
        raise EmptyError(name, MSG_EMPTY)
    if size > limits.max_bytes:
        raise TooLargeError(
            name,
            f"the file is {size / MEGABYTE:.1f} MB, more than the "
            f"{limits.max_bytes / MEGABYTE:.0f} MB limit; "
            "split it or remove pictures and try again",
        )


def _extract(
    fmt: str, data: bytes, name: str, limits: Limits, engine: str | None, password: str | None
) -> Extracted:
    """Run the reader for a sniffed format."""
    if fmt == "pdf":
        return read_pdf(data, name, limits, engine=engine, password=password)
    if fmt == "docx":
        return read_docx(data, name, limits)
    if fmt == "odt":
        from analyser.parsers.odt import read_odt

        return read_odt(data, name, limits)
    if fmt == "rtf":
        from analyser.parsers.rtf import read_rtf

        return read_rtf(data, name)
    return read_text(data, name)


def _document_format(fmt: str, name: str) -> str:
    """Return Document.format: "pdf", "docx", "md" (text named .md) or "txt"."""
    if fmt != "text":
        return fmt
    return "md" if name.lower().endswith(MARKDOWN_EXTENSIONS) else "txt"


def _extension_warnings(name: str, fmt: str) -> tuple[ExtractionWarning, ...]:
    """Warn when the file name promises a different format than the content has."""
    promised = extension_format(name)
    if promised is None or promised == fmt:
        return ()
    return (
        ExtractionWarning(
            code="extension_mismatch",
            message=(
                f"the file is named like a {_format_label(promised)} file but contains "
                f"{_format_label(fmt)}; it was read as {_format_label(fmt)}"
            ),
        ),
    )


def _format_label(fmt: str) -> str:
    """Turn a format id into words for a message."""
    labels = {
        "pdf": "PDF",
        "docx": "Word (.docx)",
        "text": "plain text",
        "odt": "OpenDocument (.odt)",
        "rtf": "RTF",
    }
    return labels.get(fmt, fmt)
