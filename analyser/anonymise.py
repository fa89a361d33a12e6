"""Masking personal details in quotes for corpus reports: names, amounts, addresses, e-mails.

:class:`Anonymiser` replaces e-mail addresses with ``[e-mail]``, phone numbers with ``[phone]``,
money with ``[amount]``, street addresses and postcodes with ``[address]``, and names of people
and companies with ``[name]``. Names are found without a trained model, by rules:

- a title and what follows it ("Ms Okafor", "Dr. J. Chen");
- a company name ending in a legal form ("Harbourline Studios, Inc.", "Norrvik Fashion AB");
- a run of two or more capitalised words that is not contract vocabulary ("Jane Okafor"): a run
  is a name when one of its words is not an ordinary English word (spaCy's lookup tables from
  ``spacy-lookups-data``), or when none of them is a word contracts capitalise ("John Smith",
  but not "Digital Replica" or "New York");
- afterwards, the unusual words of every masked name wherever they stand alone ("Okafor shall").

It errs towards masking (a brand may be masked with a person); it can miss a one-word name never
written in full. Reports say that anonymisation is rule-based.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

__all__ = ["MASKS", "Anonymiser"]

MASKS = ("[name]", "[amount]", "[address]", "[e-mail]", "[phone]")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w$£€])\+?\d[\d ()./-]{7,}\d(?![\w%])")
_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|\$|£|€|¥|₹|USD|GBP|EUR|AUD|CAD|NZD|CHF|SEK|NOK|DKK|JPY)"
_NUMBER = r"\d[\d,.' ]*\d|\d"
_SCALE = r"(?:\s?(?:million|thousand|billion|[kKmM]\b|bn\b))?"
_AMOUNT = re.compile(
    rf"{_CURRENCY}\s?(?:{_NUMBER}){_SCALE}"
    rf"|(?:{_NUMBER}){_SCALE}\s?(?:{_CURRENCY}(?!\w)|dollars|pounds|euros|sterling)"
    r"|(?:[A-Za-z]+[- ]){0,5}(?:dollars|pounds|euros)\b(?:\s\([^)]{0,30}\))?",
    re.IGNORECASE,
)
_STREET_WORDS = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|"
    r"Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Terrace|Row|Parkway|Pkwy\.?|Highway|Hwy\.?|"
    r"Strasse|Straße|Gasse|Weg|Rue|Via|Calle|Quay|Wharf|Mews|Crescent|Close|Gardens"
)
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]{2}\s\d{5}(?:-\d{4})?"  # UK; US state + ZIP
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z0-9][\w'.-]*\s+){{0,4}}(?:{_STREET_WORDS})\b"
    r"(?:,?\s+(?:Suite|Floor|Unit|Apt\.?)\s+\w+)?"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?"
    rf"(?:,?\s+(?:{_POSTCODE}))?"
    r"|\b(?:Suite|Floor|Unit|Apt\.?)\s+\d+\w*"
    rf"|\b(?:{_POSTCODE})\b"
)
_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madame|Mme|Herr|Frau)\.?\s+"
    r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
)
_COMPANY = re.compile(
    r"(?:\b[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,5}),?\s+"
    r"(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|LLP|GmbH|AG|S\.A\.S\.|SAS|S\.A\.|SA|"
    r"B\.V\.|BV|N\.V\.|AB|AS|A/S|Oy|Pty\.?\s+Ltd\.?|Pty|S\.r\.l\.|SpA|Corp\.?|Corporation|Co\.)"
    r"(?![\w])"
)
_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.|de|van|von|da|di|del|"
    r"la|le|bin|al))*\s+[A-Z][a-z][\w'’-]*"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _split_words(text: str) -> list[str]:
    return text.split()


# Words contracts capitalise (defined terms, places, institutions): a run made only of these and
# ordinary words is kept ("Digital Replica", "New York", "Fashion Workers Act").
CONTRACT_WORDS = frozenset(_split_words("""
a an the this that these those each any all no every such our your my his her their its we you i
in on of for to by with from at as and or upon under per if when where while unless until after
before during within without between among agreement agreements company companies model models
talent performer performers artist artists creator creators licensor licensee licensees producer
producers studio studios agency agencies client clients brand brands party parties user users
member members participant participants employer employee contractor photographer manager
management representative representatives digital replica replicas double doubles twin twins
avatar avatars voice voices likeness image images photograph photographs recording recordings
material materials content work works services service product products campaign campaigns
programme program project production productions picture pictures film series season episode
game games platform app application term terms territory schedule schedules clause clauses
section sections article articles exhibit exhibits annex appendix rider riders addendum recital
recitals definitions definition effective date dates fee fees compensation payment payments
royalty royalties consideration consent approval revocation notice notices rights right use uses
purpose purposes confidential confidentiality information intellectual property data protection
privacy policy general regulation directive act acts law laws code statute rule rules order
labor labour civil business professions federal state states united kingdom republic new york
california illinois tennessee england wales scotland ireland european union eu artificial
intelligence ai machine learning synthetic generative technology technologies screen actors
guild equity unions federation television radio sag aftra standard minimum basic collective
bargaining memorandum governing jurisdiction arbitration dispute disputes resolution force
majeure entire severability counterparts assignment waiver amendment amendments termination
indemnity warranties warranty representations liability limitation insurance january february
march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday
"""))


@cache
def _word_tables() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case English words, and those that are inflected forms ("bookings", "confirmed"),
    from spaCy's lookup tables (spacy-lookups-data)."""
    data = resources.files("spacy_lookups_data").joinpath("data")
    words: set[str] = set()
    with data.joinpath("en_lemma_index.json.gz").open("rb") as raw:
        index = json.loads(gzip.decompress(raw.read()))
    for entries in index.values():
        words.update(entries)
    with data.joinpath("en_lemma_lookup.json.gz").open("rb") as raw:
        lookup = json.loads(gzip.decompress(raw.read()))
    words.update(lookup)
    words.update(str(v) for v in lookup.values())
    inflected = {k for k, v in lookup.items() if k.isalpha() and str(v) != k}
    return frozenset(w for w in words if w.isalpha()), frozenset(inflected)


def _ordinary_words() -> frozenset[str]:
    return _word_tables()[0]


class Anonymiser:
    """Masks personal details in text; remembers the unusual words of names it has masked."""

    def __init__(self) -> None:
        self.name_words: set[str] = set()

    def mask(self, text: str) -> str:
        """Return ``text`` with e-mails, phones, amounts, addresses and names masked."""
        text = _EMAIL.sub("[e-mail]", text)
        text = _ADDRESS.sub("[address]", text)
        text = _AMOUNT.sub(_amount_mask, text)
        text = _PHONE.sub("[phone]", text)
        text = _TITLE.sub(self._name_mask, text)
        text = _COMPANY.sub(self._name_mask, text)
        text = _CAPITALISED_RUN.sub(self._run_mask, text)
        if self.name_words:
            text = _WORD.sub(self._remembered_mask, text)
        return text

    def _name_mask(self, match: re.Match[str]) -> str:
        self._remember(match.group())
        return "[name]"

    def _run_mask(self, match: re.Match[str]) -> str:
        run = match.group()
        words = run.split()
        # Leading contract words stay ("Model Jane Okafor" -> "Model [name]").
        first = 0
        while first < len(words) - 1 and words[first].lower().strip(".") in CONTRACT_WORDS:
            first += 1
        kept, candidate = words[:first], words[first:]
        if len(candidate) < 2 or not _is_name(candidate):
            return run
        self._remember(" ".join(candidate))
        return " ".join([*kept, "[name]"])

    def _remember(self, name: str) -> None:
        ordinary = _ordinary_words()
        for word in _WORD.findall(name):
            lower = word.lower().strip("'’")
            if len(lower) > 2 and lower not in ordinary and lower not in CONTRACT_WORDS:
                self.name_words.add(lower)

    def _remembered_mask(self, match: re.Match[str]) -> str:
        word = match.group()
        return "[name]" if word[0].isupper() and word.lower() in self.name_words else word


def _is_name(words: list[str]) -> bool:
    """A capitalised run is a name if it has an unusual word, or if it has no contract word and
    no inflected word (names are not plurals or participles: "Booking Confirmations" is a term)."""
    ordinary, inflected = _word_tables()
    lowered = [w.lower().strip(".'’") for w in words if len(w.strip(".")) > 1]
    if not lowered:
        return False
    if any(w not in ordinary and w not in CONTRACT_WORDS for w in lowered):
        return True
    return not any(w in CONTRACT_WORDS or w in inflected for w in lowered)


def _amount_mask(match: re.Match[str]) -> str:
    """Mask money; keep the words around a spelled-out sum only when there is no number."""
    text = match.group()
    if not any(ch.isdigit() for ch in text) and not re.search(
            r"(?:hundred|thousand|million|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", text, re.IGNORECASE):
        return text
    return "[amount]"
