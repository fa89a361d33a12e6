"""Turn contract bytes (PDF, DOCX, TXT, MD) into a :class:`~analyser.model.Document`.

The format is sniffed from the content, never trusted from the file name; every problem a user can
act on (encrypted, damaged, empty, a scan, an unsupported format, too large) is raised as an
:class:`~analyser.errors.AnalyserError` whose ``source`` is the file name.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from analyser.errors import EmptyError, TooLargeError
from analyser.model import Document, ExtractionWarning
from analyser.parsers.docx import read_docx
from analyser.parsers.limits import MEGABYTE, Extracted, Limits
from analyser.parsers.pdf import read_pdf
from analyser.parsers.sniff import MSG_EMPTY, extension_format, sniff_format
from analyser.parsers.text import read_text

__all__ = ["Limits", "parse"]

DEFAULT_NAME = "document"
MARKDOWN_EXTENSIONS = (".md", ".markdown")


def parse(
    source: str | os.PathLike[str] | bytes,
    name: str | None = None,
    *,
    limits: Limits | None = None,
) -> Document:
    """Read ``source`` (a path or the file's bytes) into a Document; raise AnalyserError."""
    limits = limits or Limits()
    name = name or _default_name(source)
    data = _read_bytes(source, name, limits)
    fmt = sniff_format(data, name, limits)
    extracted = _extract(fmt, data, name, limits)
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


def _extract(fmt: str, data: bytes, name: str, limits: Limits) -> Extracted:
    """Run the reader for a sniffed format."""
    if fmt == "pdf":
        return read_pdf(data, name, limits)
    if fmt == "docx":
        return read_docx(data, name, limits)
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
    return {"pdf": "PDF", "docx": "Word (.docx)", "text": "plain text"}.get(fmt, fmt)
