"""``--password`` and ``--pdf-engine``: opening protected PDFs from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from analyser.cli import main


def _encrypted_pdf(path: Path, password: str) -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=password, invariant=1)
    pdf.drawString(72, 720, "1. Digital Replicas")
    pdf.drawString(72, 700, "1.1 The Model may revoke this consent at any time by written notice.")
    pdf.save()
    path.write_bytes(buffer.getvalue())


def test_encrypted_pdf_without_password_says_how_to_open_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path, "s3cret")
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert "locked.pdf" in err and "--password" in err and "Traceback" not in err


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_password_opens_the_pdf_with_either_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: str
) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path, "s3cret")
    assert main(["text", str(path), "--password", "s3cret", "--pdf-engine", engine]) == 0
    assert "may revoke this consent" in capsys.readouterr().out


def test_check_accepts_the_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path, "s3cret")
    code = main(
        ["check", str(path), "--password", "s3cret", "--format", "json", "--fail-on", "never"]
    )
    assert code == 0
    assert '"revocation"' in capsys.readouterr().out
