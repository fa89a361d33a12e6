"""Read OpenDocument Text (.odt) contracts from ``content.xml``, rebuilding list numbering.

Same layout as the DOCX reader: one line per paragraph or heading, table rows as cells joined by
``" | "``, list and outline numbers ("1.", "1.1", "(a)") in front of the text, text boxes after
the paragraph they sit in, footnotes and endnotes ("[1] ...") after the body. Tracked changes are
read as accepted (warning ``tracked_changes``); annotations (comments) are left out (warning
``comments``). The zip and XML are checked first (:mod:`~analyser.parsers.ziputil`); the XML is
parsed with the standard library after any DOCTYPE or entity declaration has been refused.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from analyser.errors import CorruptError, EmptyError
from analyser.model import ExtractionWarning
from analyser.parsers.docx import format_number
from analyser.parsers.limits import Extracted, Limits
from analyser.parsers.text import MSG_NO_TEXT, normalise_newlines
from analyser.parsers.ziputil import check_zip_container

__all__ = ["MSG_CORRUPT", "ODT_MIMETYPE", "read_odt"]

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
MSG_CORRUPT = (
    "this OpenDocument file is damaged and cannot be read; open it in LibreOffice and save it "
    "again (as .odt or .docx)"
)
CELL_SEPARATOR = " | "
MAX_LEVELS = 10

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def _q(prefix: str, local: str) -> str:
    return f"{{{_NS[prefix]}}}{local}"


T_P, T_H, T_LIST = _q("text", "p"), _q("text", "h"), _q("text", "list")
T_ITEM, T_HEADER = _q("text", "list-item"), _q("text", "list-header")
T_SECTION, T_SPACE, T_TAB = _q("text", "section"), _q("text", "s"), _q("text", "tab")
T_BREAK, T_NOTE = _q("text", "line-break"), _q("text", "note")
T_NOTE_BODY, T_NOTE_CLASS = _q("text", "note-body"), _q("text", "note-class")
T_CHANGES, T_LEVEL = _q("text", "tracked-changes"), _q("text", "level")
T_STYLE, T_START = _q("text", "style-name"), _q("text", "start-value")
T_CONTINUE, T_OUTLINE = _q("text", "continue-numbering"), _q("text", "outline-level")
TABLE, ROW, CELL = _q("table", "table"), _q("table", "table-row"), _q("table", "table-cell")
ANNOTATION, FRAME, TEXT_BOX = (
    _q("office", "annotation"),
    _q("draw", "frame"),
    _q("draw", "text-box"),
)
_ROW_GROUPS = {_q("table", n) for n in ("table-header-rows", "table-rows", "table-row-group")}
_SKIPPED_INLINE = {ANNOTATION, _q("office", "annotation-end"), T_NOTE, FRAME}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none"}  # fmt: skip


@dataclass(frozen=True)
class _Level:
    fmt: str = "none"
    prefix: str = ""
    suffix: str = ""
    display: int = 1
    start: int = 1
    bullet: str | None = None


@dataclass
class _State:
    list_styles: dict[str, dict[int, _Level]]
    outline: dict[int, _Level]
    outline_counters: list[int] = field(default_factory=lambda: [0] * MAX_LEVELS)
    list_counters: dict[str, list[int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    footnotes: int = 0
    endnotes: int = 0
    comments: int = 0


def read_odt(data: bytes, name: str, limits: Limits) -> Extracted:
    """Turn .odt bytes into text with list numbers; raise AnalyserError if unreadable."""
    check_zip_container(data, name, limits, MSG_CORRUPT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = ET.fromstring(archive.read("content.xml"))
            names = set(archive.namelist())
            styles = ET.fromstring(archive.read("styles.xml")) if "styles.xml" in names else None
    except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptError(name, MSG_CORRUPT) from exc
    body = content.find(f"{_q('office', 'body')}/{_q('office', 'text')}")
    if body is None:
        raise CorruptError(name, MSG_CORRUPT)
    roots = [root for root in (content, styles) if root is not None]
    state = _State(list_styles=_list_styles(roots), outline=_outline_levels(roots))
    lines = _block_lines(body, state, None, 0)
    lines += state.notes
    text = normalise_newlines("\n".join(lines))
    if not text.strip():
        raise EmptyError(name, MSG_NO_TEXT)
    return Extracted(text=text, warnings=tuple(_warnings(body, state)))


# --------------------------------------------------------------------------- styles


def _list_styles(roots: list[ET.Element]) -> dict[str, dict[int, _Level]]:
    styles: dict[str, dict[int, _Level]] = {}
    for root in roots:
        for style in root.iter(_q("text", "list-style")):
            name = style.get(_q("style", "name"))
            if name:
                styles[name] = _levels(style)
    return styles


def _outline_levels(roots: list[ET.Element]) -> dict[int, _Level]:
    for root in roots:
        for style in root.iter(_q("text", "outline-style")):
            return _levels(style)
    return {}


def _levels(style: ET.Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for child in style:
        level = _int(child.get(T_LEVEL), 1)
        if child.tag.endswith("list-level-style-bullet"):
            levels[level] = _Level(bullet=child.get(_q("text", "bullet-char"), "\u2022"))
        elif child.tag.endswith(("list-level-style-number", "outline-level-style")):
            levels[level] = _Level(
                fmt=_FORMATS.get(child.get(_q("style", "num-format"), ""), "decimal"),
                prefix=child.get(_q("style", "num-prefix"), ""),
                suffix=child.get(_q("style", "num-suffix"), ""),
                display=_int(child.get(_q("text", "display-levels")), 1),
                start=_int(child.get(T_START), 1),
            )
    return levels


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _label(levels: dict[int, _Level], counters: list[int], level: int) -> str:
    spec = levels.get(level)
    if spec is None:
        return ""
    if spec.bullet is not None:
        return spec.bullet
    if spec.fmt == "none":
        return ""
    first = max(1, level - spec.display + 1)
    numbers = [
        format_number(counters[index - 1], levels.get(index, spec).fmt or "decimal")
        for index in range(first, level + 1)
    ]
    return f"{spec.prefix}{'.'.join(numbers)}{spec.suffix}".strip()


def _advance(counters: list[int], levels: dict[int, _Level], level: int) -> None:
    index = min(max(level, 1), MAX_LEVELS) - 1
    spec = levels.get(level)
    counters[index] = counters[index] + 1 if counters[index] else (spec.start if spec else 1)
    for deeper in range(index + 1, MAX_LEVELS):
        counters[deeper] = 0


# --------------------------------------------------------------------------- blocks


def _block_lines(
    container: ET.Element, state: _State, list_style: str | None, depth: int
) -> list[str]:
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag in (T_P, T_H):
            lines.append(_paragraph_line(child, state, ""))
            lines.extend(_text_box_lines(child, state))
        elif tag == T_LIST:
            lines.extend(_list_lines(child, state, list_style, depth + 1))
        elif tag == TABLE:
            lines.extend(_table_lines(child, state))
        elif tag == T_SECTION or tag in _ROW_GROUPS:
            lines.extend(_block_lines(child, state, list_style, depth))
    return lines


def _paragraph_line(paragraph: ET.Element, state: _State, label: str) -> str:
    if paragraph.tag == T_H and not label:
        level = _int(paragraph.get(T_OUTLINE), 1)
        if state.outline.get(level) is not None and state.outline[level].fmt != "none":
            _advance(state.outline_counters, state.outline, level)
            label = _label(state.outline, state.outline_counters, level)
    text = "".join(_inline(paragraph, state))
    return f"{label} {text}" if label else text


def _list_lines(element: ET.Element, state: _State, inherited: str | None, depth: int) -> list[str]:
    style = element.get(T_STYLE) or inherited
    levels = state.list_styles.get(style or "", {})
    key = style or ""
    counters = state.list_counters.setdefault(key, [0] * MAX_LEVELS)
    if (
        depth == 1
        and element.get(T_CONTINUE) != "true"
        and _q("text", "continue-list") not in (element.attrib)
    ):
        counters[:] = [0] * MAX_LEVELS
    lines: list[str] = []
    for item in element:
        if item.tag not in (T_ITEM, T_HEADER):
            continue
        label = ""
        if item.tag == T_ITEM and levels:
            _advance(counters, levels, depth)
            label = _label(levels, counters, depth)
        first = True
        for child in item:
            if child.tag in (T_P, T_H):
                lines.append(_paragraph_line(child, state, label if first else ""))
                lines.extend(_text_box_lines(child, state))
                first = False
            elif child.tag == T_LIST:
                lines.extend(_list_lines(child, state, style, depth + 1))
            elif child.tag == TABLE:
                lines.extend(_table_lines(child, state))
    return lines


def _table_lines(table: ET.Element, state: _State) -> list[str]:
    lines: list[str] = []
    for row in _rows(table):
        cells = []
        for cell in row:
            if cell.tag != CELL:
                continue
            parts = [line for line in _block_lines(cell, state, None, 0) if line.strip()]
            cells.append(" ".join(part.replace("\n", " ") for part in parts))
        lines.append(CELL_SEPARATOR.join(cells))
    return lines


def _rows(table: ET.Element) -> Iterator[ET.Element]:
    for child in table:
        if child.tag == ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


# --------------------------------------------------------------------------- inline text


def _inline(element: ET.Element, state: _State) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        tag = child.tag
        if tag == T_SPACE:
            yield " " * _int(child.get(_q("text", "c")), 1)
        elif tag == T_TAB:
            yield "\t"
        elif tag == T_BREAK:
            yield "\n"
        elif tag == T_NOTE:
            _collect_note(child, state)
        elif tag == ANNOTATION:
            state.comments += 1
        elif tag not in _SKIPPED_INLINE:
            yield from _inline(child, state)
        if child.tail:
            yield child.tail


def _collect_note(note: ET.Element, state: _State) -> None:
    body = note.find(T_NOTE_BODY)
    if body is None:
        return
    if note.get(T_NOTE_CLASS) == "endnote":
        state.endnotes += 1
        label = f"[{format_number(state.endnotes, 'lowerRoman')}]"
    else:
        state.footnotes += 1
        label = f"[{state.footnotes}]"
    texts = [line for line in _block_lines(body, state, None, 0) if line.strip()]
    if texts:
        state.notes.append(f"{label} {texts[0].strip()}")
        state.notes.extend(texts[1:])


def _text_box_lines(paragraph: ET.Element, state: _State) -> list[str]:
    lines: list[str] = []
    for frame in paragraph.iter(FRAME):
        for box in frame.findall(TEXT_BOX):
            lines.extend(_block_lines(box, state, None, 0))
    return lines


def _warnings(body: ET.Element, state: _State) -> list[ExtractionWarning]:
    warnings: list[ExtractionWarning] = []
    changes = body.find(T_CHANGES)
    if changes is not None and len(changes):
        warnings.append(
            ExtractionWarning(
                code="tracked_changes",
                message=(
                    f"the document has tracked changes ({len(changes)} change(s)); it was read "
                    "as if all were accepted: insertions in, deletions out. Check that this is "
                    "the version both sides agree on"
                ),
            )
        )
    if state.comments:
        warnings.append(
            ExtractionWarning(
                code="comments",
                message=(
                    f"the document has {state.comments} review comment(s); comments are not part "
                    "of the contract text and were left out of the analysis"
                ),
            )
        )
    return warnings
