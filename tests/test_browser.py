"""A real browser uploads a contract to the running page and reads the verdict.

Uses the system Chromium (``/usr/bin/chromium``) through Playwright; never downloads a browser.
Without Chromium the test is skipped on a developer machine and fails in CI (``CI=true``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_app_server import streamlit_server

from analyser.pipeline import analyse, load_pipeline

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
STATUS_WORDS = {"present": "Present", "weak": "Weak", "missing": "Missing"}
WAIT_MS = 120_000
DOWNLOAD_LABEL = "Download the full report (JSON)"
RUNNING_ICON = '[data-testid="stStatusWidgetRunningIcon"]'


def chromium_path() -> Path:
    """Return the system Chromium; skip without it, but fail in CI."""
    found = CHROMIUM if CHROMIUM.exists() else None
    if found is None and shutil.which("chromium"):
        found = Path(str(shutil.which("chromium")))
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed, and CI must run the browser test")
        pytest.skip("chromium is not installed (install the Debian package `chromium`)")
    return found


def richest_sample_pdf() -> tuple[Path, set[str]]:
    """Return the sample PDF whose report uses the most distinct statuses, and those statuses."""
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    if not pdfs:
        pytest.fail("no samples/*.pdf: run `make samples`")
    pipeline = load_pipeline()
    graded = [(path, {r.status for r in analyse(path, pipeline=pipeline).requirements})
              for path in pdfs]
    return max(graded, key=lambda item: len(item[1]))


def _wait_for_report(page: Any) -> None:
    """Wait until the report is drawn and the script run has finished (no stale elements)."""
    page.get_by_role("button", name=DOWNLOAD_LABEL).wait_for(timeout=WAIT_MS)
    page.locator(RUNNING_ICON).wait_for(state="detached", timeout=WAIT_MS)
    page.get_by_text("not legal advice").wait_for(timeout=WAIT_MS)


@pytest.mark.slow
def test_upload_in_a_real_browser_shows_the_statuses(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    sample, statuses = richest_sample_pdf()
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(tmp_path / "streamlit.log") as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 2400})
            page.goto(base, wait_until="domcontentloaded")
            page.get_by_text("never uploaded anywhere").wait_for(timeout=WAIT_MS)
            page.locator('input[type="file"]').set_input_files(str(sample))
            _wait_for_report(page)
            body = page.inner_text("body")
            page.screenshot(path=str(ARTIFACTS / "browser-upload.png"), full_page=True)
        finally:
            browser.close()
    for status in statuses:
        assert STATUS_WORDS[status] in body
    assert "not legal advice" in body
    assert "Traceback" not in body
