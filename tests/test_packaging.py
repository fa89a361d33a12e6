"""A non-editable install ships the default rule packs and the report schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_non_editable_install_finds_rule_packs(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert (target / "analyser" / "rules_data" / "baseline.yaml").is_file()
    assert (target / "analyser" / "schema" / "report.schema.json").is_file()
    sample = str(REPO / "samples" / "rider_good.pdf")
    code = (
        f"import analyser; r = analyser.analyse({sample!r}); "
        "print(analyser.__file__); print(','.join(x.status for x in r.requirements[:3]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    installed_from, statuses = result.stdout.split()
    assert installed_from.startswith(str(target))
    assert statuses == "present,present,present"
