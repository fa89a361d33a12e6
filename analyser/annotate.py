"""The contract back as a Word file, with a comment on the exact words of every finding.

:func:`annotate_docx` takes the original ``.docx`` (bytes or a path) and the report made from it
and returns a copy in which nothing changes except: runs are split where a quote starts or ends
(so each comment is anchored on exactly the quoted words), one Word comment per quoted passage
(status, reason, what to ask for, the law behind it; findings on the same words share a comment),
and a summary comment on the first paragraph.

Mapping offsets back to the document: the DOCX parser (:mod:`analyser.parsers.docx`) writes one
line per paragraph (table rows as cells joined by ``" | "``), with Word's list number put in
front. This module walks the body in the same order, finds each paragraph's own text in
``Document.text`` from where the previous one ended (so the prepended number and the header text
are stepped over), and turns a finding's ``[start, end)`` into character ranges inside the
paragraphs it overlaps. A quote that cannot be placed that way is searched for by its words.
"""

from __future__ import annotations

import copy
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyser.errors import CorruptError
from analyser.model import Evidence, Report
from analyser.parsers.docx import enclosing_table, paragraph_text, row_cells
from analyser.render import STATUS_LABELS
from analyser.report import DISCLAIMER

__all__ = ["AUTHOR", "INITIALS", "Annotation", "annotate_docx", "plan_annotations"]

AUTHOR = "likeness analyser"
INITIALS = "LA"
REASONS_IN_COMMENT = 3
REFERENCES_IN_COMMENT = 3

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SKIPPED = frozenset({f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent",
                      f"{_MC}Fallback"})
_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"})


@dataclass
class Annotation:
    """One comment: the span of ``Document.text`` it is anchored on and its paragraphs of text."""

    start: int
    end: int
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Placed:
    """A body paragraph and where its own text sits in ``Document.text``."""

    element: Any
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def annotate_docx(source: bytes | str | os.PathLike[str], report: Report) -> bytes:
    """Return the ``.docx`` with a Word comment on each finding's quote and a summary comment."""
    import docx
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any loader failure is a damaged file to the user
        raise CorruptError(report.document.name, "this Word file cannot be opened") from exc
    body = document.element.body
    placed = _place_paragraphs(body, report.document.text)
    anchored: list[tuple[Annotation, list[tuple[_Placed, int, int]]]] = []
    for annotation in plan_annotations(report):
        parts = _parts_for(annotation, placed, report.document.text)
        if parts:
            anchored.append((annotation, parts))
    for item, a, b in (part for _, parts in anchored for part in parts):
        _ensure_boundary(item.element, a)
        _ensure_boundary(item.element, b)
    for annotation, parts in anchored:
        first = _run_starting_at(parts[0][0].element, parts[0][1])
        last = _run_ending_at(parts[-1][0].element, parts[-1][2])
        if first is None or last is None:
            continue
        paragraph_first = Paragraph(parts[0][0].element, document._body)
        paragraph_last = Paragraph(parts[-1][0].element, document._body)
        _add_comment(document, [Run(first, paragraph_first), Run(last, paragraph_last)],
                     annotation.lines)
    _add_summary(document, report, placed, len(plan_annotations(report)) - len(anchored))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- what to say ------------------------------------------------------------------------------


def plan_annotations(report: Report) -> list[Annotation]:
    """Return one annotation per distinct quoted span, with every finding that rests on it."""
    by_span: dict[tuple[int, int], Annotation] = {}

    def lines_for(evidence: Evidence) -> list[str]:
        key = (evidence.start, evidence.end)
        if key not in by_span:
            by_span[key] = Annotation(evidence.start, evidence.end)
        return by_span[key].lines

    for result in report.requirements:
        for evidence in result.evidence:
            lines = lines_for(evidence)
            kind = "AI-specific" if result.ai_specific else "general clause only"
            status = STATUS_LABELS.get(result.status, result.status).upper()
            lines.append(f"{result.title}: {status} ({kind})")
            lines.extend(f"Why: {reason}" for reason in result.reasons[:REASONS_IN_COMMENT])
            if result.status != "present" and result.recommendation:
                lines.append(f"Ask for: {result.recommendation}")
            lines.extend(f"Law: {ref.source} ({ref.url})"
                         for ref in result.references[:REFERENCES_IN_COMMENT])
    for flag in report.red_flags:
        for evidence in flag.evidence:
            lines = lines_for(evidence)
            lines.append(f"Red flag ({flag.severity}): {flag.title}")
            if flag.explanation:
                lines.append(flag.explanation)
    return sorted(by_span.values(), key=lambda a: (a.start, a.end))


def _summary_lines(report: Report, unplaced: int) -> list[str]:
    """Return the text of the comment at the top of the document."""
    lines = [f"Likeness check: {report.verdict}"]
    if report.missing:
        lines.append("Missing: " + ", ".join(report.requirement(r).title for r in report.missing))
    if report.weak:
        lines.append("Weak: " + ", ".join(report.requirement(r).title for r in report.weak))
    if report.red_flags:
        lines.append("Red flags: " + ", ".join(flag.title for flag in report.red_flags))
    if unplaced:
        lines.append(f"{unplaced} finding(s) are in headers, footers or text boxes, where Word "
                     "cannot anchor a comment; see the full report.")
    packs = ", ".join(f"{pack} {version}" for pack, version in report.rule_packs)
    lines.append(f"Rule packs: {packs}. Each comment is on the words a finding rests on.")
    lines.append(DISCLAIMER)
    return lines


# --- from offsets to paragraphs ---------------------------------------------------------------


def _body_paragraphs(container: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    """Yield body paragraphs in the parser's order (tables row by row, cell by cell)."""
    for child in container:
        if child.tag == f"{_W}p":
            yield child, in_table
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if enclosing_table(row) is not child:
                    continue
                for cell in row_cells(row):
                    yield from _body_paragraphs(cell, True)
        elif child.tag in _CONTAINERS:
            yield from _body_paragraphs(child, in_table)


def _place_paragraphs(body: Any, text: str) -> list[_Placed]:
    """Find each body paragraph's text in ``text``, in order, after the previous one."""
    placed: list[_Placed] = []
    cursor = 0
    for element, in_table in _body_paragraphs(body):
        own = paragraph_text(element)
        if in_table:
            own = own.replace("\n", " ")
        if not own.strip():
            continue
        position = text.find(own, cursor)
        if position < 0:
            continue
        placed.append(_Placed(element, position, own))
        cursor = position + len(own)
    return placed


def _parts_for(annotation: Annotation, placed: Sequence[_Placed],
               text: str) -> list[tuple[_Placed, int, int]]:
    """Return (paragraph, local start, local end) for each paragraph the span overlaps."""
    parts = []
    for item in placed:
        start, end = max(annotation.start, item.start), min(annotation.end, item.end)
        if start < end and text[start:end].strip():
            parts.append((item, start - item.start, end - item.start))
    if parts:
        return parts
    return _search_quote(text[annotation.start:annotation.end], placed)


def _search_quote(quote: str, placed: Sequence[_Placed]) -> list[tuple[_Placed, int, int]]:
    """Find a one-paragraph quote by its words (its first word may be a list number)."""
    words = quote.strip()
    candidates = [words]
    if " " in words:
        candidates.append(words.split(" ", 1)[1])
    for candidate in candidates:
        for item in placed:
            position = item.text.find(candidate) if candidate else -1
            if position >= 0:
                return [(item, position, position + len(candidate))]
    return []


# --- runs -------------------------------------------------------------------------------------


def _runs(paragraph: Any) -> list[tuple[Any, int, int]]:
    """Return the paragraph's text-bearing runs as (w:r, start, end), in reading order."""
    found: list[tuple[Any, int, int]] = []
    position = 0

    def walk(element: Any) -> None:
        nonlocal position
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{_W}r":
                length = sum(len(_atom_text(atom)) for atom in child)
                found.append((child, position, position + length))
                position += length
            else:
                walk(child)

    walk(paragraph)
    return found


def _atom_text(atom: Any) -> str:
    """Return the text one child of a run contributes (as the parser reads it)."""
    tag = atom.tag
    if not isinstance(tag, str) or tag in _SKIPPED:
        return ""
    if tag == f"{_W}t":
        return str(atom.text or "")
    if tag == f"{_W}tab":
        return "\t"
    if tag in (f"{_W}br", f"{_W}cr"):
        return "\n"
    if tag == f"{_W}noBreakHyphen":
        return "-"
    return paragraph_text(atom)


def _ensure_boundary(paragraph: Any, offset: int) -> None:
    """Split the run that contains ``offset`` strictly inside it, so a run starts there."""
    for run, start, end in _runs(paragraph):
        if start < offset < end:
            _split_run(run, offset - start)
            return


def _split_run(run: Any, cut: int) -> None:
    """Split one ``w:r`` into two after ``cut`` characters; formatting is copied to both."""
    second = copy.deepcopy(run)
    first_children = list(run)
    second_children = list(second)
    position = 0
    for mine, theirs in zip(first_children, second_children, strict=True):
        if mine.tag == f"{_W}rPr":
            continue
        length = len(_atom_text(mine))
        start, end = position, position + length
        position = end
        if end <= cut and start < cut:
            second.remove(theirs)
        elif start >= cut:
            run.remove(mine)
        elif mine.tag == f"{_W}t":
            value = str(mine.text or "")
            mine.text, theirs.text = value[: cut - start], value[cut - start :]
            mine.set(_XML_SPACE, "preserve")
            theirs.set(_XML_SPACE, "preserve")
        else:
            second.remove(theirs)
    run.addnext(second)


def _run_starting_at(paragraph: Any, offset: int) -> Any:
    """Return the first non-empty run that starts at ``offset``."""
    for run, start, end in _runs(paragraph):
        if start == offset and end > start:
            return run
    return None


def _run_ending_at(paragraph: Any, offset: int) -> Any:
    """Return the last non-empty run that ends at ``offset``."""
    chosen = None
    for run, start, end in _runs(paragraph):
        if end == offset and end > start:
            chosen = run
    return chosen


# --- comments ---------------------------------------------------------------------------------


def _add_comment(document: Any, runs: Sequence[Any], lines: Sequence[str]) -> None:
    """Add one comment on ``runs`` with one comment paragraph per line."""
    comment = document.add_comment(list(runs), text=lines[0] if lines else "", author=AUTHOR,
                                   initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)
    comment._comment_elm.attrib.pop(f"{_W}date", None)  # the same input gives the same file


def _add_summary(document: Any, report: Report, placed: Sequence[_Placed], unplaced: int) -> None:
    """Anchor the summary comment on the first body paragraph that has text."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    for item in placed:
        runs = [run for run, start, end in _runs(item.element) if end > start]
        if runs:
            paragraph = Paragraph(item.element, document._body)
            _add_comment(document, [Run(runs[0], paragraph), Run(runs[-1], paragraph)],
                         _summary_lines(report, unplaced))
            return

