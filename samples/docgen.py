"""Build contract documents (DOCX, PDF, TXT) from a small plain-text source format.

Used by the sample generator and by the tests: a contract is written once as plain text, parsed
into :class:`Block` values, and rendered in each format. The printed clause numbers are computed
by :func:`number_blocks` exactly as Word would show them, so a test can compare what a parser
reads back with what was written.

Source format (see :func:`parse_source`): paragraphs separated by blank lines; ``# Title`` on the
first line; ``1. Heading`` (short, no final period) a level-0 heading; ``1. Text.`` a level-0
numbered paragraph; ``1.1 Text`` level 1; ``(a) Text`` level 2; ``| a | b`` lines a table.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

__all__ = [
    "Block",
    "build_docx",
    "build_pdf",
    "build_txt",
    "number_blocks",
    "ole_compound_bytes",
    "parse_source",
    "printed_text",
]

HEADING_MAX_CHARS = 80
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_CORE_TIME = datetime(2024, 1, 1, 0, 0, 0)

_LEVEL0 = re.compile(r"^(\d+)\.\s+(?P<text>\S.*)$", re.DOTALL)
_LEVEL1 = re.compile(r"^(\d+)\.(\d+)\.?\s+(?P<text>\S.*)$", re.DOTALL)
_LEVEL2 = re.compile(r"^\(([a-z]{1,3})\)\s+(?P<text>\S.*)$", re.DOTALL)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of a contract: a title, heading, paragraph or table."""

    text: str
    kind: str = "para"  # "title" | "heading" | "para" | "table"
    level: int | None = None  # 0 -> "1.", 1 -> "1.1", 2 -> "(a)"; None = unnumbered
    rows: tuple[tuple[str, ...], ...] = ()  # cells, for kind == "table"


# --------------------------------------------------------------------------- source -> blocks


def parse_source(text: str) -> list[Block]:
    """Turn plain-text contract source into blocks, stripping the literal clause numbers."""
    source = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    blocks: list[Block] = []
    lines = source.split("\n")
    if lines and lines[0].startswith("# "):
        blocks.append(Block(text=lines[0][2:].strip(), kind="title"))
        source = "\n".join(lines[1:])
    for chunk in _BLANK_LINES.split(source):
        if chunk.strip():
            blocks.append(_chunk_to_block(chunk.strip()))
    return blocks


def _chunk_to_block(chunk: str) -> Block:
    """Turn one blank-line-separated paragraph of source into a block."""
    lines = [line.strip() for line in chunk.split("\n")]
    if all(line.startswith("|") for line in lines):
        return Block(text="", kind="table", rows=tuple(_table_line_to_cells(ln) for ln in lines))
    joined = " ".join(lines)
    if match := _LEVEL1.match(joined):
        return Block(text=match["text"], level=1)
    if match := _LEVEL0.match(joined):
        body = match["text"]
        if _looks_like_heading(body, lines):
            return Block(text=body, kind="heading", level=0)
        return Block(text=body, level=0)
    if match := _LEVEL2.match(joined):
        return Block(text=match["text"], level=2)
    return Block(text=joined)


def _looks_like_heading(body: str, lines: Sequence[str]) -> bool:
    """Say whether a level-0 paragraph is a heading: one short line with no final period."""
    return len(lines) == 1 and len(body) <= HEADING_MAX_CHARS and not body.endswith(".")


def _table_line_to_cells(line: str) -> tuple[str, ...]:
    """Turn a ``| a | b |`` source line into its cells."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(cell.strip() for cell in inner.split(" | "))


# --------------------------------------------------------------------------- numbering


def number_blocks(blocks: Iterable[Block]) -> list[tuple[str | None, Block]]:
    """Pair each block with its printed number ("1.", "1.1", "(a)") as Word computes it.

    A level advances its own counter and restarts every deeper level; unnumbered blocks do not
    interrupt the list.
    """
    counters = [0, 0, 0]
    numbered: list[tuple[str | None, Block]] = []
    for block in blocks:
        if block.level is None or block.kind in ("title", "table"):
            numbered.append((None, block))
            continue
        counters[block.level] += 1
        for deeper in range(block.level + 1, len(counters)):
            counters[deeper] = 0
        numbered.append((_counters_to_label(counters, block.level), block))
    return numbered


def _counters_to_label(counters: Sequence[int], level: int) -> str:
    """Turn the list counters at ``level`` into the printed label."""
    if level == 0:
        return f"{counters[0]}."
    if level == 1:
        return f"{counters[0]}.{counters[1]}"
    return f"({_lower_letter(counters[2])})"


def _lower_letter(value: int) -> str:
    """Turn 1, 2, ..., 27 into a, b, ..., aa as Word's lowerLetter format does."""
    index = (value - 1) % 26
    return chr(ord("a") + index) * ((value - 1) // 26 + 1)


def printed_text(number: str | None, block: Block) -> str:
    """Return a block's text as printed, with its number in front (tables: rows on lines)."""
    if block.kind == "table":
        return "\n".join(" | ".join(row) for row in block.rows)
    return f"{number} {block.text}" if number else block.text


# --------------------------------------------------------------------------- TXT


def build_txt(blocks: Iterable[Block], path: str | Path) -> None:
    """Write the blocks as UTF-8 text with literal numbers and a blank line between blocks."""
    parts = [printed_text(number, block) for number, block in number_blocks(blocks)]
    Path(path).write_bytes(("\n\n".join(parts) + "\n").encode("utf-8"))


# --------------------------------------------------------------------------- DOCX


def build_docx(
    blocks: Iterable[Block],
    path: str | Path,
    *,
    header: str | None = None,
    footer: str | None = None,
) -> None:
    """Write the blocks as a Word document with real multi-level auto-numbering."""
    import docx

    document = docx.Document()
    num_id = _add_contract_numbering(document)
    for block in blocks:
        _append_block_to_docx(document, block, num_id)
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    _fix_core_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    Path(path).write_bytes(_zip_with_fixed_times(buffer.getvalue()))


def _append_block_to_docx(document: Any, block: Block, num_id: int) -> None:
    """Add one block to a python-docx document as a paragraph or table."""
    if block.kind == "table":
        _append_table_to_docx(document, block.rows)
        return
    if block.kind == "title":
        document.add_paragraph(block.text, style="Title")
        return
    paragraph = document.add_paragraph()
    run = paragraph.add_run(block.text)
    if block.kind == "heading":
        run.bold = True
    if block.level is not None:
        _set_numbering(paragraph, num_id, block.level)


def _append_table_to_docx(document: Any, rows: Sequence[Sequence[str]]) -> None:
    """Add a real Word table holding ``rows``."""
    width = max((len(row) for row in rows), default=1)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for row_index, row in enumerate(rows):
        for col_index, cell_text in enumerate(row):
            table.cell(row_index, col_index).text = cell_text


def _set_numbering(paragraph: Any, num_id: int, level: int) -> None:
    """Give a paragraph ``w:numPr`` pointing at list ``num_id`` at ``level``."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _add_contract_numbering(document: Any) -> int:
    """Add the "1." / "1.1" / "(a)" abstractNum and a num using it; return the numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    used = [int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max(used, default=0) + 1
    abstract = parse_xml(_abstract_num_xml(abstract_id))
    existing_nums = numbering.xpath("./w:num")
    if existing_nums:
        existing_nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    return int(num.numId)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LEVELS = (("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"))


def _abstract_num_xml(abstract_id: int) -> str:
    """Return the XML of a three-level contract numbering definition."""
    levels = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        for ilvl, (fmt, text) in enumerate(_LEVELS)
    )
    return (
        f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )


def _fix_core_properties(document: Any) -> None:
    """Pin the document's creation metadata so output bytes do not depend on the clock."""
    props = document.core_properties
    props.created = FIXED_CORE_TIME
    props.modified = FIXED_CORE_TIME
    props.last_printed = FIXED_CORE_TIME
    props.author = "samples.docgen"
    props.last_modified_by = "samples.docgen"
    props.revision = 1


def _zip_with_fixed_times(data: bytes) -> bytes:
    """Rewrite a zip so every entry has a fixed timestamp (deterministic bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- PDF


def build_pdf(
    blocks: Iterable[Block],
    path: str | Path,
    *,
    header: str | None = None,
    page_numbers: bool = True,
) -> None:
    """Write the blocks as a letter-size PDF with literal numbers, header and page footer."""
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate

    template = SimpleDocTemplate(
        str(path),
        pagesize=letter,
        invariant=1,
        title="Contract",
        author="samples.docgen",
        creator="samples.docgen",
        producer="samples.docgen",
    )
    flowables = [_block_to_flowable(n, b) for n, b in number_blocks(blocks)]
    canvas_class = _running_text_canvas(header, page_numbers)
    template.build(flowables, canvasmaker=canvas_class)


def _block_to_flowable(number: str | None, block: Block) -> Any:
    """Turn one numbered block into a reportlab flowable."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = getSampleStyleSheet()
    if block.kind == "table":
        table = Table([list(row) for row in block.rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        return table
    markup = escape(printed_text(number, block))
    if block.kind == "title":
        return Paragraph(markup, styles["Title"])
    if block.kind == "heading":
        return Paragraph(f"<b>{markup}</b>", styles["Heading3"])
    indent = 18 * (block.level or 0)
    style = styles["BodyText"].clone(f"level{block.level}", leftIndent=indent)
    return Paragraph(markup, style)


def _running_text_canvas(header: str | None, page_numbers: bool) -> type[Any]:
    """Return a canvas class that draws the running header and "Page N of M" on each page."""
    from reportlab.pdfgen.canvas import Canvas

    class RunningTextCanvas(Canvas):  # type: ignore[misc]
        """Canvas that defers page output until the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_running_text(total)
                super().showPage()
            super().save()

        def _draw_running_text(self, total: int) -> None:
            width, height = self._pagesize
            self.setFont("Helvetica", 9)
            if header:
                self.drawString(72, height - 40, header)
            if page_numbers:
                self.drawCentredString(width / 2, 30, f"Page {self._pageNumber} of {total}")

    return RunningTextCanvas


# --------------------------------------------------------------------------- OLE (legacy Office)

_OLE_SECTOR = 512
_OLE_FREE = 0xFFFFFFFF
_OLE_END = 0xFFFFFFFE
_OLE_FAT_SECTOR = 0xFFFFFFFD
_OLE_ENTRY = struct.Struct("<64sHBBIII16sIQQIQ")


def ole_compound_bytes(stream_names: Sequence[str]) -> bytes:
    """Return a minimal OLE2 compound file (an old .doc / encrypted Office container).

    The streams are empty; only the directory matters to format sniffing. Pass
    ``["WordDocument"]`` for a legacy Word file, ``["EncryptionInfo", "EncryptedPackage"]`` for a
    password-protected .docx.
    """
    entries = [_ole_entry("Root Entry", 5, child=1 if stream_names else _OLE_FREE)]
    for index, stream in enumerate(stream_names, start=1):
        right = index + 1 if index < len(stream_names) else _OLE_FREE
        entries.append(_ole_entry(stream, 2, right=right))
    dir_sectors = math.ceil(len(entries) / 4)
    entries += [bytes(128)] * (dir_sectors * 4 - len(entries))
    fat = [_OLE_FAT_SECTOR] + [s + 1 for s in range(1, dir_sectors)] + [_OLE_END]
    fat += [_OLE_FREE] * (_OLE_SECTOR // 4 - len(fat))
    return _ole_header() + struct.pack(f"<{len(fat)}I", *fat) + b"".join(entries)


def _ole_header() -> bytes:
    """Return the 512-byte header of a one-FAT-sector compound file, directory at sector 1."""
    head = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x003E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        1,
        1,
        0,
        4096,
        _OLE_END,
        0,
        _OLE_END,
        0,
    )
    difat = struct.pack("<109I", 0, *([_OLE_FREE] * 108))
    return head + difat


def _ole_entry(
    name: str, entry_type: int, *, child: int = _OLE_FREE, right: int = _OLE_FREE
) -> bytes:
    """Return one 128-byte directory entry for an empty stream or the root storage."""
    encoded = name.encode("utf-16-le")
    return _OLE_ENTRY.pack(
        encoded.ljust(64, b"\x00"),
        len(encoded) + 2,
        entry_type,
        1,
        _OLE_FREE,
        right,
        child,
        bytes(16),
        0,
        0,
        0,
        _OLE_END,
        0,
    )
