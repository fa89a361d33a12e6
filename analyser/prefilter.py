"""Cheap substring tests that tell when a regular expression cannot match a text.

A rule's regex runs on every sentence of every contract, and a regex that begins with an
alternation or a character class makes Python's ``re`` try it at every position. Most
sentences hold none of the words such a regex needs ("usd", "%", "opt"), and a substring test
finds that out many times faster. :func:`required_literals` reads the parsed pattern and returns
strings of which every match must contain at least one; :class:`Prefilter` applies them. A
filter that cannot be derived safely is ``None``: the regex then always runs. The filter only
ever skips texts the regex cannot match, so results are the same with or without it.
"""

from __future__ import annotations

import functools
import importlib
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Prefilter", "PrefilterBank", "required_literals"]

# The standard library's own regex parser (what ``re.compile`` runs), read for its parse tree.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

# A character class becomes a set of one-character literals only up to this many characters.
_MAX_CLASS = 12


@dataclass(frozen=True)
class Prefilter:
    """Sets of literals; a text ``pattern`` can match holds at least one literal of each set.

    ``folded`` means the literals are lower case and are looked for in the lower-cased text.
    That is exact for ASCII literals unless the text holds one of the few other characters
    ``re`` matches to an ASCII letter when ignoring case (such a text is never skipped).
    """

    required: tuple[frozenset[str], ...]
    folded: bool

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefilter:
        folded = _uses_ignorecase(pattern)
        required = _candidates(sre_parse.parse(pattern.pattern))
        if folded:
            required = [frozenset(literal.lower() for literal in literals)
                        for literals in required
                        if all(_folds_exactly(literal) for literal in literals)]
        ranked = sorted({_shortest_forms(literals) for literals in required}, key=_selectivity,
                        reverse=True)
        return cls(tuple(ranked[:_MAX_SETS]), folded)

    @staticmethod
    def fold(text: str) -> str | None:
        """``text`` as folded prefilters search it, or None if it must not be skipped by them."""
        return text.lower() if text.isascii() or _FOLDS_TO_ASCII.isdisjoint(text) else None

    def may_match(self, text: str, folded: str | None) -> bool:
        """Whether ``text`` holds a literal of every set (``folded``: ``Prefilter.fold(text)``)."""
        if self.folded:
            if folded is None:
                return True
            text = folded
        return all(any(literal in text for literal in literals) for literals in self.required)


# (filters that pass on words alone, bits of spaced literals wanted, (index, unspaced need, need) of
# the filters that may still pass)
_Plan = tuple[tuple[int, ...], int, tuple[tuple[int, int, int], ...]]


class PrefilterBank:
    """Several prefilters applied to one text at once: each literal is looked for only once.

    Every (prefilter, literal set) pair gets a bit; a literal found in the text turns on the bits
    of the sets it belongs to, and a prefilter passes when all its sets' bits are on.
    """

    def __init__(self, prefilters: Sequence[Prefilter]) -> None:
        self.prefilters = tuple(prefilters)
        plain: dict[str, int] = {}
        folded: dict[str, int] = {}
        self._needs: list[int] = []
        bit = 1
        for prefilter in self.prefilters:
            masks = folded if prefilter.folded else plain
            need = 0
            for literals in prefilter.required:
                for literal in literals:
                    masks[literal] = masks.get(literal, 0) | bit
                need |= bit
                bit <<= 1
            self._needs.append(need)
        self._plain = tuple(plain.items())
        self._folded = tuple(folded.items())
        self._uses_folded = tuple(p.folded for p in self.prefilters)
        # for :meth:`passing_words`: literals without a space are found word by word (each
        # word's bits worked out once and remembered), those with one in the joined text
        self._plain_unspaced = tuple(item for item in self._plain if _NO_SPACE(item[0]))
        self._folded_unspaced = tuple(item for item in self._folded if _NO_SPACE(item[0]))
        self._plain_spaced = tuple(item for item in self._plain if not _NO_SPACE(item[0]))
        self._folded_spaced = tuple(item for item in self._folded if not _NO_SPACE(item[0]))
        # the literals without a space indexed by their first two characters (one-character
        # literals by that character), so a word is searched only for the literals that can start
        # at each of its positions
        self._plain_index = _index_by_start(self._plain_unspaced)
        self._folded_index = _index_by_start(self._folded_unspaced)
        self._word_bits: dict[str, int] = {}
        self._plans: dict[int, _Plan] = {}
        # a prefilter's bits are its own, plain or folded, so one number holds both kinds; a word
        # with a character that folds to ASCII turns on every folded bit and ``_unsure``
        self._folded_all = 0
        for folded_filter, need in zip(self._uses_folded, self._needs, strict=True):
            if folded_filter:
                self._folded_all |= need
        self._unsure = bit
        spaced = 0
        for _, mask in self._plain_spaced + self._folded_spaced:
            spaced |= mask
        # what a prefilter needs from literals without a space, and its position
        self._unspaced_needs = tuple((index, need & ~spaced, need)
                                     for index, need in enumerate(self._needs))

    def may_match(self, text: str) -> list[bool]:
        """For each prefilter, in order, whether its regex may match ``text``."""
        found = 0
        for literal, mask in self._plain:
            if literal in text:
                found |= mask
        folded_text = Prefilter.fold(text) if self._folded else ""
        if folded_text is None:  # a character that folds to ASCII: folded filters all pass
            found_folded = -1
        else:
            found_folded = 0
            for literal, mask in self._folded:
                if literal in folded_text:
                    found_folded |= mask
        return [
            (found_folded if folded else found) & need == need
            for folded, need in zip(self._uses_folded, self._needs, strict=True)
        ]

    def passing_words(self, words: Sequence[str], text_of: Callable[[], str]) -> list[int]:
        """The positions of the prefilters that pass (:meth:`may_match`) the text ``text_of()``
        returns, made of ``words`` (no spaces in them) joined by single spaces, as a sentence's
        tokens are.

        A literal without a space can only occur inside one word, and a contract repeats its
        words, so each distinct word is searched once for every such literal and its bits are
        remembered. Most texts hold the words of no filter; the text is asked for, and its few
        literals with a space looked for in it, only when a filter has all its other literals.
        """
        known = self._word_bits
        bits = list(map(known.get, words))
        if None in bits:
            bits = [self._bits_of_word(word) if value is None else value
                    for word, value in zip(words, bits, strict=True)]
        found = functools.reduce(operator.or_, bits, 0)
        plan = self._plans.get(found)
        if plan is None:
            plan = self._plan_for(found)
        passing, wanted, candidates = plan
        if not wanted:
            return list(passing)
        found |= self._spaced_bits(text_of(), wanted, found)
        return [index for index, _, need in candidates if found & need == need]

    def _plan_for(self, found: int) -> _Plan:
        """For the bits ``found`` in a text's words: the filters that then pass, the bits of
        literals with a space still wanted (0 if none), and the filters that need them. Texts
        repeat the same few combinations of words' bits, so plans are remembered."""
        candidates = tuple(item for item in self._unspaced_needs if found & item[1] == item[1])
        wanted = 0
        for _, _, need in candidates:
            wanted |= need & ~found
        plan = (tuple(index for index, _, _ in candidates), wanted, candidates)
        if len(self._plans) < _WORD_MEMO_LIMIT:
            self._plans[found] = plan
        return plan

    def _spaced_bits(self, text: str, wanted: int, found: int) -> int:
        """The ``wanted`` bits of the literals with a space that ``text`` holds."""
        bits = 0
        for literal, mask in self._plain_spaced:
            if mask & wanted and literal in text:
                bits |= mask
        if found & self._unsure or not any(mask & wanted for _, mask in self._folded_spaced):
            return bits
        folded_text = Prefilter.fold(text)
        if folded_text is None:
            return bits | self._folded_all
        for literal, mask in self._folded_spaced:
            if mask & wanted and literal in folded_text:
                bits |= mask
        return bits

    def _bits_of_word(self, word: str) -> int:
        """The bits of the literals without a space that ``word`` holds (plain and folded)."""
        bits = _bits_in(word, self._plain_index) if self._plain_unspaced else 0
        folded_word = Prefilter.fold(word) if self._folded else ""
        if folded_word is None:  # a character that folds to ASCII: folded filters all pass
            bits |= self._folded_all | self._unsure
        elif folded_word:
            bits |= _bits_in(folded_word, self._folded_index)
        if len(self._word_bits) < _WORD_MEMO_LIMIT:
            self._word_bits[word] = bits
        return bits


_WORD_MEMO_LIMIT = 200_000

# literals by their first two characters (or their only one), each with its bits
_StartIndex = dict[str, tuple[tuple[str, int], ...]]


def _index_by_start(literals: Sequence[tuple[str, int]]) -> _StartIndex:
    """``literals`` (each with its bits) grouped by their first two characters; a literal of one
    character is found under that character."""
    index: dict[str, list[tuple[str, int]]] = {}
    for literal, mask in literals:
        index.setdefault(literal[:2], []).append((literal, mask))
    return {start: tuple(items) for start, items in index.items()}


def _bits_in(word: str, index: _StartIndex) -> int:
    """The bits of the literals in ``index`` that occur in ``word``: at each position, only the
    literals that start with its character or its two characters are tried."""
    bits = 0
    get = index.get
    for at in range(len(word)):
        for start in (word[at], word[at : at + 2]):
            for literal, mask in get(start, ()):
                if word.startswith(literal, at):
                    bits |= mask
            if at + 1 >= len(word):
                break
    return bits


def required_literals(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    """The most selective set of strings one of which every match of ``pattern`` contains.

    Literal runs, groups, alternations (a set from each branch), repeats of at least one and
    small character classes count; anything else (``.``, ``\\d``, negated classes, lookarounds,
    back references) only ends a literal run. The most selective set is the one whose shortest
    string is longest, then the one with fewest strings. None if no set can be told.
    """
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    return _best(_candidates(sre_parse.parse(text)))


# Characters other than ASCII ones that ``re`` matches to an ASCII letter when ignoring case
# (found by trying every code point against every ASCII letter): dotted and dotless i, long s,
# Kelvin sign.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
# Whether a string holds no whitespace character (str.isspace's sense), as one C-level match.
_NO_SPACE: Any = re.compile(r"[^\s]*").fullmatch
# Characters without case (Unicode gives case mappings only to letters, letter numbers and a few
# symbols and marks): punctuation, currency and maths signs, decimal digits, spaces.
_CASELESS_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sc", "Sm", "Nd", "Zs"})


def _folds_exactly(literal: str) -> bool:
    """Whether lower-casing text and literal finds every case-insensitive match of it."""
    return all(char.isascii() or unicodedata.category(char) in _CASELESS_CATEGORIES
               for char in literal)


# At most this many sets are tested per text: the most selective ones.
_MAX_SETS = 3


def _uses_ignorecase(pattern: re.Pattern[str]) -> bool:
    if pattern.flags & re.IGNORECASE:
        return True
    return "(?" in pattern.pattern and bool(re.search(r"\(\?[a-zA-Z]*i", pattern.pattern))


def _candidates(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Each set of literals one of which a match of the sequence ``items`` must contain."""
    found: list[frozenset[str]] = []  # every one of these sets is required
    run: list[str] = []

    def close_run() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is sre.SUBPATTERN:
            best = _best(_candidates(av[3]))
            if best is not None:
                found.append(best)
        elif op is sre.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = _best(_candidates(branch))
                if best is None:
                    break
                union |= best
            else:
                found.append(frozenset(union))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1:
                best = _best(_candidates(sub))
                if best is not None:
                    found.append(best)
        elif op is sre.IN:
            chars = _class_chars(av)
            if chars is not None:
                found.append(chars)
    close_run()
    return found


def _class_chars(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters a (non-negated) class of literals and small ranges accepts, else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars) if chars else None


def _shortest_forms(literals: frozenset[str]) -> frozenset[str]:
    """Drop each literal that contains another (finding "each" suffices for "for each")."""
    return frozenset(a for a in literals if not any(b != a and b in a for b in literals))


def _selectivity(literals: frozenset[str]) -> tuple[int, int, list[str]]:
    return (min(len(s) for s in literals), -len(literals), sorted(literals))


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if c and all(c)]
    return max(usable, key=_selectivity) if usable else None
