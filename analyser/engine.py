"""Grade a segmented document against the rule packs.

The engine turns pattern hits into findings, deciding for each hit what it means in its sentence:
whether it is negated (ConText-style cues with scope, pseudo-negations such as "without
limitation" skipped), whose right it is (the person's or the other party's, from the contract's
own definitions), and whether a qualifier in the same sentence weakens it. Findings are then
combined per requirement into present / weak / missing with the evidence and reasons that decided
it, and red flags are collected with the requirement they undermine.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple, Protocol

from analyser.errors import RulePackInvalidError
from analyser.model import (
    Clause,
    Document,
    Evidence,
    RedFlag,
    Reference,
    Report,
    RequirementResult,
)
from analyser.nlp import Hit, PatternError, PatternSet, Sentence, TextMatcher, Token
from analyser.prefilter import Prefilter, PrefilterBank
from analyser.refiner import StatusRefiner, note_dropped_flags, refine_flags, refine_results
from analyser.rules import (
    REQUIREMENT_IDS,
    Condition,
    NegationCues,
    RedFlagDef,
    RequirementDef,
    Rule,
    RulePack,
)
from analyser.segmenter import is_sub_number

__all__ = ["ClauseClassifier", "Engine", "Finding", "Parties", "find_parties"]

CORE = ("consent", "compensation", "revocation")
_MAX_EVIDENCE = 4
_DEFINITION = re.compile(
    r"(?P<name>(?:[A-Z][\w.&'\u2019-]*,?\s+){0,5})?"
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"\u201c\u201d'](?P<label>[^\"\u201c\u201d']{1,40})"
    r"[\"\u201c\u201d']"
)
# A second quoted label in a definition's bracket: '(the "Licensee" or "Dublu")'
_SECOND_LABEL = re.compile(
    r"[\"\u201c\u201d']?\s+(?:or|and)\s+(?:the\s+)?[\"\u201c\u201d'](?P<label>[^\"\u201c\u201d']{1,40})"
    r"[\"\u201c\u201d']\s*\)"
)
# What follows a definition's name: "(", maybe "hereinafter referred to as", the quoted label.
_DEFINITION_TAIL = re.compile(_DEFINITION.pattern[_DEFINITION.pattern.index(r"\(\s*") :])
# A character no defined name can contain: a definition never starts before the last of these.
_NOT_IN_NAME = re.compile(r"[^\w.&'\u2019,\s-]")
_HEREINAFTER = re.compile(
    r"hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?[\"\u201c](?P<label>[^\"\u201d]{1,40})[\"\u201d]",
    re.IGNORECASE,
)
# (a name's dots and commas are read as spaces, so "S.A." arrives as "S A" and "S.R.L." as "S R L")
_COMPANY = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|S\.? ?A\.? ?S?|AB|Pty|Corp|Corporation|Company|Co|"
    r"BV|NV|AG|SpA|S\.? ?r\.? ?l|S\.? ?R\.? ?L|SRL|Ltda|Pte|Bhd|ApS|AS|Oy|KK|C\.? ?V|Studios?|"
    r"Agency|Productions?)\b\.?\s*,?\s*$"
)
_COMPANY_MARKER = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|Pty|Corp|Corporation|BV|B\.V\.|AG|SpA|"
    r"limited\s+liability\s+company|corporation|"
    # a company name in capitals ("RAVI RIVERHAWKS CRICKET (PRIVATE) LIMITED"), or described as one
    r"LIMITED|LTD|INC|SARL|S\.A\.R\.L|S\.a\.?\s?r\.\s?l|S\.\u00e0\.?\s?r\.\s?l|"
    # Central and Eastern European legal forms ("Vahsynth s.r.o., Mierove namestie 11, Trencin");
    # not bare "AB" or "SIA", which also stand for a person's own invoicing company ("acting
    # through her sole company Polcirkeln Coaching AB")
    r"s\.r\.o|d\.o\.o|Kft|Sp\.\s?z\s?o\.o|UAB|ApS|S\.p\.A|O\u00dc|"
    r"company\s+(?:incorporated|registered|organi[sz]ed|formed|established)|"
    # a company's particulars in civil-law drafting ("a société par actions simplifiée with share
    # capital of EUR 2,400,000 ... having its registered office at")
    r"soci\u00e9t\u00e9|sociedad|societ\u00e0|share\s+capital|registered\s+office)\b"
)
_PREAMBLE = 2000
# a person's name as it stands before a definition: two to four capitalised words ("Mamle Akuorkor
# Narh", "Jo Bell"), which counts for a role a person or a company may hold (a show's "Host")
_PERSON_ROLES = frozenset(["host", "co-host", "anchor"])
# a party named by a letter: "Party A", "Party B"
_PARTY_LETTER = re.compile(r"party ([a-z])")
# a person named with a title before a definition: "Ms. Haruka Matsunaga, residing in ..."
_HONORIFIC = re.compile(r"\b(?:Ms|Mr|Mrs|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")
_PERSONAL_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3}")
# A defined label described as the person just before its bracket: "Client: the person signing
# below ("the Client")", "the individual named in the Schedule ("Participant")".
_PERSON_DESCRIBED = re.compile(
    r"(?<!\bin\s)\b(?:the|a|any|each)\s+(?:natural\s+)?(?:person|individual|undersigned)\b"
    r"(?!\s+of\b)[^()\"\u201c\u201d]*$",
    re.IGNORECASE,
)
_DESCRIPTION_REACH = 60
# particulars only a natural person has, in the party's own description: 'Mr Luca Ferreira, known
# as "Lux_Ferro", residing in Hosingen (the "Streamer")', "born on 3 May 2001"
_PERSON_PARTICULARS = re.compile(
    r"(?:^|[\n;:]\s*|\band\s+)(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]"
    r"|\b(?:residing|resident|domiciled)\s+(?:at|in)\b|\bborn\s+(?:on|in)\b|\bdate\s+of\s+birth\b"
)
_NAME_STOPWORDS = frozenset(
    ["This", "The", "And", "Between", "By", "Of", "In", "On", "A", "An", "Agreement", "Dated"]
)


@dataclass(frozen=True)
class Parties:
    """Words that refer to the person and to the other side, lower-case lemmas of one word."""

    person: frozenset[str]
    other: frozenset[str]
    other_label: str
    # the letters of the lettered labels the contract gives the parties ('Ayane Kurosaki
    # (hereinafter "Party B")'): capital letter -> side, read only after the word "Party"
    letters: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    # word -> "person" or "other" (a word on both lists is the person's), made from the two sets
    sides: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sides = dict.fromkeys(self.other, "other")
        sides.update(dict.fromkeys(self.person, "person"))
        object.__setattr__(self, "sides", sides)


@dataclass(frozen=True)
class Finding:
    """One rule hit read in its sentence: the effect it has and why."""

    rule: Rule
    effect: str | None
    evidence: Evidence
    ai_specific: bool
    negated_by: str | None
    weakened_by: str | None
    holder: str | None  # None: not known, or not asked (the rule accepts any holder)
    overrides: bool = False
    qualified_only: bool = False
    general: bool = False
    about_use: bool = True
    # the words describe a provision the clause sets aside ("Notwithstanding paragraph 4, under
    # which the Performer grants ... irrevocably, ..."): they raise its red flag but do not grade
    set_aside: bool = False


def _abbreviates_company(named: Sequence[str], before: str) -> bool:
    """Whether a short name of two or three words opens a company's name before its bracket:
    'Gull Rock Imaging Ltd., 1869 Upper Water Street, Halifax ("Gull Rock")'."""
    if not 1 < len(named) <= 3 or not all(w.isalpha() for w in named):
        return False
    opening = re.search(r"\b" + r"\s+".join(map(re.escape, named)) + r"\b", before, re.IGNORECASE)
    return bool(opening and _COMPANY_MARKER.search(before[opening.end():opening.end() + 60]))


def find_parties(text: str, defaults: Mapping[str, Sequence[str]]) -> Parties:
    """Return who the person and the other side are, from defaults and the definitions."""
    person = {w.lower() for w in defaults.get("person", ())}
    other = {w.lower() for w in defaults.get("other", ())}
    other_label = ""
    # the parties the preamble defines: the side each went to, and the labels of neither side
    preamble_sides: set[str] = set()
    unknown: list[tuple[str, list[str]]] = []
    last_side: set[str] | None = None
    letters: dict[str, str] = {}
    # the words of every label defined so far: a later party's name that mentions an earlier one
    # ('employed as store employee at Norrsken Livs Hornstull, Stockholm ("the Employee")' after
    # '("Norrsken")') does not give the earlier party's word to the later party's side
    labelled: set[str] = set()
    for label, name, before, alias in _iter_definitions(text):
        words = label.lower().split()
        earlier = set(labelled)
        labelled.update(w for w in words if w not in _DETERMINERS)
        key = words[-1] if words else ""
        # a determiner inside the quotes ('("the Label")') is not part of the defined name
        named = [w for w in words if w not in _DETERMINERS]
        lettered = _PARTY_LETTER.fullmatch(" ".join(words))
        if lettered and not alias:
            # 'Ayane Kurosaki (hereinafter "Party B")': the translated Party A / Party B of East
            # Asian contracts. A company's name makes the letter the other side's, a person's name
            # the person's; the letter is read as a party only after the word "Party"
            letter = lettered.group(1).upper()
            if _COMPANY.search(name) or _COMPANY_MARKER.search(before[-80:]):
                letters[letter] = "other"
            elif _PERSONAL_NAME.fullmatch(name.strip()) or _HONORIFIC.search(before[-80:]):
                letters[letter] = "person"
            last_side = None
            continue
        if alias:
            if last_side is not None and key not in (other if last_side is person else person):
                last_side.update(named)
            continue
        last_side = None
        if key in person:
            side = person
        elif key in _WORK_LABELS:
            # a work the contract names ('"The Orchard Keepers" (feature film) ("the Picture")')
            # is neither party, whatever company words stand before it
            continue
        elif (
            _PERSON_DESCRIBED.search(before[-_DESCRIPTION_REACH:])
            or (_names_a_role(named) and _PERSON_PARTICULARS.search(_since_last_party(before)))
        ) and not (_COMPANY.search(name) or _COMPANY_MARKER.search(before)):
            # 'Client: the person signing below ("the Client")': the label a contract gives the
            # person, whatever the word usually names in modelling contracts
            side = person
        elif (
            key in other
            or _COMPANY.search(name)
            or (
                # 'Gull Rock Imaging Ltd., 1869 Upper Water Street, Halifax ("Gull Rock")': a short
                # name of a company, one word or a few
                (len(named) == 1 or _abbreviates_company(named, before))
                and _COMPANY_MARKER.search(before)
                # 'Wavelength Audio Network Limited (Ghana) and Mamle Akuorkor Narh ... 1.1 Mamle
                # Akuorkor Narh (the "Host")': a company named earlier does not make a person's
                # own name, just before the bracket, a company's
                and not (key in _PERSON_ROLES and _PERSONAL_NAME.fullmatch(name.strip()))
            )
        ):
            side = other
            if not other_label and label[:1].isupper() and key not in {"we", "us", "our"}:
                other_label = f"the {label}"
        else:
            named_once = [w for w in words if w not in _DETERMINERS]
            if before and len(named_once) == 1 and named_once[0].isalpha():
                unknown.append((label, named_once))
            continue
        last_side = side
        if before:
            preamble_sides.add("person" if side is person else "other")
        side.update(w for w in words if w not in _DETERMINERS)
        # a name that mentions the other side ('Jo Bell, of an address notified to the Producer
        # ("the Narrator")') does not make the other side's word the person's
        opposite = other if side is person else person
        side.update(
            n.lower() for n in name.split()
            if n not in _NAME_STOPWORDS
            and len(n) > 1
            and n.lower() not in opposite
            and n.lower() not in earlier
        )
    if len(unknown) == 1 and len(preamble_sides) == 1:
        # the preamble defines two parties and one is known: the other is the other one ('between
        # Coral Crown Pageants Inc. (the "Organisation"), and the winner of the Coral Crown title
        # (the "Titleholder")')
        label, named_once = unknown[0]
        if "other" in preamble_sides:
            person.update(named_once)
        else:
            other.update(named_once)
            if not other_label and label[:1].isupper():
                other_label = f"the {label}"
    return Parties(frozenset(person), frozenset(other), other_label or "the other side", letters)


# A tick box on a form: ticked ("[X]", "[x]", a ticked ballot box) or left empty ("[ ]", an
# empty ballot box) before the words of an option ("[ ] Option 1: Creator may withdraw ...").
_TICKED_BOX = re.compile("\\[\\s?[xX\u2713\u2714]\\s?\\]|[\u2612\u2611]")
_EMPTY_BOX = re.compile(
    "(?:\\[\\s?\\]|\u2610)(?=[ \\t]+[A-Za-z0-9])"
    # a blank to fill in is no option: "Period: [ ] to [ ]", "[ ] x [ ] cm"
    "(?![ \\t]+(?:to|and|or|per|at|from|until|till|by|of|x|-)\\b)"
)
_ANY_BOX = re.compile("\\[\\s?[xX\u2713\u2714]?\\s?\\]|[\u2610\u2611\u2612]")


def mask_unchosen_options(text: str, clauses: Sequence[Clause]) -> str:
    """``text`` with the options a filled-in form leaves unticked blanked out, offsets unchanged.

    Where a form has been filled in (some box on it is ticked), an option whose box is left
    empty ("[ ] Option 1: Creator may withdraw the licence ... at any time") is one the parties
    did not choose, and its words give or take nothing; the chosen option ("[X] Option 2") is
    the contract. An empty box runs to the next box or the end of its clause. A blank form,
    where no box is ticked, keeps every option: each is a choice still open to the person.
    """
    if not _TICKED_BOX.search(text):
        return text
    ends = sorted(c.end for c in clauses)
    spans = []
    for box in _EMPTY_BOX.finditer(text):
        after = bisect.bisect_right(ends, box.start())
        clause_end = ends[after] if after < len(ends) else len(text)
        following = _ANY_BOX.search(text, box.end(), clause_end)
        spans.append((box.start(), following.start() if following else clause_end))
    return _blanked(text, spans)


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` span turned to spaces, line and page breaks kept, so
    every offset still points at the same character."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\n\f":
                chars[i] = " "
    return "".join(chars)


# A clause of another document named as the earlier terms: "Clause 14 of the Standard Terms",
# "Clause 5 (Fees) of the Standard Agreement", "clause 5.2 of the Original Licence".
_EARLIER_CLAUSE = re.compile(
    r"\b(?:clause|section|paragraph|article)\s+\d+(?:\.\d+)*(?:\s*\([^()]{1,40}\))?\s+of\s+"
    r"(?:the|our|my|your|its|their)\s+(?:original|standard|existing|previous|prior|old|earlier|principal)\b",
    re.IGNORECASE,
)
# what the sentence says of it: what it provided or allowed (a report), not the words that
# replace it ("is deleted and replaced by the following: "...""), which are the contract
_REPORTED = re.compile(
    r"\b(?:provided|provides|provide|allowed|allows|allow|said|says|stated|states)\b", re.IGNORECASE
)
_REPLACING = re.compile(
    r"\b(?:replaced\s+(?:by|with)|amended\s+to\s+read|shall\s+(?:now\s+)?read|now\s+reads|substituted|"
    r"inserted|following|added|new\s+clause)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;](?=\s+(?:[A-Z0-9(]|$))|\n\s*\n|\n(?=\s*\(?[A-Z0-9]{1,3}[.)]\s)")
_QUOTED = re.compile("\"[^\"\n]{1,400}\"|\u201c[^\u201c\u201d]{1,400}\u201d")


def mask_superseded_quotes(text: str) -> str:
    """``text`` with what it quotes of earlier terms it reports on blanked, offsets unchanged.

    An amendment or a side letter quotes the clause it changes ("Clause 14 of the Standard Terms
    provides that the Studio may "create a synthetic voice ... irrevocably and perpetually, for no
    additional fee""): the quoted words are the old terms, not what the parties now agree, and
    they give or take nothing. Only the quotation is blanked, and only where the sentence reports
    what the earlier clause provided; the words that replace a clause ("is deleted and replaced by
    the following: "..."") are the contract and are read.
    """
    if not _EARLIER_CLAUSE.search(text):
        return text
    spans: list[tuple[int, int]] = []
    for named in _EARLIER_CLAUSE.finditer(text):
        # the sentence the earlier clause is named in (quotes may hold full stops)
        end = named.end()
        quote = _QUOTED.search(text, end, end + 600)
        stop = _SENTENCE_END.search(text, end)
        sentence_end = stop.start() if stop else len(text)
        while quote and quote.start() < sentence_end:
            sentence_end = max(sentence_end, quote.end())
            stop = _SENTENCE_END.search(text, quote.end())
            sentence_end = max(sentence_end, stop.start() if stop else len(text))
            quote = _QUOTED.search(text, quote.end(), end + 600)
        sentence = text[named.start() : sentence_end]
        if not _REPORTED.search(sentence) or _REPLACING.search(sentence):
            continue
        spans += [
            (found.start() + 1, found.end() - 1)
            for found in _QUOTED.finditer(text, named.end(), sentence_end)
        ]
    return _blanked(text, spans)


# defined labels that name a work, not a party
_WORK_LABELS = frozenset(
    ["picture", "film", "feature", "series", "game", "programme", "program", "episode", "episodes",
     "album", "book", "title", "show", "campaign", "video", "videos", "commercial", "commercials",
     "advertisement", "spot", "spots", "podcast", "season", "work", "works", "project"]
)


def _iter_definition_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_DEFINITION.finditer(text)`` gives, found from their tails.

    Python tries the optional name at every capital letter of the text, which is most of the
    cost of reading a long contract's parties. A match's name cannot hold a bracket, a quote or
    other punctuation, so each match lies between the last such character before its "(" and
    its tail's end: searching only there finds the same match.
    """
    barriers = [m.start() for m in _NOT_IN_NAME.finditer(text)]
    previous_end = 0
    for tail in _DEFINITION_TAIL.finditer(text):
        if tail.start() < previous_end:
            continue
        before = bisect.bisect_left(barriers, tail.start()) - 1
        start = barriers[before] + 1 if before >= 0 else 0
        match = _DEFINITION.search(text, max(start, previous_end), tail.end())
        if match is not None:
            previous_end = match.end()
            yield match


def _names_a_role(named: Sequence[str]) -> bool:
    """Whether a defined label's words name a role ("Streamer", "Voice Donor"), not a bare
    position ("Party B", "Side 2"), whose words the other party's label shares."""
    return bool(named) and not any(
        w in {"party", "parties", "side"} or len(w) == 1 or w.isdigit() for w in named
    )


def _since_last_party(before: str) -> str:
    """The description of one party: what stands before its definition since the bracket that
    closed the previous one ('(the "Team") Mr Luca Ferreira, residing in Hosingen')."""
    return before[before.rfind(")") + 1 :]


def _iter_definitions(text: str) -> Iterator[tuple[str, str, str, bool]]:
    """Each defined label with the capitalised name just before it, the description of the
    party since the previous definition ("Prairie Crossing Motors, LLC, an Iowa limited liability
    company ... ("Dealer")": the company words need not sit right before the bracket), and
    whether it is a second name of the party just defined ('(the "Licensee" or "Dublu")')."""
    previous = 0
    for match in _iter_definition_matches(text):
        name = re.sub(r"[,.]", " ", match.group("name") or "")
        start = max(previous, match.start() - 250)
        before = text[start : match.start()] if match.start() < _PREAMBLE else ""
        yield match.group("label").strip(), name, before, False
        # a second label in the same bracket: '(the "Licensee" or "Dublu")'
        also = _SECOND_LABEL.match(text, match.end())
        if also:
            yield also.group("label").strip(), name, before, True
        previous = match.end()
    for match in _HEREINAFTER.finditer(text):
        # a party's own paragraph ending 'hereinafter the "Maison"' describes it (outside a
        # bracket, which the definitions above have read)
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = (
            text[max(line_start, match.start() - 250) : match.start()]
            if match.start() < _PREAMBLE
            and "(" not in text[max(line_start, match.start() - 3) : match.start()]
            else ""
        )
        yield match.group("label").strip(), "", before, False


class Engine:
    """Applies loaded rule packs to documents; build once, reuse for many documents."""

    def __init__(
        self,
        packs: Sequence[RulePack],
        matcher: TextMatcher | None = None,
        classifier: ClauseClassifier | None = None,
        refiner: StatusRefiner | None = None,
    ) -> None:
        self.packs = tuple(packs)
        self.classifier = classifier
        self.refiner = refiner
        self.rules = tuple(rule for pack in self.packs for rule in pack.rules)
        self.lexicons = _merge_lexicons(self.packs)
        self.requirements = {r.id: r for pack in self.packs for r in pack.requirements}
        self.red_flag_defs = {f.id: f for pack in self.packs for f in pack.red_flags}
        # each flag as a report states it, before evidence (what the refiner adds a flag from)
        self._flag_definitions = {
            d.id: RedFlag(id=d.id, title=d.title, severity=d.severity, evidence=(),
                          explanation=d.explanation, undermines=d.undermines)
            for d in self.red_flag_defs.values()
        }
        self.extra_references = _merge_references(self.packs)
        self.party_defaults = _merge_parties(self.packs)
        self.negation = _merge_negation(self.packs)
        self._rule_by_key = {f"rule:{rule.id}": rule for rule in self.rules}
        # what marks a sentence as speaking about AI likeness: an `ai_terms` phrase, or a match
        # of an `ai_specific` rule that its excludes do not veto
        self.ai_markers = AiMarkers(
            tuple(f"rule:{rule.id}" for rule in self.rules if rule.ai_specific),
            tuple(
                f"rule:{rule.id}" for rule in self.rules if rule.target == "ai" and rule.qualifies
            ),
        )
        self.conditions = tuple(c for pack in self.packs for c in pack.conditions)
        self._regexes = tuple(
            (rule, expression) for rule in self.rules for expression in rule.regex
        )
        self._prefilters = PrefilterBank([Prefilter.of(e) for _, e in self._regexes])
        self.matcher = matcher or self._build_matcher()

    # ------------------------------------------------------------------ set-up

    def _expand(self, terms: Iterable[str]) -> tuple[str, ...]:
        out: list[str] = []
        for term in terms:
            out.extend(self.lexicons.get(term[1:], ()) if term.startswith("@") else (term,))
        return tuple(out)

    def _build_matcher(self) -> TextMatcher:
        """Compile every pack's patterns; a pattern spaCy rejects names its rule and file."""
        try:
            return TextMatcher(self._pattern_sets())
        except PatternError as exc:
            rule = self._rule_by_key.get(exc.key)
            pack = next((p for p in self.packs if rule and p.id == rule.pack), None)
            source = Path(pack.source).name if pack else "rule pack"
            name = rule.id if rule else exc.key
            raise RulePackInvalidError(
                source, f"rule '{name}', field 'patterns': spaCy rejects it ({exc.detail})"
            ) from exc

    def _pattern_sets(self) -> list[PatternSet]:
        sets = [PatternSet(f"lex:{name}", phrases=terms) for name, terms in self.lexicons.items()]
        for rule in self.rules:
            sets.append(PatternSet(f"rule:{rule.id}", self._expand(rule.phrases), rule.patterns))
            if rule.exclude:
                sets.append(PatternSet(f"exclude:{rule.id}", self._expand(rule.exclude)))
            if rule.weakened_by:
                sets.append(PatternSet(f"weak:{rule.id}", self._expand(rule.weakened_by)))
        cues = self.negation
        sets += [
            PatternSet("neg:pre", cues.pre),
            PatternSet("neg:cancel", cues.cancelling),
            PatternSet("neg:post", cues.post),
            PatternSet("neg:pseudo", cues.pseudo),
            PatternSet("neg:end", cues.terminators),
        ]
        for condition in self.conditions:
            for name, phrases in condition.elements.items():
                sets.append(PatternSet(f"cond:{condition.id}:{name}", self._expand(phrases)))
        return [s for s in sets if s.phrases or s.token_patterns]

    # ------------------------------------------------------------------ reading sentences

    def iter_findings(
        self, sentences: Iterable[Sentence], parties: Parties, context: _Context
    ) -> Iterator[Finding]:
        """Yield the findings of each sentence, each rule hit read in its sentence."""
        sentences = tuple(sentences)
        rule_by_key = self._rule_by_key
        # word pairs of the names read as AI look-alikes so far ("Avatar Nutrition Ltd"): the same
        # name repeated without its legal form ("Avatar Nutrition products") is the same company
        look_alike_names: set[tuple[str, str]] = set()
        headers = _table_header_keys(sentences, context.document.text)
        for index, sentence in enumerate(sentences):
            candidates = [
                (rule_by_key[hit.key], hit.first, hit.last)
                for hit in sentence.hits
                if hit.key in rule_by_key
            ]
            candidates += list(self._regex_hits(sentence))
            if not candidates:
                continue
            keys = {hit.key for hit in sentence.hits} | headers.get(index, frozenset())
            if "lex:ai_general" not in keys and context.names_ai_defined_term(sentence):
                # "The recordings are used to create, train and update the Digital Coach", where
                # the contract defines the Digital Coach by AI words: the sentence speaks of AI
                keys.add("lex:ai_general")
            # a look-alike its own excludes veto ("a cartoon avatar of the Player") outranks nothing
            candidates = [
                c for c in candidates
                if not (c[0].target == "ai" and c[0].qualifies and f"exclude:{c[0].id}" in keys)
                # nor does a hit whose rule's context is absent from the sentence, which cannot fire
                and all(f"lex:{name}" in keys for name in c[0].context)
            ]
            if not candidates or (
                (context.is_heading(sentence) or context.is_question(sentence))
                and not context.is_affirmed_question(sentence)
            ):
                # a question asks, it gives nothing; its answer decides ("No. Once ...")
                continue
            head_end = context.run_in_heading_end(sentence)
            if head_end is not None:
                # "Third parties: we will not ...": words of a run-in heading name the topic
                candidates = [c for c in candidates if sentence.tokens[c[2] - 1].end > head_end]
            subordinate = context.is_subordinate(sentence)
            marks = _PartyMarks(sentence, parties)
            for rule, first, last in _prefer_specific_flags(candidates, keys):
                if (
                    rule.target == "ai"
                    and not rule.qualifies
                    and _repeats_name(sentence.tokens, first, last, look_alike_names)
                ):
                    continue
                finding = self._read_hit(rule, first, last, sentence, keys, parties, context,
                                         marks=marks)
                if finding is None:
                    continue
                if rule.target == "ai" and rule.qualifies:
                    look_alike_names.update(_word_pairs(sentence.tokens, first, last))
                if subordinate and finding.rule.requirement and not finding.rule.fallback:
                    # a definition or recital describes; it decides only when no operative
                    # clause speaks to the requirement
                    finding = replace(finding, rule=replace(finding.rule, fallback=True))
                if finding.effect == "present" and finding.rule.requirement == "revocation":
                    if _undone_by_follow_on(sentences, index, context):
                        continue
                    if _undone_in_place(sentence, first, context):
                        continue
                    finding = _weakened_by_follow_on(finding, sentences, index, context)
                if finding.effect == "present" and not finding.overrides:
                    finding = _overrides_by_follow_on(finding, sentences, index, context)
                if finding.effect == "present" and finding.rule.grant:
                    finding = _weakened_by_listed_uses(finding, sentences, index, context)
                yield finding

    def _regex_hits(self, sentence: Sentence) -> Iterator[tuple[Rule, int, int]]:
        """Regex matches over the sentence's tokens joined by single spaces, as token ranges.

        Each regex first passes a substring prefilter, which skips sentences it cannot match
        (read word by word: the sentence's tokens are the words of the joined text).
        """
        if not self._regexes:
            return
        words = sentence.words.texts[sentence.first : sentence.stop]
        passing = self._prefilters.passing_words(words, lambda: sentence.spaced_text)
        if not passing:
            return
        text = sentence.spaced_text
        starts: list[int] = []
        for index in passing:
            rule, expression = self._regexes[index]
            # a group named "cue" is the part that decides: the hit covers it alone, so a right
            # the regex only needs to see (a withdrawal before its gate) keeps its own hit
            group = "cue" if "cue" in expression.groupindex else 0
            for match in expression.finditer(text):
                if not starts:
                    position = 0
                    for word in words:
                        starts.append(position)
                        position += len(word) + 1
                first = bisect.bisect_right(starts, match.start(group)) - 1
                last = bisect.bisect_left(starts, match.end(group))
                yield rule, max(first, 0), max(last, first + 1)

    def _read_hit(
        self,
        rule: Rule,
        first: int,
        last: int,
        sentence: Sentence,
        keys: set[str],
        parties: Parties,
        context: _Context,
        *,
        marks: _PartyMarks | None = None,
    ) -> Finding | None:
        if f"exclude:{rule.id}" in keys:
            return None
        if any(f"lex:{name}" not in keys for name in rule.context):
            return None
        if rule.target != "ai" and _is_mention(sentence, first, last):
            return None
        if (
            rule.requirement == "consent"
            and not rule.grant
            and _is_cross_reference(sentence, first, last)
        ):
            # "the consideration for the permission in section 2": names a permission given
            # elsewhere; that clause decides
            return None
        if rule.requirement == "consent" and _is_withdrawn(sentence, first, last):
            # "may not withdraw her consent": the consent is what is withdrawn; the sentence
            # speaks to revocation, not to whether consent is asked for
            return None
        # whose act or right it is matters only to a rule that asks (most accept any holder)
        holder = None if rule.holder == "any" else _holder_of(sentence, first, last, parties, marks)
        if not _holder_fits(rule.holder, holder):
            return None
        if rule.id == "consent.on_behalf" and _behalf_of_other_side(sentence, first, last, parties):
            # "Röstverkstan AB producing the Synthetic Voice ... on Norrsken's behalf": a supplier
            # working for the other side gives no consent for the person
            return None
        revocation = rule.requirement == "revocation"
        negation = _negation_cue(
            sentence, first, last, self.negation,
            # "No fee or penalty is payable by the Performer for revoking": the "no" denies the
            # cost of withdrawing, not the withdrawal
            spared=(
                _covered(sentence, "lex:no_cost") | _denied_detriment(sentence, first)
                if revocation
                # "may, without the Actor's further consent, use the recordings to build a voice
                # model": a phrase of manner between commas says the use needs no consent; it does
                # not negate the use a red flag names
                else _consent_parenthetical(sentence, first)
                if rule.target == "red_flag"
                else frozenset()
            ),
        )
        if (
            negation is not None
            and negation.lower() == "without"
            and sentence.tokens[first].lower == "only"
        ):
            # "Scans of the face shall be taken without make-up only if the Model agrees": the
            # "without" says how the act is done; the condition the hit names is not negated
            negation = None
        if negation is not None and (
            _opens_exception(sentence, first)
            or rule.effect == "present" and _in_other_than(sentence, first)
        ):
            # the hit is the exception to a prohibition before it: "shall not use the Face Scan to
            # train any AI model other than the one that generates the Filters" allows what the
            # exception names; the "not" is the prohibition it lifts
            negation = None
        if (
            rule.requirement == "compensation"
            and rule.effect == "missing"
            and _in_leading_condition(sentence, first, last)
        ):
            # "If the Company does not pay a usage fee when due, its licence ends": a condition
            # that a main clause follows describes a default on pay owed, not that nothing is paid
            return None
        if negation is not None and revocation and (
            _without_gerund(sentence, first)
            or _says_what_withdrawal_does(sentence, first, last)
        ):
            # "may end all or any of the uses ..., without ending this Agreement", "withdrawing
            # permission does not end this Agreement": what a withdrawal leaves standing, not a
            # way out taken away
            return None
        if negation is not None and revocation and (
            _in_open_condition(sentence, first) or _in_case_relative(sentence, first)
        ):
            # "If you continue to use the app without switching the feature off, you are deemed to
            # have consented": a condition that describes the person not acting takes no right away
            return None
        effect = rule.effect
        if negation is not None:
            if (
                rule.target == "ai"
                and not rule.qualifies
                and (
                    _ai_use_of_person(sentence, last, keys, parties)
                    or _ai_use_on_consent(sentence, last, parties)
                )
            ):
                # "The Client shall not create any digital replica of the Model", "shall not use the
                # Digital Replica without the Model's consent": a contract that forbids an AI use
                # of the person, or allows it only on consent, speaks about AI (the finding keeps
                # its negation)
                pass
            elif rule.negated == "ignore":
                return None
            if (
                rule.negated_context
                and set(negation.lower().split(" / ")) != {"without"}
                and not any(f"lex:{name}" in keys for name in rule.negated_context)
            ):
                # "no consent shall be implied", "does not affect any consent": the negation is
                # not about whether consent is needed
                return None
            if any(f"lex:{name}" in keys for name in rule.negated_protective):
                # "no lecturer shall be required to consent as a condition of appointment": the
                # negation protects the person's free choice; it takes no consent away
                return None
            effect = rule.negated
        if (
            rule.requirement == "revocation"
            and effect == "missing"
            and not rule.red_flag
            and "lex:made_uses" in keys
        ):
            # "uses already published cannot be withdrawn": withdrawal reaches future uses; a bar
            # on undoing uses already made does not take it away
            return None
        weakener = None
        qualified_only = False
        if effect == "present" and f"weak:{rule.id}" in keys:
            # a closed list of uses let happen without consent narrows a consent requirement
            # only; an exception to a withdrawal right brings that part's own conditions
            closed = (
                # "Notwithstanding clauses 5.1 and 5.2, the Publisher shall not create a Voice
                # Asset ... except with the Narrator's written consent": the requirement prevails
                # over the clauses it names, as a withdrawal right does
                context.closed_exceptions(sentence)
                | _notwithstanding_before(sentence, first, f"weak:{rule.id}")
                if rule.requirement == "consent"
                else _default_before_unless(sentence, first, f"weak:{rule.id}")
                | _notwithstanding_before(sentence, first, f"weak:{rule.id}")
                | _in_earlier_that_clause(sentence, first, f"weak:{rule.id}")
                if revocation
                else frozenset()
            )
            weakener = _first_weakener(sentence, f"weak:{rule.id}", closed)
            effect = "weak" if weakener else effect
            qualified_only = bool(weakener) and _only_qualifiers(sentence, f"weak:{rule.id}")
        cues = [" ".join(t.text for t in sentence.tokens[first:last])]
        cues += [c for c in (negation, weakener) if c]
        evidence = context.evidence(sentence, rule.id, tuple(cues))
        return Finding(
            rule=rule,
            effect=effect,
            evidence=evidence,
            ai_specific=context.is_ai_specific(sentence),
            negated_by=negation,
            weakened_by=weakener,
            holder=holder,
            overrides="lex:overrides" in keys and effect == "present",
            qualified_only=qualified_only,
            general=not context.speaks_of_ai(sentence),
            about_use=_speaks_of_use(sentence, keys, context),
            set_aside=_in_set_aside_description(sentence, first),
        )

    def fires(self, rule: Rule, text: str) -> bool:
        """Whether ``rule`` fires with its own effect on ``text`` (how rule examples are run)."""
        document = Document(text=text, name="example", format="txt", sha256="")
        clause = Clause(number=None, heading=None, start=0, end=len(text), page=None)
        sentences = list(self.matcher.iter_sentences([(0, text)]))
        parties = find_parties(text, self.party_defaults)
        context = _Context.build(document, (clause,), sentences, self.ai_markers)
        for finding in self.iter_findings(sentences, parties, context):
            if finding.rule.id != rule.id:
                continue
            if rule.requirement is not None and finding.effect == rule.effect:
                return True
            if rule.requirement is None and finding.negated_by is None:
                return True
        return False

    # ------------------------------------------------------------------ the report

    def analyse(self, document: Document, clauses: Sequence[Clause]) -> Report:
        """Return the report of ``document`` split into ``clauses``."""
        parties = find_parties(document.text, self.party_defaults)
        read = mask_superseded_quotes(mask_unchosen_options(document.text, clauses))
        spans = [(c.start, read[c.start : c.end]) for c in clauses]
        sentences = list(self.matcher.iter_sentences(spans))
        context = _Context.build(document, clauses, sentences, self.ai_markers)
        findings = list(self.iter_findings(sentences, parties, context))
        if self.classifier is not None:
            findings += self._learned_findings(document, clauses, findings, context)
        # a qualifying AI rule reads a look-alike ("the Avatar Club"): it outranks the AI words
        # inside it and marks nothing itself
        ai_findings = _outside_look_alike_headings(_outside_look_alike_terms(
            [f for f in findings if f.rule.target == "ai" and not f.rule.qualifies
             and not _models_a_thing(f)], findings
        ), findings)
        if ai_findings and all(_unlinked_ai_term(f, parties) for f in ai_findings):
            ai_findings = []
        if any(map(_bare_ai_acronym, ai_findings)) and _AI_SPELLED_OTHERWISE.search(document.text):
            ai_findings = [f for f in ai_findings if not _bare_ai_acronym(f)]
        ai_addressed = bool(ai_findings)
        findings = _set_aside_reviews(findings, ai_addressed)
        findings = _set_aside_rewards_beside_no_payment(findings)
        findings = _fold_no_further_into_no_pay(findings)
        findings = _fence_variations(findings, context)
        if ai_addressed:
            findings = _set_aside_priced_buyouts(findings)
            findings = _weaken_blanket_ai_grants(findings)
        if not ai_addressed:
            findings = _weaken_blanket_grants(findings)
            findings = _weaken_carve_outs_of_blanket_grants(findings)
        carved = _carved_out_clauses(document.text, sentences, context) if ai_addressed else set()
        graded = [
            self._grade(req_id, findings, ai_addressed, carved)
            for req_id in REQUIREMENT_IDS
            if req_id in self.requirements
        ]
        red_flags = tuple(self._red_flags(findings))
        if self.refiner is not None:
            rules_flags = [f.id for f in red_flags]
            red_flags, dropped = refine_flags(
                red_flags, self._flag_definitions, document, clauses, ai_addressed,
                {r.id: r.status for r in graded}, self.refiner,
            )
            graded = refine_results(
                graded, document, clauses, ai_addressed, rules_flags, self.refiner,
                self._recommend,
            )
            graded = note_dropped_flags(graded, dropped, self.refiner.trained_on)
        requirements = tuple(
            self._apply_conditions(result, findings, context, ai_addressed) for result in graded
        )
        return Report(
            document=document,
            clauses=tuple(clauses),
            rule_packs=tuple((p.id, p.version) for p in self.packs),
            ai_addressed=ai_addressed,
            ai_evidence=_unique_evidence(f.evidence for f in ai_findings)[:_MAX_EVIDENCE],
            requirements=requirements,
            red_flags=red_flags,
            verdict=self._verdict(requirements, ai_addressed, parties),
            score=_score(requirements),
        )

    def _recommend(self, req_id: str, status: str) -> str:
        """The recommendation for ``req_id`` at ``status``."""
        return _recommendation(self.requirements[req_id], status)

    def _learned_findings(
        self,
        document: Document,
        clauses: Sequence[Clause],
        findings: Sequence[Finding],
        context: _Context,
    ) -> list[Finding]:
        """Findings from the clause classifier, for core requirements no rule spoke to."""
        assert self.classifier is not None
        silent = [
            r
            for r in CORE
            if r in self.requirements
            and not any(f.rule.requirement == r and not f.rule.fallback for f in findings)
        ]
        if not silent:
            return []
        texts = [document.text[c.start : c.end] for c in clauses]
        scores = self.classifier.predict(texts)
        learned: list[Finding] = []
        for requirement in silent:
            best: tuple[float, int, str] | None = None
            for index, clause_scores in enumerate(scores):
                for effect in ("present", "weak", "missing"):
                    score = clause_scores.get(f"{requirement}:{effect}", 0.0)
                    if score >= self.classifier.threshold and (best is None or score > best[0]):
                        best = (score, index, effect)
            if best is None:
                continue
            score, index, effect = best
            clause = clauses[index]
            rule = _learned_rule(requirement, effect)
            quote_end = min(clause.end, clause.start + 400)
            evidence = Evidence(
                quote=document.text[clause.start : quote_end].strip()
                or document.text[clause.start : clause.end],
                start=clause.start,
                end=quote_end,
                clause=clause.label or clause.number,
                page=clause.page,
                rule=rule.id,
                cues=(f"classifier {score:.2f}",),
            )
            ai_specific = (
                index in context.ai_clauses or context.top_parent[index] in context.ai_clauses
            )
            learned.append(Finding(rule, effect, evidence, ai_specific, None, None, None))
        return learned

    def _grade(
        self,
        req_id: str,
        findings: Sequence[Finding],
        ai: bool,
        carved: Collection[str] = (),
    ) -> RequirementResult:
        definition = self.requirements[req_id]
        relevant = [
            f for f in findings if f.rule.requirement == req_id and f.effect and not f.set_aside
        ]
        if any(not f.rule.fallback for f in relevant):
            relevant = [f for f in relevant if not f.rule.fallback]
        if all(f.rule.qualifies for f in relevant):
            # an exception to a protection ("one archive copy is kept") says nothing on its own
            relevant = []
        elif not any(f.effect == "present" and not f.rule.qualifies for f in relevant):
            # nor does a limit on a protection the contract does not give: a window for
            # withdrawing an entry where the licence itself "may not be withdrawn"
            relevant = [f for f in relevant if not (f.rule.qualifies and f.effect == "weak")]
        if ai and _express_ai_requirement(relevant):
            # an express AI consent requirement governs AI uses: a grant's territory, term or
            # irrevocability bears on scope, duration and revocation, and a grant that does not
            # itself speak of AI (a general licence of the recordings) does not decide AI consent
            relevant = [
                replace(f, effect="present", weakened_by=None)
                if f.rule.grant and f.effect == "weak" and (f.qualified_only or f.general)
                and not f.rule.red_flag
                else f
                for f in relevant
            ]
        specific = [f for f in relevant if f.ai_specific]
        # In an AI contract, protections must come from AI clauses; anything that undermines them
        # counts wherever it is ("all rights granted under this Agreement are irrevocable").
        used = (
            [
                f
                for f in relevant
                if f.ai_specific
                or (f.effect == "missing" or f.rule.red_flag)
                and not _in_clauses(f.evidence.clause, carved)
                # a limit on the way out bears on it wherever it is stated: "5.1 You may withdraw
                # your consent to the AI Voice at any time. 5.2 Episodes already published stay
                # online." (5.2 names no AI, but it is what withdrawing leaves running)
                or req_id == "revocation"
                and f.rule.qualifies
                and f.effect == "weak"
            ]
            if ai and specific
            else relevant
        )
        used = _apply_overrides(used)
        if ai and req_id == "consent":
            used = _ordinary_attorney_outside_ai_consent(used)
        if ai and req_id == "compensation":
            used = _unpaid_ai_use_outweighs_other_fees(used)
        if req_id == "compensation":
            used = _denied_pay_outweighs_recited_consideration(used)
        if req_id == "revocation":
            used = _publication_gates_met_after_publication(used)
        if req_id == "consent":
            used = _acceptance_disowned(used, relevant)
        by_effect = {e: [f for f in used if f.effect == e] for e in ("present", "weak", "missing")}
        by_effect = _express_removal_dominates(by_effect, ai)
        status, deciding = _combine(by_effect)
        deciding = sorted(deciding, key=_strength)
        reasons = _group_reasons(deciding, self.red_flag_defs)
        if not relevant:
            reasons = [f"No clause in the contract gives you this: {definition.meaning['missing']}"]
        elif (
            status == "weak"
            and by_effect["present"]
            and (by_effect["weak"] or by_effect["missing"])
        ):
            reasons.append("A protective clause exists, but another clause undermines it.")
        # a contract found silent on AI has no AI-specific terms: an AI word its readings set
        # aside ("the Digital Twin House", a book called "The Avatar of the Lake") marks none
        ai_specific = ai and any(f.ai_specific for f in deciding)
        if ai and relevant and not specific:
            reasons.append(
                "The contract mentions AI, but this clause covers likeness use in general, "
                "not AI or digital replicas specifically."
            )
        references = definition.references + self.extra_references.get(req_id, ())
        return RequirementResult(
            id=req_id,
            title=definition.title,
            status=status,
            ai_specific=ai_specific,
            evidence=_unique_evidence(f.evidence for f in deciding)[:_MAX_EVIDENCE],
            reasons=tuple(reasons),
            recommendation=_recommendation(definition, status),
            references=tuple(dict.fromkeys(references)),
        )

    def _apply_conditions(
        self,
        result: RequirementResult,
        findings: Sequence[Finding],
        context: _Context,
        ai: bool,
    ) -> RequirementResult:
        """Lower a present requirement when a pack's condition finds a required element absent."""
        for condition in self.conditions:
            if condition.requirement != result.id:
                continue
            references = tuple(dict.fromkeys(result.references + condition.references))
            result = replace(result, references=references)
            if result.status != "present" or (condition.when == "ai" and not ai):
                continue
            giving = [
                f.evidence.start
                for f in findings
                if f.rule.requirement == result.id and f.effect == "present"
            ]
            stated = (
                context.keys_in_sections(None)
                if context.whole_document_ai
                else context.keys_in_sections([*giving, *(e.start for e in result.evidence)])
            )
            absent = [
                name for name in condition.elements if f"cond:{condition.id}:{name}" not in stated
            ]
            if not absent:
                continue
            reason = condition.reason.format(missing=_join_clauses(absent))
            definition = self.requirements[result.id]
            result = replace(
                result,
                status=condition.downgrade,
                reasons=(*result.reasons, reason),
                recommendation=_recommendation(definition, condition.downgrade),
            )
        return result

    def condition_elements_absent(self, condition: Condition, text: str) -> list[str]:
        """The elements of ``condition`` that ``text`` does not state (how examples are run)."""
        keys = {h.key for s in self.matcher.iter_sentences([(0, text)]) for h in s.hits}
        return [n for n in condition.elements if f"cond:{condition.id}:{n}" not in keys]

    def _red_flags(self, findings: Sequence[Finding]) -> Iterator[RedFlag]:
        grouped: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.rule.red_flag and finding.negated_by is None:
                grouped.setdefault(finding.rule.red_flag, []).append(finding)
        order = list(self.red_flag_defs)
        for flag_id in sorted(grouped, key=order.index):
            definition = self.red_flag_defs[flag_id]
            yield RedFlag(
                id=flag_id,
                title=definition.title,
                severity=definition.severity,
                evidence=_unique_evidence(f.evidence for f in grouped[flag_id])[:_MAX_EVIDENCE],
                explanation=definition.explanation,
                undermines=definition.undermines,
            )

    def _verdict(
        self, requirements: Sequence[RequirementResult], ai: bool, parties: Parties
    ) -> str:
        core = [r for r in requirements if r.id in CORE]
        others = [r for r in requirements if r.id not in CORE and r.status != "present"]
        parts = [self._verdict_part(r, parties) for r in core]
        lead = (
            "This contract "
            if ai
            else "This contract does not mention AI or digital replicas. As written, it "
        )
        sentence = lead + _join_clauses(parts) + "."
        if not ai and any(r.id == "consent" and r.status == "weak" for r in core):
            sentence += " Its broad terms about your image could be read to allow AI uses too."
        if len(others) == 1:
            sentence += " It also " + self._verdict_part(others[0], parties) + "."
        elif others:
            titles = [_lower_first(self.requirements[r.id].title) for r in others]
            sentence += f" It also falls short on {len(others)} other protections: "
            sentence += _join_clauses(titles) + "."
        return sentence

    def _verdict_part(self, result: RequirementResult, parties: Parties) -> str:
        return self.requirements[result.id].verdict[result.status].format(other=parties.other_label)


# ---------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class AiMarkers:
    """What marks a sentence as speaking about AI likeness: a phrase of the `ai_terms` lexicon
    that is not part of an `ai_unrelated` phrase ("AI-generated subtitles"), or a match of a rule
    marked `ai_specific` ("the Talent's face ... generated by artificial intelligence tools")
    that the rule's own excludes do not veto in that sentence. An `ai_terms` phrase inside a match
    of a qualifying AI rule (a name such as "the Avatar Club", ``name_keys``) does not count,
    unless that rule's own excludes veto it in the sentence ("a cartoon avatar of the Player")."""

    rule_keys: tuple[str, ...] = ()
    name_keys: tuple[str, ...] = ()

    def found(self, hits: Iterable[Hit]) -> bool:
        hits = tuple(hits)
        keys = {hit.key for hit in hits}
        if any(f"exclude:{key[5:]}" not in keys for key in self.rule_keys if key in keys):
            return True
        if "lex:ai_terms" not in keys:
            return False
        unrelated = [
            (h.first, h.last)
            for h in hits
            if h.key == "lex:ai_unrelated"
            or h.key in self.name_keys and f"exclude:{h.key[5:]}" not in keys
        ]
        return any(
            hit.key == "lex:ai_terms"
            and not any(first <= hit.first and hit.last <= last for first, last in unrelated)
            for hit in hits
        )


@dataclass(frozen=True)
class _Context:
    """Where sentences sit: their clause, and which clauses speak about AI."""

    document: Document
    clauses: tuple[Clause, ...]
    clause_starts: tuple[int, ...]
    ai_clauses: frozenset[int]
    top_parent: tuple[int, ...]
    whole_document_ai: bool
    ai_defined: tuple[str, ...]
    section_keys: Mapping[int, frozenset[str]]
    ai_markers: AiMarkers
    clause_keys: Mapping[int, frozenset[str]]
    ai_sentences: Mapping[int, tuple[tuple[Hit, ...], bool]] = field(default_factory=dict)
    """Sentence start -> (its hits, whether they mark it as speaking about AI), worked out once
    for each sentence the context was built from."""

    @classmethod
    def build(
        cls,
        document: Document,
        clauses: Sequence[Clause],
        sentences: Sequence[Sentence],
        ai_markers: AiMarkers,
    ) -> _Context:
        starts = tuple(c.start for c in clauses)
        ai_clauses = set()
        ai_defined: list[str] = []
        ai_sentences: dict[int, tuple[tuple[Hit, ...], bool]] = {}
        for sentence in sentences:
            about_ai = ai_markers.found(sentence.hits)
            ai_sentences[sentence.start] = (sentence.hits, about_ai)
            if about_ai:
                ai_clauses.add(bisect.bisect_right(starts, sentence.start) - 1)
                term = _ai_defined_term(document.text[sentence.start : sentence.end])
                if term:
                    ai_defined.append(term)
        if ai_defined:
            # a feature the contract defines by AI words ("Moa Echo" means a voice message
            # generated by a voice model of the Creator) is AI wherever it is named
            # whatever its case or number ("Synthetic Spot" ... "synthetic spots")
            folded = Prefilter.fold(document.text)
            for term in dict.fromkeys(ai_defined):
                for named in _iter_term_starts(term, document.text, folded):
                    ai_clauses.add(bisect.bisect_right(starts, named) - 1)
                # ... also where a line of a PDF breaks it ("featuring your Vivi\nClone")
                for named in _iter_broken_term_starts(term, document.text, folded):
                    ai_clauses.add(bisect.bisect_right(starts, named) - 1)
        ai_clauses |= _ai_list_items(document.text, clauses, ai_clauses)
        parents = []
        current = 0
        for index, clause in enumerate(clauses):
            if (
                clause.number
                and "." not in clause.number
                and not is_sub_number(clause.number)
                or clause.number is None
                and clause.heading
            ):
                current = index
            parents.append(current)
        first_heading = clauses[0].heading or "" if clauses else ""
        title_ai = (
            0 in ai_clauses
            and bool(first_heading)
            and any(
                ai_markers.found(s.hits)
                for s in sentences
                if s.start < clauses[0].start + len(first_heading) + 1
            )
        )
        section_keys: dict[int, set[str]] = {}
        clause_keys: dict[int, set[str]] = {}
        for sentence in sentences:
            index = max(bisect.bisect_right(starts, sentence.start) - 1, 0)
            section = parents[index] if parents else 0
            section_keys.setdefault(section, set()).update(h.key for h in sentence.hits)
            clause_keys.setdefault(index, set()).update(h.key for h in sentence.hits)
        return cls(
            document,
            tuple(clauses),
            starts,
            frozenset(ai_clauses),
            tuple(parents),
            title_ai,
            tuple(ai_defined),
            {k: frozenset(v) for k, v in section_keys.items()},
            ai_markers,
            {k: frozenset(v) for k, v in clause_keys.items()},
            ai_sentences,
        )

    def names_ai_defined_term(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` names a term the contract defines by AI words."""
        if not self.ai_defined:
            return False
        text = self.document.text[sentence.start : sentence.end].lower()
        return any(term.lower() in text for term in self.ai_defined)

    def keys_in_sections(self, offsets: Iterable[int] | None) -> set[str]:
        """Pattern keys found in the top-level sections holding these offsets (None: anywhere)."""
        sections = (
            None if offsets is None else {self.top_parent[self.clause_index(o)] for o in offsets}
        )
        return {
            key
            for section, keys in self.section_keys.items()
            if sections is None or section in sections
            for key in keys
        }

    def keys_of_part(self, name: str) -> frozenset[str] | None:
        """Pattern keys found in the part of the contract labelled ``name`` ("Exhibit B",
        "Schedule 2", "7.1") and its sub-clauses; None when no part bears that label."""
        wanted = name.lower()
        found: set[str] = set()
        named = False
        for index, clause in enumerate(self.clauses):
            label = (clause.label or clause.number or "").lower()
            if label == wanted or label.startswith((f"{wanted}.", f"{wanted}(", f"{wanted} ")):
                named = True
                found |= self.clause_keys.get(index, frozenset())
        return frozenset(found) if named else None

    def closed_exceptions(self, sentence: Sentence) -> frozenset[int]:
        """Where the sentence's exceptions point to a closed list of named uses.

        "shall not use the Voice Model without the Performer's prior written consent, except as
        set out in Exhibit B": what the exception lets happen without consent is what Exhibit B
        lists. When that part of the contract names its uses without blanket words ("any
        purpose", "including but not limited to"), the exception is a narrow carve-out and the
        consent requirement keeps its force; an exception to whatever the contract "otherwise
        provides", to a part that cannot be found, or to a part granting use for any purpose
        still weakens it. Returns the first token of each such exception cue."""
        closed: set[int] = set()
        tokens = sentence.tokens
        for hit in sentence.hits:
            if hit.key != "lex:exceptions":
                continue
            at = hit.last
            if tokens[hit.last - 1].lower in _REFERENCE_NOUNS:
                at -= 1  # the cue ends with its noun ("subject to schedule")
            if at + 1 >= len(tokens) or tokens[at].lower not in _REFERENCE_NOUNS:
                continue
            # the tokenizer may keep a sentence's full stop on the name ("Exhibit B.")
            name = tokens[at + 1].text.rstrip(".,;:")
            keys = self.keys_of_part(f"{tokens[at].text} {name}")
            if keys is None and tokens[at].lower in {"clause", "section", "paragraph", "article"}:
                keys = self.keys_of_part(name)
            if keys is not None and "lex:blanket" not in keys:
                closed.add(hit.first)
        return frozenset(closed)

    def is_question(self, sentence: Sentence) -> bool:
        return self.document.text[sentence.start : sentence.end].rstrip().endswith("?")

    def is_affirmed_question(self, sentence: Sentence) -> bool:
        """Whether the sentence is a question heading that its clause answers "Yes".

        In an FAQ, "9. Can I change my mind? Yes, at any time." gives the right the question
        names: the answer affirms the question's own words, so the heading is read as a term.
        Unanswered questions, or ones answered "No" or at length, stay headings."""
        if not self.is_question(sentence):
            return False
        return _ANSWER_YES.match(self.document.text, sentence.end) is not None

    def _answer_end(self, question_end: int, clause_end: int) -> int:
        """Where the first sentence of a question's answer ends (at most the clause's end)."""
        text = self.document.text
        stop = _SENTENCE_STOP.search(text, question_end, clause_end)
        end = stop.end() if stop is not None else clause_end
        return len(text[:end].rstrip()) if end > question_end else question_end

    def is_heading(self, sentence: Sentence) -> bool:
        """Whether the sentence is only a clause's number and heading (a heading line, or a run-in
        heading such as "INDIVIDUAL CONSENT." before the clause's first sentence)."""
        clause = self.clauses[self.clause_index(sentence.start)]
        if not clause.heading:
            return _is_heading_line(self.document.text[clause.start : clause.end], clause.number)
        return sentence.end <= self._heading_end(clause)

    def run_in_heading_end(self, sentence: Sentence) -> int | None:
        """Where the run-in heading of the sentence's clause ends, if the sentence starts in it."""
        clause = self.clauses[self.clause_index(sentence.start)]
        if not clause.heading:
            return None
        end = self._heading_end(clause)
        if not sentence.start < end < sentence.end or self.document.text[end - 1] == "\n":
            return None
        line_end = self.document.text.find("\n", clause.start, clause.end)
        # a heading on a line of its own is left to the sentence reading, as before
        return end if line_end < 0 or end < line_end else None

    def _heading_end(self, clause: Clause) -> int:
        text = self.document.text
        line_end = text.find("\n", clause.start, clause.end)
        line_end = clause.end if line_end < 0 else line_end
        assert clause.heading is not None
        at = text.find(clause.heading, clause.start, line_end)
        if at < 0:
            return line_end
        end = at + len(clause.heading)
        while end < line_end and text[end] in " \t.:-\u2013\u2014)":
            end += 1
        return end

    def is_subordinate(self, sentence: Sentence) -> bool:
        """Whether the sentence defines a term or recites the background (WHEREAS, NOW
        THEREFORE): it describes the deal, it does not give or take a protection."""
        text = self.document.text[sentence.start : sentence.end]
        return bool(_DEFINES.match(text) or _is_recital(text))

    def clause_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.clause_starts, offset) - 1, 0)

    def speaks_of_ai(self, sentence: Sentence) -> bool:
        """``ai_markers.found(sentence.hits)``, looked up for a sentence the context was built
        from (a reading of a finding asks it several times per sentence)."""
        known = self.ai_sentences.get(sentence.start)
        if known is not None and known[0] is sentence.hits:
            return known[1]
        return self.ai_markers.found(sentence.hits)

    def is_ai_specific(self, sentence: Sentence) -> bool:
        if self.whole_document_ai or self.speaks_of_ai(sentence):
            return True
        index = self.clause_index(sentence.start)
        return index in self.ai_clauses or self.top_parent[index] in self.ai_clauses

    def evidence(self, sentence: Sentence, rule_id: str, cues: tuple[str, ...]) -> Evidence:
        index = self.clause_index(sentence.start)
        clause = self.clauses[index]
        number = clause.label or clause.number
        end = sentence.end
        if self.is_affirmed_question(sentence):
            # "Can I change my mind?" decides only with its answer: quote "Yes, at any time." too
            limit = clause.end
            if self.document.text[sentence.end : clause.end].strip() == "" and index + 1 < len(
                self.clauses
            ):
                # the answer is the next clause ("5. Can I have my photos taken down?" / "5.1 Yes")
                limit = self.clauses[index + 1].end
            end = self._answer_end(sentence.end, limit)
        return Evidence(
            quote=self.document.text[sentence.start : end],
            start=sentence.start,
            end=end,
            clause=number,
            page=self.document.page_at(sentence.start),
            rule=rule_id,
            cues=cues,
            # an unnumbered clause is cited by its heading; the first clause is the preamble
            heading=None if number or index == 0 else clause.heading,
        )


_DEFINES = re.compile(
    r"^\W{0,3}(?:(?:section|clause|article|paragraph)\s+)?(?:(?:[\w.]{1,8}|\(\w{1,4}\))\s+){0,2}"
    r"(?:the\s+(?:terms?|expressions?|words?)\s+)?[\"\u201c\u2018'][^\"\u201c\u201d]{1,60}[\"\u201d\u2019']"
    r"\s+(?:shall\s+mean|means|shall\s+have\s+the\s+meaning|has\s+the\s+meaning|refers\s+to|"
    r"is\s+defined\s+as|includes)\b",
    re.IGNORECASE,
)
# A recital: its whole definition, which ``_is_recital`` answers as (property-tested) in two parts.
_RECITAL = re.compile(
    r"^\W{0,3}(?:(?:[A-Z]|\(\w{1,3}\))[.)]?\s+)?(?:WHEREAS|NOW,?\s+THEREFORE|RECITALS?\b)"
    r"|\bin\s+consideration\s+of\s+the\s+mutual\s+(?:promises|covenants|agreements|undertakings)",
    re.IGNORECASE,
)
_RECITAL_OPENING = re.compile(
    r"\W{0,3}(?:(?:[A-Z]|\(\w{1,3}\))[.)]?\s+)?(?:WHEREAS|NOW,?\s+THEREFORE|RECITALS?\b)",
    re.IGNORECASE,
)
_MUTUAL_PROMISES = re.compile(
    r"\bin\s+consideration\s+of\s+the\s+mutual\s+(?:promises|covenants|agreements|undertakings)",
    re.IGNORECASE,
)


def _is_recital(text: str) -> bool:
    """Whether ``_RECITAL`` finds a recital in ``text``: its opening, tried at the start only,
    or its mutual-promises phrase, searched for only in a text that holds "consideration" (a
    long case-insensitive search is the costly part, and most sentences lack the word)."""
    if _RECITAL_OPENING.match(text):
        return True
    folded = Prefilter.fold(text)
    return (folded is None or "consideration" in folded) and bool(_MUTUAL_PROMISES.search(text))


_DEFINED_TERM = re.compile(
    # the fewest leading words first, so '"Voice Twin" means' defines "Voice Twin", not "Twin"
    r"^\W{0,3}(?:(?:[\w.]{1,8}|\(\w{1,4}\))\s+){0,2}?[\"\u201c]?(?P<term>[A-Z][^\"\u201c\u201d]{2,40})"
    r"[\"\u201d]\s+(?:shall\s+mean|means|refers\s+to|is\s+defined\s+as"
    # 'A "Digital Voice Edition" is an audio edition ... synthesised with a voice model'
    r"|(?:is|are)\s+(?:an?|any|each)\s)"
)
_TRAILING_TERM = re.compile(
    r"\((?:the\s+|each\s+a\s+|together\s+the\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d()]{2,40})[\"\u201d]\)"
    r"[.;:]?\s*$"
)
# words too general to mark a sentence as AI because a definition mentions AI
_GENERAL_TERMS = frozenset(
    ["Agreement", "Service", "Services", "Content", "Materials", "Material", "Work", "Works",
     "Term", "Territory", "Products", "Product", "Platform", "App", "Campaign", "Project",
     "Production", "Recordings", "Images", "Data", "Uses", "Use", "Outputs", "Output",
     "Booking", "Bookings", "Engagement", "Engagements", "Assignment", "Assignments"]
)


def _iter_term_starts(term: str, text: str, folded: str | None) -> Iterator[int]:
    """Where ``term`` occurs in ``text`` ignoring case: the starts ``re.finditer`` gives for
    ``re.escape(term)`` with ``re.IGNORECASE`` (leftmost, not overlapping).

    ``folded`` is ``Prefilter.fold(text)``: the lower-cased text, or None when it holds one of
    the few characters ``re`` matches to an ASCII letter although lower-casing does not. For an
    ASCII term and such a text, a plain substring search of the lower-cased text finds the same
    places, many times faster than a case-insensitive regex over a long contract.
    """
    needle = term.lower()
    if folded is None or not term.isascii() or not needle:
        for match in re.finditer(re.escape(term), text, re.IGNORECASE):
            yield match.start()
        return
    start = folded.find(needle)
    while start >= 0:
        yield start
        start = folded.find(needle, start + len(needle))


def _models_a_thing(finding: Finding) -> bool:
    """Whether an AI finding only names a model or a scan of a thing: "a 3D scan of the stone",
    'a "digital twin" certificate, a 3D scan of the stone', "the digital twin of the harvester".
    What follows the cue, "of" and a determiner, names no person, no part of one and no proper
    name ("a 3D scan of the Model", "a digital twin of your body" keep their readings)."""
    if finding.rule.id != "ai.replica_terms" or not finding.evidence.cues:
        return False
    quote = finding.evidence.quote
    for cue in finding.evidence.cues:
        if _HYPHEN_SPACED.sub("-", cue.lower()) not in _THING_MODEL_CUES:
            return False
        found = re.search(
            r"\s*-\s*".join(re.escape(part.strip()) for part in cue.split("-")), quote
        )
        at = found.start() if found else -1
        after = quote[found.end() :] if found else ""
        match = (
            _OF_A_THING.match(after)
            or next((m for m in (e.search(after[:120]) for e in _EXPLAINED_AS_THING) if m), None)
            or (_THING_OWNS.search(quote[max(at - 60, 0) : at]) if at >= 0 else None)
        )
        thing = match.group("thing") if match else ""
        if not thing or _PERSON_OR_LIKENESS.search(thing) or _PERSON_WORDS.search(thing):
            return False
        if match and "names" in match.re.groupindex and _names_a_person(match.group("names")):
            # "a little avatar of the Model generated from her scan", "a digital replica of the
            # Model only with the Model's prior written consent"
            return False
    return True


def _names_a_person(names: str) -> bool:
    """Whether a name before the thing, not itself a possessive, is a person: "of the Model
    generated from her scan" (the Model is what is modelled); "of the Museum's children's
    programme" names the programme, whose possessors do not matter."""
    return any(
        _PERSON_OR_LIKENESS.fullmatch(word) or _PERSON_WORDS.fullmatch(word)
        for word in names.split()
        if not word.endswith(("'s", "\u2019s"))
    )


_THING_MODEL_CUES = frozenset([
    "digital twin", "digital twins", "3d scan", "3d scans", "3d model", "3d models",
    "digital model", "digital models", "digital copy", "digital copies", "digital replica",
    "digital replicas", "three-dimensional scan", "three-dimensional scans", "3-d scan",
    "3-d scans", "three-dimensional model", "three-dimensional models", "avatar", "avatars",
])
# a cue as the tokenizer leaves it, "three - dimensional scan", is compared without the spaces
_HYPHEN_SPACED = re.compile(r"\s*-\s*")
# the thing whose model it is named before the cue: 'which its engineers call the booth's
# "digital twin"', "the building's digital twin" (not "the Model's digital twin")
_THING_OWNS = re.compile(
    r"\b(?:the|its|our|their|this|that|each)\s+(?P<thing>[a-z][\w-]*)['\u2019]s\s*[\"\u201c']?\s*$"
)
# after the cue: "of the stone", '" certificate, a 3D scan of the stone', "(a 3D model) of each
# block", "of the Harveco CX 7 combine harvester", "of twelve (12) Hungarian stadiums"; the thing
# ends in one to three lower-case words, after at most three names or numbers
_OF_A_THING = re.compile(
    r"[\"\u201d']?\s*(?:[a-z][\w-]*\s*)?(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|\([^()]{0,40}\)\s*)?"
    r"of\s+(?:the|a|an|each|every|its|their|our|this|that|these|those|all|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?:\s+\(\d+\))?)\s+"
    r"(?P<names>(?:(?:[A-Z0-9][\w-]*)(?:['\u2019]s)?\s+){0,3}(?:[a-z][\w-]*['\u2019]s\s+)?)"
    r"(?P<thing>(?:(?!%s)[a-z][\w-]*\s+){0,2}(?!%s)[a-z][\w-]*)\b"
    % ((r"(?:for|in|on|to|from|with|by|at|and|or|of|as|that|which|who|is|are|was|were)\b",) * 2)
)
# or explained as a model of a thing close after it: '"digital twin" models of bridges and
# treatment works', 'the city's "Digital Twin" harbour model', '"Digital twins for cocoa
# cooperatives: can a computer model of a farm help"'
_THING_WORDS = r"(?P<thing>(?:(?!%s)[a-z][\w-]*\s+){0,2}(?!%s)[a-z][\w-]*)\b" % (
    (r"(?:for|in|on|to|from|with|by|at|and|or|of|as|that|which|who|is|are|was|were)\b",) * 2
)
_DETERMINER = r"(?:(?:the|a|an|each|its|their|our)\s+)?"
_EXPLAINED_AS_THING = (
    re.compile(r"^[\"\u201d']?\s*models?\s+of\s+" + _DETERMINER + _THING_WORDS),
    re.compile(r"^[\"\u201d']?\s*(?P<thing>[a-z][\w-]*)\s+model\b"),
    re.compile(r"\b(?:computer|3d|digital|virtual|simulation)\s+models?\s+of\s+" + _DETERMINER
               + _THING_WORDS, re.IGNORECASE),
)
_PERSON_WORDS = re.compile(
    r"\b(?:model|models|body|bodies|head|heads|figure|figures|self|character|characters|man|woman|"
    r"men|women|boy|girl|teen|baby|kid|kids|person|persons|human|humans|hand|hands|foot|feet|"
    r"skin|hair|eyes?|smile|movements?|gestures?|dancers?|ambassadors?|family|families|"
    r"team|teams|crew|crews|couple|couples|twins)\b",
    re.IGNORECASE,
)


def _iter_broken_term_starts(term: str, text: str, folded: str | None) -> Iterator[int]:
    """Where a term of several words occurs in ``text`` ignoring case with other whitespace than
    one space between its words (a line break, a double space); nothing for a one-word term.

    ``folded`` is ``Prefilter.fold(text)``; as in :func:`_iter_term_starts`, an ASCII term is
    looked for in it case-sensitively from each place its first word occurs, which finds the same
    places as a case-insensitive regex over the whole text, many times faster.
    """
    words = term.split()
    if len(words) < 2:
        return
    if folded is None or not term.isascii():
        pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
        haystack = text
    else:
        pattern = re.compile(r"\s+".join(map(re.escape, term.lower().split())))
        haystack = folded
    first = words[0].lower() if haystack is folded else None
    position = 0
    while True:
        if first is None:
            match = pattern.search(haystack, position)
        else:
            found = haystack.find(first, position)
            if found < 0:
                return
            match = pattern.match(haystack, found)
            if match is None:
                position = found + 1
                continue
        if match is None:
            return
        if " ".join(match.group().split()) != match.group():
            yield match.start()
        position = match.end()


def _outside_look_alike_terms(
    ai_findings: Sequence[Finding], findings: Sequence[Finding]
) -> list[Finding]:
    """The AI findings left once a term the contract defines as a look-alike is set aside
    wherever it is named: after '(f) "Avatar" means the profile picture or illustrated icon that
    you choose', "Your channel name and Avatar are displayed beside your videos" names the icon.
    A term the contract also defines as AI elsewhere keeps its readings."""
    defined: dict[str, bool] = {}
    for finding in findings:
        if finding.rule.target != "ai":
            continue
        match = _DEFINED_TERM.match(finding.evidence.quote)
        if match is None:
            continue
        term = match.group("term").strip()
        if finding.rule.qualifies:
            defined.setdefault(term, True)
        elif any(term == cue for cue in finding.evidence.cues):
            defined[term] = False
    look_alikes = {term for term, alike in defined.items() if alike}
    if not look_alikes:
        return list(ai_findings)
    return [
        f for f in ai_findings if not (f.evidence.cues and f.evidence.cues[0] in look_alikes)
    ]


_HEADING_WORDS = re.compile(r"^\W*(?:[A-Za-z\-]+\s*){1,4}[.:]?\W*$")


def _outside_look_alike_headings(
    ai_findings: Sequence[Finding], findings: Sequence[Finding]
) -> list[Finding]:
    """The AI findings left once a clause heading, or a later sentence of the same clause, that
    names a look-alike is set aside.

    "5. Avatars. Students choose their own avatar (profile picture) in the School's learning app
    from a set of cartoon animals." The heading "Avatars." is a sentence of its own; the clause
    it heads reads its avatar as a look-alike, so the heading names that look-alike too. A
    heading over a clause that also speaks about AI keeps its reading (the clause does). A
    sentence that names the same word again is read the same way (``_repeats_look_alike``).
    """
    alike_quotes: dict[str | None, list[str]] = {}
    for finding in findings:
        if finding.rule.target == "ai" and finding.rule.qualifies:
            alike_quotes.setdefault(finding.evidence.clause, []).append(
                finding.evidence.quote.lower())
    if not alike_quotes:
        return list(ai_findings)
    explained = {
        stem for stem in _EXPLAINED_ONCE
        if any(stem in quote for quotes in alike_quotes.values() for quote in quotes)}

    def names_look_alike(finding: Finding) -> bool:
        evidence = finding.evidence
        if not evidence.cues:
            return False
        stem = evidence.cues[0].lower().rstrip("s")
        if not any(stem in quote for quote in alike_quotes.get(evidence.clause, ())):
            return stem in explained and _names_look_alike_again(finding)
        if _HEADING_WORDS.match(evidence.quote):
            return not any(
                other.evidence.clause == evidence.clause and other is not finding
                and not _HEADING_WORDS.match(other.evidence.quote) for other in ai_findings)
        return _repeats_look_alike(finding, stem, ai_findings)

    return [f for f in ai_findings if not names_look_alike(f)]


# words that make a sentence about a replica whatever a term meant before it
_REPLICA_WORDS = re.compile(
    r"\b(?:ai|a\.i\.|artificial|generat\w*|synthetic|replica\w*|digital|scan\w*|clon\w*|train\w*|"
    r"likeness|3d|animated|deepfake\w*|machine|virtual|computer)\b",
    re.IGNORECASE,
)


def _repeats_look_alike(finding: Finding, stem: str, ai_findings: Sequence[Finding]) -> bool:
    """Whether a sentence names again, in the same numbered clause, the look-alike a sentence
    before it explained: "The Studio's booking system lets each model upload a profile picture,
    which the system calls an "avatar" ... The Model may change or delete her avatar at any time."
    Only a replica word alone in its sentence (no AI or replica word beside it) and in its clause
    (every AI finding there names the same word) is read so."""
    evidence = finding.evidence
    if evidence.clause is None or finding.rule.id != "ai.replica_terms":
        return False
    if any(other.evidence.clause == evidence.clause
           and not all(cue.lower().rstrip("s") == stem for cue in other.evidence.cues)
           for other in ai_findings):
        return False
    rest = evidence.quote
    for cue in evidence.cues:
        rest = rest.replace(cue, " ")
    return not _REPLICA_WORDS.search(rest)


# words a contract may explain once as a look-alike and then name bare
_EXPLAINED_ONCE = ("avatar", "digital twin")


def _names_look_alike_again(finding: Finding) -> bool:
    """Whether a sentence names again the avatar (or the digital twin) another clause explained as
    a look-alike: 'Your avatar is the small picture shown next to your name' (clause 2.2) ... 'We
    may feature your Showreel, your name and your avatar in the marketing of Castwell' (clause
    4.1); 'a digital twin of the building made by laser scan' ... 'The Agency owns the digital
    twin and the tour software'. A contract that has said what its avatar is means the same thing
    each time it names it; only the bare word, with no AI or replica word beside it, is read so
    ("an avatar of you", "an avatar generated from your scans" keep their readings)."""
    if finding.rule.id != "ai.replica_terms" or len(finding.evidence.cues) != 1:
        return False
    rest = finding.evidence.quote.replace(finding.evidence.cues[0], " ")
    return not _REPLICA_WORDS.search(rest) and not _AVATAR_OF.search(finding.evidence.quote)


# an avatar of someone, one that acts like a person, or one being made ("create an avatar for the
# campaign") keeps its reading as a replica
_AVATAR_OF = re.compile(
    r"\bavatars?\s+(?:of|that\s+(?:looks?|speaks?|moves?))\b|\b(?:creat\w*|build\w*|built)\b",
    re.IGNORECASE)


_PERSON_OR_LIKENESS = re.compile(
    r"\b(?:you|your|yours|i|me|my|he|she|him|her|his|they|them|their|talent|performer|"
    r"actor|actress|artist|creator|influencer|presenter|narrator|player|athlete|member|employee|"
    r"participant|contributor|singer|dancer|musician|person|people|individual|staff|likeness|image|"
    r"extra|extras|cast|guest|guests|visitor|visitors|child|children|student|students|pupil|pupils|"
    r"worker|workers|volunteer|volunteers|user|users|customer|customers|patient|patients|host|"
    r"images|voice|voices|face|faces|body|appearance|persona|photograph|photographs|photo|photos|"
    r"picture|pictures|portrait|portraits|footage|recording|recordings|video|videos|scan|scans|"
    r"selfie|selfies|headshot|headshots|identity|biometric|performance|audio|sound)\b",
    re.IGNORECASE,
)


_KIND_OF_MODEL = re.compile(
    r"\b(?!(?:the|a|an|each|every|any|all|our|its|their|your|his|her|this|that|these|those|of|as|"
    r"with|for|and|or|by|other|new|one|no|fashion|female|male|child|adult|fit|hand|plus)\b)"
    r"[a-z0-9][a-z0-9-]*\s+models?\b"
)


def _defined_term_use(quote: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``quote`` as a capitalised defined term: "may use the Avatar as
    described", not a name's first word ("the Avatar Cup", "Avatar Studio Olomouc") nor the first
    word of the sentence."""
    index = quote.find(cue)
    if index <= 0 or not cue[:1].isupper():
        return False
    after = quote[index + len(cue):].lstrip(" \"\u201d'\u2019")
    return not after[:1].isupper() and not after[:1].isdigit()


# a hologram of a person named by name: "a hologram of the late Ewan Rutherford-Kerr, fiddler"
_OF_A_NAMED_PERSON = re.compile(
    r"(?i:\bhologram)\s+of\s+(?:the\s+late\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b"
)


# the contract spells "AI" out as something other than artificial intelligence: 'the AI form (our
# "Allergy Information" form)', "ask for a red lanyard at the AI desk (Artist Information, next to
# the green room)", "Artist Information (AI)"
_AI_SPELLED_OTHERWISE = re.compile(
    r"\bAI\b[^.()\n]{0,40}?\(\s*(?:our\s+|the\s+|an?\s+)?[\"\u201c']?(?!Artificial\b)A[a-z]+\s+I[a-z]+\b"
    r"|\b(?!Artificial\b)A[a-z]+\s+I[a-z]+\s*\(\s*(?:the\s+)?[\"\u201c']?AI[\"\u201d']?\s*\)"
)
_OTHER_AI_WORDS = re.compile(
    r"(?i)artificial|machine|generat|synthetic|clon|avatar|replica|twin|model|train|learning"
)


def _bare_ai_acronym(finding: Finding) -> bool:
    """Whether an AI finding rests only on the letters "AI" ("the AI desk", "and AI form"), which a
    contract that spells them out otherwise does not use for artificial intelligence."""
    cues = finding.evidence.cues
    return bool(cues) and all(
        re.search(r"\bAI\b", cue) and not _OTHER_AI_WORDS.search(cue) for cue in cues
    )


def _unlinked_ai_term(finding: Finding, parties: Parties) -> bool:
    """Whether an AI finding is a replica word in a sentence that names no person and no likeness.

    "The Client's booking is managed with its "digital twin" stock planner, which only tracks yarn
    stock": nothing in the sentence is a person, a party standing for one, or a likeness. When every
    AI finding of a contract reads so, the contract does not speak about replicas of the person.
    """
    if finding.rule.id != "ai.replica_terms" or not finding.evidence.cues:
        return False
    if any(_defined_term_use(finding.evidence.quote, cue) for cue in finding.evidence.cues):
        return False  # "The Organiser may use the Avatar as described in Schedule 1"
    if _OF_A_NAMED_PERSON.search(finding.evidence.quote):
        return False  # "a hologram of the late Ewan Rutherford-Kerr, fiddler"
    # "model" after a word that says what kind of model it is names a thing: "a software model of
    # a pump", "each saddle model", "a digital twin model", "to model crowd flows" (the party, "the
    # Model", or "each model on its books" names a person)
    quote = _KIND_OF_MODEL.sub(" ", finding.evidence.quote)
    for cue in finding.evidence.cues:
        quote = quote.replace(cue, " ")
    if _PERSON_OR_LIKENESS.search(quote):
        return False
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", quote)}
    return not words & parties.person


def _ai_list_items(text: str, clauses: Sequence[Clause], ai_clauses: set[int]) -> set[int]:
    """The items of a list that speaks about AI, read as one sentence with its lead-in.

    "12.3 Withdrawal: (a) the Performer may withdraw a consent ... before the Content Lock; and
    (b) from the Content Lock ... the Digital Double ...": items "(a)", "(b)" after a lead-in that
    ends with a colon continue one sentence, so when the lead-in or any item speaks about AI,
    every item does.
    """
    found: set[int] = set()
    index = 0
    while index < len(clauses):
        lead = clauses[index]
        items = index + 1
        while items < len(clauses) and is_sub_number(clauses[items].number):
            items += 1
        group = range(index, items)
        if (
            items > index + 1
            and text[lead.start : lead.end].rstrip().endswith(":")
            and any(i in ai_clauses for i in group)
        ):
            found.update(group)
        index = max(items, index + 1)
    return found


def _ai_defined_term(text: str) -> str | None:
    """The term a definition sentence that speaks about AI defines ("Moa Echo" means a voice
    message generated by a voice model of the Creator; ... using voice synthesis ("Virtual
    Member")), unless it is a general word."""
    candidates = (
        _DEFINED_TERM.match(text),
        # a definition closing the sentence: '... generative AI ("Virtual Member").' (also where
        # the sentence opens by defining a general word: '"Images" means all photographs ...,
        # including those produced by a generative model ... ("Generated Images").')
        _TRAILING_TERM.search(text[-64:]),
        # a definition right after the AI words it names, mid-sentence: 'we create a
        # computer-generated version of you ("Digital Background Figure") that can be copied'
        _NAMED_AI_THING.search(text),
        # a definition after a colon: 'may create a "Digital Background Performer": a
        # computer-generated figure resembling the Performer'
        _COLON_TERM.search(text),
    )
    for match in candidates:
        if match:
            term = match.group("term").strip()
            if term not in _GENERAL_TERMS:
                return term
    return None


_COLON_TERM = re.compile(
    r"[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d()]{2,40})[\"\u201d]\s*:\s+(?:an?|the)\s"
)
_NAMED_AI_THING = re.compile(
    r"(?:generated|synthetic|digital|virtual|replica|clone|double|twin|avatar|scan)\b"
    r"[\w\s,'\u2019-]{0,30}\s\((?:the\s+|each\s+a\s+)?[\"\u201c](?P<term>(?-i:[A-Z])[^\"\u201c\u201d()]{2,40})[\"\u201d]\)",
    re.IGNORECASE,
)


def _is_heading_line(text: str, number: str | None) -> bool:
    """A numbered clause that is one short line without closing punctuation ("2. Permission to
    repost") is a heading, even where the segmenter did not record one."""
    line = text.strip()
    if not number or "\n" in line or not line.startswith(number):
        return False
    rest = line[len(number) :].lstrip(" .)\t")
    words = rest.split()
    return (
        0 < len(words) <= 8
        and rest[-1:].isalpha()
        and not any(c in rest for c in "_[(\"\u201c:;,")
        and not any(c.isdigit() for c in rest)
    )


def _prefer_specific(
    candidates: Sequence[tuple[Rule, int, int]],
) -> list[tuple[Rule, int, int]]:
    """Drop a hit when an overlapping hit for the same target has a higher priority or is longer."""
    kept = []
    for rule, first, last in candidates:
        beaten = any(
            other is not rule
            and _same_target(rule, other)
            and _compete(rule, other)
            and o_first < last
            and first < o_last
            and (other.priority, o_last - o_first) > (rule.priority, last - first)
            for other, o_first, o_last in candidates
        )
        if not beaten and (rule, first, last) not in kept:
            kept.append((rule, first, last))
    return kept


def _prefer_specific_flags(
    candidates: Sequence[tuple[Rule, int, int]], keys: Collection[str]
) -> list[tuple[Rule, int, int]]:
    """The hits :func:`_prefer_specific` keeps, and a red flag's hit that only a hit its own rule's
    excludes veto beat.

    "The Company may license the Materials to its affiliates and partners": the narrow reading
    "to its affiliates" (a transfer to related companies) is vetoed by "partners", so it cannot
    keep the wider transfer from being flagged. Requirement hits compete as before.
    """
    kept = _prefer_specific(candidates)
    vetoed = [c for c in candidates if f"exclude:{c[0].id}" in keys]
    if not vetoed or not any(c[0].target == "red_flag" for c in candidates):
        return kept
    open_hits = [c for c in candidates if c not in vetoed]
    kept += [c for c in _prefer_specific(open_hits)
             if c[0].target == "red_flag" and c not in kept]
    return kept


def _word_pairs(tokens: Sequence[Token], first: int, last: int) -> set[tuple[str, str]]:
    """The lower-case pairs of neighbouring words inside ``tokens[first:last]``."""
    return {(tokens[i].lower, tokens[i + 1].lower) for i in range(first, last - 1)}


def _repeats_name(tokens: Sequence[Token], first: int, last: int,
                  names: Collection[tuple[str, str]]) -> bool:
    """Whether the hit, with the capitalised word next to it, repeats a look-alike's name.

    "Avatar" in "Avatar Nutrition products", after "Avatar Nutrition Ltd" was read as a company:
    the hit's first word and the capitalised word before it, or its last word and the
    capitalised word after it, are a pair of that name.
    """
    if not names:
        return False
    before = first - 1
    after = last
    return (
        before >= 0
        and tokens[before].text[:1].isupper()
        and (tokens[before].lower, tokens[first].lower) in names
    ) or (
        after < len(tokens)
        and tokens[after].text[:1].isupper()
        and (tokens[last - 1].lower, tokens[after].lower) in names
    )


def _compete(a: Rule, b: Rule) -> bool:
    """Whether two overlapping hits on one requirement are rival readings of the words.

    A limit on a way out ("within fourteen days after the visit", "for new licences") qualifies
    the way out it overlaps ("may ask ... that material ... be left out"): both stand, and the
    limit decides how far the way out reaches. Only hits of the same kind compete. (Consent
    limits keep competing: a longer consent reading of the same words is the better reading.)
    """
    if a.requirement != "revocation" or b.requirement != "revocation":
        return True
    return a.qualifies == b.qualifies


def _same_target(a: Rule, b: Rule) -> bool:
    if a.target == "ai" or b.target == "ai":
        return a.target == b.target
    return (a.requirement is not None and a.requirement == b.requirement) or (
        a.red_flag is not None and a.red_flag == b.red_flag
    )


class ClauseClassifier(Protocol):
    """A learned clause classifier: scores per label "requirement:effect" for each clause text."""

    threshold: float

    def predict(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        """Return one mapping of label to probability per text."""
        ...


def _learned_rule(requirement: str, effect: str) -> Rule:
    """The rule record a classifier finding cites, so reports say which signal decided."""
    return Rule(
        id=f"learned.{requirement}_{effect}",
        pack="learned",
        target="requirement",
        requirement=requirement,
        effect=effect,
        red_flag=None,
        phrases=(),
        patterns=(),
        regex=(),
        context=(),
        exclude=(),
        holder="any",
        negated="ignore",
        weakened_by=(),
        fallback=False,
        priority=-10,
        reason=f"a clause classifier trained on the labelled clauses reads this clause as "
        f"{effect} (no rule matched).",
        examples=(),
    )


def _holder_fits(wanted: str, holder: str | None) -> bool:
    """Whether a hit held by ``holder`` (None: unknown) fits a rule's ``holder`` setting."""
    if wanted == "any":
        return True
    if wanted == "not_person":
        return holder != "person"
    if wanted == "other":
        return holder == "other"
    return holder in (None, "person")


# what pictures or records a person: an "of" after them names who is pictured
_DEPICTIONS = frozenset(
    ["photograph", "photographs", "photo", "photos", "image", "images", "picture", "pictures",
     "footage", "video", "videos", "recording", "recordings", "portrait", "portraits", "scan",
     "scans"]
)

# verbs of taking something out of a place: a "from" after them names the place
_REMOVAL_WORDS = frozenset(
    ["remove", "delete", "delist", "unpublish", "withdraw", "erase", "retire", "take"]
)


def _holder_of(sentence: Sentence, first: int, last: int, parties: Parties,
               marks: _PartyMarks | None = None) -> str | None:
    """Whose act or right a hit is (``_holder_of_words``); an unowned consent that the other
    side's act must not go "without" is the person's: "The Producer shall not use photographs of
    the Performer without prior written consent"."""
    holder = _holder_of_words(sentence, first, last, parties, marks)
    if holder == "other" and _unowned_after_without(sentence.tokens, first, last):
        return "person"
    if holder == "person" and _others_of_person(sentence.tokens, first, last):
        # "will not seek the consent of the staff member's estate or family": someone else's
        return "other"
    return holder


# what may stand between "without" and an unowned consent ("without the prior written consent")
_CONSENT_ADJECTIVES = frozenset(
    ["the", "any", "a", "prior", "written", "express", "explicit", "specific", "separate",
     "advance", "informed", "and", ",",
     # "shall not create a replica of the Performer without her prior written consent": the
     # other side's act, so "her" is the person
     "his", "her"]
)


def _unowned_after_without(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the hit is a consent word after "without" and only adjectives, with no owner
    named after it ("without prior written consent", not "... consent of the Company"), in a
    sentence that forbids an act without it."""
    if not any(t.lemma in _CONSENT_LEMMAS for t in tokens[first:last]):
        return False
    at = first - 1
    while at >= 0 and tokens[at].lower in _CONSENT_ADJECTIVES:
        at -= 1
    if at < 0 or tokens[at].lower != "without":
        return False
    if last < len(tokens) and tokens[last].lower in {"of", "from", "by"}:
        return False
    # the other side's act forbidden without it ("shall not use ... without"); an act done
    # "without permission" by someone else ("published by a third party without permission")
    # names no consent of the person
    for token in reversed(tokens[:at]):
        if token.lower in {";", ":"}:
            return False
        if token.lower in {"not", "never", "n't"}:
            return True
    return False


_CONSENT_LEMMAS = frozenset(
    ["consent", "approval", "permission", "authorisation", "authorization", "agreement"]
)


def _holder_of_words(sentence: Sentence, first: int, last: int, parties: Parties,
                     marks: _PartyMarks | None = None) -> str | None:
    """Whose act or right a hit is, from the words around it.

    In order: a possessive just before the hit ("the Model's consent", "your consent"), a party
    named just after it ("consent of the Model", "revoked by the Talent"; of several parties named
    together, the person if among them: "the consent of the Company or of the Artist"), the other
    side of whoever asks for a consent ("we do not ask for separate consent": the consent asked
    for is the person's), else the nearest party word before it in the sentence (the subject:
    "the Company may terminate").
    """
    tokens = sentence.tokens
    if _relative_which_subject(tokens, first):
        return "other"
    for index in range(first - 1, max(first - 4, -1), -1):
        token = tokens[index]
        if token.lower in {"'s", "\u2019s", "'"} and index > 0:
            side = _side_at(tokens, index - 1, parties)
            if side:
                return side
        if token.lower in _POSSESSIVES:
            return _POSSESSIVES[token.lower]
    for index in range(last, min(last + 3, len(tokens) - 1)):
        if tokens[index].lower in {"by", "of", "from"}:
            following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
            if following in _POSSESSIVES:
                # "take down your Content from our feeds": a place, not who acts
                break
            if _foreign_participle(tokens, index, last):
                # "any season not yet commissioned from the Studio": the agent of the
                # participle, not who holds the hit's right
                break
            if tokens[index].lower == "of" and (
                tokens[last - 1].lower in _DEPICTIONS or tokens[index - 1].lower in _DEPICTIONS
            ):
                # "The Brand may use the photographs of the Model", "may allow its sponsors to
                # use images of the Player": who is pictured, not who acts
                break
            if tokens[index].lower == "from" and any(
                t.lower in _REMOVAL_WORDS for t in tokens[first:last]
            ):
                # "You can delete your photo from the gallery": where it is removed from, not
                # who removes it
                break
            at = index + 1
            while at < min(index + 4, len(tokens)) and tokens[at].lower in _DETERMINERS:
                at += 1
            side = _side_at(tokens, at, parties) if at < min(index + 4, len(tokens)) else None
            if (
                tokens[index].lower == "from"
                and at + 1 < len(tokens)
                and tokens[at + 1].lower in _POSSESSIVE_MARKS
            ):
                # "remove from the Stud's website": the party's place, not who acts
                break
            if side == "other" and _coordinated_side(tokens, at + 1, parties) == "person":
                return "person"
            if side:
                return side
            break
    marks = marks if marks is not None else _PartyMarks(sentence, parties)
    asker = _consent_asker(sentence, first, last, marks)
    if asker is not None:
        return "person" if asker == "other" else "other"
    nearest: str | None = None
    condition, parenthesis = _closed_asides(tokens, first)
    for index, side in marks.before(first):
        if side is None:  # a semicolon or colon ends the subject's reach
            break
        if index in condition:
            # "If the Guide leaves the Operator's employment, she may ask": a party named in an
            # opening condition closed by a comma is not the main clause's subject
            continue
        if _addressee(tokens, index):
            # "may withdraw it by e-mail to the Producer until the Final Cut Date": whom a
            # notice goes to is not who acts
            continue
        if _intermediary(tokens, index):
            # "The Model, through the Agency, may withdraw consent": the channel the act goes
            # through is not who acts
            continue
        if index in parenthesis and nearest is None:
            # "The Talent (personally or through the Agency) may withdraw consent": a party
            # named in a closed parenthesis is not the sentence's subject
            continue
        verb_at = _verb_after_subject(tokens, index)
        following = tokens[verb_at].lower if verb_at < len(tokens) else ""
        if following in _SUBJECT_VERBS and index not in parenthesis:
            # ("WhatsApp to the marketing manager is enough") the subject of a closed
            # parenthesis is not the subject of the sentence around it
            # "I grant the Photographer the right to sell": the grantee, named between the
            # granting subject and the hit, is who may act
            if following in _GRANT_VERBS:
                grantee = _grantee_side(tokens, verb_at + 1, first, parties)
                if grantee and grantee != side:
                    return grantee
                if nearest and nearest != side:
                    return nearest
            return side
        nearest = nearest or side
    # "If the Sponsor terminates under Section 11.1, it may withdraw any Endorsement Materials":
    # "it" takes up the company the opening condition names (never the person)
    if (
        nearest is None
        and condition
        and _it_after(tokens, max(condition) + 2, first)
        and any(side == "other" for index, side in marks.before(first) if index in condition)
    ):
        return "other"
    return nearest


def _it_after(tokens: Sequence[Token], at: int, first: int) -> bool:
    """Whether the word at ``at`` (before the hit at ``first``) is the pronoun "it"."""
    return at < first and tokens[at].lower == "it"


def _verb_after_subject(tokens: Sequence[Token], index: int) -> int:
    """Where the verb after the party word at ``index`` stands: the next word, or the one after
    an adverb before a grant ("The Artist irrevocably grants")."""
    at = index + 1
    if (
        at + 1 < len(tokens)
        and tokens[at].lower.endswith("ly")
        and tokens[at + 1].lower in _GRANT_VERBS
    ):
        return at + 1
    return at


def _grantee_side(tokens: Sequence[Token], at: int, first: int, parties: Parties) -> str | None:
    """The side of the party a grant names just after its verb, before the hit at ``first``:
    "You grant us a licence ... and to sublicense", "grants to the Studio the right to license"."""
    while at < first and tokens[at].lower in _DETERMINERS | {"to", "unto"}:
        at += 1
    if at >= first:
        return None
    return _side_at(tokens, at, parties)


def _addressee(tokens: Sequence[Token], index: int) -> bool:
    """Whether the party word at ``index`` follows "to" (past determiners): "to the Producer"."""
    at = index - 1
    while at >= 0 and tokens[at].lower in _DETERMINERS:
        at -= 1
    return at >= 0 and tokens[at].lower == "to"


def _intermediary(tokens: Sequence[Token], index: int) -> bool:
    """Whether the party word at ``index`` follows "through" or "via" (past determiners)."""
    at = index - 1
    while at >= 0 and tokens[at].lower in _DETERMINERS:
        at -= 1
    return at >= 0 and tokens[at].lower in {"through", "via"}


_CONDITION_OPENERS = frozenset(["if", "when", "where", "after", "once", "while", "should"])


def _closed_asides(
    tokens: Sequence[Token], first: int
) -> tuple[frozenset[int], frozenset[int]]:
    """The token positions of an opening condition ("If the Guide leaves the Operator's
    employment,") whose comma stands before token ``first``, and those inside parentheses that
    open and close before it."""
    condition: frozenset[int] = frozenset()
    start = 0
    while start < first and not tokens[start].text[:1].isalpha():
        start += 1  # the clause number
    if start < first and tokens[start].lower in _CONDITION_OPENERS:
        comma = next((i for i in range(start, first) if tokens[i].text == ","), None)
        if comma is not None:
            condition = frozenset(range(start, comma))
    if not any(t.text == ")" for t in tokens[:first]):
        return condition, frozenset()
    inside: set[int] = set()
    opened: int | None = None
    for index in range(first):
        text = tokens[index].text
        if text == "(":
            opened = index
        elif text == ")" and opened is not None:
            inside.update(range(opened, index + 1))
            opened = None
    return condition, frozenset(inside)


# past participles not ending in "-ed" that introduce their agent ("made by", "given by")
_IRREGULAR_PARTICIPLES = frozenset(
    ["made", "given", "done", "taken", "written", "sent", "shown", "held", "built", "brought",
     "bought", "sold", "chosen", "drawn", "spoken", "known", "kept"]
)
# nouns naming an act that a participle after them may describe ("consent given by the Model",
# "a withdrawal made by the Talent"): the participle's agent is then the act's
_ACT_NOUNS = frozenset(
    ["consent", "permission", "approval", "authorisation", "authorization", "agreement",
     "withdrawal", "revocation", "objection", "notice", "request", "instruction", "election",
     "decision", "direction", "opt-out", "waiver", "release"]
)


def _is_participle(token: Token) -> bool:
    """Whether a word reads as a past participle ("commissioned", "supplied", "made"); without a
    tagger, a word in "-ed" whose lemma differs from it, or a common irregular one."""
    lower = token.lower
    if lower in _IRREGULAR_PARTICIPLES:
        return True
    return lower.endswith("ed") and len(lower) > 4 and token.lemma != lower


def _foreign_participle(tokens: Sequence[Token], preposition: int, last: int) -> bool:
    """Whether the party after ``preposition`` is the agent of a past participle that stands
    outside the hit, not the holder of the hit's act or right.

    In "The Artist may object to the use of the voice for any season not yet commissioned from
    the Studio" the Studio commissions seasons; the objection is still the Artist's. The party
    after "by", "of" or "from" is the participle's agent when the participle stands right before
    the preposition and after the hit's end. A participle that describes the hit's own act noun
    ("the consent given by the Model", "a withdrawal made by the Talent") keeps its agent as the
    holder, and so does a participle inside the hit ("revoked by the Talent")."""
    participle = preposition - 1
    if participle < last or not _is_participle(tokens[participle]):
        return False
    return not (participle > 0 and tokens[participle - 1].lemma in _ACT_NOUNS)


def _coordinated_side(tokens: Sequence[Token], at: int, parties: Parties) -> str | None:
    """The side of a party named together with the one just read: "of the Company or of the
    Artist", "by the Agency and the Model" (``at`` is the token after the first party's word)."""
    if at >= len(tokens) or tokens[at].lower not in {"or", "and", "nor"}:
        return None
    at += 1
    if at < len(tokens) and tokens[at].lower in {"by", "of", "from"}:
        at += 1
    while at < len(tokens) and tokens[at].lower in _DETERMINERS:
        at += 1
    return _side_at(tokens, at, parties) if at < len(tokens) else None


# what asks for a consent: "we do not ask for separate consent", "the Producer shall obtain
# consent", "the Club need not seek any further approval"
_ASKING_VERBS = frozenset(["ask", "seek", "obtain", "request", "get", "need", "require", "secure"])
# words that may stand between the asking verb and the consent it asks for
_ASKED_FILLERS = frozenset(
    ["for", "any", "the", "a", "an", "such", "further", "separate", "additional", "new", "specific",
     "individual", "prior", "written", "express", "explicit", "formal", "fresh"]
)
_CONSENT_NOUNS = frozenset(
    ["consent", "permission", "approval", "authorisation", "authorization", "agreement"]
)
_BE_FORMS = frozenset(["be", "been", "being", "is", "are", "was", "were", "am"])


def _consent_asker(
    sentence: Sentence, first: int, last: int, marks: _PartyMarks
) -> str | None:
    """The side of the party that asks for, seeks or obtains the consent the hit names.

    A consent is given by one party to the other: the party that asks for it ("we do not ask for
    separate consent", "the Studio shall obtain consent before each use", "the Model need not seek
    approval to accept a booking of her own") is the one who receives it, so the consent is the
    other side's. The hit must name a consent, the verb must stand just before it (only
    determiners and words like "separate" or "prior written" between) and must not be passive
    ("you will be asked for consent": the subject is the one asked). None when no such verb or no
    subject is found."""
    tokens = sentence.tokens
    noun = next((i for i in range(first, last) if tokens[i].lemma in _CONSENT_NOUNS), None)
    if noun is None or any(
        t.lower in _POSSESSIVES or t.lower in {"'s", "\u2019s"} for t in tokens[first:noun]
    ):
        return None  # "seek your approval": the hit itself says whose consent it is
    verb = first - 1
    while verb >= 0 and first - verb <= 5 and tokens[verb].lower in _ASKED_FILLERS:
        verb -= 1
    if verb < 0 or tokens[verb].lemma not in _ASKING_VERBS:
        return None
    if verb > 0 and tokens[verb - 1].lower in _BE_FORMS:
        return None
    # the verb's subject, as the subject of a hit is found: a party word followed by a modal or
    # other subject verb ("the Studio shall obtain"), else the nearest party word before it
    nearest: str | None = None
    for index, side in marks.before(verb):
        if side is None:  # a semicolon or colon ends the subject's reach
            break
        if index + 1 < len(tokens) and tokens[index + 1].lower in _SUBJECT_VERBS:
            return side
        nearest = nearest or side
    return nearest


_RELATIVE_MODALS = frozenset(
    ["shall", "will", "may", "must", "can", "should", "would", "then", "also"]
)


def _relative_which_subject(tokens: Sequence[Token], first: int) -> bool:
    """Whether the hit's subject is "which" after a comma: "may complain to the Board, which shall
    ask the buyer to remove it". "Which" stands for a thing or a body (a board, a committee, a
    company), never for the person whose likeness is used, so the act is not the person's.
    Only modal words may stand between: "which the Model may revoke" has its own subject."""
    index = first - 1
    while index >= 0 and tokens[index].lower in _RELATIVE_MODALS:
        index -= 1
    return index >= 1 and tokens[index].lower == "which" and tokens[index - 1].text == ","


class _PartyMarks:
    """Where a sentence names a party (with its side) or has a semicolon or colon (side None).

    Worked out once per sentence, when first asked, for every hit in it to look back through.
    """

    def __init__(self, sentence: Sentence, parties: Parties) -> None:
        self._sentence = sentence
        self._parties = parties
        self._positions: list[int] | None = None
        self._sides: list[str | None] = []

    def before(self, first: int) -> Iterator[tuple[int, str | None]]:
        """The marks before token ``first``, nearest first."""
        if self._positions is None:
            self._positions = []
            sentence, sides = self._sentence, self._parties.sides
            words = sentence.words
            lowers = words.lowers(sentence.first, sentence.stop)
            lemmas = words.lemmas(sentence.first, sentence.stop)
            for index, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True)):
                if lower in {";", ":"}:
                    side = None
                else:
                    side = sides.get(lemma) or sides.get(lower)  # as _side() reads a token
                    if side is None and self._parties.letters:
                        side = _side_at(sentence.tokens, index, self._parties)
                    if side is None or _in_compound_name(sentence.tokens, index):
                        continue
                self._positions.append(index)
                self._sides.append(side)
        for k in range(bisect.bisect_left(self._positions, first) - 1, -1, -1):
            yield self._positions[k], self._sides[k]


def _in_compound_name(tokens: Sequence[Token], index: int) -> bool:
    """Whether a party word is the first part of a capitalised name ("AI Presenter Avatars",
    "Creator Centre", "Model Release"): it names a thing, not the party who acts."""
    token = tokens[index]
    if not token.text[:1].isupper() or token.text.isupper() or index + 1 >= len(tokens):
        return False
    # words in capitals ("THE MODEL AGREES") are a shouted sentence, not a name
    following = tokens[index + 1].text
    return following[:1].isupper() and following.isalpha() and not following.isupper()


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "each"})
_POSSESSIVE_MARKS = frozenset(["'s", "\u2019s"])
_SUBJECT_VERBS = frozenset(
    [
        "may",
        "shall",
        "can",
        "will",
        "must",
        "might",
        "is",
        "are",
        "has",
        "have",
        "hereby",
        "agrees",
        "agree",
        "acknowledges",
        "acknowledge",
        "grants",
        "grant",
        "consents",
        "consent",
        "authorizes",
        "authorises",
        "authorize",
        "authorise",
        "waives",
        "waive",
        "irrevocably",
        "retains",
        "retain",
        "reserves",
        "reserve",
    ]
)
_POSSESSIVES = {"my": "person", "your": "person", "our": "other"}
_GRANT_VERBS = frozenset(
    ["grant", "grants", "authorise", "authorises", "authorize", "authorizes", "hereby"]
)


def _side(token: Token, parties: Parties) -> str | None:
    sides = parties.sides
    return sides.get(token.lemma) or sides.get(token.lower)


# who stands beside the person and may consent or act in her stead ("the Model's estate")
_PERSONS_OTHERS = frozenset(
    ["estate", "estates", "family", "heirs", "heir", "executor", "executors", "relatives",
     "successors", "beneficiaries", "descendants", "next"]
)


def _others_of_person(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the hit's consent is that of someone the person owns, named in the hit or right
    after "of" it: "the consent of the staff member's estate or family", "the Artist's heirs'
    consent" is not hers."""
    end = min(last + 5, len(tokens) - 1)
    if last < len(tokens) and tokens[last].lower != "of" and end > last:
        end = last
    for index in range(max(first - 3, 0), end):
        if tokens[index].lower in _POSSESSIVE_MARKS and tokens[index + 1].lower in _PERSONS_OTHERS:
            return True
    return False


def _side_at(tokens: Sequence[Token], index: int, parties: Parties) -> str | None:
    """The side token ``index`` names: a party word, or a lettered party ("Party B"), read at the
    word "Party" or at its letter."""
    side = _side(tokens[index], parties)
    if side is None and parties.letters:
        token = tokens[index]
        if token.text in parties.letters and index > 0 and tokens[index - 1].lower == "party":
            return parties.letters[token.text]
        if token.lower == "party" and index + 1 < len(tokens):
            return parties.letters.get(tokens[index + 1].text)
    return side


def _behalf_of_other_side(sentence: Sentence, first: int, last: int, parties: Parties) -> bool:
    """Whether the behalf a hit names is the other side's: "on Norrsken's behalf", "on behalf of
    the Company" (the party word the contract defines for the other side)."""
    tokens = sentence.tokens
    for index in range(first, min(last, len(tokens))):
        if tokens[index].lower != "behalf":
            continue
        if index >= 2 and tokens[index - 1].lower in {"'s", "\u2019s"}:
            return _side_at(tokens, index - 2, parties) == "other"
        after = index + 2 if index + 1 < len(tokens) and tokens[index + 1].lower == "of" else None
        if after is not None and after < len(tokens) and tokens[after].lower == "the":
            after += 1
        if after is not None and after < len(tokens):
            return _side_at(tokens, after, parties) == "other"
    return False


def _in_other_than(sentence: Sentence, first: int) -> bool:
    """Whether the hit stands inside an "other than ..." exception that follows a prohibition:
    "shall not use the Avatar ... for any purpose other than the Permitted Uses for which the
    Student has ticked the box" allows the ticked uses; the "not" is the prohibition it lifts.
    (Read for protections only: "shall not use the Photos anywhere other than the Channels
    without asking you" keeps its "not ... without".)"""
    tokens = sentence.tokens
    for index in range(first - 1, max(first - 14, 0), -1):
        if tokens[index].text in {",", ";", ":", "."}:
            return False
        if tokens[index].lower == "than" and tokens[index - 1].lower == "other":
            return True
    return False


def _opens_exception(sentence: Sentence, first: int) -> bool:
    """Whether the hit at token ``first`` opens with "other than" (an exception to what comes
    before it, as "except" is)."""
    return (
        first + 1 < len(sentence.tokens)
        and sentence.lower_at(first) == "other"
        and sentence.lower_at(first + 1) == "than"
    )


def _negation_cue(
    sentence: Sentence,
    first: int,
    last: int,
    cues: NegationCues,
    spared: Collection[int] = frozenset(),
) -> str | None:
    """Return the cue words if a negation governs the hit, else ``None``.

    Cues count within the hit's scope: back to the nearest terminator (or ``window`` tokens) and a
    few tokens after it. "without" and the other negations cancel each other out, so "shall not
    ... without the Model's consent" is an affirmative requirement of consent. A cue on a token in
    ``spared`` negates only its own phrase ("no fee" before "for revoking").
    """
    covered = _covered(sentence, "neg:pseudo") | set(spared)
    inside = set(range(first, last))
    terminators = [
        min(h.last, first)
        for h in sentence.hits
        if h.key == "neg:end" and h.first <= first and not _opens_particulars(sentence, h, first)
    ]
    scope_start = max([*terminators, first - cues.window, 0])
    found = [
        h
        for h in sentence.hits
        if h.key in _PRE_CUE_KEYS
        and scope_start <= h.first
        and h.last <= first
        and not (set(range(h.first, h.last)) & (covered | inside))
        and not _is_local_not(sentence, h.first)
        and not _closed_before(sentence, h.last, first)
        and not _in_closed_condition(sentence, h.first, h.last, first)
        and not _in_closed_relative(sentence, h.first, h.last, first)
        and not _in_other_relative(sentence, h.last, first)
        and not _in_own_subject_relative(sentence, h.last, first)
        and not _in_later_that_clause(sentence, h.last, first)
        and not _in_other_conjunct(sentence, h.last, first, last)
        and not _in_other_infinitive(sentence, h.first, h.last, first)
        and not _in_finite_conjunct(sentence, h.last, first)
        and not _in_closed_subject(sentence, h.last, first)
        and not _is_manner_without(sentence, h, first)
    ]
    # the negation of the verb whose subject the hit is reaches it over the words naming whose it
    # is: "the consent of the Company or of the Artist shall not be required"
    post_end = min(_subject_tail_end(sentence.tokens, last) + 6, len(sentence.tokens))
    # a negation after the hit reaches it only within its clause: in "on the Artist's behalf, and
    # the Agency shall not be required to ..." the ", and" closes it
    post_end = min(
        [post_end]
        + [
            h.first
            for h in sentence.hits
            if h.key == "neg:end"
            and last <= h.first < post_end
            and " ".join(t.lower for t in sentence.tokens[h.first : h.last]) in _CLAUSE_CLOSERS
        ]
    )
    found += [
        h
        for h in sentence.hits
        if h.key == "neg:post"
        and last <= h.first < post_end
        and not (set(range(h.first, h.last)) & covered)
        and not _is_active_require(sentence, h.first, h.last)
    ]
    words = [" ".join(t.text for t in sentence.tokens[h.first : h.last]) for h in found]
    # "without" and the pack's cancelling cues (a waiver: "waives the right to") each cancel a
    # plain negation: "shall not ... without the Model's consent" requires consent, "does not
    # waive the right to revoke" keeps the right
    cancelling = [
        h.key == "neg:cancel" or word.lower() == "without"
        for h, word in zip(found, words, strict=True)
    ]
    has_cancelling = any(cancelling)
    has_plain = not all(cancelling)
    if has_cancelling == has_plain:
        return None
    if has_cancelling and _modal_not_before(sentence.tokens, found, max(first - cues.window, 0)):
        # "shall not assign, sub-license ... any right in a Virtual Model ..., to any other person
        # without the prior written consent of the Model": the "not" is further back than the
        # readings of the words between allow, but no other verb stands between it and the
        # "without", and the two cancel
        return None
    if has_cancelling and _opening_without_before_denial(sentence.tokens, found, last):
        # "Without a signed Body Scan Consent for that client no scan takes place": the "without"
        # phrase opening the sentence is the condition of a denied act, and the two cancel
        return None
    if has_cancelling and _verb_negated_after(sentence.tokens, last):
        # "A title without the Narrator's written approval shall not be released": the verb the
        # "without" phrase stands before is negated, and the two cancel as in "shall not ...
        # without"
        return None
    if not has_cancelling and _double_negation(sentence, found, first):
        return None
    return " / ".join(dict.fromkeys(words))


_MODALS = frozenset(
    ["shall", "must", "may", "will", "can", "could", "should", "would", "is", "are"]
)


def _modal_not_before(tokens: Sequence[Token], found: Sequence[Hit], start: int) -> bool:
    """Whether a modal and "not" stand before the "without" cue in ``found``, back to ``start`` or
    the nearest ";", ":" or ".", with no other modal or finite "is"/"are" between them ("shall not
    assign ..., and in particular any right in a Virtual Model, to any other person without"): a
    ", and" between them closes no clause when no verb of its own follows it. A "not" right before
    the "without" ("but not otherwise without") cancels it too."""
    if len(found) != 1 or tokens[found[0].first].lower != "without":
        return False
    cue = found[0].first
    for index in range(cue - 1, max(start, 1) - 1, -1):
        word = tokens[index].lower
        if word in {";", ":", "."}:
            return False
        if word == "not":
            return (
                tokens[index - 1].lower in _MODALS
                or _opens_list_item(tokens, index)
                # "may assign this Agreement to its holding company ..., but not otherwise
                # without the Presenter's written consent"
                or cue - index == 1
                or cue - index == 2 and tokens[cue - 1].lower in _NOT_WITHOUT_BETWEEN
            )
        if word in _MODALS:
            return False
    return False


# a word that can stand between "not" and "without" in "but not otherwise without her consent"
_NOT_WITHOUT_BETWEEN = frozenset(["otherwise", "then", "elsewhere"])


_ITEM_LABEL = re.compile(r"[a-z]|[ivxl]{1,4}|\d{1,3}")


def _opens_list_item(tokens: Sequence[Token], index: int) -> bool:
    """Whether token ``index`` is the first word of a list item, after its label only: "(e) not
    accept any Booking ... without the Talent's prior written approval" goes on from a lead-in
    ("The Manager shall:") whose modal the "not" negates."""
    return index > 0 and all(
        not t.text[:1].isalnum() or _ITEM_LABEL.fullmatch(t.lower) for t in tokens[:index]
    )


def _verb_negated_after(tokens: Sequence[Token], last: int) -> bool:
    """Whether a modal and "not" follow the hit in its clause ("... shall not be released"), or
    the act is said to be void ("... shall be void")."""
    for index in range(last, min(last + 6, len(tokens))):
        word = tokens[index].lower
        if word in {",", ";", ":", ".", "(", ")"}:
            return False
        if word in {"not", "never", "n't"} and index > last and tokens[index - 1].lower in _MODALS:
            return True
        # "Any use ... without such consent shall be void": what is done without it has no effect
        if word in _NULLITY and tokens[index - 1].lower in {"be", "is", "are", "and"}:
            return True
    return False


_NULLITY = frozenset(["void", "invalid", "null", "voidable", "ineffective"])


def _opening_without_before_denial(
    tokens: Sequence[Token], found: Sequence[Hit], last: int
) -> bool:
    """Whether the only cue is a "without" that opens the sentence (after its clause number) and
    the main clause after the hit denies the act: "Without your written consent, no AI Version is
    made", "Without a signed Consent Form for that client no scan takes place"."""
    if len(found) != 1 or tokens[found[0].first].lower != "without":
        return False
    if any(t.text[:1].isalpha() and t.lower not in _CLAUSE_WORDS for t in tokens[: found[0].first]):
        return False
    for index in range(last, min(last + 7, len(tokens))):
        word = tokens[index].lower
        if word in {";", ":", ".", "(", ")"}:
            return False
        if word in {"no", "nothing", "never"} or (
            word in {"not", "n't"} and tokens[index - 1].lower in _MODALS
        ):
            return True
    return False


_CLAUSE_WORDS = frozenset(["clause", "section", "article", "paragraph", "schedule", "part"])


# the hits of negation cues that stand before what they negate
_PRE_CUE_KEYS = frozenset(["neg:pre", "neg:cancel"])


def _subject_tail_end(tokens: Sequence[Token], last: int) -> int:
    """Where the words after a hit that name whose it is end, when the hit is the subject of a
    verb that follows them: in "the consent of the Company or of the Artist shall not be required"
    the "of ..." phrase runs to "shall". Returns ``last`` when no such phrase and verb follow
    (a comma, a bracket or eighteen words end the search: "the consent of the extras to the
    scanning and to the creation and use of their digital doubles is not required")."""
    if last >= len(tokens) or tokens[last].lower not in {"of", "from", "by"}:
        return last
    for index in range(last + 1, min(last + 18, len(tokens))):
        word = tokens[index].lower
        if word in _MAIN_VERBS:
            return index
        if word in {",", ";", ":", "(", ")"}:
            break
    return last


# words after ", and" that go on naming what the clause already governs ("We will not use the
# Photographs for any other purpose, and in particular not on wine labels, ..., without asking you
# first"): no new clause opens, so the ", and" ends no negation's scope
_PARTICULARS = (
    ("in", "particular"), ("especially",), ("notably",), ("including",), ("above", "all")
)


def _opens_particulars(sentence: Sentence, hit: Hit, first: int) -> bool:
    """Whether a ", and" terminator only goes on to name particulars ("..., and in particular
    ..."), with no verb of their own before token ``first``, so that it closes no clause."""
    if " ".join(t.lower for t in sentence.tokens[hit.first : hit.last]) != ", and":
        return False
    if any(t.lower in _MODALS for t in sentence.tokens[hit.last : first]):
        return False
    following = tuple(t.lower for t in sentence.tokens[hit.last : hit.last + 2])
    return any(following[: len(words)] == words for words in _PARTICULARS)


# terminators that close a coordinated clause (not a colon, which may introduce the answer to a
# table's question: "Consent required: not required")
_CLAUSE_CLOSERS = frozenset(
    [", and", "; otherwise", ", otherwise", "otherwise ,", "but", "however", "whereas", "although",
     "nevertheless", "and may", "and shall", "and will"]
)
_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])


def _without_gerund(sentence: Sentence, first: int) -> bool:
    """Whether the hit is a verb in "-ing" right after "without": "may end all or any of the uses
    in Schedule A by thirty days' notice, without ending this Agreement" says what the way out
    leaves in force; it denies no way out."""
    tokens = sentence.tokens
    return (
        first > 0
        and tokens[first - 1].lower == "without"
        and tokens[first].lower.endswith("ing")
        and len(tokens[first].lower) > 5
    )


_WITHDRAWAL_LEMMAS = frozenset(
    ["withdraw", "withdrawal", "revoke", "revocation", "opt", "opt-out", "delete", "deletion",
     "remove", "removal", "object", "objection", "delist", "delisting", "unpublish"]
)
_NEGATED_AUXILIARIES = frozenset(["does", "do", "did", "will", "shall", "would", "can", "could"])


def _says_what_withdrawal_does(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the hit is ending the whole agreement, negated, with the person's withdrawal as its
    subject: "withdrawing permission does not end this Agreement unless you say that it should".
    The sentence says that the rest of the agreement stays in force; the way out itself stands
    (the subject runs back to a comma, a semicolon or a conjunction, except an "and" that joins
    a second predicate of the same subject: "The withdrawal does not require any payment and does
    not end this Agreement"). A withdrawal said not to
    reach a licence ("Removal does not withdraw the licence for models trained before") limits
    the way out, and keeps its reading."""
    tokens = sentence.tokens
    if tokens[last - 1].lower not in {"agreement", "contract"}:
        return False
    if first < 2 or tokens[first - 1].lower not in {"not", "n't"}:
        return False
    if tokens[first - 2].lower not in _NEGATED_AUXILIARIES:
        return False
    for i in range(first - 3, -1, -1):
        token = tokens[i]
        if token.lower == "and" and i == first - 3:
            # a second predicate of the same subject: "The withdrawal does not require any payment
            # by the Artist and does not end this Agreement"
            continue
        if token.lower in {",", ";", ":", "and", "but", "or", "(", ")"}:
            return False
        if token.lemma in _WITHDRAWAL_LEMMAS or token.lower.startswith("withdraw"):
            return True
    return False


def _is_manner_without(sentence: Sentence, cue: Hit, first: int) -> bool:
    """Whether the cue is "without" opening a phrase of manner that a comma closes before the hit:
    "may at any time, by written notice and without giving reasons, object to any further use"
    says how the person objects; it does not negate the objection. Only "without" and a verb in
    "-ing" ("without giving", "without stating", "without paying") qualify, and a list going on
    after the comma ("without giving notice, consent or payment") keeps the negation."""
    tokens = sentence.tokens
    if tokens[cue.first].lower != "without" or cue.last >= first:
        return False
    gerund = tokens[cue.last].lower
    if not (gerund.endswith("ing") and len(gerund) > 5) or gerund.endswith("thing"):
        return False
    commas = [i for i in range(cue.last, first) if tokens[i].text == ","]
    return bool(commas) and not any(
        t.lower in {"and", "or", "nor"} for t in tokens[commas[0] + 1 : first]
    )


def _double_negation(sentence: Sentence, found: Sequence[Hit], first: int) -> bool:
    """Two negations across a relative clause cancel out.

    "The Dealer will not publish any item that the Athlete has not approved in writing" requires
    the Athlete's approval: the outer "not" governs the main verb, the inner "not" the approval,
    with a relative pronoun between them.
    """
    pre = sorted((h for h in found if h.last <= first), key=lambda h: h.first)
    if len(pre) != 2:
        return False
    outer, inner = pre
    between = sentence.tokens[outer.last : inner.first]
    return any(
        t.lower in _RELATIVES
        # "that" after a preposition points at a noun ("not Videos for that purpose and no usage
        # fee is paid"): no relative clause opens
        and not (t.lower == "that" and index and between[index - 1].lower in _PREPOSITIONS)
        for index, t in enumerate(between)
    )


_PREPOSITIONS = frozenset(
    ["for", "of", "in", "at", "on", "to", "with", "by", "from", "under", "after", "before",
     "during"]
)


# "Yes" opening the answer to a question heading ("Yes, at any time.", "Yes. You can ...")
# The end of a sentence in plain text: a full stop, question or exclamation mark before a space.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
# "Yes" opening the answer, also as the first words of the next numbered clause ("5. Can I have my
# photos taken down?" / "5.1 Yes, at any time.")
_ANSWER_YES = re.compile(
    r"\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+|(?:[a-z]|[ivx]{1,4})[.)]\s+|\(\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\s*\)\s+)?"
    r"yes\b(?![-'\u2019])",
    re.IGNORECASE,
)

# what opens a relative clause describing the provision set aside: "under which", "by which",
# "pursuant to which", "whereby"
_DESCRIBING_OPENERS = frozenset(["which", "whereby"])
# a finite verb that shows the main clause has begun after a comma ("..., that grant applies
# only to ...", "..., the Producer shall not ...")
_MAIN_CLAUSE_VERBS = frozenset(
    ["requires", "require", "needs", "need", "is", "are", "shall", "must", "remains", "applies",
     "apply", "does", "do", "extends", "extend", "covers", "cover", "has", "have", "cannot", "can",
     "may", "will", "should", "governs", "continues", "means"]
)


def _in_set_aside_description(sentence: Sentence, first: int) -> bool:
    """Whether the hit is inside a relative clause describing what an opening "Notwithstanding"
    sets aside, not the clause's own terms.

    In "Notwithstanding paragraph 4 of the Engagement Agreement, under which the Performer
    grants ... irrevocably, in perpetuity and throughout the universe, that grant applies only to
    ..." the words after "under which" say what paragraph 4 provides; the clause's own terms start
    after the comma that is followed by the main clause's verb. A "Notwithstanding" that does not
    open the sentence, or a hit in the main clause, is read as usual."""
    tokens = sentence.tokens
    start = 0
    while start < len(tokens) and not any(c.isalpha() for c in tokens[start].text):
        start += 1  # the clause number ("2.1")
    if start >= first or tokens[start].lower != "notwithstanding":
        return False
    opener = next(
        (
            index
            for index in range(start + 1, first)
            if tokens[index].lower in _DESCRIBING_OPENERS
            and any(t.lower == "," for t in tokens[max(start, index - 4) : index])
        ),
        None,
    )
    if opener is None:
        return False
    for index in range(opener + 1, first):
        if tokens[index].lower == "," and _main_clause_follows(tokens, index + 1):
            return False  # the description closed before the hit
    return True


def _main_clause_follows(tokens: Sequence[Token], at: int) -> bool:
    """Whether a finite verb comes within a few words after a comma, with no comma between:
    the subject and verb of the main clause. A comma then "and" or "or" goes on with the
    description ("..., and which the Producer may assign")."""
    if at < len(tokens) and tokens[at].lower in {"and", "or"}:
        return False
    for token in tokens[at : at + 10]:
        if token.lower == ",":
            return False
        if token.lower in _MAIN_CLAUSE_VERBS:
            return True
    return False


def _closed_before(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether a cue sits inside brackets that close before the hit ("(leave blank if you do not
    agree) ... Consent"): a negation inside a parenthesis does not reach outside it."""
    depth = 0
    for token in sentence.tokens[cue_end:first]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def _in_other_relative(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether the hit sits in a non-defining relative clause (", which ...") that opens after
    the cue: in "a withdrawal does not affect the grant in clause 2, which cannot be withdrawn"
    the "not" negates the main clause, not what the relative clause says."""
    tokens = sentence.tokens
    return any(
        tokens[index].lower in {"which", "who"} and tokens[index - 1].lower == ","
        for index in range(max(cue_end, 1), first)
    )


_SUBJECT_PRONOUNS = frozenset(["you", "i", "she", "he", "they", "we"])


def _in_own_subject_relative(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether the hit is the verb of a relative clause with its own subject that opens after the
    cue: in "we will not make any new use that you have withdrawn from" the "not" negates the
    making of uses; what "you have withdrawn from" is not denied. Only a pronoun subject and
    auxiliaries may stand between the relative and the hit, and the relative must follow a noun
    (not a verb that reports a clause: "agrees that you have not ..."). The relative may also
    go without "that" when its pronoun follows a determiner and a noun ("the uses you tick")."""
    tokens = sentence.tokens
    for index in range(max(cue_end, 1), first - 1):
        if (
            tokens[index].lower in {"that", "which"}
            and tokens[index - 1].text.isalpha()
            and tokens[index - 1].lower not in _REPORTING_VERBS
            and tokens[index + 1].lower in _SUBJECT_PRONOUNS
            and all(t.lower in _RELATIVE_AUXILIARIES for t in tokens[index + 2 : first])
        ):
            return True
    # a relative without "that" ("you will not receive any payment for the uses you tick Yes"):
    # a pronoun subject right after a noun with its determiner
    for index in range(max(cue_end, 2), first):
        if (
            tokens[index].lower in _SUBJECT_PRONOUNS
            and tokens[index - 2].lower in _CONTACT_DETERMINERS
            and tokens[index - 1].text.isalpha()
            and tokens[index - 1].lower not in _REPORTING_VERBS
            and all(t.lower in _RELATIVE_AUXILIARIES for t in tokens[index + 1 : first])
        ):
            return True
    return False


_CONTACT_DETERMINERS = frozenset(["the", "any", "those", "these", "all", "each", "every"])


# words that open a hit with its own negation: "no fee", "not paid", "nothing"
_OWN_NEGATIONS = frozenset(["no", "not", "never", "nothing", "none", "nor"])
# words that cannot open the verb of a coordinated clause ("and the", "and its", "and any")
_NOT_VERB_OPENERS = _DETERMINERS | frozenset(["any", "all", "every", "other", "such", "no", "not"])


def _in_other_conjunct(sentence: Sentence, cue_end: int, first: int, last: int) -> bool:
    """Whether the hit is a coordinated clause with its own verb and its own negation, joined by
    "and" or "but" after the cue: in "Ambassadors are not employees of the Brand and receive no
    fee" the "not" negates "are employees"; "receive no fee" is a second predicate with its own
    "no", which the first negation does not cancel. The hit must open with its own negation, and
    one to three words (the verb: "receive", "will receive") must stand between the conjunction
    and the hit, so "shall not use the images and no fee ..." or a hit without its own negation
    ("shall not use the images and pay a fee") keeps the negation."""
    tokens = sentence.tokens
    if not any(t.lower in _OWN_NEGATIONS for t in tokens[first : min(last, first + 2)]):
        return False
    for index in range(cue_end, first):
        if tokens[index].lower in {"and", "but"} and first - index == 1:
            # the hit is a clause of its own, subject and verb: "AI Variants are not Videos for
            # that purpose and no usage fee is paid for them"
            return any(t.lower in _CLAUSE_VERBS for t in tokens[first:last])
        if tokens[index].lower in {"and", "but"} and 2 <= first - index <= 4:
            verb = tokens[index + 1]
            return verb.text.isalpha() and verb.lower not in _NOT_VERB_OPENERS
    return False


_CLAUSE_VERBS = frozenset(["is", "are", "shall", "will", "was", "were"])


def _in_other_infinitive(sentence: Sentence, cue_first: int, cue_end: int, first: int) -> bool:
    """Whether the cue is "not" before one infinitive and the hit another, an alternative after
    "or to": in "the Employee's decision to conclude, not to conclude or to end this Agreement" the
    "not" negates "to conclude"; "to end this Agreement" is a choice of its own."""
    tokens = sentence.tokens
    if tokens[cue_first].lower != "not" or cue_end >= first or tokens[cue_end].lower != "to":
        return False
    return any(
        tokens[index].lower == "or" and tokens[index + 1].lower == "to"
        for index in range(cue_end + 1, first)
    )


# verbs in the third person singular that open a coordinated predicate of their own: after a
# modal or "not" the verb would stand in its base form ("cannot be revoked and bind" is not English)
_FINITE_CONJUNCT_VERBS = frozenset(
    ["binds", "survives", "continues", "remains", "applies", "extends", "enures", "inures",
     "covers", "includes", "grants", "gives", "allows", "permits", "lasts"]
)


def _in_finite_conjunct(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether the hit sits in a coordinated predicate with its own finite verb after the cue: in
    "This release cannot be revoked and binds my heirs" the "cannot" governs "be revoked"; "binds",
    in the third person, is a second predicate of "This release" that no negation reaches. The verb
    must follow "and" or "but" directly (it may open the hit: "and survives my death"), and the hit
    must come within six words of it."""
    tokens = sentence.tokens
    for index in range(cue_end, min(first, len(tokens) - 1)):
        if (
            tokens[index].lower in {"and", "but"}
            and tokens[index + 1].lower in _FINITE_CONJUNCT_VERBS
            and first - index <= 6
        ):
            return True
    return False


_MAIN_VERBS = frozenset(
    ["requires", "require", "needs", "need", "is", "are", "shall", "must", "will", "may", "remains"]
)


def _in_closed_subject(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether the cue sits in a subject phrase that a comma closes right before its main verb:
    in "any other use, or the creation of any speech that the Participant has not recorded,
    requires her prior written consent" the "not" belongs to the relative clause inside the
    subject, not to "requires". Only a comma followed directly by the main verb closes it, so
    "shall not, without the Model's consent, use" keeps its negation."""
    tokens = sentence.tokens
    for index in range(cue_end, first):
        if tokens[index].lower == "," and index + 1 < first:
            return tokens[index + 1].lower in _MAIN_VERBS
    return False


_SUBORDINATORS = frozenset(["if", "where", "when", "whenever", "unless", "until", "in case"])


def _in_closed_condition(sentence: Sentence, cue_first: int, cue_last: int, first: int) -> bool:
    """Whether a cue sits in a conditional clause that a comma closes before the hit: "If the
    Model does not wish to take part, the Model should tick the opt-out box" does not negate the
    opt-out box."""
    tokens = sentence.tokens
    opened = False
    for index in range(cue_first - 1, -1, -1):
        if tokens[index].lower in {",", ";", ":"}:
            opened = _opens_with_condition(tokens, cue_first)
            break
        if tokens[index].lower in _SUBORDINATORS:
            opened = True
            break
    return opened and any(t.lower == "," for t in tokens[cue_last:first])


def _opens_with_condition(tokens: Sequence[Token], before: int) -> bool:
    """Whether the sentence opens with "Unless" or "If" (after its clause number) before token
    ``before``: "Unless you tell the Producer in writing, at least ten days before a cycle starts,
    that you do not agree to that cycle, you are treated as having agreed to it" keeps its
    condition open across the commas inside it."""
    for token in tokens[:before]:
        if token.lower in {"unless", "if"}:
            return True
        if any(c.isalpha() for c in token.text) and not token.text.rstrip(".").isdigit():
            return False
    return False


def _in_open_condition(sentence: Sentence, first: int) -> bool:
    """Whether the hit sits in a conditional clause still open at the hit: "If you continue to
    use EchoSelf after that period without switching the feature off, ...", "If the Model does
    not withdraw her consent within thirty days, ...". A negation there describes the case in which
    the person has not acted; it does not say the person cannot act. Only a subordinator with no
    comma, semicolon or colon between it and the hit opens such a clause, or a comma that "or" or
    "and" follows ("If you go live with Revoice switched on, or do not switch it off before the
    date shown, you are treated as having consented")."""
    tokens = sentence.tokens
    for index in range(first - 1, -1, -1):
        if (
            tokens[index].lower == ","
            and tokens[index + 1].lower in {"or", "and"}
            and _opens_with_condition(tokens, index)
        ):
            continue
        if tokens[index].lower in {",", ";", ":"}:
            return False
        if tokens[index].lower in _SUBORDINATORS:
            return True
    return False


# what opens a relative clause on the person that describes what they have not done: "Employees
# who do not return the opt-out form", "a member who has not opted out"
_CASE_AUXILIARIES = frozenset(["do", "does", "did", "have", "has", "had"])


def _in_case_relative(sentence: Sentence, first: int) -> bool:
    """Whether the hit sits in a relative clause still open at the hit whose verb is negated with
    "do" or "have": "Employees who do not return a completed opt-out form within 30 days are
    treated as having consented". Like an open condition, it describes the case in which the person
    has not acted; it does not say the person cannot act ("who may not withdraw" would). Only "who"
    with no comma, semicolon or colon between it and the hit opens such a clause."""
    tokens = sentence.tokens
    for index in range(first - 1, -1, -1):
        if tokens[index].lower in {",", ";", ":"}:
            return False
        if tokens[index].lower == "who":
            return (
                index + 2 < first
                and tokens[index + 1].lower in _CASE_AUXILIARIES
                and tokens[index + 2].lower in {"not", "n't"}
            )
    return False


def _consent_parenthetical(sentence: Sentence, first: int) -> set[int]:
    """The "without" that opens a phrase of manner about consent, set off by commas before the
    hit: "the Studio may, without the Actor's further consent, use ..." or "Without the Model's
    approval, the Company may ...". The phrase says how the act is done (with no consent asked),
    not that it is not done. The "without" must follow a comma or open the sentence, and a consent
    word within six words after it must be followed by the comma that closes the phrase."""
    tokens = sentence.tokens
    spared: set[int] = set()
    for index in range(first):
        if tokens[index].lower != "without" or (index and tokens[index - 1].text != ","):
            continue
        for inner in range(index + 1, min(index + 7, first - 1)):
            if tokens[inner].lower in _CONSENT_NOUNS and tokens[inner + 1].text == ",":
                spared.add(index)
                break
    return spared


def _denied_detriment(sentence: Sentence, first: int) -> set[int]:
    """The tokens whose negation denies a detriment for exercising the right the hit names: in
    "no employee will be disciplined or treated less favourably for opting out" the "no" goes with
    "disciplined", and "for" ties the opting out to it as its cause. Returns the tokens from the
    start of the detriment's clause (after the last comma, semicolon or "and" / "but") to the
    detriment, for a detriment hit that "for" or "because" links to the hit within six words."""
    tokens = sentence.tokens
    spared: set[int] = set()
    for hit in sentence.hits:
        if (
            hit.key != "lex:detriment"
            or hit.last > first
            or first - hit.last > 6
            or not any(t.lower in {"for", "because"} for t in tokens[hit.last : first])
        ):
            continue
        start = hit.first
        while start > 0 and tokens[start - 1].lower not in {",", ";", ":", "and", "but"}:
            start -= 1
        spared.update(range(start, hit.first))
    return spared


def _default_before_unless(sentence: Sentence, first: int, key: str) -> frozenset[int]:
    """The weakening cues that state the default the person's request cuts short: in "Photos stay
    in the archive for up to three years unless you ask us to take them down sooner" the three
    years are how long use lasts if the person does nothing, not a condition on asking. Only a
    hit in an "unless" clause still open at it spares the cues before that "unless"."""
    tokens = sentence.tokens
    for index in range(first - 1, -1, -1):
        if tokens[index].lower in {",", ";", ":"}:
            return frozenset()
        if tokens[index].lower == "unless":
            return frozenset(h.first for h in sentence.hits if h.key == key and h.last <= index)
    return frozenset()


def _notwithstanding_before(sentence: Sentence, first: int, key: str) -> frozenset[int]:
    """The weakening cues that open with "notwithstanding" before the person's own withdrawal right
    in the same clause of the sentence: "Notwithstanding clause 12.1, the Model may withdraw at any
    time" lets the right prevail over clause 12.1; it is not an exception to the right. A
    "notwithstanding" after the right, or past a semicolon or colon, still limits it."""
    tokens = sentence.tokens
    spared = set()
    for hit in sentence.hits:
        if (
            hit.key == key
            and hit.last <= first
            and tokens[hit.first].lower == "notwithstanding"
            and not any(t.lower in {";", ":"} for t in tokens[hit.last : first])
        ):
            spared.add(hit.first)
    return frozenset(spared)


def _opens_listed_that(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` is a "that" opening a further clause of a list (", that",
    "; that", ", and that")."""
    if index < 1 or tokens[index].lower != "that":
        return False
    before = tokens[index - 1].lower
    return before in {",", ";"} or (
        before == "and" and index >= 2 and tokens[index - 2].lower == ","
    )


def _in_later_that_clause(sentence: Sentence, cue_end: int, first: int) -> bool:
    """Whether a "that" clause of a list opens between the cue and the hit: in "I understand that
    I will not be paid for AI Posts, that I can withdraw this consent at any time" the "not"
    belongs to the first clause and does not deny the withdrawal."""
    return any(_opens_listed_that(sentence.tokens, i) for i in range(max(cue_end, 1), first))


def _in_earlier_that_clause(sentence: Sentence, first: int, key: str) -> frozenset[int]:
    """The weakening cues in an earlier clause of a list of "that" clauses: in "I understand that
    I will approve the complete master before publication, ..., and that I may withdraw this
    consent at any time" the "before publication" limits the approval, not the withdrawal."""
    tokens = sentence.tokens
    opens = [index for index in range(1, first) if _opens_listed_that(tokens, index)]
    if not opens:
        return frozenset()
    return frozenset(
        h.first
        for h in sentence.hits
        if h.key == key and h.last <= first and any(h.last <= index for index in opens)
    )


def _in_leading_condition(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the hit sits in a conditional clause still open at the hit that a comma then
    closes before a main clause: "If Big Sky does not pay a usage fee when due, its right ends".
    Without that comma ("If you take part you will not be paid") the hit is the main clause."""
    return _in_open_condition(sentence, first) and any(
        t.lower == "," for t in sentence.tokens[last:-1]
    )


_RELATIVE_AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "shall", "may",
     "can", "could", "would", "should", "must", "been", "be"]
)


def _in_closed_relative(sentence: Sentence, cue_first: int, cue_last: int, first: int) -> bool:
    """Whether a cue sits in a relative clause about a noun that a comma or bracket closes before
    the hit: in "garments ... that were not photographed at the shoot ("Model Swap Images"),
    including changes to pose" the "not" says which garments, not that nothing is changed. Only a
    relative pronoun followed directly by auxiliaries and the cue counts ("that were not", "which
    have not been"), so "agrees that the Company shall not ..., including" keeps its negation."""
    tokens = sentence.tokens
    index = cue_first - 1
    while index >= 0 and tokens[index].lower in _RELATIVE_AUXILIARIES:
        index -= 1
    if index == cue_first - 1:
        return False
    subject_relative = tokens[index].lower in _RELATIVES
    if index >= 2 and tokens[index].lower not in _RELATIVES:
        # an object relative with its own subject: "answers that the Ambassador has never
        # said, without her consent" (not a clause a verb reports: "agrees that the Company
        # shall not, without her consent, use")
        subject = next(
            (i for i in range(index - 1, max(index - 4, 0), -1) if tokens[i].lower in _RELATIVES),
            None,
        )
        if (
            subject is None
            or subject < 1
            or tokens[subject - 1].lower in _REPORTING_VERBS
            # a second reported clause: "acknowledge that ..., and that you will not receive any
            # fee, royalty or revenue share" (not a relative clause on a noun)
            or tokens[subject - 1].lower in {"and", "or", "but"}
            or not tokens[subject - 1].text.isalpha()
            or cue_last >= len(tokens)
            or tokens[cue_last].text == ","
        ):
            return False
        index = subject
    if index < 1 or tokens[index].lower not in _RELATIVES:
        return False
    if subject_relative and any(
        t.lower in _MAIN_MODALS for t in tokens[cue_last + 1 : first]
    ):
        # "Footage that is not used in the Series will be deleted": the main clause's modal closes
        # a relative clause on its subject, so its "not" says which footage, not that none is
        return True
    if any(t.lower in _MAIN_REQUIRE_VERBS for t in tokens[cue_last + 1 : first]):
        # "A use that is not listed in Schedule 1 requires the Model's separate written consent",
        # "Any use ... which this Agreement does not expressly permit requires the Narrator's
        # prior written agreement": the relative clause says which uses; the main verb requires
        return True
    return any(t.text in {",", ")", ";"} for t in tokens[cue_last:first])


# modals that open a main clause's verb after a relative clause on its subject
_MAIN_MODALS = frozenset(["will", "shall", "must", "may", "can"])
# verbs of a main clause that make the hit a requirement after a relative clause on its subject
_MAIN_REQUIRE_VERBS = frozenset(["requires", "require", "needs", "need"])


# verbs whose "that" opens the clause they report, not a relative clause on a noun
_REPORTING_VERBS = frozenset(
    ["agree", "agrees", "agreed", "acknowledge", "acknowledges", "acknowledged", "confirm",
     "confirms", "confirmed", "warrant", "warrants", "undertake", "undertakes", "accept",
     "accepts", "understand", "understands", "provide", "provides", "provided", "state", "states",
     "ensure", "ensures", "represent", "represents", "declare", "declares", "certify",
     "certifies", "note", "notes", "recognise", "recognises", "recognize", "recognizes", "means",
     "mean", "so", "such", "except", "save", "given", "say", "says", "promise", "promises",
     "require", "requires", "direct", "directs", "is", "are", "be"]
)


def _is_active_require(sentence: Sentence, first: int, last: int) -> bool:
    """ "Revocation does not require any payment": the hit requires nothing; the negation is about
    the object ("payment"), unlike the passive "consent is not required"."""
    tokens = sentence.tokens
    return (
        first > 0
        and tokens[first - 1].lower in {"do", "does", "did"}
        and tokens[last - 1].lower == "require"
    )


_AUXILIARIES = frozenset(
    [
        "shall",
        "may",
        "will",
        "must",
        "can",
        "could",
        "would",
        "should",
        "might",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "need",
        "agrees",
        "agree",
        "undertakes",
        "undertake",
        "promises",
        "promise",
        ",",
        "or",
        "and",
    ]
)


def _is_local_not(sentence: Sentence, index: int) -> bool:
    """A bare "not" after a noun ("any use not described in the form") negates only its phrase;
    "require each Client not to assign" negates the infinitive that follows."""
    tokens = sentence.tokens
    if tokens[index].lower != "not" or index == 0:
        return False
    if index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return False
    return tokens[index - 1].lower not in _AUXILIARIES


def _covered(sentence: Sentence, key: str) -> set[int]:
    return {i for h in sentence.hits if h.key == key for i in range(h.first, h.last)}


def _first_weakener(
    sentence: Sentence, key: str, skip: Collection[int] = frozenset()
) -> str | None:
    """The first weakening cue, unless the sentence makes the condition proportionate.

    A refund of only the unexpired part of a fee, or a withdrawal that reaches every use "not yet
    published", is not a heavy condition: such a sentence (a ``not_heavy`` lexicon hit) is not
    weakened. A payment to leave stays heavy unless the proportion is of the payment ("only for
    photographs not yet published, and only on repaying the voucher and the Company's costs"),
    and a wait in time stays heavy whatever is repaid ("only after the commercials have been on
    air for six (6) months ... refunding the unexpired part": a ``time_locks`` hit that is also
    one of the rule's weakening cues).
    """
    keys = {hit.key for hit in sentence.hits}
    if "lex:alternative_ends" in keys:
        # a period that is one of several ends, the withdrawal another ("until the earliest of:
        # three years after the session, the date you leave the Department, or the date you
        # withdraw your consent"), bounds the use; it does not put off the way out. So does an end
        # named just before "whichever comes first" ("within seven days after you switch AI Remix
        # off or after the end of the Usage Period, whichever comes first")
        ends = [h.first for h in sentence.hits if h.key == "lex:alternative_ends"]
        skip = set(skip) | {h.first for h in sentence.hits if h.key == "lex:time_locks"} | {
            h.first
            for h in sentence.hits
            if h.key == key and any(0 <= end - h.last <= 2 for end in ends)
        }
    if "lex:not_heavy" in keys:
        if "lex:payment_conditions" in keys and "lex:proportionate_payment" not in keys:
            return _first_text(sentence, "lex:payment_conditions", skip)
        if "lex:time_locks" in keys or "lex:long_notice" in keys:
            # (a long notice stays heavy too: "only on three (3) months' written notice, and on
            # refunding the usage fee in proportion to the remaining campaign period")
            locks = {
                (h.first, h.last)
                for h in sentence.hits
                if h.key in {"lex:time_locks", "lex:long_notice"}
            }
            for hit in sentence.hits:
                if hit.key == key and (hit.first, hit.last) in locks and hit.first not in skip:
                    return " ".join(t.text for t in sentence.tokens[hit.first : hit.last])
        return None
    # a condition the sentence waives is none: "without repaying any fee", "without any penalty"
    waived = {
        hit.first
        for hit in sentence.hits
        if hit.key == key
        and (_waived(sentence, hit.first) or _barred_other_purpose(sentence, hit.first, hit.last)
             or _negated_compound(sentence, hit.first) or _or_all_after(sentence, hit.last))
    }
    return _first_text(sentence, key, set(skip) | waived)


def _or_all_after(sentence: Sentence, last: int) -> bool:
    """Whether the cue ending at ``last`` is followed, within a few words, by "or all": "stop using
    a particular photograph or clip, or all of your materials" reaches every use, not only the
    particular one."""
    words = [sentence.lower_at(i) for i in range(last, min(last + 6, len(sentence.tokens)))]
    return any(a == "or" and b in {"all", "every"} for a, b in zip(words, words[1:], strict=False))


def _negated_compound(sentence: Sentence, first: int) -> bool:
    """Whether the cue at ``first`` is the second half of a "non-" compound: "a non-exclusive,
    non-transferable licence" is not a transferable one."""
    if first >= 2 and sentence.lower_at(first - 1) == "-":
        return sentence.lower_at(first - 2) == "non"
    return first >= 1 and sentence.lower_at(first - 1) == "non"


_NEGATIONS = frozenset({"not", "never", "n't"})
_STOPS = frozenset({";", ":"})


def _barred_other_purpose(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the words at ``first:last`` name "any other purpose" that a negated use bars ("We
    will not use your Source Photos, your Personal Model or your Headshots for any other purpose
    ... unless you have given us separate written permission"): a bar on other uses, not a blanket
    grant. The negation and the verb "use" stand within the sixteen tokens before, in the same
    clause of the sentence."""
    words = [sentence.lower_at(i) for i in range(first, last)]
    if "other" not in words:
        return False
    before = [sentence.lower_at(i) for i in range(max(first - 16, 0), first)]
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _STOPS:
            return False
        if before[index] in _NEGATIONS:
            return any(word in ("use", "used", "using") for word in before[index + 1 :])
    return False


def _waived(sentence: Sentence, first: int) -> bool:
    """Whether the words at ``first`` follow "without" (or "without any"), which waives them, or
    "not have to", "not need to", "not be required to" ("You will not have to repay any fee because
    you have withdrawn") or "does not", "need not" ("If the Narrator withdraws her consent, she does
    not repay the Voice Model Fee"), which says they are not owed."""
    before = [sentence.lower_at(i) for i in range(max(first - 4, 0), first)]
    return bool(before) and (
        before[-1] == "without"
        or before[-2:] == ["without", "any"]
        or before[-3:] in (["not", "have", "to"], ["not", "need", "to"])
        or before[-2:] in (["does", "not"], ["do", "not"], ["need", "not"])
        or before[-4:] == ["not", "be", "required", "to"]
        # "The Model is not required to repay the session fee if she revokes this Consent"
        or before[-3:] in (["not", "required", "to"], ["not", "obliged", "to"])
    )


_QUOTES = frozenset(['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"])
_MENTION_NOUNS = frozenset(["word", "words", "term", "terms", "expression", "phrase"])


def _ai_use_of_person(sentence: Sentence, last: int, keys: set[str], parties: Parties) -> bool:
    """Whether an AI term names a use of the person: a replica "of the Model" (the person within
    three words after the term), or the person's own likeness in the sentence ("the Model's
    photographs", "your voice")."""
    tokens, sides = sentence.tokens, parties.sides

    def is_person(token: Token) -> bool:
        return sides.get(token.lemma) == "person" or sides.get(token.lower) == "person"

    after = tokens[last : last + 4]
    if after and after[0].lower == "of" and any(is_person(t) for t in after[1:]):
        return True
    if "lex:likeness" not in keys:
        return False
    for index, token in enumerate(tokens):
        pronoun = _POSSESSIVE_OF.get(token.lower)
        if pronoun is not None and sides.get(pronoun) == "person":
            return True  # "your voice", "my photographs"
        if is_person(token) and index + 1 < len(tokens) and tokens[index + 1].lower in _GENITIVE:
            return True  # "the Model's photographs"
    return False


_POSSESSIVE_OF = {"your": "you", "my": "i"}
_GENITIVE = frozenset({"'s", "\u2019s"})


def _ai_use_on_consent(sentence: Sentence, last: int, parties: Parties) -> bool:
    """Whether a forbidden AI use is allowed on the person's consent: "shall not use the Digital
    Replica without the Model's prior written consent", "unless the Performer agrees in writing",
    "without prior written consent". A "without", "unless" or "except" after the AI term and a
    consent word within seven words of it; any other word between them ("the Council's") must
    come with a word for the person (the Council's approval is not the person's consent)."""
    tokens, sides = sentence.tokens, parties.sides
    for index in range(last, len(tokens)):
        if tokens[index].lower not in _LIFTING:
            continue
        window = tokens[index + 1 : index + 8]
        for position, token in enumerate(window):
            if token.lower in _CONSENT_NOUNS or token.lemma in _CONSENT_VERBS:
                between = window[:position]
                return all(t.lower in _CONSENT_MODIFIERS for t in between) or any(
                    sides.get(t.lemma) == "person"
                    or sides.get(t.lower) == "person"
                    or sides.get(_POSSESSIVE_OF.get(t.lower, "")) == "person"
                    for t in between
                )
    return False


_LIFTING = frozenset(["without", "unless", "except"])
_CONSENT_MODIFIERS = frozenset(
    ["the", "a", "an", "with", "prior", "written", "express", "expressly", "further", "separate",
     "specific", "informed", "explicit", "advance", "and", "or", "in", "writing", "first"]
)
_CONSENT_VERBS = frozenset(["consent", "agree", "approve", "authorise", "authorize"])


def _is_mention(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the hit is a word quoted to talk about it (the word "irrevocably"), not used."""
    tokens = sentence.tokens
    if first < 2 or last >= len(tokens):
        return False
    return (
        tokens[first - 1].text in _QUOTES
        and tokens[last].text in _QUOTES
        and tokens[first - 2].lower in _MENTION_NOUNS
    )


_WITHDRAWAL_NOUNS = frozenset(
    ["withdrawal", "withdrawals", "revocation", "revocations", "cancellation", "objection",
     "objections", "it", "this", "such"]
)
# what opens a full sentence that goes on about the withdrawal just given: the request or notice
# itself ("A request will take effect at the end of the season ..."), or what follows "then"
# ("The Academy will then ask the Co-Producer to remove ..., provided that the student first
# reimburses ...")
_FOLLOW_ON_OPENERS = frozenset(
    ["withdrawal", "withdrawals", "revocation", "revocations", "cancellation", "objection",
     "objections", "request", "requests", "notice", "instruction", "instructions", "then",
     "thereupon"]
)


def _opens_after_lead_clause(sentence: Sentence, openers: Collection[str]) -> bool:
    """Whether the main clause after a leading "Because ..." or "As ..." clause opens by naming
    the withdrawal: "Because we plan production by catalogue year, your withdrawal takes effect on
    the next 31 March after we receive it"."""
    tokens = sentence.tokens
    if not tokens or tokens[0].lower not in _LEAD_CLAUSE_WORDS:
        return False
    for index in range(1, min(len(tokens), 16)):
        if tokens[index].lower == ",":
            return any(t.lower in openers for t in tokens[index + 1 : index + 4])
    return False


_LEAD_CLAUSE_WORDS = frozenset(["because", "as", "since", "given"])


_DOERS = frozenset(["will", "shall", "must"])


def _does_so(sentence: Sentence) -> bool:
    """Whether the sentence opens with a subject and a modal that "do so" ("The Client will do
    so", "We shall do so"): it carries out what the sentence before asked for."""
    words = [t.lower for t in sentence.tokens[:6]]
    for index in range(1, len(words) - 2):
        if words[index] in _DOERS and words[index + 1 : index + 3] == ["do", "so"]:
            return True
    return False


# a way out that opens once the material is out: "5.2 After the episode is published, if you ask
# us in writing, we will remove the episode", "At any time after publication I may ask ... to take
# down"
_AFTER_PUBLICATION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:\([a-z]\)\s*)?(?:at\s+any\s+time\s+)?(?:after|once|following)\s+"
    r"(?:(?:first\s+)?publication|(?:the|its|it|they)\b[^,.;]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:first\s+)?(?:published|released|broadcast|aired|posted))\b",
    re.IGNORECASE,
)
_PUBLICATION = re.compile(r"publish|publication|releas|broadcast|\bair|posted", re.IGNORECASE)
_PUBLICATION_GATES = frozenset(["revocation.event_gate", "revocation.window"])
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)


def _publication_gates_met_after_publication(findings: Sequence[Finding]) -> list[Finding]:
    """A way out that closes at publication is no limit where another opens after it.

    "5.1 You can withdraw this permission at any time before the episode is published ... 5.2
    After the episode is published, if you ask us in writing, we will remove the episode": before
    and after publication the person can stop the use, so neither the gate in 5.1 nor the opening
    words of 5.2 weaken the way out. Gates at other events, and other limits, stay.
    """
    after = [
        f
        for f in findings
        if f.rule.requirement == "revocation"
        and f.effect in ("present", "weak")
        and not f.rule.qualifies
        and f.negated_by is None
        and _AFTER_PUBLICATION.match(f.evidence.quote)
        # "After first publication, the Participant may withdraw consent only if the Participant
        # leaves the Force": a way out after publication that is itself limited meets no gate
        and not _ONLY.search(f.evidence.quote)
    ]
    if not after:
        return list(findings)
    kept: list[Finding] = []
    for f in findings:
        if f.rule.requirement != "revocation" or f.effect != "weak":
            kept.append(f)
        elif f.rule.id in _PUBLICATION_GATES and _PUBLICATION.search(f.evidence.quote):
            continue
        elif f.weakened_by and _PUBLICATION.search(f.weakened_by):
            kept.append(replace(f, effect="present", weakened_by=None))
        else:
            kept.append(f)
    return kept


def _weakened_by_follow_on(
    finding: Finding, sentences: Sequence[Sentence], index: int, context: _Context
) -> Finding:
    """A withdrawal right whose condition follows it in the same clause is weakened by it, as if
    it stood in the same sentence: after a semicolon ("You can withdraw your consent in your
    settings; the withdrawal takes effect only from the end of your subscription period"), or in
    a full sentence that opens by naming the request or with "then" ("You may ask us to retire
    your Guide. A request will take effect ... only once the Board has approved a
    replacement"), or one in which the other side only considers that request ("A staff member
    may ask in writing for their avatar to be retired. The Manager will consider each request in
    good faith, having regard to operational needs"), whoever the sentence opens with. The first
    sentence of the next sub-clause of the same section counts too when it opens by naming the
    withdrawal ("5.2 A withdrawal applies only to ...")."""
    sentence = sentences[index]
    text = context.document.text
    if index + 1 >= len(sentences):
        return finding
    following = sentences[index + 1]
    openers = (
        _WITHDRAWAL_NOUNS
        if text[sentence.start : sentence.end].rstrip().endswith(";")
        else _FOLLOW_ON_OPENERS
    )
    key = f"weak:{finding.rule.id}"
    here, there = context.clause_index(sentence.start), context.clause_index(following.start)
    if there != here:
        # "5.1 You may withdraw any Yes above. 5.2 A withdrawal applies only to productions that
        # have not begun principal photography": the next sub-clause of the section that opens by
        # naming the withdrawal states its conditions
        if not _opens_next_subclause_on_withdrawal(following, here, there, context):
            return finding
        openers = _WITHDRAWAL_OPENERS
    if (
        not any(hit.key == key for hit in following.hits)
        or not (
            any(t.lower in openers for t in following.tokens[:4])
            or _opens_after_lead_clause(following, openers)
            or _opens_on_that_case(following)
            or _considers_the_request(following)
            # "You may ask to leave the Programme. To do so you must ... send the original by
            # registered post ..., together with an administration fee of CAD 250"
            or [t.lower for t in following.tokens[:3]] == ["to", "do", "so"]
            # "The Client will do so within ninety (90) days after the request, provided that the
            # Model first pays the Client's reasonable costs": "do so" is the stop asked for
            or _does_so(following)
        )
    ):
        return finding
    weakener = _first_weakener(following, key, skip=_leading_if_clause(following))
    if weakener is None:
        return finding
    return replace(finding, effect="weak", weakened_by=weakener)


def _weakened_by_listed_uses(
    finding: Finding, sentences: Sequence[Sentence], index: int, context: _Context
) -> Finding:
    """A grant whose sentence ends with a colon (or opens a list run into its paragraph: "in the
    following: (a) ...;") is weakened by a catch-all among the uses it lists after it, as if the
    list stood in the sentence: "2.1 The Creator licenses the Brand to
    use the Avatar ... for the following purposes: (a) ... (e) any other promotional use of the
    Brand's collections that the Brand reasonably determines". The list is the rest of the
    grant's clause and its lettered items ("2.1(a)" to "2.1(e)"); a territory, a term or
    irrevocability stated in an item is the item's, and does not weaken the grant."""
    sentence = sentences[index]
    text = context.document.text
    # (a sentence of a run-in list can end with the next item's opening bracket: "...; (")
    words = text[sentence.start : sentence.end].rstrip(" \n\t(")
    if not (words.endswith(":") or (words.endswith(";") and ":" in words)):
        return finding
    key = f"weak:{finding.rule.id}"
    here = context.clause_index(sentence.start)
    label = _clause_label(context.clauses[here])
    list_open = True
    for following in sentences[index + 1 : index + 1 + _MAX_LISTED_USES]:
        there = context.clause_index(following.start)
        if there == here:
            # a list run into the paragraph ("in the following: (a) ...; and (d) ...") ends
            # with the first item that does not end with a semicolon, colon or comma
            if not list_open:
                break
            item = text[following.start : following.end].rstrip(" \n\t(")
            list_open = item.endswith((";", ":", ","))
        elif not (label and _clause_label(context.clauses[there]).startswith(label + "(")):
            break
        if any(hit.key == "rule:consent.required" for hit in following.hits):
            # "(b) any other promotional use, but only with the Creator's separate written
            # consent": the open use waits for a consent of its own
            continue
        qualifiers = _covered(following, "lex:grant_qualifiers")
        skip = {h.first for h in following.hits
                if h.key == key and set(range(h.first, h.last)) <= qualifiers}
        weakener = _first_weakener(following, key, skip)
        if weakener is not None:
            where = _clause_label(context.clauses[there])
            cue = f"{weakener} (clause {where})" if where else weakener
            return replace(finding, effect="weak", weakened_by=cue)
    return finding


# how many sentences after a grant ending with a colon are read as the uses it lists
_MAX_LISTED_USES = 12


def _clause_label(clause: Clause) -> str:
    """The number a finding cites for ``clause`` ("2.1(a)"), or "" when it has none."""
    return clause.label or clause.number or ""


def _leading_if_clause(sentence: Sentence) -> frozenset[int]:
    """The token positions of the "If ..." clause a sentence opens with, up to its comma.

    "4.1 The Guest may ask ... to withdraw the Guest's consent. If the request is made before
    publication, the Producer will not publish the Guest's part": the words before the comma name
    the case the sentence deals with, not a condition on the way out; a condition in what follows
    ("If you withdraw, you must first repay the fee") still weakens it."""
    words = [t.lower for t in sentence.tokens]
    start = 0
    while start < len(words) and not words[start].isalpha():
        start += 1
    if start >= len(words) or words[start] != "if" or "," not in words[start:]:
        return frozenset()
    return frozenset(range(start, words.index(",", start)))


def _undone_by_follow_on(sentences: Sequence[Sentence], index: int, context: _Context) -> bool:
    """Whether one of the next two sentences of the clause says the act just given does not end
    the licence.

    "You can unpublish a Video from your creator page. Unpublishing does not end the licence in
    clause 2": the act is no way out of the licence, whatever it does to the page. The next
    sentence names the act (a word ending in -ing, "it", "this", "doing so", a withdrawal noun) and
    says it does not end, terminate or revoke the licence, grant or permission. One that does not
    "affect" uses already made ("does not affect licences already sold") limits the way out; it
    does not take it away.
    """
    sentence = sentences[index]
    clause = context.clause_index(sentence.start)
    # the next sentence, or the one after it ("You can delete your Voice Clone ... After that you
    # can no longer use it in the app. Deleting your Voice Clone does not end the licence")
    for following in sentences[index + 1 : index + 3]:
        if context.clause_index(following.start) != clause:
            return False
        if _UNDONE.match(context.document.text[following.start : following.end]):
            return True
    return False


def _undone_in_place(sentence: Sentence, first: int, context: _Context) -> bool:
    """Whether the hit at token ``first`` names the act its own sentence says does not end the
    licence: "Withdrawing your consent does not end the licence" gives no way out (a way out later
    in the sentence, after the denial, keeps its force)."""
    text = context.document.text[sentence.start : sentence.end]
    match = _UNDONE.match(text)
    return match is not None and sentence.tokens[first].start < sentence.start + match.end()


# "Unpublishing does not end the licence", "It does not end the licence in section 3, which cannot
# be revoked", "Doing so will not terminate the permission"
_UNDONE = re.compile(
    # after the clause number, if any ("4.2 Withdrawing from the Event, or being disqualified, does
    # not affect the rights granted in clause 2")
    r"(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?\s+)?"
    r"(?:\w+ing|it|this|that|doing\s+so|such\s+\w+|(?:a|the|your|any)\s+"
    r"(?:withdrawal|deletion|removal|request|closure|deactivation|cancellation))\b"
    r"[^.;]{0,60}?\b(?:does|do|will|shall|would)\s*(?:not|n't)\s+"
    r"(?:end|terminate|revoke|cancel|withdraw|affect)\s+(?:the|this|that|any|our|its|your)\s+"
    r"(?:licen[cs]es?|permissions?|consents?|grants?|rights?)\b",
    re.IGNORECASE,
)


# the nouns that name a withdrawal itself (not a pronoun, not a request that may be for anything)
_WITHDRAWAL_OPENERS = frozenset(
    ["withdrawal", "withdrawals", "revocation", "revocations", "cancellation", "objection",
     "objections"]
)


def _opens_next_subclause_on_withdrawal(
    following: Sentence, here: int, there: int, context: _Context
) -> bool:
    """Whether ``following`` opens the sub-clause right after clause ``here`` in the same section
    (5.1, then 5.2) by naming the withdrawal ("5.2 A withdrawal applies only to ...")."""
    parents = context.top_parent
    return (
        there == here + 1
        and parents[there] == parents[here]
        and parents[there] != there
        and (
            any(t.lower in _WITHDRAWAL_OPENERS for t in following.tokens[:4])
            or _opens_on_that_case(following)
        )
    )


# what opens a sentence about the case just given: "9.1 ... the Host may revoke his consent at any
# time. 9.2 In that case the Host shall compensate the Network for the damages caused"
_THAT_CASE = (
    ("in", "that", "case"), ("in", "such", "case"), ("in", "such", "a", "case"),
    ("in", "this", "case"),
    ("in", "that", "event"), ("in", "such", "event"), ("in", "such", "an", "event"),
    ("in", "this", "event"), ("if", "so"),
)


def _opens_on_that_case(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens, after any clause number, with "In that case", "In such
    event" or "If so": it goes on about what the sentence before it gave."""
    words = [t.lower for t in sentence.tokens[:8]]
    while words and not words[0].isalpha():
        words.pop(0)
    return any(tuple(words[: len(opener)]) == opener for opener in _THAT_CASE)


# what names a different request after "consider any request": "consider any request for changes to
# a scene" is about something else than the withdrawal just given
_OTHER_REQUEST = frozenset(["for", "to", "about", "regarding", "concerning", "relating", "of"])


def _considers_the_request(sentence: Sentence) -> bool:
    """Whether the sentence says the other side only considers a request ("will consider each
    request in good faith", "shall consider any such request") that is not named as a request
    for something else ("will consider any request for changes to the script")."""
    tokens = sentence.tokens
    return any(
        hit.key == "lex:considered_only"
        and (hit.last >= len(tokens) or tokens[hit.last].lower not in _OTHER_REQUEST)
        for hit in sentence.hits
    )


# a sentence that names the right just given: "This right applies notwithstanding ..."
_RIGHT_NOUNS = frozenset(
    ["right", "rights", "consent", "permission", "withdrawal", "revocation", "protection"]
)


def _overrides_by_follow_on(
    finding: Finding, sentences: Sequence[Sentence], index: int, context: _Context
) -> Finding:
    """A right followed in the same clause by a sentence that names it and says it prevails
    ("You can withdraw at any time. This right applies notwithstanding the word 'irrevocable' in
    clause 2 of the Release.") prevails as if the override stood in its own sentence."""
    if index + 1 >= len(sentences):
        return finding
    following = sentences[index + 1]
    if context.clause_index(following.start) != context.clause_index(
        sentences[index].start
    ) or not any(hit.key == "lex:overrides" for hit in following.hits):
        return finding
    opening = [t.lower for t in following.tokens[:3]]
    if not (
        opening[:1] and opening[0] in {"this", "that", "such", "the"}
        and any(word in _RIGHT_NOUNS for word in opening[1:])
    ):
        return finding
    return replace(finding, overrides=True)


def _first_text(sentence: Sentence, key: str, skip: Collection[int] = frozenset()) -> str | None:
    for hit in sentence.hits:
        if hit.key == key and hit.first not in skip:
            return " ".join(t.text for t in sentence.tokens[hit.first : hit.last])
    return None


def _is_withdrawn(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the hit is the object of a withdrawal ("withdraw her consent", "revoke the
    Estate's permission"): a ``withdrawal`` lexicon hit ends at most a few determiners,
    possessives or party words before it, or follows it in the passive with only auxiliaries
    between ("this permission cannot be withdrawn", "consent may be revoked")."""
    tokens = sentence.tokens
    for hit in sentence.hits:
        if hit.key != "lex:withdrawal":
            continue
        if last <= hit.first <= last + 4:
            if all(t.lower in _PASSIVE_FILLERS for t in tokens[last : hit.first]):
                return True
            continue
        if hit.last > first or first - hit.last > 4 and not _coordinated_object(
            tokens[hit.last : first]
        ):
            continue
        if all(_is_object_word(t) for t in tokens[hit.last : first]):
            return True
    return False


def _is_object_word(token: Token) -> bool:
    """A word that can stand in the object of a withdrawal before the consent word: a
    determiner, a possessive, a party's or a defined term's capitalised word, "and" / "or"."""
    return (
        token.lower in _DETERMINERS or token.lower in _POSSESSIVES
        or token.lower in _OBJECT_FILLERS or token.text[:1].isupper()
        or token.lower in _COORDINATORS
    )


_COORDINATORS = frozenset([",", "and", "or"])


def _coordinated_object(between: Sequence[Token]) -> bool:
    """Whether the words between a withdrawal and a consent word close one object of the verb and
    open the next: in "may withdraw any Avatar Consent, and any permission to use the Avatar" the
    permission is withdrawn too (a short first object, then a comma or "and" / "or"; the caller
    checks that every word between is an object word)."""
    return len(between) <= 8 and any(t.lower in _COORDINATORS for t in between)


_PASSIVE_FILLERS = frozenset(
    ["may", "can", "cannot", "not", "never", "shall", "will", "be", "is", "are", "no", "longer"]
)
_REFERENCE_NOUNS = frozenset(
    ["section", "clause", "paragraph", "article", "schedule", "part", "exhibit", "annex",
     "appendix"]
)


def _is_cross_reference(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the hit names a permission given in another clause: "the permission in section 2",
    "the consent given under clause 4" (a determiner before it, a clause reference right after)."""
    tokens = sentence.tokens
    if first == 0 or tokens[first - 1].lower not in {"the", "this", "that", "such"}:
        return False
    index = last
    while index < len(tokens) and tokens[index].lower in {"given", "granted", "set", "out"}:
        index += 1
    return (
        index + 1 < len(tokens)
        and tokens[index].lower in {"in", "under"}
        and tokens[index + 1].lower in _REFERENCE_NOUNS
    )


_OBJECT_FILLERS = frozenset(["'s", "\u2019s", "any", "such", "all", "his", "her", "my", "of", "or"])


def _only_qualifiers(sentence: Sentence, key: str) -> bool:
    """Whether every weakening cue of a hit is a grant qualifier (territory, term, irrevocability,
    transferability) rather than a blanket scope or an exception."""
    qualifier = _covered(sentence, "lex:grant_qualifiers")
    cues = [h for h in sentence.hits if h.key == key]
    return bool(cues) and all(set(range(h.first, h.last)) <= qualifier for h in cues)


def _carved_out_clauses(
    text: str, sentences: Sequence[Sentence], context: _Context
) -> set[str]:
    """The clauses an AI clause sets aside for AI uses by applying "notwithstanding" them.

    "9bis.1 Notwithstanding Clause 4.3 ..., the Company may create the Virtual Ambassador only
    if ...": what clause 4.3 says of the campaign photographs ("granted irrevocably for the Term")
    does not undermine the AI clause's own terms. A range ("clauses 4 to 6") names its ends."""
    carved: set[str] = set()
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        if "otwithstanding" not in words or not context.is_ai_specific(sentence):
            continue
        # a clause's part ("4.3(a)") carves out the clause it belongs to
        carved.update(number.partition("(")[0] for number in iter_clauses_set_aside(words))
    return carved


def _in_clauses(label: str | None, clauses: Collection[str]) -> bool:
    """Whether a clause label ("4.3", "4.3(a)") is one of ``clauses`` or a part of one."""
    if not label or not clauses:
        return False
    return any(
        label == c or label.startswith((f"{c}.", f"{c}(", f"{c} ")) for c in clauses
    )


_USE_LEXICONS = ("lex:likeness", "lex:exploitation")


def _speaks_of_use(sentence: Sentence, keys: Collection[str], context: _Context) -> bool:
    """Whether a sentence speaks of the person's likeness or a use of it (an image, a replica,
    a use, a licence), so that what it says of consent bears on that use."""
    return any(key in keys for key in _USE_LEXICONS) or context.speaks_of_ai(sentence)


def _express_ai_requirement(findings: Sequence[Finding]) -> bool:
    """Whether an operative AI clause requires the person's consent (not a grant, not deemed)."""
    return any(
        f.rule.requirement == "consent"
        and f.effect == "present"
        and f.ai_specific
        and not f.rule.grant
        and not f.rule.fallback
        for f in findings
    )


def _acceptance_disowned(
    used: Sequence[Finding], findings: Sequence[Finding]
) -> list[Finding]:
    """Drop consent deemed from accepting the terms where the contract disowns it and asks for
    consent expressly.

    "By creating an account you accept these Terms" deems a consent from conduct; where the
    same contract says that conduct "is not consent" ("Accepting these Terms does not give your
    consent to any of the AI Features", "Consent is not inferred from the Subject's appearance")
    and requires the person's consent or opt-in in its own clause, the acceptance is the
    contract's formation, not the consent to the use. ``findings`` are all the contract's consent
    findings (the disowning sentence need not name the replica); ``used`` those graded.
    """
    disowned = any(f.rule.id == "consent.not_implied" for f in findings)
    express = any(
        f.rule.requirement == "consent"
        and f.effect == "present"
        and not f.rule.grant
        and not f.rule.fallback
        and f.rule.id != "consent.not_implied"
        for f in findings
    )
    if not (disowned and express):
        return list(used)
    return [f for f in used if f.rule.id != "consent.deemed"]


def _set_aside_reviews(findings: Sequence[Finding], ai_addressed: bool) -> list[Finding]:
    """Drop deemed approvals of an output where the contract asks consent to the use elsewhere.

    "If the Performer does not object within ten days, the sample is deemed approved" reviews one
    output of a replica whose use the Performer consented to expressly in another clause: the
    silence approves the output, it does not make that consent deemed. Where approval of each
    item is the only consent the contract asks for (an estate approving every track), the
    deemed approval is the consent, and stays. Where the contract is about AI, only a consent
    that speaks about the replica sets a review aside (an estate's approval of each render stays
    its consent beside a general "separate written approval" for other venues); in a contract
    without AI a general express consent does (a photograph "deemed approved" beside a licence
    whose other uses need prior written consent).
    """
    express = [
        f
        for f in findings
        if f.rule.requirement == "consent"
        and f.effect == "present"
        and not f.rule.fallback
        and not f.rule.review
    ]
    return [
        f
        for f in findings
        if not f.rule.review
        or not any(
            e.evidence.clause != f.evidence.clause and (e.ai_specific or not ai_addressed)
            for e in express
        )
    ]


def _fence_variations(findings: Sequence[Finding], context: _Context) -> list[Finding]:
    """Keep a deemed acceptance of changed terms to its red flag where its clause fences it off.

    "If you continue to use the app after that date, you will be treated as having accepted the
    updated Terms. However, no update will switch on a Library category for you; that always
    needs a new opt-in from you": the clause that lets changed terms bind by conduct itself keeps
    every new use to the person's express consent, so the changes cannot reach the likeness use
    and consent is judged from the clauses that ask for it. Without such a consent in the same
    clause, continued use may bind the person to new uses, and the consent stays weak.
    """
    fenced = {
        context.clause_index(f.evidence.start)
        for f in findings
        if f.rule.requirement == "consent"
        and f.effect == "present"
        and not (f.rule.grant or f.rule.fallback or f.rule.review or f.rule.variation)
    }
    return [
        replace(f, effect=None)
        if f.rule.variation
        and f.effect == "weak"
        and context.clause_index(f.evidence.start) in fenced
        else f
        for f in findings
    ]


_BUYOUT_CUES = frozenset({"buyout", "buy-out", "buy - out", "buy out"})


def _table_header_keys(
    sentences: Sequence[Sentence], text: str
) -> dict[int, frozenset[str]]:
    """The lexicon keys each table row takes from its table's header row.

    A table reads as rows "cell | cell", one sentence each: "Item | Fee", then "Three Instagram
    Reels | EUR 1,800". The header names what the rows hold (a fee, a rate, a price), so a row
    reads with the header's words as its context, as a reader reads it, and a header that makes
    the rows something else ("Plan | Monthly fee": prices the user pays) vetoes them as it would in
    the row itself. Only lexicon and exclude keys pass down: the header's words are not hits in
    the row.
    """
    inherited: dict[int, frozenset[str]] = {}
    header: frozenset[str] | None = None
    for index, sentence in enumerate(sentences):
        if "|" not in text[sentence.start : sentence.end]:
            header = None
            if index and text[sentences[index - 1].start : sentences[index - 1].end].rstrip(
            ).endswith(":"):
                # the rows a lead-in introduces ("we will pay you a Presenter Allowance ... as
                # follows:" then "Up to 5 minutes ... JPY 8,000 per video") read with its words
                inherited[index] = frozenset(
                    hit.key for hit in sentences[index - 1].hits if hit.key.startswith("lex:")
                )
            continue
        if header is None:
            header = frozenset(
                hit.key for hit in sentence.hits if hit.key.startswith(("lex:", "exclude:"))
            )
        else:
            inherited[index] = header
    return inherited


def _denies_pay(finding: Finding) -> bool:
    """Whether a finding says, unnegated, that nothing (more) is paid for the use ("No fee ... is
    due to you for the AI Variants", "I will not receive any fee, royalty or other payment")."""
    return (
        finding.effect == "missing"
        and finding.rule.red_flag == "no_further_compensation"
        and not finding.negated_by
    )


def _fold_no_further_into_no_pay(findings: Sequence[Finding]) -> list[Finding]:
    """Drop "no further pay" readings of a sentence that says plainly nothing is paid at all.

    "You will not be paid for Uploads, Face Data or any use of them, and no further compensation
    of any kind is owed to you": "no further" repeats the denial; it does not say that something
    was paid first. The sentence denies pay (missing); it is no buyout on top of a fee (weak).
    """
    denied = {f.evidence.start for f in findings
              if f.rule.requirement == "compensation" and _denies_pay(f)}
    if not denied:
        return list(findings)
    return [
        f for f in findings
        if not (f.rule.requirement == "compensation" and f.effect == "weak"
                and f.rule.red_flag == "no_further_compensation"
                and f.evidence.start in denied)
    ]


def _set_aside_rewards_beside_no_payment(findings: Sequence[Finding]) -> list[Finding]:
    """Drop rewards in kind (``in_kind`` rules) where the contract says plainly nothing is paid,
    or pays a fee in a clause of its own.

    "You will not receive any payment, royalty or share of revenue" beside "credits have no cash
    value": the credits are a perk, and the use is unpaid. A royalty-free licence, or "No other
    payment is made" after a voucher, does not say so: the reward is then the whole pay (weak).
    """
    plain = any(
        f.rule.requirement == "compensation"
        and _denies_pay(f)
        and _ROYALTY_FREE.sub("", f.evidence.cues[0].lower()) != ""
        and not _MONEY_ONLY.search(f.evidence.quote)
        for f in findings
    )
    rewards = {
        f.evidence.start
        for f in findings
        if f.rule.in_kind and f.rule.requirement == "compensation"
    }
    # a fee stated in a sentence of its own pays for the use; the discount beside it is a perk
    # (an amount in the reward's own sentence, "a EUR 150 gift voucher", values the reward)
    fee = any(
        f.rule.requirement == "compensation"
        and f.effect == "present"
        and not f.rule.in_kind
        and f.evidence.start not in rewards
        for f in findings
    )
    if not (plain or fee):
        return list(findings)
    return [f for f in findings if not (f.rule.in_kind and f.rule.requirement == "compensation")]


# "No money is paid", "No cash fee is payable": only money is denied, the reward in kind is the pay
_MONEY_ONLY = re.compile(
    r"\bno\s+(?:money|cash)\b|\bnot\s+(?:paid\s+)?in\s+(?:money|cash)\b", re.IGNORECASE
)

# a royalty-free licence describes the licence, not what the person is paid
_ROYALTY_FREE = re.compile(r"^royalty\s*-?\s*free$")


def _set_aside_priced_buyouts(findings: Sequence[Finding]) -> list[Finding]:
    """Drop a priced buyout of non-AI material where the AI use has pay of its own.

    "Session fee GBP 650 plus GBP 480 buyout for the recorded lines" prices a buyout of the
    recordings; where another clause pays for the voice model itself ("GBP 1,500 per licence
    year"), that buyout does not cut off pay for the AI use. A buyout that speaks of the replica,
    or one with no amount of its own ("the Fee is a full buyout of all rights"), stays. Whether a
    sentence speaks of AI is read in the sentence itself (``general``), not from its section.
    """
    ai_pay = any(
        f.rule.requirement == "compensation" and f.effect == "present" and not f.general
        for f in findings
    )
    if not ai_pay:
        return list(findings)
    priced = {
        f.evidence.start
        for f in findings
        if f.rule.requirement == "compensation" and f.effect == "present" and not f.rule.red_flag
    }
    return [
        f
        for f in findings
        if not (
            f.rule.requirement == "compensation"
            and f.effect == "weak"
            and f.general
            and f.evidence.cues[0].lower() in _BUYOUT_CUES
            and f.evidence.start in priced
        )
    ]


# "irrevocable" is not among them: it takes away the way out (revocation missing), and a grant
# that is otherwise specific stays the person's consent (labels: present beside an irrevocable
# grant in 275 of 4,508 samples; reading it as weak cost 26 consent labels net).
_BLANKET_FLAGS = ("any_purpose", "all_media")


def _weaken_blanket_grants(findings: Sequence[Finding]) -> list[Finding]:
    """In a release with no AI terms the grant is the consent, so a blanket scope anywhere in it
    ("for any purpose", "all media now known or hereafter devised", not negated) makes the grant
    blanket even when the granting sentence itself ("I consent to ... as set out in this release")
    is plain (DESIGN section 3: blanket consent is weak)."""
    blanket = [f for f in findings if f.rule.red_flag in _BLANKET_FLAGS and f.negated_by is None]
    if not blanket:
        return list(findings)
    cue = blanket[0].evidence.cues[0] if blanket[0].evidence.cues else blanket[0].rule.red_flag
    return [
        replace(f, effect="weak", weakened_by=f"{cue} (clause {blanket[0].evidence.clause})")
        if f.rule.grant and f.effect == "present" and f.weakened_by is None
        else f
        for f in findings
    ]


_BLANKET_USE_FLAGS = ("any_purpose", "all_media")


def _weaken_blanket_ai_grants(findings: Sequence[Finding]) -> list[Finding]:
    """In an AI contract whose only consent to the replica is the person's grant in it ("The
    Presenter consents to ... the Avatar being made available to all Customers"), a sentence
    that itself speaks of the replica and lets it be used "for any lawful business purpose" or
    "in all media now known or hereafter devised" (not negated) makes that consent blanket, even
    when the granting sentence is plain (DESIGN section 3: blanket consent is weak). A blanket
    scope for the ordinary photographs leaves the replica consent as it is, and so does an
    express requirement of the person's consent to AI uses, which governs them."""
    blanket = [
        f
        for f in findings
        if f.rule.red_flag in _BLANKET_USE_FLAGS
        and f.negated_by is None
        and not f.set_aside
        and f.ai_specific
        and not f.general
    ]
    if not blanket or _express_ai_requirement(findings):
        return list(findings)
    cue = blanket[0].evidence.cues[0] if blanket[0].evidence.cues else blanket[0].rule.red_flag
    return [
        replace(f, effect="weak", weakened_by=f"{cue} (clause {blanket[0].evidence.clause})")
        if f.rule.grant
        and f.rule.requirement == "consent"
        and f.effect == "present"
        and f.weakened_by is None
        and f.ai_specific
        else f
        for f in findings
    ]


def _weaken_carve_outs_of_blanket_grants(findings: Sequence[Finding]) -> list[Finding]:
    """In a release with no AI terms that grants use "for any purpose whatsoever", a consent
    asked for only in another clause ("shall not license any Image in connection with sexual
    health ... without my prior written consent") carves a few subjects out of the blanket grant:
    every other use stays unasked for, so the consent is weak, not present (DESIGN section 3).
    A consent requirement in the same sentence as the blanket words qualifies them instead."""
    blanket = [f for f in findings if f.rule.red_flag == "any_purpose" and f.negated_by is None]
    if not blanket:
        return list(findings)
    starts = {f.evidence.start for f in blanket}
    cue = blanket[0].evidence.cues[0] if blanket[0].evidence.cues else "any_purpose"
    return [
        replace(f, effect="weak", weakened_by=f"{cue} (clause {blanket[0].evidence.clause})")
        if f.rule.requirement == "consent"
        and f.rule.target == "requirement"
        and not f.rule.grant
        and f.effect == "present"
        and f.weakened_by is None
        and f.evidence.start not in starts
        else f
        for f in findings
    ]


def _apply_overrides(used: Sequence[Finding]) -> list[Finding]:
    """A clause that says it prevails ("notwithstanding the word irrevocably", "the Rider
    prevails") outweighs the undermining findings of the clauses it overrides: in an AI clause,
    those of general clauses; in a general clause, those of every other sentence."""
    kept = list(used)
    for override in [f for f in used if f.overrides]:
        kept = [
            f
            for f in kept
            if f.effect == "present"
            or f.evidence.start == override.evidence.start
            or (override.ai_specific and f.ai_specific)
        ]
    return kept


def _ordinary_attorney_outside_ai_consent(findings: Sequence[Finding]) -> list[Finding]:
    """In an AI contract that asks the person's own consent for the AI uses, an attorney appointed
    in a clause that does not speak of AI (to sign ordinary bookings and releases) does not weaken
    that consent. A jurisdiction pack's attorney rule states its own law, which does not depend on
    AI (NY Labor Law section 1036 bars any power of attorney as a condition of representation), and
    keeps its weight."""
    if not any(
        f.effect == "present" and f.ai_specific and f.rule.id == "consent.required"
        for f in findings
    ):
        return list(findings)
    return [
        f
        for f in findings
        if not (
            f.rule.red_flag == "power_of_attorney"
            and f.rule.pack == "baseline"
            and not f.ai_specific
            and f.effect == "weak"
        )
    ]


def _unpaid_ai_use_outweighs_other_fees(findings: Sequence[Finding]) -> list[Finding]:
    """In an AI contract, "No fee, royalty or other payment is due to you for the AI Variants"
    decides pay for the AI use when no sentence about AI pays anything: the day rate that "covers
    the shoot" pays for other work (a licence fee, a buyout or a share of receipts pays for the use,
    and keeps its weight). A fee named in the unpaid sentence itself ("Your day rate covers your
    work on set only, and no other payment will be made for the scan") is that other work's. A "no
    further compensation" in the unpaid sentence, or in another about the AI use ("The Artist shall
    not be entitled to any additional fee, residual or royalty for any use of the Digital
    Replica"), adds nothing to it: nothing is paid for the AI use to add to.
    """
    unpaid = [
        f
        for f in findings
        if _denies_pay(f)
        and (not f.general or f.ai_specific and _OTHER_WORK_ONLY.search(f.evidence.quote))
    ]
    sentences = {f.evidence.start for f in unpaid}
    if not unpaid or any(
        f.effect == "present"
        and (
            _FEE_FOR_USE.search(f.evidence.quote)
            or (not f.general and f.evidence.start not in sentences)
        )
        for f in findings
    ):
        return list(findings)
    return [
        f
        for f in findings
        if not (f.effect == "present" and (f.general or f.evidence.start in sentences))
        and not (f.effect == "weak" and f.evidence.start in sentences)
        and not (
            f.effect == "weak"
            and f.rule.red_flag == "no_further_compensation"
            and not f.general
            and _says_nothing_more(f)
        )
    ]


def _says_nothing_more(finding: Finding) -> bool:
    """Whether a "no further compensation" finding only denies more pay ("no additional fee,
    residual or royalty", "not be entitled to any further payment") rather than naming a payment
    that covers the uses ("a full buyout", "in full and final settlement")."""
    cues = finding.evidence.cues
    if not cues or _DENIAL_CUE.match(cues[0].lower()) is None:
        return False
    # a payment named before the denial covers the uses ("The Image Rights Fee is the only
    # consideration for the rights ..., including the creation and use of Digital Avatars, and no
    # further compensation ..."): a buyout, not nothing
    quote = finding.evidence.quote
    at = quote.lower().find(cues[0].lower())
    return _PAYMENT_NAMED.search(quote[: max(at, 0)]) is None


_DENIAL_CUE = re.compile(r"(?:no|not|n't|never|without|nothing)\b")
_PAYMENT_NAMED = re.compile(
    r"\b(?:fees?|consideration|payments?|honorarium|rates?|salary|sums?|remuneration|royalt(?:y|ies)"
    r"|compensation|wages?|amounts?)\b",
    re.IGNORECASE,
)


def _denied_pay_outweighs_recited_consideration(findings: Sequence[Finding]) -> list[Finding]:
    """A release that recites "good and valuable consideration" and says plainly that nothing is
    paid ("I acknowledge that I will not receive any fee, royalty or other payment for the grant")
    pays nothing: the recital is boilerplate, and the denial decides. Where anything is paid, the
    findings stand as they are."""
    if not any(_denies_pay(f) for f in findings) or any(f.effect == "present" for f in findings):
        return list(findings)
    return [
        f
        for f in findings
        if not (
            f.effect == "weak"
            and f.evidence.cues
            and _RECITED_CONSIDERATION.fullmatch(f.evidence.cues[0].lower())
        )
    ]


_RECITED_CONSIDERATION = re.compile(
    r"(?:for\s+)?(?:good\s+and\s+valuable|other\s+(?:good\s+and\s+)?valuable|valuable)\s+"
    r"consideration"
)


# a fee said to pay for other work only ("Your day rate covers your attendance and your work on
# set only, and no other payment will be made for the scan"): in an AI clause, what it denies is
# pay for the AI use, whatever words the sentence uses for it
_OTHER_WORK_ONLY = re.compile(
    r"\b(?:covers?|is\s+for|are\s+for|pays?\s+for)\b[^.;]{0,80}?\bonly\b", re.IGNORECASE
)

# a fee that pays for the use itself, whatever it names: a licence or usage fee, a buyout, a
# royalty, a share of receipts ("a one-off licence fee of AUD 3,500", "50% of Net Receipts")
_FEE_FOR_USE = re.compile(
    r"\b(?:licen[cs]e\s+fee|usage\s+fee|use\s+fee|buy-?out|royalt(?:y|ies)|receipts|revenue)\b|%",
    re.IGNORECASE,
)


def _express_removal_dominates(
    by_effect: Mapping[str, list[Finding]], ai: bool
) -> dict[str, list[Finding]]:
    """A clause that expressly takes a protection away outweighs general clauses giving it.

    In an AI contract only AI clauses count for either side. The person's own grant in the
    contract ("the Performer consents to the creation of a Digital Double", "I grant") does not
    count as giving: "no further consent shall be required" takes away exactly the consent to
    each later use that a grant does not give. Nor does consent to something other than a use of
    the likeness ("shall not race more than 75 days without his consent", "these terms constitute
    the student's consent for the purposes of the Civil Code", a heading "Consent."): it does not
    contradict a removal of consent to the use.
    """
    def counts(finding: Finding) -> bool:
        return finding.ai_specific or not ai

    removal = [f for f in by_effect["missing"] if counts(f) or ai and _denies_consent(f)]
    # what a stand-in grants here and now in its own sentence ("Lender hereby gives, on Artist's
    # behalf, every consent needed for the creation and use of the Digital Voice Double") is the
    # stand-in's grant, which gives nothing against the removal; a proxy who "may give consents"
    # later still consents for the person
    stood_in = {
        f.evidence.start
        for e in ("present", "weak")
        for f in by_effect[e]
        if removal
        and (
            e == "weak"
            and any(
                c.lower().startswith("hereby") and "behalf" in c.lower() for c in f.evidence.cues
            )
            or _stand_in_gives_now(f, removal)
        )
    }
    if removal:
        # consent deemed from conduct ("by entering the scanning booth you agree") or given under
        # a power of attorney is not the person's own consent to each use; where the contract
        # also says no further (or separate) consent of the person is required, nothing stands
        # against the removal, in a likeness release as in an AI contract. (A proxy who "may give
        # consents" for the person later still consents for the person.)
        # nor is a weak reading of the removing sentence itself ("may use them at its discretion
        # without obtaining any further consent": the discretion is the removal's)
        # ... nor the other side's discretion in the sentence before it, in the same clause ("the
        # Manager may produce and publish Synthetic Content at its discretion. No consent of the
        # Creator shall be required for any individual ... use")
        removing = {f.evidence.start for f in removal}
        removing_clauses = {f.evidence.clause for f in removal if f.evidence.clause}
        by_effect = {
            e: [
                f
                for f in found
                if e != "weak"
                or f.rule.red_flag not in _STAND_IN_CONSENT
                and not (
                    f.evidence.start in removing
                    and f.rule.requirement == "consent"
                    and not f.rule.red_flag
                    and not any("behalf" in c.lower() for c in f.evidence.cues)
                )
                and not (f.rule.id == "consent.optional" and f.evidence.clause in removing_clauses)
            ]
            for e, found in by_effect.items()
        }
    # a removal of consent for every use the contract grants leaves another clause's consent only
    # the uses outside the grant (or a third person's consent): it gives nothing for that use
    whole = {f.evidence.start for f in removal if _removes_for_whole_grant(f)}
    ai_giving = [
        f
        for e in ("present", "weak")
        for f in by_effect[e]
        if counts(f)
        and not f.rule.grant
        and not f.rule.qualifies  # a limit on a consent gives none ("such other uses as ...")
        and _gives_what_removal_takes(f)
        and (not whole or f.evidence.start in whole)
        and f.evidence.start not in stood_in
        and not _consent_given_here(f)
    ]
    # a removal that names the clause it sets aside, for every use ("9.3 Notwithstanding clause
    # 3.2, once the Game has been released no further consent of the Actor shall be required for
    # any use of the Voice Replica"), leaves that clause nothing to give against it; one for some
    # uses only ("Notwithstanding clause 3, the Company may post short clips ... without any
    # further Replica Consent") is an exception to it, which weakens it
    set_aside = {
        number
        for f in removal
        if f.rule.requirement == "consent"
        and (_EVERY_USE.search(f.evidence.quote) or _removes_for_whole_grant(f))
        for number in iter_clauses_set_aside(f.evidence.quote)
    }
    ai_giving = [f for f in ai_giving if not _in_clauses(f.evidence.clause, set_aside)]
    if removal and not ai and any(_denies_consent(f) for f in removal):
        # in a likeness release, a clause that says in so many words that the person's consent is
        # not needed for the uses decides; consent asked in other clauses is for other things (a
        # minor's parent, events the release leaves out, licensing to others, a deletion to
        # waive): "The Employee's consent is not required for these uses" beside "unless the
        # Employee agrees otherwise in writing" (for keeping images after she leaves)
        # (a use forbidden without consent, "shall not use the Rider's image in advertising
        # outside Slovenia without his written consent", still asks for it)
        ai_giving = [
            f
            for f in ai_giving
            if f.evidence.clause in removing_clauses or _FORBIDDEN_WITHOUT.search(f.evidence.quote)
        ]
    if removal and not ai_giving:
        return {"present": [], "weak": [], "missing": removal}
    if not ai:
        return dict(by_effect)
    hazards = [
        f
        for f in by_effect["weak"]
        if (f.rule.red_flag or f.ai_specific) and f.evidence.start not in stood_in
    ]
    present = [f for f in by_effect["present"] if f.evidence.start not in stood_in]
    if removal and not present and not hazards:
        return {"present": [], "weak": [], "missing": removal}
    return dict(by_effect)


def _consent_given_here(finding: Finding) -> bool:
    """Whether a consent finding is the person's consent given in the contract itself, or only a
    title naming one: "7.1 The Model gives separate consent under Article 23 of the Personal
    Information Protection Act to the Company collecting and processing ... the Scan Data for the
    purposes set out in Article 3" (a data-protection consent to the buyout's own uses), or a
    title's "Participant Release and Biometric Consent". Like the person's grant, neither asks for
    consent to each later use, so neither stands against "no further consent ... shall be
    required". (A title's word ends its line: a cue in title case with a line break after it, before
    any clause; an exhibit's heading "Form of Replica Consent" heads the consent asked for.)"""
    quote = finding.evidence.quote
    cue = finding.evidence.cues[0] if finding.evidence.cues else ""
    at = quote.find(cue) if cue.istitle() and finding.evidence.clause is None else -1
    return bool(_GIVES_CONSENT_NOW.search(quote)) or (
        at >= 0 and quote[at + len(cue) : at + len(cue) + 1] in ("", "\n")
    )


# the person's consent given in the sentence: "The Model gives separate consent under Article 23",
# "I hereby give my explicit consent to the processing of"
_GIVES_CONSENT_NOW = re.compile(
    r"^\s*(?:[\d.]+\s+)?(?:i|the\s+\w+|you)\s+(?:hereby\s+)?(?:gives?|grants?)\s+"
    r"(?:(?:his|her|their|its|my|your)\s+)?(?:(?:separate|express|explicit|specific|written|"
    r"prior|informed)\s+(?:and\s+)?)*consent\b",
    re.IGNORECASE,
)


# a stand-in's own consent, given or said to be obtained now: "The Agent consents on the Athlete's
# behalf to ...", "Party B warrants that it has obtained from the Host all authorisations"
_STAND_IN_NOW = re.compile(
    r"\b(?:warrants?|represents?|confirms?)(?:\s+and\s+\w+)?\s+that\s+(?:it|they|he|she)\s+"
    r"(?:has|have)\s+obtained\b",
    re.IGNORECASE,
)
# what a proxy may do later, for each use, still consents for the person ("the Agency may give
# consents on the Model's behalf")
_LATER_POWER = re.compile(
    r"\b(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to|authori[sz]ed\s+to|"
    r"power\s+to|authority\s+to|will)\b",
    re.IGNORECASE,
)


def _stand_in_gives_now(finding: Finding, removal: Sequence[Finding]) -> bool:
    """Whether a finding is a stand-in's consent given or warranted here and now, not the
    person's: "The Agent consents on the Athlete's behalf to the processing ... including the AI
    Coach", "Party B warrants that it has obtained from the Host all authorisations necessary".
    Beside "no further consent from the Agent or the Athlete" (a removal that names the stand-in
    too) it gives nothing for later uses."""
    if finding.rule.requirement != "consent":
        return False
    quote = finding.evidence.quote
    if _STAND_IN_NOW.search(quote):
        return True
    return (
        finding.effect == "weak"
        and any("behalf" in c.lower() for c in finding.evidence.cues)
        and not _LATER_POWER.search(quote)
        and any(_BOTH_DENIED.search(f.evidence.quote) for f in removal)
    )


# a removal that denies the stand-in's further consent with the person's: "without any further
# consent of Party B or the Talent", "without the need for any further consent from the Agent or
# the Athlete"
_BOTH_DENIED = re.compile(
    r"\bconsent\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:or|nor|and)\s+"
    r"(?:of\s+|from\s+)?(?:the\s+)?[A-Z]"
)


# "Notwithstanding clause 3.2", "notwithstanding Sections 2.1 and 2.3", "Notwithstanding paragraph
# 4(b)", "notwithstanding clauses 4 to 6": the clauses a provision says it overrides, by number
_SET_ASIDE = re.compile(
    r"\bnotwithstanding\s+(?:the\s+)?(?:clauses?|sections?|paragraphs?|articles?|paras?\.?|cl\.|s\.)\s+"
    r"(?P<numbers>\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))?"
    r"(?:\s*(?:,|and|or|to)\s*\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))?)*)",
    re.IGNORECASE,
)
# a removal for every use: "for any use of the Voice Replica", "for the uses in clause 3.1"
_EVERY_USE = re.compile(
    r"\bfor\s+(?:any|all|every)\s+(?:such\s+)?uses?\b"
    r"|\bfor\s+the\s+uses\s+(?:in|under|set\s+out\s+in|described\s+in)\s+"
    r"(?:clause|section|paragraph|article|schedule)",
    re.IGNORECASE,
)
_CLAUSE_NUMBER = re.compile(r"\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))?", re.IGNORECASE)


def iter_clauses_set_aside(text: str) -> Iterator[str]:
    """Yield the clause numbers ``text`` says it applies notwithstanding ("Notwithstanding
    clause 3.2" yields "3.2"; "notwithstanding Sections 2.1 and 2.3" yields both; a range,
    "clauses 4 to 6", yields its ends)."""
    for match in _SET_ASIDE.finditer(text):
        yield from (m.group(0).lower() for m in _CLAUSE_NUMBER.finditer(match["numbers"]))


# an act forbidden unless consent is given: "shall not use ... without his written consent", "no
# image is published without"
_FORBIDDEN_WITHOUT = re.compile(r"\b(?:not|no|never)\b[^.;]{0,120}?\bwithout\b", re.IGNORECASE)

# consents that are not the person's own act: deemed from conduct, or given by an attorney
_STAND_IN_CONSENT = frozenset(["deemed_consent", "power_of_attorney"])


# "not required for images taken and used in accordance with section 3", "no separate consent ...
# is required for photographing, filming or recording under this chapter": the uses the removal
# covers are named by the part of the contract that grants them. A relative or conditional clause
# between ("for any performance that is submitted under Section 5.4") confines the uses instead.
_WHOLE_GRANT = re.compile(
    r"\b(?:required|needed|necessary)\s+for\b"
    r"(?:(?!\b(?:that|which|who|whom|whose|where|when|if|unless|provided|except|other)\b)[^.;]){0,120}?"
    r"\b(?:under|in\s+accordance\s+with|pursuant\s+to|within(?:\s+the\s+scope\s+of)?)\s+"
    r"(?:(?:this|these)\s+(?:chapter|clause|section|article|paragraph|part|annex|addendum|"
    r"agreement|contract|policy|rules|terms|release|licen[cs]e|rider|schedule|appendix)s?\b"
    r"|(?:chapter|clause|section|article|paragraph|part|annex|schedule)s?\s+\d)",
    re.IGNORECASE,
)


def _denies_consent(finding: Finding) -> bool:
    """Whether a finding expressly denies that the person's consent is needed, in words that name
    consent, for what the contract covers ("No further consent of the Model is required for any
    use of the Materials", "no separate consent ... is required for any Scheduled Use").

    ("We do not ask for your permission before creating an AI Look" names consent too.) In an AI
    contract such a clause counts even where its own sentence names no AI: the uses it
    covers are those the contract defines or schedules, AI uses among them, and an AI clause that
    does ask for consent still stands against it. A clause that only waives approval of an output
    or a script ("may be used ... without further approval", "we do not need your approval to
    publish it") concerns approval, not consent to the use.
    """
    return (
        finding.rule.requirement == "consent"
        # a rule that itself removes consent, not a requirement read as negated ("without the
        # Model's consent" in a permission) whose reach is less plain
        and finding.rule.effect == "missing"
        and finding.effect == "missing"
        and finding.negated_by is None
        and not finding.rule.red_flag
        and bool(finding.evidence.cues)
        and any(word in finding.evidence.cues[0].lower() for word in ("consent", "permission"))
        and not _confined_to_plain_media(finding)
    )


def _confined_to_plain_media(finding: Finding) -> bool:
    """Whether the words after a removal's cue confine it to plain footage or photographs ("for
    those prints", "for any use of footage of the Event"): a contract's AI uses lie outside it. A
    defined term ("the Materials", "any Image", "any Scheduled Use") or "these uses" may reach them.
    """
    quote = finding.evidence.quote
    at = quote.lower().find(finding.evidence.cues[0].lower())
    rest = quote[at + len(finding.evidence.cues[0]) :] if at >= 0 else quote
    return _PLAIN_MEDIA.search(rest) is not None


_PLAIN_MEDIA = re.compile(
    r"\b(?-i:footage|photographs?|photos?|prints?|stills?|pictures?|portraits?|recordings?|videos?)\b"
)


def _removes_for_whole_grant(finding: Finding) -> bool:
    """Whether a removal of consent covers every use the contract grants.

    "Employee consent is not required for images taken and used in accordance with section 3",
    "no separate consent of a member is required for photographing, filming or recording under
    this chapter", "for any use under clause 4": the uses for which consent is not needed are
    those of the granting part itself. A consent asked for in another clause ("not used in
    advertising ... without the employee's written agreement", "photographs of a child alone
    require the permission of a parent") then concerns only uses outside the grant, or someone
    else's consent, and does not give the person consent to what the contract grants. A removal
    confined to some uses ("for the use of the Vocal Model in promotional snippets", "in any
    episode of the Series"), or one whose reference names the consent rather than the uses ("no
    consent under this Rider shall be required for the stills"), leaves a consent clause its force.
    """
    return finding.rule.requirement == "consent" and bool(
        _WHOLE_GRANT.search(finding.evidence.quote)
    )


def _gives_what_removal_takes(finding: Finding) -> bool:
    """Whether a giving finding speaks to what an express removal takes away. A consent
    requirement does so only when its sentence speaks of the likeness or a use of it: consent to
    race days, or terms that "constitute the student's consent for the purposes of the Civil
    Code", ask for nothing before the use. Consents given for the person by someone else (an
    agency, a lender) stay: they are consent to the use, given by the wrong party."""
    return finding.about_use or finding.rule.requirement != "consent" or finding.effect != "present"


def _combine(by_effect: Mapping[str, list[Finding]]) -> tuple[str, list[Finding]]:
    present, weak, missing = by_effect["present"], by_effect["weak"], by_effect["missing"]
    if present and not weak and not missing:
        return "present", present
    if weak or (present and missing):
        return "weak", weak + missing + present
    if missing:
        return "missing", missing
    return "missing", []


def _group_reasons(findings: Sequence[Finding], flags: Mapping[str, RedFlagDef]) -> list[str]:
    """One reason per distinct explanation, naming every clause it comes from, strongest first."""
    groups: dict[tuple[str, str | None, str | None, str | None], list[_Place]] = {}
    for finding in findings:
        key = (_reason_of(finding), finding.negated_by, finding.weakened_by, finding.rule.red_flag)
        evidence = finding.evidence
        where = _Place(evidence.clause, None if evidence.clause else evidence.heading)
        places = groups.setdefault(key, [])
        if where not in places:
            places.append(where)
    return [_reason_text(key, places, flags) for key, places in groups.items()]


def _reason_of(finding: Finding) -> str:
    """The rule's reason for ``finding``: its negated reason where a negation turned the hit."""
    if finding.negated_by and finding.rule.negated_reason:
        return finding.rule.negated_reason
    return finding.rule.reason


class _Place(NamedTuple):
    """Where a reason comes from: a clause number, else the heading of an unnumbered clause,
    else (neither) the preamble."""

    clause: str | None
    heading: str | None


def _reason_text(
    key: tuple[str, str | None, str | None, str | None],
    places: Sequence[_Place],
    flags: Mapping[str, RedFlagDef],
) -> str:
    text, negated_by, weakened_by, red_flag = key
    numbered = [p.clause for p in places if p.clause]
    headed = [f'"{p.heading}"' for p in places if not p.clause and p.heading]
    parts = []
    if numbered:
        parts.append(("Clause " if len(numbered) == 1 else "Clauses ") + _join_clauses(numbered))
    if headed:
        section = "the section " if len(headed) == 1 else "the sections "
        parts.append(section + _join_clauses(headed))
    where = " and ".join(parts) if parts else "the preamble"
    reason = f"{where[:1].upper()}{where[1:]}: {text}"
    if negated_by:
        reason += f' (negated by "{negated_by}")'
    if weakened_by:
        reason += f' (weakened by "{weakened_by}")'
    if red_flag and red_flag in flags:
        reason += f" Red flag: {flags[red_flag].title.lower()}."
    return reason


def _recommendation(definition: RequirementDef, status: str) -> str:
    text = definition.recommendation[status]
    if status == "present":
        return text
    return f'{text} For example: "{definition.suggested_clause}"'


def _unique_evidence(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Drop repeated quotes, keeping the order given (strongest first)."""
    seen: dict[tuple[int, int], Evidence] = {}
    for item in items:
        seen.setdefault((item.start, item.end), item)
    return tuple(seen.values())


def _strength(finding: Finding) -> tuple[int, int, int, int]:
    """Sort key putting the most telling finding first: undermining, specific, long cue, early."""
    undermining = 0 if finding.effect != "present" else 1
    cue = finding.evidence.cues[0] if finding.evidence.cues else ""
    return (undermining, -finding.rule.priority, -len(cue), finding.evidence.start)


def _score(requirements: Sequence[RequirementResult]) -> int:
    if not requirements:
        return 0
    points = {"present": 2, "weak": 1, "missing": 0}
    return round(100 * sum(points[r.status] for r in requirements) / (2 * len(requirements)))


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("AI")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _join_clauses(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _merge_lexicons(packs: Sequence[RulePack]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for pack in packs:
        for name, terms in pack.lexicons.items():
            merged[name] = tuple(dict.fromkeys(merged.get(name, ()) + terms))
    return merged


def _merge_parties(packs: Sequence[RulePack]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {"person": (), "other": ()}
    for pack in packs:
        for side, words in pack.parties.items():
            merged[side] = merged[side] + words
    return merged


def _merge_references(packs: Sequence[RulePack]) -> dict[str, tuple[Reference, ...]]:
    merged: dict[str, tuple[Reference, ...]] = {}
    for pack in packs:
        for req_id, refs in pack.references.items():
            merged[req_id] = merged.get(req_id, ()) + refs
    return merged


def _merge_negation(packs: Sequence[RulePack]) -> NegationCues:
    cues = [p.negation for p in packs if p.negation is not None]
    if not cues:
        return NegationCues()
    return NegationCues(
        pre=tuple(dict.fromkeys(c for n in cues for c in n.pre)),
        post=tuple(dict.fromkeys(c for n in cues for c in n.post)),
        pseudo=tuple(dict.fromkeys(c for n in cues for c in n.pseudo)),
        terminators=tuple(dict.fromkeys(c for n in cues for c in n.terminators)),
        window=max(n.window for n in cues),
        cancelling=tuple(dict.fromkeys(c for n in cues for c in n.cancelling)),
    )
