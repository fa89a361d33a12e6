"""Read the text layer of a PDF, page by page, with a choice of engine.

Two engines read the positioned lines of each page: PDFium (``pypdfium2``, fast, the default) and
pdfplumber (pure Python, slower). One shared layout step (:mod:`~analyser.parsers.pdflayout`)
then removes running headers, footers and page numbers, orders columns, joins hyphenated words and
normalises characters, so both engines give the same text. Pages are joined with one form feed
(``\\f``); each :class:`~analyser.model.Page` span covers its page's text without the form feed.

Library exceptions never escape: password protection becomes
:class:`~analyser.errors.EncryptedError` (open with ``password=``), anything else unreadable
:class:`~analyser.errors.CorruptError`. Scanned pages are read with OCR when Tesseract is
installed (warning ``ocr_used``); otherwise a PDF with no text at all raises
:class:`~analyser.errors.NoTextLayerError`.
"""

from __future__ import annotations

import time

from analyser.errors import AnalyserError, CorruptError, NoTextLayerError, UnsupportedFormatError
from analyser.parsers.limits import PDF_ENGINES, Extracted, Limits
from analyser.parsers.pdflayout import PAGE_SEPARATOR, RawPage, assemble_pages
from analyser.parsers.pdfmessages import (
    MSG_CORRUPT,
    MSG_ENCRYPTED,
    MSG_NO_TEXT_LAYER,
    timeout_message,
)

__all__ = [
    "MSG_CORRUPT",
    "MSG_ENCRYPTED",
    "MSG_NO_TEXT_LAYER",
    "PAGE_SEPARATOR",
    "read_pdf",
    "resolve_engine",
]


def resolve_engine(engine: str) -> str:
    """Return the engine "auto" stands for ("pdfium" if installed), or check the name given."""
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    if engine != "auto":
        return engine
    from analyser.parsers.pdfium_engine import pdfium_available

    return "pdfium" if pdfium_available() else "pdfplumber"


def read_pdf(
    data: bytes,
    name: str,
    limits: Limits,
    *,
    engine: str | None = None,
    password: str | None = None,
) -> Extracted:
    """Turn PDF bytes into text with one span per page; raise AnalyserError if unreadable."""
    chosen = resolve_engine(engine or limits.pdf_engine)
    deadline = time.monotonic() + limits.max_seconds
    try:
        pages = _read_pages(chosen, data, name, limits, password, deadline)
    except AnalyserError:
        raise
    except RecursionError as exc:
        raise CorruptError(name, MSG_CORRUPT) from exc
    except Exception as exc:  # noqa: BLE001 - any library failure is a damaged file to the user
        raise CorruptError(name, MSG_CORRUPT) from exc
    if not pages or all(page.failed for page in pages):
        raise CorruptError(name, MSG_CORRUPT)
    empty = [p for p in pages if not p.failed and not any(line.text.strip() for line in p.lines)]
    if empty and limits.ocr:
        _ocr_pages(data, empty, limits, password, deadline, name)
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise NoTextLayerError(name, MSG_NO_TEXT_LAYER)
    return assemble_pages(pages)


def _read_pages(
    engine: str, data: bytes, name: str, limits: Limits, password: str | None, deadline: float
) -> list[RawPage]:
    if engine == "pdfium":
        from analyser.parsers.pdfium_engine import read_pages_pdfium

        return read_pages_pdfium(data, name, limits, password, deadline)
    from analyser.parsers.pdfium_engine import check_page_count, pdfium_available
    from analyser.parsers.pdfplumber_engine import read_pages_pdfplumber

    if pdfium_available():
        check_page_count(data, name, limits, password)  # milliseconds, before slow parsing
    return read_pages_pdfplumber(data, name, limits, password, deadline)


def _ocr_pages(
    data: bytes,
    pages: list[RawPage],
    limits: Limits,
    password: str | None,
    deadline: float,
    name: str,
) -> None:
    """Fill pages without a text layer by OCR, if Tesseract is installed (else leave them)."""
    from analyser.parsers.ocr import ocr_available, ocr_pages

    if not ocr_available():
        return
    try:
        ocr_pages(data, pages, limits, password, deadline)
    except TimeoutError:
        from analyser.errors import TimeoutError_

        raise TimeoutError_(name, timeout_message(limits)) from None
    except UnsupportedFormatError:
        raise
    except Exception:  # noqa: BLE001 - OCR is best effort; the page stays without text
        return
