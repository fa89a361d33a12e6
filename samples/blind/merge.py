"""Merge blind sets into samples/: sources, manifest rows, label rows with their split, documents.

Usage: ``python samples/blind/merge.py PREFIX:SPLIT ...`` (in split order).
"""

from __future__ import annotations

import csv
import io
import shutil
import sys

from _paths import BLIND_DIR, SAMPLES

from samples.generate import build_sample


def merge(prefix: str, split: str) -> None:
    base = BLIND_DIR / prefix
    manifest = list(csv.DictReader((base / "manifest.csv").open(encoding="utf-8")))
    rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
    with (SAMPLES / "labels.csv").open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
        handle.seek(0)
        existing = {row["file"] for row in csv.DictReader(handle)}
    if existing & {row["file"] for row in rows}:
        raise SystemExit(f"{prefix}: already merged")
    order = {f"{m['name']}.{m['format']}": i for i, m in enumerate(manifest)}
    rows.sort(key=lambda row: order[row["file"]])
    with (SAMPLES / "manifest.csv").open("a", encoding="utf-8", newline="") as handle:
        for m in manifest:
            shutil.copy(base / "src" / f"{m['name']}.txt", SAMPLES / "src" / f"{m['name']}.txt")
            handle.write(f"{m['name']},{m['format']}\n")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\n")
    for row in rows:
        writer.writerow({**{k: row[k] for k in header}, "split": split})
    with (SAMPLES / "labels.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    for m in manifest:
        build_sample(m["name"], m["format"])
    print(prefix, split, len(manifest), "merged")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        merge(*argument.split(":"))
