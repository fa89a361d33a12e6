"""Agreement between a second annotator's labels and ``samples/labels.csv``.

Run: ``python samples/agreement/agree.py samples/agreement/test_annotator2.csv``. Prints, for
``ai`` and every status column, how many documents the two label sets agree on (and the
disagreements for the core three), then red-flag precision, recall and F1 of the second
annotator against the labels. Only the documents the second file names are compared.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

LABELS = Path(__file__).resolve().parent.parent / "labels.csv"
COLUMNS = ("ai", "consent", "compensation", "revocation", "scope", "duration", "ownership",
           "deletion", "transfer", "ai_training", "approval", "disclosure", "post_mortem",
           "representation")
CORE = {"ai", "consent", "compensation", "revocation"}


def _flags(cell: str) -> set[str]:
    return {flag.strip() for flag in cell.split(";") if flag.strip()}


def main(argv: list[str]) -> int:
    with LABELS.open(encoding="utf-8", newline="") as handle:
        gold = {row["file"]: row for row in csv.DictReader(handle)}
    with Path(argv[1]).open(encoding="utf-8", newline="") as handle:
        other = {row["file"]: row for row in csv.DictReader(handle)}
    missing = sorted(set(other) - set(gold))
    if missing:
        print(f"not in labels.csv: {', '.join(missing)}")
        return 2
    print(f"{len(other)} documents")
    for column in COLUMNS:
        differ = [(name, gold[name][column], other[name][column]) for name in sorted(other)
                  if gold[name][column] != other[name][column]]
        line = f"{column:<15} {len(other) - len(differ)}/{len(other)}"
        if column in CORE and differ:
            line += "  " + "; ".join(f"{n}: {a} vs {b}" for n, a, b in differ)
        print(line)
    tp = fp = fn = 0
    for name, row in other.items():
        labelled, given = _flags(gold[name]["red_flags"]), _flags(row["red_flags"])
        tp += len(labelled & given)
        fp += len(given - labelled)
        fn += len(labelled - given)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"red flags: precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
