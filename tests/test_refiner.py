"""The status refiner: what it reads, when it changes a status, how it says so, and what it is
worth on the held-out test split (analyser/refiner.py, analyser/learned.py)."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyser.learned import (
    DEFAULT_REFINER_DIR,
    LoadedRefiner,
    RefinerExample,
    evaluate_refiner,
    iter_refiner_examples,
    load_default_refiner,
)
from analyser.model import Document
from analyser.nlp import SpacyStatusClassifier, train_status_classifier
from analyser.pipeline import Pipeline, analyse_document, load_pipeline
from analyser.refiner import CORE, MIN_WORDS, REFINED, iter_sentence_spans, requirement_text

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


class FixedRefiner:
    """A stand-in refiner that answers the same scores for every text about a requirement."""

    def __init__(self, scores: Mapping[str, Mapping[str, float]], threshold: float = 0.7) -> None:
        self.scores = scores
        self.threshold = threshold
        self.version = "fixed"
        self.trained_on = 42
        self.requirements = REFINED
        self.calls: list[tuple[str, int]] = []

    def predict(self, requirement: str, texts: Sequence[str]) -> list[Mapping[str, float]]:
        self.calls.append((requirement, len(texts)))
        neutral = {"present": 0.34, "weak": 0.33, "missing": 0.33}
        return [self.scores.get(requirement, neutral) for _ in texts]


def _contract(extra_words: int = MIN_WORDS) -> str:
    sentence = "The parties meet at the studio on the agreed days."
    filler = " ".join([sentence] * (extra_words // 9 + 1))
    return (
        "1. Grant\n\n1.1 The Model grants the Brand a licence to use her photographs in the "
        "spring catalogue, and the Brand shall not use them for any other purpose without the "
        "Model's prior written consent.\n\n"
        "2. Fee\n\n2.1 The Brand shall pay the Model a fee of EUR 900 per day.\n\n"
        "3. Withdrawal\n\n3.1 The Model may withdraw her consent at any time by e-mail. "
        "Catalogues already printed remain in circulation.\n\n"
        f"4. Logistics\n\n4.1 {filler}\n"
    )


def _report(text: str, pipeline: Pipeline) -> object:
    document = Document(text=text, name="contract.txt", format="txt", sha256="0" * 64)
    return analyse_document(document, pipeline)


def _with_refiner(pipeline: Pipeline, refiner: object) -> Pipeline:
    rules_only = load_pipeline(pipeline.pack_ids, learned=False)
    engine = copy.copy(rules_only.engine)
    engine.refiner = refiner  # type: ignore[assignment]
    return replace(rules_only, engine=engine)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two; three:\nfour", ["One.", "Two;", "three:", "four"]),
        ("  padded  \n\n  lines \n", ["padded", "lines"]),
        ("no break at all", ["no break at all"]),
        ("", []),
        (" \n \n", []),
    ],
)
def test_sentences_are_the_stripped_runs_between_breaks(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in iter_sentence_spans(text)] == sentences


def test_the_refiner_reads_the_rules_conclusion_and_only_sentences_about_the_requirement(
    pipeline: Pipeline,
) -> None:
    rules_only = load_pipeline(pipeline.pack_ids, learned=False)
    text = _contract()
    report = _report(text, rules_only)
    revocation = report.requirement("revocation")  # type: ignore[attr-defined]
    read = requirement_text(revocation, text, list(iter_sentence_spans(text)), False, ["perpetual"])
    assert read.startswith(f"zstatus{revocation.status} zaino ")
    assert "rule_revocation_" in read and "flag_perpetual" in read
    assert "Catalogues already printed remain in circulation." in read
    assert "EUR 900 per day" not in read  # a pay sentence does not speak to revocation
    assert "agreed days" not in read


def test_the_refiner_reads_the_rules_statuses_of_the_other_protections(
    pipeline: Pipeline,
) -> None:
    """Each protection is read beside what the rules concluded on the others (a contract that
    needs no consent rarely lets the person withdraw it), as marker words in a fixed order; its
    own status is not repeated among them."""
    rules_only = load_pipeline(pipeline.pack_ids, learned=False)
    text = _contract()
    report = _report(text, rules_only)
    others = {r.id: r.status for r in report.requirements}  # type: ignore[attr-defined]
    revocation = report.requirement("revocation")  # type: ignore[attr-defined]
    spans = list(iter_sentence_spans(text))
    read = requirement_text(revocation, text, spans, False, [], others=others)
    head = read.split(" . ", 1)[0]
    assert f"zotherconsent{others['consent']}" in head
    assert f"zothercompensation{others['compensation']}" in head
    assert "zotherrevocation" not in head
    markers = [w for w in head.split() if w.startswith("zother")]
    assert markers == sorted(markers) and len(markers) == len(others) - 1
    assert requirement_text(revocation, text, spans, False, []).split(" . ", 1)[0].split() == [
        w for w in head.split() if not w.startswith("zother")
    ]


def test_what_the_refiner_reads_is_bounded_however_many_clauses_the_rules_quote(
    pipeline: Pipeline,
) -> None:
    """A forty-page contract whose rules quote a hundred clauses is read no further than the
    first 3,000 characters of quotes and 6,000 of sentences (so its cost does not grow with its
    length); no labelled contract's quotes run that far."""
    from dataclasses import replace

    rules_only = load_pipeline(pipeline.pack_ids, learned=False)
    clause = "The Company may use the photographs of the Model for any purpose whatsoever. "
    text = "".join(f"{n}.1 {clause}\n" for n in range(1, 201))
    scope = _report(text, rules_only).requirement("scope")  # type: ignore[attr-defined]
    quoted = replace(scope, evidence=scope.evidence * 100)
    assert sum(len(e.quote) for e in quoted.evidence) > 20_000
    read = requirement_text(quoted, text, list(iter_sentence_spans(text)), False, [])
    head = read.split(" . ", 1)[0]
    assert len(read) <= len(head) + 3 + 3000 + 3 + 6000


def test_a_confident_refiner_changes_the_status_and_says_why(pipeline: Pipeline) -> None:
    text = _contract()
    rules = _report(text, load_pipeline(pipeline.pack_ids, learned=False))
    before = rules.requirement("revocation")  # type: ignore[attr-defined]
    assert before.status == "present"
    refiner = FixedRefiner({"revocation": {"present": 0.05, "weak": 0.9, "missing": 0.05}})
    after = _report(text, _with_refiner(pipeline, refiner)).requirement(  # type: ignore[attr-defined]
        "revocation"
    )
    assert after.status == "weak"
    assert "rules alone read this as present" in after.reasons[0]
    assert "42 labelled contracts" in after.reasons[0] and "0.90" in after.reasons[0]
    # the rules' own reasons follow, marked as theirs, not as reasons for the new status
    assert after.reasons[1:] == tuple(f"The rules' reading: {r}" for r in before.reasons)
    learned = [e for e in after.evidence if e.rule == "learned.refiner"]
    assert learned and all(text[e.start : e.end] == e.quote for e in learned)
    assert all(e.clause is not None for e in learned)
    assert after.recommendation != before.recommendation


def test_a_title_or_running_header_is_never_cited(pipeline: Pipeline) -> None:
    """Regression: the refiner cited a DOCX running header ("... - Telephone Banking Voice Licence
    BAS-TEL-2026/07") for ownership, a line that says nothing of the terms and where Word cannot
    anchor a comment."""
    header = "Banco Andino Solidario S.A. - Telephone Banking Voice Licence BAS-TEL-2026/07\n"
    text = header + _contract()
    refiner = FixedRefiner({"ownership": {"present": 0.9, "weak": 0.05, "missing": 0.05}})
    after = _report(text, _with_refiner(pipeline, refiner)).requirement(  # type: ignore[attr-defined]
        "ownership"
    )
    learned = [e for e in after.evidence if e.rule == "learned.refiner"]
    assert learned, "a licence sentence of the body is cited"
    assert all(e.start >= len(header) for e in learned)


_OPENING = (
    "Catalogue Model Agreement\n"
    "THIS AGREEMENT is made on 1 May 2026 between Northwind Imaging Ltd, a company incorporated "
    "in England with its registered office at 4 Mill Lane, Leeds (the \"Brand\"), and Jana "
    "Novak (the \"Model\").\n\n"
)


def _learned_quotes(text: str, pipeline: Pipeline, requirement: str) -> list[tuple[int, str]]:
    """The quotes the refiner cites when it changes the rules' status of ``requirement``."""
    rules = _report(text, load_pipeline(pipeline.pack_ids, learned=False))
    before = rules.requirement(requirement).status  # type: ignore[attr-defined]
    label = "missing" if before != "missing" else "weak"
    scores = {status: 0.9 if status == label else 0.05 for status in ("present", "weak", "missing")}
    refiner = FixedRefiner({requirement: scores})
    result = _report(text, _with_refiner(pipeline, refiner)).requirement(  # type: ignore[attr-defined]
        requirement
    )
    assert result.status == label
    return [(e.start, e.quote) for e in result.evidence if e.rule == "learned.refiner"]


def test_the_parties_of_the_opening_are_not_cited_when_a_clause_speaks(
    pipeline: Pipeline,
) -> None:
    """Regression: the refiner cited a contract's title and parties paragraph for compensation
    ("... incorporated under the Companies Act, 2019 (Act 992), with its principal office at
    ...": "Act 992" reads like an amount), a sentence that says nothing of the terms."""
    text = _OPENING + _contract()
    learned = _learned_quotes(text, pipeline, "compensation")
    assert learned, "a pay clause of the body is cited"
    assert all(start >= len(_OPENING) for start, _ in learned), learned


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a recital in the opening speaks to the terms, not to who the parties are
        (
            "Catalogue Model Agreement\nWHEREAS the Brand wishes to pay the Model for a spring "
            "catalogue.\n\n" + _contract(),
            "WHEREAS the Brand wishes to pay the Model for a spring catalogue.",
        ),
        # a release without numbered clauses has no opening to set apart: its grant is its body
        (
            "Model Release\n\nI, Jana Novak, residing at 4 Mill Lane, Leeds, grant Northwind "
            "Imaging Ltd the right to use my photographs in its spring catalogue for a fee of "
            "EUR 900. "
            + " ".join(["We meet at the studio on the agreed days."] * (MIN_WORDS // 8)),
            "I, Jana Novak, residing at 4 Mill Lane, Leeds, grant Northwind Imaging Ltd the right "
            "to use my photographs in its spring catalogue for a fee of EUR 900.",
        ),
    ],
)
def test_other_opening_sentences_are_still_cited(
    pipeline: Pipeline, text: str, cited: str
) -> None:
    quotes = [quote for _, quote in _learned_quotes(text, pipeline, "compensation")]
    assert any(cited in quote for quote in quotes), quotes


def test_two_lines_of_one_sentence_are_cited_once(pipeline: Pipeline) -> None:
    """Regression: the two lines of one PDF sentence were each cited and each widened to the
    whole sentence, so the same quote appeared twice; the next sentence is cited instead."""
    text = _contract().replace(
        "2.1 The Brand shall pay the Model a fee of EUR 900 per day.",
        "2.1 The Brand shall pay the Model a fee of EUR 900 per day,\nand a royalty of 5% on "
        "every sale.\n\n2.2 Fees are paid within 30 days of the invoice.",
    )
    quotes = [quote for _, quote in _learned_quotes(text, pipeline, "compensation")]
    assert len(quotes) == len(set(quotes)) == 2, quotes
    assert "2.2 Fees are paid within 30 days of the invoice." in quotes


@pytest.mark.parametrize(
    ("scores", "why"),
    [
        ({"present": 0.2, "weak": 0.6, "missing": 0.2}, "below the threshold"),
        ({"present": 0.9, "weak": 0.05, "missing": 0.05}, "agrees with the rules"),
    ],
)
def test_an_unsure_or_agreeing_refiner_changes_nothing(
    pipeline: Pipeline, scores: Mapping[str, float], why: str
) -> None:
    text = _contract()
    rules = _report(text, load_pipeline(pipeline.pack_ids, learned=False))
    refined = _report(text, _with_refiner(pipeline, FixedRefiner({"revocation": scores})))
    assert refined.requirements == rules.requirements, why  # type: ignore[attr-defined]


def test_a_text_shorter_than_a_contract_is_left_to_the_rules(pipeline: Pipeline) -> None:
    text = _contract(extra_words=0)[:600]
    refiner = FixedRefiner({"revocation": {"present": 0.0, "weak": 0.0, "missing": 1.0}})
    report = _report(text, _with_refiner(pipeline, refiner))
    assert report.requirement("revocation").status != "missing"  # type: ignore[attr-defined]
    assert refiner.calls == []


def test_the_shipped_refiner_is_small_versioned_and_never_learned_from_the_test_split() -> None:
    refiner = load_default_refiner()
    assert refiner is not None
    record = json.loads((DEFAULT_REFINER_DIR / "refiner.json").read_text(encoding="utf-8"))
    assert "test" in record["held_out"]
    assert refiner.version == record["version"] and refiner.trained_on > 1000
    # twenty-six small classifiers (thirteen protections, thirteen red flags): about 10 MB
    size = sum(p.stat().st_size for p in DEFAULT_REFINER_DIR.rglob("*") if p.is_file())
    assert size < 12 * 1024 * 1024
    assert load_pipeline().engine.refiner is not None
    assert load_pipeline(learned=False).engine.refiner is None


def test_training_is_deterministic(tmp_path: Path) -> None:
    examples = [
        ("zstatuspresent the model may withdraw consent at any time", "present"),
        ("zstatuspresent the model may withdraw consent but published work remains", "weak"),
        ("zstatusmissing this consent is irrevocable", "missing"),
    ] * 4
    for run in ("a", "b"):
        train_status_classifier(examples, tmp_path / run, meta={"version": run}, epochs=3)
    first = SpacyStatusClassifier(tmp_path / "a").predict([examples[1][0], "unseen words"])
    second = SpacyStatusClassifier(tmp_path / "b").predict([examples[1][0], "unseen words"])
    assert first == second


def test_the_refiner_helps_on_the_held_out_test_split(tmp_path: Path) -> None:
    labels = tmp_path / "labels.csv"
    rows = (SAMPLES / "labels.csv").read_text(encoding="utf-8").splitlines()
    labels.write_text(
        "\n".join([rows[0], *(r for r in rows[1:] if ",test," in r)]) + "\n", encoding="utf-8"
    )
    examples = [e for e in iter_refiner_examples(labels, SAMPLES, workers=1)
                if e.requirement in REFINED]
    assert {e.split for e in examples} == {"test"} and len(examples) == len(REFINED) * 23
    refiner = LoadedRefiner(DEFAULT_REFINER_DIR)
    assert refiner.requirements == REFINED
    with open(tmp_path / "table.txt", "w", encoding="utf-8") as table:
        results = evaluate_refiner(examples, refiner, out=table)
    right = results["test"]
    assert all(docs == 23 for docs, _, _ in right.values())
    # never worse on a core protection; on a further one at most one contract of 23 (the choice
    # of what it reads was made by cross-validation on the training contracts, not on test)
    for requirement in CORE:
        assert right[requirement][2] >= right[requirement][1], requirement
    for requirement, (_, alone, refined) in right.items():
        assert refined >= alone - 1, requirement
    # and it helps: over all thirteen, at least a fifth of the rules' errors put right
    alone = sum(v[1] for v in right.values())
    refined = sum(v[2] for v in right.values())
    assert refined - alone >= (23 * len(REFINED) - alone) / 5


@pytest.mark.parametrize(
    ("text", "line", "quoted"),
    [
        # a PDF line is widened to its sentence across single line breaks
        ("1.1 Fees are paid monthly. You can leave by giving\nninety days' notice. Next one.",
         "ninety days' notice.", "You can leave by giving\nninety days' notice."),
        ("Models already\ntrained are kept; licences continue. Other text.",
         "Models already", "Models already\ntrained are kept;"),
        # a blank line stops the widening
        ("Heading\n\nThe Model may withdraw at any time.", "The Model may withdraw at any time.",
         "The Model may withdraw at any time."),
    ],
)
def test_a_cited_line_is_quoted_as_its_whole_sentence(text: str, line: str, quoted: str) -> None:
    from analyser.refiner import _whole_sentence

    start = text.index(line)
    first, last = _whole_sentence(text, start, start + len(line), 0, len(text))
    assert text[first:last] == quoted


# --- which sentences speak to a requirement (the keyword patterns, read in lower case) ---

@pytest.mark.parametrize(
    ("requirement", "sentence", "speaks"),
    [
        ("consent", "No use without the Model's prior written consent.", True),
        ("consent", "The studio is on the second floor.", False),
        ("compensation", "The Brand pays EUR 500 for each campaign.", True),
        ("compensation", "A sum of usd 12 for each month.", True),
        ("compensation", "Talent receives 15 % of net receipts.", True),
        ("compensation", "Each voice line earns 40 per line recorded.", True),
        ("compensation", "See clause 5 for the schedule.", False),  # a clause number is no amount
        ("compensation", "The shoot lasts 3 days.", False),
        ("scope", "The photographs may be used in print.", True),
        ("scope", "The Model may use the images.", True),
        ("scope", "Because the shoot is indoors, coats are worn.", False),  # "use" inside a word
        ("duration", "The term of this agreement is two years.", True),
        ("duration", "The parties shall determine the location together.", False),
        ("ownership", "The Brand shall own the recordings.", True),
        ("ownership", "The address is well known to both sides.", False),
        ("transfer", "The Agency may sell the rights to a buyer.", True),
        ("transfer", "The shop will upsell accessories at the till.", False),
        ("ai_training", "No AI system may read the files.", True),
        ("ai_training", "The director said the scene was finished.", False),
        ("post_mortem", "The licence ends if the Performer should die.", True),
        ("post_mortem", "The studio sells candied fruit.", False),  # "die" inside a word
        ("disclosure", "Each post carries a tag naming the brand.", True),
        ("disclosure", "The costume hangs on the stage rail.", False),
    ],
)
def test_a_sentence_speaks_to_a_requirement_by_its_keywords(
    requirement: str, sentence: str, speaks: bool
) -> None:
    from analyser.refiner import _speaking_to

    text = f"Heading line\n{sentence}\nClosing line"
    found = [text[s:e] for s, e in _speaking_to(requirement, text, list(iter_sentence_spans(text)))]
    assert (sentence in found) is speaks


def test_only_as_many_sentences_are_looked_for_as_the_refiner_reads() -> None:
    """A long contract is not searched to its end: the sentences found are the first ones, up to
    the one that fills the refiner's reading, and it reads the same as from a full search."""
    from analyser.refiner import _MAX_CHARS, _read_spans, _speaking_to

    text = " ".join(f"The Model gives consent number {i} to the Brand." for i in range(900))
    spans = list(iter_sentence_spans(text))
    every = [(s, e) for s, e in spans if "consent" in text[s:e]]
    found = _speaking_to("consent", text, spans)
    assert found == every[: len(found)]
    assert len(found) < len(every) / 4
    joined = " ".join(text[s:e] for s, e in found)
    assert len(joined) >= _MAX_CHARS > len(" ".join(text[s:e] for s, e in found[:-1]))
    assert _read_spans(found) == _read_spans(every)


def test_amounts_join_the_pay_words_in_document_order() -> None:
    """Pay has two patterns (words and amounts); the sentences either finds come in order."""
    from analyser.refiner import _speaking_to

    text = "A fee is due. The studio is warm. It is EUR 500. The room is dark. Royalties follow."
    spans = list(iter_sentence_spans(text))
    found = [text[s:e] for s, e in _speaking_to("compensation", text, spans)]
    assert found == ["A fee is due.", "It is EUR 500.", "Royalties follow."]


# --- the classifier scores a text from its words, as spaCy's own pipeline does ---

_SCORED_TEXTS = [
    "zstatusweak zaiyes rule_consent_grant . The Model's consent is required for each use.",
    "The number of uses is unlimited; the Brand may use the images for any purpose whatsoever.",
    "Talent receives EUR 1,500 (one thousand five hundred euros) per use, and 15% of net receipts.",
    "Ünïcödé wörds — «quoted» and \u00a0non-breaking\u2009spaces; 日本語の文; tab\there.",
    "x",
    "number",  # a word spaCy names itself: its id is a symbol number, not a hash
]


@pytest.mark.parametrize("requirement", ["consent", "scope", "post_mortem"])
def test_the_classifier_scores_a_text_as_spacys_pipeline_does(requirement: str) -> None:
    refiner = load_default_refiner()
    assert refiner is not None
    model = refiner._models[requirement]
    assert model._layers is not None  # the shipped models are read from their words
    texts = [*_SCORED_TEXTS, "", " \n ", " ".join(_SCORED_TEXTS) * 20]
    fast = model.predict(texts)
    layers, model._layers = model._layers, None
    try:
        through_spacy = model.predict(texts)
    finally:
        model._layers = layers
    assert fast == through_spacy
    assert fast[len(_SCORED_TEXTS)] == {"present": 0.0, "weak": 0.0, "missing": 0.0}


@pytest.mark.parametrize("text", [*_SCORED_TEXTS, "", "  a\n\nb  ", "1.2.3 and 45,000"])
def test_the_words_read_are_the_normalised_text_split_at_spaces(text: str) -> None:
    """Lower case, digit runs folded to "0", each mark that is neither a word character nor a
    space set apart, runs of space made one (the reading the refiner was trained on)."""
    import re

    from analyser.nlp import normalise_status_text, status_words

    spaced = re.sub(r"([^\w\s])", r" \1 ", re.sub(r"\d+", "0", text.lower()))
    assert normalise_status_text(text) == " ".join(spaced.split())
    assert status_words(text) == spaced.split()


_HEADS = st.text(alphabet="aΣσ1 9.\u00a0İ\t-xyz", max_size=30)


@given(head=_HEADS, tails=st.lists(_HEADS, min_size=0, max_size=5))
@settings(max_examples=300, deadline=None)
def test_texts_that_open_alike_are_read_as_each_alone(head: str, tails: list[str]) -> None:
    """The refiner's probes share a head: its words are read once, and every text's words are
    those it has alone (a capital sigma, a digit run or a word at the cut reads the same)."""
    from analyser.nlp import _status_words_of, status_words

    texts = [head + tail for tail in tails]
    assert _status_words_of(texts) == [status_words(t) for t in texts]


def test_probes_with_one_head_score_as_each_alone() -> None:
    """Scored together, probes give each the scores it gets alone (n-grams that straddle two
    texts are not counted)."""
    refiner = load_default_refiner()
    assert refiner is not None
    head = "zstatusweak zaiyes zothercompensationmissing . "
    probes = [head + t for t in _SCORED_TEXTS]
    together = refiner.predict("consent", probes)
    assert together == [refiner.predict("consent", [p])[0] for p in probes]


def test_only_the_splits_a_refiner_learned_from_are_marked_trained_on() -> None:
    """A split labelled after the refiner was trained (a blind set) is not marked as learned
    from, though it was not held out either; a record that lists no splits marks every split
    it did not hold out."""
    refiner = LoadedRefiner(DEFAULT_REFINER_DIR)
    examples = [
        RefinerExample("a.txt", split, requirement, "the model may withdraw", "weak", "weak")
        for split in ("dev", "blind9", "test") for requirement in refiner.requirements
    ]
    for splits, marked in ((["dev"], {"dev"}), (None, {"dev", "blind9"})):
        refiner.record = {**refiner.record, "held_out": ["test"], "splits": splits}
        if splits is None:
            del refiner.record["splits"]
        table = io.StringIO()
        evaluate_refiner(examples, refiner, out=table)
        rows = {line.split(" |")[0] for line in table.getvalue().splitlines()[2:]}
        splits_read = ("dev", "blind9", "test")
        assert rows == {f"{s} (trained on)" if s in marked else s for s in splits_read}
