"""``likeness rules list|validate|test``: packs are data, checked from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyser.cli import main
from analyser.rules import pack_path


def test_list_names_every_shipped_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list"]) == 0
    assert "baseline" in capsys.readouterr().out


def test_validate_reports_ok_per_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate"]) == 0
    assert "ok: baseline.yaml" in capsys.readouterr().out


def test_every_example_of_every_pack_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test"]) == 0
    assert capsys.readouterr().out.strip().endswith(" 0 failed")


def test_broken_pack_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(pack_path("baseline").read_text(encoding="utf-8"))
    data["id"] = "mine"
    data["rules"][3]["effect"] = "sometimes"
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert main(["rules", "validate", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "mine.yaml" in err and "field 'effect'" in err and "'sometimes'" in err
    assert "Traceback" not in err


def test_failing_example_fails_the_test_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(pack_path("baseline").read_text(encoding="utf-8"))
    data["id"] = "mine"
    data["rules"] = [data["rules"][0]]
    data["rules"][0]["id"] = "ai.mine"
    data["rules"][0]["examples"]["no_match"] = ["The Brand will build a digital twin of you."]
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert main(["rules", "test", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL mine/ai.mine: should not match" in out
