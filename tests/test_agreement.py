"""Agreement between two annotators, and between the analyser and each (``analyser.agreement``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.agreement import (
    ColumnAgreement,
    FlagAgreement,
    cohen_kappa,
    column_agreement,
    flag_agreement,
    format_agreement,
)
from analyser.cli import read_labels

# the textbook case: 50 documents, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: observed 0.70,
# chance 0.5 x 0.6 + 0.5 x 0.4 = 0.50, kappa 0.40
TEXTBOOK = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        (TEXTBOOK, 0.40),
        ([("present", "present"), ("weak", "weak"), ("missing", "missing")], 1.0),
        # agreement no better than chance: each annotator says "weak" half the time, independently
        ([("weak", "weak"), ("weak", "present"), ("present", "weak"), ("present", "present")], 0.0),
        # systematic disagreement is worse than chance
        ([("weak", "present"), ("present", "weak")], -1.0),
    ],
    ids=["textbook", "perfect", "chance", "opposed"],
)
def test_cohen_kappa_corrects_agreement_for_chance(
    pairs: list[tuple[str, str]], expected: float
) -> None:
    kappa = cohen_kappa(pairs)
    assert kappa is not None
    assert kappa == pytest.approx(expected)


@pytest.mark.parametrize(
    "pairs",
    [[], [("weak", "weak"), ("weak", "weak")]],
    ids=["no-documents", "one-label-only"],
)
def test_cohen_kappa_is_undefined_without_variation(pairs: list[tuple[str, str]]) -> None:
    assert cohen_kappa(pairs) is None


def test_column_agreement_counts_only_documents_both_annotators_labelled() -> None:
    first = {"a.pdf": "present", "b.pdf": "weak", "c.pdf": "missing", "only-first.pdf": "weak"}
    second = {"a.pdf": "present", "b.pdf": "missing", "c.pdf": "missing", "only-second.pdf": "weak"}
    result = column_agreement("consent", first, second)
    assert (result.documents, result.agree) == (3, 2)
    assert result.disagreements == (("b.pdf", "weak", "missing"),)
    assert result.analysed is None


def test_column_agreement_scores_the_analyser_against_each_annotator_and_either() -> None:
    first = {"a.pdf": "present", "b.pdf": "weak", "c.pdf": "missing"}
    second = {"a.pdf": "present", "b.pdf": "missing", "c.pdf": "weak"}
    # b: the analyser sides with the second annotator; c: with neither; d.pdf is not labelled
    analyser = {"a.pdf": "present", "b.pdf": "missing", "c.pdf": "present", "d.pdf": "weak"}
    result = column_agreement("revocation", first, second, analyser)
    assert (result.analysed, result.analyser_first, result.analyser_second,
            result.analyser_either) == (3, 1, 2, 2)


def test_column_agreement_leaves_unread_documents_out_of_the_analyser_counts() -> None:
    first = {"a.pdf": "present", "b.pdf": "weak"}
    second = {"a.pdf": "present", "b.pdf": "weak"}
    result = column_agreement("consent", first, second, {"a.pdf": "present"})
    assert (result.documents, result.analysed, result.analyser_either) == (2, 1, 1)


def test_flag_agreement_counts_shared_and_one_sided_flags() -> None:
    first = {"a.pdf": frozenset({"perpetual", "worldwide"}), "b.pdf": frozenset()}
    second = {"a.pdf": frozenset({"perpetual"}), "b.pdf": frozenset({"irrevocable"}),
              "c.pdf": frozenset({"all_media"})}
    result = flag_agreement(first, second)
    assert result == FlagAgreement(documents=2, both=1, first_only=1, second_only=1)
    assert result.f1 == pytest.approx(0.5)


def test_flag_agreement_without_any_flag_has_no_f1() -> None:
    assert flag_agreement({"a.pdf": frozenset()}, {"a.pdf": frozenset()}).f1 is None


def test_format_agreement_names_the_source_figures_and_each_difference() -> None:
    columns = [
        ColumnAgreement("consent", 2, 1, 0.0, analysed=2, analyser_first=1, analyser_second=2,
                        analyser_either=2, disagreements=(("b.pdf", "weak", "missing"),)),
        ColumnAgreement("revocation", 2, 2, None, analysed=2, analyser_first=2,
                        analyser_second=2, analyser_either=2),
    ]
    text = format_agreement("second.csv", columns, FlagAgreement(2, 3, 1, 0))
    assert text.startswith("Second annotator (second.csv): 2 documents labelled by both.")
    consent = next(line for line in text.splitlines() if line.strip().startswith("consent"))
    assert consent.split() == ["consent", "0.50", "(1/2)", "0.00", "0.50", "1.00", "1.00"]
    revocation = next(line for line in text.splitlines() if line.strip().startswith("revocation"))
    assert revocation.split()[3] == "n/a"
    assert "F1 between annotators 0.86 (both 3, first only 1, second only 0)" in text
    assert "b.pdf: consent first weak, second missing" in text


def test_format_agreement_says_when_annotators_never_differ() -> None:
    columns = [ColumnAgreement("consent", 1, 1, None)]
    assert "Annotators differ: nowhere." in format_agreement("s.csv", columns, None)


# --- the second annotations shipped in samples/agreement ---------------------------------------

AGREEMENT = Path(__file__).resolve().parent.parent / "samples" / "agreement"


def _shipped_annotations() -> list[Path]:
    found = sorted(AGREEMENT.glob("*_annotator*.csv"))
    if not found:
        pytest.fail("samples/agreement/ holds no second annotation")
    return found


@pytest.mark.parametrize("path", _shipped_annotations(), ids=lambda path: path.stem)
def test_each_shipped_annotation_covers_exactly_one_split_of_the_labels(path: Path) -> None:
    labels = {row.file: row for row in read_labels(AGREEMENT.parent / "labels.csv")}
    second = read_labels(path)
    split = path.stem.split("_annotator")[0]
    assert {row.file for row in second} == {n for n, row in labels.items() if row.split == split}
    for row in second:
        assert row.ai is not None
        assert set(row.statuses) >= {"consent", "compensation", "revocation"}
        assert row.red_flags is not None
