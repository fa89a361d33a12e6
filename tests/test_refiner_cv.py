"""Cross-validating the refiner: what chooses how it is trained, without reading the test split."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from analyser.learned import (
    CrossValidation,
    LoadedRefiner,
    RefinerExample,
    cross_validate_refiner,
    fold_of,
    main,
    print_cross_validation,
    read_refiner_examples,
    train_refiner,
    write_refiner_examples,
)
from analyser.nlp import SpacyStatusClassifier, train_status_classifier

SPLITS = ("dev", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")


def _examples(splits: tuple[str, ...] = SPLITS, per_split: int = 6) -> list[RefinerExample]:
    """Consent decided by one word the rules miss (they always say weak), and a perpetual flag
    carried where the text says "perpetual" (the rules never raise it)."""
    made = []
    for split in (*splits, "test"):
        for n in range(per_split):
            revocable = n % 2 == 0
            text = ("zstatusweak the model may revoke consent at any time" if revocable
                    else "zstatusweak this consent is irrevocable and final")
            made.append(RefinerExample(f"{split}_{n}.txt", split, "consent", text, "weak",
                                       "present" if revocable else "missing"))
            flagged = n % 2 == 1
            made.append(RefinerExample(
                f"{split}_{n}.txt", split, "flag_perpetual",
                "zflagmissing the licence lasts in perpetuity forever" if flagged
                else "zflagmissing the licence lasts for one year", "missing",
                "present" if flagged else "missing"))
    return made


@pytest.mark.parametrize("split", ["dev", "test", "fresh199", "fresh42"])
def test_a_split_is_in_one_fold_which_does_not_move(split: str) -> None:
    folds = {fold_of(split, 4) for _ in range(3)}
    assert len(folds) == 1 and folds <= {0, 1, 2, 3}


def test_the_folds_share_the_splits_out() -> None:
    counts = [0, 0, 0, 0]
    for number in range(2, 200):
        counts[fold_of(f"fresh{number}", 4)] += 1
    assert min(counts) > 30


def test_examples_are_written_and_read_back_unchanged(tmp_path: Path) -> None:
    examples = _examples(("dev",), per_split=3)
    examples.append(RefinerExample("é.txt", "dev", "consent", "“quoted” — text\nnext", "weak",
                                   "present"))
    path = tmp_path / "examples.jsonl"
    assert write_refiner_examples(examples, path) == len(examples)
    assert read_refiner_examples(path) == examples


def test_cross_validation_scores_every_example_outside_test_once_by_classifiers_that_never_read_it(
) -> None:
    examples = _examples(per_split=16)
    result = cross_validate_refiner(examples, folds=4, keys=("consent", "flag_perpetual"),
                                    flag_thresholds=(0.5, 0.9))
    scored = [e for e in examples if e.split != "test"]
    n, alone, refined = result.statuses["consent"]
    assert n == sum(e.requirement == "consent" for e in scored)
    assert alone == 0  # the rules always say weak; the labels are present or missing
    assert refined == n  # one word decides, and every fold has learned it
    carried = sum(e.requirement == "flag_perpetual" and e.label == "present" for e in scored)
    assert result.flags[0.5][0] == (0, 0, carried)  # the rules raise none
    assert result.flags[0.5][1] == (carried, 0, 0)
    assert set(result.flags) == {0.5, 0.9}


def test_a_fold_is_scored_by_classifiers_trained_without_its_splits() -> None:
    # one split says the opposite of every other: learned from, it would score itself right
    examples = _examples()
    odd = "fresh5"
    flipped = [
        RefinerExample(e.file, e.split, e.requirement, e.text, e.rules_status,
                       {"present": "missing", "missing": "present"}[e.label])
        if e.split == odd and e.requirement == "consent" else e
        for e in examples
    ]
    alone = cross_validate_refiner([e for e in flipped if e.split != odd], keys=("consent",),
                                   flag_thresholds=())
    both = cross_validate_refiner(flipped, keys=("consent",), flag_thresholds=())
    odd_count = sum(e.split == odd and e.requirement == "consent" for e in flipped)
    # the odd split is scored, and wrong every time; the others are as right as without it
    assert both.statuses["consent"][0] == alone.statuses["consent"][0] + odd_count
    assert both.statuses["consent"][2] == alone.statuses["consent"][2]


def test_cross_validation_needs_two_folds() -> None:
    with pytest.raises(ValueError, match="two folds"):
        cross_validate_refiner(_examples(), folds=1)


def test_an_unknown_key_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="concent"):
        train_refiner(_examples(), tmp_path, keys=("concent",))


def test_a_refiner_trained_on_some_keys_reads_only_those(tmp_path: Path) -> None:
    record = train_refiner(_examples(), tmp_path, keys=("consent", "flag_perpetual"))
    assert record["requirements"] == ["consent"] and record["flags"] == ["perpetual"]
    refiner = LoadedRefiner(tmp_path)
    assert refiner.requirements == ("consent",) and refiner.flags == ("perpetual",)


def test_averaged_weights_are_saved_as_such_and_differ_from_the_last(tmp_path: Path) -> None:
    examples = [(e.text, e.label) for e in _examples(("dev",)) if e.requirement == "consent"]
    for name, averaged in (("last", False), ("averaged", True), ("again", True)):
        train_status_classifier(examples, tmp_path / name, meta={"version": name}, epochs=3,
                                averaged=averaged)
    texts = [text for text, _ in examples[:2]] + ["unseen words"]
    last = SpacyStatusClassifier(tmp_path / "last")
    averaged = SpacyStatusClassifier(tmp_path / "averaged")
    assert averaged.meta["averaged"] is True and last.meta["averaged"] is False
    assert averaged.predict(texts) != last.predict(texts)
    assert averaged.predict(texts) == SpacyStatusClassifier(tmp_path / "again").predict(texts)


@pytest.mark.parametrize("ngram_size", [1, 3])
def test_a_refiner_reads_the_runs_of_words_it_was_trained_on_as_spacy_does(
    tmp_path: Path, ngram_size: int
) -> None:
    """``ngram_size`` is recorded, changes the version, and the fast path that scores from the
    model's own layers reads runs of that many words exactly as spaCy's pipeline does."""
    default = train_refiner(_examples(), tmp_path / "default", keys=("consent",))
    record = train_refiner(_examples(), tmp_path / "grams", keys=("consent",),
                           ngram_size=ngram_size)
    assert default["ngram_size"] == 2 and record["ngram_size"] == ngram_size
    assert record["version"] != default["version"]
    model = LoadedRefiner(tmp_path / "grams")._models["consent"]
    assert model._layers is not None and model._layers[0].attrs["ngram_size"] == ngram_size
    texts = ["the model may revoke consent at any time", "consent is irrevocable and final",
             "any time the model may revoke", "words never seen in training"]
    fast = model.predict(texts)
    layers, model._layers = model._layers, None
    try:
        assert fast == model.predict(texts)
    finally:
        model._layers = layers


def test_the_table_gives_accuracy_and_flag_f1_per_threshold() -> None:
    result = CrossValidation({"consent": (10, 5, 9)}, {0.7: ((3, 1, 1), (4, 0, 1))})
    out = io.StringIO()
    print_cross_validation(result, out)
    assert "consent | 10 | 0.5000 | 0.9000" in out.getvalue()
    assert ("red flags at 0.70 | F1 rules 0.7500 | refined 0.8889 (tp 4, fp 0, fn 1)"
            in out.getvalue())


def test_the_command_caches_the_examples_and_prints_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "examples.jsonl"
    write_refiner_examples(_examples(), cache)
    assert main(["cv-refiner", "--examples", str(cache), "--keys", "consent,flag_perpetual",
                 "--flag-thresholds", "0.7", "--averaged"]) == 0
    printed = capsys.readouterr().out
    assert "4-fold cross-validation, seed 0, 8 epochs, averaged weights, 1-2 grams" in printed
    assert "consent | 48 | 0.0000 | 1.0000" in printed  # 8 splits of 6, test left out
    assert "red flags at 0.70" in printed
