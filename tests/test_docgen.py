"""The sample document builders: source parsing, Word-style numbering, DOCX/PDF/TXT output."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest

from samples.docgen import (
    Block,
    build_docx,
    build_pdf,
    build_txt,
    number_blocks,
    parse_source,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

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


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("1. Definitions", Block("Definitions", "heading", 0)),
        ("12. Grant of Rights", Block("Grant of Rights", "heading", 0)),
        ("3. The Model agrees to pose.", Block("The Model agrees to pose.", "para", 0)),
        ("7.2 Consent is required.", Block("Consent is required.", "para", 1)),
        ("7.2. Consent is required.", Block("Consent is required.", "para", 1)),
        ("(b) any replica;", Block("any replica;", "para", 2)),
        ("Plain words here.", Block("Plain words here.")),
        ("wrapped\nacross lines", Block("wrapped across lines")),
        ("| a | b |\n| c | d |", Block("", "table", rows=(("a", "b"), ("c", "d")))),
        ("| a | b\n| c | d", Block("", "table", rows=(("a", "b"), ("c", "d")))),
    ],
)
def test_parse_source_turns_chunk_into_block(chunk: str, expected: Block) -> None:
    assert parse_source(chunk) == [expected]


def test_parse_source_reads_title_then_paragraphs() -> None:
    blocks = parse_source(SOURCE)
    assert blocks[0] == Block("Model Release", "title")
    assert blocks[1] == Block("This agreement is made between Studio and Model.")
    assert [b.kind for b in blocks].count("table") == 1
    assert len(blocks) == 12


def test_parse_source_accepts_crlf() -> None:
    assert parse_source(SOURCE.replace("\n", "\r\n")) == parse_source(SOURCE)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ([0, 1, 1, 2, 2, 0, 1, 2], ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "(a)"]),
        ([0, None, 1, None, 1], ["1.", None, "1.1", None, "1.2"]),
        ([1, 0, 1], ["0.1", "1.", "1.1"]),
        ([0] + [2] * 27, ["1."] + [f"({c})" for c in "abcdefghijklmnopqrstuvwxyz"] + ["(aa)"]),
    ],
)
def test_number_blocks_counts_like_word(levels: list[int | None], expected: list[str]) -> None:
    blocks = [Block(f"text {i}", level=level) for i, level in enumerate(levels)]
    assert [number for number, _ in number_blocks(blocks)] == expected


def test_number_blocks_never_numbers_titles_or_tables() -> None:
    blocks = [Block("T", "title", level=0), Block("", "table", level=0, rows=(("a",),))]
    assert [number for number, _ in number_blocks(blocks)] == [None, None]


def test_build_txt_writes_numbers_literally(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    build_txt(parse_source(SOURCE), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Model Release\n\nThis agreement")
    assert '\n\n1. Definitions\n\n1.1 "Digital Replica"' in text
    assert "\n\n(a) restarted item.\n\nFee | Amount\nDay rate | $500\n\n" in text
    assert text.endswith("Signed by both parties.\n")


def test_build_docx_uses_real_numbering_not_literal_numbers(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    build_docx(parse_source(SOURCE), path)
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p._p.find(f"{W}pPr/{W}numPr") is not None]
    assert [p.text for p in numbered][:3] == [
        "Definitions",
        '"Digital Replica" means a computer-generated likeness.',
        '"Work" means the photographs.',
    ]
    levels = [p._p.find(f"{W}pPr/{W}numPr/{W}ilvl").get(f"{W}val") for p in numbered]
    assert levels == ["0", "1", "1", "2", "2", "0", "1", "2"]
    assert numbered[0].runs[0].bold is True


def test_build_docx_writes_multilevel_abstract_num(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    build_docx(parse_source(SOURCE), path)
    numbering = docx.Document(str(path)).part.numbering_part.element
    num_id = docx.Document(str(path)).paragraphs[2]._p.find(f"{W}pPr/{W}numPr/{W}numId")
    num = numbering.num_having_numId(int(num_id.get(f"{W}val")))
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')[0]
    lvl_texts = [lvl.find(f"{W}lvlText").get(f"{W}val") for lvl in abstract.findall(f"{W}lvl")]
    formats = [lvl.find(f"{W}numFmt").get(f"{W}val") for lvl in abstract.findall(f"{W}lvl")]
    assert lvl_texts == ["%1.", "%1.%2", "(%3)"]
    assert formats == ["decimal", "decimal", "lowerLetter"]


def test_build_docx_writes_tables_header_and_footer(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    build_docx(parse_source(SOURCE), path, header="CONFIDENTIAL", footer="Initials: ____")
    document = docx.Document(str(path))
    table = document.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Fee", "Amount"],
        ["Day rate", "$500"],
    ]
    assert document.sections[0].header.paragraphs[0].text == "CONFIDENTIAL"
    assert document.sections[0].footer.paragraphs[0].text == "Initials: ____"


def test_build_docx_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "1.docx", tmp_path / "2.docx"
    build_docx(parse_source(SOURCE), first, header="H")
    build_docx(parse_source(SOURCE), second, header="H")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_build_pdf_writes_numbers_header_and_page_footer(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    blocks = parse_source(SOURCE) * 5
    build_pdf(blocks, path, header="CONFIDENTIAL")
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
        assert pdf.pages[0].width == 612 and pdf.pages[0].height == 792
    assert len(texts) > 1
    assert all(text.startswith("CONFIDENTIAL\n") for text in texts)
    assert all(text.endswith(f"Page {n} of {len(texts)}") for n, text in enumerate(texts, 1))
    assert '1. Definitions\n1.1 "Digital Replica"' in texts[0]
    assert "(a) restarted item." in texts[0]


def test_build_pdf_without_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    build_pdf(parse_source(SOURCE), path, page_numbers=False)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Page 1" not in text
    assert text.startswith("Model Release")


def test_build_pdf_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    build_pdf(parse_source(SOURCE), first, header="H")
    build_pdf(parse_source(SOURCE), second, header="H")
    assert first.read_bytes() == second.read_bytes()


def test_build_pdf_escapes_markup_characters(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    build_pdf([Block("Fees < $5 & more > none")], path)
    with pdfplumber.open(path) as pdf:
        assert "Fees < $5 & more > none" in pdf.pages[0].extract_text()
