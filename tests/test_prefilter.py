"""Regex prefilters: substring tests that may skip a text only when the regex cannot match it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyser.prefilter import Prefilter, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"consent", {"consent"}),
        (r"\bopt(?:s|ed)?\s?-?\s?out\b", {"out"}),  # longest required literal run wins
        (r"(?:usd|gbp|eur)\s?\d+", {"usd", "gbp", "eur"}),  # one from each branch
        (r"[$£€]\s?\d+", {"$", "£", "€"}),  # a small character class
        (r"(?:%|per\s?cent)", {"%", "cent"}),
        (r"a?b*", None),  # nothing is required
        (r"\d+\s\w+", None),  # classes by category are not expanded
        (r"[^.;]{2,}", None),  # negated classes say nothing
        (r"(?:x|\d)", None),  # a branch that requires nothing spoils the alternation
        (r"(?:for|during) (?:a )?term", {"term"}),
    ],
)
def test_required_literals_names_what_every_match_contains(
    pattern: str, expected: set[str] | None
) -> None:
    found = required_literals(pattern)
    assert (None if found is None else set(found)) == expected
    if found is not None:  # and each example match does contain one
        for match in re.finditer(pattern, "consent opt out usd 5 $ 5 £1 50% per cent a term"):
            assert any(literal in match.group() for literal in found)


@pytest.mark.parametrize(
    ("text", "may_match"),
    [
        ("The fee is USD 500 per use.", True),  # folded: upper case still passes
        ("The fee is 500 dollars.", False),  # no currency: skipped
        ("The fee is € 500.", True),  # a caseless symbol is matched as it is
        ("No payment at all.", False),
        ("The \u212a fee is usd 500", True),  # Kelvin sign: text is never skipped
    ],
)
def test_a_folded_prefilter_skips_only_texts_without_its_literals(
    text: str, may_match: bool
) -> None:
    pattern = re.compile(r"(?:[$£€]|\b(?:usd|gbp)\b)\s?\d+", re.IGNORECASE)
    prefilter = Prefilter.of(pattern)
    assert prefilter.may_match(text, Prefilter.fold(text)) is may_match
    if not may_match:
        assert pattern.search(text) is None


def test_characters_that_fold_to_ascii_turn_the_filter_off() -> None:
    pattern = re.compile(r"unless", re.IGNORECASE)
    text = "unle\u017fs"  # long s: re matches it to "s" when ignoring case
    assert pattern.search(text) is not None
    assert Prefilter.fold(text) is None
    assert Prefilter.of(pattern).may_match(text, Prefilter.fold(text))


def _shipped_regexes() -> list[re.Pattern[str]]:
    from analyser.pipeline import load_pipeline
    from analyser.rules import available_packs

    engine = load_pipeline(available_packs()).engine
    return [rule_regex for rule in engine.rules for rule_regex in rule.regex]


SHIPPED = _shipped_regexes()
_PIECES = ["USD", "usd", "$", "£", "€", "500", "5", "1,000", ".", ",", " ", "per", "each", "%",
           "per cent", "[", "]", "●", "fee", "not", "n't", "paid", "receive", "payment", "by",
           "posting", "you", "consent", "unless", "opt", "-", "out", "for", "the", "period",
           "term", "of", "\u017f", "\u212a", "K", "commission", "(", ")", "I", "İ", "ı"]


def test_every_shipped_regex_gets_a_prefilter() -> None:
    assert SHIPPED
    assert all(Prefilter.of(pattern).required for pattern in SHIPPED)


def test_every_shipped_regex_can_be_skipped_word_by_word() -> None:
    # a regex whose every literal set holds a space ("opt out", "prior to", " effect") makes
    # every sentence's joined text be built and searched; a set of single words avoids that
    # (write "opt\s+out" rather than "opt out")
    spaced_only = [
        pattern.pattern
        for pattern in SHIPPED
        if not any(all(" " not in literal for literal in literals)
                   for literals in Prefilter.of(pattern).required)
    ]
    assert spaced_only == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join))
def test_no_shipped_regex_match_is_ever_skipped(text: str) -> None:
    folded = Prefilter.fold(text)
    for pattern in SHIPPED:
        if pattern.search(text):
            assert Prefilter.of(pattern).may_match(text, folded), pattern.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join))
def test_a_bank_answers_as_each_prefilter_alone_would(text: str) -> None:
    from analyser.prefilter import PrefilterBank

    prefilters = [Prefilter.of(pattern) for pattern in SHIPPED]
    prefilters.append(Prefilter.of(re.compile(r"\[\s?fee\s?\]")))  # a case-sensitive one
    expected = [p.may_match(text, Prefilter.fold(text)) for p in prefilters]
    assert PrefilterBank(prefilters).may_match(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 3))
def test_a_bank_read_word_by_word_answers_as_on_the_joined_text(
    pieces: list[str], repeats: int,
) -> None:
    from analyser.prefilter import PrefilterBank

    prefilters = [Prefilter.of(pattern) for pattern in SHIPPED]
    prefilters.append(Prefilter.of(re.compile(r"\[\s?fee\s?\]")))  # a case-sensitive one
    bank = PrefilterBank(prefilters)
    # "words" as tokens are: runs without spaces, joined by single spaces
    words = " ".join(pieces).split()
    text = " ".join(words)
    expected = [index for index, passes in enumerate(bank.may_match(text)) if passes]
    for _ in range(repeats + 1):  # the second time from the remembered words
        assert bank.passing_words(words, lambda: text) == expected


def test_word_by_word_finds_literals_inside_words_and_across_them() -> None:
    from analyser.prefilter import PrefilterBank

    bank = PrefilterBank([Prefilter.of(re.compile(r"(?:USD|EUR)\s?\d+", re.IGNORECASE)),
                          Prefilter.of(re.compile(r"opt(?:s|ed)? out", re.IGNORECASE))])
    assert bank.passing_words(["fee", "EUR", "500"], lambda: "fee EUR 500") == [0]
    assert bank.passing_words(["you", "opted", "out"], lambda: "you opted out") == [1]
    assert bank.passing_words(["you", "opted", "in"], lambda: "you opted in") == []
    # a character that folds to an ASCII letter: folded filters never skip
    assert bank.passing_words(["\u0130n"], lambda: "\u0130n") == [0, 1]


def test_the_text_is_asked_for_only_when_a_filter_may_pass_by_its_words() -> None:
    from analyser.prefilter import PrefilterBank

    bank = PrefilterBank([Prefilter.of(re.compile(r"by [a-z]+ing", re.IGNORECASE))])

    def refused() -> str:
        raise AssertionError("the text was not needed")

    assert bank.passing_words(["we", "may", "use", "it"], refused) == []
    assert bank.passing_words(["by", "signing"], lambda: "by signing") == [0]
    assert bank.passing_words(["signing", "by"], lambda: "signing by") == []


@pytest.mark.parametrize(("document", "sentence"), [
    # the spaced sentence holds "by " and " pay " although the document has no such substring
    ("By uploading,you consent(see 4).", "By uploading , you consent ( see 4 ) ."),
    ("We won't pay(you)for it.", "We wo n't pay ( you ) for it ."),
])
def test_literals_with_spaces_are_found_word_by_word(document: str, sentence: str) -> None:
    from analyser.prefilter import PrefilterBank

    bank = PrefilterBank([Prefilter.of(pattern) for pattern in SHIPPED])
    expected = [index for index, passes in enumerate(bank.may_match(sentence)) if passes]
    assert expected
    assert bank.passing_words(sentence.split(), lambda: sentence) == expected


def _opens_with_lookbehind(pattern: str, flags: int = 0) -> bool:
    """Whether a match attempt starts with a lookbehind, which the regex engine then tries at
    every position of the text (it cannot skip ahead to a literal, as it does for a regex that
    opens with one)."""
    from re import _parser  # type: ignore[attr-defined]

    return _opens_with_lookbehind_items(list(_parser.parse(pattern, flags)))


def _opens_with_lookbehind_items(items: list[tuple[object, Any]]) -> bool:
    from re import _constants  # type: ignore[attr-defined]

    if not items:
        return False
    op, value = items[0]
    if op is _constants.SUBPATTERN:
        return _opens_with_lookbehind_items(list(value[-1]))
    if op is _constants.BRANCH:
        return any(_opens_with_lookbehind_items(list(branch)) for branch in value[1])
    return op in (_constants.ASSERT, _constants.ASSERT_NOT) and value[0] < 0


@pytest.mark.parametrize(
    ("pattern", "flagged"),
    [
        (r"(?i)(?<!\bthe )\bAvatar\b", True),
        (r"(?:(?<=\bwithdraw )|(?<=\brevoke ))until", True),
        (r"(?i)((?<!not )consent)", True),
        (r"(?i)(?=withdraw|revoke)(?<!\bnot )\b(?:withdraw|revoke)", False),  # a literal first
        (r"(?i)(?-i:Avatar)(?<!\bthe avatar)", False),
        (r"\bconsent\b", False),
    ],
)
def test_an_opening_lookbehind_is_found(pattern: str, flagged: bool) -> None:
    assert _opens_with_lookbehind(pattern) is flagged


def test_no_shipped_regex_opens_with_a_lookbehind() -> None:
    # 37 lookbehinds before "Avatar" made one rule cost 0.17 ms per page (2% of the pipeline):
    # each was tried at every character; after the word, or behind a lookahead on the literal,
    # they run only where the word is
    assert [p.pattern for p in SHIPPED if _opens_with_lookbehind(p.pattern, p.flags)] == []
