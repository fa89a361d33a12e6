"""One test per failure mode of ``parse``: the right error, named file, plain one-line advice."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from analyser.errors import (
    AnalyserError,
    CorruptError,
    EmptyError,
    EncryptedError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from analyser.parsers import Limits, parse
from samples.docgen import Block, build_docx, build_pdf, ole_compound_bytes


def _raises(
    error: type[AnalyserError], source: bytes | Path, name: str, limits: Limits | None = None
) -> AnalyserError:
    """Parse and return the raised error after checking its type, source and message shape."""
    with pytest.raises(error) as caught:
        parse(source, name if isinstance(source, bytes) else None, limits=limits)
    raised = caught.value
    assert type(raised) is error
    assert raised.source == name
    assert raised.message and "\n" not in raised.message
    assert str(raised) == f"{name}: {raised.message}"
    return raised


def _pdf_bytes(tmp_path: Path, pages: int = 1) -> bytes:
    path = tmp_path / "ok.pdf"
    build_pdf([Block(f"Clause text number {i}.") for i in range(pages)], path)
    return path.read_bytes()


def _docx_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "ok.docx"
    build_docx([Block("Grant", "heading", 0), Block("The Model grants rights.", level=1)], path)
    return path.read_bytes()


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert "empty" in _raises(EmptyError, path, "empty.pdf").message


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), pagesize=letter, encrypt="secret", invariant=1)
    canvas.drawString(72, 700, "Secret contract text.")
    canvas.save()
    error = _raises(EncryptedError, path, "locked.pdf")
    assert error.message == (
        "this PDF is password-protected; give its password (likeness --password) or remove "
        "the password (print to PDF) and try again"
    )


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.95])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = _pdf_bytes(tmp_path, pages=3)
    assert "damaged" in _raises(CorruptError, data[: int(len(data) * keep)], "cut.pdf").message


def test_pdf_header_then_garbage() -> None:
    _raises(CorruptError, b"%PDF-1.7\n" + bytes(range(256)) * 4, "garbage.pdf")


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=letter, invariant=1)
    for _ in range(2):
        canvas.rect(72, 72, 300, 500, fill=1)
        canvas.circle(300, 400, 80)
        canvas.showPage()
    canvas.save()
    assert "scan" in _raises(NoTextLayerError, path, "scan.pdf").message


def test_legacy_word_doc() -> None:
    data = ole_compound_bytes(["WordDocument", "1Table", "\x05SummaryInformation"])
    error = _raises(UnsupportedFormatError, data, "contract.doc")
    assert error.message == (
        "old Word .doc files are not supported; "
        "open it in Word or LibreOffice and save as .docx or PDF"
    )


def test_encrypted_office_file() -> None:
    data = ole_compound_bytes(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    assert "password" in _raises(EncryptedError, data, "contract.docx").message


def test_odt_zip() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    error = _raises(UnsupportedFormatError, buffer.getvalue(), "contract.odt")
    assert "save as .docx or PDF" in error.message


def test_rtf() -> None:
    error = _raises(UnsupportedFormatError, b"{\\rtf1\\ansi\\deff0 Contract}", "contract.rtf")
    assert "RTF" in error.message and "save as .docx or PDF" in error.message


def test_png() -> None:
    error = _raises(UnsupportedFormatError, b"\x89PNG\r\n\x1a\n" + bytes(64), "photo.pdf")
    assert "image" in error.message and "OCR" in error.message


@pytest.mark.parametrize("with_nul", [True, False])
def test_binary_garbage(with_nul: bool) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096))
    if not with_nul:
        data = data.replace(b"\x00", b"\x01")
    error = _raises(UnsupportedFormatError, data, "blob.txt")
    assert "not a PDF, Word (.docx) or text document" in error.message


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    buffer = io.BytesIO(_docx_bytes(tmp_path))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/bomb.bin", bytes(30 * 1024 * 1024))
    assert "zip bomb" in _raises(TooLargeError, buffer.getvalue(), "bomb.docx").message


def test_docx_declared_size_over_limit(tmp_path: Path) -> None:
    limits = Limits(max_docx_uncompressed=100_000)
    error = _raises(TooLargeError, _docx_bytes(tmp_path), "big.docx", limits)
    assert "unpacks to" in error.message


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes(tmp_path)
    _raises(CorruptError, data[: len(data) // 2], "cut.docx")


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(tmp_path)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            archive.writestr(
                info.filename, b"<w:document" if "document.xml" in info.filename else data
            )
    _raises(CorruptError, buffer.getvalue(), "broken.docx")


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2048)
    assert "limit" in _raises(TooLargeError, path, "huge.txt", Limits(max_bytes=1024)).message


def test_too_large_bytes() -> None:
    _raises(TooLargeError, b"a" * 2048, "huge.txt", Limits(max_bytes=1024))


def test_too_many_pages(tmp_path: Path) -> None:
    data = _pdf_bytes(tmp_path, pages=120)
    error = _raises(TooLargeError, data, "long.pdf", Limits(max_pages=1))
    assert "pages" in error.message


def test_text_named_pdf_is_read_as_text_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_text("1. The Model keeps all rights.\n", encoding="utf-8")
    document = parse(path)
    assert document.format == "txt"
    assert document.text == "1. The Model keeps all rights.\n"
    assert [w.code for w in document.warnings] == ["extension_mismatch"]


def test_whitespace_only_docx(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    build_docx([Block("   "), Block("")], path)
    _raises(EmptyError, path, "blank.docx")


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse(tmp_path / "nowhere.pdf")


def test_pathlike_and_str_paths(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("Text.", encoding="utf-8")
    assert parse(os.fspath(path)).text == parse(path).text == "Text."
