"""The annotated Word contract: a comment on the words of each finding, nothing else changed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from analyser.annotate import AUTHOR, annotate_docx, plan_annotations
from analyser.cli import main
from analyser.model import Report
from analyser.parsers import parse
from analyser.pipeline import Pipeline, analyse, load_pipeline

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABEL = re.compile(r"^\S{1,12} $")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline(("baseline", "ny_fwa"))


def docx_samples() -> list[Path]:
    found = sorted(SAMPLES.glob("*.docx"))
    if not found:
        pytest.fail("no samples/*.docx: run `make samples`")
    return found


def anchors(data: bytes) -> dict[int, str]:
    """Return the text each comment is anchored on; paragraphs joined by a newline."""
    document = docx.Document(io.BytesIO(data))
    open_ids: list[int] = []
    texts: dict[int, list[str]] = {}

    def walk(element: object) -> None:
        for child in element:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == f"{_W}commentRangeStart":
                open_ids.append(int(child.get(f"{_W}id")))
                texts[open_ids[-1]] = []
            elif tag == f"{_W}commentRangeEnd":
                open_ids.remove(int(child.get(f"{_W}id")))
            elif tag in (f"{_W}t", f"{_W}tab", f"{_W}br"):
                piece = child.text or "" if tag == f"{_W}t" else "\t" if tag == f"{_W}tab" else "\n"
                for comment_id in open_ids:
                    texts[comment_id].append(piece)
            elif tag in (f"{_W}del", f"{_W}txbxContent"):
                continue
            else:
                walk(child)
                if tag == f"{_W}p":
                    for comment_id in open_ids:
                        texts[comment_id].append("\n")

    walk(document.element.body)
    return {comment_id: "".join(parts).rstrip("\n") for comment_id, parts in texts.items()}


def assert_anchor_is_quote(anchor: str, quote: str) -> None:
    """The anchor is the quote, less the list numbers Word draws in front of paragraphs.

    Table rows are one line of the text (cells joined by " | ") but one paragraph per cell in
    Word; header and footer lines of a long quote are not in the body, so they are not anchored.
    """
    anchor_pieces = [line for line in anchor.split("\n") if line.strip()]
    # a row whose last cell is empty ends its quote with " |" (the separator of an empty cell)
    quote_pieces = [piece for piece in re.split(r"\n| \|(?: |$)", quote) if piece.strip()]
    assert anchor_pieces, quote

    def fits(got: str, wanted: str) -> bool:
        prefix = wanted[: len(wanted) - len(got)]
        return wanted.endswith(got) and (prefix == "" or bool(LABEL.match(prefix)))

    first = next((i for i, piece in enumerate(quote_pieces) if fits(anchor_pieces[0], piece)),
                 None)
    assert first is not None, (anchor, quote)
    following = quote_pieces[first : first + len(anchor_pieces)]
    assert len(following) == len(anchor_pieces), (anchor, quote)
    for got, wanted in zip(anchor_pieces, following, strict=True):
        assert fits(got, wanted), (got, wanted)


def check_annotated(source: bytes, report: Report) -> bytes:
    """Annotate, then check every comment and that the text the analyser reads is unchanged."""
    annotated = annotate_docx(source, report)
    plan = plan_annotations(report)
    found = anchors(annotated)
    comments = list(docx.Document(io.BytesIO(annotated)).comments)
    assert len(comments) == len(plan) + 1
    assert all(comment.author == AUTHOR for comment in comments)
    for comment_id, annotation in enumerate(plan):
        assert_anchor_is_quote(found[comment_id], report.document.text[annotation.start:
                                                                        annotation.end])
        assert comments[comment_id].text.startswith(annotation.lines[0])
    summary = comments[-1].text
    assert report.verdict in summary and "not legal advice" in summary
    again = parse(annotated, report.document.name)
    assert again.text == report.document.text
    return annotated


@pytest.mark.parametrize("path", docx_samples(), ids=lambda p: p.name)
def test_every_sample_gets_a_comment_on_each_quote(path: Path, pipeline: Pipeline) -> None:
    source = path.read_bytes()
    report = analyse(source, path.name, pipeline=pipeline)
    check_annotated(source, report)


def test_comment_text_has_status_reason_advice_and_law(pipeline: Pipeline) -> None:
    path = next(p for p in docx_samples() if "digital_twin" in p.name) if any(
        "digital_twin" in p.name for p in docx_samples()) else docx_samples()[0]
    report = analyse(path, pipeline=pipeline)
    annotated = annotate_docx(path.read_bytes(), report)
    texts = [comment.text for comment in docx.Document(io.BytesIO(annotated)).comments]
    weak = next(r for r in report.requirements if r.status != "present" and r.evidence)
    comment = next(t for t in texts if t.startswith(f"{weak.title}: {weak.status.upper()}"))
    assert "Why: " in comment and "Ask for: " in comment
    if weak.references:
        assert weak.references[0].url in comment


def test_a_quote_across_formatted_runs_is_anchored_exactly(tmp_path: Path,
                                                          pipeline: Pipeline) -> None:
    document = docx.Document()
    document.add_paragraph("TALENT AGREEMENT")
    paragraph = document.add_paragraph("1. The Company may create a ")
    paragraph.add_run("digital replica").bold = True
    paragraph.add_run(" of the Model in perpetuity, and the Model's consent shall not be "
                      "required for any use.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Fee"
    table.cell(0, 1).text = "No further compensation shall be payable for AI uses."
    document.add_paragraph("2. The Model cannot revoke this licence, which is irrevocable.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = buffer.getvalue()
    report = analyse(source, "agreement.docx", pipeline=pipeline)
    assert plan_annotations(report), "the engine found nothing to comment on"
    annotated = check_annotated(source, report)
    bold = [run.text for p in docx.Document(io.BytesIO(annotated)).paragraphs for run in p.runs
            if run.bold]
    assert "".join(bold) == "digital replica"


def test_cli_annotate_writes_a_word_file(tmp_path: Path) -> None:
    source = docx_samples()[0]
    out = tmp_path / "contract.annotated.docx"
    assert main(["annotate", str(source), "--out", str(out)]) == 0
    assert len(list(docx.Document(str(out)).comments)) >= 1


def test_cli_annotate_refuses_other_formats(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "contract.txt"
    text.write_text("The Company may use a digital replica of the Model.\n", encoding="utf-8")
    assert main(["annotate", str(text), "--out", str(tmp_path / "x.docx")]) == 2
    assert "Word" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


def test_libreoffice_opens_the_annotated_contract(tmp_path: Path, pipeline: Pipeline) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("libreoffice is not installed")
    source = docx_samples()[0]
    annotated = tmp_path / "contract.annotated.docx"
    annotated.write_bytes(annotate_docx(source.read_bytes(), analyse(source, pipeline=pipeline)))
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(annotated)], check=True, timeout=120, capture_output=True)
    pdf = tmp_path / "contract.annotated.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
