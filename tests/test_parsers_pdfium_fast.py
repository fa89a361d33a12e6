"""PDFium engine shortcuts: each gives what the plain way it replaces gives.

The plain ways are kept here as references: splitting page text into lines with one regex match
per line, and placing each line by two character boxes read through a small helper.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from analyser.parsers import pdfium_engine
from analyser.parsers.pdflayout import TextLine

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.pdf"))[:12]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARK = re.compile("[\ufffe\x02]")


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """Line spans as found before the CR LF shortcut: one regex match per line and mark."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        piece_start = start
        for mark in _MARK.finditer(text, start, end):
            after = mark.end()
            if after < end and text[after].islower():
                continue
            spans.append((piece_start, after))
            piece_start = after
        spans.append((piece_start, end))
        if match is None:
            break
        start = match.end()
    return spans


@given(st.text(alphabet="ab A.\r\n\ufffe\x02\u2028", max_size=40))
def test_line_spans_equal_the_regex_loop(text: str) -> None:
    assert pdfium_engine._line_spans(text) == _reference_spans(text)


@given(st.lists(st.text(alphabet="ab A.\t", max_size=8), max_size=8))
def test_crlf_text_takes_the_split_shortcut(lines: list[str]) -> None:
    text = "\r\n".join(lines)
    assert pdfium_engine._crlf_spans(text) == _reference_spans(text)


def _reference_lines(textpage: Any, text: str, height: float) -> list[TextLine]:
    """Lines placed as before the line locator: a box helper, fields set after creation."""
    rect = raw.FS_RECTF()

    def box(index: int) -> tuple[float, float, float, float] | None:
        if not raw.FPDFText_GetLooseCharBox(textpage.raw, index, rect):
            return None
        return rect.left, rect.right, height - rect.top, height - rect.bottom

    lines: list[TextLine] = []
    for start, end in _reference_spans(text):
        segment = text[start:end]
        line = TextLine(segment)
        if segment.strip():
            first = start + (len(segment) - len(segment.lstrip()))
            last = start + len(segment.rstrip()) - 1
            head, tail = box(first), box(last)
            if head is not None and tail is not None:
                line.x0, line.x1 = head[0], max(tail[1], head[1])
                line.top, line.bottom = head[2], head[3]
                line.last_top = tail[2]
        if segment.endswith(("\ufffe", "\x02")):
            line.text = segment[:-1] + "-"
        lines.append(line)
    return lines


def _drawn_pdf() -> bytes:
    """A page of awkward lines: indents, blanks, hyphens at line ends, two columns, tiny text."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.drawString(72, 740, "   indented title")
    canvas.drawString(72, 720, "a regist-")
    canvas.drawString(72, 706, "ered office and a Non-")
    canvas.drawString(72, 692, "Exclusive term")
    canvas.drawString(300, 600, "x")
    for i in range(12):
        canvas.drawString(72, 560 - 14 * i, f"left line {i}")
        canvas.drawString(330, 560 - 14 * i, f"right line {i}")
    canvas.setFont("Helvetica", 3)
    canvas.drawString(72, 300, "tiny words here")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _textpages(sources: list[bytes | Path]) -> Iterator[tuple[Any, str, float]]:
    for source in sources:
        document = pdfium.PdfDocument(source)
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                yield textpage, textpage.get_text_range(), float(page.get_height())
                textpage.close()
                page.close()
        finally:
            document.close()


def _fields(line: TextLine) -> tuple[object, ...]:
    numbers = (line.x0, line.x1, line.top, line.bottom, line.last_top)
    return (line.text, *("nan" if math.isnan(n) else n for n in numbers))


@pytest.mark.parametrize(
    "source", [_drawn_pdf(), *SAMPLES], ids=lambda s: getattr(s, "name", "drawn")
)
def test_line_locator_places_lines_as_before(source: bytes | Path) -> None:
    for textpage, text, height in _textpages([source]):
        found = pdfium_engine._lines_with_boxes(textpage, text, 612.0, height)
        expected = _reference_lines(textpage, text, height)
        assert [_fields(line) for line in found] == [_fields(line) for line in expected]


@pytest.mark.parametrize(
    "source", [_drawn_pdf(), *SAMPLES[:4]], ids=lambda s: getattr(s, "name", "drawn")
)
def test_text_rectangles_read_bare_equal_pypdfium2s(source: bytes | Path) -> None:
    """Rectangles read through the bare function are pypdfium2's own, measured from the top."""
    for textpage, _, height in _textpages([source]):
        expected = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            expected.append((height - top, height - bottom, left, right))
        assert list(pdfium_engine._iter_text_rects(textpage, height)) == expected
