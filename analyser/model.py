"""Values that flow between the stages: documents, clauses, evidence, findings, reports.

All are frozen dataclasses. Every offset counts from the start of ``Document.text``; a quote is
always ``document.text[start:end]``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

__all__ = [
    "Clause",
    "Document",
    "Evidence",
    "ExtractionWarning",
    "Page",
    "RedFlag",
    "Reference",
    "Report",
    "RequirementResult",
    "STATUSES",
]

STATUSES = ("present", "weak", "missing")


@dataclass(frozen=True)
class Page:
    """One page of the source: its 1-based number and its [start, end) span in the text."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class ExtractionWarning:
    """Something the parser could not read faithfully; shown before results."""

    code: str
    message: str
    page: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "page": self.page}


@dataclass(frozen=True)
class Document:
    """The text the engine reads, with where it came from.

    ``pages`` is empty when the format has no reliable pages (DOCX, TXT); page numbers are then
    unknown (``None``). PDF pages are separated by a form feed (``\\f``) in ``text``.
    """

    text: str
    name: str
    format: str
    sha256: str
    pages: tuple[Page, ...] = ()
    warnings: tuple[ExtractionWarning, ...] = ()
    _page_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_page_starts", tuple(p.start for p in self.pages))

    def page_at(self, offset: int) -> int | None:
        """Return the 1-based page holding ``offset``, or ``None`` if pages are unknown."""
        if not self.pages:
            return None
        index = bisect.bisect_right(self._page_starts, offset) - 1
        return self.pages[max(index, 0)].number

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.pages else None


@dataclass(frozen=True)
class Clause:
    """A numbered or headed unit of the contract; clauses tile the whole text."""

    number: str | None
    heading: str | None
    start: int
    end: int
    page: int | None
    label: str | None = None
    """The number qualified by its parent for lettered items ("7.2(a)"); what findings cite."""


@dataclass(frozen=True)
class Evidence:
    """The words a finding rests on, where they are, and the rule that read them."""

    quote: str
    start: int
    end: int
    clause: str | None
    page: int | None
    rule: str
    cues: tuple[str, ...]
    # the heading of the clause the quote is in, when that clause has no number to cite
    heading: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "clause": self.clause,
            "heading": self.heading,
            "page": self.page,
            "rule": self.rule,
            "cues": list(self.cues),
        }


@dataclass(frozen=True)
class Reference:
    """A law, agreement or guidance a finding rests on."""

    source: str
    url: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "url": self.url}


@dataclass(frozen=True)
class RequirementResult:
    """One protection (consent, compensation, ...) graded present / weak / missing."""

    id: str
    title: str
    status: str
    ai_specific: bool
    evidence: tuple[Evidence, ...]
    reasons: tuple[str, ...]
    recommendation: str
    references: tuple[Reference, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "ai_specific": self.ai_specific,
            "evidence": [e.to_dict() for e in self.evidence],
            "reasons": list(self.reasons),
            "recommendation": self.recommendation,
            "references": [r.to_dict() for r in self.references],
        }


@dataclass(frozen=True)
class RedFlag:
    """A risky term found in the contract, with the requirement it undermines."""

    id: str
    title: str
    severity: str
    evidence: tuple[Evidence, ...]
    explanation: str
    undermines: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "severity": self.severity,
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
            "undermines": self.undermines,
        }


@dataclass(frozen=True)
class Report:
    """Everything the analyser concluded about one document."""

    document: Document
    clauses: tuple[Clause, ...]
    rule_packs: tuple[tuple[str, str], ...]
    ai_addressed: bool
    ai_evidence: tuple[Evidence, ...]
    requirements: tuple[RequirementResult, ...]
    red_flags: tuple[RedFlag, ...]
    verdict: str
    score: int

    def requirement(self, requirement_id: str) -> RequirementResult:
        """Return the result for ``requirement_id`` (KeyError if not graded)."""
        for result in self.requirements:
            if result.id == requirement_id:
                return result
        raise KeyError(requirement_id)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements if r.status == "missing")

    @property
    def weak(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements if r.status == "weak")
