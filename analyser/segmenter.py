"""Split a document's text into clauses that tile it.

A clause starts at the beginning of a line that opens with a clause number ("1.", "7.2",
"(a)", "(iv)", "Article IV", "Art. 3", "Section 3", "Sec. 4", "Schedule 2", "CLAUSE ONE",
"Paragraph Two.", "Sole Paragraph.", "Article 1 (Purpose)", circled "\u2460", Spanish-style
"FIRST. -", "ONE (Background).", Egyptian "Article (4)" with "First:" paragraphs, "Para. 6"
memo paragraphs, Nordic "\u00a7 3" sections with "Item 1." paragraphs) or that is a
heading (a short line in capitals or title case). A numbered line may open with a run-in heading
("THIRD.- INDIVIDUAL CONSENT. The ...", "8. Third parties: we ..."), recorded as the heading. A
document that numbers no clause at all (a notice, an e-mail, a plain-language policy) is also
split at paragraphs that open with a heading in sentence case ("Do we ask for consent?", "If you
would rather not appear") or with a run-in heading closed by a colon ("Objection: The Model may
object ...").
Lettered, circled and "Item" numbers are sub-clauses of the clause before them. Everything before
the first such line is the preamble. Every character of the text belongs to exactly one clause, so
nothing is lost between parsing and analysis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from analyser.model import Clause, Document

__all__ = ["is_sub_number", "iter_lines", "line_to_start", "paragraph_heading", "segment"]

# "4.2", "4.", a lettered part's "B.3", "A1." or "A1.1", "1)" before a capital
# ("1) Representation"), a bracketed sub-clause run on its number "7(c)(ii)"
_DECIMAL = re.compile(
    r"[ \t]*(?P<num>\d{1,3}(?:\.\d{1,3})+|\d{1,3}\.|[A-H]\.\d{1,2}(?:\.\d{1,2})*"
    r"|[A-H]\d{1,2}(?:\.\d{1,2})+|[A-H]\d{1,2}\.|\d{1,2}\)(?=[ \t]+[A-Z])"
    r"|\d{1,3}(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)){1,3})(?=[ \t]+\S|[ \t]*$)"
)
_LETTERED = re.compile(
    r"[ \t]*(?P<num>\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2}|[A-Z])\)|[\u2460-\u2473])(?=[ \t]*\S)"
)
# what follows a numeral in brackets that restates a number ("thirty (30) days", "ten (10) per
# cent"): when a line wraps before the bracket, the line is not a sub-clause "(30)"
_UNIT_AFTER_NUMERAL = re.compile(
    r"[ \t]*(?:calendar[ \t]+|business[ \t]+|working[ \t]+|consecutive[ \t]+)?"
    r"(?:days?|months?|years?|weeks?|hours?|minutes?|seconds?|per[ \t]?cent|percent|%)(?![a-z])"
)
_NUMBER_WORDS = (
    "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|"
    "Sixteen|Seventeen|Eighteen|Nineteen|Twenty"
)
_NAMED = re.compile(
    r"[ \t]*(?P<num>(?:(?:ARTICLE|Article|ART\.|Art\.|SECTION|Section|SEC\.|Sec\.|CLAUSE|Clause|"
    r"SCHEDULE|Schedule|ANNEX|Annex|PARAGRAPH|Paragraph|"
    r"APPENDIX|Appendix|EXHIBIT|Exhibit|RIDER|Rider|PART|Part|ITEM|Item|\u00a7)"
    r"[ \t]+(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*[A-Z]?|\(\d{1,3}\)|[A-Z]|"
    rf"{_NUMBER_WORDS}|{_NUMBER_WORDS.upper()})"
    # a schedule's parts and paragraphs run on: "Schedule 2 Part B para 3."
    r"(?:[ \t]+(?:Part|PART|para|Para|paragraph|Paragraph)[ \t]+(?:\d{1,3}|[A-Z])){0,2}"
    r"|SOLE PARAGRAPH|Sole Paragraph|Sole paragraph))"
    r"(?=[ \t]*(?:[:.\-\u2013\u2014][ \t]*\S.*|[ \t]+[A-Z][^.]{0,70}"
    r"|[ \t]*\([^()]{1,60}\)[ \t]*|)$)"
)
_ORDINAL = re.compile(
    r"[ \t]*(?P<num>(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|"
    r"TWELFTH|THIRTEENTH|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|"
    r"TWENTIETH))(?=[ \t]*[.:][ \t]*[-\u2013\u2014]?[ \t]*\S)"
    # Egyptian and Gulf drafting numbers an article's paragraphs "First:", "Second:"
    r"|[ \t]*(?P<num2>(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)):"
    r"(?=[ \t]+[A-Z])"
)
# Spanish-style clauses in capitals with a bracketed title: "ONE (Background). Aurelio ...",
# "TWELVE (Transfer)."; the bracket is the clause's heading
_WORD_NUMBER = re.compile(
    rf"[ \t]*(?P<num>{_NUMBER_WORDS.upper()})[ \t]+\((?P<head>[A-Z][^()]{{0,58}})\)"
    r"(?=[ \t]*[.:\-\u2013\u2014](?:[ \t]|$))"
)
# an HR memo's or a policy's paragraphs: "Para. 6 Withdrawing consent. You can ..."
_PARA = re.compile(
    r"[ \t]*(?P<num>(?:PARA|Para|Par)\.?[ \t]+\d{1,3}(?:\.\d{1,3})?)(?=\.?[ \t]+[A-Z(])"
)
# a run-in heading: capitals closed by a full stop ("INDIVIDUAL CONSENT. The ..."), or a few words
# closed by a colon ("Third parties: we will not ...")
_RUN_IN_CAPS = re.compile(r"(?P<head>[A-Z][A-Z0-9 ,'&/()\u2019-]{3,60}?)\.(?:[ \t]+(?=\S)|[ \t]*$)")
_RUN_IN_COLON = re.compile(
    r"(?P<head>[A-Z][A-Za-z'\u2019-]*(?: [A-Za-z'\u2019&-]+){0,3}):[ \t]+(?=\S)"
)
_HEADING_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019&-]*")
# fields of a letter, an e-mail or a form: "To: ...", "Subject: ...", "Signature: ____" are not
# headings of what follows
_FIELD_NAMES = frozenset(
    ["to", "from", "cc", "bcc", "date", "sent", "subject", "re", "attn", "attention", "ref",
     "reference", "tel", "telephone", "phone", "mobile", "fax", "email", "e-mail", "web",
     "website", "address", "name", "signature", "signed", "witness"]
)
# what a paragraph after a heading may open with besides a capital letter
_PARAGRAPH_OPENERS = ("\"", "\u201c", "\u2022", "-")
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "without",
        "under",
        "upon",
        "per",
        "vs",
    ]
)


@dataclass(frozen=True)
class LineStart:
    """What a line tells the segmenter: a printed number and/or a heading."""

    number: str | None
    heading: str | None


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, line)`` for each line; lines end at ``\\n`` or a form feed."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield start, text[start : end.start()]
        start = end.end()
    yield start, text[start:]


_LINE_END = re.compile(r"[\n\f]")


def line_to_start(line: str) -> LineStart | None:
    """Return the clause start a line opens with, or ``None`` if it continues a clause."""
    if "a" <= line.lstrip(" \t")[:1] <= "z":
        return None  # no clause number or heading opens with a lower-case letter (most lines)
    word = _WORD_NUMBER.match(line)
    if word:
        return LineStart(number=word.group("num"), heading=word.group("head").strip())
    for pattern in (_DECIMAL, _NAMED, _LETTERED, _ORDINAL, _PARA):
        match = pattern.match(line)
        if (match and pattern is _LETTERED and match.group("num")[1:-1].isdigit()
                and _UNIT_AFTER_NUMERAL.match(line, match.end())):
            return None  # "twelve\n(12) months' notice": a numeral restating a wrapped number word
        if match:
            number = (match.group("num") or match.group("num2")).rstrip(".")
            if pattern is _DECIMAL and number.endswith(")") and "(" not in number:
                number = number[:-1]  # "1) Representation" is clause 1
            rest = line[match.end() :].strip(" \t:.-\u2013\u2014")
            heading = rest if rest and _is_heading(rest) else _run_in_heading(rest)
            return LineStart(number=number, heading=heading)
    stripped = line.strip()
    if _is_heading(stripped):
        return LineStart(number=None, heading=stripped)
    return None


def is_sub_number(number: str | None) -> bool:
    """Whether a clause number is a sub-clause of the numbered clause before it: "(a)", "(iv)",
    circled "\u2461", "Item 2"."""
    if not number:
        return False
    circled = "\u2460" <= number[0] <= "\u2473"
    return number.startswith("(") or circled or number[:5].lower() == "item "


def _run_in_heading(rest: str) -> str | None:
    """The run-in heading a numbered line opens with, if any: "INDIVIDUAL CONSENT" in
    "INDIVIDUAL CONSENT. The individual consent of ...", "Third parties" in "Third parties: we
    will not ..."."""
    caps = _RUN_IN_CAPS.match(rest)
    if caps:
        head = caps.group("head").strip()
        letters = [c for c in head if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters) and len(head.split()) <= 8:
            return head
    colon = _RUN_IN_COLON.match(rest)
    if colon and not any(c.isdigit() for c in colon.group("head")):
        return colon.group("head")
    return None


def _is_heading(line: str) -> bool:
    """A short line in capitals or title case with no sentence punctuation at its end."""
    if not line or len(line) > 70 or line[-1] in ".,;:" or "|" in line:
        return False
    words = _HEADING_WORD.findall(line)
    if not words or len(words) > 10 or sum(len(w) for w in words) < 4:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) >= 4:
        return True
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant) and words[0][0].isupper()


def paragraph_heading(line: str, before: str | None, after: str | None) -> str | None:
    """The heading a paragraph of an unnumbered document opens with, or ``None``.

    ``before`` is the line before (``None`` at the start of the text) and ``after`` the next
    line with text (``None`` at the end). A heading opens a paragraph: the line before is blank
    or ends a sentence. It is a short line in sentence case that the next paragraph follows
    ("If you would rather not appear", "Do we ask for consent?"), or a run-in heading of a few
    words closed by a colon ("Objection: The Model may ..."), but not a letter's or a form's
    field ("Subject: ...", "Signature: ____").
    """
    if before is not None and before.strip() and before.rstrip()[-1] not in ".?!:":
        return None
    stripped = line.strip()
    colon = _RUN_IN_COLON.match(stripped)
    if colon:
        head = colon.group("head")
        rest = stripped[colon.end() :]
        if (
            any(c.isdigit() for c in head)
            or head.lower() in _FIELD_NAMES
            or not (rest[:1].isalnum() or rest[:1] in "\"\u201c'(")
        ):
            return None
        return head
    words = _HEADING_WORD.findall(stripped)
    if (
        not after
        or not (after.lstrip()[:1].isupper() or after.lstrip()[:1] in _PARAGRAPH_OPENERS)
        or not stripped[:1].isupper()
        or not 2 <= len(words) <= 10
        or len(stripped) > 70
        or stripped[-1] in ".,;:!"
        or any(c in stripped for c in "|_@")
        or words[-1].lower() in _MINOR_WORDS
    ):
        return None
    return stripped


def segment(document: Document) -> tuple[Clause, ...]:
    """Return the clauses of ``document``; together they cover every character exactly once."""
    text = document.text
    starts: list[tuple[int, LineStart]] = []
    parent: str | None = None
    lines = list(iter_lines(text))
    found_at = [line_to_start(line) for _, line in lines]
    if not any(f and f.number and not is_sub_number(f.number) for f in found_at):
        found_at = _with_paragraph_headings(lines, found_at)
    for (offset, line), found in zip(lines, found_at, strict=True):
        if found is None:
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        starts.append((offset + lead if not starts and offset == 0 else offset, found))
    if not starts or starts[0][0] != 0:
        starts.insert(0, (0, LineStart(number=None, heading=None)))
    clauses: list[Clause] = []
    for index, (start, found) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        if start == end and clauses:
            continue
        number = found.number
        sub = is_sub_number(number)
        if number is not None and not sub:
            parent = number
        label = number
        if number and sub and parent:
            label = f"{parent} {number}" if number[:5].lower() == "item " else f"{parent}{number}"
        clauses.append(
            Clause(
                number=number,
                heading=found.heading,
                start=start,
                end=end,
                page=document.page_at(start),
                label=label,
            )
        )
    return _merge_empty_starts(clauses)


def _with_paragraph_headings(
    lines: list[tuple[int, str]], found_at: list[LineStart | None]
) -> list[LineStart | None]:
    """``found_at`` with the paragraph headings of an unnumbered document added."""
    out = list(found_at)
    following: str | None = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index][1]
        if out[index] is None and line.strip():
            before = lines[index - 1][1] if index else None
            heading = paragraph_heading(line, before, following)
            if heading is not None:
                out[index] = LineStart(number=None, heading=heading)
        if line.strip():
            following = line
    return out


def _merge_empty_starts(clauses: list[Clause]) -> tuple[Clause, ...]:
    """Drop zero-length clauses, extending the previous one so the tiling stays exact."""
    merged: list[Clause] = []
    for clause in clauses:
        if clause.start == clause.end and merged:
            continue
        merged.append(clause)
    return tuple(merged)
