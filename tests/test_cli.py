"""Specification of the ``likeness`` command line, run for real in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from analyser import __version__
from analyser.report import CSV_COLUMNS, DISCLAIMER, validate_report

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
TXT_CONTRACT = (
    "MODEL RELEASE\n\n1. Grant. The Model grants the Company the right to use photographs of the "
    "Model in all media now known or hereafter devised, in perpetuity.\n\n2. Payment. The Company "
    "shall pay the Model 500 USD.\n"
)


def likeness(*args: str | Path, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m analyser ARGS`` and return the finished process."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "analyser", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=240,
    )


def sample(suffix: str) -> Path:
    """Return the first bundled sample with ``suffix`` (fail when the samples are missing)."""
    found = sorted(SAMPLES.glob(f"*{suffix}"))
    if not found:
        pytest.fail(f"no samples/*{suffix}: run `make samples`")
    return found[0]


def assert_one_line_error(result: subprocess.CompletedProcess[str], file: str | Path) -> None:
    """Exit 2 with exactly one line ``likeness: FILE: reason`` and no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"likeness: {file}: ")
    assert len(lines[0]) > len(f"likeness: {file}: ") + 5
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="module")
def pdf_json() -> dict[str, Any]:
    """Return the JSON report of the first sample PDF."""
    result = likeness("check", sample(".pdf"), "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- usage --------------------------------------------------------------------------------------


def test_version() -> None:
    result = likeness("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"likeness {__version__}")


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("check",),
        ("check", "x.pdf", "--format", "xml"),
        ("check", "x.pdf", "--fail-on", "all"),
        ("frobnicate",),
        ("check", "x.pdf", "--packs", ","),
    ],
    ids=["nothing", "no-file", "bad-format", "bad-fail-on", "bad-command", "empty-packs"],
)
def test_usage_errors_exit_2(args: Sequence[str]) -> None:
    result = likeness(*args)
    assert result.returncode == 2
    assert "usage: likeness" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_rule_pack_is_one_line() -> None:
    result = likeness("check", sample(".txt"), "--packs", "no_such_pack")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("likeness: ")
    assert "Traceback" not in result.stderr


# --- check: good documents --------------------------------------------------------------------


def test_check_json_is_a_valid_report(pdf_json: dict[str, Any]) -> None:
    validate_report(pdf_json)
    assert pdf_json["document"] == pdf_json["document"] | {
        "name": sample(".pdf").name,
        "format": "pdf",
    }


@pytest.mark.parametrize("fail_on", ["missing", "weak", "never"])
def test_exit_code_follows_fail_on(pdf_json: dict[str, Any], fail_on: str) -> None:
    statuses = {str(r["status"]) for r in pdf_json["requirements"]}
    failing = {"missing": {"missing"}, "weak": {"missing", "weak"}, "never": set()}[fail_on]
    result = likeness("check", sample(".pdf"), "--format", "json", "--fail-on", fail_on)
    assert result.returncode == (1 if statuses & failing else 0)
    assert json.loads(result.stdout) == pdf_json


def test_check_text_is_a_readable_summary() -> None:
    result = likeness("check", sample(".pdf"), "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"File: {sample('.pdf').name} (pdf, ")
    assert "Verdict: " in result.stdout
    assert any(word in result.stdout for word in ("PRESENT", "WEAK", "MISSING"))
    assert result.stdout.rstrip().endswith(DISCLAIMER)
    assert result.stderr == ""


def test_check_is_byte_identical_across_runs(pdf_json: dict[str, Any]) -> None:
    first = likeness("check", sample(".docx"), "--format", "json", "--fail-on", "never")
    second = likeness("check", sample(".docx"), "--format", "json", "--fail-on", "never")
    assert first.stdout == second.stdout
    validate_report(json.loads(first.stdout))


def test_check_csv_has_a_row_per_requirement(pdf_json: dict[str, Any]) -> None:
    result = likeness("check", sample(".pdf"), "--format", "csv", "--fail-on", "never")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    expected = [(r["id"], r["status"]) for r in pdf_json["requirements"]]
    assert [(row["requirement"], row["status"]) for row in rows] == expected


def test_output_option_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = likeness(
        "check", sample(".txt"), "--format", "json", "--output", target, "--fail-on", "never"
    )
    assert (result.returncode, result.stdout) == (0, "")
    validate_report(json.loads(target.read_text(encoding="utf-8")))


def test_text_named_pdf_is_sniffed_and_analysed(tmp_path: Path) -> None:
    disguised = tmp_path / "release.pdf"
    disguised.write_text(TXT_CONTRACT, encoding="utf-8")
    result = likeness("check", disguised, "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate_report(data)
    assert data["document"]["format"] == "txt"
    assert [w["code"] for w in data["document"]["warnings"]] == ["extension_mismatch"]


# --- check: bad documents ---------------------------------------------------------------------


def _bad_file(tmp_path: Path, kind: str) -> Path:
    """Create one kind of unreadable input in ``tmp_path`` and return its path."""
    path = tmp_path / f"{kind}.pdf"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        path.write_bytes(sample(".pdf").read_bytes()[:300])
    elif kind == "png":
        path.write_bytes(PNG_BYTES)
    elif kind == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("kind", ["empty", "truncated", "png", "missing", "folder"])
def test_unreadable_file_is_one_line_and_exit_2(tmp_path: Path, kind: str, fmt: str) -> None:
    path = _bad_file(tmp_path, kind)
    result = likeness("check", path, "--format", fmt)
    assert_one_line_error(result, path)
    if fmt == "json":
        data = json.loads(result.stdout)
        validate_report(data)
        assert data["document"] == {"name": path.name}
    else:
        assert result.stdout == ""


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = _bad_file(tmp_path, "png")
    result = likeness("check", path, "--debug")
    assert result.returncode == 2
    assert "Traceback" in result.stderr
    assert f"likeness: {path}: " in result.stderr


def test_several_files_give_an_array_and_the_bad_one_does_not_stop_the_rest(
    tmp_path: Path,
) -> None:
    bad = _bad_file(tmp_path, "empty")
    files = [sample(".pdf"), bad, sample(".txt")]
    result = likeness("check", *files, "--format", "json")
    assert_one_line_error(result, bad)
    data = json.loads(result.stdout)
    assert [item["document"]["name"] for item in data] == [f.name for f in files]
    assert data[1]["error"]["code"] == "empty"
    assert "requirements" in data[0] and "requirements" in data[2]
    for item in data:
        validate_report(item)


def test_several_files_in_csv_keep_the_error_row(tmp_path: Path) -> None:
    bad = _bad_file(tmp_path, "png")
    result = likeness("check", bad, sample(".txt"), "--format", "csv")
    assert result.returncode == 2
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (rows[0]["file"], rows[0]["status"]) == (bad.name, "error")
    assert rows[0]["reasons"].startswith("unsupported_format: ")
    assert {row["file"] for row in rows[1:]} == {sample(".txt").name}


# --- text -------------------------------------------------------------------------------------


def test_text_prints_pages_separated_by_form_feeds() -> None:
    result = likeness("text", sample(".pdf"))
    assert result.returncode == 0, result.stderr
    assert "\f" in result.stdout
    assert len(result.stdout.split()) > 50


def test_text_of_a_txt_file_is_its_text(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(TXT_CONTRACT, encoding="utf-8")
    result = likeness("text", path)
    assert (result.returncode, result.stdout.split()) == (0, TXT_CONTRACT.split())


def test_text_warnings_go_to_stderr(tmp_path: Path) -> None:
    path = tmp_path / "release.pdf"
    path.write_text(TXT_CONTRACT, encoding="utf-8")
    result = likeness("text", path)
    assert result.returncode == 0
    assert result.stdout.split() == TXT_CONTRACT.split()
    assert result.stderr.startswith(f"likeness: {path}: warning: ")


@pytest.mark.parametrize("kind", ["empty", "png", "missing"])
def test_text_of_a_bad_file_is_one_line(tmp_path: Path, kind: str) -> None:
    path = _bad_file(tmp_path, kind)
    assert_one_line_error(likeness("text", path), path)


# --- eval -------------------------------------------------------------------------------------


def test_eval_prints_figures_for_the_labelled_corpus() -> None:
    # the dev split: the whole corpus (over 5,000 contracts) takes minutes, and the figures'
    # layout is the same for any split
    labels = SAMPLES / "labels.csv"
    if not labels.is_file():
        pytest.fail("samples/labels.csv is missing")
    result = likeness("eval", labels, "--split", "dev")
    assert result.returncode == 0, result.stderr
    for expected in [
        "consent (",
        "compensation (",
        "revocation (",
        "want missing",
        "accuracy",
        "missing: precision",
        "AI addressed: accuracy",
        "Red flags: precision",
        "Disagreements",
    ]:
        assert expected in result.stdout


@pytest.mark.parametrize("split", ["fresh240", "fresh246"])
def test_eval_workers_print_the_same_figures_as_one_process(split: str) -> None:
    one = likeness("eval", SAMPLES / "labels.csv", "--split", split, "--workers", "1")
    two = likeness("eval", SAMPLES / "labels.csv", "--split", split, "--workers", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert "Evaluated 20 documents" in one.stdout
    assert two.stdout == one.stdout


def test_eval_workers_report_an_unreadable_document_and_go_on(tmp_path: Path) -> None:
    source = sample(".txt")
    (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "file,ai,consent,compensation,revocation,red_flags,split,notes\n"
        "broken.pdf,true,missing,missing,missing,,dev,\n"
        f"{source.name},true,present,present,present,,dev,\n",
        encoding="utf-8",
    )
    result = likeness("eval", labels, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "Evaluated 1 documents; 1 could not be read." in result.stdout
    assert "broken.pdf" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["0", "two"])
def test_eval_refuses_a_worker_count_that_is_not_a_whole_number_above_zero(value: str) -> None:
    result = likeness("eval", SAMPLES / "labels.csv", "--workers", value)
    assert result.returncode == 2
    assert "--workers" in result.stderr


def test_eval_split_filters_rows(tmp_path: Path) -> None:
    source = sample(".txt")
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "file,ai,consent,compensation,revocation,red_flags,split,notes\n"
        f"{source.name},true,present,present,present,perpetual,dev,\n"
        f"{source.name},false,missing,missing,missing,,test,\n",
        encoding="utf-8",
    )
    result = likeness("eval", labels, "--docs", SAMPLES, "--split", "test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Evaluated 1 documents (split: test); 0 could not be read.")
    assert "consent (1 labelled)" in result.stdout


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ((), "Graded with the status refiner "),
        (("--no-learned",), "Graded by the rules alone (no status refiner)."),
    ],
)
def test_eval_says_whether_the_status_refiner_graded(
    tmp_path: Path, options: tuple[str, ...], says: str
) -> None:
    source = sample(".txt")
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "file,ai,consent,compensation,revocation,red_flags,split,notes\n"
        f"{source.name},true,present,present,present,perpetual,dev,\n",
        encoding="utf-8",
    )
    result = likeness("eval", labels, "--docs", SAMPLES, *options)
    assert result.returncode == 0, result.stderr
    assert says in result.stdout


def test_eval_second_annotator_prints_agreement_and_each_difference(tmp_path: Path) -> None:
    first, second = sample(".txt"), sample(".docx")
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "file,ai,consent,compensation,revocation,red_flags,split,notes\n"
        f"{first.name},no,present,weak,missing,perpetual;worldwide,dev,\n"
        f"{second.name},yes,weak,weak,missing,,dev,\n",
        encoding="utf-8",
    )
    other = tmp_path / "second.csv"
    other.write_text(
        "file,ai,consent,compensation,revocation,red_flags\n"
        f"{first.name},no,present,weak,missing,perpetual\n"
        f"{second.name},yes,missing,weak,missing,\n"
        "not-in-the-labels.pdf,yes,present,present,present,\n",
        encoding="utf-8",
    )
    result = likeness("eval", labels, "--docs", SAMPLES, "--second", other)
    assert result.returncode == 0, result.stderr
    block = result.stdout.split("Second annotator", 1)[1]
    assert block.startswith(f" ({other}): 2 documents labelled by both.")
    consent = next(line for line in block.splitlines() if line.strip().startswith("consent"))
    assert consent.split()[1:3] == ["0.50", "(1/2)"]
    compensation = next(line for line in block.splitlines()
                        if line.strip().startswith("compensation"))
    assert compensation.split()[1:4] == ["1.00", "(2/2)", "n/a"]  # one label only: no kappa
    assert "F1 between annotators 0.67 (both 1, first only 1, second only 0)" in block
    assert f"{second.name}: consent first weak, second missing" in block
    assert "not-in-the-labels.pdf" not in block


def test_eval_rejects_a_broken_second_annotator_file(tmp_path: Path) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text(f"file,ai\n{sample('.txt').name},no\n", encoding="utf-8")
    other = tmp_path / "second.csv"
    other.write_text("file,consent\nx.pdf,absent\n", encoding="utf-8")
    result = likeness("eval", labels, "--docs", SAMPLES, "--second", other)
    assert_one_line_error(result, other)
    assert "column consent" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,ai\nx.pdf,true\n", "'file'"),
        ("file,ai,consent\nx.pdf,true,absent\n", "column consent"),
        ("file,ai\nx.pdf,perhaps\n", "column ai"),
    ],
    ids=["no-file-column", "bad-status", "bad-ai"],
)
def test_eval_rejects_bad_labels(tmp_path: Path, content: str, message: str) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text(content, encoding="utf-8")
    result = likeness("eval", labels)
    assert_one_line_error(result, labels)
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("3. Your consent\f3.1 We will not", "3. Your consent\n\f3.1 We will not\n"),
        ("end of page\n\fnext page\n", "end of page\n\fnext page\n"),
        ("no pages", "no pages\n"),
    ],
)
def test_text_starts_each_page_on_a_line_of_its_own(text: str, shown: str) -> None:
    from analyser.cli import text_for_terminal

    assert text_for_terminal(text) == shown
