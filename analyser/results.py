"""Batch results files: JSON Lines (one report or error object per line), CSV and Excel.

- :func:`write_results` picks the format from the file name: ``.jsonl`` (the full reports, the
  format ``likeness report`` reads), ``.csv`` (one row per contract), ``.xlsx`` (a *Contracts*
  sheet like the CSV and a *Findings* sheet with one row per protection and red flag, with the
  deciding quote).
- :func:`read_results` reads ``.jsonl`` files and the JSON that ``likeness check --format json``
  prints (one object or an array), checking each object against the report schema.

Cells that a spreadsheet would run as a formula are defused (contract text is untrusted).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema

from analyser.errors import AnalyserError, FileMissingError, UnreadableFileError
from analyser.report import defuse_formula, validate_report
from analyser.rules import REQUIREMENT_IDS

__all__ = [
    "CONTRACT_COLUMNS",
    "FINDING_COLUMNS",
    "RESULT_SUFFIXES",
    "ResultsInvalidError",
    "contract_row",
    "finding_rows",
    "iter_jsonl_lines",
    "read_results",
    "results_to_csv",
    "results_to_xlsx",
    "write_results",
]

RESULT_SUFFIXES = (".jsonl", ".csv", ".xlsx")
CONTRACT_COLUMNS = (
    "file", "format", "pages", "sha256", "ai_addressed", *REQUIREMENT_IDS, "red_flags",
    "score", "verdict", "error_code", "error_message",
)
FINDING_COLUMNS = ("file", "kind", "id", "status", "ai_specific", "clause", "page", "quote",
                   "reasons")


class ResultsInvalidError(AnalyserError):
    """A results file ``likeness report`` cannot read (not JSON, not reports)."""

    code = "results_invalid"


# --- rows -------------------------------------------------------------------------------------


def contract_row(outcome: Mapping[str, Any]) -> dict[str, Any]:
    """One contract as a flat row of :data:`CONTRACT_COLUMNS` (an error object too)."""
    document = outcome.get("document", {})
    row: dict[str, Any] = dict.fromkeys(CONTRACT_COLUMNS, "")
    row["file"] = document.get("name", "")
    if "error" in outcome:
        row["error_code"] = outcome["error"].get("code", "")
        row["error_message"] = outcome["error"].get("message", "")
        return row
    row.update(format=document.get("format", ""), pages=document.get("pages", ""),
               sha256=document.get("sha256", ""))
    row["ai_addressed"] = "yes" if outcome.get("ai_likeness", {}).get("addressed") else "no"
    for requirement in outcome.get("requirements", []):
        if requirement.get("id") in row:
            row[requirement["id"]] = requirement.get("status", "")
    row["red_flags"] = ";".join(sorted(flag["id"] for flag in outcome.get("red_flags", [])))
    summary = outcome.get("summary", {})
    row["score"] = summary.get("score", "")
    row["verdict"] = summary.get("verdict", "")
    return row


def finding_rows(outcome: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per protection and per red flag, with the first (deciding) quote."""
    name = outcome.get("document", {}).get("name", "")
    for requirement in outcome.get("requirements", []):
        yield _finding(name, "protection", requirement["id"], requirement.get("status", ""),
                       requirement.get("ai_specific"), requirement.get("evidence", []),
                       " | ".join(requirement.get("reasons", [])))
    for flag in outcome.get("red_flags", []):
        yield _finding(name, "red_flag", flag["id"], flag.get("severity", ""), None,
                       flag.get("evidence", []), flag.get("explanation", ""))


def _finding(name: str, kind: str, item: str, status: str, ai_specific: bool | None,
             evidence: Sequence[Mapping[str, Any]], reasons: str) -> dict[str, Any]:
    first = evidence[0] if evidence else {}
    return {
        "file": name, "kind": kind, "id": item, "status": status,
        "ai_specific": "" if ai_specific is None else ("yes" if ai_specific else "no"),
        "clause": first.get("clause") or "", "page": first.get("page") or "",
        "quote": " ".join(str(first.get("quote", "")).split()), "reasons": reasons,
    }


# --- writing ----------------------------------------------------------------------------------


def results_to_csv(outcomes: Iterable[Mapping[str, Any]]) -> str:
    """Return the CSV text: a header and one row per contract."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CONTRACT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        writer.writerow({k: defuse_formula(v) for k, v in contract_row(outcome).items()})
    return buffer.getvalue()


def iter_jsonl_lines(outcomes: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """Yield each outcome as one line of JSON (UTF-8 text, keys in schema order)."""
    for outcome in outcomes:
        yield json.dumps(outcome, ensure_ascii=False) + "\n"


def write_results(path: Path, outcomes: Sequence[Mapping[str, Any]]) -> None:
    """Write ``outcomes`` to ``path`` in the format its suffix names (see the module docstring)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open("w", encoding="utf-8", newline="\n") as handle:
                handle.writelines(iter_jsonl_lines(outcomes))
        elif suffix == ".csv":
            path.write_text(results_to_csv(outcomes), encoding="utf-8", newline="")
        elif suffix == ".xlsx":
            path.write_bytes(results_to_xlsx(outcomes))
        else:
            raise UnreadableFileError(
                str(path), "the results file must end in .jsonl, .csv or .xlsx")
    except OSError as error:
        raise UnreadableFileError(
            str(path), f"cannot write the results ({error.strerror or error})") from None


def results_to_xlsx(outcomes: Sequence[Mapping[str, Any]]) -> bytes:
    """Return an Excel workbook: *Contracts* (one row each) and *Findings* (one row per item)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    contracts = workbook.active
    contracts.title = "Contracts"
    contracts.append(list(CONTRACT_COLUMNS))
    for outcome in outcomes:
        row = contract_row(outcome)
        contracts.append([defuse_formula(_cell(row[column])) for column in CONTRACT_COLUMNS])
    findings = workbook.create_sheet("Findings")
    findings.append(list(FINDING_COLUMNS))
    for outcome in outcomes:
        for finding in finding_rows(outcome):
            findings.append([defuse_formula(_cell(finding[column])) for column in FINDING_COLUMNS])
    for sheet in (contracts, findings):
        sheet.freeze_panes = "B2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_ILLEGAL_XLSX = {c: None for c in range(32) if c not in (9, 10, 13)}


def _cell(value: Any) -> Any:
    """Excel refuses control characters in cells; drop them (they carry no meaning here)."""
    return value.translate(_ILLEGAL_XLSX) if isinstance(value, str) else value


# --- reading ----------------------------------------------------------------------------------


def read_results(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Read report and error objects from ``.jsonl`` files or ``check --format json`` output."""
    outcomes: list[dict[str, Any]] = []
    for path in paths:
        outcomes.extend(_read_one(Path(path)))
    return outcomes


def _read_one(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise FileMissingError(str(path), "no such results file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ResultsInvalidError(str(path), f"cannot be read as UTF-8 text ({error})") from None
    stripped = text.lstrip()
    if stripped.startswith("["):
        objects = _parse(path, text, 1)
        if not isinstance(objects, list):
            raise ResultsInvalidError(str(path), "expected a JSON array of reports")
        numbered = [(1, item) for item in objects]
    elif path.suffix.lower() == ".json":
        numbered = [(1, _parse(path, text, 1))]
    else:
        numbered = [(n, _parse(path, line, n)) for n, line in enumerate(text.splitlines(), 1)
                    if line.strip()]
    for line, item in numbered:
        _check(path, line, item)
    return [item for _, item in numbered]


def _parse(path: Path, text: str, line: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ResultsInvalidError(
            f"{path}:{line}", f"is not JSON ({error.msg}); expected likeness reports "
            "(the .jsonl of `likeness batch` or the JSON of `likeness check`)") from None


def _check(path: Path, line: int, item: Any) -> None:
    try:
        if not isinstance(item, dict):
            raise jsonschema.ValidationError("not an object")
        validate_report(item)
    except jsonschema.ValidationError as error:
        raise ResultsInvalidError(
            f"{path}:{line}", f"is not a likeness report or error object ({error.message})"
        ) from None
