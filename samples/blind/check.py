"""Check a blind set: written clause numbers match the renderer's; manifest and labels agree.

Usage: ``python samples/blind/check.py PREFIX`` (the set is in ``BLIND_DIR/PREFIX``).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter

from _paths import BLIND_DIR, SAMPLES

from samples.docgen import _BLANK_LINES, number_blocks, parse_source

_WRITTEN = re.compile(r"^(\d+\.\d+\.?|\d+\.|\([a-z]{1,3}\))\s")
_STATUSES = ("present", "weak", "missing")


def numbering_problems(name: str, text: str) -> int:
    """Print and count the paragraphs whose written number differs from the rendered one."""
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    titled = bool(lines) and lines[0].startswith("# ")
    body = "\n".join(lines[1:]) if titled else "\n".join(lines)
    chunks = [c.strip() for c in _BLANK_LINES.split(body) if c.strip()]
    blocks = parse_source(text)[1:] if titled else parse_source(text)
    problems = numbered = 0
    for chunk, (number, _block) in zip(chunks, number_blocks(blocks), strict=False):
        match = _WRITTEN.match(" ".join(line.strip() for line in chunk.split("\n")))
        wrote = match.group(1).rstrip(".") if match else None
        printed = number.rstrip(".") if number else None
        numbered += bool(number)
        if wrote != printed:
            problems += 1
            print(f"{name}: wrote {wrote!r}, the renderer prints {printed!r}: {chunk[:70]!r}")
    print(f"  {name}: {numbered} numbered, {len(text.split())} words")
    return problems


def main(prefix: str) -> int:
    base = BLIND_DIR / prefix
    names = sorted(p.stem for p in (base / "src").glob("*.txt"))
    problems = sum(
        numbering_problems(n, (base / "src" / f"{n}.txt").read_text(encoding="utf-8"))
        for n in names
    )
    manifest = list(csv.DictReader((base / "manifest.csv").open(encoding="utf-8")))
    print("manifest formats", dict(Counter(r["format"] for r in manifest)))
    if {r["name"] for r in manifest} != set(names):
        problems += 1
        print("manifest and sources differ:", {r["name"] for r in manifest} ^ set(names))
    with (SAMPLES / "labels.csv").open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
    if rows and list(rows[0]) != header:
        problems += 1
        print("the labels header differs from samples/labels.csv")
    files = {f"{r['name']}.{r['format']}" for r in manifest}
    if {r["file"] for r in rows} != files:
        problems += 1
        print("labels and manifest differ:", {r["file"] for r in rows} ^ files)
    for column in ("ai", "consent", "compensation", "revocation"):
        print(column, dict(Counter(r[column] for r in rows)))
    for row in rows:
        for column in header[6:16]:
            if row[column] not in _STATUSES:
                problems += 1
                print("bad value", row["file"], column, row[column])
    print(f"{problems} numbering problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
