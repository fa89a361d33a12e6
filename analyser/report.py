"""Turn a :class:`~analyser.model.Report` into what people and programs read.

- :func:`report_to_dict` / :func:`report_to_json`: the ``likeness-report/1`` JSON (DESIGN.md §4),
  deterministic: the same document and rules give byte-identical output.
- :func:`error_to_dict`: the object that stands in for a document that could not be read.
- :func:`reports_to_csv`: one row per requirement, for spreadsheets.
- :func:`report_to_text`: a plain-language terminal summary for the person whose likeness is used.
- :func:`load_report_schema` / :func:`validate_report`: the published JSON Schema and a check.

Contract text is untrusted input: the text summary removes terminal control characters, and CSV
cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from analyser import __version__
from analyser.errors import AnalyserError
from analyser.model import Evidence, RedFlag, Report, RequirementResult

__all__ = [
    "CSV_COLUMNS",
    "DISCLAIMER",
    "SCHEMA_ID",
    "STATUS_WORDS",
    "TOOL_NAME",
    "FailedDocument",
    "Outcome",
    "defuse_formula",
    "error_to_dict",
    "load_report_schema",
    "location_phrase",
    "outcome_to_dict",
    "outcomes_to_json",
    "report_to_dict",
    "report_to_json",
    "report_to_text",
    "reports_to_csv",
    "shorten_quote",
    "to_json",
    "validate_report",
]

SCHEMA_ID = "likeness-report/1"
TOOL_NAME = "likeness"
DISCLAIMER = (
    "This is information, not legal advice: before you sign, ask your union, "
    "a performers' advocacy group or a lawyer."
)
STATUS_WORDS = {"present": "PRESENT", "weak": "WEAK", "missing": "MISSING"}
CSV_COLUMNS = ("file", "requirement", "status", "ai_specific", "clause", "page", "quote", "reasons")
QUOTE_LIMIT = 200
TEXT_REASON_LIMIT = 4
REASON_SEPARATOR = " | "

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"\s+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class FailedDocument:
    """A document that could not be read: the name the user gave and the reason."""

    name: str
    error: AnalyserError


Outcome = Report | FailedDocument
"""What checking one file produces: its report, or why it could not be read."""


# --- JSON -------------------------------------------------------------------------------------


def report_to_dict(report: Report) -> dict[str, Any]:
    """Return ``report`` as the ``likeness-report/1`` object, keys in the documented order."""
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "rule_packs": [{"id": pack, "version": version} for pack, version in report.rule_packs],
        "document": _document_dict(report),
        "ai_likeness": {
            "addressed": report.ai_addressed,
            "evidence": [evidence.to_dict() for evidence in report.ai_evidence],
        },
        "requirements": [result.to_dict() for result in report.requirements],
        "red_flags": [flag.to_dict() for flag in report.red_flags],
        "summary": {
            "verdict": report.verdict,
            "missing": list(report.missing),
            "weak": list(report.weak),
            "score": report.score,
        },
    }


def _document_dict(report: Report) -> dict[str, Any]:
    """Return the ``document`` part: identity, size and extraction warnings."""
    document = report.document
    return {
        "name": document.name,
        "format": document.format,
        "sha256": document.sha256,
        "pages": document.page_count,
        "characters": len(document.text),
        "warnings": [warning.to_dict() for warning in document.warnings],
    }


def error_to_dict(name: str, error: AnalyserError) -> dict[str, Any]:
    """Return the object that replaces the report of a document that could not be read."""
    return {"document": {"name": name}, "error": error.to_dict()}


def outcome_to_dict(outcome: Outcome) -> dict[str, Any]:
    """Return the report object or the error object for one checked file."""
    if isinstance(outcome, FailedDocument):
        return error_to_dict(outcome.name, outcome.error)
    return report_to_dict(outcome)


def to_json(value: Mapping[str, Any] | Sequence[Any]) -> str:
    """Serialise deterministically: insertion order, 2-space indent, UTF-8 text, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def report_to_json(report: Report) -> str:
    """Return the report as deterministic JSON text."""
    return to_json(report_to_dict(report))


def outcomes_to_json(outcomes: Sequence[Outcome]) -> str:
    """Return one object for a single file, or an array in the order given for several."""
    if len(outcomes) == 1:
        return to_json(outcome_to_dict(outcomes[0]))
    return to_json([outcome_to_dict(outcome) for outcome in outcomes])


# --- JSON Schema ------------------------------------------------------------------------------


@cache
def _schema_text() -> str:
    """Read the bundled schema file once."""
    return resources.files("analyser.schema").joinpath("report.schema.json").read_text("utf-8")


def load_report_schema() -> dict[str, Any]:
    """Return a fresh copy of the published JSON Schema (draft 2020-12)."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def validate_report(data: Mapping[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` is a valid report or error object."""
    error = jsonschema.exceptions.best_match(_report_validator().iter_errors(data))
    if error is not None:
        raise error


@cache
def _report_validator() -> jsonschema.Draft202012Validator:
    """The validator of the published schema, checked and built once: checking the schema itself
    cost more than validating a report, for every report of a batch."""
    schema = load_report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --- CSV --------------------------------------------------------------------------------------


def reports_to_csv(outcomes: Iterable[Outcome]) -> str:
    """Return a CSV table: a header, one row per requirement, one error row per unread file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for outcome in outcomes:
        writer.writerows(_safe_row(row) for row in _outcome_rows(outcome))
    return buffer.getvalue()


def _outcome_rows(outcome: Outcome) -> list[tuple[str, ...]]:
    """Return the CSV rows of one checked file."""
    if isinstance(outcome, FailedDocument):
        error = outcome.error
        return [(outcome.name, "", "error", "", "", "", "", f"{error.code}: {error.message}")]
    name = outcome.document.name
    return [_requirement_row(name, result) for result in outcome.requirements]


def _requirement_row(name: str, result: RequirementResult) -> tuple[str, ...]:
    """Return one requirement as a CSV row, with its deciding (first) piece of evidence."""
    evidence = result.evidence[0] if result.evidence else None
    return (
        name,
        result.id,
        result.status,
        "true" if result.ai_specific else "false",
        evidence.clause or "" if evidence else "",
        str(evidence.page) if evidence and evidence.page is not None else "",
        _single_line(evidence.quote) if evidence else "",
        REASON_SEPARATOR.join(result.reasons),
    )


def _safe_row(row: tuple[str, ...]) -> tuple[str, ...]:
    """Defuse cells a spreadsheet would run as a formula (OWASP CSV injection advice)."""
    return tuple(defuse_formula(cell) for cell in row)


def defuse_formula(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


# --- Plain text -------------------------------------------------------------------------------


def report_to_text(report: Report) -> str:
    """Return a readable summary for a non-lawyer, ending with the not-legal-advice line."""
    sections = [
        _heading_lines(report),
        _warning_lines(report),
        _ai_lines(report),
        _requirement_section(report.requirements),
        _red_flag_section(report.red_flags),
        _verdict_lines(report),
        [DISCLAIMER],
    ]
    return "\n\n".join("\n".join(lines) for lines in sections if lines) + "\n"


def _heading_lines(report: Report) -> list[str]:
    """Return the file name, its format and page count."""
    document = report.document
    pages = document.page_count
    size = f", {pages} page{'s' if pages != 1 else ''}" if pages else ""
    return [f"File: {_clean(document.name)} ({document.format}{size})"]


def _warning_lines(report: Report) -> list[str]:
    """Return the extraction warnings, which say how far the text can be trusted."""
    warnings = report.document.warnings
    if not warnings:
        return []
    lines = ["Reading problems (results may be incomplete):"]
    for warning in warnings:
        where = f"page {warning.page}: " if warning.page is not None else ""
        lines.append(f"  - {where}{_clean(warning.message)}")
    return lines


def _ai_lines(report: Report) -> list[str]:
    """Return whether the contract speaks about AI and digital replicas, with the proof."""
    if not report.ai_addressed:
        return [
            "AI and digital replicas: NOT ADDRESSED. The contract never speaks about AI, digital",
            "replicas or voice clones, so any protection below is a general one, and a broad",
            "grant of rights can be read to allow AI uses.",
        ]
    lines = ["AI and digital replicas: ADDRESSED."]
    if report.ai_evidence:
        lines.append("  " + _quote_line(report.ai_evidence[0]))
    return lines


def _requirement_section(results: Sequence[RequirementResult]) -> list[str]:
    """Return every protection with its status word, deciding quote, reasons and advice."""
    if not results:
        return []
    lines = ["Protections:"]
    for result in results:
        lines.extend(_requirement_lines(result))
    return lines


def _requirement_lines(result: RequirementResult) -> list[str]:
    """Return the lines of one protection."""
    word = STATUS_WORDS.get(result.status, result.status.upper())
    kind = "AI-specific" if result.ai_specific else "general clause only"
    lines = ["", f"  {word:<8} {_clean(result.title)} ({kind})"]
    if result.evidence:
        lines.append("           " + _quote_line(result.evidence[0]))
    else:
        lines.append("           No clause in the contract gives this.")
    shown = result.reasons[:TEXT_REASON_LIMIT]
    lines.extend(f"           Why: {_clean(reason)}" for reason in shown)
    if len(result.reasons) > len(shown):
        hidden = len(result.reasons) - len(shown)
        lines.append(f"           (and {hidden} more reason{'s' if hidden != 1 else ''} "
                     "in the JSON report)")
    if result.status != "present" and result.recommendation:
        lines.append(f"           Advice: {_clean(result.recommendation)}")
    return lines


def _red_flag_section(flags: Sequence[RedFlag]) -> list[str]:
    """Return the risky terms found, most severe first as the engine ordered them."""
    if not flags:
        return ["Red flags: none found."]
    lines = ["Red flags:"]
    for flag in flags:
        lines.append(f"  - {flag.severity.upper()}: {_clean(flag.title)}")
        if flag.evidence:
            lines.append("    " + _quote_line(flag.evidence[0]))
        if flag.explanation:
            lines.append(f"    {_clean(flag.explanation)}")
    return lines


def _verdict_lines(report: Report) -> list[str]:
    """Return the verdict and the lists of missing and weak protections."""
    lines = [f"Verdict: {_clean(report.verdict)}"]
    if report.missing:
        lines.append("Missing: " + ", ".join(report.missing))
    if report.weak:
        lines.append("Weak: " + ", ".join(report.weak))
    return lines


def _quote_line(evidence: Evidence) -> str:
    """Return ``"quote" (clause 7.2, page 3)``, the quote shortened for a terminal."""
    where = location_phrase(evidence.clause, evidence.page, evidence.heading)
    suffix = f" ({where})" if where else ""
    return f"\u201c{shorten_quote(_clean(evidence.quote))}\u201d{suffix}"


def location_phrase(clause: str | None, page: int | None, heading: str | None = None) -> str:
    """Return ``clause 7.2, page 3``, or ``under "Your consent", page 3`` for a clause with a
    heading and no number; a part that is unknown is left out."""
    parts = []
    if clause:
        parts.append(clause if clause[:1].isalpha() and len(clause) > 3 else f"clause {clause}")
    elif heading:
        parts.append(f"under \u201c{heading}\u201d")
    if page is not None:
        parts.append(f"page {page}")
    return ", ".join(parts)


def shorten_quote(quote: str, limit: int = QUOTE_LIMIT) -> str:
    """Return ``quote`` on one line, cut at a word boundary near ``limit`` characters."""
    text = _single_line(quote)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + "\u2026"


def _single_line(text: str) -> str:
    """Collapse runs of whitespace (newlines, form feeds) into single spaces."""
    return _WHITESPACE.sub(" ", text).strip()


def _clean(text: str) -> str:
    """Replace control and bidi characters with spaces so contract text cannot drive a terminal."""
    return _CONTROL_CHARS.sub(" ", text)
