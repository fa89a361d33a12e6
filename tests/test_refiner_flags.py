"""The refiner's reading of the red flags: what it reads for a flag, when it adds or drops one,
how each change says so, and what it is worth on the held-out test split (analyser/refiner.py,
analyser/learned.py)."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from analyser.learned import (
    DEFAULT_REFINER_DIR,
    FLAG_KEYS,
    LoadedRefiner,
    iter_refiner_examples,
    load_default_refiner,
)
from analyser.model import Document, Report
from analyser.pipeline import Pipeline, analyse_document, load_pipeline
from analyser.refiner import FLAGS, MIN_WORDS, REFINED, flag_text, iter_sentence_spans

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
NEUTRAL = {"present": 0.34, "weak": 0.33, "missing": 0.33}


class FlagRefiner:
    """A stand-in refiner that reads the red flags and answers fixed scores per key."""

    def __init__(self, scores: Mapping[str, Mapping[str, float]], threshold: float = 0.7,
                 flags: Sequence[str] = FLAGS) -> None:
        self.scores = scores
        self.threshold = threshold
        self.flag_threshold = threshold
        self.version = "fixed"
        self.trained_on = 42
        self.requirements = REFINED
        self.flags = tuple(flags)
        self.calls: list[tuple[str, int]] = []

    def predict(self, key: str, texts: Sequence[str]) -> list[Mapping[str, float]]:
        self.calls.append((key, len(texts)))
        return [self.scores.get(key, NEUTRAL) for _ in texts]


def _carries(probability: float) -> dict[str, float]:
    return {"present": probability, "weak": 0.0, "missing": 1.0 - probability}


def _contract(withdrawal: str) -> str:
    filler = " ".join(["The parties meet at the studio on the agreed days."] * (MIN_WORDS // 9 + 1))
    return (
        "1. Grant\n\n1.1 The Model grants the Brand a licence to use her photographs in the "
        "spring catalogue for two years.\n\n"
        "2. Fee\n\n2.1 The Brand shall pay the Model a fee of EUR 900 per day.\n\n"
        f"3. Withdrawal\n\n3.1 {withdrawal}\n\n"
        "4. Layout\n\n4.1 The Brand may crop the photographs to fit each page.\n\n"
        f"5. Logistics\n\n5.1 {filler}\n"
    )


PLAIN = _contract("The Model may withdraw her consent at any time by e-mail.")
IRREVOCABLE = _contract("This licence is irrevocable.")


def _report(text: str, pipeline: Pipeline, refiner: object | None) -> Report:
    rules_only = load_pipeline(pipeline.pack_ids, learned=False)
    engine = copy.copy(rules_only.engine)
    engine.refiner = refiner  # type: ignore[assignment]
    chosen = replace(rules_only, engine=engine)
    document = Document(text=text, name="contract.txt", format="txt", sha256="0" * 64)
    return analyse_document(document, chosen)


def _flag_ids(report: Report) -> list[str]:
    return [f.id for f in report.red_flags]


def test_a_flag_is_read_with_the_rules_conclusion_and_the_sentences_about_it(
    pipeline: Pipeline,
) -> None:
    rules = _report(IRREVOCABLE, pipeline, None)
    raised = {f.id: f for f in rules.red_flags}
    assert "irrevocable" in raised
    statuses = {r.id: r.status for r in rules.requirements}
    spans = list(iter_sentence_spans(IRREVOCABLE))
    read = flag_text("irrevocable", raised, IRREVOCABLE, spans, False, statuses)
    head, quotes, body = read.split(" . ", 2)
    assert head.startswith("zflagyes zaino rule_")
    assert "flag_irrevocable" in head and f"zotherrevocation{statuses['revocation']}" in head
    assert "This licence is irrevocable." in quotes and "This licence is irrevocable." in body
    assert "EUR 900" not in body and "agreed days" not in body
    # a flag the rules did not raise: no rules, no quotes, and its own sentences
    other = flag_text("alteration", raised, IRREVOCABLE, spans, False, statuses)
    head, quotes, body = other.split(" . ", 2)
    assert head.startswith("zflagno zaino ") and "rule_" not in head and not quotes.strip()
    assert "crop the photographs to fit each page" in body


@pytest.mark.parametrize(
    ("flag", "sentence", "speaks"),
    [
        ("perpetual", "The licence runs in perpetuity.", True),
        ("perpetual", "The shoot is on Monday.", False),
        ("irrevocable", "This consent cannot be withdrawn.", True),
        ("irrevocable", "The Model may choose the wardrobe.", False),
        ("worldwide", "Use is permitted throughout the universe.", True),
        ("worldwide", "The studio has two rooms.", False),
        ("all_media", "In all media now known or hereafter devised.", True),
        ("all_media", "Lunch is provided on set.", False),
        ("any_purpose", "For any purpose whatsoever.", True),
        ("any_purpose", "The photographer brings lights.", False),
        ("waiver_of_approval", "The Model waives any right to inspect the images.", True),
        ("waiver_of_approval", "Parking is free at the venue.", False),
        ("alteration", "The images may be retouched or composited.", True),
        ("alteration", "The Model arrives at nine.", False),
        ("third_party_transfer", "The Company may sublicense these rights.", True),
        ("third_party_transfer", "The Model wears her own shoes.", False),
        ("ai_training_use", "Recordings may train our models.", True),
        ("ai_training_use", "She said the day was long.", False),  # "ai" inside "said"
        ("no_further_compensation", "No further sums are due.", True),
        ("no_further_compensation", "The shoot is outdoors.", False),
        ("binding_on_heirs", "This binds her heirs and executors.", True),
        ("binding_on_heirs", "The studio sells candied fruit.", False),  # "die" inside a word
        ("deemed_consent", "Silence is deemed approval.", True),
        ("deemed_consent", "The crew arrives early.", False),
        ("power_of_attorney", "The Agency is appointed her attorney-in-fact.", True),
        ("power_of_attorney", "Coffee is on the table.", False),
    ],
)
def test_a_sentence_speaks_to_a_flag_by_its_keywords(flag: str, sentence: str,
                                                     speaks: bool) -> None:
    text = f"Heading line\n{sentence}\nClosing line"
    read = flag_text(flag, {}, text, list(iter_sentence_spans(text)), False, {})
    assert (sentence in read.split(" . ", 2)[2]) is speaks


def test_a_confident_refiner_adds_a_flag_and_cites_what_weighed_for_it(
    pipeline: Pipeline,
) -> None:
    rules = _report(PLAIN, pipeline, None)
    assert "alteration" not in _flag_ids(rules)
    refiner = FlagRefiner({"flag_alteration": _carries(0.9)})
    refined = _report(PLAIN, pipeline, refiner)
    added = next(f for f in refined.red_flags if f.id == "alteration")
    assert added.undermines == "approval" and added.title
    assert "No rule raised this flag" in added.explanation
    assert "42 labelled contracts" in added.explanation and "0.90" in added.explanation
    assert added.evidence and all(e.rule == "learned.refiner" for e in added.evidence)
    assert all(PLAIN[e.start : e.end] == e.quote for e in added.evidence)
    assert any("crop the photographs" in e.quote for e in added.evidence)
    # flags stay in the rule packs' order, and the rules' own flags stay as they were
    order = list(load_pipeline(pipeline.pack_ids, learned=False).engine.red_flag_defs)
    ids = _flag_ids(refined)
    assert ids == sorted(ids, key=order.index)
    assert [f for f in refined.red_flags if f.id != "alteration"] == list(
        rules.red_flags
    )


def test_a_confident_refiner_drops_a_flag_and_says_so_where_it_was_named(
    pipeline: Pipeline,
) -> None:
    rules = _report(IRREVOCABLE, pipeline, None)
    assert "irrevocable" in _flag_ids(rules)
    refined = _report(IRREVOCABLE, pipeline, FlagRefiner({"flag_irrevocable": _carries(0.1)}))
    assert "irrevocable" not in _flag_ids(refined)
    revocation = refined.requirement("revocation")
    assert revocation.status == rules.requirement("revocation").status  # statuses are not flags
    said = " ".join(revocation.reasons)
    assert "The rules read this as a red flag (irrevocable grant)" in said
    assert "does not (confidence 0.90)" in said
    assert "Red flag: irrevocable grant." not in said


def test_a_dropped_flag_no_reason_named_is_still_named_under_what_it_undermined(
    pipeline: Pipeline,
) -> None:
    """A flag the rules raised without naming it in a reason (its protection was decided by
    other clauses) is still named, with its quote, under the protection it undermined."""
    rules = _report(IRREVOCABLE, pipeline, None)
    flag = next(f for f in rules.red_flags if f.id == "irrevocable")
    from analyser.refiner import note_dropped_flags

    plain = replace(rules.requirement("revocation"), reasons=("Clause 3.1: something else.",))
    noted = note_dropped_flags([plain], {"irrevocable": (flag, 0.8)}, 42)[0]
    assert noted.reasons[0] == "Clause 3.1: something else."
    assert 'The rules raised the red flag "Irrevocable grant"' in noted.reasons[1]
    assert "This licence is irrevocable." in noted.reasons[1] and "0.80" in noted.reasons[1]
    untouched = note_dropped_flags([rules.requirement("consent")], {"irrevocable": (flag, 0.8)},
                                   42)[0]
    assert untouched.reasons == rules.requirement("consent").reasons


@pytest.mark.parametrize(
    ("scores", "why"),
    [
        ({"flag_alteration": _carries(0.6)}, "below the threshold"),
        ({"flag_irrevocable": _carries(0.95)}, "agrees with the rules"),
        ({"flag_irrevocable": _carries(0.35)}, "not sure enough to drop"),
    ],
)
def test_an_unsure_or_agreeing_refiner_changes_no_flag(
    pipeline: Pipeline, scores: Mapping[str, Mapping[str, float]], why: str
) -> None:
    rules = _report(IRREVOCABLE, pipeline, None)
    refined = _report(IRREVOCABLE, pipeline, FlagRefiner(scores))
    assert refined.red_flags == rules.red_flags, why
    assert refined.requirements == rules.requirements, why


def test_a_refiner_trained_without_flags_or_a_short_text_changes_no_flag(
    pipeline: Pipeline,
) -> None:
    rules = _report(IRREVOCABLE, pipeline, None)
    no_flags = FlagRefiner({"flag_irrevocable": _carries(0.0)}, flags=())
    assert _report(IRREVOCABLE, pipeline, no_flags).red_flags == rules.red_flags
    assert not any(key.startswith("flag_") for key, _ in no_flags.calls)
    short = IRREVOCABLE[:600]
    short_rules = _report(short, pipeline, None)
    refiner = FlagRefiner({"flag_irrevocable": _carries(0.0)})
    assert _report(short, pipeline, refiner).red_flags == short_rules.red_flags


def test_the_shipped_refiner_reads_every_flag() -> None:
    refiner = load_default_refiner()
    assert refiner is not None
    assert refiner.flags == FLAGS and 0.5 <= refiner.flag_threshold < 1.0
    assert all((DEFAULT_REFINER_DIR / key).is_dir() for key in FLAG_KEYS)


def test_a_flag_stands_by_the_refiner_only_when_it_is_sure_enough() -> None:
    from analyser.learned import refined_flag

    assert refined_flag(0.9, False, 0.7) and not refined_flag(0.6, False, 0.7)
    assert not refined_flag(0.2, True, 0.7) and refined_flag(0.4, True, 0.7)


def test_the_flag_refiner_is_no_worse_than_the_rules_on_the_held_out_test_split(
    tmp_path: Path,
) -> None:
    """Measured on the 23 test contracts it never learned from: its red flags' F1 is at least
    the rules' alone (the threshold was chosen by cross-validation on the training contracts)."""
    from analyser.learned import evaluate_flag_refiner

    labels = tmp_path / "labels.csv"
    rows = (SAMPLES / "labels.csv").read_text(encoding="utf-8").splitlines()
    labels.write_text(
        "\n".join([rows[0], *(r for r in rows[1:] if ",test," in r)]) + "\n", encoding="utf-8"
    )
    examples = [e for e in iter_refiner_examples(labels, SAMPLES, workers=1)
                if e.requirement in FLAG_KEYS]
    assert len(examples) == len(FLAGS) * 23
    with open(tmp_path / "table.txt", "w", encoding="utf-8") as table:
        results = evaluate_flag_refiner(examples, LoadedRefiner(DEFAULT_REFINER_DIR), out=table)
    (tp, fp, fn), (tp2, fp2, fn2) = results["test"]
    assert tp + fn == tp2 + fn2 > 50  # the same labelled flags
    assert 2 * tp2 / (2 * tp2 + fp2 + fn2) >= 2 * tp / (2 * tp + fp + fn)
