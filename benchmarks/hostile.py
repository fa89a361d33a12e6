"""Generators of hostile and broken files for the parser tests (DESIGN.md §6).

Each function returns the bytes of one crafted file: a zip bomb, an XML entity bomb inside a
DOCX, a PDF whose page tree claims two billion pages, objects nested 200,000 deep, and so on.
``CASES`` maps a case name to (file name, generator, expected error code or ``None`` when the
file must simply be read without harm).
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from samples.docgen import Block, build_docx  # noqa: E402

__all__ = ["CASES", "docx_bytes", "minimal_pdf", "pdf_from_objects", "replace_zip_part"]

MB = 1024 * 1024
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)


# --------------------------------------------------------------------------- PDF


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """Return a PDF with the given objects (1-based, object 1 the catalog) and a valid xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def minimal_pdf(text: str = "Hello contract", pages_object: bytes | None = None) -> bytes:
    """Return a one-page PDF showing ``text`` (optionally with a crafted page tree)."""
    content = b"BT /F1 12 Tf 72 700 Td (" + text.encode("latin-1") + b") Tj ET"
    pages = pages_object or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return pdf_from_objects([_CATALOG, pages, _PAGE, _stream(content), _FONT])


def pdf_absurd_page_count() -> bytes:
    """A page tree whose /Count claims 2,147,483,647 pages (it holds one)."""
    return minimal_pdf(pages_object=b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>")


def pdf_many_kids() -> bytes:
    """A page tree listing the same page 100,000 times."""
    kids = b" ".join([b"3 0 R"] * 100_000)
    return minimal_pdf(pages_object=b"<< /Type /Pages /Kids [" + kids + b"] /Count 100000 >>")


def pdf_cyclic_page_tree() -> bytes:
    """A page tree that contains itself."""
    return minimal_pdf(pages_object=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")


def pdf_deep_object() -> bytes:
    """A font dictionary holding arrays nested 200,000 deep."""
    deep = b"[" * 200_000 + b"]" * 200_000
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Deep " + deep + b" >>"
    content = b"BT /F1 12 Tf 72 700 Td (Deep nesting) Tj ET"
    return pdf_from_objects([_CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE,
                             _stream(content), font])  # fmt: skip


def pdf_deep_content() -> bytes:
    """A content stream with 100,000 nested graphics states."""
    content = b"BT /F1 12 Tf 72 700 Td (Deep content) Tj ET " + b"q " * 100_000 + b"Q " * 100_000
    return pdf_from_objects([_CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE,
                             _stream(content), _FONT])  # fmt: skip


def pdf_encrypted(password: str = "s3cret") -> bytes:
    """A PDF that needs ``password`` to open."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt=password, invariant=1)
    canvas.drawString(72, 700, "Secret contract text.")
    canvas.save()
    return buffer.getvalue()


def pdf_many_pages(count: int = 300) -> bytes:
    """A PDF with ``count`` short pages (for page and time limits)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for number in range(count):
        canvas.drawString(72, 700, f"Clause {number} of a very long agreement.")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_truncated() -> bytes:
    return pdf_many_pages(3)[:-900]


def pdf_header_then_garbage() -> bytes:
    return b"%PDF-1.7\n" + bytes(range(256)) * 16


# --------------------------------------------------------------------------- DOCX


def docx_bytes(text: str = "The Model grants rights.") -> bytes:
    """Return a small valid DOCX."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.docx"
        build_docx([Block(text)], path)
        return path.read_bytes()


def replace_zip_part(data: bytes, part: str, content: bytes) -> bytes:
    """Return a copy of a zip with one member's content replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == part else source.read(info))
    return out.getvalue()


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def docx_entity_bomb() -> bytes:
    """Billion laughs: nine levels of ten-fold entity expansion inside word/document.xml."""
    data = docx_bytes("LAUGHS")
    levels = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = f"<!DOCTYPE w:document [{''.join(levels)}]>".encode()
    xml = _document_xml(data)
    head, body = xml.split(b"?>", 1)
    return replace_zip_part(
        data, "word/document.xml", head + b"?>" + doctype + body.replace(b"LAUGHS", b"&l9;")
    )


def docx_external_entity() -> bytes:
    """An external entity pointing at a local file (XXE)."""
    data = docx_bytes("SECRET")
    doctype = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    head, body = _document_xml(data).split(b"?>", 1)
    return replace_zip_part(
        data, "word/document.xml", head + b"?>" + doctype + body.replace(b"SECRET", b"&x;")
    )


def docx_deep_xml() -> bytes:
    """Content controls nested 5,000 deep."""
    data = docx_bytes()
    xml = _document_xml(data)
    xml = xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 5000).replace(
        b"</w:body>", b"</w:sdtContent></w:sdt>" * 5000 + b"</w:body>"
    )
    return replace_zip_part(data, "word/document.xml", xml)


def docx_zip_bomb_ratio() -> bytes:
    """A 30 MB run of zeros packed into a few kilobytes."""
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/bomb.bin", bytes(30 * MB))
    return buffer.getvalue()


def docx_zip_bomb_total() -> bytes:
    """Many moderately compressed parts that together unpack past the limit (250 MB)."""
    buffer = io.BytesIO(docx_bytes())
    chunk = bytes(range(256)) * (4 * MB // 256)  # compresses about 100:1, under the ratio limit
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for number in range(63):
            archive.writestr(f"word/media/part{number}.bin", chunk)
    return buffer.getvalue()


def docx_lying_sizes() -> bytes:
    """A 300 MB member whose zip headers claim 1,000 bytes."""
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/liar.bin", bytes(300 * MB))
    data = bytearray(buffer.getvalue())
    name = b"word/media/liar.bin"
    position = data.find(name)
    while position >= 0:
        if data[position - 30 : position - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, position - 30 + 22, 1000)
        if data[position - 46 : position - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, position - 46 + 24, 1000)
        position = data.find(name, position + 1)
    return bytes(data)


def docx_many_entries() -> bytes:
    """20,000 empty parts."""
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        for number in range(20_000):
            archive.writestr(f"word/media/f{number}.txt", b"")
    return buffer.getvalue()


def docx_truncated() -> bytes:
    data = docx_bytes()
    return data[: len(data) // 2]


# --------------------------------------------------------------------------- cases

Generator = Callable[[], bytes]
CASES: dict[str, tuple[str, Generator, str | None]] = {
    "zero_bytes": ("empty.pdf", lambda: b"", "empty"),
    "pdf_encrypted": ("locked.pdf", pdf_encrypted, "encrypted"),
    "pdf_truncated": ("cut.pdf", pdf_truncated, "corrupt"),
    "pdf_header_then_garbage": ("garbage.pdf", pdf_header_then_garbage, "corrupt"),
    "pdf_absurd_page_count": ("absurd.pdf", pdf_absurd_page_count, None),
    "pdf_many_kids": ("kids.pdf", pdf_many_kids, "too_large"),
    "pdf_cyclic_page_tree": ("cyclic.pdf", pdf_cyclic_page_tree, None),
    "pdf_deep_object": ("deep.pdf", pdf_deep_object, None),
    "pdf_deep_content": ("deepcontent.pdf", pdf_deep_content, None),
    "docx_entity_bomb": ("laughs.docx", docx_entity_bomb, "corrupt"),
    "docx_external_entity": ("xxe.docx", docx_external_entity, "corrupt"),
    "docx_deep_xml": ("deep.docx", docx_deep_xml, "corrupt"),
    "docx_zip_bomb_ratio": ("bomb.docx", docx_zip_bomb_ratio, "too_large"),
    "docx_zip_bomb_total": ("bomb2.docx", docx_zip_bomb_total, "too_large"),
    "docx_lying_sizes": ("liar.docx", docx_lying_sizes, None),
    "docx_many_entries": ("many.docx", docx_many_entries, "too_large"),
    "docx_truncated": ("cut.docx", docx_truncated, "corrupt"),
    "docx_named_pdf": ("contract.pdf", docx_bytes, None),
    "pdf_named_docx": ("contract.docx", lambda: minimal_pdf(), None),
}
