"""Optional OCR of scanned PDF pages with Tesseract (``pytesseract`` + the ``tesseract`` binary).

Install with ``pip install 'likeness-analyser[ocr]'`` and the Tesseract program (Debian/Ubuntu:
``apt-get install tesseract-ocr``). Without both, scanned pages are reported (``no_text_layer``,
``page_without_text``) instead of read. Pages read by OCR are marked and the document gets an
``ocr_used`` warning.
"""

from __future__ import annotations

import importlib
import shutil
import time
from typing import Any

from analyser.parsers.limits import Limits
from analyser.parsers.pdflayout import RawPage, TextLine

__all__ = ["OCR_DPI", "ocr_available", "ocr_pages"]

OCR_DPI = 300
POINTS_PER_INCH = 72


def ocr_available() -> bool:
    """Say whether pytesseract is installed and finds the tesseract program."""
    try:
        pytesseract = _pytesseract()
    except ImportError:
        return False
    command = str(pytesseract.pytesseract.tesseract_cmd)
    return shutil.which(command) is not None


def _pytesseract() -> Any:
    """Import pytesseract (an optional extra, untyped)."""
    return importlib.import_module("pytesseract")


def ocr_pages(
    data: bytes, pages: list[RawPage], limits: Limits, password: str | None, deadline: float
) -> None:
    """Render each page with PDFium and fill its lines from Tesseract (raises TimeoutError)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data, password=password)
    try:
        for page in pages:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            pdf_page = document[page.number - 1]
            try:
                width, height = pdf_page.get_size()
                image = pdf_page.render(scale=OCR_DPI / POINTS_PER_INCH).to_pil()
            finally:
                pdf_page.close()
            lines = _ocr_lines(image, limits.ocr_language, remaining)
            if lines:
                page.lines, page.ocr = lines, True
                page.width, page.height = float(width), float(height)
    finally:
        document.close()


def _ocr_lines(image: Any, language: str, timeout: float) -> list[TextLine]:
    """Return Tesseract's lines with their boxes in PDF points from the top-left."""
    pytesseract = _pytesseract()
    try:
        found = pytesseract.image_to_data(
            image, lang=language, output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as exc:  # pytesseract reports its timeout as RuntimeError
        if "timeout" in str(exc).lower():
            raise TimeoutError from exc
        raise
    scale = POINTS_PER_INCH / OCR_DPI
    grouped: dict[tuple[int, int, int], list[int]] = {}
    for index, word in enumerate(found["text"]):
        if str(word).strip():
            key = (found["block_num"][index], found["par_num"][index], found["line_num"][index])
            grouped.setdefault(key, []).append(index)
    lines: list[TextLine] = []
    for indices in grouped.values():
        left = min(found["left"][i] for i in indices)
        right = max(found["left"][i] + found["width"][i] for i in indices)
        top = min(found["top"][i] for i in indices)
        bottom = max(found["top"][i] + found["height"][i] for i in indices)
        text = " ".join(str(found["text"][i]).strip() for i in indices)
        lines.append(TextLine(text, left * scale, right * scale, top * scale, bottom * scale))
    return lines
