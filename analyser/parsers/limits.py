"""Hard limits on what the parsers will read, and the value each format reader returns."""

from __future__ import annotations

from dataclasses import dataclass

from analyser.model import ExtractionWarning, Page

__all__ = ["Extracted", "Limits", "MEGABYTE"]

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Refuse documents bigger than these (bytes on disk, PDF pages, unpacked DOCX bytes)."""

    max_bytes: int = 50 * MEGABYTE
    max_pages: int = 2000
    max_docx_uncompressed: int = 200 * MEGABYTE
    max_compression_ratio: int = 200


@dataclass(frozen=True)
class Extracted:
    """What a format reader got out of the bytes: the text, its pages, and warnings."""

    text: str
    pages: tuple[Page, ...] = ()
    warnings: tuple[ExtractionWarning, ...] = ()
