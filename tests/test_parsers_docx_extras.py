"""DOCX beyond body paragraphs: footnotes, endnotes, text boxes, fields, content controls,
tracked changes (read as accepted, warned) and comments (warned, never mixed into the text)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.oxml import parse_xml

from analyser.parsers import parse

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V_NS = "urn:schemas-microsoft-com:vml"


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def _docx(body_xml: str, parts: dict[str, tuple[str, str]] | None = None) -> bytes:
    """Return a DOCX with ``body_xml`` and extra parts {kind: (xml, content type)}.

    ``kind`` is footnotes, endnotes or comments; each part is related to the main document.
    """
    document = docx.Document()
    body = document.element.body
    sect_pr = body.find(f"{W}sectPr")
    wrapper = (
        f'<w:body xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:wps="{WPS_NS}" '
        f'xmlns:v="{V_NS}">{body_xml}</w:body>'
    )
    for element in parse_xml(wrapper):
        sect_pr.addprevious(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return _add_parts(buffer.getvalue(), parts or {})


def _add_parts(data: bytes, parts: dict[str, tuple[str, str]]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                extra = "".join(
                    f'<Relationship Id="rIdX{kind}" Type="{REL_BASE}/{kind}" Target="{kind}.xml"/>'
                    for kind in parts
                )
                content = content.replace(b"</Relationships>", f"{extra}</Relationships>".encode())
            elif info.filename == "[Content_Types].xml":
                extra = "".join(
                    f'<Override PartName="/word/{kind}.xml" ContentType="{ctype}"/>'
                    for kind, (_, ctype) in parts.items()
                )
                content = content.replace(b"</Types>", f"{extra}</Types>".encode())
            target.writestr(info.filename, content)
        for kind, (xml, _) in parts.items():
            target.writestr(f"word/{kind}.xml", xml)
    return out.getvalue()


def _notes(kind: str, texts: list[str]) -> tuple[str, str]:
    separator = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    )
    notes = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f"<w:r><w:t xml:space='preserve'> {text}</w:t></w:r></w:p></w:{kind}>"
        for i, text in enumerate(texts, start=1)
    )
    xml = f'<w:{kind}s xmlns:w="{W_NS}">{separator}{notes}</w:{kind}s>'
    return xml, f"{CT_BASE}.{kind}s+xml"


def test_footnotes_and_endnotes_follow_the_body() -> None:
    body = (
        "<w:p><w:r><w:t>The Model consents.</w:t></w:r>"
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>' + _p("Second paragraph.")
    )
    data = _docx(
        body,
        {
            "footnotes": _notes("footnote", ["Consent may be withdrawn.", "Second note."]),
            "endnotes": _notes("endnote", ["See Schedule 1."]),
        },
    )
    document = parse(data, "notes.docx")
    assert document.text.split("\n") == [
        "The Model consents.",
        "Second paragraph.",
        "[1] Consent may be withdrawn.",
        "[2] Second note.",
        "[i] See Schedule 1.",
    ]
    assert document.warnings == ()


def test_comments_are_reported_not_read() -> None:
    body = (
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Perpetual licence.</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    comments = (
        f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="Agent">'
        "<w:p><w:r><w:t>Push back on perpetual!</w:t></w:r></w:p></w:comment></w:comments>"
    )
    data = _docx(body, {"comments": (comments, f"{CT_BASE}.comments+xml")})
    document = parse(data, "c.docx")
    assert document.text == "Perpetual licence."
    assert [w.code for w in document.warnings] == ["comments"]
    assert "1 review comment" in document.warnings[0].message


def test_tracked_changes_read_as_accepted_with_warning() -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>The licence is </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>perpetual</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t>limited to two years</w:t></w:r></w:ins>"
        "<w:r><w:t>.</w:t></w:r></w:p>"
        # a deleted paragraph mark joins this paragraph to the next
        "<w:p><w:pPr><w:rPr><w:del w:id='3' w:author='A'/></w:rPr></w:pPr>"
        "<w:r><w:t xml:space='preserve'>Joined </w:t></w:r></w:p>" + _p("paragraph.") +
        # a moved paragraph appears once, where it was moved to
        "<w:p><w:moveFrom w:id='4' w:author='A'><w:r><w:t>Moved text.</w:t></w:r>"
        "</w:moveFrom></w:p>"
        "<w:p><w:moveTo w:id='5' w:author='A'><w:r><w:t>Moved text.</w:t></w:r></w:moveTo></w:p>"
        # a deleted table row is gone
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>kept row</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:trPr><w:del w:id='6' w:author='A'/></w:trPr><w:tc><w:p><w:r><w:t>gone row"
        "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    document = parse(_docx(body), "t.docx")
    assert document.text.split("\n") == [
        "The licence is limited to two years.",
        "Joined paragraph.",
        "",
        "Moved text.",
        "kept row",
    ]
    assert [w.code for w in document.warnings] == ["tracked_changes"]
    assert re.search(r"2 insertion\(s\), 4 deletion\(s\)", document.warnings[0].message)


def test_text_boxes_follow_their_paragraph_once() -> None:
    box = "<w:txbxContent>" + _p("Text in a box.") + "</w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>" + _p("Next paragraph.")
    )
    document = parse(_docx(body), "b.docx")
    assert document.text.split("\n") == ["Anchor paragraph.", "Text in a box.", "Next paragraph."]


def test_fields_show_their_result_not_their_code() -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Fee: </w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText xml:space='preserve'> MERGEFIELD Fee </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>$900</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:r><w:t xml:space='preserve'> per day, see </w:t></w:r>"
        "<w:fldSimple w:instr=' REF Clause7 '><w:r><w:t>clause 7</w:t></w:r></w:fldSimple>"
        "</w:p>"
    )
    assert parse(_docx(body), "f.docx").text == "Fee: $900 per day, see clause 7"


def test_inline_and_cell_content_controls() -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Model: </w:t></w:r><w:sdt><w:sdtPr>"
        "<w:alias w:val='Name'/></w:sdtPr><w:sdtContent><w:r><w:t>Jane Doe</w:t></w:r>"
        "</w:sdtContent></w:sdt></w:p>"
        "<w:tbl><w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>Fee</w:t></w:r></w:p></w:tc>"
        "</w:sdtContent></w:sdt><w:tc><w:p><w:r><w:t>$900</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    assert parse(_docx(body), "s.docx").text == "Model: Jane Doe\nFee | $900"
