"""The fast PDF engine: pypdfium2 (PDFium, the PDF library of Chrome).

Reads each page's text in content order with ``get_text_range()`` (PDFium already joins words
hyphenated at a line end, marking the removed hyphen), and asks for the box of only the first and
last character of each line, so layout costs a few calls per line rather than one per character.
"""

from __future__ import annotations

import bisect
import math
import re
import time
from collections.abc import Iterator
from typing import Any

from analyser.errors import CorruptError, EncryptedError, TimeoutError_, TooLargeError
from analyser.parsers.limits import Limits
from analyser.parsers.pdflayout import (
    HYPHEN_MARK,
    ROW_TOLERANCE,
    CharBox,
    RawPage,
    TextLine,
    columns_need_characters,
    crosses_middle,
    gaps_between,
    lines_from_characters,
)
from analyser.parsers.pdfmessages import (
    MSG_CORRUPT,
    encrypted_message,
    timeout_message,
    too_many_pages_message,
)

__all__ = ["check_page_count", "pdfium_available", "read_pages_pdfium"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PASSWORD_ERROR = 4
_HYPHEN_MARKS = ("\ufffe", "\x02")
_MARK = re.compile("[\ufffe\x02]")
MERGED_ROWS_MIN = 3  # lines over several rows before a page is read from characters


def pdfium_available() -> bool:
    """Say whether pypdfium2 can be imported."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def read_pages_pdfium(
    data: bytes, name: str, limits: Limits, password: str | None, deadline: float
) -> list[RawPage]:
    """Return every page's lines; raise EncryptedError, CorruptError, TooLargeError, timeout."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise EncryptedError(name, encrypted_message(password)) from exc
        raise CorruptError(name, MSG_CORRUPT) from exc
    try:
        count = len(document)
        if count > limits.max_pages:
            raise TooLargeError(name, too_many_pages_message(count, limits))
        pages: list[RawPage] = []
        for index in range(count):
            if time.monotonic() > deadline:
                raise TimeoutError_(name, timeout_message(limits))
            pages.append(_read_page(document, index))
        return pages
    finally:
        document.close()


def check_page_count(data: bytes, name: str, limits: Limits, password: str | None) -> None:
    """Refuse a PDF with more pages than the limit (encrypted or damaged files pass through)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError:
        return  # the chosen engine reports encryption or damage in its own words
    try:
        count = len(document)
    finally:
        document.close()
    if count > limits.max_pages:
        raise TooLargeError(name, too_many_pages_message(count, limits))


def _read_page(document: Any, index: int) -> RawPage:
    """Read one page; a page PDFium cannot load is marked failed, not fatal.

    Page and text page are closed however this ends (also when the time-limit alarm interrupts
    it), so the document can be closed after them.
    """
    page = textpage = None
    try:
        page = document[index]
        width, height = (float(value) for value in page.get_size())
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        lines = _lines_with_boxes(textpage, text, width, height)
        if _rows_merged(lines, text, textpage, width, height):
            lines = _lines_from_characters(textpage, text, height)
        return RawPage(number=index + 1, width=width, height=height, lines=lines)
    except Exception:  # noqa: BLE001 - one bad page must not lose the rest of the document
        return RawPage(number=index + 1, failed=True)
    finally:
        if textpage is not None:
            textpage.close()
        if page is not None:
            page.close()


def _lines_with_boxes(textpage: Any, text: str, width: float, height: float) -> list[TextLine]:
    """Split page text into lines and locate each by its first and last character."""
    import pypdfium2.raw as raw

    located = len(text) == textpage.count_chars()
    rect = raw.FS_RECTF()
    handle = textpage.raw

    def box(index: int) -> tuple[float, float, float, float] | None:
        if not raw.FPDFText_GetLooseCharBox(handle, index, rect):
            return None
        return rect.left, rect.right, height - rect.top, height - rect.bottom

    lines: list[TextLine] = []
    starts: list[int] = []
    for start, end in _line_spans(text):
        segment = text[start:end]
        line = TextLine(segment)
        if located and segment.strip():
            first = start + (len(segment) - len(segment.lstrip()))
            last = start + len(segment.rstrip()) - 1
            head, tail = box(first), box(last)
            if head is not None and tail is not None:
                line.x0, line.x1 = head[0], max(tail[1], head[1])
                line.top, line.bottom = head[2], head[3]
                line.last_top = tail[2]
        if segment.endswith(_HYPHEN_MARKS):
            line.text = segment[:-1] + "-"
        lines.append(line)
        starts.append(start)
    if located:
        _add_gaps(textpage, lines, starts, width, height)
    return lines


def _rows_merged(
    lines: list[TextLine], text: str, textpage: Any, width: float, height: float
) -> bool:
    """Say whether PDFium's content-order lines run over several rows or merged columns.

    That happens when a producer draws two columns row by row; such a page is read again from
    character positions (:func:`_lines_from_characters`).
    """
    if len(text) != textpage.count_chars():
        return False
    if columns_need_characters(lines, width, height):
        return True
    wrapped = 0
    for line in lines:
        if math.isnan(line.top) or HYPHEN_MARK in line.text:
            continue
        height = max(line.bottom - line.top, 1.0)
        if abs(line.last_top - line.top) > ROW_TOLERANCE * height:
            wrapped += 1
    return wrapped >= MERGED_ROWS_MIN


def _lines_from_characters(textpage: Any, text: str, height: float) -> list[TextLine]:
    """Rebuild a page's lines from character boxes: rows by position, runs split at wide gaps.

    Slower than content order (one call per visible character), used only for pages whose
    content order mixes rows or columns (``text`` is the page text, one character per PDFium
    index). Returns runs top to bottom, left to right; the layout step then reads columns in
    order.
    """
    import pypdfium2.raw as raw

    handle = textpage.raw
    rect = raw.FS_RECTF()
    get_box = raw.FPDFText_GetLooseCharBox
    chars: list[CharBox] = []
    for index, character in enumerate(text):
        if character.isspace() or not get_box(handle, index, rect):
            continue  # generated spaces and line breaks are whitespace too
        if character in _HYPHEN_MARKS:
            character = "-"
        if index and text[index - 1].isspace():
            character = " " + character  # keep PDFium's word break
        box = (height - rect.top, height - rect.bottom, rect.left, rect.right, character, index)
        chars.append(box)
    return lines_from_characters(chars)


def _add_gaps(
    textpage: Any, lines: list[TextLine], starts: list[int], width: float, height: float
) -> None:
    """Record wide blank strips inside long lines (from PDFium's text rectangles) and where
    the text after each strip begins, so merged columns can be split again."""
    import pypdfium2.raw as raw

    long_lines = [
        (line, start)
        for line, start in zip(lines, starts, strict=True)
        if crosses_middle(line, width)
    ]
    if not long_lines:
        return
    boxes = sorted(_iter_text_rects(textpage, height))
    tops = [box[0] for box in boxes]
    for line, start in long_lines:
        middle = (line.top + line.bottom) / 2
        first = bisect.bisect_left(tops, line.top - (line.bottom - line.top))
        last = bisect.bisect_left(tops, line.bottom)
        row = [
            (left, right, (top + bottom) / 2)
            for top, bottom, left, right in boxes[first:last]
            if bottom > line.top and right > line.x0 and left < line.x1
        ]
        if len(row) < 2:
            continue  # no blank strip between fewer than two rectangles: no gaps, no splits
        row.sort()
        line.gaps = gaps_between([(left, right) for left, right, _ in row], line)
        splits: list[int] = []
        for _, gap_end in line.gaps:
            after, _, level = min((r for r in row if r[0] >= gap_end), default=(gap_end, 0, middle))
            index = raw.FPDFText_GetCharIndexAtPos(
                textpage.raw, after + 1.0, height - level, 4.0, 4.0
            )
            offset = int(index) - start
            splits.append(offset if 0 < offset < len(line.text) else -1)
        line.splits = tuple(splits)


def _iter_text_rects(textpage: Any, height: float) -> Iterator[tuple[float, float, float, float]]:
    """Each of PDFium's text rectangles on the page as (top, bottom, left, right) from the top.

    Read through the raw binding with one set of output numbers, which costs a fraction of
    ``PdfTextPage.get_rect`` (four new ctypes numbers per rectangle) on a page of many lines.
    """
    import ctypes

    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountRects(handle, 0, -1)
    if count < 0:  # the page is then marked failed by its reader, as for any PDFium error
        raise ValueError("PDFium could not count the page's text rectangles")
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    get_rect = raw.FPDFText_GetRect
    for index in range(count):
        if not get_rect(handle, index, left, top, right, bottom):
            raise ValueError(f"PDFium could not read text rectangle {index}")
        yield height - top.value, height - bottom.value, left.value, right.value


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each line, also splitting where PDFium joined unrelated lines.

    PDFium joins a line ending in a hyphen to the next line it reads and marks the removed
    hyphen; when the next text does not continue a word (a footer, the next page's header), the
    line is split again there and the mark ends the first piece (shown as a hyphen).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    if _MARK.search(text) is None:  # most pages: lines are what the line breaks make
        for line_break in _LINE_BREAK.finditer(text):
            spans.append((start, line_break.start()))
            start = line_break.end()
        spans.append((start, len(text)))
        return spans
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
