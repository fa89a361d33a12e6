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
