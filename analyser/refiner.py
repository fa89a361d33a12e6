"""The status refiner: a learned second reading of every protection and red flag of a contract.

The rules grade each protection from the words that decide it; their commonest error on contracts
they have never seen is a limit stated somewhere they do not look (a way out whose published
material stays up, a fee that another clause turns into a buyout, an archive copy kept after
deletion). The refiner reads, for one requirement of one contract (the three core protections and
the ten further ones), what the rules concluded (the status, the rules behind it, the
contract's red flags, whether it speaks of AI) together with every sentence that speaks to that
requirement, and scores present / weak / missing. It is a small bag-of-words spaCy text classifier
trained by ``python -m analyser.learned train-refiner`` from the labelled sample contracts (never
the test split), and it changes a status only when it is confident (its stored threshold). A
changed status says so in its reasons, with the rules' own reading and the sentences that weighed
most, so the reader can check it.

The same refiner also reads each red flag (:func:`refine_flags`): what the rules concluded (the
flag raised or not, the rules behind it, the other flags, the statuses) with the sentences that
speak to that flag, and scores whether the contract carries it. A flag it confidently adds cites
the sentences that weighed most for it; a flag it confidently drops is named, with its quote, in
the reasons of the protection it undermined.

Nothing here imports spaCy: the model itself is :class:`analyser.nlp.SpacyStatusClassifier`.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from analyser.model import Clause, Document, Evidence, RedFlag, RequirementResult

__all__ = [
    "CORE",
    "DEFAULT_REFINER_DIR",
    "FLAGS",
    "FLAG_KEY",
    "MIN_WORDS",
    "REFINED",
    "REFINER_RECORD",
    "StatusRefiner",
    "flag_text",
    "installed_refiner_version",
    "iter_sentence_spans",
    "refine_flags",
    "refine_results",
    "requirement_text",
]

# where the package keeps its trained refiner, and the record of how it was trained
DEFAULT_REFINER_DIR = Path(__file__).resolve().parent / "models" / "status_refiner"
REFINER_RECORD = "refiner.json"
# the requirements the refiner reads: the three core protections, then the further ones
CORE = ("consent", "compensation", "revocation")
REFINED = (
    *CORE, "scope", "duration", "ownership", "deletion", "transfer", "ai_training", "approval",
    "disclosure", "post_mortem", "representation",
)
# the red flags the refiner reads, each under the key "flag_<id>" (its classifier's name)
FLAGS = (
    "perpetual", "irrevocable", "worldwide", "all_media", "any_purpose", "waiver_of_approval",
    "alteration", "third_party_transfer", "ai_training_use", "no_further_compensation",
    "binding_on_heirs", "deemed_consent", "power_of_attorney",
)
FLAG_KEY = "flag_{}"
# a sentence "speaks to" a requirement when one of these matches it (read in lower case). Each
# pattern's every alternative opens with a literal letter, so the regex engine skips ahead to the
# letters they can start with ("\buse" is written "use(?<=\buse)"); pay's amounts open with a digit
# and have a pattern of their own, whose sentences join the first one's.
_KEYWORDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "consent": (re.compile(
        r"consent|approv|permission|authori[sz]|agree|opt.?in|tick|deem|attorney|required|without"
    ),),
    # an amount, not any digit (clause numbers are digits too): a currency sign, a code or word
    # before a number ("eur 500", "usd 12"), a percentage, or a number "per", "a", "an", "each"
    "compensation": (re.compile(
        r"fee|pay|paid|royalt|compensat|remunerat|consideration|buyout|buy-out|per cent|%"
        r"|free of charge|unpaid|no further|included|rate|\$|\u20ac|\u00a3"
    ), re.compile(
        r"\d(?:(?<=\b[a-z]{3}\d)|(?<=\b[a-z]{3} \d)| ?%|[\d,.]* (?:per|a|an|each)\b)"
    )),
    "revocation": (re.compile(
        r"withdraw|revok|revoc|terminat|cancel|remov|delet|opt.?out|stop|ceas|remain"
        r"|publish|notice|take.?down|switch|end |erase|no longer|archive|already"
    ),),
    # the further protections: the words a clause on each uses
    "scope": (re.compile(
        r"purpose|use(?<=\buse)|media|territor|campaign|channel|product|including|limit|advertis"
        r"|promot|social|print|online|broadcast"
    ),),
    "duration": (re.compile(
        r"term(?<=\bterm)\b|perpetu|year(?<=\byear)s?\b|month(?<=\bmonth)s?\b|until|expir|period"
        r"|forever|indefinite|duration|renew|time|end of|after"
    ),),
    "ownership": (re.compile(
        r"own(?<=\bown)|propert|title|belong|copyright|licen[cs]|assign|hire|rights? in"
        r"|intellectual"
    ),),
    "deletion": (re.compile(
        r"delet|destroy|eras|retain|retention|keep(?<=\bkeep)|kept|archive|backup|back-up|copies"
        r"|remov"
    ),),
    "transfer": (re.compile(
        r"assign|sublicen|sub-licen|transfer|third part|affiliat|licensee|partner|successor"
        r"|sell(?<=\bsell)|sold|share(?<=\bshare)|client|distribut"
    ),),
    "ai_training": (re.compile(
        r"train|dataset|data set|machine.learning|model(?<=\bmodel)|improve|fine.tun|learn"
        r"|algorithm|ai(?<=\bai)\b|artificial"
    ),),
    "approval": (re.compile(
        r"approv|review|inspect|object|reject|veto|final cut|preview|consult|sign.off"
        r"|see [^.;]{0,60} before"
    ),),
    "disclosure": (re.compile(
        r"label|disclos|watermark|synthetic|ai.generated|artificial|identif|credit|tag(?<=\btag)"
        r"|transparen|notice|inform"
    ),),
    "post_mortem": (re.compile(
        r"death|die(?<=\bdie)|deceased|estate|heir|executor|surviv|posthum|successor"
    ),),
    "representation": (re.compile(
        r"counsel|lawyer|legal advice|solicitor|attorney|union|advice|advis|represent|equity|sag"
        r"|independent"
    ),),
    # the red flags: the words a clause raising each, or its look-alike, uses
    "flag_perpetual": (re.compile(
        r"perpetu|forever|indefinite|in perpetuity|without limit|no limit|unlimited|term\b"
        r"|duration|years?\b|expir|until"
    ),),
    "flag_irrevocable": (re.compile(
        r"irrevoc|revoc|revok|withdraw|cannot|can ?not|terminat|cancel"
    ),),
    "flag_worldwide": (re.compile(r"worldwide|world|univers|territor|global|anywhere|countr"),),
    "flag_all_media": (re.compile(
        r"media|now known|hereafter|devised|format|platform|channel|medium"
    ),),
    "flag_any_purpose": (re.compile(
        r"purpose|whatsoever|any and all|any use|all uses|without limitation|unlimited|any manner"
        r"|any way"
    ),),
    "flag_waiver_of_approval": (re.compile(
        r"waive|approv|inspect|review|object|veto|see .{0,40}before|consult"
    ),),
    "flag_alteration": (re.compile(
        r"alter|modif|edit|manipulat|retouch|morph|combin|chang|adapt|synthes|generat|enhanc"
        r"|distort|composit|crop|digital"
    ),),
    "flag_third_party_transfer": (re.compile(
        r"assign|sublicen|sub-licen|transfer|third part|affiliat|successor|partner|sell|sold"
        r"|share|licensee|distribut|client"
    ),),
    "flag_ai_training_use": (re.compile(
        r"train|dataset|data set|machine|model|learn|algorithm|ai(?<=\bai)\b|artificial|improv"
        r"|develop|fine.tun"
    ),),
    "flag_no_further_compensation": (re.compile(
        r"no further|no additional|without further|without additional|buyout|buy-out|in full"
        r"|full (?:and final )?consideration|royalt|fee|pay|paid|compens|remunerat|sole"
    ),),
    "flag_binding_on_heirs": (re.compile(
        r"heir|successor|executor|estate|legal representative|binding|death|deceased|die\b"
        r"|surviv"
    ),),
    "flag_deemed_consent": (re.compile(
        r"deem|silence|fail|not object|no response|respond|tick|automatic|presum|continu|implied"
        r"|treated as"
    ),),
    "flag_power_of_attorney": (re.compile(
        r"attorney|appoint|agent|on (?:your|my|his|her|the model's|the talent's) behalf|behalf"
        r"|execute|sign"
    ),),
}

# sentences for the refiner: split after . ; : ! ? and at line breaks
_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+|\n+")
# the sentences read per requirement, in characters (a long contract's first ones); reading up to
# 10,000 cross-validated no better (session 36, seeds 0 and 1: consent 0.9553 against 0.9552,
# compensation 0.9468 against 0.9472, revocation 0.9398 against 0.9418)
_MAX_CHARS = 6000
# the rules' deciding quotes read per requirement, in characters (a long contract's rules may
# quote dozens of clauses; no labelled contract's quotes run past this)
_MAX_QUOTES = 3000
# a sentence that can be cited has a word in lower case: a title or a running header ("Banco Andino
# Solidario S.A. - Telephone Banking Voice Licence BAS-TEL-2026/07") names the document and says
# nothing of its terms (and Word cannot anchor a comment in a header)
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
# sentences cited for a changed status
_CITED = 2
# a cited line is widened to its sentence: across single line breaks, to a sentence end or a
# blank line, at most this many characters each way
_QUOTE_REACH = 300
_QUOTE_STOP = re.compile(r"[.;!?](?=\s)|\n\s*\n")
_LEARNED_RULE = "learned.refiner"
# a sentence of a contract's opening (its title, date and parties, before the first numbered
# clause) that names or describes a party: "made on 3 May 2026 between", "a company incorporated
# in Japan with its principal office at", "(the "Company")", "hereinafter". It says nothing of the
# terms, so it is not cited for a learned status or flag when another sentence can be.
_PARTY_DETAIL = re.compile(
    r"\b(?:incorporated|registered|principal (?:office|place)|place of business|residing|resident"
    r"|address|born|hereinafter|between|entered into|(?:is|was) made)\b"
    r"|\((?:the |hereinafter )?[\"\u201c\u2018'][^)]{1,60}\)",
    re.IGNORECASE,
)
# how the rules' own reasons are marked under a status the refiner changed
_RULES_READING = "The rules' reading: "
# the refiner learned from whole contracts (the shortest labelled one has about 180 words, nearly
# all have 450 or more): a shorter text, a clause or a fragment, is left to the rules
MIN_WORDS = 250
_WORD = re.compile(r"\w+")


class StatusRefiner(Protocol):
    """A trained refiner: probabilities of present / weak / missing for each text."""

    threshold: float
    version: str
    trained_on: int
    # the requirements it has a classifier for
    requirements: tuple[str, ...]

    def predict(self, requirement: str, texts: Sequence[str]) -> list[Mapping[str, float]]:
        """Return one mapping of status to probability per text about ``requirement``."""
        ...


def installed_refiner_version(path: Path = DEFAULT_REFINER_DIR) -> str | None:
    """The version of the refiner kept at ``path`` (None if there is none), read from its record
    without loading it (so without spaCy)."""
    try:
        record = json.loads((path / REFINER_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = record.get("version") if isinstance(record, dict) else None
    return str(version) if version else None


def iter_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The [start, end) of each non-blank sentence of ``text``, stripped of surrounding space."""
    position = 0
    for match in _SENTENCE_BREAK.finditer(text):
        yield from _stripped(text, position, match.start())
        position = match.end()
    yield from _stripped(text, position, len(text))


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        yield start, start + len(kept)


@functools.lru_cache(maxsize=2)
def _sentences_read(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, list[int]]]:
    """The sentence spans of ``text`` and what every requirement searches (:func:`_read_once`),
    worked out once for the statuses and the red flags of a document."""
    spans = tuple(iter_sentence_spans(text))
    return spans, _read_once(text, spans)


def _speaking_to(
    requirement: str,
    text: str,
    spans: Sequence[tuple[int, int]],
    read: tuple[str, list[int]] | None = None,
) -> list[tuple[int, int]]:
    """The first spans holding a keyword of ``requirement`` (found in one pass over the text per
    pattern), as many as the refiner reads: each search stops once its spans fill more than
    _MAX_CHARS characters joined by single spaces (which is all that :func:`requirement_text` and
    :func:`_read_spans` take), so a long contract is not searched to its end for sentences never
    read. (The spans of several patterns are merged in order and cut the same way: a span before
    the merged cut is before each pattern's own cut, as each fills no more than all together.)
    ``read`` is the text in lower case and the spans' starts, when they were worked out before
    (:func:`_read_once`)."""
    lowered, starts = read if read is not None else _read_once(text, spans)
    if len(lowered) != len(text):  # a letter whose lower case is longer: look sentence by sentence
        keywords = _KEYWORDS[requirement]
        return _filled([
            (s, e) for s, e in spans if any(k.search(text[s:e].lower()) for k in keywords)
        ])
    found = [_iter_speaking(keyword, lowered, spans, starts) for keyword in _KEYWORDS[requirement]]
    if len(found) == 1:
        return _filled(found[0])
    return _filled(sorted(set().union(*(_filled(f) for f in found))))


def _read_once(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text in lower case and the starts of its spans, which every requirement searches."""
    return text.lower(), [s for s, _ in spans]


def _iter_speaking(
    keyword: re.Pattern[str], lowered: str, spans: Sequence[tuple[int, int]], starts: list[int]
) -> Iterator[tuple[int, int]]:
    """The spans ``keyword`` matches within, in order (a match must end inside its span)."""
    position = 0
    # one match decides a sentence: the search goes on from the end of the sentence it found
    while (match := keyword.search(lowered, position)) is not None:
        at = bisect.bisect_right(starts, match.start()) - 1
        if at >= 0 and match.end() <= spans[at][1]:
            yield spans[at]
            position = spans[at][1]
        else:
            position = match.start() + 1


def _filled(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first of ``spans``, up to the one with which they fill more than _MAX_CHARS
    characters joined by single spaces (read lazily: the rest are never looked for)."""
    chosen: list[tuple[int, int]] = []
    filled = 0
    for start, end in spans:
        chosen.append((start, end))
        filled += end - start + 1
        if filled > _MAX_CHARS:
            break
    return chosen


def requirement_text(
    result: RequirementResult,
    text: str,
    spans: Sequence[tuple[int, int]],
    ai_addressed: bool,
    red_flags: Sequence[str],
    speaking: Sequence[tuple[int, int]] | None = None,
    others: Mapping[str, str] | None = None,
) -> str:
    """What the refiner reads for ``result``: the rules' status, rules and flags as marker words,
    the rules' statuses of the ``others`` protections, then the deciding quotes and the sentences
    of ``text`` (at ``spans``) that speak to it (``speaking``, when they were found before)."""
    rules = " ".join("rule_" + e.rule.replace(".", "_") for e in result.evidence)
    flags = " ".join("flag_" + flag for flag in red_flags)
    around = " ".join(
        f"zother{name}{status}" for name, status in sorted((others or {}).items())
        if name != result.id and name in REFINED
    )
    head = f"zstatus{result.status} zai{'yes' if ai_addressed else 'no'} {rules} {flags} {around}"
    quotes = " ".join(e.quote for e in result.evidence)[:_MAX_QUOTES]
    if speaking is None:
        speaking = _speaking_to(result.id, text, spans)
    body = " ".join(text[s:e] for s, e in speaking)[:_MAX_CHARS]
    return f"{head} . {quotes} . {body}"


def refine_results(
    results: Sequence[RequirementResult],
    document: Document,
    clauses: Sequence[Clause],
    ai_addressed: bool,
    red_flags: Sequence[str],
    refiner: StatusRefiner,
    recommend: Callable[[str, str], str],
) -> list[RequirementResult]:
    """``results`` with each requirement the refiner confidently reads otherwise changed to
    its status: the reasons say what the rules concluded and why it changed, and the sentences
    that weighed most for the new status lead the evidence."""
    text = document.text
    core = [r for r in results if r.id in refiner.requirements]
    if not core or not _long_enough(text):
        return list(results)
    spans, read = _sentences_read(text)
    changed: dict[str, RequirementResult] = {}
    others = {r.id: r.status for r in results}
    for result in core:
        speaking = _speaking_to(result.id, text, spans, read)
        text_read = requirement_text(
            result, text, spans, ai_addressed, red_flags, speaking, others
        )
        score = refiner.predict(result.id, [text_read])[0]
        status = max(score, key=lambda label: score[label])
        if status == result.status or score[status] < refiner.threshold:
            continue
        changed[result.id] = _changed(
            result, status, score[status], text, speaking, clauses, document, refiner, recommend,
            ai_addressed, red_flags, others,
        )
    return [changed.get(r.id, r) for r in results]


def flag_text(
    flag: str,
    raised: Mapping[str, RedFlag],
    text: str,
    spans: Sequence[tuple[int, int]],
    ai_addressed: bool,
    statuses: Mapping[str, str],
    speaking: Sequence[tuple[int, int]] | None = None,
) -> str:
    """What the refiner reads for red flag ``flag``: whether the rules raised it, the rules
    behind it, the flags ``raised`` and the rules' ``statuses`` as marker words, then the rules'
    quotes for it and the sentences of ``text`` (at ``spans``) that speak to it."""
    mine = raised.get(flag)
    rules = " ".join("rule_" + e.rule.replace(".", "_") for e in mine.evidence) if mine else ""
    flags = " ".join("flag_" + name for name in sorted(raised))
    around = " ".join(f"zother{name}{status}" for name, status in sorted(statuses.items()))
    head = (f"zflag{'yes' if mine else 'no'} zai{'yes' if ai_addressed else 'no'} {rules} "
            f"{flags} {around}")
    quotes = " ".join(e.quote for e in mine.evidence)[:_MAX_QUOTES] if mine else ""
    if speaking is None:
        speaking = _speaking_to(FLAG_KEY.format(flag), text, spans)
    body = " ".join(text[s:e] for s, e in speaking)[:_MAX_CHARS]
    return f"{head} . {quotes} . {body}"


def refine_flags(
    red_flags: Sequence[RedFlag],
    definitions: Mapping[str, RedFlag],
    document: Document,
    clauses: Sequence[Clause],
    ai_addressed: bool,
    statuses: Mapping[str, str],
    refiner: StatusRefiner,
) -> tuple[tuple[RedFlag, ...], dict[str, tuple[RedFlag, float]]]:
    """The red flags after the refiner's reading, and those it dropped (with its confidence).

    A flag the rules did not raise is added when the refiner is at least its flag threshold sure
    the contract carries it; one they raised is dropped when it is as sure the contract does not.
    ``definitions`` are the flags as the rule packs define them (title, severity, explanation,
    what each undermines), without evidence. A refiner trained without flags changes nothing.
    """
    read_flags = tuple(f for f in getattr(refiner, "flags", ()) if f in definitions)
    text = document.text
    if not read_flags or not _long_enough(text):
        return tuple(red_flags), {}
    threshold = float(getattr(refiner, "flag_threshold", refiner.threshold))
    raised = {f.id: f for f in red_flags}
    spans, read = _sentences_read(text)
    speaking = {
        flag: _speaking_to(FLAG_KEY.format(flag), text, spans, read) for flag in read_flags
    }
    added: dict[str, RedFlag] = {}
    dropped: dict[str, tuple[RedFlag, float]] = {}
    for flag in read_flags:
        texts = [flag_text(flag, raised, text, spans, ai_addressed, statuses, speaking[flag])]
        carried = refiner.predict(FLAG_KEY.format(flag), texts)[0].get("present", 0.0)
        if flag in raised and 1.0 - carried >= threshold:
            dropped[flag] = (raised[flag], 1.0 - carried)
        elif flag not in raised and carried >= threshold:
            head = flag_text(flag, raised, "", [], ai_addressed, statuses, ())
            cited = _cited_sentences(
                FLAG_KEY.format(flag), "present", head, text, speaking[flag], refiner, clauses
            )
            added[flag] = _learned_flag(
                definitions[flag], carried, refiner.trained_on,
                tuple(_evidence(text, s, e, clauses, document) for s, e in cited),
            )
    kept = [f for f in red_flags if f.id not in dropped] + list(added.values())
    order = list(definitions)
    return tuple(sorted(kept, key=lambda f: order.index(f.id))), dropped


def _learned_flag(
    definition: RedFlag, confidence: float, trained_on: int, evidence: tuple[Evidence, ...]
) -> RedFlag:
    return replace(
        definition,
        evidence=evidence,
        explanation=(
            f"{definition.explanation} No rule raised this flag: a classifier trained on "
            f"{trained_on} labelled contracts reads the clauses that speak to it as carrying it "
            f"(confidence {confidence:.2f}), most of all the sentences quoted. Read them: this "
            "flag is a learned judgement, not a rule's."
        ),
    )


def note_dropped_flags(
    results: Sequence[RequirementResult],
    dropped: Mapping[str, tuple[RedFlag, float]],
    trained_on: int,
) -> list[RequirementResult]:
    """``results`` with each reason that names a dropped red flag saying that the refiner did
    not keep it, and the protection each dropped flag undermined saying so with the flag's quote
    (so the dropped flag stays in view and can be checked)."""
    if not dropped:
        return list(results)
    out = []
    for result in results:
        reasons = list(result.reasons)
        for flag, confidence in dropped.values():
            rules_note = f" Red flag: {flag.title.lower()}."
            learned_note = (
                f" The rules read this as a red flag ({flag.title.lower()}); a classifier trained "
                f"on {trained_on} labelled contracts does not (confidence {confidence:.2f})."
            )
            reasons = [r.replace(rules_note, learned_note) for r in reasons]
            if flag.undermines == result.id and not any(learned_note in r for r in reasons):
                quote = flag.evidence[0].quote if flag.evidence else ""
                reasons.append(
                    f'The rules raised the red flag "{flag.title}"'
                    + (f' on "{_shortened(quote)}"' if quote else "")
                    + f"; a classifier trained on {trained_on} labelled contracts reads it as no "
                    f"such flag (confidence {confidence:.2f}), so it is not listed. Read the "
                    "clause yourself."
                )
        out.append(replace(result, reasons=tuple(reasons)))
    return out


def _shortened(quote: str, limit: int = 160) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 3].rstrip() + "..."


def _read_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, joined by single spaces, that the first _MAX_CHARS characters hold (in part)."""
    kept: list[tuple[int, int]] = []
    used = 0
    for start, end in spans:
        if used >= _MAX_CHARS:
            break
        kept.append((start, end))
        used += end - start + 1
    return kept


def _long_enough(text: str) -> bool:
    """Whether ``text`` has at least MIN_WORDS words (counted no further than needed)."""
    return any(count >= MIN_WORDS for count, _ in enumerate(_WORD.finditer(text), start=1))


def _changed(
    result: RequirementResult,
    status: str,
    confidence: float,
    text: str,
    speaking: Sequence[tuple[int, int]],
    clauses: Sequence[Clause],
    document: Document,
    refiner: StatusRefiner,
    recommend: Callable[[str, str], str],
    ai_addressed: bool,
    red_flags: Sequence[str],
    others: Mapping[str, str],
) -> RequirementResult:
    cited = _weighing_sentences(
        result, status, text, speaking, refiner, ai_addressed, red_flags, others, clauses
    )
    evidence = tuple(_evidence(text, s, e, clauses, document) for s, e in cited)
    known = {(e.start, e.end) for e in evidence}
    reason = (
        f"The rules alone read this as {result.status}; a classifier trained on "
        f"{refiner.trained_on} labelled contracts reads the clauses that speak to it as {status} "
        f"(confidence {confidence:.2f}), most of all the sentences quoted first. Read them: this "
        "status is a learned judgement, not a rule's."
    )
    return replace(
        result,
        status=status,
        evidence=evidence + tuple(e for e in result.evidence if (e.start, e.end) not in known),
        # the rules' own reasons stay, marked as theirs: "No clause gives you this" under a status
        # the refiner made weak would otherwise read as a reason for the new status
        reasons=(reason, *(f"{_RULES_READING}{r}" for r in result.reasons)),
        recommendation=recommend(result.id, status),
    )


def _weighing_sentences(
    result: RequirementResult,
    status: str,
    text: str,
    speaking: Sequence[tuple[int, int]],
    refiner: StatusRefiner,
    ai_addressed: bool,
    red_flags: Sequence[str],
    others: Mapping[str, str],
    clauses: Sequence[Clause] = (),
) -> list[tuple[int, int]]:
    """The sentences that, read with the rules' conclusion alone, most favour ``status`` (of
    ``speaking``, those that speak to the requirement)."""
    head = requirement_text(
        replace(result, evidence=()), "", [], ai_addressed, red_flags, others=others
    )
    return _cited_sentences(result.id, status, head, text, speaking, refiner, clauses)


def _cited_sentences(
    key: str,
    label: str,
    head: str,
    text: str,
    speaking: Sequence[tuple[int, int]],
    refiner: StatusRefiner,
    clauses: Sequence[Clause] = (),
) -> list[tuple[int, int]]:
    """Of the ``speaking`` sentences the refiner reads, the _CITED that, each read alone after
    ``head`` (the rules' conclusion, without quotes or sentences), most favour ``label``.

    Each is quoted as its whole sentence within its clause (:func:`_evidence`), so two lines of one
    sentence are cited once, and the next best sentence is cited beside it. A sentence of the
    contract's opening that names or describes a party is cited only when nothing else speaks.
    """
    candidates = [
        (s, e) for s, e in _read_spans(speaking)
        if _PROSE_WORD.search(text, s, e)
    ]
    opening_end = _opening_end(clauses)
    if opening_end:
        candidates = [
            span for span in candidates if not _describes_a_party(text, *span, opening_end)
        ] or candidates
    if not candidates:
        return []
    probes = [f"{head}{text[s:e]}" for s, e in candidates]
    scores = refiner.predict(key, probes)
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i][label], i))
    chosen: dict[tuple[int, int], tuple[int, int]] = {}
    for i in ranked:
        sentence = _sentence_span(text, *candidates[i], clauses)
        chosen.setdefault(sentence, candidates[i])
        if len(chosen) == _CITED:
            break
    return sorted(chosen.values())


def _clause_at(clauses: Sequence[Clause], start: int) -> Clause | None:
    """The clause that offset ``start`` falls in (None before the first)."""
    at = bisect.bisect_right([c.start for c in clauses], start) - 1
    return clauses[at] if at >= 0 else None


def _sentence_span(
    text: str, start: int, end: int, clauses: Sequence[Clause]
) -> tuple[int, int]:
    """The sentence [start, end) is quoted as: its whole sentence within its clause."""
    clause = _clause_at(clauses, start)
    if clause is None:
        return start, end
    return _whole_sentence(text, start, end, clause.start, clause.end)


def _opening_end(clauses: Sequence[Clause]) -> int:
    """Where a contract's opening ends: the start of its first numbered clause, when an unnumbered
    one (title, date, parties) comes before it; 0 when there is no such opening."""
    if not clauses or clauses[0].number is not None:
        return 0
    return next((c.start for c in clauses if c.number is not None), 0)


def _describes_a_party(text: str, start: int, end: int, opening_end: int) -> bool:
    """Whether the sentence around [start, end), if in the opening, names or describes a party."""
    if start >= opening_end:
        return False
    first, last = _whole_sentence(text, start, end, 0, opening_end)
    return _PARTY_DETAIL.search(text, first, last) is not None


def _whole_sentence(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """The sentence around [start, end), within [low, high): a line of a PDF ("ninety days'
    written notice.") is widened to the sentence it ends, across single line breaks, up to the
    previous sentence end or blank line and at most _QUOTE_REACH characters each way."""
    floor = max(low, start - _QUOTE_REACH)
    before = text[floor:start]
    stops = [m.end() for m in _QUOTE_STOP.finditer(before)]
    first = floor + stops[-1] if stops else floor
    ceiling = min(high, end + _QUOTE_REACH)
    if end > start and text[end - 1] in ".;!?":
        last = end
    else:
        found = _QUOTE_STOP.search(text, end, ceiling)
        last = found.start() + 1 if found else ceiling
    while first < start and text[first].isspace():
        first += 1
    while last > end and text[last - 1].isspace():
        last -= 1
    return first, last


def _evidence(
    text: str, start: int, end: int, clauses: Sequence[Clause], document: Document
) -> Evidence:
    clause = _clause_at(clauses, start)
    start, end = _sentence_span(text, start, end, clauses)
    return Evidence(
        quote=text[start:end],
        start=start,
        end=end,
        clause=clause.number if clause else None,
        page=document.page_at(start),
        rule=_LEARNED_RULE,
        cues=(),
        heading=clause.heading if clause else None,
    )
