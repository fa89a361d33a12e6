"""The learned clause signal: training, determinism, the shipped model and the engine hook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from analyser.engine import Engine
from analyser.learned import CLAUSE_LABELS, DEFAULT_MODEL_DIR, load_default_classifier
from analyser.model import Document
from analyser.nlp import SpacyClauseClassifier, train_clause_classifier
from analyser.pipeline import Pipeline
from analyser.segmenter import segment

PAID = [
    "The Company shall pay the Model a fee of five hundred dollars for each use.",
    "A usage fee of two thousand pounds is payable for every three months of use.",
    "We will pay you a royalty of forty cents per generated minute.",
    "The Brand shall pay a fee of one thousand euros per campaign.",
    "The Producer shall pay the Performer an additional fee for the sequence.",
    "You will receive a session fee per hour, paid within fifteen days.",
]
WITHDRAW = [
    "The Model may withdraw consent at any time by written notice.",
    "You may revoke your consent on thirty days' notice without giving a reason.",
    "The Artist may withdraw any consent by email, and we will stop all new uses.",
    "You may withdraw your agreement at any time; no reason is needed.",
    "The Talent may revoke a consent given under this clause on fourteen days' notice.",
    "You can withdraw at any time and we will delete the recordings.",
]
NEUTRAL = [
    "This agreement is governed by the law of England and Wales.",
    "Lunch will be provided on the shoot day.",
    "Headings are for convenience only.",
    "The Model shall arrive on time.",
]
TINY = (
    [(t, {"compensation:present": 1.0}) for t in PAID]
    + [(t, {"revocation:present": 1.0}) for t in WITHDRAW]
    + [(t, {}) for t in NEUTRAL]
)
LABELS = ("compensation:present", "revocation:present")
PROBES = [
    "The Company shall pay the Model a fee of three hundred dollars per image.",
    "The Model may withdraw consent by written notice at any time.",
]


def _train(out: Path, seed: int = 0) -> SpacyClauseClassifier:
    train_clause_classifier(TINY, out, seed=seed, epochs=20, labels=LABELS, threshold=0.5)
    return SpacyClauseClassifier(out)


def test_training_separates_two_obvious_classes(tmp_path: Path) -> None:
    classifier = _train(tmp_path / "model")
    pay, withdraw = classifier.predict(PROBES)
    assert pay["compensation:present"] > 0.5 > pay["revocation:present"]
    assert withdraw["revocation:present"] > 0.5 > withdraw["compensation:present"]
    assert classifier.threshold == 0.5


def test_same_seed_gives_identical_model_and_predictions(tmp_path: Path) -> None:
    first = _train(tmp_path / "a").predict(PROBES + NEUTRAL)
    second = _train(tmp_path / "b").predict(PROBES + NEUTRAL)
    assert first == second
    for part in ("textcat_multilabel/model", "config.cfg", "meta.json"):
        assert (tmp_path / "a" / part).read_bytes() == (tmp_path / "b" / part).read_bytes()


def test_shipped_model_loads_and_scores_every_label() -> None:
    assert (DEFAULT_MODEL_DIR / "meta.json").is_file()
    size = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.rglob("*") if p.is_file())
    assert size < 5 * 1024 * 1024
    classifier = load_default_classifier()
    assert classifier is not None
    assert 0.0 < classifier.threshold < 1.0
    scores = classifier.predict(PROBES + [""])
    assert len(scores) == 3
    for clause_scores in scores:
        assert set(CLAUSE_LABELS) <= set(clause_scores)
        assert all(0.0 <= value <= 1.0 for value in clause_scores.values())


class _StubClassifier:
    """Scores every clause alike: a high score for each of ``scores``' labels."""

    def __init__(self, scores: Mapping[str, float], threshold: float = 0.6) -> None:
        self.scores = dict(scores)
        self.threshold = threshold
        self.calls = 0

    def predict(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        self.calls += 1
        return [dict(self.scores) for _ in texts]


CONTRACT = (
    "1. Digital Replica\nThe Company shall not create or use a Digital Replica of the Model "
    "without the Model's prior written consent.\n\n"
    "2. Fee\nThe Company shall pay the Model a fee of five hundred dollars ($500) for each use "
    "of the Digital Replica.\n\n"
    "3. Catering\nLunch will be provided on the shoot day.\n"
)


def _grade(
    pipeline: Pipeline, classifier: _StubClassifier | None
) -> dict[str, tuple[str, list[str]]]:
    document = Document(text=CONTRACT, name="stub.txt", format="txt", sha256="")
    engine = Engine(pipeline.packs, classifier=classifier)
    report = engine.analyse(document, segment(document))
    return {
        r.id: (r.status, [e.rule for e in r.evidence])
        for r in report.requirements
        if r.id in ("consent", "compensation", "revocation")
    }


def test_engine_uses_classifier_only_for_a_silent_core_requirement(pipeline: Pipeline) -> None:
    without = _grade(pipeline, None)
    assert without["consent"][0] == "present"
    assert without["compensation"][0] == "present"
    assert without["revocation"] == ("missing", [])  # no rule speaks to revocation here
    stub = _StubClassifier(
        {"revocation:present": 0.9, "consent:missing": 0.99, "compensation:missing": 0.99}
    )
    graded = _grade(pipeline, stub)
    assert stub.calls == 1
    assert graded["consent"] == without["consent"]
    assert graded["compensation"] == without["compensation"]
    assert graded["revocation"][0] == "present"
    assert graded["revocation"][1] == ["learned.revocation_present"]


def test_engine_ignores_scores_below_the_threshold(pipeline: Pipeline) -> None:
    stub = _StubClassifier({"revocation:weak": 0.5}, threshold=0.6)
    assert _grade(pipeline, stub)["revocation"] == ("missing", [])
    stub = _StubClassifier({"revocation:weak": 0.7, "revocation:present": 0.65}, threshold=0.6)
    assert _grade(pipeline, stub)["revocation"] == ("weak", ["learned.revocation_weak"])
