"""DOCX reading: body order, tables, headers/footers once, and Word numbering rebuilt exactly."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml

from analyser.parsers import parse
from analyser.parsers.docx import format_number
from samples.docgen import Block, build_docx, build_txt, parse_source

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"

SOURCE = """# Model Release

This agreement is made between Studio and Model.

1. Definitions

1.1 "Digital Replica" means a computer-generated likeness.

1.2 "Work" means the photographs.

(a) first item;

(b) second item.

2. Consent

2.1 No replica without written consent.

(a) restarted item.

| Fee | Amount |
| Day rate | $500 |

Signed by both parties.
"""


def _docx_text(tmp_path: Path, blocks: list[Block], **kwargs: str) -> str:
    """Build a DOCX from blocks and return the text the parser reads back."""
    path = tmp_path / "contract.docx"
    build_docx(blocks, path, **kwargs)
    return parse(path).text


def _lines(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------- generated documents


def test_numbers_come_back_from_real_numbering(tmp_path: Path) -> None:
    lines = _lines(_docx_text(tmp_path, parse_source(SOURCE)))
    numbered = [line.split(" ", 1)[0] for line in lines if line[:1].isdigit() or line[:1] == "("]
    assert numbered == ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "(a)"]
    assert '1.1 "Digital Replica" means a computer-generated likeness.' in lines
    assert "2. Consent" in lines


def test_docx_text_matches_txt_rendering(tmp_path: Path) -> None:
    blocks = parse_source(SOURCE)
    build_txt(blocks, tmp_path / "c.txt")
    expected = [
        line for line in (tmp_path / "c.txt").read_text(encoding="utf-8").split("\n") if line
    ]
    assert _lines(_docx_text(tmp_path, blocks)) == expected


def test_docx_has_no_pages_and_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "contract.docx"
    build_docx(parse_source(SOURCE), path)
    document = parse(path)
    assert document.format == "docx"
    assert document.name == "contract.docx"
    assert document.pages == ()
    assert document.page_at(5) is None
    assert document.warnings == ()


def test_header_and_footer_appear_once(tmp_path: Path) -> None:
    path = tmp_path / "contract.docx"
    build_docx(parse_source(SOURCE), path, header="CONFIDENTIAL", footer="Model initials")
    document = docx.Document(str(path))
    for _ in range(2):
        section = document.add_section()
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = "CONFIDENTIAL"
    buffer = io.BytesIO()
    document.save(buffer)
    text = parse(buffer.getvalue(), "contract.docx").text
    assert text.count("CONFIDENTIAL") == 1
    assert text.count("Model initials") == 1
    assert text.startswith("CONFIDENTIAL\nModel Release\n")
    assert text.endswith("Signed by both parties.\n\n\nModel initials")  # 2 section-break paras


def test_tables_are_rows_of_cells(tmp_path: Path) -> None:
    table = Block("", "table", rows=(("Use", "Fee", "Term"), ("Digital replica", "$900", "1 yr")))
    text = _docx_text(tmp_path, [Block("Before."), table, Block("After.")])
    assert text == "Before.\nUse | Fee | Term\nDigital replica | $900 | 1 yr\nAfter."


# --------------------------------------------------------------------------- handmade numbering


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _abstract(abstract_id: int, levels: Sequence[str], extra: str = "") -> str:
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{extra}'
        f"{''.join(levels)}</w:abstractNum>"
    )


def _num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return (
        f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
    )


def _numbered_docx(
    abstracts: Sequence[str],
    nums: Sequence[str],
    paragraphs: Sequence[tuple[str, int | None, int | None, str | None]],
    style_numbering: Mapping[str, tuple[int, int | None]] | None = None,
) -> bytes:
    """Return a DOCX whose paragraphs (text, numId, ilvl, style) use handmade numbering."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for abstract in abstracts:
        numbering.append(parse_xml(abstract))
    for num in nums:
        numbering.append(parse_xml(num))
    for new_style, (style_num, style_ilvl) in (style_numbering or {}).items():
        style = document.styles.add_style(new_style, WD_STYLE_TYPE.PARAGRAPH)
        _set_num_pr(style.element.get_or_add_pPr(), style_num, style_ilvl)
    for text, num_id, ilvl, style_name in paragraphs:
        paragraph = document.add_paragraph(text, style=style_name)
        if num_id is not None:
            _set_num_pr(paragraph._p.get_or_add_pPr(), num_id, ilvl)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_num_pr(p_pr: Any, num_id: int, ilvl: int | None) -> None:
    """Give a paragraph or style ``w:numPr`` with ``num_id`` and, if given, ``ilvl``."""
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    if ilvl is not None:
        num_pr.get_or_add_ilvl().val = ilvl


LEGAL = _abstract(
    1,
    [
        _lvl(0, "decimal", "%1."),
        _lvl(1, "decimal", "%1.%2"),
        _lvl(2, "lowerLetter", "(%3)"),
        _lvl(3, "lowerRoman", "(%4)"),
    ],
)


def _labels(data: bytes) -> list[str]:
    return [line.split(" ", 1)[0] for line in parse(data, "n.docx").text.split("\n")]


def test_numbering_restarts_deeper_levels_and_unnumbered_paragraphs_do_not_interrupt() -> None:
    paragraphs = [
        ("A", 1, 0, None),
        ("B", 1, 1, None),
        ("plain", None, None, None),
        ("C", 1, 1, None),
        ("D", 1, 2, None),
        ("E", 1, 3, None),
        ("F", 1, 3, None),
        ("G", 1, 0, None),
        ("H", 1, 1, None),
        ("I", 1, 2, None),
    ]
    data = _numbered_docx([LEGAL], [_num(1, 1)], paragraphs)
    assert _labels(data) == ["1.", "1.1", "plain", "1.2", "(a)", "(i)", "(ii)", "2.", "2.1", "(a)"]


def test_start_override_restarts_a_second_list_on_the_same_definition() -> None:
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    paragraphs = [("A", 1, 0, None), ("B", 1, 0, None), ("C", 2, 0, None), ("D", 2, 0, None)]
    data = _numbered_docx([LEGAL], [_num(1, 1), _num(2, 1, restart)], paragraphs)
    assert _labels(data) == ["1.", "2.", "1.", "2."]


def test_lists_sharing_a_definition_continue_each_other() -> None:
    paragraphs = [("A", 1, 0, None), ("B", 2, 0, None), ("C", 1, 0, None)]
    data = _numbered_docx([LEGAL], [_num(1, 1), _num(2, 1)], paragraphs)
    assert _labels(data) == ["1.", "2.", "3."]


def test_start_values_and_override_start() -> None:
    abstract = _abstract(1, [_lvl(0, "decimal", "%1.", start=5), _lvl(1, "decimal", "%1.%2")])
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>'
    paragraphs = [("A", 1, 0, None), ("B", 1, 1, None), ("C", 2, 0, None)]
    data = _numbered_docx([abstract], [_num(1, 1), _num(2, 1, override)], paragraphs)
    assert _labels(data) == ["5.", "5.1", "7."]


@pytest.mark.parametrize(
    ("fmt", "text", "labels"),
    [
        ("decimal", "%1)", ["1)", "2)", "3)", "4)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C.", "D."]),
        ("lowerLetter", "(%1)", ["(a)", "(b)", "(c)", "(d)"]),
        ("upperRoman", "%1.", ["I.", "II.", "III.", "IV."]),
        ("lowerRoman", "%1.", ["i.", "ii.", "iii.", "iv."]),
        ("bullet", "\u2022", ["\u2022", "\u2022", "\u2022", "\u2022"]),
        ("bullet", "\uf0b7", ["\u2022", "\u2022", "\u2022", "\u2022"]),
        ("decimalZero", "%1.", ["01.", "02.", "03.", "04."]),
    ],
)
def test_number_formats(fmt: str, text: str, labels: list[str]) -> None:
    data = _numbered_docx(
        [_abstract(1, [_lvl(0, fmt, text)])], [_num(1, 1)], [("x y", 1, 0, None)] * 4
    )
    assert _labels(data) == labels


def test_upper_roman_article_labels_in_full() -> None:
    abstract = _abstract(1, [_lvl(0, "upperRoman", "Article %1")])
    data = _numbered_docx([abstract], [_num(1, 1)], [("Grant", 1, 0, None)] * 4)
    assert parse(data, "n.docx").text.split("\n") == [
        "Article I Grant",
        "Article II Grant",
        "Article III Grant",
        "Article IV Grant",
    ]


def test_numbering_inherited_from_paragraph_style() -> None:
    paragraphs = [
        ("Definitions", None, None, "Clause Heading"),
        ("Body", None, None, "Clause Body"),
        ("Body", None, None, "Clause Body"),
        ("Consent", None, None, "Clause Heading"),
    ]
    styles = {"Clause Heading": (1, 0), "Clause Body": (1, 1)}
    data = _numbered_docx([LEGAL], [_num(1, 1)], paragraphs, styles)
    assert parse(data, "n.docx").text.split("\n") == [
        "1. Definitions",
        "1.1 Body",
        "1.2 Body",
        "2. Consent",
    ]


def test_direct_num_id_zero_switches_style_numbering_off() -> None:
    paragraphs = [("A", None, None, "Clause Heading"), ("B", 0, 0, "Clause Heading")]
    data = _numbered_docx([LEGAL], [_num(1, 1)], paragraphs, {"Clause Heading": (1, 0)})
    assert parse(data, "n.docx").text.split("\n") == ["1. A", "B"]


def test_level_linked_to_style_by_pstyle() -> None:
    abstract = _abstract(
        1,
        [
            _lvl(0, "decimal", "%1.", extra='<w:pStyle w:val="ClauseHeading"/>'),
            _lvl(1, "decimal", "%1.%2", extra='<w:pStyle w:val="ClauseBody"/>'),
        ],
    )
    paragraphs = [
        ("H", None, None, "Clause Heading"),
        ("B", None, None, "Clause Body"),
        ("H", None, None, "Clause Heading"),
        ("B", None, None, "Clause Body"),
    ]
    styles = {"Clause Heading": (1, None), "Clause Body": (1, None)}
    data = _numbered_docx([abstract], [_num(1, 1)], paragraphs, styles)
    assert _labels(data) == ["1.", "1.1", "2.", "2.1"]


def test_lvl_restart_zero_keeps_counting_across_parents() -> None:
    abstract = _abstract(
        1,
        [
            _lvl(0, "decimal", "%1."),
            _lvl(1, "lowerLetter", "(%2)", extra='<w:lvlRestart w:val="0"/>'),
        ],
    )
    paragraphs = [("A", 1, 0, None), ("b", 1, 1, None), ("C", 1, 0, None), ("d", 1, 1, None)]
    data = _numbered_docx([abstract], [_num(1, 1)], paragraphs)
    assert _labels(data) == ["1.", "(a)", "2.", "(b)"]


def test_legal_numbering_shows_all_levels_as_decimal() -> None:
    abstract = _abstract(
        1,
        [_lvl(0, "upperRoman", "%1."), _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")],
    )
    paragraphs = [("A", 1, 0, None), ("B", 1, 0, None), ("c", 1, 1, None)]
    data = _numbered_docx([abstract], [_num(1, 1)], paragraphs)
    assert _labels(data) == ["I.", "II.", "2.1"]


def test_missing_definitions_leave_paragraph_unnumbered() -> None:
    data = _numbered_docx([LEGAL], [_num(1, 1)], [("A", 9, 0, None), ("B", 1, 7, None)])
    assert parse(data, "n.docx").text == "A\nB"


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (4, "decimal", "4"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (1994, "upperRoman", "MCMXCIV"),
        (9, "lowerRoman", "ix"),
        (3, "decimalZero", "03"),
        (12, "ordinal", "12th"),
        (22, "ordinal", "22nd"),
        (5, "none", ""),
        (6, "cardinalText", "6"),
    ],
)
def test_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


# --------------------------------------------------------------------------- run-level text


def _docx_with_body_xml(body_xml: str) -> bytes:
    document = docx.Document()
    body = document.element.body
    sect_pr = body.find(f"{W}sectPr")
    for element in parse_xml(f'<w:body xmlns:w="{W_NS}">{body_xml}</w:body>'):
        sect_pr.addprevious(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("body_xml", "expected"),
    [
        ("<w:p><w:r><w:t>Fee</w:t><w:tab/><w:t>$5</w:t></w:r></w:p>", "Fee\t$5"),
        ("<w:p><w:r><w:t>line</w:t><w:br/><w:t>two</w:t></w:r></w:p>", "line\ntwo"),
        (
            "<w:p><w:r><w:t xml:space='preserve'>keep </w:t></w:r>"
            "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>added</w:t></w:r></w:ins></w:p>",
            "keep added",
        ),
        (
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>in a control</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt><w:p><w:r><w:t>after</w:t></w:r></w:p>",
            "in a control\nafter",
        ),
        (
            "<w:p><w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>exclusive</w:t></w:r></w:p>",
            "non-exclusive",
        ),
        (
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r>"
            "</w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc>"
            "</w:tr></w:tbl></w:tc></w:tr></w:tbl>",
            "a b | inner",
        ),
    ],
)
def test_run_level_text(body_xml: str, expected: str) -> None:
    assert parse(_docx_with_body_xml(body_xml), "r.docx").text == expected
