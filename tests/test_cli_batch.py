"""``likeness batch`` and ``likeness report`` as a user runs them (subprocesses, real files).

The slow group starts worker processes, a Dask LocalCluster and interrupts a running batch with
SIGINT, as Ctrl-C in a terminal does.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from analyser.report import validate_report
from benchmarks.hostile import pdf_encrypted, pdf_truncated

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8"}


def likeness(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analyser", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO_ROOT,
                          env=ENV, timeout=timeout)


def contracts(root: Path, count: int = 6) -> Path:
    """A folder of real sample contracts (PDF, DOCX, TXT) plus a corrupt and an encrypted PDF."""
    folder = root / "in"
    folder.mkdir()
    built = sorted(p for p in SAMPLES.iterdir()
                   if p.suffix in (".pdf", ".docx", ".txt") and not p.name.startswith("f_"))
    for path in built[:count]:
        shutil.copy(path, folder / path.name)
    (folder / "zz_broken.pdf").write_bytes(pdf_truncated())
    (folder / "zz_locked.pdf").write_bytes(pdf_encrypted())
    return folder


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_jsonl_csv_and_xlsx_with_error_rows(tmp_path: Path) -> None:
    folder = contracts(tmp_path)
    out = tmp_path / "results.jsonl"
    done = likeness("batch", folder, "--out", out, "--out", tmp_path / "results.csv",
                    "--out", tmp_path / "results.xlsx", "--workers", "1")
    assert done.returncode == 2, done.stderr  # two files could not be read
    assert "8 of 8 files: 6 reports, 2 could not be read" in done.stderr
    assert "8 analysed now, 0 taken from the store" in done.stderr
    assert "1 corrupt, 1 encrypted" in done.stderr
    assert "Traceback" not in done.stderr
    lines = read_jsonl(out)
    assert len(lines) == 8
    for line in lines:
        validate_report(line)
    errors = {Path(str(line["document"]["name"])).name: line["error"]["code"]  # type: ignore[index]
              for line in lines if "error" in line}
    assert errors == {"zz_broken.pdf": "corrupt", "zz_locked.pdf": "encrypted"}
    rows = list(csv.DictReader(io.StringIO((tmp_path / "results.csv").read_text("utf-8"))))
    assert len(rows) == 8 and rows[-1]["error_code"] == "encrypted"
    assert {row["consent"] for row in rows[:6]} <= {"present", "weak", "missing"}
    workbook = load_workbook(tmp_path / "results.xlsx")
    assert workbook.sheetnames == ["Contracts", "Findings"]
    assert workbook["Contracts"].max_row == 9
    assert workbook["Findings"].max_row > 6 * 13


def test_rerun_with_resume_takes_everything_from_the_store(tmp_path: Path) -> None:
    folder = contracts(tmp_path, count=3)
    out = tmp_path / "r.jsonl"
    first = likeness("batch", folder, "--out", out, "--workers", "1")
    assert first.returncode == 2
    before = out.read_text(encoding="utf-8")
    started = time.perf_counter()
    second = likeness("batch", folder, "--out", out, "--workers", "1", "--resume")
    assert "0 analysed now, 5 taken from the store" in second.stderr
    assert out.read_text(encoding="utf-8") == before
    assert (tmp_path / "r.sqlite").is_file()
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "r.txt"], "--out must end in .jsonl, .csv or .xlsx"),
        (["--out", "r.jsonl", "--store", "r.jsonl"], "cannot be the same file"),
        (["--out", "r.jsonl", "--scheduler", "tcp://x:1"], "only applies with --executor dask"),
        (["--out", "r.jsonl", "--workers", "0"], "must be at least 1"),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    done = likeness("batch", SAMPLES / "rider_good.pdf",
                    *[str(tmp_path / a) if a.startswith("r.") else a for a in args])
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = likeness("batch", tmp_path / "empty", "--out", tmp_path / "r.jsonl")
    assert done.returncode == 2
    assert "no contract files found" in done.stderr


def test_report_from_batch_results(tmp_path: Path) -> None:
    folder = contracts(tmp_path, count=6)
    out = tmp_path / "r.jsonl"
    likeness("batch", folder, "--out", out, "--workers", "1")
    for suffix in ("html", "md", "csv"):
        done = likeness("report", out, "--out", tmp_path / f"report.{suffix}")
        assert done.returncode == 0, done.stderr
        assert "8 contracts, 6 analysed" in done.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Clause library" in page
    assert "<script" not in page and "http" not in page.split("</style>")[1].split("xmlns")[0]


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        ('{"schema": "likeness-report/1"}\n', ":1", "is not a likeness report or error object"),
        ('{"document": {"name": "a.pdf"}, "error": {"code": "corrupt", "message": "x"}}\n'
         "not json\n", ":2", "is not JSON"),
    ],
)
def test_report_rejects_files_that_are_not_results(tmp_path: Path, content: str, where: str,
                                                   message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    done = likeness("report", bad, "--out", tmp_path / "r.html")
    assert done.returncode == 2
    assert f"{bad}{where}: {message}" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_worker_processes_give_the_same_results_as_one_process(tmp_path: Path) -> None:
    folder = contracts(tmp_path, count=8)
    one = likeness("batch", folder, "--out", tmp_path / "one.jsonl", "--workers", "1")
    two = likeness("batch", folder, "--out", tmp_path / "two.jsonl", "--workers", "2",
                   "--store", tmp_path / "two.sqlite")
    assert one.returncode == two.returncode == 2
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_resume_continues(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    source = SAMPLES / "agency_management_long.pdf"
    for number in range(60):  # different bytes, so nothing is deduplicated
        (folder / f"c{number:02d}.pdf").write_bytes(source.read_bytes() + b"\n%" + bytes(
            str(number), "ascii"))
    out = tmp_path / "r.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "analyser", "batch", str(folder), "--out", str(out),
         "--workers", "2"], cwd=REPO_ROOT, env=ENV, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:  # wait until work is under way
        if "/60 files" in line:
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=120)
    assert process.returncode == 130, rest
    assert "interrupted" in rest and "--resume" in rest and "Traceback" not in rest
    written = read_jsonl(out)
    assert 0 < len(written) < 60
    resumed = likeness("batch", folder, "--out", out, "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    expected = f"{60 - len(written)} analysed now, {len(written)} taken from the store"
    assert expected in resumed.stderr
    assert len(read_jsonl(out)) == 60


@pytest.mark.slow
def test_dask_cluster_gives_the_same_results_as_the_local_run(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = contracts(tmp_path, count=6)
    local = likeness("batch", folder, "--out", tmp_path / "local.jsonl", "--workers", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        on_dask = likeness("batch", folder, "--out", tmp_path / "dask.jsonl",
                           "--executor", "dask", "--scheduler", cluster.scheduler_address,
                           "--store", tmp_path / "dask.sqlite")
    assert local.returncode == on_dask.returncode == 2, on_dask.stderr
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


def test_unreachable_dask_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    done = likeness("batch", SAMPLES / "rider_good.pdf", "--out", tmp_path / "r.jsonl",
                    "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", timeout=120)
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_second_ctrl_c_stops_at_once_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    source = SAMPLES / "agency_management_long.pdf"
    for number in range(40):
        (folder / f"c{number:02d}.pdf").write_bytes(source.read_bytes() + b"\n%" + bytes(
            str(number), "ascii"))
    process = subprocess.Popen(
        [sys.executable, "-m", "analyser", "batch", str(folder), "--out",
         str(tmp_path / "r.jsonl"), "--workers", "2"],
        cwd=REPO_ROOT, env=ENV, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if "/40 files" in line:
            break
    process.send_signal(signal.SIGINT)
    time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    assert process.returncode == 130, rest
    assert "interrupted" in rest and "Traceback" not in rest and "Error" not in rest
