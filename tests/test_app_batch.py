"""The page's batch tab (streamlit AppTest): many contracts, the corpus tables and downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest
from test_app import APP, RUN_TIMEOUT, download_bytes, downloads  # noqa: F401 - fixture

from analyser.report import validate_report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PLANTED = (
    "DIGITAL REPLICA AGREEMENT\n\n1. Consent. The Company shall not create a digital replica of "
    "Jane Okafor without the prior written consent of Jane Okafor, asked at "
    "jane.okafor@example.com, and shall pay USD 4,750 for each use of the digital replica.\n"
)


def batch_page(*files: tuple[str, bytes], meta: bytes | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    at.run()
    at.file_uploader(key="batch-upload").set_value(
        [(name, data, "application/octet-stream") for name, data in files])
    if meta is not None:
        at.file_uploader(key="batch-meta").set_value([("meta.csv", meta, "text/csv")])
    at.run()
    assert not at.exception, at.exception
    return at


def sample_files(count: int = 6) -> list[tuple[str, bytes]]:
    paths = sorted(p for p in SAMPLES.iterdir()
                   if p.suffix in (".pdf", ".docx", ".txt") and not p.name.startswith("f_"))
    return [(p.name, p.read_bytes()) for p in paths[:count]]


def test_the_batch_tab_shows_coverage_and_offers_six_downloads(
        downloads: dict[str, bytes]) -> None:  # noqa: F811 - pytest fixture
    files = [*sample_files(6), ("broken.pdf", b"%PDF-1.7\n garbage"),
             ("planted.txt", PLANTED.encode())]
    at = batch_page(*files)
    assert [tab.label for tab in at.tabs][:2] == ["Check your contracts",
                                                  "Batch report (many contracts)"]
    text = " ".join(str(m.value) for m in at.markdown)
    assert "8 contracts: 7 analysed" in text.replace("\\", "")
    assert any("could not be read" in str(w.value) for w in at.warning)
    protections = at.dataframe[0].value
    assert len(protections) == 13 and set(protections.columns) >= {"Present", "Weak", "Missing"}
    assert int(protections["Present"].sum() + protections["Weak"].sum()
               + protections["Missing"].sum()) == 13 * 7
    labels = [b.label for b in at.download_button]
    assert len(labels) == 6
    lines = download_bytes(at, labels[0], downloads).decode().splitlines()
    assert len(lines) == 8
    for line in lines:
        validate_report(json.loads(line))
    rows = list(csv.DictReader(io.StringIO(download_bytes(at, labels[1], downloads).decode())))
    assert [r["file"] for r in rows] == [name for name, _ in files]
    workbook = load_workbook(io.BytesIO(download_bytes(at, labels[2], downloads)))
    assert workbook.sheetnames == ["Contracts", "Findings"]
    page = download_bytes(at, labels[3], downloads).decode()
    assert "<svg" in page and "Okafor" not in page and "4,750" not in page
    assert "jane.okafor" not in page


def test_metadata_breaks_down_and_small_groups_are_withheld(
        downloads: dict[str, bytes]) -> None:  # noqa: F811 - pytest fixture
    files = sample_files(7)
    meta = "file,agency\n" + "".join(
        f"{name},{'North' if i < 5 else 'South'}\n" for i, (name, _) in enumerate(files))
    at = batch_page(*files, meta=meta.encode())
    assert "By agency" in [h.value for h in at.subheader]
    table = [d.value for d in at.dataframe if "agency" in d.value.columns][0]
    assert list(table["agency"]) == ["North"]
    assert any("fewer than 5" in str(c.value) for c in at.caption)
    at.checkbox(key="batch-anonymise").uncheck().run()
    table = [d.value for d in at.dataframe if "agency" in d.value.columns][0]
    assert list(table["agency"]) == ["North", "South"]


@pytest.mark.parametrize("meta", [b"name,agency\na.pdf,X\n"])
def test_a_bad_metadata_file_is_one_message(meta: bytes) -> None:
    at = batch_page(*sample_files(2), meta=meta)
    assert any("needs a 'file' column" in str(e.value).replace("\\", "") for e in at.error)
    assert len(at.download_button) == 6
