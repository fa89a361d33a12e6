"""The tokenizer cache primer: the same tokens as spaCy alone, read from the cache.

spaCy 3.8 stops caching chunks for the rest of a text once one chunk hits a special case (issue
#13950). ``ChunkCachePrimer`` tokenizes new chunks in texts with no special case first, so that
spaCy saves them. These tests pin that the tokens never change, that after priming a contract
is read without running the affix regexes on any cacheable chunk, and that memory stays bounded.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from analyser.nlp import ChunkCachePrimer, build_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "src"

# A contract sentence that opens with special cases ("can't", "e.g.", "Inc.") and goes on with
# ordinary words, punctuation and numbers.
CONTRACT = (
    "The Model can't be scanned (e.g. for a Digital Double) by Brightline Inc., its "
    "affiliates or licensees; the Company shall pay USD 1,500 per use under clause 4.2(b) "
    "and the Model's consent is required for each new production."
)


def tokens_of(nlp: Any, text: str) -> list[tuple[str, int, bool]]:
    return [(token.text, token.idx, bool(token.whitespace_)) for token in nlp.make_doc(text)]


@functools.cache
def shared_pipelines() -> tuple[Any, Any]:
    return build_nlp(), build_nlp()


def count_suffix_searches(nlp: Any) -> list[str]:
    """Record every chunk spaCy runs its suffix regex on (a chunk not read from the cache)."""
    seen: list[str] = []
    search = nlp.tokenizer.suffix_search

    def counting(text: str) -> Any:
        seen.append(text)
        return search(text)

    nlp.tokenizer.suffix_search = counting  # setting it empties the cache, as spaCy does
    return seen


def test_without_priming_spacy_stops_caching_after_a_special_case() -> None:
    """The behaviour the primer works around (if spaCy fixes it, this test says so)."""
    nlp = build_nlp()
    searched = count_suffix_searches(nlp)
    nlp.make_doc(CONTRACT)
    searched.clear()
    nlp.make_doc(CONTRACT)
    assert "licensees;" in searched


def test_after_priming_a_text_is_read_from_the_cache() -> None:
    nlp = build_nlp()
    searched = count_suffix_searches(nlp)
    primer = ChunkCachePrimer(nlp.tokenizer)
    primer.prime(CONTRACT)
    searched.clear()
    nlp.make_doc(CONTRACT)
    # only chunks that meet a special case are split again (spaCy never caches those)
    assert searched
    assert all(chunk in {"can't", "(e.g.", "e.g.", "Inc.,", "Inc."} for chunk in searched)


def test_priming_counts_only_new_chunks() -> None:
    primer = ChunkCachePrimer(build_nlp().tokenizer)
    assert primer.prime("the Model's fee, the Model's consent") == 4
    assert primer.prime("the Model's fee,") == 0
    assert primer.prime("the Model's voice") == 1


def test_primed_tokens_are_spacys_tokens_for_real_contracts() -> None:
    plain, primed = shared_pipelines()
    primer = ChunkCachePrimer(primed.tokenizer)
    for path in sorted(SAMPLES.glob("*.txt"))[::9]:
        text = path.read_text(encoding="utf-8")
        primer.prime(text)
        assert tokens_of(primed, text) == tokens_of(plain, text), path.name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "can't", "e.g.", "Inc.,", "(8)", ":)", "Model's", "fee,", "4.2(b)", "USD", "1,500", "don't.",
    "(the", "\"Licensee\")", "a.m.", "--", "cannot", "Co.'s", "voice-model", "per", "use.",
]), min_size=1, max_size=30), st.integers(min_value=1, max_value=6))
def test_primed_tokens_equal_unprimed_tokens_whatever_the_order(
    words: list[str], limit: int
) -> None:
    text = " ".join(words)
    plain, primed = shared_pipelines()  # one cache across examples: what was primed before stays
    primer = ChunkCachePrimer(primed.tokenizer, limit=limit, batch=3)
    primer.prime(text)
    primer.prime(text[::-1])
    assert tokens_of(primed, text) == tokens_of(plain, text)


def test_memory_is_bounded_by_the_limit() -> None:
    primer = ChunkCachePrimer(build_nlp().tokenizer, limit=10)
    for start in range(0, 60, 6):
        primer.prime(" ".join(f"word{n}" for n in range(start, start + 6)))
        assert len(primer.seen) <= 10


def test_a_tokenizer_without_spacys_cache_is_left_alone() -> None:
    calls: list[str] = []
    primer = ChunkCachePrimer(calls.append)  # a plain callable: no rules, no cache to fill
    assert primer.prime("the Model's consent, e.g. in writing") == 0
    assert calls == []
