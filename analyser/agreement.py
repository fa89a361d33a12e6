"""How far two annotators agree on the same documents, and how far the analyser agrees with each.

A measured accuracy means little without knowing how far careful readers agree on the labels
themselves: if two people reading the same contract against the same criteria disagree on a
tenth of the cells, no reader, human or program, can be held to 0.95 against either of them.
``likeness eval LABELS.csv --second SECOND.csv`` reads a second, independent set of labels for
some of the documents and reports, per column, the share of documents the two annotators label
alike, Cohen's kappa (agreement corrected for chance), and the analyser's accuracy against the
first annotator, the second, and either of them.

Values are plain mappings from a document's file name to its label, so that the figures can be
computed from any source of labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["ColumnAgreement", "FlagAgreement", "cohen_kappa", "column_agreement",
           "flag_agreement", "format_agreement"]


@dataclass(frozen=True)
class ColumnAgreement:
    """Agreement on one labelled column over the documents both annotators labelled.

    ``analyser_*`` count documents the analyser graded (None when no analyser output was given):
    equal to the first annotator's label, to the second's, and to either.
    """

    column: str
    documents: int
    agree: int
    kappa: float | None
    analysed: int | None = None
    analyser_first: int | None = None
    analyser_second: int | None = None
    analyser_either: int | None = None
    disagreements: tuple[tuple[str, str, str], ...] = ()
    """(file, first label, second label) of each document the annotators label differently."""


@dataclass(frozen=True)
class FlagAgreement:
    """Red flags named by both annotators (``both``) and by one only, summed over documents."""

    documents: int
    both: int
    first_only: int
    second_only: int

    @property
    def f1(self) -> float | None:
        """F1 of the second annotator's flags against the first's (symmetric in the two)."""
        total = 2 * self.both + self.first_only + self.second_only
        return 2 * self.both / total if total else None


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of (first, second) label pairs; None when it is undefined.

    Kappa is (observed agreement - agreement expected by chance) / (1 - chance agreement), with
    chance agreement from each annotator's own label shares. It is undefined for no pairs, and
    when both annotators give every document the same single label (chance agreement 1).
    """
    if not pairs:
        return None
    total = len(pairs)
    observed = sum(1 for first, second in pairs if first == second) / total
    firsts = Counter(first for first, _ in pairs)
    seconds = Counter(second for _, second in pairs)
    chance = sum(firsts[label] * seconds[label] for label in firsts) / (total * total)
    if chance >= 1:
        return None
    return (observed - chance) / (1 - chance)


def column_agreement(
    column: str,
    first: Mapping[str, str],
    second: Mapping[str, str],
    analyser: Mapping[str, str] | None = None,
) -> ColumnAgreement:
    """Agreement on ``column`` over the files both ``first`` and ``second`` label.

    ``analyser`` maps files to the analyser's value for the column; files it lacks (documents
    that could not be read) are left out of the analyser's counts only.
    """
    files = sorted(set(first) & set(second))
    pairs = [(first[name], second[name]) for name in files]
    disagreements = tuple((name, first[name], second[name]) for name in files
                          if first[name] != second[name])
    result = ColumnAgreement(column, len(files), len(files) - len(disagreements),
                             cohen_kappa(pairs), disagreements=disagreements)
    if analyser is None:
        return result
    graded = [name for name in files if name in analyser]
    return ColumnAgreement(
        column, result.documents, result.agree, result.kappa,
        analysed=len(graded),
        analyser_first=sum(1 for name in graded if analyser[name] == first[name]),
        analyser_second=sum(1 for name in graded if analyser[name] == second[name]),
        analyser_either=sum(1 for name in graded if analyser[name] in (first[name], second[name])),
        disagreements=disagreements,
    )


def flag_agreement(
    first: Mapping[str, frozenset[str]], second: Mapping[str, frozenset[str]]
) -> FlagAgreement:
    """Red-flag agreement over the files both annotators flagged (an empty set counts)."""
    files = set(first) & set(second)
    return FlagAgreement(
        documents=len(files),
        both=sum(len(first[name] & second[name]) for name in files),
        first_only=sum(len(first[name] - second[name]) for name in files),
        second_only=sum(len(second[name] - first[name]) for name in files),
    )


def format_agreement(
    source: str,
    columns: Sequence[ColumnAgreement],
    flags: FlagAgreement | None,
) -> str:
    """The plain-text block ``likeness eval --second`` prints."""
    documents = max((c.documents for c in columns), default=flags.documents if flags else 0)
    lines = [f"Second annotator ({source}): {documents} documents labelled by both.",
             f"  {'':14}{'annotators agree':>18}{'kappa':>8}{'analyser vs first':>19}"
             f"{'vs second':>11}{'vs either':>11}"]
    for item in columns:
        agree = f"{_share(item.agree, item.documents)} ({item.agree}/{item.documents})"
        kappa = "n/a" if item.kappa is None else f"{item.kappa:.2f}"
        if item.analysed is None:
            versus = ["", "", ""]
        else:
            versus = [_share(count or 0, item.analysed) for count in
                      (item.analyser_first, item.analyser_second, item.analyser_either)]
        lines.append(f"  {item.column:<14}{agree:>18}{kappa:>8}{versus[0]:>19}{versus[1]:>11}"
                     f"{versus[2]:>11}")
    if flags is not None:
        f1 = "n/a" if flags.f1 is None else f"{flags.f1:.2f}"
        lines.append(f"  red flags: F1 between annotators {f1} (both {flags.both}, first only "
                     f"{flags.first_only}, second only {flags.second_only})")
    found = [(item.column, *row) for item in columns for row in item.disagreements]
    if found:
        lines.append("  Annotators differ:")
        lines += [f"    {name}: {column} first {one}, second {two}"
                  for column, name, one, two in sorted(found, key=lambda row: (row[1], row[0]))]
    else:
        lines.append("  Annotators differ: nowhere.")
    return "\n".join(lines) + "\n"


def _share(part: int, whole: int) -> str:
    """A two-decimal share, or ``n/a`` for nothing to divide by."""
    return f"{part / whole:.2f}" if whole else "n/a"
