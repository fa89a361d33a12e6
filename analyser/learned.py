"""The learned clause signal: train it from the labelled clauses, load it, and measure it.

The classifier is a small spaCy bag-of-ngrams text classifier (built and loaded in
:mod:`analyser.nlp`, the only module that imports spaCy) trained on ``samples/clauses.csv``: the
clauses of the DEV split documents, labelled by hand with ``requirement:effect`` labels. The
engine asks it only about a core requirement (consent, compensation, revocation) that no rule
spoke to, and cites it as rule ``learned.<requirement>_<effect>``.

Commands (no network, no downloaded models)::

    python -m analyser.learned train samples/clauses.csv [--out DIR] [--seed N] [--threshold T]
    python -m analyser.learned eval [--labels samples/labels.csv] [--model DIR] [--no-cv]

``eval`` prints, for the TEST split and for the DEV split, per-requirement accuracy of consent,
compensation and revocation without and with the classifier. On DEV the shipped model has seen
every document, so ``eval`` also measures it leave-one-document-out (a model trained on the other
dev documents' clauses for each dev document), which is the honest dev figure used to choose the
threshold.

The classifier is NOT on by default: :func:`load_default_classifier` returns it for callers that
ask for it (``Engine(packs, classifier=load_default_classifier())``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from analyser.engine import CORE, ClauseClassifier, Engine
from analyser.model import Document
from analyser.parsers import parse
from analyser.refiner import CORE as REFINER_CORE
from analyser.refiner import (
    DEFAULT_REFINER_DIR,
    FLAG_KEY,
    FLAGS,
    REFINED,
    REFINER_RECORD,
    flag_text,
    iter_sentence_spans,
    requirement_text,
)
from analyser.rules import RulePack
from analyser.segmenter import segment

__all__ = [
    "CLAUSE_LABELS",
    "DEFAULT_MODEL_DIR",
    "DEFAULT_REFINER_DIR",
    "DEFAULT_THRESHOLD",
    "CrossValidation",
    "LoadedRefiner",
    "FLAG_KEYS",
    "FLAG_THRESHOLD",
    "cross_validate_refiner",
    "evaluate",
    "evaluate_flag_refiner",
    "evaluate_refiner",
    "iter_refiner_examples",
    "load_default_refiner",
    "load_default_classifier",
    "fold_of",
    "main",
    "print_cross_validation",
    "read_refiner_examples",
    "read_clause_examples",
    "refined_flag",
    "train_from_csv",
    "train_refiner",
    "write_refiner_examples",
]

CLAUSE_LABELS = tuple(
    f"{requirement}:{effect}" for requirement in CORE for effect in ("present", "weak", "missing")
)
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models" / "clause_textcat"
DEFAULT_THRESHOLD = 0.9
DEFAULT_SEED = 0
DEFAULT_EPOCHS = 30
SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
_REPO = Path(__file__).resolve().parent.parent
_DEFAULT_CSV = _REPO / "samples" / "clauses.csv"
_DEFAULT_LABELS = _REPO / "samples" / "labels.csv"


class ClauseDataError(ValueError):
    """The clause CSV does not follow ``file,clause,text,labels`` or names an unknown label."""


# --- data ------------------------------------------------------------------------------------


def read_clause_examples(
    csv_path: Path, exclude_files: Iterable[str] = ()
) -> list[tuple[str, dict[str, float]]]:
    """Return ``(text, {label: 1.0})`` per row of ``csv_path`` (empty labels: a negative)."""
    skip = set(exclude_files)
    with Path(csv_path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"file", "text", "labels"} - set(reader.fieldnames or ())
        if missing:
            raise ClauseDataError(f"{csv_path}: missing columns {sorted(missing)}")
        examples = []
        for line, row in enumerate(reader, start=2):
            if row["file"] in skip:
                continue
            labels = [part.strip() for part in (row["labels"] or "").split(";") if part.strip()]
            unknown = [label for label in labels if label not in CLAUSE_LABELS]
            if unknown:
                raise ClauseDataError(f"{csv_path}, line {line}: unknown labels {unknown}")
            examples.append((row["text"], {label: 1.0 for label in labels}))
    return examples


def train_from_csv(
    csv_path: Path,
    out_dir: Path = DEFAULT_MODEL_DIR,
    *,
    seed: int = DEFAULT_SEED,
    epochs: int = DEFAULT_EPOCHS,
    threshold: float = DEFAULT_THRESHOLD,
    exclude_files: Iterable[str] = (),
) -> None:
    """Train the clause classifier on the labelled clauses in ``csv_path`` and save it."""
    from analyser.nlp import train_clause_classifier

    examples = read_clause_examples(csv_path, exclude_files)
    train_clause_classifier(
        examples, Path(out_dir), seed=seed, epochs=epochs, labels=CLAUSE_LABELS,
        threshold=threshold,
    )


def load_classifier(path: Path, threshold: float | None = None) -> ClauseClassifier:
    """Load a trained classifier from ``path`` (threshold: the one stored with it, or this)."""
    from analyser.nlp import SpacyClauseClassifier

    return SpacyClauseClassifier(Path(path), threshold=threshold)


def load_default_classifier(threshold: float | None = None) -> ClauseClassifier | None:
    """Return the shipped classifier, or None when the package carries no model."""
    if not (DEFAULT_MODEL_DIR / "meta.json").is_file():
        return None
    return load_classifier(DEFAULT_MODEL_DIR, threshold)


# --- evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    name: str
    split: str
    expected: Mapping[str, str]
    document: Document


@dataclass(frozen=True)
class Scores:
    """Correct and labelled counts per core requirement for one split and one variant."""

    correct: Mapping[str, int]
    total: Mapping[str, int]

    def accuracy(self, requirement: str) -> float | None:
        total = self.total.get(requirement, 0)
        return self.correct.get(requirement, 0) / total if total else None

    def overall(self) -> float | None:
        total = sum(self.total.values())
        return sum(self.correct.values()) / total if total else None


def _read_docs(labels_csv: Path, docs_dir: Path) -> list[_Doc]:
    from analyser.cli import read_labels

    docs = []
    for label in read_labels(labels_csv):
        if label.split not in ("dev", "test"):
            continue
        expected = {r: s for r, s in label.statuses.items() if r in CORE}
        document = parse(docs_dir / label.file)
        docs.append(_Doc(label.file, label.split, expected, document))
    return docs


def _score(engine: Engine, docs: Sequence[_Doc]) -> tuple[Scores, list[str]]:
    correct = dict.fromkeys(CORE, 0)
    total = dict.fromkeys(CORE, 0)
    changed: list[str] = []
    for doc in docs:
        report = engine.analyse(doc.document, segment(doc.document))
        for requirement, expected in doc.expected.items():
            result = report.requirement(requirement)
            total[requirement] += 1
            correct[requirement] += result.status == expected
            if any(e.rule.startswith("learned.") for e in result.evidence):
                changed.append(f"{doc.name}: {requirement} -> {result.status} "
                               f"(labelled {expected})")
    return Scores(correct, total), changed


class _Replay:
    """A classifier that answers with scores computed earlier (one threshold, many documents)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.scores: list[Mapping[str, float]] = []

    def predict(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        if len(texts) != len(self.scores):
            raise ValueError("replayed scores do not match the clauses")
        return self.scores


def _cross_validated(
    packs: Sequence[RulePack], docs: Sequence[_Doc], csv_path: Path,
    thresholds: Sequence[float], seed: int,
) -> dict[float, tuple[Scores, list[str]]]:
    """Leave-one-document-out on dev: each document graded by a model that never saw it.

    A dev document with clauses in ``csv_path`` is graded by a model trained without them; one
    without (not labelled yet) by the model trained on every clause. The clause scores are
    computed once per document and replayed at each threshold.
    """
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        covered = {row["file"] for row in csv.DictReader(handle)}
    replays = {t: _Replay(t) for t in thresholds}
    engines = {t: Engine(packs, classifier=replays[t]) for t in thresholds}
    correct = {t: dict.fromkeys(CORE, 0) for t in thresholds}
    total = {t: dict.fromkeys(CORE, 0) for t in thresholds}
    changed: dict[float, list[str]] = {t: [] for t in thresholds}
    models: dict[str, ClauseClassifier] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            key = doc.name if doc.name in covered else ""
            if key not in models:
                out = Path(tmp) / (key or "all")
                train_from_csv(csv_path, out, seed=seed, exclude_files=[key] if key else [])
                models[key] = load_classifier(out)
            clauses = segment(doc.document)
            scores = models[key].predict([doc.document.text[c.start : c.end] for c in clauses])
            for threshold in thresholds:
                replays[threshold].scores = scores
                result, notes = _score(engines[threshold], [doc])
                for requirement in CORE:
                    correct[threshold][requirement] += result.correct.get(requirement, 0)
                    total[threshold][requirement] += result.total.get(requirement, 0)
                changed[threshold] += notes
    return {t: (Scores(correct[t], total[t]), changed[t]) for t in thresholds}


def evaluate(
    labels_csv: Path = _DEFAULT_LABELS,
    model_dir: Path = DEFAULT_MODEL_DIR,
    *,
    clauses_csv: Path = _DEFAULT_CSV,
    threshold: float | None = None,
    cross_validate: bool = True,
    sweep: Sequence[float] = SWEEP,
    seed: int = DEFAULT_SEED,
    out: TextIO = sys.stdout,
) -> dict[str, Scores]:
    """Print and return accuracy per split without and with the classifier.

    With ``cross_validate`` the dev split is also graded leave-one-document-out, at the model's
    threshold and at each threshold of ``sweep`` (how the threshold is chosen: on dev only).
    """
    from analyser.pipeline import load_pipeline

    pipeline = load_pipeline(learned=False)
    classifier = load_classifier(model_dir, threshold)
    docs = _read_docs(labels_csv, labels_csv.parent)
    with_engine = Engine(pipeline.packs, classifier=classifier)
    results: dict[str, Scores] = {}
    notes: dict[str, list[str]] = {}
    for split in ("test", "dev"):
        chosen = [d for d in docs if d.split == split]
        results[f"{split} without"], _ = _score(pipeline.engine, chosen)
        results[f"{split} with"], notes[f"{split} with"] = _score(with_engine, chosen)
        if split == "dev" and cross_validate:
            started = time.perf_counter()
            grid = sorted({classifier.threshold, *sweep})
            swept = _cross_validated(pipeline.packs, chosen, clauses_csv, grid, seed)
            for value, (scores, lines) in swept.items():
                key = f"dev with, leave-one-doc-out, t={value:.2f}"
                results[key] = scores
                if value == classifier.threshold:
                    notes[key] = lines
            out.write(f"(dev leave-one-document-out took {time.perf_counter() - started:.0f} s)\n")
    out.write(_table(results, classifier.threshold, docs))
    for key, lines in notes.items():
        out.write(f"\nClassifier decided ({key}): {len(lines)}\n")
        out.writelines(f"  {line}\n" for line in lines)
    return results


def _table(results: Mapping[str, Scores], threshold: float, docs: Sequence[_Doc]) -> str:
    counts = {s: sum(1 for d in docs if d.split == s) for s in ("test", "dev")}
    width = max(len(k) for k in results) + 2
    lines = [
        f"Classifier threshold {threshold:.2f}; documents: test {counts['test']}, "
        f"dev {counts['dev']}",
        f"{'split / variant':<{width}}" + "".join(f"{r:>14}" for r in CORE) + f"{'all':>10}",
    ]
    for key, scores in results.items():
        cells = "".join(
            f"{_fmt(scores.accuracy(r)):>8} {scores.correct[r]:>2}/{scores.total[r]:<2}"
            for r in CORE
        )
        lines.append(f"{key:<{width}}{cells}{_fmt(scores.overall()):>10}")
    return "\n".join(lines) + "\n"


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


# --- the status refiner ----------------------------------------------------------------------

# how sure the refiner must be to change a status: more sure than not (its best status at least
# as likely as the other two together). Chosen by cross-validation on the training contracts
# (four folds by split; session 34, thresholds 0.5 / 0.6 / 0.7 / 0.8: 0.5 is right most often
# over the thirteen protections, and as often as 0.6 over the core three)
REFINER_THRESHOLD = 0.5
# splits the refiner never learns from: the held-out test split
REFINER_HELD_OUT = ("test",)
# part of the version: change it when what the refiner reads or how it is trained changes
_REFINER_FORMAT = (
    "refiner 5: all thirteen requirements, whitespace words, bag of 1-2 grams, 2**16 buckets for "
    "the core three and 2**14 for the others, 8 epochs, amounts for pay, the rules' statuses of "
    "the other requirements; refiner 6: the thirteen red flags"
)
# hash buckets per requirement: the core three read more varied words; the further ones fewer
_BUCKETS = {requirement: 2**16 if requirement in REFINER_CORE else 2**14 for requirement in REFINED}
# the red flags' classifiers, each under its key ("flag_perpetual"), read as few words as the
# further requirements; "present" is a contract that carries the flag, "missing" one that does not
FLAG_KEYS = tuple(FLAG_KEY.format(flag) for flag in FLAGS)
_BUCKETS.update({key: 2**14 for key in FLAG_KEYS})
# how sure the refiner must be to add or drop a red flag, chosen by cross-validation on the
# labelled contracts outside test (four folds by split, each fold's classifiers never reading the
# splits they score): on 3,908, red-flag F1 0.9204 by the rules alone and 0.9413, 0.9412, 0.9417,
# 0.9415 and 0.9394 at 0.5, 0.6, 0.7, 0.8 and 0.9; again through this module's own reading and
# training on 4,028: 0.9198 by the rules, 0.9416, 0.9416, 0.9422, 0.9416 and 0.9390
FLAG_THRESHOLD = 0.7
# the refiner keeps the running average of its weights over every update, not the last update's
# weights: chosen by `cv-refiner` (four folds by split, the 4,028 labelled contracts outside test,
# seeds 0, 1 and 2): consent 0.9538 -> 0.9572 on average, compensation 0.9467 -> 0.9475,
# revocation 0.9384 -> 0.9391; over all thirteen protections 11.589 -> 11.603 right per contract
# (seed 0), red-flag F1 0.9422 -> 0.9423 at 0.70
REFINER_AVERAGED = True
# passes over the training examples, with averaged weights: 6 gave the same within noise (consent
# 0.9581, compensation 0.9466, revocation 0.9404 over seeds 0-2), 16 no better (0.9558, 0.9473,
# 0.9375 over seeds 1 and 2); 16 with the last weights was worse on revocation (0.9332, 0.9357)
REFINER_EPOCHS = 8
# the longest run of words each classifier reads as one feature (2: words and word pairs)
REFINER_NGRAMS = 2


class LoadedRefiner:
    """The per-requirement status classifiers of a trained refiner (a ``StatusRefiner``)."""

    def __init__(self, path: Path, threshold: float | None = None) -> None:
        from analyser.nlp import SpacyStatusClassifier

        self.path = Path(path)
        record = json.loads((self.path / REFINER_RECORD).read_text(encoding="utf-8"))
        self.record: dict[str, object] = dict(record)
        self.version = str(record["version"])
        self.trained_on = int(record["documents"])
        self.threshold = float(record["threshold"] if threshold is None else threshold)
        # a refiner trained before the further requirements were read has the core three only
        self.requirements: tuple[str, ...] = tuple(
            str(r) for r in record.get("requirements", REFINER_CORE)
        )
        # a refiner trained before it read the red flags has none
        self.flags: tuple[str, ...] = tuple(str(f) for f in record.get("flags", ()))
        self.flag_threshold = float(record.get("flag_threshold", FLAG_THRESHOLD))
        self._models: dict[str, SpacyStatusClassifier] = {}
        for requirement in (*self.requirements, *(FLAG_KEY.format(f) for f in self.flags)):
            shared = next(iter(self._models.values()), None)
            self._models[requirement] = SpacyStatusClassifier(
                self.path / requirement, share_with=shared
            )

    def predict(self, requirement: str, texts: Sequence[str]) -> list[Mapping[str, float]]:
        return self._models[requirement].predict(texts)


def load_default_refiner(threshold: float | None = None) -> LoadedRefiner | None:
    """Return the shipped refiner, or None when the package carries none."""
    if not (DEFAULT_REFINER_DIR / REFINER_RECORD).is_file():
        return None
    return LoadedRefiner(DEFAULT_REFINER_DIR, threshold)


@dataclass(frozen=True)
class RefinerExample:
    """What the refiner reads for one requirement of one labelled contract, and its label."""

    file: str
    split: str
    requirement: str
    text: str
    rules_status: str
    label: str


_WORKER_ENGINE: list[Engine] = []


def _examples_of(
    item: tuple[Path, str, str, Mapping[str, str], frozenset[str] | None],
) -> list[RefinerExample]:
    path, name, split, expected, expected_flags = item
    if not _WORKER_ENGINE:
        from analyser.pipeline import load_pipeline

        _WORKER_ENGINE.append(load_pipeline(learned=False).engine)
    engine = _WORKER_ENGINE[0]
    document = parse(path)
    report = engine.analyse(document, segment(document))
    text = document.text
    spans = list(iter_sentence_spans(text))
    flags = [f.id for f in report.red_flags]
    others = {r.id: r.status for r in report.requirements}
    examples = [
        RefinerExample(
            name, split, requirement,
            requirement_text(report.requirement(requirement), text, spans, report.ai_addressed,
                             flags, others=others),
            report.requirement(requirement).status, expected[requirement],
        )
        for requirement in REFINED
        if expected.get(requirement)
    ]
    if expected_flags is None:
        return examples
    raised = {f.id: f for f in report.red_flags}
    return examples + [
        RefinerExample(
            name, split, FLAG_KEY.format(flag),
            flag_text(flag, raised, text, spans, report.ai_addressed, others),
            _carried(flag in raised), _carried(flag in expected_flags),
        )
        for flag in FLAGS
    ]


def _carried(flag_raised: bool) -> str:
    """A red flag's example label: "present" when the contract carries it."""
    return "present" if flag_raised else "missing"


def iter_refiner_examples(
    labels_csv: Path, docs_dir: Path, workers: int | None = None
) -> Iterator[RefinerExample]:
    """The refiner's reading of every labelled contract, graded by the rules alone (baseline):
    one example per labelled requirement, and one per red flag where the red flags are labelled."""
    import multiprocessing

    from analyser.cli import read_labels

    items = [
        (docs_dir / label.file, label.file, label.split,
         {r: s for r, s in label.statuses.items() if r in REFINED}, label.red_flags)
        for label in read_labels(labels_csv)
    ]
    processes = workers or os.cpu_count() or 1
    if processes == 1:
        for item in items:
            yield from _examples_of(item)
        return
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for examples in pool.imap(_examples_of, items, chunksize=8):
            yield from examples


def train_refiner(
    examples: Sequence[RefinerExample],
    out_dir: Path = DEFAULT_REFINER_DIR,
    *,
    held_out: Sequence[str] = REFINER_HELD_OUT,
    seed: int = DEFAULT_SEED,
    threshold: float = REFINER_THRESHOLD,
    flag_threshold: float = FLAG_THRESHOLD,
    averaged: bool = REFINER_AVERAGED,
    epochs: int = REFINER_EPOCHS,
    ngram_size: int = REFINER_NGRAMS,
    keys: Sequence[str] | None = None,
) -> dict[str, object]:
    """Train one status classifier per requirement (and one per red flag, when the examples
    read the flags) on ``examples`` outside ``held_out`` splits and save them with their record
    (version, documents, thresholds) in ``out_dir``. ``keys`` trains only those requirements and
    flag keys (``flag_perpetual``), for cross-validation; ``averaged`` keeps the running average
    of the weights and ``ngram_size`` is the longest run of words read as one feature (see
    :func:`analyser.nlp.train_status_classifier`)."""
    from analyser.nlp import train_status_classifier

    used = sorted(
        (e for e in examples if e.split not in held_out), key=lambda e: (e.file, e.requirement)
    )
    if not used:
        raise ValueError("no labelled contract outside the held-out splits to train on")
    wanted = set(keys) if keys is not None else None
    unknown = sorted((wanted or set()) - set(REFINED) - set(FLAG_KEYS))
    if unknown:
        raise ValueError(f"not a requirement or flag key the refiner reads: {', '.join(unknown)}")
    requirements = [r for r in REFINED if wanted is None or r in wanted]
    grams = "" if ngram_size == REFINER_NGRAMS else f", 1-{ngram_size} grams"
    digest = hashlib.sha256(
        f"{_REFINER_FORMAT}\naveraged {averaged}, {epochs} epochs{grams}\n".encode())
    for e in used:
        digest.update(f"{e.file}\t{e.requirement}\t{e.label}\t{e.text}\n".encode())
    record: dict[str, object] = {
        "version": digest.hexdigest()[:12],
        "documents": len({e.file for e in used}),
        "threshold": threshold,
        "held_out": list(held_out),
        # the splits it learned from (a split labelled later, such as a blind set, is not one)
        "splits": sorted({e.split for e in used}),
        "seed": seed,
        "averaged": averaged,
        "epochs": epochs,
        "ngram_size": ngram_size,
        "requirements": requirements,
    }
    flags = [
        f for f in FLAGS
        if (wanted is None or FLAG_KEY.format(f) in wanted)
        and any(e.requirement == FLAG_KEY.format(f) for e in used)
    ]
    if flags:
        record["flags"] = flags
        record["flag_threshold"] = flag_threshold
    out_dir = Path(out_dir)
    for requirement in (*requirements, *(FLAG_KEY.format(f) for f in flags)):
        train_status_classifier(
            [(e.text, e.label) for e in used if e.requirement == requirement],
            out_dir / requirement, meta=record, seed=seed, length=_BUCKETS[requirement],
            averaged=averaged, epochs=epochs, ngram_size=ngram_size,
        )
    (out_dir / REFINER_RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def refined_status(scores: Mapping[str, float], rules_status: str, threshold: float) -> str:
    """The status the refiner gives: its best, when at least ``threshold`` sure, else the rules'."""
    best = max(scores, key=lambda label: scores[label])
    return best if scores[best] >= threshold else rules_status


def evaluate_refiner(
    examples: Sequence[RefinerExample], refiner: LoadedRefiner, out: TextIO = sys.stdout
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Per split and requirement: (documents, right by the rules alone, right with the refiner).
    Prints the table; splits the refiner learned from are marked."""
    results: dict[str, dict[str, tuple[int, int, int]]] = {}
    for requirement in refiner.requirements:
        chosen = [e for e in examples if e.requirement == requirement]
        scores = refiner.predict(requirement, [e.text for e in chosen])
        for e, score in zip(chosen, scores, strict=True):
            status = refined_status(score, e.rules_status, refiner.threshold)
            n, alone, refined = results.setdefault(e.split, {}).get(requirement, (0, 0, 0))
            results[e.split][requirement] = (
                n + 1, alone + (e.rules_status == e.label), refined + (status == e.label)
            )
    held_out, trained = _splits_of(refiner)
    print(f"status refiner {refiner.version}, threshold {refiner.threshold:.2f}, "
          f"trained on {refiner.trained_on} contracts", file=out)
    print("split | docs | " + " | ".join(f"{r} rules / refined" for r in refiner.requirements),
          file=out)
    for split in sorted(results, key=lambda s: (s not in held_out, s)):
        row = results[split]
        n = max(v[0] for v in row.values())
        cells = " | ".join(
            f"{row[r][1] / row[r][0]:.2f} / {row[r][2] / row[r][0]:.2f}" if r in row else "-"
            for r in refiner.requirements
        )
        mark = " (trained on)" if trained(split) else ""
        print(f"{split}{mark} | {n} | {cells}", file=out)
    return results


def _splits_of(refiner: LoadedRefiner) -> tuple[set[str], Callable[[str], bool]]:
    """The splits ``refiner`` held out, and whether it learned from a split: one its record
    lists, or, for a record that lists none, any split not held out."""
    record = refiner.record
    held_out = {str(s) for s in record.get("held_out", REFINER_HELD_OUT)}  # type: ignore[attr-defined]
    splits = record.get("splits")
    if isinstance(splits, list):
        learned = {str(s) for s in splits}
        return held_out, learned.__contains__
    return held_out, lambda split: split not in held_out


def refined_flag(carried: float, rules_raised: bool, threshold: float) -> bool:
    """Whether a red flag stands after the refiner: its reading, when at least ``threshold`` sure
    either way (``carried`` is its probability that the contract carries the flag), else the
    rules'."""
    if rules_raised:
        return 1.0 - carried < threshold
    return carried >= threshold


def evaluate_flag_refiner(
    examples: Sequence[RefinerExample], refiner: LoadedRefiner, out: TextIO = sys.stdout
) -> dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """Per split: red-flag (true positives, false positives, false negatives) by the rules alone
    and with the refiner, over the flags the refiner reads. Prints the table."""
    counts: dict[str, list[list[int]]] = {}
    for flag in refiner.flags:
        key = FLAG_KEY.format(flag)
        chosen = [e for e in examples if e.requirement == key]
        scores = refiner.predict(key, [e.text for e in chosen])
        for e, score in zip(chosen, scores, strict=True):
            wanted, raised = e.label == "present", e.rules_status == "present"
            kept = refined_flag(score.get("present", 0.0), raised, refiner.flag_threshold)
            cells = counts.setdefault(e.split, [[0, 0, 0], [0, 0, 0]])
            for cell, found in zip(cells, (raised, kept), strict=True):
                cell[0] += wanted and found
                cell[1] += found and not wanted
                cell[2] += wanted and not found
    held_out, trained = _splits_of(refiner)
    print(f"red flags, threshold {refiner.flag_threshold:.2f}: split | F1 rules / refined",
          file=out)
    results: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {}
    for split in sorted(counts, key=lambda s: (s not in held_out, s)):
        alone, refined = ((cell[0], cell[1], cell[2]) for cell in counts[split])
        results[split] = (alone, refined)
        mark = " (trained on)" if trained(split) else ""
        print(f"{split}{mark} | {_flag_f1(alone)} / {_flag_f1(refined)}", file=out)
    return results


def _flag_f1(counts: Sequence[int], digits: int = 2) -> str:
    tp, fp, fn = counts
    return f"{2 * tp / (2 * tp + fp + fn):.{digits}f}" if tp + fp + fn else "-"


def write_refiner_examples(examples: Iterable[RefinerExample], path: Path) -> int:
    """Save the refiner's examples as JSON lines (reading 4,000 contracts takes minutes; a
    cross-validation reads them once). Returns how many were written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for example in examples:
            handle.write(json.dumps(asdict(example), ensure_ascii=False) + "\n")
            count += 1
    return count


def read_refiner_examples(path: Path) -> list[RefinerExample]:
    """The examples :func:`write_refiner_examples` saved."""
    with Path(path).open(encoding="utf-8") as handle:
        return [RefinerExample(**json.loads(line)) for line in handle if line.strip()]


def fold_of(split: str, folds: int) -> int:
    """The cross-validation fold of a split: whole splits go together, so that a fold's
    classifiers never read a contract written with the ones they score (same writer, same
    set), and the fold does not change as other splits are added."""
    return zlib.crc32(split.encode("utf-8")) % folds


@dataclass(frozen=True)
class CrossValidation:
    """Cross-validated counts: per requirement (contracts, right by the rules alone, right with
    the refiner), and per flag threshold the red flags' (true positives, false positives, false
    negatives) by the rules alone and with the refiner."""

    statuses: Mapping[str, tuple[int, int, int]]
    flags: Mapping[float, tuple[tuple[int, int, int], tuple[int, int, int]]]


_CV_EXAMPLES: list[RefinerExample] = []


def _fold_counts(
    job: tuple[int, int, tuple[str, ...], int, bool, int, int, tuple[str, ...] | None,
               tuple[float, ...]],
) -> CrossValidation:
    fold, folds, held_out, seed, averaged, epochs, ngram_size, keys, flag_thresholds = job
    examples = [e for e in _CV_EXAMPLES if e.split not in held_out]
    scored = [e for e in examples if fold_of(e.split, folds) == fold]
    skipped = tuple(sorted({e.split for e in scored}))
    statuses: dict[str, tuple[int, int, int]] = {}
    flags: dict[float, tuple[tuple[int, int, int], tuple[int, int, int]]] = {}
    with tempfile.TemporaryDirectory(prefix="likeness-cv-") as tmp:
        train_refiner(examples, Path(tmp), held_out=(*held_out, *skipped), seed=seed,
                      averaged=averaged, epochs=epochs, ngram_size=ngram_size, keys=keys)
        refiner = LoadedRefiner(Path(tmp))
        for row in evaluate_refiner(scored, refiner, out=_NULL).values():
            for requirement, counts in row.items():
                before = statuses.get(requirement, (0, 0, 0))
                statuses[requirement] = _summed(before, counts)
        for threshold in flag_thresholds:
            refiner.flag_threshold = threshold
            alone, refined = (0, 0, 0), (0, 0, 0)
            for a, r in evaluate_flag_refiner(scored, refiner, out=_NULL).values():
                alone, refined = _summed(alone, a), _summed(refined, r)
            flags[threshold] = (alone, refined)
    return CrossValidation(statuses, flags)


def _summed(a: Sequence[int], b: Sequence[int]) -> tuple[int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


class _Null:
    def write(self, text: str) -> int:
        return len(text)


_NULL: TextIO = _Null()  # type: ignore[assignment]


def cross_validate_refiner(
    examples: Sequence[RefinerExample],
    *,
    folds: int = 4,
    held_out: Sequence[str] = REFINER_HELD_OUT,
    seed: int = DEFAULT_SEED,
    averaged: bool = REFINER_AVERAGED,
    epochs: int = REFINER_EPOCHS,
    ngram_size: int = REFINER_NGRAMS,
    keys: Sequence[str] | None = None,
    flag_thresholds: Sequence[float] = (FLAG_THRESHOLD,),
    workers: int = 1,
) -> CrossValidation:
    """Measure the refiner by ``folds``-fold cross-validation over the splits outside
    ``held_out`` (folds by :func:`fold_of`): each fold is scored by classifiers trained on the
    other folds. This, not the test split, is what chooses how the refiner is trained."""
    import multiprocessing

    if folds < 2:
        raise ValueError("cross-validation needs at least two folds")
    jobs = [(fold, folds, tuple(held_out), seed, averaged, epochs, ngram_size,
             tuple(keys) if keys is not None else None, tuple(flag_thresholds))
            for fold in range(folds)]
    _CV_EXAMPLES[:] = examples
    try:
        if workers <= 1:
            parts = [_fold_counts(job) for job in jobs]
        else:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_fold_counts, jobs, chunksize=1)
    finally:
        _CV_EXAMPLES.clear()
    statuses: dict[str, tuple[int, int, int]] = {}
    flags: dict[float, tuple[tuple[int, int, int], tuple[int, int, int]]] = {}
    for part in parts:
        for requirement, counts in part.statuses.items():
            statuses[requirement] = _summed(statuses.get(requirement, (0, 0, 0)), counts)
        for threshold, (alone, refined) in part.flags.items():
            before_alone, before_refined = flags.get(threshold, ((0, 0, 0), (0, 0, 0)))
            flags[threshold] = (_summed(before_alone, alone), _summed(before_refined, refined))
    return CrossValidation(statuses, flags)


def print_cross_validation(result: CrossValidation, out: TextIO | None = None) -> None:
    """The cross-validated accuracy per requirement and red-flag F1 per threshold."""
    out = out if out is not None else sys.stdout
    print("requirement | contracts | rules | refined", file=out)
    for requirement in (*REFINED, *sorted(set(result.statuses) - set(REFINED))):
        if requirement in result.statuses:
            n, alone, refined = result.statuses[requirement]
            print(f"{requirement} | {n} | {alone / n:.4f} | {refined / n:.4f}", file=out)
    for threshold, (flags_alone, flags_refined) in sorted(result.flags.items()):
        tp, fp, fn = flags_refined
        print(f"red flags at {threshold:.2f} | F1 rules {_flag_f1(flags_alone, 4)} | refined "
              f"{_flag_f1(flags_refined, 4)} (tp {tp}, fp {fp}, fn {fn})", file=out)


# --- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analyser.learned",
                                     description="Train or measure the learned clause signal.")
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train the clause classifier from labelled clauses")
    train.add_argument("csv", type=Path, metavar="CLAUSES.csv")
    train.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    train.add_argument("--seed", type=int, default=DEFAULT_SEED)
    train.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    train.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    evaluate_cmd = commands.add_parser("eval", help="accuracy with and without the classifier")
    evaluate_cmd.add_argument("--labels", type=Path, default=_DEFAULT_LABELS)
    evaluate_cmd.add_argument("--clauses", type=Path, default=_DEFAULT_CSV)
    evaluate_cmd.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    evaluate_cmd.add_argument("--threshold", type=float, help="override the stored threshold")
    evaluate_cmd.add_argument("--seed", type=int, default=DEFAULT_SEED)
    evaluate_cmd.add_argument("--no-cv", action="store_true",
                              help="skip the leave-one-document-out dev measurement")
    train_refiner_cmd = commands.add_parser(
        "train-refiner", help="train the status refiner from the labelled contracts")
    train_refiner_cmd.add_argument("--labels", type=Path, default=_DEFAULT_LABELS)
    train_refiner_cmd.add_argument("--docs", type=Path, default=_DEFAULT_LABELS.parent)
    train_refiner_cmd.add_argument("--out", type=Path, default=DEFAULT_REFINER_DIR)
    train_refiner_cmd.add_argument("--held-out", default=",".join(REFINER_HELD_OUT),
                                   help="comma-separated splits not to learn from (default: test)")
    train_refiner_cmd.add_argument("--threshold", type=float, default=REFINER_THRESHOLD)
    train_refiner_cmd.add_argument("--seed", type=int, default=DEFAULT_SEED)
    train_refiner_cmd.add_argument("--epochs", type=int, default=REFINER_EPOCHS)
    train_refiner_cmd.add_argument("--averaged", action=argparse.BooleanOptionalAction,
                                   default=REFINER_AVERAGED)
    train_refiner_cmd.add_argument("--ngram-size", type=int, default=REFINER_NGRAMS,
                                   help="longest run of words read as one feature")
    eval_refiner_cmd = commands.add_parser(
        "eval-refiner", help="accuracy per split by the rules alone and with the refiner")
    eval_refiner_cmd.add_argument("--labels", type=Path, default=_DEFAULT_LABELS)
    eval_refiner_cmd.add_argument("--docs", type=Path, default=_DEFAULT_LABELS.parent)
    eval_refiner_cmd.add_argument("--model", type=Path, default=DEFAULT_REFINER_DIR)
    eval_refiner_cmd.add_argument("--threshold", type=float, help="override the stored threshold")
    cv_cmd = commands.add_parser(
        "cv-refiner", help="cross-validate the refiner over the splits outside the held-out ones")
    cv_cmd.add_argument("--labels", type=Path, default=_DEFAULT_LABELS)
    cv_cmd.add_argument("--docs", type=Path, default=_DEFAULT_LABELS.parent)
    cv_cmd.add_argument("--examples", type=Path,
                        help="read the examples from this JSON-lines file, writing it first "
                             "when it does not exist")
    cv_cmd.add_argument("--held-out", default=",".join(REFINER_HELD_OUT))
    cv_cmd.add_argument("--folds", type=int, default=4)
    cv_cmd.add_argument("--seed", type=int, default=DEFAULT_SEED)
    cv_cmd.add_argument("--averaged", action=argparse.BooleanOptionalAction,
                        default=REFINER_AVERAGED)
    cv_cmd.add_argument("--epochs", type=int, default=REFINER_EPOCHS)
    cv_cmd.add_argument("--ngram-size", type=int, default=REFINER_NGRAMS,
                        help="longest run of words read as one feature")
    cv_cmd.add_argument("--keys", help="comma-separated requirements and flag keys to train "
                        "(default: all)")
    cv_cmd.add_argument("--flag-thresholds", default=str(FLAG_THRESHOLD),
                        help="comma-separated red-flag thresholds to score")
    cv_cmd.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "cv-refiner":
        started = time.perf_counter()
        if args.examples is not None and args.examples.is_file():
            examples = read_refiner_examples(args.examples)
        else:
            examples = list(iter_refiner_examples(args.labels, args.docs))
            if args.examples is not None:
                write_refiner_examples(examples, args.examples)
        result = cross_validate_refiner(
            examples, folds=args.folds, seed=args.seed, averaged=args.averaged,
            epochs=args.epochs, ngram_size=args.ngram_size,
            held_out=tuple(s for s in args.held_out.split(",") if s),
            keys=tuple(k for k in args.keys.split(",") if k) if args.keys else None,
            flag_thresholds=tuple(float(t) for t in args.flag_thresholds.split(",") if t),
            workers=args.workers,
        )
        print(f"{args.folds}-fold cross-validation, seed {args.seed}, {args.epochs} epochs, "
              f"{'averaged' if args.averaged else 'last'} weights, 1-{args.ngram_size} grams, "
              f"{time.perf_counter() - started:.0f} s")
        print_cross_validation(result)
        return 0
    if args.command == "train-refiner":
        started = time.perf_counter()
        held_out = tuple(s for s in args.held_out.split(",") if s)
        examples = list(iter_refiner_examples(args.labels, args.docs))
        record = train_refiner(examples, args.out, held_out=held_out, seed=args.seed,
                               threshold=args.threshold, epochs=args.epochs,
                               averaged=args.averaged, ngram_size=args.ngram_size)
        size = sum(p.stat().st_size for p in Path(args.out).rglob("*") if p.is_file())
        print(f"refiner {record['version']} trained on {record['documents']} contracts "
              f"(held out: {', '.join(held_out) or 'none'}) in "
              f"{time.perf_counter() - started:.1f} s; "
              f"saved to {args.out} ({size / 1024:.0f} KiB)")
        return 0
    if args.command == "eval-refiner":
        refiner = LoadedRefiner(args.model, args.threshold)
        examples = list(iter_refiner_examples(args.labels, args.docs))
        evaluate_refiner(examples, refiner)
        if refiner.flags:
            evaluate_flag_refiner(examples, refiner)
        return 0
    if args.command == "train":
        started = time.perf_counter()
        train_from_csv(args.csv, args.out, seed=args.seed, epochs=args.epochs,
                       threshold=args.threshold)
        size = sum(p.stat().st_size for p in Path(args.out).rglob("*") if p.is_file())
        print(f"trained on {args.csv} in {time.perf_counter() - started:.1f} s; "
              f"saved to {args.out} ({size / 1024:.0f} KiB)")
        return 0
    evaluate(args.labels, args.model, clauses_csv=args.clauses, threshold=args.threshold,
             cross_validate=not args.no_cv, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
