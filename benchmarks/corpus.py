"""Generate the extraction-fidelity corpus: PDFs and DOCX files rendered from known text.

Every document is built from a contract source in ``samples/src`` (the format of
:func:`samples.docgen.parse_source`) so the words a parser should return are known exactly. The
variants cover what real contracts throw at a parser (DESIGN.md §8):

``pdf_flow``
    :func:`samples.docgen.build_pdf` (reportlab platypus): running header drawn after the body,
    "Page N of M" footer, a table.
``pdf_hard``
    A hand-laid-out PDF (:func:`build_layout_pdf`): running header and page numbers, words
    hyphenated at line ends, ``fi``/``fl`` ligature glyphs, no-break and thin spaces, a ruled table.
``pdf_columns``
    The same, set in two columns (drawn column by column).
``pdf_interleaved``
    Two columns drawn row by row, so content order alternates between the columns.
``docx``
    :func:`samples.docgen.build_docx`: Word auto-numbering, a table, header and footer.

:func:`expected_words` is the reference a parser's words are compared with (:func:`similarity`).
Run ``python benchmarks/corpus.py OUT_DIR`` to write the corpus to disk.
"""

from __future__ import annotations

import difflib
import io
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from samples.docgen import (  # noqa: E402
    Block,
    build_docx,
    build_pdf,
    number_blocks,
    parse_source,
    printed_text,
)

__all__ = [
    "CorpusDocument",
    "DEFAULT_SOURCES",
    "PDF_VARIANTS",
    "STANDARD_PDF_VARIANTS",
    "STRESS_PDF_VARIANTS",
    "build_corpus",
    "build_layout_pdf",
    "expected_words",
    "similarity",
    "words",
]

SOURCE_DIR = REPO_ROOT / "samples" / "src"
DEFAULT_SOURCES = (
    "rider_good",
    "agency_management_long",
    "voice_clone_licence",
    "booking_negation",
    "release_classic_blanket",
    "talent_schedule_exception",
)
STANDARD_PDF_VARIANTS = ("pdf_flow", "pdf_hard", "pdf_columns")
"""What the issue's corpus asks for: headers/footers, hyphenation, two columns, tables, numbers."""
STRESS_PDF_VARIANTS = ("pdf_interleaved",)
"""Beyond it: columns drawn row by row, which forces the slower character-position reading."""
PDF_VARIANTS = STANDARD_PDF_VARIANTS + STRESS_PDF_VARIANTS
HEADER_TEMPLATE = "{name} - Confidential"
FOOTER_TEXT = "Initials: ______"
FEE_TABLE = Block(
    "",
    "table",
    rows=(
        ("Use", "Fee", "Term"),
        ("Digital replica", "$900", "1 year"),
        ("Voice clone", "$1,200", "6 months"),
    ),
)

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class CorpusDocument:
    """One generated document: its variant, file name, bytes, and the words it must yield."""

    source: str
    variant: str
    name: str
    data: bytes
    expected: tuple[str, ...]

    @property
    def format(self) -> str:
        return "docx" if self.variant == "docx" else "pdf"


# --------------------------------------------------------------------------- reference words


def words(text: str) -> list[str]:
    """Split text into words for comparison (table cell bars are not words)."""
    return _WORD.findall(text.replace("|", " "))


def expected_words(blocks: Sequence[Block], *, before: str = "", after: str = "") -> list[str]:
    """Return the words of the blocks as printed (numbers included), with optional extras."""
    parts = [before] + [printed_text(n, b) for n, b in number_blocks(blocks)] + [after]
    return words("\n".join(parts))


def similarity(expected: Sequence[str], found: Sequence[str]) -> float:
    """Return the word-level similarity (difflib ratio, no junk heuristic) of two word lists."""
    if not expected and not found:
        return 1.0
    return difflib.SequenceMatcher(None, list(expected), list(found), autojunk=False).ratio()


# --------------------------------------------------------------------------- corpus


def source_blocks(source: str) -> list[Block]:
    """Return a sample source's blocks, with a fee table added after the first quarter."""
    blocks = parse_source((SOURCE_DIR / f"{source}.txt").read_text(encoding="utf-8"))
    if not any(block.kind == "table" for block in blocks):
        blocks.insert(max(len(blocks) // 4, 1), FEE_TABLE)
    return blocks


def build_corpus(sources: Sequence[str] = DEFAULT_SOURCES) -> Iterator[CorpusDocument]:
    """Yield every variant of every source as a CorpusDocument."""
    for source in sources:
        blocks = source_blocks(source)
        header = HEADER_TEMPLATE.format(name=source.replace("_", " ").title())
        body = tuple(expected_words(blocks))
        flow = _flow_pdf(blocks, header)
        yield CorpusDocument(source, "pdf_flow", f"{source}.flow.pdf", flow, body)
        hard = build_layout_pdf(blocks, header=header)
        yield CorpusDocument(source, "pdf_hard", f"{source}.hard.pdf", hard, body)
        columns = build_layout_pdf(blocks, header=header, columns=2)
        yield CorpusDocument(source, "pdf_columns", f"{source}.columns.pdf", columns, body)
        mixed = build_layout_pdf(blocks, header=header, columns=2, interleave=True)
        yield CorpusDocument(source, "pdf_interleaved", f"{source}.interleaved.pdf", mixed, body)
        docx_words = tuple(expected_words(blocks, before=header, after=FOOTER_TEXT))
        yield CorpusDocument(
            source, "docx", f"{source}.docx", _docx(blocks, header, FOOTER_TEXT), docx_words
        )


def _flow_pdf(blocks: Sequence[Block], header: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.pdf"
        build_pdf(blocks, path, header=header)
        return path.read_bytes()


def _docx(blocks: Sequence[Block], header: str, footer: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.docx"
        build_docx(blocks, path, header=header, footer=footer)
        return path.read_bytes()


# --------------------------------------------------------------------------- hand-laid-out PDF

PAGE_WIDTH, PAGE_HEIGHT = 612.0, 792.0  # US letter
MARGIN = 72.0
GUTTER = 24.0
FONT_SIZE = 10.0
LEADING = 13.0
CELL_FONT_SIZE = 8.0
CELL_LEADING = 10.0
CELL_PADDING = 3.0
PARAGRAPH_GAP = 6.0
MIN_HYPHEN_PART = 3
LIGATURES = (("fi", "\ufb01"), ("fl", "\ufb02"))
FONT_NAME = "CorpusVera"
BOLD_FONT_NAME = "CorpusVeraBold"


@dataclass
class _Line:
    text: str
    font: str
    size: float
    indent: float = 0.0
    centred: bool = False
    cells: tuple[tuple[str, ...], ...] = ()  # a table row: each cell's wrapped lines
    height: float = LEADING
    gap_after: float = 0.0


def build_layout_pdf(
    blocks: Sequence[Block],
    *,
    header: str | None = None,
    page_numbers: bool = True,
    columns: int = 1,
    hyphenate: bool = True,
    ligatures: bool = True,
    odd_spaces: bool = False,
    interleave: bool = False,
) -> bytes:
    """Lay the blocks out by hand (one or two columns) and return the PDF bytes.

    Long words that do not fit at a line end are hyphenated, ``fi``/``fl`` are drawn as ligature
    glyphs and every seventh space is a no-break or thin space, so a parser has to undo what
    typesetting does. The body is drawn column by column; the running header and "Page N of M"
    footer are drawn on every page.
    """
    from reportlab.pdfgen.canvas import Canvas

    _register_fonts()
    column_width = (PAGE_WIDTH - 2 * MARGIN - (columns - 1) * GUTTER) / columns
    lines = _layout_lines(blocks, column_width, hyphenate)
    pages = _paginate(lines, columns)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    canvas.setTitle("Contract")
    for number, page in enumerate(pages, start=1):
        if header:
            canvas.setFont(FONT_NAME, 8)
            canvas.drawString(MARGIN, PAGE_HEIGHT - 40, header)
        if interleave:
            _draw_rows(canvas, page, column_width, ligatures, odd_spaces)
        for column, column_lines in enumerate(page if not interleave else ()):
            x = MARGIN + column * (column_width + GUTTER)
            _draw_column(canvas, column_lines, x, column_width, ligatures, odd_spaces)
        if page_numbers:
            canvas.setFont(FONT_NAME, 8)
            canvas.drawCentredString(PAGE_WIDTH / 2, 30, f"Page {number} of {len(pages)}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _register_fonts() -> None:
    """Register the Vera TrueType fonts reportlab ships (they have ligature glyphs)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT_NAME, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD_FONT_NAME, "VeraBd.ttf"))


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _layout_lines(blocks: Sequence[Block], width: float, hyphenate: bool) -> list[_Line]:
    """Break every block into lines that fit ``width``."""
    lines: list[_Line] = []
    for number, block in number_blocks(blocks):
        if block.kind == "table":
            for row in block.rows:
                cell_width = width / max(len(row), 1) - 2 * CELL_PADDING
                cells = tuple(
                    tuple(_wrap(cell, FONT_NAME, CELL_FONT_SIZE, cell_width, False)) or ("",)
                    for cell in row
                )
                height = max(len(cell) for cell in cells) * CELL_LEADING + CELL_PADDING
                lines.append(
                    _Line(" ".join(row), FONT_NAME, CELL_FONT_SIZE, cells=cells, height=height)
                )
            lines[-1].gap_after = PARAGRAPH_GAP
            continue
        text = printed_text(number, block)
        font, size, centred = FONT_NAME, FONT_SIZE, False
        if block.kind == "title":
            font, size, centred = BOLD_FONT_NAME, 14.0, True
        elif block.kind == "heading":
            font = BOLD_FONT_NAME
        indent = 18.0 * (block.level or 0) if block.kind == "para" else 0.0
        wrapped = _wrap(text, font, size, width - indent, hyphenate)
        for line_text in wrapped:
            lines.append(_Line(line_text, font, size, indent=indent, centred=centred))
        lines[-1].gap_after = PARAGRAPH_GAP
    return lines


def _wrap(text: str, font: str, size: float, width: float, hyphenate: bool) -> list[str]:
    """Greedy line breaking; a word that does not fit is hyphenated if it is long enough."""
    lines: list[str] = []
    current = ""
    pending = text.split()
    while pending:
        word = pending.pop(0)
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        split = _hyphen_split(current, word, font, size, width) if hyphenate else None
        if split is not None:
            head, tail = split
            lines.append(f"{current} {head}-" if current else f"{head}-")
            current = ""
            pending.insert(0, tail)
            continue
        if current:
            lines.append(current)
            current = word
        else:
            lines.append(word)
    if current:
        lines.append(current)
    return lines


def _hyphen_split(
    current: str, word: str, font: str, size: float, width: float
) -> tuple[str, str] | None:
    """Return (head, tail) of the longest head of ``word`` that fits with a hyphen, if any."""
    if not word.isalpha() or len(word) < 2 * MIN_HYPHEN_PART + 1:
        return None
    for cut in range(len(word) - MIN_HYPHEN_PART, MIN_HYPHEN_PART - 1, -1):
        head = word[:cut]
        candidate = f"{current} {head}-" if current else f"{head}-"
        if _width(candidate, font, size) <= width:
            return head, word[cut:]
    return None


def _paginate(lines: Sequence[_Line], columns: int) -> list[list[list[_Line]]]:
    """Fill columns top to bottom, then pages; return pages of columns of lines."""
    body_height = PAGE_HEIGHT - 2 * MARGIN
    pages: list[list[list[_Line]]] = [[[]]]
    used = 0.0
    for line in lines:
        needed = line.height + line.gap_after
        if used + line.height > body_height:
            if len(pages[-1]) < columns:
                pages[-1].append([])
            else:
                pages.append([[]])
            used = 0.0
        pages[-1][-1].append(line)
        used += needed
    return pages


_ODD_SPACES = ("\u00a0", "\u2009", "\u202f")


def _draw_column(
    canvas: object, lines: Sequence[_Line], x: float, width: float, ligatures: bool, odd: bool
) -> None:
    """Draw one column's lines from the top margin down."""
    y = PAGE_HEIGHT - MARGIN - FONT_SIZE
    space_count = 0
    for line in lines:
        canvas.setFont(line.font, line.size)  # type: ignore[attr-defined]
        if line.cells:
            _draw_row(canvas, line.cells, x, y, width)
        else:
            text, space_count = _typeset(line.text, ligatures, odd, space_count)
            if line.centred:
                canvas.drawCentredString(x + width / 2, y, text)  # type: ignore[attr-defined]
            else:
                canvas.drawString(x + line.indent, y, text)  # type: ignore[attr-defined]
        y -= line.height + line.gap_after


def _draw_rows(
    canvas: object, page: Sequence[Sequence[_Line]], width: float, ligatures: bool, odd: bool
) -> None:
    """Draw the columns of a page row by row: each column's n-th line, then the (n+1)-th."""
    positions: list[list[tuple[float, _Line]]] = []
    for column_lines in page:
        y = PAGE_HEIGHT - MARGIN - FONT_SIZE
        placed = []
        for line in column_lines:
            placed.append((y, line))
            y -= line.height + line.gap_after
        positions.append(placed)
    count = max((len(p) for p in positions), default=0)
    space_count = 0
    for index in range(count):
        for column, placed in enumerate(positions):
            if index >= len(placed):
                continue
            y, line = placed[index]
            x = MARGIN + column * (width + GUTTER)
            canvas.setFont(line.font, line.size)  # type: ignore[attr-defined]
            if line.cells:
                _draw_row(canvas, line.cells, x, y, width)
                continue
            text, space_count = _typeset(line.text, ligatures, odd, space_count)
            if line.centred:
                canvas.drawCentredString(x + width / 2, y, text)  # type: ignore[attr-defined]
            else:
                canvas.drawString(x + line.indent, y, text)  # type: ignore[attr-defined]


def _draw_row(
    canvas: object, cells: Sequence[Sequence[str]], x: float, y: float, width: float
) -> None:
    """Draw one ruled table row with equal-width cells, each cell's lines top down."""
    cell_width = width / max(len(cells), 1)
    height = max(len(cell) for cell in cells) * CELL_LEADING + CELL_PADDING
    top = y + FONT_SIZE
    canvas.setFont(FONT_NAME, CELL_FONT_SIZE)  # type: ignore[attr-defined]
    for index, cell in enumerate(cells):
        left = x + index * cell_width
        canvas.rect(left, top - height, cell_width, height, stroke=1, fill=0)  # type: ignore[attr-defined]
        for number, text in enumerate(cell):
            baseline = top - CELL_PADDING - CELL_FONT_SIZE - number * CELL_LEADING
            canvas.drawString(left + CELL_PADDING, baseline, text)  # type: ignore[attr-defined]


def _typeset(text: str, ligatures: bool, odd: bool, space_count: int) -> tuple[str, int]:
    """Apply ligature glyphs and replace every seventh space with an unusual space."""
    if ligatures:
        for plain, glyph in LIGATURES:
            text = text.replace(plain, glyph)
    if odd:
        out = []
        for char in text:
            if char == " ":
                space_count += 1
                if space_count % 7 == 0:
                    char = _ODD_SPACES[(space_count // 7) % len(_ODD_SPACES)]
            out.append(char)
        text = "".join(out)
    return text, space_count


def main(argv: Sequence[str]) -> int:
    """Write the corpus to the folder given on the command line."""
    out = Path(argv[0] if argv else "corpus")
    out.mkdir(parents=True, exist_ok=True)
    for document in build_corpus():
        (out / document.name).write_bytes(document.data)
        (out / f"{document.name}.expected.txt").write_text(
            " ".join(document.expected) + "\n", encoding="utf-8"
        )
    print(f"wrote the corpus to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
