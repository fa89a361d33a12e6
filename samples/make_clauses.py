"""Build or refresh ``samples/clauses.csv``: the clauses of the DEV documents, for hand labelling.

Run ``python samples/make_clauses.py`` (from anywhere). For every row of ``labels.csv`` whose
``split`` is ``dev`` (the test split is never read), the document is parsed and segmented exactly
as the analyser does it, and each clause becomes one row ``file,clause,text,labels``:

- ``clause`` is the clause's label as printed ("4.2", "7.2(a)", "Sch. B"), ``preamble`` for text
  before the first clause, with ``#2``, ``#3`` ... appended when a label repeats in a document;
- ``text`` is the clause text with each whitespace run collapsed to one space;
- ``labels`` is the hand label set, e.g. ``consent:present;revocation:missing`` (empty for a clause
  that speaks to none of consent, compensation or revocation).

Candidates (clauses with a word about consent, payment or withdrawal) are all written; other
clauses are kept as negatives when they have at least a few words. The script never labels
anything: labels already in the CSV are kept for clauses whose file, clause id and text are
unchanged, and new rows start empty, to be labelled by hand (DESIGN.md section 3 semantics).
A dev document enters the CSV only when asked for (``--add NAME`` or ``--add-new``), because its
rows are training data as soon as they are there: an unlabelled clause counts as a negative. So
add a document, then label all of its rows, before training. ``--check`` only verifies that the
CSV is up to date with the documents it already covers (exit 1 if not) and lists the dev
documents not yet in it.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from analyser.parsers import parse  # noqa: E402
from analyser.segmenter import segment  # noqa: E402

CSV_PATH = HERE / "clauses.csv"
COLUMNS = ("file", "clause", "text", "labels")
LABELS = tuple(
    f"{requirement}:{effect}"
    for requirement in ("consent", "compensation", "revocation")
    for effect in ("present", "weak", "missing")
)
_CANDIDATE = re.compile(
    r"consent|approv|permission|authori[sz]|agree|opt[- ]?(?:in|out)|tick|"
    r"fee|pay|paid|compensat|royalt|consideration|remunerat|buy-?out|rate|[$\u00a3\u20ac]|"
    r"\b(?:EUR|GBP|USD|CAD|SEK)\b|revo[ck]|withdr[ae]w|terminat|irrevocabl|cancel|perpetu|"
    r"surviv|notice|stop|delet",
    re.IGNORECASE,
)
_MIN_NEGATIVE_WORDS = 6


def dev_documents(labels_csv: Path) -> list[str]:
    """Return the file names of the dev split rows of ``labels_csv``, in order."""
    with labels_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["file"].strip() for r in rows if (r.get("split") or "").strip().lower() == "dev"]


def clause_rows(path: Path) -> list[tuple[str, str]]:
    """Return ``(clause id, text)`` for every clause of the document at ``path``."""
    document = parse(path)
    seen: dict[str, int] = {}
    rows = []
    for clause in segment(document):
        base = clause.label or clause.number or "preamble"
        seen[base] = seen.get(base, 0) + 1
        clause_id = base if seen[base] == 1 else f"{base}#{seen[base]}"
        text = " ".join(document.text[clause.start : clause.end].split())
        if text:
            rows.append((clause_id, text))
    return rows


def keep(text: str) -> bool:
    """Whether a clause goes into the CSV: every candidate, and negatives of a few words."""
    return bool(_CANDIDATE.search(text)) or len(text.split()) >= _MIN_NEGATIVE_WORDS


def covered_documents() -> list[str]:
    """Return the documents that already have rows in the CSV, in order."""
    if not CSV_PATH.exists():
        return []
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        return list(dict.fromkeys(row["file"] for row in csv.DictReader(handle)))


def build(samples: Path, add: Sequence[str] = ()) -> list[dict[str, str]]:
    """Return the rows for the covered dev documents (plus ``add``), keeping the hand labels."""
    exact: dict[tuple[str, str, str], str] = {}
    by_text: dict[tuple[str, str], str] = {}
    by_number: dict[tuple[str, str], str] = {}
    if CSV_PATH.exists():
        with CSV_PATH.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                exact[(row["file"], row["clause"], row["text"])] = row["labels"]
                by_text.setdefault((row["file"], row["text"]), row["labels"])
                if not row["clause"].startswith("preamble"):
                    by_number.setdefault((row["file"], row["clause"]), row["labels"])
    rows = []
    wanted = set(covered_documents()) | set(add)
    for name in dev_documents(samples / "labels.csv"):
        if name not in wanted:
            continue
        for clause_id, text in clause_rows(samples / name):
            if not keep(text):
                continue
            # A rebuilt document may renumber the unnumbered parts (a running header dropped)
            # or join a clause with its continuation: keep the hand label where the same text,
            # or failing that the same printed clause number, was labelled before.
            labels = exact.get((name, clause_id, text))
            if labels is None:
                labels = by_text.get((name, text), by_number.get((name, clause_id), ""))
            rows.append({"file": name, "clause": clause_id, "text": text, "labels": labels})
    return rows


def validate(rows: list[dict[str, str]]) -> list[str]:
    """Return the problems of the labels column (unknown labels, two effects for one need)."""
    problems = []
    for row in rows:
        parts = [p for p in row["labels"].split(";") if p]
        unknown = [p for p in parts if p not in LABELS]
        needs = [p.split(":")[0] for p in parts]
        if unknown:
            problems.append(f"{row['file']} {row['clause']}: unknown labels {unknown}")
        if len(set(needs)) != len(needs):
            problems.append(f"{row['file']} {row['clause']}: two effects for one requirement")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the CSV is out of date")
    parser.add_argument("--add", nargs="+", default=[], metavar="NAME",
                        help="add these dev documents (then label their rows by hand)")
    parser.add_argument("--add-new", action="store_true",
                        help="add every dev document not yet in the CSV")
    args = parser.parse_args(argv)
    dev = dev_documents(HERE / "labels.csv")
    not_dev = [name for name in args.add if name not in dev]
    if not_dev:
        parser.error(f"not in the dev split of labels.csv: {', '.join(not_dev)}")
    add = list(args.add)
    if args.add_new:
        add += [name for name in dev if name not in covered_documents()]
    rows = build(HERE, add)
    uncovered = [name for name in dev if name not in {row["file"] for row in rows}]
    if uncovered:
        print(f"{len(uncovered)} dev documents are not in the CSV yet (--add-new to add them): "
              + ", ".join(uncovered), file=sys.stderr)
    problems = validate(rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.check:
        with CSV_PATH.open(encoding="utf-8", newline="") as handle:
            current = list(csv.DictReader(handle))
        if current != rows:
            print("samples/clauses.csv is out of date: run samples/make_clauses.py",
                  file=sys.stderr)
            return 1
        return 1 if problems else 0
    with CSV_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    labelled = sum(1 for row in rows if row["labels"])
    print(f"wrote {len(rows)} clauses ({labelled} labelled) to {CSV_PATH}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
