"""Read a Word (.docx) contract with python-docx, rebuilding its automatic numbering.

The text is: header text (once), then the body's paragraphs and tables in order (text boxes after
the paragraph they are anchored in, content controls and field results in place), then footnotes
("[1] ...") and endnotes ("[i] ..."), then footer text (once). Tracked changes are read as
accepted (warning ``tracked_changes``); review comments are left out (warning ``comments``).
Each paragraph is one line; a table row is one line with cells joined by ``" | "``. Numbers Word
draws from ``numbering.xml`` ("7.2", "(b)", "iv.") are put in front of the paragraph text,
followed by one space, exactly as Word shows them. DOCX has no reliable pages.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from analyser.errors import CorruptError, EmptyError, UnsupportedFormatError
from analyser.model import ExtractionWarning
from analyser.parsers.limits import Extracted, Limits
from analyser.parsers.sniff import SAVE_AS_ADVICE
from analyser.parsers.text import MSG_NO_TEXT, normalise_newlines
from analyser.parsers.ziputil import check_zip_container

__all__ = [
    "enclosing_table",
    "row_cells",
    "ListDefinition",
    "ListLevel",
    "MSG_CORRUPT",
    "Numbering",
    "NumberingState",
    "format_number",
    "load_numbering",
    "paragraph_text",
    "read_docx",
]

MSG_CORRUPT = (
    "this Word file is damaged and cannot be read; open it in Word or LibreOffice and save it "
    "again as .docx"
)
MSG_MACRO_OR_TEMPLATE = (
    f"this is a Word template or macro-enabled file, not a plain .docx; {SAVE_AS_ADVICE}"
)
CELL_SEPARATOR = " | "

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SKIPPED_IN_PARAGRAPH = frozenset(
    {
        f"{_W}pPr",
        f"{_W}rPr",
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}txbxContent",
        f"{_MC}Fallback",
    }
)
_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"})
_INSERTED = frozenset({f"{_W}ins", f"{_W}moveTo"})
_DELETED = frozenset({f"{_W}del", f"{_W}moveFrom"})


def read_docx(data: bytes, name: str, limits: Limits) -> Extracted:
    """Turn DOCX bytes into text with Word's numbering; raise AnalyserError if unreadable."""
    check_zip_container(data, name, limits, MSG_CORRUPT)
    document = _open_document(data, name)
    try:
        text, warnings = _document_text(document)
    except Exception as exc:  # noqa: BLE001 - malformed parts are a damaged file to the user
        raise CorruptError(name, MSG_CORRUPT) from exc
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyError(name, MSG_NO_TEXT)
    return Extracted(text=text, warnings=tuple(warnings))


def _open_document(data: bytes, name: str) -> Any:
    """Load the package with python-docx, turning its exceptions into AnalyserErrors."""
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" in str(exc):
            raise UnsupportedFormatError(name, MSG_MACRO_OR_TEMPLATE) from exc
        raise CorruptError(name, MSG_CORRUPT) from exc
    except Exception as exc:  # noqa: BLE001 - any loader failure is a damaged file to the user
        raise CorruptError(name, MSG_CORRUPT) from exc


def _document_text(document: Any) -> tuple[str, list[ExtractionWarning]]:
    """Return header, body, footnote, endnote and footer text joined by line breaks, and the
    warnings about tracked changes and comments."""
    numbering = load_numbering(document)
    body_state = NumberingState(numbering)
    headers, footers = _header_footer_elements(document)
    footnotes = _related_root(document, "/footnotes")
    endnotes = _related_root(document, "/endnotes")
    lines = _story_lines(headers, NumberingState(numbering))
    lines += _block_lines(document.element.body, body_state)
    lines += _note_lines(footnotes, "footnote", NumberingState(numbering), _footnote_label)
    lines += _note_lines(endnotes, "endnote", NumberingState(numbering), _endnote_label)
    lines += _story_lines(footers, NumberingState(numbering))
    stories = [document.element.body, *headers, *footers, footnotes, endnotes]
    warnings = _revision_warnings([story for story in stories if story is not None])
    warnings += _comment_warnings(_related_root(document, "/comments"))
    return "\n".join(lines), warnings


# --------------------------------------------------------------------------- notes, comments


def _related_root(document: Any, suffix: str) -> Any:
    """Return the root element of the document part related by a relationship type ending in
    ``suffix`` (footnotes, endnotes, comments), parsed safely if python-docx does not."""
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(suffix):
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is not None:
            return element
        from docx.oxml.parser import parse_xml  # entity expansion off (and refused before)

        return parse_xml(part.blob)
    return None


def _note_lines(root: Any, kind: str, state: NumberingState, label: Any) -> list[str]:
    """Return one block of lines per real footnote or endnote, its label in front ("[1] ...")."""
    if root is None:
        return []
    lines: list[str] = []
    number = 0
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") not in (None, "normal"):
            continue  # separators and continuation notices
        number += 1
        body = [line.strip() for line in _block_lines(note, state) if line.strip()]
        if body:
            lines.append(f"{label(number)} {body[0]}")
            lines.extend(body[1:])
    return lines


def _footnote_label(number: int) -> str:
    return f"[{number}]"


def _endnote_label(number: int) -> str:
    return f"[{format_number(number, 'lowerRoman')}]"


def _revision_warnings(stories: list[Any]) -> list[ExtractionWarning]:
    """Warn when the document carries tracked changes (read as if accepted)."""
    insertions = deletions = 0
    for story in stories:
        for element in story.iter(*_INSERTED, *_DELETED):
            if element.tag in _INSERTED:
                insertions += 1
            else:
                deletions += 1
    if not insertions and not deletions:
        return []
    return [
        ExtractionWarning(
            code="tracked_changes",
            message=(
                f"the document has tracked changes ({insertions} insertion(s), {deletions} "
                "deletion(s)); it was read as if all were accepted: insertions in, deletions out. "
                "Check that this is the version both sides agree on"
            ),
        )
    ]


def _comment_warnings(root: Any) -> list[ExtractionWarning]:
    """Report review comments; their text is not part of the contract and is left out."""
    if root is None:
        return []
    count = sum(1 for _ in root.iter(f"{_W}comment"))
    if not count:
        return []
    return [
        ExtractionWarning(
            code="comments",
            message=(
                f"the document has {count} review comment(s); comments are not part of the "
                "contract text and were left out of the analysis - read them in Word"
            ),
        )
    ]


# --------------------------------------------------------------------------- headers, footers


def _header_footer_elements(document: Any) -> tuple[list[Any], list[Any]]:
    """Return the header and footer root elements of all sections, each part once."""
    headers: dict[str, Any] = {}
    footers: dict[str, Any] = {}
    related = document.part.related_parts
    for sect_pr in document.element.body.iter(f"{_W}sectPr"):
        for reference in sect_pr:
            target = {f"{_W}headerReference": headers, f"{_W}footerReference": footers}.get(
                reference.tag
            )
            r_id = reference.get(_R_ID)
            if target is None or r_id not in related:
                continue
            part = related[r_id]
            target.setdefault(str(part.partname), part.element)
    return list(headers.values()), list(footers.values())


def _story_lines(roots: list[Any], state: NumberingState) -> list[str]:
    """Return the lines of headers or footers, dropping blanks and repeated texts."""
    lines: list[str] = []
    seen: set[str] = set()
    for root in roots:
        text = "\n".join(line for line in _block_lines(root, state) if line.strip())
        if text and text not in seen:
            seen.add(text)
            lines.append(text)
    return lines


# --------------------------------------------------------------------------- body blocks


def _block_lines(container: Any, state: NumberingState) -> list[str]:
    """Return one line per paragraph and per table row in ``container``, in document order.

    Text boxes anchored in a paragraph follow it, one line per paragraph of the box. A paragraph
    whose paragraph mark is a tracked deletion runs on into the next one (as if accepted).
    """
    lines: list[str] = []
    joins_next = False
    for element in _block_elements(container):
        if element.tag == f"{_W}p":
            text = _numbered_paragraph_text(element, state)
            if joins_next and lines:
                lines[-1] += text
            else:
                lines.append(text)
            joins_next = _mark_deleted(element)
            for box in _text_boxes(element):
                lines.extend(_block_lines(box, state))
        else:
            joins_next = False
            lines.extend(_table_lines(element, state))
    return lines


def _mark_deleted(paragraph: Any) -> bool:
    """Say whether a paragraph's mark is a tracked deletion (it merges with the next)."""
    p_pr = paragraph.find(f"{_W}pPr")
    r_pr = p_pr.find(f"{_W}rPr") if p_pr is not None else None
    return r_pr is not None and r_pr.find(f"{_W}del") is not None


def _text_boxes(paragraph: Any) -> list[Any]:
    """Return the outermost text-box contents anchored in a paragraph (not VML fallbacks)."""
    boxes = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        ancestor = box.getparent()
        nested_or_fallback = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}del"):
                nested_or_fallback = True
                break
            ancestor = ancestor.getparent()
        if not nested_or_fallback:
            boxes.append(box)
    return boxes


def _block_elements(container: Any) -> Iterator[Any]:
    """Yield the paragraphs and tables of a container, looking inside content controls."""
    for child in container:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _block_elements(child)


def _table_lines(table: Any, state: NumberingState) -> list[str]:
    """Return one line per table row, cells joined with ``" | "``."""
    lines = []
    for row in table.iter(f"{_W}tr"):
        if enclosing_table(row) is not table or _row_deleted(row):
            continue
        cells = [_cell_text(cell, state) for cell in row_cells(row)]
        lines.append(CELL_SEPARATOR.join(cells))
    return lines


def _row_deleted(row: Any) -> bool:
    """Say whether a table row is a tracked deletion."""
    tr_pr = row.find(f"{_W}trPr")
    return tr_pr is not None and tr_pr.find(f"{_W}del") is not None


def enclosing_table(row: Any) -> Any:
    """Return the nearest table element around a row."""
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent


def row_cells(row: Any) -> Iterator[Any]:
    """Yield a row's cells, looking inside content controls."""
    for child in row:
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in _CONTAINERS:
            yield from row_cells(child)


def _cell_text(cell: Any, state: NumberingState) -> str:
    """Return a cell's paragraphs (and nested tables) on one line, joined by spaces."""
    parts = [line for line in _block_lines(cell, state) if line.strip()]
    return " ".join(part.replace("\n", " ") for part in parts)


# --------------------------------------------------------------------------- paragraphs


def _numbered_paragraph_text(paragraph: Any, state: NumberingState) -> str:
    """Return a paragraph's text with Word's list number in front, if it has one."""
    label = state.label_for(paragraph)
    text = paragraph_text(paragraph)
    return f"{label} {text}" if label else text


def paragraph_text(paragraph: Any) -> str:
    """Return the visible text of a ``w:p`` element (tabs, breaks, no deleted text)."""
    parts: list[str] = []
    _collect_run_text(paragraph, parts)
    return "".join(parts)


def _collect_run_text(element: Any, parts: list[str]) -> None:
    """Append the text pieces under ``element`` to ``parts`` in document order."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_IN_PARAGRAPH:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            _collect_run_text(child, parts)


# --------------------------------------------------------------------------- numbering definitions

MAX_LEVELS = 9
BULLET = "\u2022"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


@dataclass(frozen=True)
class ListLevel:
    """One level of a Word list: start value, number format, label template, restart rule."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    style: str | None = None


@dataclass(frozen=True)
class ListDefinition:
    """A ``w:num`` list instance: its abstract definition's levels after overrides."""

    counter_key: str
    levels: Mapping[int, ListLevel]
    start_overrides: Mapping[int, int] = field(default_factory=dict)

    def start_of(self, ilvl: int) -> int:
        """Return the value level ``ilvl`` starts at in this list instance."""
        if ilvl in self.start_overrides:
            return self.start_overrides[ilvl]
        level = self.levels.get(ilvl)
        return level.start if level else 1


@dataclass(frozen=True)
class StyleNumbering:
    """The numbering a paragraph style sets (``w:numPr``), and the style it is based on."""

    num_id: str | None
    ilvl: int | None
    based_on: str | None


@dataclass(frozen=True)
class Numbering:
    """A document's list instances and the numbering its paragraph styles carry."""

    lists: Mapping[str, ListDefinition]
    styles: Mapping[str, StyleNumbering]
    default_style: str | None = None

    def reference_for(self, paragraph: Any) -> tuple[str, int] | None:
        """Return the (numId, ilvl) a paragraph is numbered with, directly or by its style."""
        p_pr = paragraph.find(f"{_W}pPr")
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        style_id = _child_val(p_pr, "pStyle") or self.default_style
        style_num, style_ilvl = self._style_numbering(style_id)
        num_id = _child_val(num_pr, "numId") or style_num
        if num_id is None or num_id == "0" or num_id not in self.lists:
            return None
        ilvl_text = _child_val(num_pr, "ilvl")
        ilvl = _to_int(ilvl_text) if ilvl_text is not None else style_ilvl
        if ilvl is None:
            ilvl = self._level_linked_to_style(num_id, style_id)
        return num_id, min(max(ilvl, 0), MAX_LEVELS - 1)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """Follow a style's basedOn chain to the first numId and ilvl it sets."""
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            num_id = num_id if num_id is not None else style.num_id
            ilvl = ilvl if ilvl is not None else style.ilvl
            style_id = style.based_on
        return num_id, ilvl

    def _level_linked_to_style(self, num_id: str, style_id: str | None) -> int:
        """Return the level whose ``w:pStyle`` names the paragraph's style (else level 0)."""
        for ilvl, level in sorted(self.lists[num_id].levels.items()):
            if style_id is not None and level.style == style_id:
                return ilvl
        return 0


def load_numbering(document: Any) -> Numbering:
    """Read numbering.xml and styles.xml of a python-docx document into a Numbering."""
    numbering_root = _related_element(document, "numbering")
    styles_root = _related_element(document, "styles")
    styles, default_style = _styles_numbering(styles_root)
    lists = _list_definitions(numbering_root, styles) if numbering_root is not None else {}
    return Numbering(lists=lists, styles=styles, default_style=default_style)


def _related_element(document: Any, kind: str) -> Any:
    """Return the root element of the document's numbering or styles part, if it has one."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith(f"/{kind}") and not rel.is_external:
            return rel.target_part.element
    return None


def _styles_numbering(styles_root: Any) -> tuple[dict[str, StyleNumbering], str | None]:
    """Return each style's numbering and the default paragraph style id."""
    styles: dict[str, StyleNumbering] = {}
    default_style: str | None = None
    if styles_root is None:
        return styles, None
    for style in styles_root.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        if style_id is None:
            continue
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
            default_style = style_id
        p_pr = style.find(f"{_W}pPr")
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        ilvl_text = _child_val(num_pr, "ilvl")
        styles[style_id] = StyleNumbering(
            num_id=_child_val(num_pr, "numId"),
            ilvl=_to_int(ilvl_text) if ilvl_text is not None else None,
            based_on=_child_val(style, "basedOn"),
        )
    return styles, default_style


def _list_definitions(root: Any, styles: Mapping[str, StyleNumbering]) -> dict[str, ListDefinition]:
    """Turn ``w:num`` / ``w:abstractNum`` elements into list definitions keyed by numId."""
    abstracts = {
        element.get(f"{_W}abstractNumId"): element for element in root.iter(f"{_W}abstractNum")
    }
    nums = {element.get(f"{_W}numId"): element for element in root.iter(f"{_W}num")}
    definitions: dict[str, ListDefinition] = {}
    for num_id, num in nums.items():
        if num_id is None:
            continue
        declared = _child_val(num, "abstractNumId")
        abstract_id = _resolve_abstract_id(declared, abstracts, nums, styles)
        abstract = abstracts.get(abstract_id)
        if abstract is None:
            continue
        levels = _levels_of(abstract)
        overrides: dict[int, int] = {}
        for override in num.iter(f"{_W}lvlOverride"):
            ilvl = _to_int(override.get(f"{_W}ilvl"))
            start = _child_val(override, "startOverride")
            if start is not None:
                overrides[ilvl] = _to_int(start)
            replacement = override.find(f"{_W}lvl")
            if replacement is not None:
                levels[ilvl] = _level_of(replacement)
        definitions[num_id] = ListDefinition(
            counter_key=str(abstract_id), levels=levels, start_overrides=overrides
        )
    return definitions


def _resolve_abstract_id(
    abstract_id: str | None,
    abstracts: Mapping[str | None, Any],
    nums: Mapping[str | None, Any],
    styles: Mapping[str, StyleNumbering],
) -> str | None:
    """Follow ``w:numStyleLink`` through a numbering style to the abstractNum with the levels."""
    seen: set[str | None] = set()
    while abstract_id in abstracts and abstract_id not in seen:
        seen.add(abstract_id)
        link = _child_val(abstracts[abstract_id], "numStyleLink")
        style = styles.get(link) if link is not None else None
        if style is None or style.num_id not in nums:
            return abstract_id
        abstract_id = _child_val(nums[style.num_id], "abstractNumId")
    return abstract_id


def _levels_of(abstract: Any) -> dict[int, ListLevel]:
    """Return the levels of an ``w:abstractNum`` by ilvl."""
    return {_to_int(lvl.get(f"{_W}ilvl")): _level_of(lvl) for lvl in abstract.findall(f"{_W}lvl")}


def _level_of(lvl: Any) -> ListLevel:
    """Turn a ``w:lvl`` element into a ListLevel."""
    start = _child_val(lvl, "start")
    restart = _child_val(lvl, "lvlRestart")
    legal = lvl.find(f"{_W}isLgl")
    return ListLevel(
        start=_to_int(start) if start is not None else 1,
        fmt=_child_val(lvl, "numFmt") or "decimal",
        text=_child_val(lvl, "lvlText") or "",
        restart=_to_int(restart) if restart is not None else None,
        legal=legal is not None and legal.get(f"{_W}val") not in ("0", "false"),
        style=_child_val(lvl, "pStyle"),
    )


def _child_val(element: Any, local_name: str) -> str | None:
    """Return the ``w:val`` of ``element``'s child ``w:<local_name>``, if both exist."""
    if element is None:
        return None
    child = element.find(f"{_W}{local_name}")
    if child is None:
        return None
    value = child.get(f"{_W}val")
    return str(value) if value is not None else None


def _to_int(value: str | None) -> int:
    """Turn an OOXML integer attribute into an int (0 when absent or malformed)."""
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


# --------------------------------------------------------------------------- numbering counters


class NumberingState:
    """Word's list counters while walking a story: one counter row per abstract list."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counters: dict[str, list[int | None]] = {}
        self._used_lists: set[str] = set()

    def label_for(self, paragraph: Any) -> str:
        """Advance the counters for a paragraph and return its label ("" if unnumbered)."""
        reference = self._numbering.reference_for(paragraph)
        if reference is None:
            return ""
        num_id, ilvl = reference
        definition = self._numbering.lists[num_id]
        level = definition.levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(definition.counter_key, [None] * MAX_LEVELS)
        if num_id not in self._used_lists:
            self._used_lists.add(num_id)
            for overridden in definition.start_overrides:
                if 0 <= overridden < MAX_LEVELS:
                    counters[overridden] = None
        _advance(counters, ilvl, definition)
        return _label_text(level, counters, definition)


def _advance(counters: list[int | None], ilvl: int, definition: ListDefinition) -> None:
    """Count one more item at ``ilvl`` and restart the deeper levels that restart after it."""
    current = counters[ilvl]
    counters[ilvl] = definition.start_of(ilvl) if current is None else current + 1
    for deeper in range(ilvl + 1, MAX_LEVELS):
        level = definition.levels.get(deeper)
        restart = level.restart if level else None
        if restart is None or (restart != 0 and ilvl < restart):
            counters[deeper] = None


def _label_text(level: ListLevel, counters: list[int | None], definition: ListDefinition) -> str:
    """Fill a level's label template ("%1.%2") with the formatted counters."""
    if level.fmt == "bullet":
        return _bullet_text(level.text)

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        value = counters[index]
        if value is None:
            value = definition.start_of(index) - 1
        referenced = definition.levels.get(index, ListLevel())
        fmt = "decimal" if level.legal else referenced.fmt
        return format_number(value, fmt)

    return _PLACEHOLDER.sub(substitute, level.text).strip()


def _bullet_text(text: str) -> str:
    """Return a bullet label, showing symbol-font private-use characters as a bullet."""
    return "".join(BULLET if "\ue000" <= ch <= "\uf8ff" else ch for ch in text).strip()


def format_number(value: int, fmt: str) -> str:
    """Turn a counter value into its printed form in a Word number format."""
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letters = _letters(value)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "ordinal":
        return _ordinal(value)
    return str(value)


def _letters(value: int) -> str:
    """Turn 1, 2, ..., 27 into a, b, ..., aa (Word repeats the letter after z)."""
    if value <= 0:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    """Turn a positive integer into lower-case Roman numerals."""
    if value <= 0:
        return str(value)
    parts = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(numeral * count)
    return "".join(parts)


def _ordinal(value: int) -> str:
    """Turn 1, 2, 3, 11 into 1st, 2nd, 3rd, 11th."""
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
