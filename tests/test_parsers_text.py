"""Plain text and Markdown: encodings, line ends, form feeds, format names."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from analyser.errors import EmptyError
from analyser.parsers import parse
from analyser.parsers.text import decode_text

CONTRACT = (
    "MODEL RELEASE\n\n"
    "1. The Company shall not create a digital replica of the Model\u2019s likeness "
    "without the Model\u2019s prior written consent.\n"
    "2. The Model shall receive a fee of \u20ac500 per day, payable within 30 days.\n"
    "3. The Model may revoke consent for future uses at any time by written notice.\n"
)
LATIN = (
    "CONTRAT DE CESSION\n\n"
    "Le mannequin c\u00e8de \u00e0 la soci\u00e9t\u00e9 le droit d\u2019utiliser son image. "
    "La r\u00e9mun\u00e9ration est fix\u00e9e \u00e0 cinq cents euros. "
    "Le mannequin peut r\u00e9voquer son consentement \u00e0 tout moment.\n"
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (CONTRACT.encode("utf-8"), CONTRACT),
        (codecs.BOM_UTF8 + CONTRACT.encode("utf-8"), CONTRACT),
        (CONTRACT.encode("utf-16"), CONTRACT),
        (codecs.BOM_UTF16_BE + CONTRACT.encode("utf-16-be"), CONTRACT),
        (codecs.BOM_UTF16_LE + CONTRACT.encode("utf-16-le"), CONTRACT),
        (CONTRACT.encode("utf-16-le"), CONTRACT),
        (CONTRACT.encode("utf-32"), CONTRACT),
        (CONTRACT.encode("cp1252"), CONTRACT),
        (LATIN.replace("\u2019", "'").encode("latin-1"), LATIN.replace("\u2019", "'")),
        (LATIN.encode("cp1252"), LATIN),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf16le-bom",
        "utf16le-no-bom",
        "utf32",
        "cp1252",
        "latin1",
        "cp1252-french",
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, expected: str) -> None:
    assert parse(data, "c.txt").text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("page one\fpage two", "page one\fpage two"),
        ("tab\tseparated  spaces", "tab\tseparated  spaces"),
    ],
)
def test_line_ends_normalised_and_form_feeds_kept(raw: str, expected: str) -> None:
    assert parse(raw.encode("utf-8"), "c.txt").text == expected


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("c.txt", "txt"), ("c.md", "md"), ("C.MARKDOWN", "md"), ("notes", "txt"), (None, "txt")],
)
def test_format_name_from_extension(name: str | None, fmt: str) -> None:
    document = parse(CONTRACT.encode("utf-8"), name)
    assert document.format == fmt
    assert document.pages == ()
    assert document.warnings == ()


def test_reads_from_path(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_bytes(CONTRACT.encode("utf-8"))
    document = parse(path)
    assert (document.name, document.format, document.text) == ("release.md", "md", CONTRACT)
    assert parse(str(path)).text == CONTRACT


@pytest.mark.parametrize("blank", [b" ", b"\n\n\t\r\n", "\u00a0\n".encode(), codecs.BOM_UTF8])
def test_whitespace_only_is_empty(blank: bytes) -> None:
    with pytest.raises(EmptyError) as caught:
        parse(blank, "blank.txt")
    assert caught.value.source == "blank.txt"


def test_decode_text_keeps_rare_control_characters_in_real_text() -> None:
    text = CONTRACT + "\x1a"
    assert decode_text(text.encode("utf-8"), "c.txt") == text
