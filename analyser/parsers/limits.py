"""Hard limits and options for the parsers, and the value each format reader returns."""

from __future__ import annotations

from dataclasses import dataclass

from analyser.model import ExtractionWarning, Page

__all__ = ["Extracted", "Limits", "MEGABYTE", "PDF_ENGINES"]

MEGABYTE = 1024 * 1024
PDF_ENGINES = ("auto", "pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """Refuse documents bigger than these, and choose how PDFs are read.

    ``max_bytes`` (file size), ``max_pages`` (PDF pages), ``max_docx_uncompressed`` (declared
    unpacked size of a DOCX/ODT), ``max_compression_ratio`` (per zip member), ``max_seconds``
    (time to read one document), ``max_zip_entries`` (members in a DOCX/ODT).
    ``pdf_engine``: "auto" (the fastest engine installed that meets the fidelity bar: PDFium),
    "pdfium" or "pdfplumber". ``ocr``: read scanned pages with Tesseract when it is installed.
    ``read_odt_rtf``: read OpenDocument text and RTF (Document.format "odt" / "rtf") instead of
    refusing them with conversion advice; off until the report schema lists those formats.
    """

    max_bytes: int = 50 * MEGABYTE
    max_pages: int = 2000
    max_docx_uncompressed: int = 200 * MEGABYTE
    max_compression_ratio: int = 200
    max_seconds: float = 120.0
    max_zip_entries: int = 5000
    pdf_engine: str = "auto"
    ocr: bool = True
    ocr_language: str = "eng"
    read_odt_rtf: bool = False


@dataclass(frozen=True)
class Extracted:
    """What a format reader got out of the bytes: the text, its pages, and warnings."""

    text: str
    pages: tuple[Page, ...] = ()
    warnings: tuple[ExtractionWarning, ...] = ()
