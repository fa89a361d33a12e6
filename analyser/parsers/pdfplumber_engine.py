"""The pdfplumber (pdfminer.six) PDF engine: pure Python, slower, kept as a supported choice.

Lines are read in content order (``use_text_flow``) with their boxes, like the PDFium engine, so
the shared layout step (:mod:`~analyser.parsers.pdflayout`) treats both the same way.
"""

from __future__ import annotations

import io
import time
from typing import Any

from analyser.errors import CorruptError, EncryptedError, TimeoutError_, TooLargeError
from analyser.parsers.limits import Limits
from analyser.parsers.pdflayout import (
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

__all__ = ["read_pages_pdfplumber"]


def read_pages_pdfplumber(
    data: bytes, name: str, limits: Limits, password: str | None, deadline: float
) -> list[RawPage]:
    """Return every page's lines; raise EncryptedError, CorruptError, TooLargeError, timeout."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            pages = pdf.pages
            if len(pages) > limits.max_pages:
                raise TooLargeError(name, too_many_pages_message(len(pages), limits))
            result: list[RawPage] = []
            for number, page in enumerate(pages, start=1):
                if time.monotonic() > deadline:
                    raise TimeoutError_(name, timeout_message(limits))
                result.append(_read_page(page, number))
                page.close()
            return result
    except (TooLargeError, TimeoutError_):
        raise
    except Exception as exc:  # noqa: BLE001 - any library failure is a damaged file to the user
        if _is_encryption_error(exc):
            raise EncryptedError(name, encrypted_message(password)) from exc
        raise CorruptError(name, MSG_CORRUPT) from exc


def _read_page(page: Any, number: int) -> RawPage:
    """Read one page's lines with boxes; a page that fails is marked, not fatal."""
    try:
        width = float(page.width)
        lines = _content_order_lines(page, width)
        if columns_need_characters(lines, width, float(page.height)):
            lines = _position_order_lines(page)
        return RawPage(number, width, float(page.height), lines)
    except Exception:  # noqa: BLE001 - one bad page must not lose the rest of the document
        return RawPage(number, failed=True)


def _content_order_lines(page: Any, width: float) -> list[TextLine]:
    """Return the page's lines in content order, with gaps and split points for long lines."""
    rows = page.extract_text_lines(use_text_flow=True, return_chars=True, strip=False)
    lines: list[TextLine] = []
    for row in rows:
        line = TextLine(
            str(row["text"]),
            float(row["x0"]),
            float(row["x1"]),
            float(row["top"]),
            float(row["bottom"]),
        )
        if crosses_middle(line, width):
            chars = row["chars"]
            spans = sorted((float(c["x0"]), float(c["x1"])) for c in chars)
            line.gaps = gaps_between(spans, line)
            line.splits = tuple(_split_offset(line.text, chars, end) for _, end in line.gaps)
        lines.append(line)
    return lines


def _position_order_lines(page: Any) -> list[TextLine]:
    """Rebuild the page's lines from character positions (content order mixes columns)."""
    chars: list[CharBox] = []
    previous_blank = False
    for index, char in enumerate(page.chars):
        text = str(char["text"])
        if not text.strip():
            previous_blank = True
            continue
        text = " " + text if previous_blank else text  # keep the word break
        previous_blank = False
        box = (float(char["top"]), float(char["bottom"]), float(char["x0"]), float(char["x1"]))
        chars.append((*box, text, index))
    return lines_from_characters(chars)


def _split_offset(text: str, chars: list[dict[str, Any]], edge: float) -> int:
    """Return where in ``text`` the run left of x ``edge`` ends and the run right of it
    begins, if the line is exactly one run on each side in that order (else -1)."""
    sides: list[bool] = []
    for char in chars:
        visible = "".join(str(char["text"]).split())
        sides.extend([float(char["x0"]) >= edge] * len(visible))
    if not sides or sides[0] or sides != sorted(sides):
        return -1
    visible_before = sides.index(True) if True in sides else len(sides)
    seen = 0
    for offset, character in enumerate(text):
        if character.isspace():
            continue
        if seen == visible_before:
            return offset
        seen += 1
    return -1


def _is_encryption_error(exc: BaseException) -> bool:
    """Say whether ``exc`` (or what pdfplumber wrapped in it) is about PDF encryption."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes: list[BaseException] = [exc, *[a for a in exc.args if isinstance(a, BaseException)]]
    if exc.__cause__ is not None:
        causes.append(exc.__cause__)
    return any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes)
