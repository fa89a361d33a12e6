"""Scanned PDFs: detected page by page; read with Tesseract when installed (``ocr_used``),
otherwise reported (``no_text_layer`` / ``page_without_text``). OCR tests skip without Tesseract.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from analyser.errors import NoTextLayerError
from analyser.parsers import Limits, parse
from analyser.parsers import ocr as ocr_module
from analyser.parsers.ocr import ocr_available

LINES = ["1. Consent", "The Studio shall not create a digital replica", "without written consent."]
needs_ocr = pytest.mark.skipif(not ocr_available(), reason="Tesseract / pytesseract not installed")


def _text_pdf(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setFont("Helvetica", 14)
    for index, line in enumerate(lines):
        canvas.drawString(72, 700 - 22 * index, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _scanned_pdf(pages: list[list[str] | str]) -> bytes:
    """One page per entry: a picture of the lines (a scan), or a real text line (a str)."""
    import pypdfium2 as pdfium

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    for page in pages:
        if isinstance(page, str):
            canvas.drawString(72, 700, page)
        else:
            picture = pdfium.PdfDocument(_text_pdf(page))[0].render(scale=200 / 72).to_pil()
            canvas.drawImage(ImageReader(picture), 0, 0, *letter)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_scan_without_ocr_is_no_text_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    with pytest.raises(NoTextLayerError) as caught:
        parse(_scanned_pdf([LINES]), "scan.pdf")
    assert "scan" in caught.value.message and "OCR" in caught.value.message


def test_ocr_can_be_switched_off() -> None:
    with pytest.raises(NoTextLayerError):
        parse(_scanned_pdf([LINES]), "scan.pdf", limits=Limits(ocr=False))


def test_scanned_page_in_a_text_pdf_is_reported_without_ocr() -> None:
    document = parse(
        _scanned_pdf(["Typed first page.", LINES]), "mixed.pdf", limits=Limits(ocr=False)
    )
    assert document.text == "Typed first page.\f"
    assert [(w.code, w.page) for w in document.warnings] == [("page_without_text", 2)]


@needs_ocr
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_scan_is_read_with_ocr(engine: str) -> None:
    document = parse(_scanned_pdf([LINES]), "scan.pdf", engine=engine)
    assert document.text.split("\n") == LINES
    assert [w.code for w in document.warnings] == ["ocr_used"]
    assert document.pages[0].end == len(document.text)


@needs_ocr
def test_only_scanned_pages_use_ocr() -> None:
    document = parse(_scanned_pdf(["Typed first page.", LINES]), "mixed.pdf")
    first, second = document.text.split("\f")
    assert first == "Typed first page."
    assert second.split("\n") == LINES
    assert [w.code for w in document.warnings] == ["ocr_used"]
    assert "page(s) 2 " in document.warnings[0].message
