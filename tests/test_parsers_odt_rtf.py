"""OpenDocument text and RTF: refused with advice by default, read when ``read_odt_rtf`` is on."""

from __future__ import annotations

import io
import zipfile

import pytest

from analyser.errors import AnalyserError, UnsupportedFormatError
from analyser.parsers import Limits, parse

ON = Limits(read_odt_rtf=True)
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
STYLES = (
    f'<office:document-styles {NS}><office:styles><text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>'
    "</text:outline-style></office:styles></office:document-styles>"
)
LIST_STYLE = (
    '<office:automatic-styles><text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/>'
    '<text:list-level-style-number text:level="3" style:num-format="a" style:num-prefix="(" '
    'style:num-suffix=")"/></text:list-style></office:automatic-styles>'
)
BODY = (
    '<text:h text:outline-level="1">Definitions</text:h>'
    "<text:p>The Model<text:s/>and the<text:s text:c='2'/>Studio agree.</text:p>"
    '<text:list text:style-name="L1">'
    "<text:list-item><text:p>Consent is required.</text:p>"
    "<text:list><text:list-item><text:p>In writing.</text:p></text:list-item>"
    "<text:list-item><text:p>For each use"
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>Uses are listed in Schedule 1.</text:p></text:note-body></text:note>"
    ".</text:p>"
    "<text:list><text:list-item><text:p>signed</text:p></text:list-item></text:list>"
    "</text:list-item></text:list></text:list-item>"
    "<text:list-item><text:p>Fees<office:annotation><dc:creator>A</dc:creator>"
    "<text:p>check this</text:p></office:annotation> are paid.</text:p></text:list-item>"
    "</text:list>"
    '<text:h text:outline-level="1">Fees</text:h>'
    "<table:table><table:table-row><table:table-cell><text:p>Use</text:p></table:table-cell>"
    "<table:table-cell><text:p>Fee</text:p></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>Replica</text:p></table:table-cell>"
    "<table:table-cell><text:p>$900</text:p></table:table-cell></table:table-row></table:table>"
    "<text:p>Box anchor<draw:frame><draw:text-box><text:p>Boxed text.</text:p>"
    "</draw:text-box></draw:frame></text:p>"
)
CHANGES = (
    "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
    "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
    "<text:p>perpetual</text:p></text:deletion></text:changed-region></text:tracked-changes>"
)


def _odt(body: str = BODY, prolog: str = "", extra: str = "") -> bytes:
    content = (
        f"{prolog}<office:document-content {NS}>{LIST_STYLE}<office:body><office:text>"
        f"{extra}{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", STYLES)
    return buffer.getvalue()


RTF = (
    rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}"
    rb"{\listtext 1.\tab}Consent is required.\par"
    rb"{\listtext 2.\tab}Fees of \u8364? 900 for the caf\'e9 shoot.\par"
    rb"\trowd\cellx2000\cellx4000 Use\cell Fee\cell\row "
    rb"Signed by both parties.\par}"
)


def test_odt_refused_with_advice_by_default() -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        parse(_odt(), "c.odt")
    assert "save as .docx or PDF" in caught.value.message


def test_rtf_refused_with_advice_by_default() -> None:
    with pytest.raises(UnsupportedFormatError):
        parse(RTF, "c.rtf")


def test_odt_text_numbering_tables_notes_boxes() -> None:
    document = parse(_odt(), "c.odt", limits=ON)
    assert document.format == "odt"
    assert document.pages == ()
    assert document.text.split("\n") == [
        "1. Definitions",
        "The Model and the  Studio agree.",
        "1. Consent is required.",
        "1.1 In writing.",
        "1.2 For each use.",
        "(a) signed",
        "2. Fees are paid.",
        "2. Fees",
        "Use | Fee",
        "Replica | $900",
        "Box anchor",
        "Boxed text.",
        "[1] Uses are listed in Schedule 1.",
    ]
    assert [w.code for w in document.warnings] == ["comments"]


def test_odt_tracked_changes_read_as_accepted() -> None:
    body = "<text:p>The licence is <text:change text:change-id='c1'/>limited.</text:p>"
    document = parse(_odt(body, extra=CHANGES), "c.odt", limits=ON)
    assert document.text == "The licence is limited."
    assert [w.code for w in document.warnings] == ["tracked_changes"]


def test_odt_entity_declarations_refused() -> None:
    prolog = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
    with pytest.raises(AnalyserError) as caught:
        parse(_odt(prolog=prolog), "c.odt", limits=ON)
    assert caught.value.code == "corrupt"


def test_other_opendocument_files_stay_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(UnsupportedFormatError):
        parse(buffer.getvalue(), "sheet.ods", limits=ON)


def test_rtf_text_lists_tables_and_encodings() -> None:
    document = parse(RTF, "c.rtf", limits=ON)
    assert document.format == "rtf"
    assert document.text.split("\n") == [
        "1. Consent is required.",
        "2. Fees of \u20ac 900 for the caf\u00e9 shoot.",
        "Use | Fee",
        "Signed by both parties.",
    ]
