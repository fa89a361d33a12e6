"""The spaCy boundary: the only module that imports spaCy.

It builds a small English pipeline from ``spacy.blank("en")`` (rule sentencizer and a lookup
lemmatizer from ``spacy-lookups-data`` whose lemmas are lower case), compiles phrase and token
patterns into a ``PhraseMatcher`` and a ``Matcher``, and hands the engine plain frozen values
(:class:`Token`, :class:`Sentence`, :class:`Hit`) whose offsets count from the start of the
document text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy
import spacy
import spacy.attrs
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

__all__ = [
    "ChunkCachePrimer", "Hit", "PatternError", "PatternSet", "Sentence", "TextMatcher", "Token",
    "build_nlp",
]


class Token(NamedTuple):
    """One token: its text, lower-case form, lower-case lemma and [start, end) in the document.

    A named tuple rather than a dataclass: a long contract has tens of thousands of tokens, and
    building tuples is several times cheaper (values are just as immutable).
    """

    text: str
    lower: str
    lemma: str
    start: int
    end: int


class Hit(NamedTuple):
    """A pattern ``key`` matched tokens [first, last) of a sentence (ordered by key, first, last).

    A named tuple for the same reason as :class:`Token`: a contract yields hundreds of thousands.
    """

    key: str
    first: int
    last: int


@dataclass(frozen=True)
class Sentence:
    """A sentence with its tokens and the pattern hits inside it; offsets are document offsets.

    ``tokens`` are built when first read: most sentences of a contract hold no rule hit and are
    never looked at word by word. Equality compares offsets and hits (which fix the tokens).
    """

    start: int
    end: int
    hits: tuple[Hit, ...]
    words: _Words = field(compare=False, repr=False)
    first: int = field(compare=False, repr=False)
    stop: int = field(compare=False, repr=False)

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens (words and punctuation; no whitespace tokens)."""
        return self.words.tokens(self.first, self.stop)

    def lower_at(self, index: int) -> str:
        """The lower-case form of token ``index``, without building the sentence's tokens."""
        return str(self.words.strings[int(self.words.lower_ids[self.first + index])])

    @functools.cached_property
    def spaced_text(self) -> str:
        """The token texts joined by single spaces (what rule regexes read)."""
        return " ".join(self.words.texts[self.first : self.stop])


@dataclass(frozen=True)
class _Words:
    """The non-space tokens of one spaCy doc as parallel lists, from which sentences take theirs.

    Lower-case forms and lemmas stay string-store ids (``lower_ids``, ``lemma_ids``: arrays)
    until a sentence asks for them: most sentences are never read word by word.
    """

    texts: list[str]
    lower_ids: Any
    lemma_ids: Any
    starts: list[int]
    ends: list[int]
    strings: Any

    def lowers(self, first: int, stop: int) -> list[str]:
        """The lower-case forms of tokens [first, stop)."""
        return list(map(self.strings.__getitem__, self.lower_ids[first:stop].tolist()))

    def lemmas(self, first: int, stop: int) -> list[str]:
        """The lemmas of tokens [first, stop)."""
        return list(map(self.strings.__getitem__, self.lemma_ids[first:stop].tolist()))

    def tokens(self, first: int, stop: int) -> tuple[Token, ...]:
        return tuple(map(_make_token, zip(self.texts[first:stop], self.lowers(first, stop),
                                          self.lemmas(first, stop), self.starts[first:stop],
                                          self.ends[first:stop], strict=True)))


# Builds a Token from a 5-tuple without a Python-level call (a named tuple's own constructor is
# Python code, and a long contract has tens of thousands of tokens).
_make_token: Any = functools.partial(tuple.__new__, Token)
_make_hit: Any = functools.partial(tuple.__new__, Hit)


@dataclass(frozen=True)
class PatternSet:
    """Patterns registered under one key: phrases (matched on lemmas) and spaCy token patterns."""

    key: str
    phrases: tuple[str, ...] = ()
    token_patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()


_lemma_table: Any = None
# words the lookup table lemmatises to a different word the rules do not mean: "recording" (the
# noun: "You can delete any recording") is not "record", whose other forms the table keeps
_KEEP_AS_IS = frozenset({"'s", "\u2019s", "us", "data", "ai", "a.i.", "recording"})


def _lemma_lookup() -> Any:
    """Return spaCy's English lookup table (from spacy-lookups-data), loaded once."""
    global _lemma_table
    if _lemma_table is None:
        from spacy.lookups import load_lookups

        _lemma_table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return _lemma_table


_lemma_of: dict[str, str] = {}


def _lemma_for(lower: str) -> str:
    """Return the lower-case lookup lemma of a lower-case word (memoised: words repeat a lot)."""
    lemma = _lemma_of.get(lower)
    if lemma is None:
        lemma = lower if lower in _KEEP_AS_IS else str(_lemma_lookup().get(lower, lower)).lower()
        if len(_lemma_of) < _LEMMA_MEMO_LIMIT:
            _lemma_of[lower] = lemma
    return lemma


_LEMMA_MEMO_LIMIT = 200_000
# Docs of this many tokens or more are lemmatised word by distinct word (sorting them costs more
# than it saves on a short text, such as a pattern phrase).
_DISTINCT_FROM = 256


class _LowerLemmas:
    """Pipeline component: each token's lemma is the lookup lemma of its lower-case form.

    Memoised per vocabulary (lower-case hash to lemma hash), and read and written as arrays, so
    a long contract costs a dictionary lookup per token.
    """

    def __init__(self, vocab: Any) -> None:
        self.strings = vocab.strings
        self.memo: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        memo = self.memo
        lowers: Any = doc.to_array([spacy.attrs.LOWER]).reshape(-1)
        where = None
        if len(lowers) >= _DISTINCT_FROM:  # each distinct word once: a contract repeats its words
            lowers, where = numpy.unique(lowers, return_inverse=True)
        lemmas = numpy.array([memo.get(lower) or self._learn(lower) for lower in lowers.tolist()],
                             dtype="uint64")
        column: Any = (lemmas if where is None else lemmas[where.reshape(-1)]).reshape(-1, 1)
        doc.from_array([spacy.attrs.LEMMA], column)
        return doc

    def _learn(self, lower: int) -> int:
        lemma: int = self.strings.add(_lemma_for(self.strings[lower]))
        if len(self.memo) < _LEMMA_MEMO_LIMIT:
            self.memo[lower] = lemma
        return lemma


@Language.factory("likeness_lower_lemmas")
def _make_lower_lemmas(nlp: Language, name: str) -> _LowerLemmas:
    return _LowerLemmas(nlp.vocab)


SENTENCE_PUNCT = (".", "!", "?", ";", "\n\n")
# Whitespace other than a space: it ends a line or makes a token of its own.
_LINE_BREAKS = re.compile(r"[^\S ]")
# Abbreviations that cite a provision or a number: the full stop after them ends no sentence
# when a number follows ("Art. 8 para. 4 lit. d", "No. 4", "cl. 5", "s. 3A", "Cap. 486").
CITATION_ABBREVIATIONS = frozenset(
    ["art", "arts", "para", "paras", "par", "subpara", "no", "nos", "nr", "cl", "cls", "sec",
     "secs", "sch", "sched", "lit", "ch", "chap", "cap", "pt", "reg", "regs", "dir", "vol", "fig",
     "s", "ss", "r", "rr", "c", "subs"]
)
_CITED_NUMBER = re.compile(r"\d|\(|(?:[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])$")


def citation_dots(lowers: Any, texts: Sequence[str] | Any, lower_ids: frozenset[int]) -> list[int]:
    """Indexes of the "." tokens that close a citation abbreviation before a number.

    ``lowers`` holds each token's LOWER id, ``texts`` its text (a sequence or a Doc) and
    ``lower_ids`` the LOWER ids of :data:`CITATION_ABBREVIATIONS`. "No. I" stays a sentence end
    ("The answer is no. I ...").
    """
    lower = numpy.asarray(lowers, dtype="uint64")
    if len(lower) < 3:
        return []
    after_abbreviation = numpy.isin(
        lower[:-2], numpy.fromiter(lower_ids, dtype="uint64", count=len(lower_ids)))
    dots: list[int] = []
    for before in numpy.flatnonzero(after_abbreviation).tolist():
        if str(texts[before + 1]) != ".":
            continue
        following = str(texts[before + 2])
        if _CITED_NUMBER.match(following) and not (
            following == "I" and str(texts[before]).lower() == "no"
        ):
            dots.append(before + 1)
    return dots


def dots_before_commas(orths: Any, dot: int, comma: int) -> list[int]:
    """Indexes of the "." tokens that a comma follows: an abbreviation's full stop, no end.

    "Vlora Media sh.p.k., the Producer, may ..." and "props, wardrobe etc., which ..." go on
    after the comma; a sentence never ends in ".,".
    """
    orth = numpy.asarray(orths, dtype="uint64")
    if len(orth) < 2:
        return []
    found: list[int] = numpy.flatnonzero((orth[:-1] == dot) & (orth[1:] == comma)).tolist()
    return found


class _ArraySentencizer:
    """Pipeline component: spaCy's rule ``sentencizer`` (same decisions), run over arrays.

    A sentence ends after a token in ``punct_chars``, at the next token that is neither
    punctuation nor one of those; the first token starts a sentence.
    """

    def __init__(self, vocab: Any, punct_chars: Sequence[str]) -> None:
        self.punct = frozenset(vocab.strings.add(char) for char in punct_chars)
        self.abbreviations = frozenset(vocab.strings.add(a) for a in CITATION_ABBREVIATIONS)
        self.dot, self.comma = vocab.strings.add("."), vocab.strings.add(",")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([spacy.attrs.ORTH, spacy.attrs.IS_PUNCT, spacy.attrs.LOWER])
        starts = numpy.full(len(doc), -1, dtype="int64")
        dots = sorted(citation_dots(table[:, 2], doc, self.abbreviations)
                      + dots_before_commas(table[:, 0], self.dot, self.comma))
        starts[sentence_starts(table[:, 0], table[:, 1], self.punct, (0,), dots)] = 1
        column: Any = starts.astype("uint64").reshape(-1, 1)
        doc.from_array([spacy.attrs.SENT_START], column)
        return doc


def sentence_starts(orths: Any, puncts: Any, ends: frozenset[int],
                    forced: Sequence[int], not_ends: Sequence[int] = ()) -> list[int]:
    """The indexes of the tokens that start a sentence, as spaCy's rule sentencizer decides.

    A sentence ends after a token whose ORTH is in ``ends``, at the next token that is neither
    punctuation nor one of those. Each index in ``forced`` (sorted) starts a sentence afresh,
    as if the text began there: several texts read as one doc split exactly as they would alone.
    The tokens at ``not_ends`` (full stops of abbreviations) end no sentence.

    Worked out on arrays: a token that is neither punctuation nor an end starts a sentence when
    an end token lies between it and the previous such token (or forced start, which counts
    itself).
    """
    orth = numpy.asarray(orths, dtype="uint64")
    size = len(orth)
    if not size:
        return []
    is_end = numpy.isin(orth, numpy.fromiter(ends, dtype="uint64", count=len(ends)))
    is_end[list(not_ends)] = False
    normal = ~numpy.asarray(puncts, dtype=bool) & ~is_end
    is_forced = numpy.zeros(size, dtype=bool)
    is_forced[list(forced)] = True
    index = numpy.arange(size)
    barrier = numpy.maximum.accumulate(numpy.where(normal | is_forced, index, -1))
    previous = numpy.concatenate(([-1], barrier[:-1]))  # the last barrier before each token
    counted_from = numpy.where(previous < 0, 0,
                               numpy.where(is_forced[previous], previous, previous + 1))
    ends_before = numpy.concatenate(([0], numpy.cumsum(is_end)))
    has_end = ends_before[index] - ends_before[counted_from] > 0
    starts: list[int] = numpy.flatnonzero(is_forced | (normal & has_end)).tolist()
    return starts


@Language.factory("likeness_sentencizer")
def _make_sentencizer(nlp: Language, name: str) -> _ArraySentencizer:
    return _ArraySentencizer(nlp.vocab, SENTENCE_PUNCT)


def build_nlp() -> Language:
    """Return the blank English pipeline with a sentencizer and lower-case lookup lemmas."""
    nlp = spacy.blank("en")
    nlp.add_pipe("likeness_sentencizer")
    nlp.add_pipe("likeness_lower_lemmas")
    return nlp


class ChunkCachePrimer:
    """Keeps spaCy's tokenizer cache filled with the whitespace-delimited chunks it has read.

    spaCy's tokenizer caches the tokens of each chunk ("Model's", "(the", "5.2"), but once one
    chunk of a text hits a special case ("can't", "e.g.", "Inc.") it saves no further chunk for
    the rest of that text: the flag that marks a chunk as special is never reset (spaCy issue
    #13950, open in 3.8). A contract read as one text therefore splits almost every word with the
    prefix, suffix and infix regexes, every time it is read. Tokenizing the new distinct chunks
    first, in texts that hold no special case, saves them, so the contract itself and every later
    one with the same words are read from the cache. spaCy decides what it saves, and a saved
    chunk gives the tokens it gives in any text, so the tokens are unchanged; only the time is.

    A chunk that would meet a special case is left out (spaCy never caches it), and so is one
    after it in the same text; the test for it (:func:`_meets_special_case`) errs on the side of
    leaving a chunk out. At most ``limit`` chunks are remembered; past that the cache is emptied
    and refilled, so a long batch holds bounded memory.
    """

    def __init__(self, tokenizer: Any, limit: int = 100_000, batch: int = 2_000) -> None:
        self.tokenizer = tokenizer
        self.limit = limit
        self.batch = batch
        self.seen: set[str] = set()
        # spaCy's own tokenizer; another (or a spaCy without these) is left as it is
        self.active = all(hasattr(tokenizer, name)
                          for name in ("rules", "max_cache_size", "_flush_cache"))
        self.specials = frozenset(tokenizer.rules) if self.active else frozenset()
        if self.active:
            tokenizer.max_cache_size = max(tokenizer.max_cache_size, limit)

    def prime(self, text: str) -> int:
        """Cache the chunks of ``text`` not seen before; return how many were new."""
        if not self.active:
            return 0
        new = set(text.split())
        new.difference_update(self.seen)
        if not new:
            return 0
        if len(self.seen) + len(new) > self.limit:
            self.tokenizer._flush_cache()
            self.seen.clear()
        self.seen.update(new)
        specials = self.specials
        plain = [chunk for chunk in new if not _meets_special_case(chunk, specials)]
        for first in range(0, len(plain), self.batch):
            self.tokenizer(" ".join(plain[first : first + self.batch]))
        return len(new)


def _meets_special_case(chunk: str, specials: frozenset[str]) -> bool:
    """Whether spaCy may read a special case in ``chunk``: the chunk itself, or the chunk with
    some of its leading and trailing punctuation split off ("Inc.,", "(e.g.", "can't."), is one.
    """
    if chunk in specials:
        return True
    if chunk.isalnum():
        return False
    size = len(chunk)
    lead = 0
    while lead < size and not chunk[lead].isalnum():
        lead += 1
    if lead == size:  # punctuation alone (":)", "--"): any part may be one
        return size > 8 or any(chunk[i:j] in specials
                               for i in range(size) for j in range(i + 1, size + 1))
    trail = size
    while not chunk[trail - 1].isalnum():
        trail -= 1
    return any(chunk[i:j] in specials for i in range(lead + 1) for j in range(trail, size + 1))


class PatternError(ValueError):
    """A token pattern spaCy's Matcher refuses; ``key`` names the pattern set."""

    def __init__(self, key: str, detail: str) -> None:
        self.key = key
        self.detail = detail
        super().__init__(f"{key}: {detail}")


def _first_problem(message: str) -> str:
    """The first line of spaCy's pattern error that names a problem ("- [pattern -> 1 -> ...")
    rather than a heading ("Pattern 3:"), which says nothing on its own."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    problems = [line.lstrip("- ") for line in lines if line.startswith("-")]
    return problems[0] if problems else (lines[-1] if lines else message)


class TextMatcher:
    """Matches a fixed set of :class:`PatternSet` against texts and returns plain sentences."""

    def __init__(self, pattern_sets: Sequence[PatternSet], nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_nlp()
        self._primer = ChunkCachePrimer(self.nlp.tokenizer)
        # Lemmas are lookup lemmas of the lower-case form, so a phrase matched on lemmas is also
        # matched whatever its case, and every match on lower-case text is a match on lemmas.
        self._phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        # spaCy's Matcher checks the token patterns when they are added; it is not kept, as each
        # pattern is run on its own (:class:`_GatedPattern`), and unpickling it would add every
        # pattern again
        checker = Matcher(self.nlp.vocab)
        self._gated: list[_GatedPattern] = []
        self._strings = _StringCache(self.nlp.vocab.strings)
        self._ends = frozenset(self.nlp.vocab.strings.add(char) for char in SENTENCE_PUNCT)
        self._dot, self._comma = self.nlp.vocab.strings.add("."), self.nlp.vocab.strings.add(",")
        self._abbreviations = frozenset(
            self.nlp.vocab.strings.add(a) for a in CITATION_ABBREVIATIONS)
        phrase_docs = self.phrase_docs([p for s in pattern_sets for p in s.phrases])
        for pattern_set in pattern_sets:
            if pattern_set.phrases:
                docs = [phrase_docs[phrase] for phrase in pattern_set.phrases]
                self._phrase_matcher.add(pattern_set.key, docs)
            if pattern_set.token_patterns:
                patterns = [
                    [dict(step) for step in pattern] for pattern in pattern_set.token_patterns
                ]
                try:
                    checker.add(pattern_set.key, patterns)
                except ValueError as exc:  # spaCy's MatchPatternError
                    raise PatternError(pattern_set.key, _first_problem(str(exc))) from exc
                self._gated += [
                    _GatedPattern.build(self.nlp, pattern_set.key, pattern) for pattern in patterns
                ]
        self._gates = _Gates.build(self._gated)
        # Hits are sorted by key: each key gets its rank in string order, and matches are handled
        # as (rank, first, last) numbers until the hits of a sentence are made.
        self._key_names: list[str] = sorted({pattern_set.key for pattern_set in pattern_sets})
        self._key_of_rank: Any = numpy.array(self._key_names, dtype=object)
        rank_of = {key: rank for rank, key in enumerate(self._key_names)}
        self._rank_of_hash = {self.nlp.vocab.strings.add(key): rank
                              for key, rank in rank_of.items()}
        self._gated_ranks = [rank_of[gated.key] for gated in self._gated]

    def phrase_docs(self, phrases: Iterable[str]) -> dict[str, Doc]:
        """Each distinct phrase tokenized and lemmatised, as :meth:`_words_of` makes it alone.

        The phrases are read as one text, one per line: spaCy tokenizes each whitespace-delimited
        chunk on its own, so a phrase with no edge or line-breaking whitespace gets the tokens it
        gets alone, and each phrase's doc is cut from the whole. Any other phrase is read alone.
        """
        distinct = list(dict.fromkeys(phrases))
        alone = [p for p in distinct if not p or p != p.strip() or _LINE_BREAKS.search(p)]
        joined = [p for p in distinct if p and p == p.strip() and not _LINE_BREAKS.search(p)]
        docs = {phrase: self._words_of(phrase) for phrase in alone}
        if not joined:
            return docs
        whole = self._words_of("\n".join(joined))
        token_starts: Any = whole.to_array([spacy.attrs.IDX]).reshape(-1)
        words = [token.text for token in whole]
        spaces = [bool(token.whitespace_) for token in whole]
        tables: Any = whole.to_array([spacy.attrs.NORM, spacy.attrs.LEMMA])
        offset = 0
        for phrase in joined:
            first, last = numpy.searchsorted(token_starts, [offset, offset + len(phrase)]).tolist()
            doc = Doc(self.nlp.vocab, words=words[first:last], spaces=spaces[first:last])
            doc.from_array([spacy.attrs.NORM, spacy.attrs.LEMMA], tables[first:last])
            docs[phrase] = doc
            offset += len(phrase) + 1
        return docs

    def _words_of(self, text: str) -> Doc:
        """``text`` tokenized and lemmatised, without sentence boundaries (a pattern phrase, or
        a group of clauses whose sentences are worked out separately)."""
        self._primer.prime(text)
        doc = self.nlp.make_doc(text)
        for name, component in self.nlp.pipeline:
            if name != "likeness_sentencizer":
                doc = component(doc)
        return doc

    def iter_sentences(self, spans: Iterable[tuple[int, str]]) -> Iterator[Sentence]:
        """Yield the sentences of each ``(offset, text)`` span, offsets shifted by ``offset``.

        Consecutive spans are read as one spaCy doc (joined so that each starts a whitespace-
        delimited chunk, with a sentence forced to start at each), which gives the tokens,
        sentences and matches reading each span alone would, without the cost of a doc per
        clause. A match that would cross from one span into the next is dropped, as it belongs
        to no sentence.
        """
        for group in _iter_groups([(offset, *collapse_whitespace(text)) for offset, text in spans]):
            yield from self._read_group(group)

    def _read_group(self, group: Sequence[tuple[int, str, OffsetMap]]) -> Iterator[Sentence]:
        pieces: list[str] = []
        firsts: list[int] = []
        breaks: list[int] = []
        shifts: list[int] = []
        length = 0
        for offset, text, positions in group:
            firsts.append(length)
            breaks += [length + b for b in positions.breaks]
            shifts += [offset - length + shift for shift in positions.shifts]
            pieces.append(text)
            length += len(text)
            if text and not text[-1].isspace():
                pieces.append(" ")
                length += 1
        doc = self._words_of("".join(pieces))
        yield from self._doc_to_sentences(doc, firsts, OffsetMap(tuple(breaks), tuple(shifts)))

    def _doc_to_sentences(
        self, doc: Doc, firsts: Sequence[int], positions: OffsetMap
    ) -> Iterator[Sentence]:
        """The sentences of ``doc``; a span starts at each character offset in ``firsts``."""
        size = len(doc)
        if not size:
            return
        strings = self._strings
        phrase_matches = self._phrase_ranks(doc)
        table = doc.to_array(_TOKEN_COLUMNS)
        columns = table.T.tolist()
        idx_all = table[:, 3].astype("int64")
        forced = sorted(set(numpy.searchsorted(idx_all, firsts).tolist()) - {size})
        cited = citation_dots(table[:, 1], doc, self._abbreviations)
        before_commas = dots_before_commas(table[:, 0], self._dot, self._comma)
        dots = sorted(cited + before_commas)
        # a word's own full stop before a comma ("sh.p.k.,") marks an abbreviation; a stop set off
        # by a space ("RECORDING . ,") ends no word, so the word before it keeps its hits
        abbreviated = sorted(cited + [i for i in before_commas if i and not doc[i - 1].whitespace_])
        starts = sentence_starts(table[:, 0], table[:, _PUNCT_COLUMN], self._ends, forced, dots)
        starts.append(size)
        bounds = list(itertools.pairwise(starts))
        token_matches = _match_array(self._token_matches(doc, bounds, columns))
        # Only non-space tokens become Tokens; ``before[i]`` counts those before doc token i.
        is_word = table[:, 4] == 0
        before = numpy.concatenate(([0], numpy.cumsum(is_word)))
        sentence_hits = self._sentence_hits(
            numpy.concatenate((phrase_matches, token_matches)), numpy.asarray(starts), before,
            is_word, abbreviated)
        kept = table[is_word]
        texts = list(map(strings.__getitem__, kept[:, 0].tolist()))
        idx = kept[:, 3].astype("int64")
        lengths = numpy.fromiter(map(len, texts), dtype="int64", count=len(texts))
        edges = positions.map_many(numpy.concatenate((idx, idx + numpy.maximum(lengths, 1) - 1)))
        first_chars = edges[: len(idx)].tolist()
        last_chars = (edges[len(idx) :] + 1).tolist()
        words = _Words(texts, kept[:, 1], kept[:, 2], first_chars, last_chars, strings)
        word_bounds = before[starts].tolist()
        for number, (base, stop) in enumerate(itertools.pairwise(word_bounds)):
            if stop == base:
                continue
            yield Sentence(first_chars[base], last_chars[stop - 1], sentence_hits[number], words,
                           base, stop)

    def _phrase_ranks(self, doc: Doc) -> Any:
        """The phrase matches in ``doc`` as an array of distinct (key rank, first, last) rows."""
        found = set(self._phrase_matcher(doc))
        if not found:
            return _NO_MATCHES
        table = numpy.fromiter(itertools.chain.from_iterable(found), dtype="uint64",
                               count=3 * len(found)).reshape(-1, 3)
        hashes, inverse = numpy.unique(table[:, 0], return_inverse=True)
        ranks = numpy.array([self._rank_of_hash[h] for h in hashes.tolist()], dtype="int64")
        table = table.astype("int64")
        table[:, 0] = ranks[inverse.reshape(-1)]
        return table

    def _sentence_hits(self, matches: Any, starts: Any, before: Any, is_word: Any,
                       dots: Sequence[int]) -> list[tuple[Hit, ...]]:
        """Each sentence's hits, sorted, from (key rank, first, last) rows of doc tokens.

        A match belongs to the sentence it starts in, if it ends there and starts on a word
        (not a space); a match that starts or ends on the abbreviation of a citation ("No. 4",
        "Art. 8") is dropped: the abbreviation is not the word "no" or "art". ``starts`` are the
        sentences' first tokens and the doc's length; ``before[i]`` counts the words before
        token i.
        """
        sentences = len(starts) - 1
        ranks, firsts, lasts = matches[:, 0], matches[:, 1], matches[:, 2]
        number = numpy.searchsorted(starts, firsts, side="right") - 1
        keep = is_word[firsts] & (lasts <= starts[number + 1])
        if dots:
            cited = numpy.asarray(dots, dtype="int64") - 1
            keep &= ~numpy.isin(firsts, cited) & ~numpy.isin(lasts - 1, cited)
        ranks, firsts, lasts, number = ranks[keep], firsts[keep], lasts[keep], number[keep]
        # by doc tokens: a hit's word positions follow its tokens' order (a word start per first)
        order = numpy.lexsort((lasts, firsts, ranks, number))
        ranks, firsts, lasts, number = ranks[order], firsts[order], lasts[order], number[order]
        base = before[starts[number]]
        hits = list(map(_make_hit, zip(self._key_of_rank[ranks].tolist(),
                                       (before[firsts] - base).tolist(),
                                       (before[lasts] - base).tolist(), strict=True)))
        edges = numpy.searchsorted(number, numpy.arange(sentences + 1)).tolist()
        return [tuple(hits[low:high]) for low, high in itertools.pairwise(edges)]

    def _token_matches(self, doc: Doc, bounds: Sequence[tuple[int, int]],
                       columns: Sequence[Sequence[int]]) -> set[tuple[int, int, int]]:
        """Token-pattern matches inside each sentence, each pattern run only where it can match.

        spaCy's Matcher walks every token through every pattern, and patterns with long
        wildcards ("{0,15}") dominate the cost. A match never spans two sentences, and a pattern
        cannot match a sentence that lacks one of its required words, so each pattern runs only
        on the sentences that have them: the same matches, in a fraction of the time. Returns
        (key rank, first, last) of each match (the key's name is ``_key_names[rank]``).
        """
        found: set[tuple[int, int, int]] = set()
        if not self._gated or not columns or not columns[0]:
            return found
        gated, ranks = self._gated, self._gated_ranks
        for start, end in bounds:
            for number in self._gates.candidates(columns, start, end):
                rank = ranks[number]
                found.update((rank, s, e) for s, e in gated[number].spans(doc, start, end, columns))
        return found


@dataclass(frozen=True)
class _GatedPattern:
    """One token pattern in its own Matcher, with the words a text needs for it to match.

    ``required`` holds, for each non-optional step that names literal values, the attribute
    (LOWER, LEMMA or ORTH id) and the hashes of those values: at least one must occur. They are
    sorted by how common their words are (:func:`_commonness`), rarest first; the first is the one
    :class:`_Gates` files the pattern under, so a sentence wakes the pattern only when it holds its
    rarest word. The order changes how often a pattern is checked, never what it matches.
    """

    key: str
    # the pattern's steps (dicts: not hashable) and the vocabulary its Matcher is built on take no
    # part in comparing or hashing; the steps and requirements below fix what the pattern matches
    pattern: tuple[Mapping[str, Any], ...] = field(compare=False, repr=False)
    vocab: Any = field(compare=False, repr=False)
    required: tuple[tuple[int, frozenset[int]], ...] = ()
    steps: tuple[_Step, ...] | None = None

    @functools.cached_property
    def matcher(self) -> Matcher:
        """spaCy's Matcher for this pattern alone, built when first asked for: the walker
        (:func:`_match_steps`) runs most patterns, and a pipeline read back from the cache then
        never pays for building their Matchers."""
        matcher = Matcher(self.vocab)
        matcher.add(self.key, [[dict(step) for step in self.pattern]])
        return matcher

    @classmethod
    def build(cls, nlp: Language, key: str, pattern: list[dict[str, Any]]) -> _GatedPattern:
        literal = sorted(
            ((attr, values) for step in pattern if _is_required(step)
             for attr, values in _literal_values(step)),
            key=lambda requirement: _commonness(requirement[1]),
        )
        required = tuple(
            (attr, frozenset(nlp.vocab.strings.add(value) for value in values))
            for attr, values in literal
        )
        gated = cls(key=key, pattern=tuple(dict(step) for step in pattern), vocab=nlp.vocab,
                    required=required, steps=_simple_steps(nlp, pattern))
        if gated.steps is None:
            _ = gated.matcher  # built now, so that a pipeline read from the cache carries it
        return gated

    def spans(self, doc: Doc, start: int, end: int,
              columns: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
        """Every (first, last) token range in [start, end) the pattern matches, as spaCy would.

        Patterns made only of literal words, token flags (IS_PUNCT, IS_ALPHA, IS_TITLE,
        IS_UPPER, IS_LOWER) and repeat counts are matched here (a walk over the sentence's
        tokens, read from the doc's ``columns``); others go to spaCy's Matcher.
        """
        if self.steps is None:
            return {(start + s, start + e) for _, s, e in self.matcher(doc[start:end])}
        return _match_steps(self.steps, columns, start, end)

    def may_match(self, present: Mapping[int, set[int]]) -> bool:
        """Whether every required step has at least one of its values in the text."""
        return all(not values.isdisjoint(present[attr]) for attr, values in self.required)


@dataclass(frozen=True)
class _Step:
    """One pattern step: column tests (all must hold), flag tests, repeat bounds."""

    tests: tuple[tuple[int, frozenset[int]], ...]
    flags: tuple[tuple[int, bool], ...]
    low: int
    high: int | None

    def accepted(self, columns: Sequence[Sequence[int]], start: int, end: int) -> list[bool]:
        """Whether the step accepts each token in [start, end), from the doc's token columns."""
        result: list[bool] | None = None
        checks = [list(map(bool if wanted else operator.not_, columns[column][start:end]))
                  for column, wanted in self.flags]
        checks += [list(map(values.__contains__, columns[column][start:end]))
                   for column, values in self.tests]
        for accepted in checks:
            result = accepted if result is None else list(map(operator.and_, result, accepted))
        return [True] * (end - start) if result is None else result


def _simple_steps(nlp: Language, pattern: Sequence[Mapping[str, Any]]) -> tuple[_Step, ...] | None:
    """The pattern as :class:`_Step` values, or None if it uses anything else spaCy offers."""
    steps: list[_Step] = []
    for step in pattern:
        if not set(step) <= {"LOWER", "LEMMA", "ORTH", "TEXT", "OP", *_FLAG_COLUMN_OF}:
            return None
        tests: list[tuple[int, frozenset[int]]] = []
        for name, column in _COLUMN_OF.items():
            if name not in step:
                continue
            values = list(_literal_values({name: step[name]}))
            if not values:
                return None
            tests.append((column, frozenset(nlp.vocab.strings.add(v) for v in values[0][1])))
        flags: list[tuple[int, bool]] = []
        for name, column in _FLAG_COLUMN_OF.items():
            if name not in step:
                continue
            if not isinstance(step[name], bool):
                return None
            flags.append((column, step[name]))
        bounds = _repeat_bounds(step.get("OP"))
        if bounds is None:
            return None
        steps.append(_Step(tuple(tests), tuple(flags), *bounds))
    return tuple(steps) if steps else None


def _repeat_bounds(op: object) -> tuple[int, int | None] | None:
    """spaCy's OP as (at least, at most) repetitions; None for "!" and anything unknown."""
    fixed: dict[object, tuple[int, int | None]] = {None: (1, 1), "?": (0, 1), "*": (0, None),
                                                  "+": (1, None)}
    if op in fixed:
        return fixed[op]
    if not (isinstance(op, str) and op.startswith("{") and op.endswith("}")):
        return None
    low_text, _, high_text = op[1:-1].partition(",")
    if "," not in op:
        high_text = low_text
    if not (low_text.strip() or high_text.strip()):
        return None
    try:
        low = int(low_text) if low_text.strip() else 0
        high = int(high_text) if high_text.strip() else None
    except ValueError:
        return None
    return low, high


def _match_steps(steps: Sequence[_Step], columns: Sequence[Sequence[int]], start: int,
                 end: int) -> set[tuple[int, int]]:
    """All non-empty (first, last) ranges in [start, end) where ``steps`` match in order.

    ``columns`` are the doc's token columns (``_TOKEN_COLUMNS``). A match can only begin where a
    first step that must consume a token accepts one.
    """
    accepted: list[list[bool] | None] = [None] * len(steps)  # each step's, once it is reached
    accepted[0] = first_accepted = steps[0].accepted(columns, start, end)
    firsts: Iterable[int] = (range(start, end) if steps[0].low == 0
                             else itertools.compress(range(start, end), first_accepted))
    found: set[tuple[int, int]] = set()
    for first in firsts:
        states = {first}
        for number, step in enumerate(steps):
            ok = accepted[number]
            if ok is None:
                ok = accepted[number] = step.accepted(columns, start, end)
            reached = set(states) if step.low == 0 else set()
            frontier = states
            count = 0
            while frontier and (step.high is None or count < step.high):
                frontier = {p + 1 for p in frontier if p < end and ok[p - start]}
                count += 1
                if count >= step.low:
                    reached |= frontier
            states = reached
            if not states:
                break
        found.update((first, last) for last in states if last > first)
    return found


def _commonness(values: Iterable[str]) -> float:
    """How likely a sentence is to hold one of ``values``, estimated from their lengths alone.

    Short words are the common ones (Zipf's law of abbreviation): "to", "us", "ask" and "use" are
    in most sentences of a contract, "withdraw" and "replica" in few. On the benchmark contracts,
    filing each token pattern under its rarest requirement by this estimate cut the patterns a
    sentence wakes by 60% (by the number of values, as before: 364,629 checks, 97% of them in
    vain; by this: 145,535), about as well as spaCy's word probabilities (138,440), with no table to
    load.
    """
    return sum(math.exp(-len(value)) for value in values)


@dataclass(frozen=True)
class _Gates:
    """Which token patterns a sentence may match, told from the words it holds.

    Every distinct requirement of a pattern (:attr:`_GatedPattern.required`: an attribute and the
    values one of which a token must have) gets a bit. The values a sentence holds turn on the
    bits of the requirements they meet, and a pattern may match when all its bits are on. Each
    pattern is filed under the values of its first (rarest) requirement, so only the patterns
    one of whose values the sentence holds are looked at; a pattern with no requirement is
    always looked at.
    """

    by_column: tuple[tuple[int, frozenset[int], Mapping[int, int], frozenset[int],
                           Mapping[int, tuple[int, ...]]], ...]
    """(token column, values, value -> bits of the requirements naming it, values some pattern
    is filed under, value -> those patterns) for each attribute a requirement names."""
    needs: tuple[int, ...]
    """Each pattern's requirement bits."""
    always: tuple[int, ...]
    """The patterns without a requirement."""

    @classmethod
    def build(cls, gated: Sequence[_GatedPattern]) -> _Gates:
        bit_of: dict[tuple[int, frozenset[int]], int] = {}
        meets: dict[int, dict[int, int]] = {}
        filed: dict[int, dict[int, list[int]]] = {}
        needs: list[int] = []
        always: list[int] = []
        for number, pattern in enumerate(gated):
            need = 0
            for requirement in pattern.required:
                if requirement not in bit_of:
                    bit = bit_of[requirement] = 1 << len(bit_of)
                    attr, values = requirement
                    for value in values:
                        by_value = meets.setdefault(attr, {})
                        by_value[value] = by_value.get(value, 0) | bit
                need |= bit_of[requirement]
            needs.append(need)
            if not pattern.required:
                always.append(number)
                continue
            attr, values = pattern.required[0]
            for value in values:
                filed.setdefault(attr, {}).setdefault(value, []).append(number)
        by_column = tuple(
            (_COLUMN_OF_ATTR[attr], frozenset(by_value), by_value,
             frozenset(filed.get(attr, {})),
             {value: tuple(numbers) for value, numbers in filed.get(attr, {}).items()})
            for attr, by_value in sorted(meets.items())
        )
        return cls(by_column, tuple(needs), tuple(always))

    def candidates(self, columns: Sequence[Sequence[int]], start: int, end: int) -> set[int]:
        """The patterns (by position) whose every requirement tokens [start, end) meet."""
        met = 0
        filed = set(self.always)
        for column, values, bits_of, filed_values, filed_of in self.by_column:
            present = values.intersection(columns[column][start:end])
            met = functools.reduce(operator.or_, map(bits_of.__getitem__, present), met)
            for value in filed_values.intersection(present):
                filed.update(filed_of[value])
        needs = self.needs
        return {number for number in filed if needs[number] & met == needs[number]}


_GATE_ATTRS = {"LOWER": spacy.attrs.LOWER, "LEMMA": spacy.attrs.LEMMA, "ORTH": spacy.attrs.ORTH,
               "TEXT": spacy.attrs.ORTH}
_TOKEN_COLUMNS = [spacy.attrs.ORTH, spacy.attrs.LOWER, spacy.attrs.LEMMA, spacy.attrs.IDX,
                  spacy.attrs.IS_SPACE, spacy.attrs.IS_PUNCT, spacy.attrs.IS_ALPHA,
                  spacy.attrs.IS_TITLE, spacy.attrs.IS_UPPER, spacy.attrs.IS_LOWER]
_COLUMN_OF = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "LEMMA": 2}
_COLUMN_OF_ATTR = {spacy.attrs.ORTH: 0, spacy.attrs.LOWER: 1, spacy.attrs.LEMMA: 2}
_PUNCT_COLUMN = 5
# Boolean token flags the pattern walker reads, with their column in ``_TOKEN_COLUMNS``.
_FLAG_COLUMN_OF = {"IS_PUNCT": _PUNCT_COLUMN, "IS_ALPHA": 6, "IS_TITLE": 7, "IS_UPPER": 8,
                   "IS_LOWER": 9}


_NO_MATCHES: Any = numpy.zeros((0, 3), dtype="int64")


def _match_array(matches: Iterable[tuple[int, int, int]]) -> Any:
    """(key rank, first, last) matches as an array of rows (int64)."""
    rows = list(matches)
    if not rows:
        return _NO_MATCHES
    return numpy.array(rows, dtype="int64").reshape(-1, 3)


class _StringCache(dict[int, str]):
    """Hash to string, each hash looked up in the vocabulary's StringStore once.

    A hash always names the same string, so the memo is shared by every document the matcher
    reads; it stops growing at ``_STRING_MEMO_LIMIT`` entries.
    """

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self._strings = strings

    def __missing__(self, key: int) -> str:
        value: str = self._strings[key]
        if len(self) < _STRING_MEMO_LIMIT:
            self[key] = value
        return value


_STRING_MEMO_LIMIT = 500_000


def _is_required(step: Mapping[str, Any]) -> bool:
    """Whether a pattern step must consume at least one token (no optional or negated OP)."""
    op = step.get("OP")
    if op is None or op == "+":
        return True
    if isinstance(op, str) and op.startswith("{"):
        low = op[1:-1].split(",")[0].strip()
        return low.isdigit() and int(low) >= 1
    return False


def _literal_values(step: Mapping[str, Any]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Yield (attribute id, values) for each LOWER/LEMMA/ORTH/TEXT condition naming literals."""
    for name, attr in _GATE_ATTRS.items():
        condition = step.get(name)
        if isinstance(condition, str):
            yield attr, (condition,)
        elif isinstance(condition, Mapping) and set(condition) == {"IN"}:
            values = condition["IN"]
            if isinstance(values, list | tuple) and all(isinstance(v, str) for v in values):
                yield attr, tuple(values)


def _iter_groups(
    items: Sequence[tuple[int, str, OffsetMap]],
) -> Iterator[list[tuple[int, str, OffsetMap]]]:
    """Consecutive items in groups of at most ``_GROUP_CHARS`` characters (or one item).

    A text that begins with whitespace starts a new group: joined to the text before it, its
    leading whitespace would merge into one token with that text's trailing whitespace.
    """
    group: list[tuple[int, str, OffsetMap]] = []
    size = 0
    for item in items:
        text = item[1]
        if group and (size + len(text) > _GROUP_CHARS or text[:1].isspace()):
            yield group
            group, size = [], 0
        group.append(item)
        size += len(item[1]) + 1
    if group:
        yield group


# How much text one spaCy doc holds: a long contract in a few docs, far below spaCy's limit.
_GROUP_CHARS = 200_000


def collapse_whitespace(text: str) -> tuple[str, OffsetMap]:
    """Turn each whitespace run into one space (two line breaks or more into a paragraph break).

    Returns the new text and the map from each of its character offsets to the offset of the
    character it came from, so that matches across a PDF line break still count from the
    original text.
    """
    pieces: list[str] = []
    breaks = [0]
    shifts = [0]
    copied = 0
    shift = 0
    has_table = _CELL_SEPARATOR in text  # most clauses hold no table row to look for
    # Without a table, a lone whitespace character always becomes one space (same length, no
    # shift), so one translation does those and only runs of two or more are looked at.
    source = text if has_table else text.translate(_LONE_WHITESPACE)
    for match in (_CHANGED_WHITESPACE if has_table else _WHITESPACE_RUN).finditer(source):
        start, end = match.span()
        breaks_in_run = text.count("\n", start, end) + text.count("\f", start, end)
        replacement = (
            "\n\n"
            if breaks_in_run >= 2
            or breaks_in_run == 1 and has_table and _between_table_rows(text, match)
            else " "
        )
        pieces.append(source[copied:start])
        pieces.append(replacement)
        copied = end
        if len(replacement) != end - start:
            after = start - shift + len(replacement)  # collapsed offset after the run
            shift += end - start - len(replacement)
            breaks.append(after)
            shifts.append(shift)
    pieces.append(source[copied:])
    return "".join(pieces), OffsetMap(tuple(breaks), tuple(shifts))


def _between_table_rows(text: str, run: re.Match[str]) -> bool:
    """Whether a line break ends one table row and starts another (cells joined by " | ").

    Each row of a fee schedule is read on its own, as a lawyer reads a table: "Conventional
    narration | included in the session fee" says nothing about the row below it that pays per
    generated minute.
    """
    before = text[text.rfind("\n", 0, run.start()) + 1 : run.start()]
    after_end = text.find("\n", run.end())
    after = text[run.end() : after_end if after_end >= 0 else len(text)]
    return _CELL_SEPARATOR in before and _CELL_SEPARATOR in after


# How the parsers join the cells of a table row.
_CELL_SEPARATOR = " | "
# A run that collapsing changes: two or more whitespace characters, or one that is not a space.
_CHANGED_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")
_WHITESPACE_RUN = re.compile(r"\s{2,}")
# Every whitespace character but the space (what ``\s`` and ``str.isspace`` take as one; a test
# checks the list against every code point), mapped to a space.
_LONE_WHITESPACE = dict.fromkeys(
    [*range(0x09, 0x0E), *range(0x1C, 0x20), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028,
     0x2029, 0x202F, 0x205F, 0x3000], " ")


@dataclass(frozen=True)
class OffsetMap:
    """Maps an offset in collapsed text back to the original: ``offset + shifts[k]``.

    ``breaks[k]`` is the first collapsed offset from which ``shifts[k]`` applies (sorted).
    """

    breaks: tuple[int, ...]
    shifts: tuple[int, ...]

    def __getitem__(self, offset: int) -> int:
        return offset + self.shifts[bisect.bisect_right(self.breaks, offset) - 1]

    def map_many(self, offsets: Any) -> Any:
        """Map a numpy array of offsets at once."""
        index = numpy.searchsorted(numpy.asarray(self.breaks), offsets, side="right") - 1
        return offsets + numpy.asarray(self.shifts, dtype="int64")[index]


# =============================================================================================
# Learned clause classifier (optional signal; see analyser/learned.py)
#
# A bag-of-ngrams ``textcat_multilabel`` on ``spacy.blank("en")`` that scores each clause for
# labels "requirement:effect" (e.g. "consent:weak"). The engine consults it only for a core
# requirement that no rule spoke to (``Engine._learned_findings``). Everything here is seeded and
# single-threaded, so the same examples and seed give the same model and the same predictions.
# =============================================================================================

import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

CLAUSE_META_KEY = "likeness_clause_classifier"
_BOW_LENGTH = 2**15
_DIGITS = re.compile(r"\d+")


def normalise_clause_text(text: str) -> str:
    """Lower-case, digits folded to "0", whitespace runs collapsed: what the classifier reads."""
    return _DIGITS.sub("0", " ".join(text.split()).lower())


def train_clause_classifier(
    examples: Sequence[tuple[str, Mapping[str, float]]],
    out_dir: Path,
    *,
    seed: int = 0,
    epochs: int = 12,
    labels: Sequence[str] | None = None,
    threshold: float = 0.5,
    ngram_size: int = 2,
    dropout: float = 0.1,
    batch_size: int = 16,
) -> None:
    """Train a small bag-of-ngrams multi-label text classifier and save it to ``out_dir``.

    ``examples`` are ``(clause text, {label: 0.0 or 1.0})``; a label not named in an example is a
    negative for it (an empty mapping is a clause with none of the labels). ``labels`` defaults to
    every label named in the examples, sorted. ``threshold`` is stored with the model and becomes
    :attr:`SpacyClauseClassifier.threshold`. Same examples and seed: same model.
    """
    from spacy.training import Example
    from spacy.util import fix_random_seed  # type: ignore[attr-defined]

    names = sorted({k for _, cats in examples for k in cats}) if labels is None else list(labels)
    if not names:
        raise ValueError("the training examples name no labels")
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    config = {
        "threshold": threshold,
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": ngram_size,
            "no_output_layer": False,
            "length": _BOW_LENGTH,
        },
    }
    textcat: Any = nlp.add_pipe("textcat_multilabel", config=config)
    for name in names:
        textcat.add_label(name)
    data = [
        Example.from_dict(
            nlp.make_doc(normalise_clause_text(text)),
            {"cats": {name: float(cats.get(name, 0.0)) for name in names}},
        )
        for text, cats in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    shuffler = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        shuffler.shuffle(order)
        for first in range(0, len(order), batch_size):
            batch = [data[i] for i in order[first : first + batch_size]]
            nlp.update(batch, sgd=optimizer, drop=dropout)
    nlp.meta[CLAUSE_META_KEY] = {
        "threshold": threshold,
        "labels": names,
        "seed": seed,
        "epochs": epochs,
        "examples": len(data),
        "ngram_size": ngram_size,
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)


class SpacyClauseClassifier:
    """A trained clause classifier loaded from a directory; the engine's ``ClauseClassifier``."""

    def __init__(self, path: Path, threshold: float | None = None) -> None:
        self.path = Path(path)
        self.nlp: Language = spacy.load(self.path)
        meta = self.nlp.meta.get(CLAUSE_META_KEY, {})
        self.labels: tuple[str, ...] = tuple(meta.get("labels", ()))
        stored = meta.get("threshold", 0.5)
        self.threshold: float = float(stored if threshold is None else threshold)

    def predict(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        """Return one mapping of label to probability per text, in the order given.

        A text with no words (whitespace only) scores 0.0 for every label.
        """
        normalised = [normalise_clause_text(t) for t in texts]
        docs = iter(self.nlp.pipe((t for t in normalised if t), batch_size=64))
        zero = dict.fromkeys(self.labels, 0.0)
        return [
            {label: float(score) for label, score in next(docs).cats.items()} if t else dict(zero)
            for t in normalised
        ]


def read_model_meta(path: Path) -> dict[str, Any]:
    """Return the classifier's training record (labels, threshold, seed ...) without loading it."""
    meta = json.loads((Path(path) / "meta.json").read_text(encoding="utf-8"))
    record = meta.get(CLAUSE_META_KEY, {})
    return dict(record) if isinstance(record, dict) else {}


# =============================================================================================
# Status refiner (see analyser/refiner.py)
#
# An exclusive bag-of-ngrams ``textcat`` that reads, for one core requirement of one contract,
# what the rules concluded (status, rules, red flags) and the sentences that speak to it, and
# scores present / weak / missing. Seeded and single-threaded: the same examples and seed give the
# same model.
# =============================================================================================

REFINER_META_KEY = "likeness_status_refiner"
REFINER_LABELS = ("present", "weak", "missing")
# a word the refiner reads: a run of word characters, or one mark that is neither word nor space
_STATUS_WORD = re.compile(r"\w+|[^\w\s]")


def normalise_status_text(text: str) -> str:
    """What the refiner reads: lower-case, digits folded to "0", each punctuation mark a word of
    its own, single spaces (so a whitespace tokenizer, many times faster than the English one,
    gives the words)."""
    return " ".join(status_words(text))


def status_words(text: str) -> list[str]:
    """The words of :func:`normalise_status_text`: in lower case with digit runs folded to "0",
    each run of word characters and each other non-space character."""
    return _STATUS_WORD.findall(_DIGITS.sub("0", text.lower()))


@spacy.registry.tokenizers("analyser.whitespace_tokenizer.v1")  # type: ignore[attr-defined, untyped-decorator]
def _whitespace_tokenizer_factory() -> Any:
    """A tokenizer that splits at spaces only, built without the English exceptions (a refiner's
    saved tokenizer has none: building them first, only to replace them, was most of its load)."""
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


# how a saved refiner classifier is loaded: with the space-only tokenizer it was saved with
_WHITESPACE_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "analyser.whitespace_tokenizer.v1"}}}


def _whitespace_nlp() -> Language:
    """A blank English pipeline whose tokenizer splits at spaces only."""
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = Tokenizer(nlp.vocab)
    return nlp


def train_status_classifier(
    examples: Sequence[tuple[str, str]],
    out_dir: Path,
    *,
    meta: Mapping[str, Any],
    seed: int = 0,
    epochs: int = 8,
    length: int = 2**16,
    ngram_size: int = 2,
    dropout: float = 0.1,
    batch_size: int = 16,
    averaged: bool = False,
) -> None:
    """Train the refiner from ``(text, status)`` pairs and save it to ``out_dir`` with ``meta``.

    Texts are normalised as :func:`normalise_clause_text` does; statuses are present, weak or
    missing. Same examples and seed: same model. ``averaged`` saves the optimizer's running
    average of the weights over every update (what ``spacy train`` saves) instead of the weights
    of the last update.
    """
    from spacy.training import Example
    from spacy.util import fix_random_seed, registry  # type: ignore[attr-defined]

    bad = sorted({status for _, status in examples} - set(REFINER_LABELS))
    if bad:
        raise ValueError(f"unknown status in the training examples: {', '.join(bad)}")
    if not examples:
        raise ValueError("no training examples")
    fix_random_seed(seed)
    nlp = _whitespace_nlp()
    config = {
        "threshold": 0.5,
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": True,
            "ngram_size": ngram_size,
            "no_output_layer": False,
            "length": length,
        },
    }
    textcat: Any = nlp.add_pipe("textcat", config=config)
    for name in REFINER_LABELS:
        textcat.add_label(name)
    data = [
        Example.from_dict(
            nlp.make_doc(normalise_status_text(text)),
            {"cats": {name: float(name == status) for name in REFINER_LABELS}},
        )
        for text, status in examples
    ]
    if averaged:
        # spaCy's own optimizer settings (Adam, weight decay 0.01, gradients clipped at 1.0),
        # keeping the running average of the weights as it goes
        settings = {**nlp.config["training"]["optimizer"], "use_averages": True}
        optimizer = registry.resolve({"optimizer": settings})["optimizer"]
        nlp.initialize(lambda: data, sgd=optimizer)
    else:
        optimizer = nlp.initialize(lambda: data)
    shuffler = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        shuffler.shuffle(order)
        for first in range(0, len(order), batch_size):
            batch = [data[i] for i in order[first : first + batch_size]]
            nlp.update(batch, sgd=optimizer, drop=dropout)
    nlp.meta[REFINER_META_KEY] = {
        **meta,
        "seed": seed,
        "epochs": epochs,
        "examples": len(data),
        "length": length,
        "ngram_size": ngram_size,
        "averaged": averaged,
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if averaged:
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(out_dir)
    else:
        nlp.to_disk(out_dir)


class SpacyStatusClassifier:
    """A trained status refiner loaded from a directory; the engine's ``StatusRefiner``."""

    def __init__(
        self, path: Path, threshold: float | None = None, *, share_with: SpacyStatusClassifier |
        None = None
    ) -> None:
        self.path = Path(path)
        # classifiers of one refiner may share a vocabulary: a word new to the batch is then
        # added once, not once per classifier (the words hash the same in every vocabulary)
        vocab: Any = share_with.nlp.vocab if share_with is not None else True
        self.nlp: Language = spacy.load(self.path, vocab=vocab, config=_WHITESPACE_CONFIG)
        self.meta: dict[str, Any] = dict(self.nlp.meta.get(REFINER_META_KEY, {}))
        stored = self.meta.get("threshold", 0.7)
        self.threshold: float = float(stored if threshold is None else threshold)
        self.version: str = str(self.meta.get("version", "unversioned"))
        self.trained_on: int = int(self.meta.get("documents", 0))
        self._layers = _bow_layers(self.nlp)

    def predict(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        """One mapping of status to probability per text, in the order given (an empty text
        scores 0.0 for every status)."""
        words = _status_words_of(texts)
        read = [w for w in words if w]
        rows = iter(self._score(read) if read else [])
        zero = dict.fromkeys(REFINER_LABELS, 0.0)
        return [dict(next(rows)) if w else dict(zero) for w in words]

    def _score(self, texts: Sequence[list[str]]) -> list[dict[str, float]]:
        """The scores of non-empty texts given as their words: through the model's own layers
        when it is the bag of n-grams it was trained as, else through spaCy's pipeline."""
        if self._layers is None:
            return [
                {label: float(score) for label, score in doc.cats.items()}
                for doc in self.nlp.pipe((" ".join(w) for w in texts), batch_size=64)
            ]
        extract, linear, activation, labels = self._layers
        keys, counts, lengths = ngram_key_rows(texts, extract.attrs["ngram_size"], extract.ops)
        scores = activation.predict(linear.predict((keys, counts.astype("f"), lengths)))
        return [
            {label: float(score) for label, score in zip(labels, row, strict=True)}
            for row in scores.tolist()
        ]


def _bow_layers(nlp: Language) -> tuple[Any, Any, Any, tuple[str, ...]] | None:
    """The n-gram extractor, sparse linear layer and softmax of a refiner's bag-of-ngrams
    ``textcat`` (None when the model is built otherwise): a text is then scored from its words
    without building a spaCy ``Doc`` (the same keys, counts and so the same scores as
    ``nlp.pipe``; tests/test_refiner.py compares them)."""
    textcat: Any = nlp.get_pipe("textcat") if "textcat" in nlp.pipe_names else None
    if textcat is None or nlp.pipe_names != ["textcat"]:
        return None
    layers = {node.name: node for node in textcat.model.walk()}
    names = ("extract_ngrams", "sparse_linear", "softmax_activation")
    expected = "with_cpu(extract_ngrams>>resizable(sparse_linear))>>with_cpu(softmax_activation)"
    if textcat.model.name != expected or not all(name in layers for name in names):
        return None
    if layers["extract_ngrams"].attrs.get("attr") not in (spacy.attrs.ORTH, spacy.attrs.LOWER):
        return None
    extract, linear, activation = (layers[name] for name in names)
    return extract, linear, activation, tuple(textcat.labels)


class _WordIds(dict[str, int]):
    """The string id of each word the refiner has read, found once: the hash of the word, or the
    symbol number of a word spaCy names itself (such as "number"), as ``Doc.to_array(ORTH)``
    gives it."""

    def __missing__(self, word: str) -> int:
        from spacy.strings import get_string_id

        if len(self) > _WORD_IDS_MAX:  # bounded: emptied when it grows too big
            self.clear()
        value: int = get_string_id(word)
        self[word] = value
        return value


_WORD_IDS_MAX = 200_000
_WORD_IDS = _WordIds()


def ngram_key_rows(
    texts: Sequence[Sequence[str]], ngram_size: int, ops: Any
) -> tuple[Any, Any, Any]:
    """The n-gram keys of texts given as their words, as spaCy's ``extract_ngrams`` makes them
    from their ``Doc``s: each text's distinct keys in ascending order (a word in lower case is keyed
    by its string id, its ORTH and its LOWER), then the next text's; their counts; and how many
    keys each text has. All texts are keyed at once: the n-grams of the words run together, less
    those that straddle two texts, and one sort by text and key counts them."""
    sizes = numpy.fromiter(map(len, texts), dtype=numpy.int64, count=len(texts))
    unigrams = numpy.fromiter(
        map(_WORD_IDS.__getitem__, itertools.chain.from_iterable(texts)), dtype=numpy.uint64,
        count=int(sizes.sum()),
    )
    owner = numpy.repeat(numpy.arange(len(texts), dtype=numpy.int64), sizes)
    grams, owners = [unigrams], [owner]
    for n in range(2, ngram_size + 1):
        if len(unigrams) < n:
            break
        within = owner[: len(owner) - n + 1] == owner[n - 1 :]
        grams.append(ops.ngrams(n, unigrams)[within])
        owners.append(owner[: len(owner) - n + 1][within])
    keys, of = numpy.concatenate(grams), numpy.concatenate(owners)
    order = numpy.lexsort((keys, of))
    keys, of = keys[order], of[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (of[1:] != of[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(keys)))
    lengths = numpy.bincount(of[starts], minlength=len(texts)).astype("int32")
    return keys[starts], counts, lengths


def _status_words_of(texts: Sequence[str]) -> list[list[str]]:
    """:func:`status_words` of each text. Texts that open alike (the refiner's probes: one head,
    then each sentence) have the words of their common opening, up to its last space, read once:
    the words of a text cut after a space are those of its two parts."""
    if len(texts) < 2:
        return [status_words(t) for t in texts]
    cut = os.path.commonprefix(list(texts)).rfind(" ") + 1
    if cut == 0:
        return [status_words(t) for t in texts]
    head = status_words(texts[0][:cut])
    return [head + status_words(t[cut:]) for t in texts]
