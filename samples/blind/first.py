"""Render a blind set into /tmp/fc_PREFIX and score it at first contact, with and without the
refiner. Refuses to run while the engine or the rules have uncommitted changes, so that the commit
it names is the engine it scored.

Usage: ``python samples/blind/first.py PREFIX``.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from _paths import BLIND_DIR, REPO

from samples.docgen import build_docx, build_pdf, build_txt, parse_source

_BUILDERS = {"pdf": build_pdf, "docx": build_docx, "txt": build_txt}
_CORE = ("consent", "compensation", "revocation")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def summary(report: str) -> list[str]:
    """The core accuracies, AI detection and red-flag line of a ``likeness eval`` report."""
    lines: list[str] = []
    requirement = None
    for line in report.splitlines():
        if "labelled)" in line:
            requirement = line.split()[0]
        if line.strip().startswith("accuracy") and requirement in _CORE:
            lines.append(f"{requirement} {line.split()[1]}")
        if line.startswith(("AI", "Red flags")):
            lines.append(line)
    return lines


def main(prefix: str) -> int:
    dirty = git("status", "--porcelain", "analyser", "rules")
    if dirty:
        print("the engine has uncommitted changes; commit first:\n" + dirty)
        return 1
    base = BLIND_DIR / prefix
    out = Path(f"/tmp/fc_{prefix}")
    out.mkdir(exist_ok=True)
    for row in csv.DictReader((base / "manifest.csv").open(encoding="utf-8")):
        blocks = parse_source((base / "src" / f"{row['name']}.txt").read_text(encoding="utf-8"))
        _BUILDERS[row["format"]](blocks, out / f"{row['name']}.{row['format']}")
    print("engine at", git("rev-parse", "--short", "HEAD"))
    likeness = str(REPO / ".venv" / "bin" / "likeness")
    for extra in ([], ["--no-learned"]):
        result = subprocess.run(
            [likeness, "eval", str(base / "labels.csv"), "--docs", str(out), *extra],
            capture_output=True, text=True,
        )
        name = "eval_rules.txt" if extra else "eval.txt"
        (base / name).write_text(result.stdout + result.stderr, encoding="utf-8")
        print("rules alone" if extra else "with the refiner", *summary(result.stdout), sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
