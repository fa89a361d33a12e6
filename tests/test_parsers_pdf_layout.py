"""PDF layout: headers and page numbers removed, hyphens joined, characters normalised, columns
read in order, quality warnings, engines and passwords; each on both engines."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from analyser.errors import EncryptedError
from analyser.parsers import Limits, parse, pdflayout
from analyser.parsers.pdflayout import RawPage, TextLine, assemble_pages, normalise_characters

ENGINES = ("pdfium", "pdfplumber")
WIDTH, HEIGHT = letter


def _pdf(pages: list[list[tuple[float, float, str]]], **kwargs: object) -> bytes:
    """Draw each page's (x, y, text) strings and return the PDF bytes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1, **kwargs)
    for page in pages:
        for x, y, text in page:
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _body(lines: list[str], top: float = 700) -> list[tuple[float, float, str]]:
    return [(72, top - 14 * i, text) for i, text in enumerate(lines)]


# --------------------------------------------------------------------------- characters


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufb01nal \ufb02at \ufb00 \ufb03ce \ufb04", "final flat ff ffice ffl"),
        ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),
        ("in\u00advisible\u200b zero\ufeff", "invisible zero"),
        ("ctrl\x00\x07\x1b chars", "ctrl chars"),
        ("tab\tkept", "tab\tkept"),
    ],
)
def test_normalise_characters(raw: str, expected: str) -> None:
    assert normalise_characters(raw) == expected


# --------------------------------------------------------------------------- running lines


@pytest.mark.parametrize("engine", ENGINES)
def test_running_header_footer_and_page_numbers_removed(engine: str) -> None:
    pages = []
    for number in range(1, 4):
        page = [(72, HEIGHT - 40, "ACME Ltd - Confidential")]
        page += _body([f"Clause {number} text on page {number}.", "More text."])
        page += [(WIDTH / 2, 30, f"Page {number} of 3"), (480, 30, "Initials ____")]
        pages.append(page)
    document = parse(_pdf(pages), "c.pdf", engine=engine)
    chunks = document.text.split("\f")
    assert chunks == [f"Clause {n} text on page {n}.\nMore text." for n in range(1, 4)]
    assert [w.code for w in document.warnings] == ["headers_removed"]
    message = document.warnings[0].message
    assert "ACME Ltd - Confidential" in message and "Page 1 of 3" in message


@pytest.mark.parametrize("engine", ENGINES)
def test_single_page_keeps_header_first_but_drops_page_number(engine: str) -> None:
    # the header is drawn after the body, as report generators do
    page = _body(["1. The Model keeps all rights."]) + [(72, HEIGHT - 40, "ACME Ltd")]
    page += [(WIDTH / 2, 30, "- 1 -")]
    document = parse(_pdf([page]), "c.pdf", engine=engine)
    assert document.text == "ACME Ltd\n1. The Model keeps all rights."
    assert [w.code for w in document.warnings] == ["headers_removed"]


@pytest.mark.parametrize("engine", ENGINES)
def test_repeated_body_lines_are_kept(engine: str) -> None:
    pages = [_body(["Signature: ________", f"Page body {n}."]) for n in range(3)]
    document = parse(_pdf(pages), "c.pdf", engine=engine)
    assert document.text.count("Signature: ________") == 3
    assert document.warnings == ()


# --------------------------------------------------------------------------- hyphenation


@pytest.mark.parametrize("engine", ENGINES)
def test_line_end_hyphens_are_joined(engine: str) -> None:
    lines = [
        "The Company shall not create a computer-generated likeness of",
        "the Model, and every computer-",
        "generated version needs consent. The regist-",
        "ered office is in London. Non-",
        "Exclusive stays split before a capital.",
    ]
    document = parse(_pdf([_body(lines)]), "c.pdf", engine=engine)
    # the rest of a hyphenated line joins the line before (as PDFium reads it)
    assert document.text.split("\n") == [
        "The Company shall not create a computer-generated likeness of",
        "the Model, and every computer-generated version needs consent. The registered office "
        "is in London. Non-",
        "Exclusive stays split before a capital.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenated_word_across_a_page_break(engine: str) -> None:
    pages = [_body(["The fee is payable on signa-"]), _body(["ture of this agreement."])]
    document = parse(_pdf(pages), "c.pdf", engine=engine)
    assert document.text == "The fee is payable on signature\fof this agreement."
    first, second = document.pages
    assert document.text[first.start : first.end].endswith("signature")


def test_pdfium_hyphen_mark_resolved_by_vocabulary() -> None:
    page = RawPage(1, WIDTH, HEIGHT, [TextLine("a self-\ufffeemployed model is self-employed")])
    assert assemble_pages([page]).text == "a self-employed model is self-employed"
    page = RawPage(1, WIDTH, HEIGHT, [TextLine("the regist\ufffeered office")])
    assert assemble_pages([page]).text == "the registered office"


# --------------------------------------------------------------------------- columns

LEFT = [f"left column line {i} about consent" for i in range(14)]
RIGHT = [f"right column line {i} about fees" for i in range(14)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("offset", [0, 5])
def test_columns_drawn_row_by_row_are_read_column_by_column(engine: str, offset: int) -> None:
    page = []
    for i, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        page += [(72, 700 - 14 * i, left), (330, 700 - 14 * i - offset, right)]
    document = parse(_pdf([page]), "c.pdf", engine=engine)
    assert document.text.split("\n") == LEFT + RIGHT
    assert document.warnings == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_columns_under_a_full_width_title(engine: str) -> None:
    page = [(72, 720, "AGREEMENT BETWEEN THE STUDIO AND THE MODEL FOR DIGITAL REPLICA SERVICES")]
    page += [(72, 700 - 14 * i, text) for i, text in enumerate(LEFT)]
    page += [(330, 700 - 14 * i, text) for i, text in enumerate(RIGHT)]
    document = parse(_pdf([page]), "c.pdf", engine=engine)
    assert document.text.split("\n")[1:] == LEFT + RIGHT


def test_unsplittable_merged_columns_are_reported() -> None:
    lines = [
        TextLine(f"left text {i} right text {i}", 72, 540, 100 + 14 * i, 110 + 14 * i)
        for i in range(12)
    ]
    for line in lines:
        line.gaps, line.splits = ((290.0, 330.0),), (-1,)
    extracted = assemble_pages([RawPage(1, WIDTH, HEIGHT, lines)])
    assert [(w.code, w.page) for w in extracted.warnings] == [("column_mixup", 1)]


def test_single_column_text_with_a_centred_title_is_not_reordered() -> None:
    lines = [TextLine("Title", 280, 330, 60, 72)] + [
        TextLine(f"short line {i}", 72, 150 + (i % 3) * 60, 100 + 14 * i, 110 + 14 * i)
        for i in range(20)
    ]
    extracted = assemble_pages([RawPage(1, WIDTH, HEIGHT, lines)])
    assert extracted.text.split("\n") == ["Title"] + [f"short line {i}" for i in range(20)]


# --------------------------------------------------------------------------- quality gate


def test_replacement_characters_and_empty_pages_are_reported() -> None:
    pages = [
        RawPage(1, WIDTH, HEIGHT, [TextLine("bad \ufffd\ufffd glyphs", 72, 200, 100, 110)]),
        RawPage(2, WIDTH, HEIGHT, []),
        RawPage(3, failed=True),
    ]
    extracted = assemble_pages(pages)
    codes = [(w.code, w.page) for w in extracted.warnings]
    assert codes == [
        ("replacement_characters", 1),
        ("page_without_text", 2),
        ("page_unreadable", 3),
    ]
    assert extracted.text == "bad \ufffd\ufffd glyphs\f\f"
    assert [(p.start, p.end) for p in extracted.pages] == [(0, 13), (14, 14), (15, 15)]


def test_ocr_pages_are_reported() -> None:
    page = RawPage(1, WIDTH, HEIGHT, [TextLine("scanned words", 72, 200, 100, 110)], ocr=True)
    extracted = assemble_pages([page])
    assert [w.code for w in extracted.warnings] == ["ocr_used"]


# --------------------------------------------------------------------------- engines, passwords


def test_engine_choice_via_limits_and_argument() -> None:
    data = _pdf([_body(["Same words either way."])])
    assert parse(data, "a.pdf", limits=Limits(pdf_engine="pdfplumber")).text == (
        parse(data, "b.pdf", engine="pdfium").text
    )
    with pytest.raises(ValueError, match="unknown PDF engine"):
        parse(data, "c.pdf", engine="tesseract")


@pytest.mark.parametrize("engine", ENGINES)
def test_password_opens_an_encrypted_pdf(engine: str) -> None:
    data = _pdf([_body(["Secret contract text."])], encrypt="s3cret")
    assert parse(data, "locked.pdf", engine=engine, password="s3cret").text == (
        "Secret contract text."
    )
    with pytest.raises(EncryptedError) as caught:
        parse(data, "locked.pdf", engine=engine, password="wrong")
    assert "password given does not open it" in caught.value.message
    with pytest.raises(EncryptedError) as caught:
        parse(data, "locked.pdf", engine=engine)
    assert "give its password (likeness --password)" in caught.value.message


@given(st.lists(st.text(alphabet="ab \t\u00a0\ufb01\u200b\x01\ufffe\n", max_size=12), max_size=6))
def test_a_pages_lines_normalised_together_read_as_one_by_one(texts: list[str]) -> None:
    """``_normalise_line_texts`` works on the page's lines joined; each must come out as alone."""
    lines = [TextLine(text) for text in texts]
    pdflayout._normalise_line_texts(lines)
    expected = [
        pdflayout._SPACES.sub(" ", pdflayout.normalise_characters(text)).strip() for text in texts
    ]
    assert [line.text for line in lines] == expected


_MAPPED_OR_NOT = "".join(chr(code) for code in pdflayout._CHARACTER_MAP) + "ab \t\n\u00e9\u201c"


@given(
    st.text(alphabet=_MAPPED_OR_NOT)
    | st.text(alphabet=st.characters(max_codepoint=127))
    | st.text()
)
def test_normalising_skips_only_texts_the_map_leaves_alone(text: str) -> None:
    """Skipping texts without mapped characters, or without runs of blanks, changes nothing."""
    assert normalise_characters(text) == text.translate(pdflayout._TRANSLATION)
    assert pdflayout._collapse_spaces(text) == pdflayout._SPACES.sub(" ", text)


_OLD_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


@given(st.text(alphabet="ab\u00e9\u00b2\u0663-1_ \n"))
def test_hyphenated_words_found_as_without_the_word_start_check(text: str) -> None:
    """Only starting matches at a word's start finds the same words, without retrying inside."""
    assert pdflayout._HYPHENATED.findall(text) == _OLD_HYPHENATED.findall(text)


_COORDINATES = st.floats(allow_infinity=False) | st.sampled_from([0.0, 79.2, 712.8, 792.0])


@given(
    st.lists(st.tuples(_COORDINATES, _COORDINATES), max_size=6),
    st.sampled_from([792.0, 0.0, -1.0, 500.5]),
)
def test_bands_of_a_page_equal_each_lines_band(
    boxes: list[tuple[float, float]], height: float
) -> None:
    lines = [TextLine("x", top=top, bottom=bottom) for top, bottom in boxes]
    assert pdflayout._bands(lines, height) == [line.band(height) for line in lines]


@given(st.lists(st.text(alphabet="aB-\ufffe ", max_size=6), max_size=6))
def test_page_text_joins_hyphens_as_line_by_line(texts: list[str]) -> None:
    """The page text equals the line-by-line join, also when no line ends in a hyphen."""
    vocabulary = {"a-a", "b-a"}
    page = RawPage(1, WIDTH, HEIGHT, [TextLine(text) for text in texts])
    lines: list[str] = []
    for text in texts:
        if lines and pdflayout._ends_with_hyphen(lines[-1]) and text[:1].islower():
            lines[-1] = pdflayout._join_hyphenated(lines[-1][:-1], text, vocabulary)
        else:
            lines.append(text)
    expected = "\n".join(lines)
    if pdflayout.HYPHEN_MARK in expected:
        expected = pdflayout._resolve_marks(expected, vocabulary)
    assert pdflayout._page_text(page, vocabulary) == expected


@given(st.lists(st.text(alphabet="aB\u00e9\u00b21_- \t\n\u2003\x1f", max_size=10), max_size=6))
def test_hyphenated_words_of_a_document_found_as_line_by_line(texts: list[str]) -> None:
    pages = [RawPage(1, WIDTH, HEIGHT, [TextLine(text) for text in texts[:3]])]
    pages.append(RawPage(2, WIDTH, HEIGHT, [TextLine(text) for text in texts[3:]]))
    expected = {word.casefold() for text in texts for word in pdflayout._HYPHENATED.findall(text)}
    assert pdflayout._hyphenated_words(pages) == expected


@given(st.lists(st.sampled_from(["ab", "Cd", "\n", "\r\n", "\r", " ", "-"]), max_size=20)
       .map("".join))
def test_pdfium_lines_without_hyphen_marks_are_what_the_line_breaks_make(text: str) -> None:
    """The shortcut for a page without PDFium's hyphen marks splits as the general reading."""
    import re

    from analyser.parsers.pdfium_engine import _line_spans

    expected = []
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        expected.append((start, match.start()))
        start = match.end()
    assert _line_spans(text) == [*expected, (start, len(text))]
    # with a mark that does not continue a word, the line is split after the mark
    assert _line_spans("Fee\ufffe\nPage 2") == [(0, 4), (4, 4), (5, 11)]
