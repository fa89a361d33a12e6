"""PDF reading: the same words in the same order, pages joined by form feeds, page spans."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from analyser.parsers import parse
from samples.docgen import build_pdf, build_txt, parse_source

SOURCE = """# Model Release

This agreement is made between Studio and Model.

1. Definitions

1.1 "Digital Replica" means a computer-generated likeness of the Model, including voice.

(a) first item;

(b) second item.

2. Consent

2.1 The Studio shall not create any Digital Replica without the Model's written consent.

| Fee | Amount |
| Day rate | $500 |

Signed by both parties.
"""


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text.replace("|", " "))


def _canvas_pdf(path: Path, pages: list[str | None], **kwargs: object) -> Path:
    """Write one page per entry: its text, or a drawn shape only when the entry is None."""
    canvas = Canvas(str(path), pagesize=letter, invariant=1, **kwargs)
    for text in pages:
        if text is None:
            canvas.rect(100, 100, 200, 200, fill=1)
        else:
            canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    build_pdf(parse_source(SOURCE) * 8, path, header="CONFIDENTIAL")
    return path


def test_words_come_back_in_order(tmp_path: Path) -> None:
    blocks = parse_source(SOURCE)
    build_pdf(blocks, tmp_path / "c.pdf", page_numbers=False)
    build_txt(blocks, tmp_path / "c.txt")
    expected = _words((tmp_path / "c.txt").read_text(encoding="utf-8"))
    assert _words(parse(tmp_path / "c.pdf").text) == expected


def test_pages_are_joined_by_one_form_feed(long_pdf: Path) -> None:
    document = parse(long_pdf)
    chunks = document.text.split("\f")
    assert len(document.pages) == len(chunks) > 1
    for number, (page, chunk) in enumerate(zip(document.pages, chunks, strict=True), start=1):
        assert page.number == number
        assert document.text[page.start : page.end] == chunk
        assert chunk.startswith("Model Release\n") or chunk[:1].isalnum()
        assert "CONFIDENTIAL" not in chunk
        assert f"Page {number} of" not in chunk


def test_page_at_maps_offsets_to_pages(long_pdf: Path) -> None:
    document = parse(long_pdf)
    second = document.pages[1]
    assert document.page_at(0) == 1
    assert document.page_at(second.start) == 2
    assert document.page_at(second.end - 1) == 2
    assert document.page_at(len(document.text) - 1) == len(document.pages)


def test_document_metadata(long_pdf: Path) -> None:
    document = parse(long_pdf)
    assert document.format == "pdf"
    assert document.name == "long.pdf"
    assert document.sha256 == hashlib.sha256(long_pdf.read_bytes()).hexdigest()
    assert [w.code for w in document.warnings] == ["headers_removed"]
    assert "CONFIDENTIAL" in document.warnings[0].message
    assert "\r" not in document.text


@pytest.mark.parametrize(("name", "expected"), [(None, "document"), ("upload.pdf", "upload.pdf")])
def test_bytes_input_takes_given_name(long_pdf: Path, name: str | None, expected: str) -> None:
    document = parse(long_pdf.read_bytes(), name)
    assert document.name == expected
    assert document.text == parse(long_pdf).text


def test_page_without_text_gives_warning(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "mixed.pdf", ["First page words.", None, "Third page words."])
    document = parse(path)
    assert document.text == "First page words.\f\fThird page words."
    assert [(w.code, w.page) for w in document.warnings] == [("page_without_text", 2)]
    assert document.pages[1].start == document.pages[1].end


def test_owner_password_only_pdf_is_readable(tmp_path: Path) -> None:
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=1)
    path = _canvas_pdf(tmp_path / "owner.pdf", ["Readable without a password."], encrypt=encryption)
    assert parse(path).text == "Readable without a password."


def test_pdf_named_otherwise_is_still_a_pdf(long_pdf: Path) -> None:
    document = parse(long_pdf.read_bytes(), "contract.txt")
    assert document.format == "pdf"
    assert [w.code for w in document.warnings] == ["extension_mismatch", "headers_removed"]
