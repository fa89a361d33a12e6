"""The spaCy boundary: whitespace collapsing keeps offsets, lemmas, and gated token patterns.

The token patterns run through per-pattern Matchers that are skipped when a text lacks a word the
pattern needs; these tests pin that the shortcut finds exactly what one spaCy Matcher finds.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from analyser.nlp import PatternSet, TextMatcher, build_nlp, collapse_whitespace

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "src"


def reference_collapse(text: str) -> tuple[str, list[int]]:
    """The plain definition: each run becomes " " or a paragraph break, chars keep their origin."""
    out: list[str] = []
    origin: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        chunk = match.group()
        if not chunk[0].isspace():
            out.append(chunk)
            origin.extend(range(match.start(), match.end()))
            continue
        replacement = "\n\n" if chunk.count("\n") + chunk.count("\f") >= 2 else " "
        out.append(replacement)
        origin.extend([match.start()] * len(replacement))
    return "".join(out), origin


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", "x.", " ", "  ", "\n", "\n\n", "\t", "\f", " \n ", "é"]),
                max_size=40).map("".join))
def test_collapse_whitespace_maps_every_visible_character_to_its_origin(text: str) -> None:
    expected_text, origin = reference_collapse(text)
    collapsed, offsets = collapse_whitespace(text)
    assert collapsed == expected_text
    for index, char in enumerate(collapsed):
        if char.isspace():
            assert text[offsets[index]].isspace()
        else:
            assert offsets[index] == origin[index]
            assert text[offsets[index]] == char


def test_lone_whitespace_is_every_whitespace_character_but_the_space() -> None:
    import sys

    from analyser.nlp import _LONE_WHITESPACE

    spaces = {code for code in range(sys.maxunicode + 1)
              if re.fullmatch(r"\s", chr(code)) and code != ord(" ")}
    assert set(_LONE_WHITESPACE) == spaces


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["w", "x | y", " ", "  ", "\n", "\n\n", "\t", "\f", "\r", "\xa0",
                                 "\u2028", "\u3000", " \n ", "é"]), max_size=40).map("".join))
def test_collapse_whitespace_gives_the_text_and_map_of_a_run_by_run_reading(text: str) -> None:
    """The same collapsed text and offset map as reading every changed whitespace run in turn."""
    from analyser.nlp import _CELL_SEPARATOR, OffsetMap, _between_table_rows

    pieces, breaks, shifts, copied, shift = [], [0], [0], 0, 0
    for match in re.finditer(r"\s{2,}|[^\S ]", text):
        chunk = match.group()
        lines = chunk.count("\n") + chunk.count("\f")
        replacement = ("\n\n" if lines >= 2 or lines == 1 and _CELL_SEPARATOR in text
                       and _between_table_rows(text, match) else " ")
        pieces += [text[copied:match.start()], replacement]
        copied = match.end()
        if len(replacement) != len(chunk):
            shift += len(chunk) - len(replacement)
            breaks.append(match.start() - shift + len(chunk))
            shifts.append(shift)
    expected = ("".join([*pieces, text[copied:]]), OffsetMap(tuple(breaks), tuple(shifts)))
    assert collapse_whitespace(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A\n\n\nB", ("A\n\nB", [0, 1, 2, 4])),
        ("A  \t B", ("A B", [0, 1, 5])),
        ("A\nB", ("A B", [0, 1, 2])),
        ("", ("", [])),
    ],
)
def test_collapse_whitespace_cases(text: str, expected: tuple[str, list[int]]) -> None:
    collapsed, offsets = collapse_whitespace(text)
    assert collapsed == expected[0]
    assert [offsets[i] for i in range(len(collapsed))] == expected[1]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("AI", "ai"), ("Recordings", "recording"), ("granted", "grant"), ("us", "us"),
     ("Data", "data"), ("licences", "licence")],
)
def test_lemmas_are_lower_case_lookups_with_kept_words(word: str, lemma: str) -> None:
    nlp = build_nlp()
    assert nlp(f"The {word} here.")[1].lemma_ == lemma


def test_a_long_text_gets_each_words_lookup_lemma_as_a_short_one_does() -> None:
    """Long docs are lemmatised distinct word by distinct word: the same lemma per token."""
    from analyser.nlp import _DISTINCT_FROM, _lemma_for

    nlp = build_nlp()
    for text in sample_texts()[:3]:
        doc = nlp(text)
        assert len(doc) >= _DISTINCT_FROM
        assert [t.lemma_ for t in doc] == [_lemma_for(t.lower_) for t in doc]
        assert [t.lemma_ for t in doc[:40]] == [t.lemma_ for t in nlp(doc[:40].text)][:40]


PATTERNS = [
    PatternSet("far", token_patterns=(
        ({"LEMMA": {"IN": ["assign", "transfer"]}}, {"OP": "{0,15}"}, {"LOWER": "without"},
         {"OP": "{0,6}"}, {"LEMMA": {"IN": ["consent", "approval"]}}),
    )),
    PatternSet("optional", token_patterns=(
        ({"LOWER": "may"}, {"LOWER": "not", "OP": "?"}, {"LEMMA": "use"}),
    )),
    PatternSet("negated", token_patterns=(
        ({"LOWER": "shall"}, {"LOWER": "not", "OP": "!"}, {"LEMMA": "pay"}),
    )),
    PatternSet("shape", token_patterns=(({"IS_DIGIT": True}, {"LOWER": "%"}),)),
    PatternSet("plus", token_patterns=(({"LOWER": "very", "OP": "+"}, {"LOWER": "broad"}),)),
    PatternSet("star", token_patterns=(({"LOWER": "a"}, {"IS_PUNCT": False, "OP": "*"},
                                        {"LOWER": "grant"}),)),
    PatternSet("range", token_patterns=(({"LOWER": "very", "OP": "{2,3}"},
                                         {"LOWER": "broad", "OP": "{,1}"}),)),
    PatternSet("atleast", token_patterns=(({"LOWER": "very", "OP": "{1,}"},),)),
]


def sample_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))[:12]]
    return texts + [
        "The Company shall not assign the Replica without the Model's written consent.",
        "The Company may not use it. The Company may use it. It shall pay 15 % of receipts.",
        "A very very broad grant. Shall not pay. Shall pay.",
    ]


def test_gated_patterns_find_exactly_what_one_spacy_matcher_finds() -> None:
    """Per sentence, only where the required words are: the same matches as one Matcher."""
    from itertools import pairwise

    from analyser.nlp import _TOKEN_COLUMNS

    matcher = TextMatcher(PATTERNS)
    reference = Matcher(matcher.nlp.vocab)
    for pattern_set in PATTERNS:
        reference.add(pattern_set.key, [[dict(s) for s in p] for p in pattern_set.token_patterns])
    total = 0
    for text in sample_texts():
        doc = matcher.nlp(text)
        bounds = list(pairwise([sent.start for sent in doc.sents] + [len(doc)]))
        within = {(s, e) for s, e in bounds}
        expected = {(doc.vocab.strings[k], s, e) for k, s, e in reference(doc)
                    if any(a <= s and e <= b for a, b in within)}
        columns = doc.to_array(_TOKEN_COLUMNS).T.tolist()
        found = matcher._token_matches(doc, bounds, columns)
        assert {(matcher._key_names[rank], s, e) for rank, s, e in found} == expected
        assert len(found) == len(expected)
        total += len(expected)
    assert total >= 4  # the texts do exercise the patterns


def test_a_pattern_whose_required_word_is_absent_is_not_run() -> None:
    matcher = TextMatcher(PATTERNS)
    doc = matcher.nlp("The Company may transfer the recordings at any time.")
    present = {attr: set(doc.to_array([attr]).tolist()) for attr, _ in
               matcher._gated[0].required}
    assert not matcher._gated[0].may_match(present)  # "without" and "consent" are absent


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", ".", "!", "?", ";", "\n\n", "\n", "b.", "(c)", '"',
                                 "...", ";;", "Mr.", "e.g.", "1.2"]), max_size=30).map("".join))
def test_sentences_are_split_exactly_as_spacys_sentencizer_would(text: str) -> None:
    # (except after a citation abbreviation before a number and at ".,", which these texts never
    # hold)
    ours = [(s.start, s.end) for s in _NLP(text).sents]
    assert ours == [(s.start, s.end) for s in _REFERENCE(text).sents]


@pytest.mark.parametrize(("text", "sentences"), [
    # a full stop after a citation abbreviation before a number ends no sentence
    ("Subject to Art. 8 para. 4 lit. d of the Agreement, the Model may withdraw consent. Next.",
     ["Subject to Art. 8 para. 4 lit. d of the Agreement, the Model may withdraw consent.",
      "Next."]),
    ("Under Addendum No. 3 and cl. 5, s. 3A and Cap. 486 the Model consents.",
     ["Under Addendum No. 3 and cl. 5, s. 3A and Cap. 486 the Model consents."]),
    ("See Art. IV. The Model agrees.", ["See Art. IV.", "The Model agrees."]),
    # ... but it still does before a new sentence, and "no." is an answer before "I"
    ("Works of art. The Model agrees.", ["Works of art.", "The Model agrees."]),
    ("Is consent needed? The answer is no. I agree.",
     ["Is consent needed?", "The answer is no.", "I agree."]),
])
def test_citation_abbreviations_do_not_end_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in _NLP(text).sents] == sentences
    matcher = TextMatcher([PatternSet("neg", ("no",))])
    read = list(matcher.iter_sentences([(0, text)]))
    assert [text[s.start : s.end] for s in read] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # a full stop that a comma follows closes an abbreviation, not a sentence
    ("Vlora Media sh.p.k., the Producer, may use the replica only with consent. Next.",
     ["Vlora Media sh.p.k., the Producer, may use the replica only with consent.", "Next."]),
    ("Props, wardrobe etc., which the Model keeps, are hers.",
     ["Props, wardrobe etc., which the Model keeps, are hers."]),
    # ... while a full stop before a word still ends one
    ("Acme s.r.o. The Model agrees.", ["Acme s.r.o.", "The Model agrees."]),
])
def test_a_full_stop_before_a_comma_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in _NLP(text).sents] == sentences
    matcher = TextMatcher([PatternSet("neg", ("no",))])
    read = list(matcher.iter_sentences([(0, text)]))
    assert [text[s.start : s.end] for s in read] == sentences


def test_a_citation_abbreviation_is_not_the_word_it_spells() -> None:
    matcher = TextMatcher([PatternSet("neg", ("no",)), PatternSet("art", ("art",))])
    text = "Under Addendum No. 3 and Art. 8 the Model consents. No fee is paid for works of art."
    hits = {(h.key, text[s.start : s.end]) for s in matcher.iter_sentences([(0, text)])
            for h in s.hits}
    assert hits == {("neg", "No fee is paid for works of art."),
                    ("art", "No fee is paid for works of art.")}


def _reference_sentencizer() -> Any:
    import spacy

    from analyser.nlp import SENTENCE_PUNCT

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": list(SENTENCE_PUNCT)})
    return nlp


_NLP = build_nlp()
_REFERENCE = _reference_sentencizer()


def _shipped_token_patterns() -> list[PatternSet]:
    """Every token pattern of every shipped rule pack, as the engine registers them."""
    from analyser.pipeline import load_pipeline
    from analyser.rules import available_packs

    matcher = load_pipeline(available_packs()).engine.matcher
    return [PatternSet(g.key + f"#{n}", token_patterns=(tuple(_pattern_of(g)),))
            for n, g in enumerate(matcher._gated)]


def _pattern_of(gated: Any) -> list[dict[str, Any]]:
    (pattern,) = gated.matcher.get(gated.key)[1]
    return [dict(step) for step in pattern]


def _texts_for(patterns: list[PatternSet], seed: int) -> list[str]:
    """Sample contracts plus random sentences made of the patterns' own words."""
    import random

    words = sorted({str(v) for p in patterns for step in p.token_patterns[0] for name in
                    ("LOWER", "LEMMA", "ORTH") if name in step
                    for v in (step[name]["IN"] if isinstance(step[name], dict)
                              else [step[name]])})
    rng = random.Random(seed)
    filler = ["the", "Model", ",", "and", "or", "(", ")", "any", "of", "its", ".", "Brightvale",
              "STUDIO", "AI", "x2", "ask", "to"]
    made = [" ".join(rng.choice(words + filler) for _ in range(rng.randint(3, 30)))
            for _ in range(400)]
    return sample_texts() + made


def _widest_optional_run(pattern: list[dict[str, Any]]) -> int:
    """How many tokens a run of steps that may all match nothing can take ("{0,12}", "?", ...)."""
    from analyser.nlp import _repeat_bounds

    widest = run = 0
    for step in pattern:
        low, high = _repeat_bounds(step.get("OP")) or (1, 1)
        run = run + (high if high is not None else 99) if low == 0 else 0
        widest = max(widest, run)
    return widest


# spaCy expands "{0,12}" into twelve optional steps and keeps every state they fork, so a pattern
# whose optional steps can take 24 tokens or more costs it seconds per sentence that holds the
# pattern's first word (consent.deemed's "agree ... , ... , by submitting": about 6 s each). Those
# patterns are compared where the walker finds a match and on every sentence that holds their
# required words (a pattern cannot match without them; the gates test below pins that the gates
# read those words exactly); the rest are compared on every sentence.
_SPACY_EXPONENTIAL_RUN = 24


def test_the_pattern_walker_finds_what_spacys_matcher_finds_for_every_shipped_pattern() -> None:
    from itertools import pairwise

    from analyser.nlp import _TOKEN_COLUMNS

    patterns = _shipped_token_patterns()
    matcher = TextMatcher(patterns)
    walked = [g for g in matcher._gated if g.steps is not None]
    assert len(walked) == len(matcher._gated)  # every shipped pattern takes the fast path
    sampled = {g.key for g in walked
               if _widest_optional_run(_pattern_of(g)) >= _SPACY_EXPONENTIAL_RUN}
    assert 0 < len(sampled) <= 4, sampled  # the shortcut stays the exception
    woken_seen = dict.fromkeys(sampled, 0)  # sentences compared that hold the required words
    compared = 0
    for text in _texts_for(patterns, seed=7):
        doc = matcher.nlp(text)
        columns = doc.to_array(_TOKEN_COLUMNS).T.tolist()
        for start, end in pairwise([s.start for s in doc.sents] + [len(doc)]):
            span = doc[start:end]
            woken = matcher._gates.candidates(columns, start, end)
            for number, gated in enumerate(walked):
                walked_spans = gated.spans(doc, start, end, columns)
                if gated.key in sampled:
                    if number in woken:
                        woken_seen[gated.key] += 1
                    elif not walked_spans:
                        continue
                expected = {(start + s, start + e) for _, s, e in gated.matcher(span)}
                assert walked_spans == expected, (gated.key, span.text)
                compared += len(expected)
    assert compared > 50
    assert all(woken_seen.values()), woken_seen


@pytest.mark.parametrize(
    "sentence",
    [
        "You agree to these terms by submitting your recordings.",
        "You agree to these terms , which we may update , by uploading your photographs.",
        "You agree , by attending , to the filming.",  # the match is "agree , by attending"
        "I agree a b c d e f g h i j k l , m n o p q r s t u v w x , by posting it.",
        "I agree a b c d e f g h i j k l m , n o p q r s t u v w x , by posting it.",  # 13 words
        "I agree a b c d e f g h i j k l m n o p q r s t u v w x by posting it.",
        "I agree a b c d e f g h i j k l m n o p q r s t u v w x y by posting it.",  # 25 words
        "We accept it ; by submitting the form you confirm.",  # a semicolon breaks the run
    ],
)
def test_the_walker_agrees_with_spacy_at_the_edges_of_the_sampled_patterns(sentence: str) -> None:
    """The patterns compared only where their words are above, on sentences at their bounds."""
    from analyser.nlp import _TOKEN_COLUMNS

    patterns = [p for p in _shipped_token_patterns()
                if _widest_optional_run(list(p.token_patterns[0])) >= _SPACY_EXPONENTIAL_RUN]
    matcher = TextMatcher(patterns)
    doc = matcher.nlp(sentence)
    columns = doc.to_array(_TOKEN_COLUMNS).T.tolist()
    for gated in matcher._gated:
        expected = {(s, e) for _, s, e in gated.matcher(doc[0:len(doc)])}
        assert gated.spans(doc, 0, len(doc), columns) == expected, gated.key


def test_the_gates_wake_exactly_the_patterns_whose_required_words_a_sentence_holds() -> None:
    """The requirement bits give what checking every pattern's requirements one by one gives."""
    from itertools import pairwise

    from analyser.nlp import _COLUMN_OF_ATTR, _TOKEN_COLUMNS

    free = PatternSet("free", token_patterns=(({"IS_PUNCT": True}, {"LOWER": "x", "OP": "?"}),))
    patterns = [*_shipped_token_patterns(), *PATTERNS, free]
    matcher = TextMatcher(patterns)
    woken = 0
    for text in _texts_for(patterns[:-len(PATTERNS) - 1], seed=11):
        doc = matcher.nlp(text)
        columns = doc.to_array(_TOKEN_COLUMNS).T.tolist()
        for start, end in pairwise([s.start for s in doc.sents] + [len(doc)]):
            present = {attr: set(columns[column][start:end])
                       for attr, column in _COLUMN_OF_ATTR.items()}
            expected = {n for n, g in enumerate(matcher._gated) if g.may_match(present)}
            assert matcher._gates.candidates(columns, start, end) == expected, doc[start:end].text
            woken += len(expected)
    assert woken > 100


@pytest.mark.parametrize(
    ("op", "bounds"),
    [(None, (1, 1)), ("?", (0, 1)), ("*", (0, None)), ("+", (1, None)), ("{3}", (3, 3)),
     ("{0,15}", (0, 15)), ("{,2}", (0, 2)), ("{2,}", (2, None)), ("!", None), ("{,}", None),
     ("{x,2}", None)],
)
def test_repeat_bounds_follow_spacys_operators(op: object, bounds: object) -> None:
    from analyser.nlp import _repeat_bounds

    assert _repeat_bounds(op) == bounds


# ------------------------------------------------------------------ several spans, one doc


def _plain(sentence: Any) -> tuple[Any, ...]:
    return sentence.start, sentence.end, sentence.tokens, sentence.hits


@functools.cache
def _shipped_matcher() -> TextMatcher:
    from analyser.pipeline import load_pipeline

    return load_pipeline().engine.matcher


_SPAN_PIECES = [" \n", "\t", "\n \n", "http://x.io", "e.g.", "The Model", " consents", ".", " ",
                "  ", "\n", "\n\n", "(a)", " shall not",
                " use", " the Replica", ";", " without", " consent", "!", '"', "1.2", " Fee:",
                " $500", " per use", "é", "\f", "ſ", " opt out", "... ", "(b) "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SPAN_PIECES), max_size=12).map("".join),
                min_size=1, max_size=6))
def test_reading_spans_together_gives_what_reading_each_alone_gives(parts: list[str]) -> None:
    """Clauses read as one doc: the same tokens, sentences, offsets and hits as one at a time."""
    matcher = _shipped_matcher()
    spans = []
    offset = 0
    for part in parts:
        spans.append((offset, part))
        offset += len(part)
    together = [_plain(s) for s in matcher.iter_sentences(spans)]
    alone = [_plain(s) for span in spans for s in matcher.iter_sentences([span])]
    assert together == alone


def test_a_span_group_never_exceeds_the_group_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long contract is read in several docs; sentences are the same as in one."""
    import analyser.nlp as nlp_module

    matcher = _shipped_matcher()
    text = (SAMPLES / "agency_management_long.txt").read_text(encoding="utf-8")
    spans = []
    for match in re.finditer(r"[^\n]*\n?", text):
        if match.group():
            spans.append((match.start(), match.group()))
    whole = [_plain(s) for s in matcher.iter_sentences(spans)]
    monkeypatch.setattr(nlp_module, "_GROUP_CHARS", 500)
    groups = list(nlp_module._iter_groups([(o, t, collapse_whitespace(t)[1]) for o, t in spans]))
    assert len(groups) > 10
    assert all(sum(len(t) + 1 for _, t, _ in g) <= 500 or len(g) == 1 for g in groups)
    assert [_plain(s) for s in matcher.iter_sentences(spans)] == whole


@pytest.mark.parametrize(
    ("words", "forced", "expected"),
    [
        (["A", ".", "B", "."], [0], [0, 2]),
        (["A", ".", "B", "."], [0, 1], [0, 1, 2]),  # a forced start mid-sentence starts afresh
        (["A", ".", "B", "C"], [0, 3], [0, 2, 3]),
        (["A", "B", ".", ")", "C"], [0], [0, 4]),  # punctuation after the end stays with it
        ([".", "A"], [0], [0, 1]),  # a text that begins with an end still splits after it
    ],
)
def test_sentence_starts_restart_at_each_forced_index(
    words: list[str], forced: list[int], expected: list[int]
) -> None:
    from analyser.nlp import sentence_starts

    punct = {".", ")"}
    ids = {word: number + 1 for number, word in enumerate(sorted(set(words)))}
    orths = [ids[w] for w in words]
    puncts = [int(w in punct) for w in words]
    assert sentence_starts(orths, puncts, frozenset({ids["."]}), forced) == expected


_PHRASES = ("sound recordings", "recording", "voice model", "consents", "digital replica",
            "likeness", "data")
_CASED_WORDS = ["Sound", "sound", "SOUND", "Recordings", "recordings", "RECORDING", "recording",
                "records", "Voice", "voice", "models", "Model", "consent", "Consents", "CONSENTS",
                "digital", "Digital", "replica", "Replicas", "Likeness", "likenesses", "data",
                "Data", "datum", ",", ".", "the", "of"]


@functools.cache
def _phrase_matcher_and_reference() -> tuple[TextMatcher, Any]:
    from spacy.matcher import PhraseMatcher

    matcher = TextMatcher([PatternSet(f"p{i}", phrases=(p,)) for i, p in enumerate(_PHRASES)])
    reference = PhraseMatcher(matcher.nlp.vocab, attr="LOWER")
    for i, phrase in enumerate(_PHRASES):
        reference.add(f"p{i}", [matcher.nlp.make_doc(phrase)])
    return matcher, reference


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CASED_WORDS), min_size=1, max_size=20).map(" ".join))
def test_every_phrase_found_in_lower_case_text_is_found_on_lemmas(text: str) -> None:
    """Phrases are matched on lemmas only: a lemma is looked up from the lower-case form, so a
    match on the lower-case text (what a second matcher used to add) is never missed."""
    matcher, reference = _phrase_matcher_and_reference()
    doc = matcher.nlp.make_doc(text)
    strings = matcher.nlp.vocab.strings
    expected = {(strings[key], doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                for key, s, e in reference(doc)}
    found = {(hit.key, sentence.tokens[hit.first].start, sentence.tokens[hit.last - 1].end)
             for sentence in matcher.iter_sentences([(0, text)]) for hit in sentence.hits}
    assert expected <= found


@pytest.mark.parametrize(("text", "phrase"), [
    ("SOUND RECORDINGS of the session", "sound recordings"),
    ("all Sound Recordings", "sound recordings"),
    ("The Recording", "recording"),
    ("any Digital Replicas", "digital replica"),  # inflected: matched on lemmas
    # a full stop set off by a space before a comma ends no abbreviation (found by hypothesis)
    ("RECORDING . ,", "recording"),
])
def test_phrases_match_whatever_the_case(text: str, phrase: str) -> None:
    matcher, _ = _phrase_matcher_and_reference()
    key = f"p{_PHRASES.index(phrase)}"
    assert any(hit.key == key for s in matcher.iter_sentences([(0, text)]) for hit in s.hits)


@pytest.mark.parametrize(
    ("pattern", "filed_under"),
    [
        ([{"LEMMA": "ask"}, {"OP": "*"}, {"LEMMA": "withdraw"}], "withdraw"),
        ([{"LOWER": {"IN": ["to", "us"]}}, {"LOWER": "replica"}], "replica"),
        ([{"LOWER": {"IN": ["revoke", "withdraw", "rescind"]}}, {"LOWER": "a"}], "revoke"),
    ],
    ids=["rarer word after", "one long word against two short", "three long words against one"],
)
def test_a_token_pattern_wakes_on_its_rarest_required_word(
    pattern: list[dict[str, Any]], filed_under: str
) -> None:
    """Short words are in most sentences; the gate files a pattern under its least common word."""
    from analyser import nlp as nlp_module

    language = build_nlp()
    gated = nlp_module._GatedPattern.build(language, "case", pattern)
    attr, values = gated.required[0]
    assert language.vocab.strings.add(filed_under) in values


def _shipped_phrases() -> list[str]:
    """Every phrase of every shipped rule pack and lexicon, as the engine registers them."""
    from analyser.pipeline import load_pipeline
    from analyser.rules import available_packs

    engine = load_pipeline(available_packs()).engine
    return [phrase for pattern_set in engine._pattern_sets() for phrase in pattern_set.phrases]


_PHRASE_ATTRS = ["ORTH", "NORM", "LEMMA", "LOWER", "SPACY", "SHAPE", "IS_PUNCT"]


@pytest.mark.parametrize("extra", [
    [],
    ["can't", "e.g.", "Inc.", "U.S.", "don't stop", "(the", "5.2", "A.I.", "'s", "e-mail"],
    [" leading", "trailing ", "two  spaces", "tab\there", "line\nbreak", "", "\u00a0nbsp",
     "para\n\nbreak", "x", "x"],
])
def test_phrases_read_together_get_the_tokens_and_lemmas_each_gets_alone(extra: list[str]) -> None:
    matcher = TextMatcher([])
    phrases = [*_shipped_phrases(), *extra] if not extra else [*extra, "consent", "voice clone"]
    docs = matcher.phrase_docs(phrases)
    assert set(docs) == set(phrases)
    for phrase in dict.fromkeys(phrases):
        alone = matcher._words_of(phrase)
        together = docs[phrase]
        assert together.text == alone.text, phrase
        assert together.to_array(_PHRASE_ATTRS).tolist() == alone.to_array(
            _PHRASE_ATTRS).tolist(), phrase
        assert together.has_annotation("LEMMA") == alone.has_annotation("LEMMA") or not len(alone)
