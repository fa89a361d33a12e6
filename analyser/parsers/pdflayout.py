"""Turn positioned PDF text lines (from any engine) into page texts, faithfully.

The engines (:mod:`~analyser.parsers.pdfium_engine`, :mod:`~analyser.parsers.pdfplumber_engine`)
return each page as :class:`RawPage`: lines of text in content-stream order with their boxes. This
module does everything else the same way for both, so both pass the same fidelity tests:

* margin lines first/last: lines in the top band of the page are read first and lines in the
  bottom band last (a running header drawn after the body still comes first);
* running headers, footers and page numbers are removed (warning ``headers_removed``);
* two-column pages whose lines arrive interleaved are read column by column;
* ligatures, unusual spaces, soft hyphens and control characters are normalised;
* words hyphenated at a line end are joined (a hyphen the document uses elsewhere in that word
  is kept: "computer-generated");
* quality gate: ``page_without_text``, ``page_unreadable``, ``replacement_characters``,
  ``column_mixup``, ``headers_removed``, ``ocr_used``.

Pages are joined with one form feed; each :class:`~analyser.model.Page` span covers its text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from analyser.model import ExtractionWarning, Page
from analyser.parsers.limits import Extracted

__all__ = [
    "ROW_TOLERANCE",
    "GAP_MIN",
    "HYPHEN_MARK",
    "RawPage",
    "TextLine",
    "assemble_pages",
    "columns_need_characters",
    "crosses_middle",
    "gaps_between",
    "lines_from_characters",
    "normalise_characters",
    "PAGE_SEPARATOR",
]

PAGE_SEPARATOR = "\f"
HYPHEN_MARK = "\ufffe"  # pdfium's mark for a hyphen it removed at a line end
MARGIN_BAND = 0.1  # top and bottom tenth of the page hold running headers and footers
RUNNING_MIN_SHARE = 0.5  # a running line repeats on at least half the pages (and twice)
REPLACEMENT = "\ufffd"
MIN_COLUMN_LINES = 5
COLUMN_SHARE = 0.2  # each column holds at least a fifth of the page's lines
MAX_CROSSING_SHARE = 0.25  # lines running across the gutter without a blank strip there
GUTTER_STEPS = 40
INDENT_ALLOWANCE = 24.0  # points a column's lines may be indented from its edge
WORD_WINDOW = 64  # characters looked at around a line-end hyphen
GAP_EDGE = 1.0  # points left of the right column where the gutter is drawn
ROW_TOLERANCE = 0.5  # share of a character height two rows of text are apart at least
SPACE_SHARE = 0.15  # a gap wider than this share of the font size is a word space
CHAIN_ORDER_GAP = 4  # content indexes between a run and the next (skipped spaces, breaks)
CHAIN_ROW_SPAN = 1.6  # rows (in line heights) between a run and the one continuing it
GAP_MIN = 12.0  # points of blank inside a line that no word space is that wide

CharBox = tuple[float, float, float, float, str, int]
"""A character's top, bottom, left, right (points from the top-left), text and content index."""

_CHARACTER_MAP: dict[int, str] = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
    0x00A0: " ",
    0x1680: " ",
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    0x200B: "",
    0x200C: "",
    0x200D: "",
    0x2060: "",
    0xFEFF: "",
    0x00AD: "",  # a soft hyphen inside a line is invisible
    0x0002: HYPHEN_MARK,  # older pdfium builds mark line-end hyphens with STX
}
_CHARACTER_MAP.update({code: " " for code in range(0x2000, 0x200B)})
_CHARACTER_MAP.update(
    {code: "" for code in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F) if code != 0x02}
)
_TRANSLATION = str.maketrans(_CHARACTER_MAP)
_MAPPED_ASCII = bytes(code for code in _CHARACTER_MAP if code < 0x80)
_MAPPED = re.compile("[" + "".join(f"\\u{code:04x}" for code in sorted(_CHARACTER_MAP)) + "]")
_SPACES = re.compile(r"[ \t]+")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|seite|página|pagina)?\s*[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:of|/|von|de|di|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_ROMAN_PAGE = re.compile(r"^[ivxlc]{1,7}$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_WORD_AFTER = re.compile(r"^[^\W\d_]+")
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")  # from a word's start


@dataclass(slots=True)
class TextLine:
    """One line of page text and its box (points from the top-left; NaN when unknown).

    Slotted: a page makes dozens of lines and reads their fields many times over.
    """

    text: str
    x0: float = math.nan
    x1: float = math.nan
    top: float = math.nan
    bottom: float = math.nan
    gaps: tuple[tuple[float, float], ...] = ()
    """Wide blank strips (from x, to x) inside the line, text on both sides, if known."""
    splits: tuple[int, ...] = ()
    """For each gap, the offset in ``text`` where the text right of it starts (-1: unknown)."""
    last_top: float = math.nan
    """Top of the line's last character (a line that wraps onto another row differs)."""

    def band(self, height: float) -> int:
        """Return 0 for the top margin band, 2 for the bottom band, 1 for the body."""
        if math.isnan(self.top) or height <= 0:
            return 1
        if self.bottom <= MARGIN_BAND * height:
            return 0
        if self.top >= (1 - MARGIN_BAND) * height:
            return 2
        return 1


def _bands(lines: Sequence[TextLine], height: float) -> list[int]:
    """Return :meth:`TextLine.band` of each line, for a page's lines in one pass."""
    if height <= 0:
        return [1] * len(lines)
    top_edge = MARGIN_BAND * height
    bottom_edge = (1 - MARGIN_BAND) * height
    isnan = math.isnan
    return [
        1
        if isnan(line.top)
        else 0
        if line.bottom <= top_edge
        else 2
        if line.top >= bottom_edge
        else 1
        for line in lines
    ]


@dataclass
class RawPage:
    """One page as an engine read it: size, lines in reading order, and how it was read."""

    number: int
    width: float = 0.0
    height: float = 0.0
    lines: list[TextLine] = field(default_factory=list)
    failed: bool = False
    ocr: bool = False


def gaps_between(
    spans: Sequence[tuple[float, float]], line: TextLine
) -> tuple[tuple[float, float], ...]:
    """Return blank strips (from, to) wider than GAP_MIN between sorted (left, right) spans."""
    found: list[tuple[float, float]] = []
    reach = -math.inf
    for left, right in spans:
        if reach > -math.inf and left - reach >= GAP_MIN and line.x0 < left and reach < line.x1:
            found.append((reach, left))
        reach = max(reach, right)
    return tuple(found)


def lines_from_characters(chars: list[CharBox]) -> list[TextLine]:
    """Group character boxes (top, bottom, left, right, char, content index) into lines.

    For pages whose content order mixes rows or columns: rows by position, each row split into
    runs at wide gaps; a run drawn right after the run above it (a table cell or paragraph that
    wraps) follows that run; otherwise runs go top to bottom, left to right (columns are then put
    in order by :func:`assemble_pages`). Whitespace characters are ignored; spaces are put where
    letters stand apart.
    """
    chars.sort(key=lambda c: ((c[0] + c[1]) / 2, c[2]))
    rows: list[list[CharBox]] = []
    centre = -math.inf
    for char in chars:
        middle = (char[0] + char[1]) / 2
        size = max(char[1] - char[0], 1.0)
        if rows and abs(middle - centre) <= ROW_TOLERANCE * size:
            rows[-1].append(char)
        else:
            rows.append([char])
            centre = middle
    runs: list[_Run] = []
    for row in rows:
        row.sort(key=lambda c: c[2])
        runs.extend(_row_runs(row))
    runs.sort(key=lambda run: (round(run.line.top), run.line.x0))
    return _chained(runs)


@dataclass
class _Run:
    line: TextLine
    first: int
    last: int
    chain: list[TextLine] = field(default_factory=list)


def _chained(runs: list[_Run]) -> list[TextLine]:
    """Put each run right after the run above it when it continues it in content order."""
    heads: list[_Run] = []
    by_last: dict[int, tuple[_Run, _Run]] = {}  # content index a chain ends at -> (head, tail)
    for run in runs:
        found = None
        for last in range(run.first - 1, run.first - CHAIN_ORDER_GAP - 1, -1):
            chain = by_last.get(last)
            if chain is not None and _continues(chain[1], run):
                found = last
                break
        if found is not None:
            head, _ = by_last.pop(found)
            head.chain.append(run.line)
            by_last[run.last] = (head, run)
        else:
            run.chain = [run.line]
            heads.append(run)
            by_last[run.last] = (run, run)
    return [line for head in heads for line in head.chain]


def _continues(above: _Run, below: _Run) -> bool:
    """Say whether ``below`` is the next thing drawn after ``above``, on the next row under it."""
    height = max(above.line.bottom - above.line.top, 1.0)
    follows = 0 < below.first - above.last <= CHAIN_ORDER_GAP
    next_row = 0 < below.line.top - above.line.top <= CHAIN_ROW_SPAN * height
    overlaps = below.line.x0 < above.line.x1 and below.line.x1 > above.line.x0
    return follows and next_row and overlaps


def _row_runs(row: list[CharBox]) -> list[_Run]:
    """Split one row of characters at wide gaps; put spaces where letters stand apart."""
    runs: list[_Run] = []
    parts: list[str] = []
    start = 0
    for index in range(1, len(row) + 1):
        previous = row[index - 1]
        char = row[index] if index < len(row) else None
        gap = char[2] - previous[3] if char is not None else math.inf
        size = max(previous[1] - previous[0], 1.0)
        if gap >= GAP_MIN:
            runs.append(_make_run(parts + [previous[4]], row[start:index]))
            parts, start = [], index
        else:
            parts.append(previous[4] + (" " if gap > SPACE_SHARE * size else ""))
    return runs


def _make_run(parts: list[str], chars: list[CharBox]) -> _Run:
    first, last = chars[0], chars[-1]
    orders = [char[5] for char in chars]
    line = TextLine("".join(parts), first[2], last[3], first[0], first[1])
    return _Run(line, min(orders), max(orders))


def normalise_characters(text: str) -> str:
    """Map ligatures to letters, unusual spaces to a space; drop invisible and control chars.

    Most pages hold none of these characters: one scan for them (a byte deletion for ASCII
    text, a regex search otherwise) costs a fraction of ``str.translate``.
    """
    if text.isascii():
        data = text.encode("ascii")
        if len(data.translate(None, _MAPPED_ASCII)) == len(data):
            return text
    elif _MAPPED.search(text) is None:
        return text
    return text.translate(_TRANSLATION)


def _collapse_spaces(text: str) -> str:
    """Turn every run of spaces and tabs into one space.

    Text without a tab or two spaces in a row (most pages) is returned as it is, without
    replacing each single space by a space.
    """
    if "\t" not in text and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def _normalise_line_texts(lines: Sequence[TextLine]) -> None:
    """Normalise each line's characters and spaces (runs of spaces and tabs become one space).

    A page's lines are normalised as one text joined by line breaks, which neither step adds,
    removes or crosses: the same lines as one by one, in a fraction of the calls.
    """
    joined = "\n".join([line.text for line in lines])
    texts = _collapse_spaces(normalise_characters(joined)).split("\n")
    if len(texts) != len(lines):  # a line holding a line break: one by one
        texts = [_collapse_spaces(normalise_characters(line.text)) for line in lines]
    for line, text in zip(lines, texts, strict=True):
        line.text = text.strip()


def assemble_pages(pages: Sequence[RawPage]) -> Extracted:
    """Turn engine pages into the document text, page spans and quality warnings."""
    warnings: list[ExtractionWarning] = []
    for page in pages:
        page.lines = _margin_order(page)
        mixed = _order_columns(page)
        if mixed:
            warnings.append(_column_warning(page.number))
        _normalise_line_texts(page.lines)
        page.lines = [line for line in page.lines if line.text]
    removed = _remove_running_lines(pages)
    vocabulary = _hyphenated_words(pages)
    _join_across_pages(pages, vocabulary)
    texts = [_page_text(page, vocabulary) for page in pages]
    warnings = _page_warnings(pages, texts) + warnings
    if removed:
        warnings.append(_headers_warning(removed, pages))
    ocr_pages = [page.number for page in pages if page.ocr]
    if ocr_pages:
        warnings.append(_ocr_warning(ocr_pages))
    warnings.sort(key=lambda w: (w.page or 0, w.code))
    spans: list[Page] = []
    start = 0
    for page, text in zip(pages, texts, strict=True):
        spans.append(Page(number=page.number, start=start, end=start + len(text)))
        start += len(text) + len(PAGE_SEPARATOR)
    return Extracted(text=PAGE_SEPARATOR.join(texts), pages=tuple(spans), warnings=tuple(warnings))


# --------------------------------------------------------------------------- reading order


def _margin_order(page: RawPage) -> list[TextLine]:
    """Read top-band lines first (top down), body lines in engine order, bottom-band last."""
    bands = _bands(page.lines, page.height)
    if 0 not in bands and 2 not in bands:
        return page.lines
    top = [line for line, band in zip(page.lines, bands, strict=True) if band == 0]
    body = [line for line, band in zip(page.lines, bands, strict=True) if band == 1]
    bottom = [line for line, band in zip(page.lines, bands, strict=True) if band == 2]
    top.sort(key=lambda line: line.top)
    bottom.sort(key=lambda line: line.top)
    return top + body + bottom


def _order_columns(page: RawPage) -> bool:
    """Read a two-column page column by column; return True if columns stay mixed up.

    Lines of both columns that an engine read as one line are split at the blank strip between
    the columns (where the engine says the right-hand text starts); then, between full-width
    lines, every left-column line is read before the right-column lines.
    """
    bands = _bands(page.lines, page.height)
    body = [line for line, band in zip(page.lines, bands, strict=True) if band == 1]
    placed = [line for line in body if not math.isnan(line.x0) and not math.isnan(line.x1)]
    if len(placed) < 2 * MIN_COLUMN_LINES or page.width <= 0:
        return False
    gutter = _find_gutter(placed, page.width)
    if gutter is None:
        return False
    split = _split_merged_lines(page.lines, gutter)
    if split is None:
        return True
    page.lines = _columns_in_order(split, gutter, page.height)
    return False


def columns_need_characters(lines: Sequence[TextLine], width: float, height: float) -> bool:
    """Say whether a page is in two columns some of whose lines an engine merged without
    knowing where the right-hand text starts (the page must be read from character boxes)."""
    if not any(-1 in line.splits for line in lines):
        return False
    placed = [
        line
        for line, band in zip(lines, _bands(lines, height), strict=True)
        if band == 1 and not math.isnan(line.x0) and not math.isnan(line.x1)
    ]
    if len(placed) < 2 * MIN_COLUMN_LINES or width <= 0:
        return False
    gutter = _find_gutter(placed, width)
    if gutter is None:
        return False
    return _split_merged_lines(placed, gutter) is None


def _find_gutter(placed: Sequence[TextLine], width: float) -> float | None:
    """Return the x between two columns, if the page is set in two filled columns."""
    minimum = max(MIN_COLUMN_LINES, COLUMN_SHARE * len(placed))
    with_gaps = sum(1 for line in placed if line.gaps)
    starts_late = sum(1 for line in placed if line.x0 >= 0.3 * width) + with_gaps
    ends_early = sum(1 for line in placed if line.x1 <= 0.7 * width) + with_gaps
    if starts_late < minimum or ends_early < minimum:
        return None  # most pages: one column
    candidates = [width * (0.3 + 0.4 * step / GUTTER_STEPS) for step in range(GUTTER_STEPS + 1)]
    candidates += sorted(
        {
            round(end - GAP_EDGE)
            for line in placed
            for start, end in line.gaps
            if start <= 0.7 * width and end >= 0.3 * width
        }
    )
    best: tuple[int, float] | None = None
    for x in candidates:
        left, right, merged, crossing = _sides(placed, x)
        if crossing > MAX_CROSSING_SHARE * len(placed):
            continue
        if not _is_column_pair(left, right, merged, len(placed), x, width):
            continue
        if best is None or crossing < best[0]:
            best = (crossing, x)
    return None if best is None else best[1]


def _sides(
    lines: Sequence[TextLine], x: float
) -> tuple[list[TextLine], list[TextLine], list[TextLine], int]:
    """Split lines by ``x``: left, right, merged across a blank strip at x, other crossings."""
    left: list[TextLine] = []
    right: list[TextLine] = []
    merged: list[TextLine] = []
    crossing = 0
    for line in lines:
        if line.x1 <= x:
            left.append(line)
        elif line.x0 >= x:
            right.append(line)
        elif any(start < x < end for start, end in line.gaps):
            merged.append(line)
        else:
            crossing += 1
    return left, right, merged, crossing


def crosses_middle(line: TextLine, width: float) -> bool:
    """Say whether a line runs across the middle of the page (where a gutter would be)."""
    return line.x0 < 0.45 * width and line.x1 > 0.55 * width


def _is_column_pair(
    left: Sequence[TextLine],
    right: Sequence[TextLine],
    merged: Sequence[TextLine],
    total: int,
    x: float,
    width: float,
) -> bool:
    """Say whether lines left and right of ``x`` look like two filled, aligned columns."""
    minimum = max(MIN_COLUMN_LINES, COLUMN_SHARE * total)
    if len(left) + len(merged) < minimum or len(right) + len(merged) < minimum:
        return False
    ends = [line.x1 for line in left] + [x] * len(merged)
    filled = sum(1 for end in ends if end >= x - 0.2 * width)
    starts = [line.x0 for line in right]
    for line in merged:
        strip = next(strip for strip in line.gaps if strip[0] < x < strip[1])
        starts.append(strip[1])
    edge = Counter(round(start / 4) for start in starts).most_common(1)[0][0] * 4
    aligned = sum(1 for start in starts if abs(start - edge) <= INDENT_ALLOWANCE)
    return filled >= 0.5 * len(ends) and aligned >= 0.5 * len(starts)


def _split_merged_lines(lines: Sequence[TextLine], gutter: float) -> list[TextLine] | None:
    """Split every line that runs across ``gutter`` over a blank strip; None if a split point
    is unknown."""
    result: list[TextLine] = []
    for line in lines:
        index = next((i for i, (start, end) in enumerate(line.gaps) if start < gutter < end), None)
        if index is None or not (line.x0 < gutter < line.x1):
            result.append(line)
            continue
        offset = line.splits[index] if index < len(line.splits) else -1
        if offset <= 0:
            return None
        result.append(TextLine(line.text[:offset], line.x0, gutter, line.top, line.bottom))
        result.append(TextLine(line.text[offset:], gutter, line.x1, line.top, line.bottom))
    return result


def _columns_in_order(lines: list[TextLine], gutter: float, height: float) -> list[TextLine]:
    """Between full-width lines, put left-column lines before right-column lines."""
    ordered: list[TextLine] = []
    left: list[TextLine] = []
    right: list[TextLine] = []
    for line in lines:
        if line.band(height) != 1 or math.isnan(line.x0) or line.x0 < gutter < line.x1:
            ordered += left + right
            left, right = [], []
            ordered.append(line)
        elif line.x1 <= gutter:
            left.append(line)
        else:
            right.append(line)
    return ordered + left + right


# --------------------------------------------------------------------------- running lines


def _running_key(text: str) -> str:
    """Return a line's text with numbers masked, for spotting repeated headers and footers."""
    return _DIGITS.sub("#", text.casefold())


def _is_page_number(text: str) -> bool:
    """Say whether a margin line is only a page number ("3", "Page 3 of 7", "- 3 -", "iv")."""
    return bool(_PAGE_NUMBER.match(text) or _ROMAN_PAGE.match(text))


def _remove_running_lines(pages: Sequence[RawPage]) -> list[str]:
    """Drop repeated margin lines and page numbers from every page; return what was removed."""
    keys = [_margin_keys(page) for page in pages]
    counts: Counter[tuple[int, str]] = Counter()
    for page_keys in keys:
        counts.update({key for key in page_keys if key is not None})
    threshold = max(2, math.ceil(RUNNING_MIN_SHARE * len(pages)))
    removed: list[str] = []
    for page, page_keys in zip(pages, keys, strict=True):
        kept: list[TextLine] = []
        for line, key in zip(page.lines, page_keys, strict=True):
            running = key is not None and (counts[key] >= threshold or _is_page_number(line.text))
            if running:
                removed.append(line.text)
            else:
                kept.append(line)
        page.lines = kept
    return removed


def _margin_keys(page: RawPage) -> list[tuple[int, str] | None]:
    """Return (band, running key) of each margin line of a page, None for each body line."""
    return [
        None if band == 1 else (band, _running_key(line.text))
        for line, band in zip(page.lines, _bands(page.lines, page.height), strict=True)
    ]


def _headers_warning(removed: Sequence[str], pages: Sequence[RawPage]) -> ExtractionWarning:
    """Describe the running headers, footers and page numbers that were left out."""
    distinct: dict[str, str] = {}
    for text in removed:
        distinct.setdefault(_running_key(text), text)
    examples = ", ".join(f'"{text}"' for text in list(distinct.values())[:3])
    more = " and others" if len(distinct) > 3 else ""
    return ExtractionWarning(
        code="headers_removed",
        message=(
            f"running headers, footers or page numbers were left out of the text "
            f"({len(removed)} lines on {len(pages)} pages, e.g. {examples}{more})"
        ),
    )


# --------------------------------------------------------------------------- page text


def _hyphenated_words(pages: Iterable[RawPage]) -> set[str]:
    """Return the hyphenated words the document prints inside lines ("computer-generated").

    A match holds no whitespace and starts after some, so the words are found in one search of
    the document's whitespace-separated pieces that hold a hyphen, as line by line.
    """
    texts = [line.text for page in pages for line in page.lines if "-" in line.text]
    pieces = [piece for piece in " ".join(texts).split() if "-" in piece]
    return {word.casefold() for word in _HYPHENATED.findall(" ".join(pieces))}


def _page_text(page: RawPage, vocabulary: set[str]) -> str:
    """Join a page's lines, re-joining words hyphenated across line ends."""
    joined = "\n".join([line.text for line in page.lines])
    if "-\n" in joined:  # a line (not the last) ends in a hyphen
        joined = "\n".join(_hyphens_joined(page.lines, vocabulary))
    if HYPHEN_MARK in joined:
        joined = _resolve_marks(joined, vocabulary)
    return joined


def _hyphens_joined(lines: Iterable[TextLine], vocabulary: set[str]) -> list[str]:
    """Return the texts of lines, each line that ends in a hyphenated word joined with the next."""
    texts: list[str] = []
    for line in lines:
        text = line.text
        if texts and _ends_with_hyphen(texts[-1]) and text[:1].islower():
            texts[-1] = _join_hyphenated(texts[-1][:-1], text, vocabulary)
        else:
            texts.append(text)
    return texts


def _join_across_pages(pages: Sequence[RawPage], vocabulary: set[str]) -> None:
    """Finish a word hyphenated at the foot of a page with its rest from the next page."""
    for page, following in zip(pages, pages[1:], strict=False):
        if not page.lines or not following.lines:
            continue
        last, first = page.lines[-1], following.lines[0]
        if not _ends_with_hyphen(last.text) or not first.text[:1].islower():
            continue
        rest, _, remainder = first.text.partition(" ")
        last.text = _join_hyphenated(last.text[:-1], rest, vocabulary)
        if remainder:
            first.text = remainder
        else:
            following.lines.pop(0)


def _ends_with_hyphen(text: str) -> bool:
    """Say whether a line ends in a letter followed by a hyphen ("regist-")."""
    return len(text) > 1 and text[-1] == "-" and text[-2].isalpha()


def _join_hyphenated(head: str, tail: str, vocabulary: set[str]) -> str:
    """Join ``head`` (hyphen removed) and the next line, keeping the hyphen for known compounds."""
    before = _WORD_BEFORE.search(head[-WORD_WINDOW:])
    after = _WORD_AFTER.match(tail)
    if before and after and f"{before.group()}-{after.group()}".casefold() in vocabulary:
        return f"{head}-{tail}"
    return head + tail


def _resolve_marks(text: str, vocabulary: set[str]) -> str:
    """Replace pdfium's line-end hyphen marks with nothing, or a hyphen for known compounds."""
    parts = text.split(HYPHEN_MARK)
    out = [parts[0]]
    for part in parts[1:]:
        out.append(_join_hyphenated(out.pop(), part, vocabulary))
    return "".join(out)


# --------------------------------------------------------------------------- quality gate


def _page_warnings(pages: Sequence[RawPage], texts: Sequence[str]) -> list[ExtractionWarning]:
    """Warn about unreadable pages, pages without text and replacement characters."""
    warnings: list[ExtractionWarning] = []
    for page, text in zip(pages, texts, strict=True):
        if page.failed:
            warnings.append(
                ExtractionWarning(
                    code="page_unreadable",
                    message=(
                        f"page {page.number} could not be read; its text is missing from "
                        "the analysis"
                    ),
                    page=page.number,
                )
            )
        elif not text.strip():
            warnings.append(
                ExtractionWarning(
                    code="page_without_text",
                    message=(
                        f"page {page.number} has no text (a scanned page or a picture?); "
                        "anything on it is not analysed"
                    ),
                    page=page.number,
                )
            )
        bad = text.count(REPLACEMENT)
        if bad:
            warnings.append(
                ExtractionWarning(
                    code="replacement_characters",
                    message=(
                        f"page {page.number} has {bad} character(s) the PDF does not map to "
                        "letters (shown as \ufffd); words there may be misread"
                    ),
                    page=page.number,
                )
            )
    return warnings


def _column_warning(number: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="column_mixup",
        message=(
            f"page {number} looks like two columns but its lines run across both; "
            "sentences there may be mixed up"
        ),
        page=number,
    )


def _ocr_warning(numbers: Sequence[int]) -> ExtractionWarning:
    listed = ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")
    return ExtractionWarning(
        code="ocr_used",
        message=(
            f"page(s) {listed} are scans and were read with OCR; check quotes from them "
            "against the original"
        ),
    )
