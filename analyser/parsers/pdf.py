"""Read the text layer of a PDF with pdfplumber, page by page.

Pages are joined with one form feed (``\\f``); each :class:`~analyser.model.Page` span covers its
page's text without the form feed. Library exceptions never escape: password protection becomes
:class:`~analyser.errors.EncryptedError`, anything else unreadable
:class:`~analyser.errors.CorruptError`.
"""

from __future__ import annotations

import io
from typing import Any

from analyser.errors import CorruptError, EncryptedError, NoTextLayerError, TooLargeError
from analyser.model import ExtractionWarning, Page
from analyser.parsers.limits import Extracted, Limits
from analyser.parsers.text import normalise_newlines

__all__ = ["MSG_CORRUPT", "MSG_ENCRYPTED", "MSG_NO_TEXT_LAYER", "read_pdf"]

MSG_ENCRYPTED = "this PDF is password-protected; remove the password (print to PDF) and try again"
MSG_CORRUPT = (
    "this PDF is damaged and cannot be read; open it and save or print it to a new PDF, "
    "then try again"
)
MSG_NO_TEXT_LAYER = (
    "this PDF has no text layer, it looks like a scan; run it through OCR (for example "
    "ocrmypdf) or ask for a PDF exported from the original document"
)
PAGE_SEPARATOR = "\f"


def read_pdf(data: bytes, name: str, limits: Limits) -> Extracted:
    """Turn PDF bytes into text with one span per page; raise AnalyserError if unreadable."""
    try:
        page_texts, failed = _extract_page_texts(data, name, limits)
    except (CorruptError, EncryptedError, TooLargeError):
        raise
    except Exception as exc:  # noqa: BLE001 - any library failure is a damaged file to the user
        raise _library_error_to_analyser_error(exc, name) from exc
    return _pages_to_extracted(page_texts, failed, name)


def _extract_page_texts(data: bytes, name: str, limits: Limits) -> tuple[list[str], set[int]]:
    """Return each page's text and the 1-based numbers of pages whose text could not be read."""
    import pdfplumber

    texts: list[str] = []
    failed: set[int] = set()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = pdf.pages
        if len(pages) > limits.max_pages:
            raise TooLargeError(name, _too_many_pages_message(len(pages), limits))
        for number, page in enumerate(pages, start=1):
            text = _page_text(page)
            if text is None:
                failed.add(number)
            texts.append(text or "")
            page.close()
    return texts, failed


def _page_text(page: Any) -> str | None:
    """Return one page's text with line ends normalised, or None if the page is unreadable."""
    try:
        raw = page.extract_text() or ""
    except Exception:  # noqa: BLE001 - one bad page must not lose the rest of the document
        return None
    return normalise_newlines(str(raw)).replace(PAGE_SEPARATOR, "\n")


def _pages_to_extracted(page_texts: list[str], failed: set[int], name: str) -> Extracted:
    """Join page texts with form feeds, record page spans, and warn about empty pages."""
    if not page_texts or len(failed) == len(page_texts):
        raise CorruptError(name, MSG_CORRUPT)
    if not any(text.strip() for text in page_texts):
        raise NoTextLayerError(name, MSG_NO_TEXT_LAYER)
    pages: list[Page] = []
    warnings: list[ExtractionWarning] = []
    start = 0
    for number, text in enumerate(page_texts, start=1):
        pages.append(Page(number=number, start=start, end=start + len(text)))
        start += len(text) + len(PAGE_SEPARATOR)
        warning = _page_warning(number, text, number in failed)
        if warning is not None:
            warnings.append(warning)
    return Extracted(
        text=PAGE_SEPARATOR.join(page_texts), pages=tuple(pages), warnings=tuple(warnings)
    )


def _page_warning(number: int, text: str, failed: bool) -> ExtractionWarning | None:
    """Return the warning for a page that could not be read or holds no text, if any."""
    if failed:
        return ExtractionWarning(
            code="page_unreadable",
            message=f"page {number} could not be read; its text is missing from the analysis",
            page=number,
        )
    if not text.strip():
        return ExtractionWarning(
            code="page_without_text",
            message=(
                f"page {number} has no text (a scanned page or a picture?); "
                "anything on it is not analysed"
            ),
            page=number,
        )
    return None


def _too_many_pages_message(count: int, limits: Limits) -> str:
    """Describe a PDF with more pages than the limit."""
    return (
        f"this PDF has {count} pages, more than the {limits.max_pages}-page limit; "
        "split it into smaller files and try again"
    )


def _library_error_to_analyser_error(exc: BaseException, name: str) -> Exception:
    """Turn a pdfplumber / pdfminer exception into EncryptedError or CorruptError."""
    if _is_encryption_error(exc):
        return EncryptedError(name, MSG_ENCRYPTED)
    return CorruptError(name, MSG_CORRUPT)


def _is_encryption_error(exc: BaseException) -> bool:
    """Say whether ``exc`` (or what pdfplumber wrapped in it) is about PDF encryption."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes: list[BaseException] = [exc, *[a for a in exc.args if isinstance(a, BaseException)]]
    if exc.__cause__ is not None:
        causes.append(exc.__cause__)
    return any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes)
