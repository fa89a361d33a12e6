"""The spaCy boundary: the only module that imports spaCy.

It builds a small English pipeline from ``spacy.blank("en")`` (rule sentencizer and a lookup
lemmatizer from ``spacy-lookups-data`` whose lemmas are lower case), compiles phrase and token
patterns into a ``PhraseMatcher`` and a ``Matcher``, and hands the engine plain frozen values
(:class:`Token`, :class:`Sentence`, :class:`Hit`) whose offsets count from the start of the
document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

__all__ = ["Hit", "PatternError", "PatternSet", "Sentence", "TextMatcher", "Token", "build_nlp"]


@dataclass(frozen=True)
class Token:
    """One token: its text, lower-case form, lower-case lemma and [start, end) in the document."""

    text: str
    lower: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True, order=True)
class Hit:
    """A pattern ``key`` matched tokens [first, last) of a sentence."""

    key: str
    first: int
    last: int


@dataclass(frozen=True)
class Sentence:
    """A sentence with its tokens and the pattern hits inside it; offsets are document offsets."""

    start: int
    end: int
    tokens: tuple[Token, ...]
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class PatternSet:
    """Patterns registered under one key: phrases (matched on lemmas) and spaCy token patterns."""

    key: str
    phrases: tuple[str, ...] = ()
    token_patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()


_lemma_table: Any = None
_KEEP_AS_IS = frozenset({"'s", "\u2019s", "us", "data", "ai", "a.i."})


def _lemma_lookup() -> Any:
    """Return spaCy's English lookup table (from spacy-lookups-data), loaded once."""
    global _lemma_table
    if _lemma_table is None:
        probe = spacy.blank("en")
        lemmatizer: Any = probe.add_pipe("lemmatizer", config={"mode": "lookup"})
        probe.initialize()
        _lemma_table = lemmatizer.lookups.get_table("lemma_lookup")
    return _lemma_table


@Language.component("likeness_lower_lemmas")
def _lower_lemmas(doc: Doc) -> Doc:
    """Set each token's lemma to the lower-case lookup lemma of its lower-case form."""
    table = _lemma_lookup()
    for token in doc:
        lower = token.lower_
        if lower in _KEEP_AS_IS:
            token.lemma_ = lower
        else:
            token.lemma_ = str(table.get(lower, lower)).lower()
    return doc


def build_nlp() -> Language:
    """Return the blank English pipeline with a sentencizer and lower-case lookup lemmas."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "\n\n"]})
    nlp.add_pipe("likeness_lower_lemmas")
    return nlp


class PatternError(ValueError):
    """A token pattern spaCy's Matcher refuses; ``key`` names the pattern set."""

    def __init__(self, key: str, detail: str) -> None:
        self.key = key
        self.detail = detail
        super().__init__(f"{key}: {detail}")


class TextMatcher:
    """Matches a fixed set of :class:`PatternSet` against texts and returns plain sentences."""

    def __init__(self, pattern_sets: Sequence[PatternSet], nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_nlp()
        self._phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        # Lookup lemmas are not always consistent between singular and plural ("recording" ->
        # "record" but "recordings" -> "recording"), so phrases also match on lower-case text.
        self._lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._token_matcher = Matcher(self.nlp.vocab)
        for pattern_set in pattern_sets:
            if pattern_set.phrases:
                docs = list(self.nlp.pipe(pattern_set.phrases))
                self._phrase_matcher.add(pattern_set.key, docs)
                self._lower_matcher.add(pattern_set.key, docs)
            if pattern_set.token_patterns:
                patterns = [
                    [dict(step) for step in pattern] for pattern in pattern_set.token_patterns
                ]
                try:
                    self._token_matcher.add(pattern_set.key, patterns)
                except ValueError as exc:  # spaCy's MatchPatternError
                    raise PatternError(pattern_set.key, str(exc).strip().splitlines()[-1]) from exc

    def lemmatize(self, text: str) -> tuple[str, ...]:
        """Return the lower-case lemmas of ``text`` (for comparing phrases to tokens)."""
        return tuple(token.lemma_ for token in self.nlp(text))

    def iter_sentences(self, spans: Iterable[tuple[int, str]]) -> Iterator[Sentence]:
        """Yield the sentences of each ``(offset, text)`` span, offsets shifted by ``offset``."""
        items = [(offset, *collapse_whitespace(text)) for offset, text in spans]
        texts = (text for _, text, _ in items)
        docs = self.nlp.pipe(texts, batch_size=64)
        for (offset, _, positions), doc in zip(items, docs, strict=True):
            yield from self._doc_to_sentences(doc, offset, positions)

    def _doc_to_sentences(
        self, doc: Doc, offset: int, positions: Sequence[int]
    ) -> Iterator[Sentence]:
        found = set(self._phrase_matcher(doc)) | set(self._lower_matcher(doc))
        matches = [(doc.vocab.strings[k], s, e) for k, s, e in sorted(found)]
        if len(self._token_matcher):
            matches += [(doc.vocab.strings[k], s, e) for k, s, e in self._token_matcher(doc)]
        for sent in doc.sents:
            tokens = tuple(
                Token(
                    text=t.text,
                    lower=t.lower_,
                    lemma=t.lemma_,
                    start=offset + positions[t.idx],
                    end=offset + positions[t.idx + len(t.text) - 1] + 1,
                )
                for t in sent
                if not t.is_space
            )
            if not tokens:
                continue
            index_of = {t.i: n for n, t in enumerate(tok for tok in sent if not tok.is_space)}
            hits = tuple(
                sorted(
                    Hit(key, index_of[s], _last_index(index_of, s, e))
                    for key, s, e in matches
                    if sent.start <= s and e <= sent.end and s in index_of
                )
            )
            yield Sentence(start=tokens[0].start, end=tokens[-1].end, tokens=tokens, hits=hits)


def collapse_whitespace(text: str) -> tuple[str, tuple[int, ...]]:
    """Turn each whitespace run into one space (two line breaks or more into a paragraph break).

    Returns the new text and, for each of its characters, the offset of the character it came
    from, so that matches across a PDF line break still count from the original text.
    """
    out: list[str] = []
    positions: list[int] = []
    for match in _WHITESPACE_OR_WORD.finditer(text):
        chunk = match.group()
        if not chunk[0].isspace():
            out.append(chunk)
            positions.extend(range(match.start(), match.end()))
            continue
        breaks = chunk.count("\n") + chunk.count("\f")
        replacement = "\n\n" if breaks >= 2 else " "
        out.append(replacement)
        positions.extend([match.start()] * len(replacement))
    return "".join(out), tuple(positions)


_WHITESPACE_OR_WORD = re.compile(r"\s+|\S+")


def _last_index(index_of: dict[int, int], start: int, end: int) -> int:
    """Return the exclusive index after the last non-space token in [start, end)."""
    for i in range(end - 1, start - 1, -1):
        if i in index_of:
            return index_of[i] + 1
    return index_of[start] + 1
