"""Corpus reports (analyser.corpus) and quote anonymisation (analyser.anonymise).

The corpus is built from real batch results of the bundled samples; the figures are checked
against counts taken directly from the results, not from the code under test.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from analyser.anonymise import Anonymiser
from analyser.batch import BatchItem, BatchSettings, LocalExecutor, run_batch
from analyser.corpus import (
    MIN_GROUP,
    MetadataInvalidError,
    build_corpus,
    corpus_to_csv,
    corpus_to_html,
    corpus_to_markdown,
    percent,
    read_metadata,
)
from analyser.store import ResultStore

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PLANTED = (
    "DIGITAL REPLICA AGREEMENT\n\n"
    "1. Parties. This agreement is between Brightwater Media and the performer.\n\n"
    "2. Consent. The Company shall not create or use a digital replica of Jane Okafor without "
    "the prior written consent of Jane Okafor, requested at jane.okafor@example.com, and shall "
    "pay USD 4,750 for each use of the digital replica.\n\n"
    "3. Revocation. Okafor may withdraw consent to the digital replica at any time by notice.\n"
)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Real batch results: every built dev sample plus a contract with planted details."""
    root = tmp_path_factory.mktemp("corpus")
    planted = root / "planted.txt"
    planted.write_text(PLANTED, encoding="utf-8")
    files = sorted(p for p in SAMPLES.iterdir()
                   if p.suffix in (".pdf", ".docx", ".txt") and not p.name.startswith("f_"))
    items = [BatchItem(p, p.name) for p in files] + [BatchItem(planted, "planted.txt"),
                                                     BatchItem(root / "gone.pdf", "gone.pdf")]
    with ResultStore(root / "r.sqlite") as store:
        batch = run_batch(items, settings=BatchSettings(), store=store,
                          executor=LocalExecutor(workers=1))
    return [dict(r.outcome) for r in batch.results if r is not None]


def test_percentages_match_the_results_file(outcomes: list[dict[str, Any]]) -> None:
    corpus = build_corpus(outcomes)
    reports = [o for o in outcomes if "error" not in o]
    assert corpus.total == len(outcomes) and corpus.analysed == len(reports)
    assert corpus.errors == {"not_found": 1}
    rows = list(csv.DictReader(io.StringIO(corpus_to_csv(corpus))))
    table = {(r["section"], r["item"], r["status"]): r for r in rows}
    for requirement in ("consent", "compensation", "revocation", "post_mortem"):
        tally = Counter(next(q["status"] for q in report["requirements"]
                             if q["id"] == requirement) for report in reports)
        for status in ("present", "weak", "missing"):
            row = table[("protection", requirement, status)]
            assert int(row["contracts"]) == tally[status]
            assert float(row["percent"]) == round(100 * tally[status] / len(reports), 1)
    flags = Counter(flag for report in reports for flag in {f["id"] for f in report["red_flags"]})
    for flag, count in flags.items():
        assert int(table[("red_flag", flag, "")]["contracts"]) == count
    ai = sum(1 for report in reports if report["ai_likeness"]["addressed"])
    assert int(table[("corpus", "ai_addressed", "")]["contracts"]) == ai


def test_breakdowns_withhold_groups_smaller_than_five(outcomes: list[dict[str, Any]],
                                                      tmp_path: Path) -> None:
    names = sorted(o["document"]["name"] for o in outcomes if "error" not in o)
    meta = tmp_path / "meta.csv"
    lines = ["file,agency"] + [f"{name},{'Big' if i >= 3 else 'Tiny'}"
                               for i, name in enumerate(names)]
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")
    metadata = read_metadata(meta)
    anonymised = build_corpus(outcomes, metadata=metadata)
    (breakdown,) = anonymised.breakdowns
    assert [g.value for g in breakdown.groups] == ["Big"]
    assert breakdown.groups[0].contracts == len(names) - 3
    assert (breakdown.withheld_groups, breakdown.withheld_contracts) == (1, 3)
    assert "Tiny" not in corpus_to_html(anonymised) and "Tiny" not in corpus_to_csv(anonymised)
    assert f"fewer than {MIN_GROUP} contracts" in corpus_to_markdown(anonymised)
    opened = build_corpus(outcomes, metadata=metadata, anonymise=False)
    assert [g.value for g in opened.breakdowns[0].groups] == ["Big", "Tiny"]


def test_unknown_breakdown_column_names_the_ones_there_are(tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text("file,brand,year\na.pdf,X,2024\n", encoding="utf-8")
    with pytest.raises(MetadataInvalidError, match="no column agency.*brand, year"):
        build_corpus([], metadata=read_metadata(meta), by=("agency",))
    meta.write_text("name,brand\na.pdf,X\n", encoding="utf-8")
    with pytest.raises(MetadataInvalidError, match="needs a 'file' column"):
        read_metadata(meta)


def test_anonymisation_masks_a_planted_name_amount_and_email(
        outcomes: list[dict[str, Any]]) -> None:
    planted = [o for o in outcomes if o["document"]["name"] == "planted.txt"]
    opened = corpus_to_html(build_corpus(planted, anonymise=False))
    # The planted details really are in the quotes the report shows ...
    for detail in ("Jane Okafor", "4,750", "jane.okafor@example.com", "planted.txt"):
        assert detail in opened
    # ... and anonymised reports, in every format, do not show them.
    corpus = build_corpus(planted)
    for text in (corpus_to_html(corpus), corpus_to_markdown(corpus), corpus_to_csv(corpus)):
        for detail in ("Okafor", "4,750", "4\\,750", "jane.okafor", "example", "planted.txt"):
            assert detail not in text
    assert "[name]" in corpus_to_html(corpus) and "[amount]" in corpus_to_html(corpus)


def test_contract_text_is_escaped_in_html(outcomes: list[dict[str, Any]]) -> None:
    hostile = [dict(o) for o in outcomes if "error" not in o][:1]
    requirement = dict(hostile[0]["requirements"][0])
    requirement["status"] = "present"
    requirement["evidence"] = [{**requirement["evidence"][0],
                                "quote": "<script>alert(1)</script> consent"}] \
        if requirement["evidence"] else [{"quote": "<script>alert(1)</script>", "start": 0,
                                         "end": 1, "clause": None, "page": None,
                                         "rule": "x", "cues": []}]
    hostile[0]["requirements"] = [requirement, *hostile[0]["requirements"][1:]]
    page = corpus_to_html(build_corpus(hostile, anonymise=False))
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("Jane Okafor (the Model) grants consent.", ["Jane", "Okafor"], ["the Model"]),
        ("The Model, Priya Sharma, may revoke.", ["Priya", "Sharma"], ["The Model"]),
        ("John Smith signs for Kestrel Cosmetics Inc.", ["John Smith", "Kestrel"], ["signs"]),
        ("Write to ms.chen@studio.co.uk or call +44 20 7946 0958.",
         ["ms.chen", "7946"], ["Write to"]),
        ("A fee of $5,000 and EUR 1.200 per use, or five hundred dollars.",
         ["5,000", "1.200", "five hundred"], ["per use", "15%" if False else "fee"]),
        ("Delivered to 221 West 57th Street, New York, NY 10019.", ["221", "10019"],
         ["Delivered to"]),
        ("Ms. Okafor approves; 12 Baker Street, London W1U 6TJ.", ["Okafor", "W1U"], ["approves"]),
        ("The Digital Replica may be used under the Fashion Workers Act in New York.", [],
         ["Digital Replica", "Fashion Workers Act", "New York"]),
        ("Section 4.1 of this Agreement: 15% of net receipts within 30 days.", [],
         ["Section 4.1", "15%", "30 days"]),
        ("to execute consents, releases and Booking Confirmations in the Model's name", [],
         ["Booking Confirmations"]),
    ],
)
def test_anonymiser_cases(text: str, hidden: list[str], kept: list[str]) -> None:
    masked = Anonymiser().mask(text)
    for part in hidden:
        assert part not in masked
    for part in kept:
        assert part in masked


def test_a_masked_name_is_masked_where_it_stands_alone_later() -> None:
    anonymiser = Anonymiser()
    anonymiser.mask("This is between Odile Marchetti and the Studio.")
    assert anonymiser.mask("Marchetti may revoke.") == "[name] may revoke."


def test_percent_of_nothing_is_zero() -> None:
    assert percent(3, 0) == 0.0 and percent(1, 3) == 33.3
