"""Corpus reports: how contracts across a collection treat AI likeness protections.

:func:`build_corpus` turns report objects (the lines of ``likeness batch`` results) into a
:class:`Corpus`: per protection how many contracts have it present / weak / missing (all
contracts, and those that address AI), red-flag frequencies, breakdowns by columns of a metadata
CSV (agency, brand, year ...), and a clause library of the best and worst real quotes per
protection. :func:`corpus_to_html` (self-contained, inline SVG charts), :func:`corpus_to_markdown`
and :func:`corpus_to_csv` render it.

Anonymised by default: quotes go through :class:`~analyser.anonymise.Anonymiser`, contracts are
numbered instead of named, and breakdown groups of fewer than :data:`MIN_GROUP` contracts are not
shown (their count is). Percentages are of the contracts analysed (files that could not be read
are counted apart), rounded to one decimal.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyser import __version__
from analyser.anonymise import Anonymiser
from analyser.errors import AnalyserError, FileMissingError
from analyser.render import escape_markdown
from analyser.report import defuse_formula
from analyser.rules import REQUIREMENT_IDS

__all__ = [
    "MIN_GROUP",
    "Breakdown",
    "Corpus",
    "GroupRow",
    "LibraryQuote",
    "MetadataInvalidError",
    "StatusCounts",
    "build_corpus",
    "corpus_to_csv",
    "corpus_to_html",
    "corpus_to_markdown",
    "breakdown_rows",
    "contract_rows",
    "flag_rows",
    "parse_metadata",
    "percent",
    "protection_rows",
    "read_metadata",
    "summary_sentences",
]

MIN_GROUP = 5
STATUSES = ("present", "weak", "missing")
CORE = ("consent", "compensation", "revocation")
LIBRARY_SIZE = 3
QUOTE_LIMIT = 320
NO_VALUE = "(not given)"
COLOURS = {"present": "#1b7a3a", "weak": "#d08a00", "missing": "#b3261e", "bar": "#3b5b92"}


class MetadataInvalidError(AnalyserError):
    """The metadata CSV of ``likeness report`` cannot be used (no ``file`` column, bad column)."""

    code = "metadata_invalid"


def percent(part: int, whole: int) -> float:
    """``part`` as a percentage of ``whole``, one decimal (0.0 when ``whole`` is 0)."""
    return round(100.0 * part / whole, 1) if whole else 0.0


@dataclass(frozen=True)
class StatusCounts:
    """How many contracts have a protection present, weak or missing."""

    present: int = 0
    weak: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.present + self.weak + self.missing

    def count(self, status: str) -> int:
        return int(getattr(self, status))

    def share(self, status: str) -> float:
        return percent(self.count(status), self.total)


@dataclass(frozen=True)
class GroupRow:
    """One group of a breakdown (e.g. agency = "Northlight"): its contracts and their statuses."""

    value: str
    contracts: int
    ai_addressed: int
    statuses: Mapping[str, StatusCounts]
    red_flags: Mapping[str, int]


@dataclass(frozen=True)
class Breakdown:
    """Contracts grouped by one metadata column; small groups withheld when anonymised."""

    column: str
    groups: tuple[GroupRow, ...]
    withheld_groups: int = 0
    withheld_contracts: int = 0


@dataclass(frozen=True)
class LibraryQuote:
    """A real clause from the corpus: how it was graded and in how many contracts it appears."""

    requirement: str
    kind: str  # "best" (a present finding) or "worst" (a weak finding or a red flag)
    status: str
    quote: str
    contracts: int


@dataclass(frozen=True)
class ContractRow:
    """One contract in the corpus table."""

    label: str
    ai_addressed: bool
    statuses: Mapping[str, str]
    red_flags: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """Everything a corpus report shows (see the module docstring)."""

    total: int
    analysed: int
    errors: Mapping[str, int]
    ai_addressed: int
    requirements: tuple[str, ...]
    titles: Mapping[str, str]
    statuses: Mapping[str, StatusCounts]
    statuses_ai: Mapping[str, StatusCounts]
    red_flags: Mapping[str, int]
    flag_titles: Mapping[str, str]
    breakdowns: tuple[Breakdown, ...]
    library: Mapping[str, tuple[LibraryQuote, ...]]
    contracts: tuple[ContractRow, ...]
    anonymised: bool
    duplicates: int = 0
    packs: tuple[str, ...] = field(default=())


# --- metadata ---------------------------------------------------------------------------------


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Read a metadata CSV: a ``file`` column (as in the results) and any other columns."""
    if not path.is_file():
        raise FileMissingError(str(path), "no such metadata file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise MetadataInvalidError(str(path), f"cannot be read as UTF-8 text ({error})") from None
    return parse_metadata(text, str(path))


def parse_metadata(text: str, source: str) -> dict[str, dict[str, str]]:
    """Parse metadata CSV text (see :func:`read_metadata`); ``source`` names it in errors."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = [c.strip() for c in reader.fieldnames or []]
    if "file" not in columns:
        raise MetadataInvalidError(
            source, f"needs a 'file' column naming each contract; found {columns or 'none'}")
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        cells = {(k or "").strip(): (v or "").strip() for k, v in row.items()
                 if isinstance(v, str)}
        name = cells.pop("file", "")
        if name:
            rows[name] = cells
    return rows


def protection_rows(corpus: Corpus, *, ai_only: bool = False) -> list[dict[str, Any]]:
    """One row per protection: counts and percentages present / weak / missing (for tables)."""
    counts = corpus.statuses_ai if ai_only else corpus.statuses
    return [
        {"Protection": corpus.titles.get(requirement, requirement),
         **{status.capitalize(): counts[requirement].count(status) for status in STATUSES},
         **{f"{status.capitalize()} %": counts[requirement].share(status) for status in STATUSES}}
        for requirement in corpus.requirements
    ]


def flag_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per red flag: how many contracts contain it and their share."""
    return [{"Red flag": corpus.flag_titles.get(flag, flag), "Contracts": count,
             "Share %": percent(count, corpus.analysed)}
            for flag, count in corpus.red_flags.items()]


def breakdown_rows(corpus: Corpus, breakdown: Breakdown) -> list[dict[str, Any]]:
    """One row per shown group: contracts, AI, and the share present of each core protection."""
    return [
        {breakdown.column: group.value, "Contracts": group.contracts, "AI": group.ai_addressed,
         **{f"{corpus.titles.get(r, r)}: present %": group.statuses[r].share("present")
            for r in CORE if r in group.statuses}}
        for group in breakdown.groups
    ]


def contract_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per contract: its label, AI, each protection's status and its red flags."""
    return [
        {"Contract": row.label, "AI": "yes" if row.ai_addressed else "no",
         **{corpus.titles.get(r, r): row.statuses.get(r, "") for r in corpus.requirements},
         "Red flags": ", ".join(row.red_flags)}
        for row in corpus.contracts
    ]


def summary_sentences(corpus: Corpus) -> list[str]:
    """The report's opening sentences (counts, AI coverage, the core three in AI contracts)."""
    return _summary_sentences(corpus)


def _metadata_for(name: str, metadata: Mapping[str, Mapping[str, str]]) -> Mapping[str, str]:
    """Match a contract to its metadata row by its name as given, else by its file name."""
    if name in metadata:
        return metadata[name]
    base = Path(name).name
    matches = [row for key, row in metadata.items() if Path(key).name == base]
    return matches[0] if len(matches) == 1 else {}


# --- building ---------------------------------------------------------------------------------


def build_corpus(
    outcomes: Iterable[Mapping[str, Any]],
    *,
    metadata: Mapping[str, Mapping[str, str]] | None = None,
    by: Sequence[str] | None = None,
    anonymise: bool = True,
) -> Corpus:
    """Aggregate report and error objects (see the module docstring).

    The same document (name and content hash) given twice counts once. ``by`` names the metadata
    columns to break down by (default: all of them).
    """
    reports: list[Mapping[str, Any]] = []
    errors: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    duplicates = 0
    for outcome in outcomes:
        document = outcome.get("document", {})
        key = (str(document.get("name", "")), str(document.get("sha256", "")))
        if key in seen and key[1]:
            duplicates += 1
            continue
        seen.add(key)
        if "error" in outcome:
            errors[str(outcome["error"].get("code", "error"))] += 1
        else:
            reports.append(outcome)
    titles, flag_titles, packs = _titles(reports)
    requirements = tuple(r for r in REQUIREMENT_IDS if r in titles) or tuple(REQUIREMENT_IDS)
    ai_reports = [r for r in reports if _ai(r)]
    columns = _breakdown_columns(metadata, by)
    anonymiser = Anonymiser() if anonymise else None
    return Corpus(
        total=len(reports) + sum(errors.values()),
        analysed=len(reports),
        errors=dict(sorted(errors.items())),
        ai_addressed=len(ai_reports),
        requirements=requirements,
        titles=titles,
        statuses=_status_counts(reports, requirements),
        statuses_ai=_status_counts(ai_reports, requirements),
        red_flags=_flag_counts(reports),
        flag_titles=flag_titles,
        breakdowns=tuple(
            _breakdown(column, reports, metadata or {}, requirements, anonymise)
            for column in columns
        ),
        library=_library(reports, requirements, anonymiser),
        contracts=tuple(_contract_row(i, r, anonymise) for i, r in enumerate(reports, 1)),
        anonymised=anonymise,
        duplicates=duplicates,
        packs=packs,
    )


def _titles(reports: Sequence[Mapping[str, Any]]) -> tuple[dict[str, str], dict[str, str],
                                                           tuple[str, ...]]:
    titles: dict[str, str] = {}
    flag_titles: dict[str, str] = {}
    packs: set[str] = set()
    for report in reports:
        for requirement in report.get("requirements", []):
            titles.setdefault(requirement["id"], requirement.get("title", requirement["id"]))
        for flag in report.get("red_flags", []):
            flag_titles.setdefault(flag["id"], flag.get("title", flag["id"]))
        packs.update(f"{p['id']} {p['version']}" for p in report.get("rule_packs", []))
    return titles, flag_titles, tuple(sorted(packs))


def _ai(report: Mapping[str, Any]) -> bool:
    return bool(report.get("ai_likeness", {}).get("addressed"))


def _status_of(report: Mapping[str, Any], requirement: str) -> str | None:
    for result in report.get("requirements", []):
        if result.get("id") == requirement:
            return str(result.get("status"))
    return None


def _status_counts(reports: Sequence[Mapping[str, Any]],
                   requirements: Sequence[str]) -> dict[str, StatusCounts]:
    counts: dict[str, StatusCounts] = {}
    for requirement in requirements:
        tally = Counter(_status_of(r, requirement) for r in reports)
        counts[requirement] = StatusCounts(tally["present"], tally["weak"], tally["missing"])
    return counts


def _flag_counts(reports: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Contracts with each red flag (a flag counts once per contract), most frequent first."""
    tally: Counter[str] = Counter()
    for report in reports:
        tally.update({flag["id"] for flag in report.get("red_flags", [])})
    return dict(sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def _breakdown_columns(metadata: Mapping[str, Mapping[str, str]] | None,
                       by: Sequence[str] | None) -> tuple[str, ...]:
    if not metadata:
        if by:
            raise MetadataInvalidError("--by", "needs --meta with a metadata CSV")
        return ()
    available = sorted({column for row in metadata.values() for column in row})
    if by is None:
        return tuple(available)
    unknown = [column for column in by if column not in available]
    if unknown:
        raise MetadataInvalidError(
            "--by", f"no column {', '.join(unknown)} in the metadata; it has: "
            f"{', '.join(available) or 'only file'}")
    return tuple(by)


def _breakdown(column: str, reports: Sequence[Mapping[str, Any]],
               metadata: Mapping[str, Mapping[str, str]], requirements: Sequence[str],
               anonymise: bool) -> Breakdown:
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for report in reports:
        value = _metadata_for(report["document"]["name"], metadata).get(column) or NO_VALUE
        groups.setdefault(value, []).append(report)
    rows: list[GroupRow] = []
    withheld_groups = withheld_contracts = 0
    for value in sorted(groups, key=lambda v: (v == NO_VALUE, v.lower())):
        members = groups[value]
        if anonymise and len(members) < MIN_GROUP:
            withheld_groups += 1
            withheld_contracts += len(members)
            continue
        rows.append(GroupRow(value=value, contracts=len(members),
                             ai_addressed=sum(_ai(r) for r in members),
                             statuses=_status_counts(members, requirements),
                             red_flags=_flag_counts(members)))
    return Breakdown(column=column, groups=tuple(rows), withheld_groups=withheld_groups,
                     withheld_contracts=withheld_contracts)


_DIGITS = re.compile(r"\d+")


def _library(reports: Sequence[Mapping[str, Any]], requirements: Sequence[str],
             anonymiser: Anonymiser | None) -> dict[str, tuple[LibraryQuote, ...]]:
    """Best (present) and worst (weak, or a red flag against it) quotes per protection.

    Quotes are grouped by their wording (case, spacing and numbers ignored); the most common
    wordings come first, then the shorter.
    """
    found: dict[tuple[str, str], dict[str, tuple[str, str, set[int]]]] = {}
    for number, report in enumerate(reports):
        for result in report.get("requirements", []):
            status = result.get("status")
            kind = {"present": "best", "weak": "worst"}.get(str(status))
            if kind and result.get("evidence"):
                _collect(found, (result["id"], kind), str(status),
                         result["evidence"][0]["quote"], number)
        for flag in report.get("red_flags", []):
            target = flag.get("undermines")
            if target and flag.get("evidence"):
                _collect(found, (target, "worst"), f"red flag: {flag['id']}",
                         flag["evidence"][0]["quote"], number)
    chosen: dict[str, list[tuple[str, str, str, int]]] = {}
    for requirement in requirements:
        for kind in ("best", "worst"):
            ranked = sorted(found.get((requirement, kind), {}).values(),
                            key=lambda item: (-len(item[2]), len(item[1]), item[1]))
            chosen.setdefault(requirement, []).extend(
                (kind, status, quote, len(contracts))
                for status, quote, contracts in ranked[:LIBRARY_SIZE])
    if anonymiser is not None:  # first learn every name, so that "Okafor" alone is masked too
        for entries in chosen.values():
            for _, _, quote, _ in entries:
                anonymiser.mask(quote)
    return {
        requirement: tuple(
            LibraryQuote(requirement=requirement, kind=kind, status=status,
                         quote=_shorten(anonymiser.mask(quote) if anonymiser else quote),
                         contracts=contracts)
            for kind, status, quote, contracts in chosen.get(requirement, [])
        )
        for requirement in requirements
    }


def _collect(found: dict[tuple[str, str], dict[str, tuple[str, str, set[int]]]],
             key: tuple[str, str], status: str, quote: str, number: int) -> None:
    text = " ".join(quote.split())
    wording = _DIGITS.sub("0", text.lower())
    bucket = found.setdefault(key, {})
    entry = bucket.setdefault(wording, (status, text, set()))
    entry[2].add(number)


def _shorten(text: str) -> str:
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "\u2026"


def _contract_row(number: int, report: Mapping[str, Any], anonymise: bool) -> ContractRow:
    label = f"Contract {number}" if anonymise else str(report["document"]["name"])
    statuses = {r["id"]: str(r.get("status")) for r in report.get("requirements", [])}
    flags = tuple(sorted({flag["id"] for flag in report.get("red_flags", [])}))
    return ContractRow(label=label, ai_addressed=_ai(report), statuses=statuses, red_flags=flags)


# --- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = ("section", "breakdown", "group", "item", "status", "contracts", "of", "percent")


def corpus_to_csv(corpus: Corpus, *, title: str = "") -> str:
    """Return the figures as a long CSV: one row per (section, group, item, status) count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(("corpus", "", "", "contracts", "", corpus.total, corpus.total, 100.0))
    writer.writerow(("corpus", "", "", "analysed", "", corpus.analysed, corpus.total,
                     percent(corpus.analysed, corpus.total)))
    for code, count in corpus.errors.items():
        writer.writerow(("corpus", "", "", "error", code, count, corpus.total,
                         percent(count, corpus.total)))
    writer.writerow(("corpus", "", "", "ai_addressed", "", corpus.ai_addressed, corpus.analysed,
                     percent(corpus.ai_addressed, corpus.analysed)))
    for section, counts in (("protection", corpus.statuses),
                            ("protection_ai", corpus.statuses_ai)):
        for requirement in corpus.requirements:
            tally = counts[requirement]
            for status in STATUSES:
                writer.writerow((section, "", "", requirement, status, tally.count(status),
                                 tally.total, tally.share(status)))
    for flag, count in corpus.red_flags.items():
        writer.writerow(("red_flag", "", "", flag, "", count, corpus.analysed,
                         percent(count, corpus.analysed)))
    for breakdown in corpus.breakdowns:
        for group in breakdown.groups:
            writer.writerow(("group", breakdown.column, defuse_formula(group.value), "contracts",
                             "", group.contracts, corpus.analysed,
                             percent(group.contracts, corpus.analysed)))
            for requirement in corpus.requirements:
                tally = group.statuses[requirement]
                for status in STATUSES:
                    writer.writerow(("group_protection", breakdown.column,
                                     defuse_formula(group.value), requirement, status,
                                     tally.count(status), tally.total, tally.share(status)))
        if breakdown.withheld_groups:
            writer.writerow(("group_withheld", breakdown.column, "", "groups",
                             f"fewer than {MIN_GROUP} contracts", breakdown.withheld_groups,
                             "", ""))
    return buffer.getvalue()


# --- Markdown ---------------------------------------------------------------------------------

def _md(text: object) -> str:
    return escape_markdown(str(text))


def corpus_to_markdown(corpus: Corpus, *, title: str = "AI likeness terms across contracts") -> str:
    """Return the report as Markdown (tables; every piece of contract text escaped)."""
    lines = [f"# {_md(title)}", "", *_summary_sentences(corpus), ""]
    lines += ["## Protections", "", "| Protection | Present | Weak | Missing |",
              "|---|---:|---:|---:|"]
    for requirement in corpus.requirements:
        tally = corpus.statuses[requirement]
        lines.append(f"| {_md(corpus.titles.get(requirement, requirement))} | "
                     + " | ".join(_cell(tally, s) for s in STATUSES) + " |")
    lines += ["", f"### In the {corpus.ai_addressed} contracts that address AI", "",
              "| Protection | Present | Weak | Missing |", "|---|---:|---:|---:|"]
    for requirement in corpus.requirements:
        tally = corpus.statuses_ai[requirement]
        lines.append(f"| {_md(corpus.titles.get(requirement, requirement))} | "
                     + " | ".join(_cell(tally, s) for s in STATUSES) + " |")
    lines += ["", "## Red flags", "", "| Red flag | Contracts | Share |", "|---|---:|---:|"]
    for flag, count in corpus.red_flags.items():
        lines.append(f"| {_md(corpus.flag_titles.get(flag, flag))} | {count} | "
                     f"{percent(count, corpus.analysed)}% |")
    for breakdown in corpus.breakdowns:
        lines += ["", f"## By {_md(breakdown.column)}", "",
                  "| Group | Contracts | AI | " + " | ".join(
                      f"{_md(corpus.titles.get(r, r))} present" for r in CORE
                      if r in corpus.statuses) + " |",
                  "|---|---:|---:|" + "---:|" * sum(r in corpus.statuses for r in CORE)]
        for group in breakdown.groups:
            cells = [f"{group.statuses[r].share('present')}%" for r in CORE if r in group.statuses]
            lines.append(f"| {_md(group.value)} | {group.contracts} | {group.ai_addressed} | "
                         + " | ".join(cells) + " |")
        if breakdown.withheld_groups:
            lines += ["", _md(_withheld_sentence(breakdown))]
    lines += ["", "## Clause library", ""]
    for requirement in corpus.requirements:
        quotes = corpus.library.get(requirement, ())
        if not quotes:
            continue
        lines += [f"### {_md(corpus.titles.get(requirement, requirement))}", ""]
        for quote in quotes:
            label = "Best" if quote.kind == "best" else "Worst"
            plural = "s" if quote.contracts != 1 else ""
            lines.append(f"- **{label}** ({_md(quote.status)}; {quote.contracts} "
                         f"contract{plural}): \u201c{_md(quote.quote)}\u201d")
        lines.append("")
    lines += ["## Contracts", "", "| Contract | AI | " + " | ".join(
        _md(corpus.titles.get(r, r)) for r in CORE if r in corpus.statuses) + " | Red flags |",
        "|---|---|" + "---|" * sum(r in corpus.statuses for r in CORE) + "---|"]
    for row in corpus.contracts:
        lines.append(f"| {_md(row.label)} | {'yes' if row.ai_addressed else 'no'} | "
                     + " | ".join(row.statuses.get(r, "") for r in CORE if r in corpus.statuses)
                     + f" | {_md(', '.join(row.red_flags))} |")
    lines += ["", _footer(corpus), ""]
    return "\n".join(lines)


def _cell(tally: StatusCounts, status: str) -> str:
    return f"{tally.count(status)} ({tally.share(status)}%)"


def _summary_sentences(corpus: Corpus) -> list[str]:
    sentences = [
        f"{corpus.total} contracts: {corpus.analysed} analysed"
        + (", " + ", ".join(f"{n} not readable ({code})" for code, n in corpus.errors.items())
           if corpus.errors else "") + ".",
        f"{corpus.ai_addressed} of {corpus.analysed} "
        f"({percent(corpus.ai_addressed, corpus.analysed)}%) address AI or digital replicas.",
    ]
    for requirement in CORE:
        if requirement in corpus.statuses_ai and corpus.ai_addressed:
            tally = corpus.statuses_ai[requirement]
            sentences.append(
                f"{corpus.titles.get(requirement, requirement)}: missing in "
                f"{tally.count('missing')} of the {tally.total} AI contracts "
                f"({tally.share('missing')}%), weak in {tally.count('weak')} "
                f"({tally.share('weak')}%).")
    if corpus.duplicates:
        sentences.append(f"{corpus.duplicates} repeated results were counted once.")
    return sentences


def _withheld_sentence(breakdown: Breakdown) -> str:
    return (f"{breakdown.withheld_groups} group(s) with fewer than {MIN_GROUP} contracts "
            f"({breakdown.withheld_contracts} contracts) are not shown, so that no contract can "
            "be singled out.")


def _footer(corpus: Corpus) -> str:
    privacy = ("Anonymised: names, amounts, addresses, e-mails and phone numbers in quotes are "
               "masked by rules (not a guarantee), contracts are numbered, groups under "
               f"{MIN_GROUP} are withheld." if corpus.anonymised else
               "Not anonymised: for private use only.")
    return (f"Made by likeness {__version__} with rule packs {', '.join(corpus.packs) or '-'}. "
            f"{privacy} This is information, not legal advice.")


# --- HTML -------------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:64rem;
margin:2rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.7rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f4f4f6}
blockquote{margin:.3rem 0 .9rem;padding:.4rem .8rem;border-left:4px solid #ccc;background:#fafafa}
blockquote.best{border-color:#1b7a3a}blockquote.worst{border-color:#b3261e}
.meta{color:#555;font-size:.85rem}.note{color:#555}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.8rem;
height:.8rem;margin-right:.3rem;vertical-align:middle}
@media print{h2{break-after:avoid}table,blockquote,svg{break-inside:avoid}}
"""


def corpus_to_html(corpus: Corpus, *, title: str = "AI likeness terms across contracts") -> str:
    """Return one self-contained HTML page (inline CSS and SVG; all contract text escaped)."""
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        "".join(f"<p>{_esc(s)}</p>" for s in _summary_sentences(corpus)),
        "<h2>Protections</h2>", _legend(),
        _stacked_chart(corpus, corpus.statuses, "All analysed contracts"),
        _status_table(corpus, corpus.statuses),
        f"<h3>In the {corpus.ai_addressed} contracts that address AI</h3>",
        _stacked_chart(corpus, corpus.statuses_ai, "Contracts that address AI"),
        _status_table(corpus, corpus.statuses_ai),
        "<h2>Red flags</h2>", _flag_chart(corpus), _flag_table(corpus),
    ]
    for breakdown in corpus.breakdowns:
        parts.append(_breakdown_html(corpus, breakdown))
    parts.append(_library_html(corpus))
    parts.append(_contracts_html(corpus))
    parts.append(f'<p class="meta">{_esc(_footer(corpus))}</p></body></html>')
    return "\n".join(parts) + "\n"


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span><span class="sw" style="background:{COLOURS[s]}"></span>{s.title()}</span>'
        for s in STATUSES) + "</p>"


def _stacked_chart(corpus: Corpus, counts: Mapping[str, StatusCounts], label: str) -> str:
    """A horizontal stacked bar per protection: shares present / weak / missing."""
    rows = [(corpus.titles.get(r, r), counts[r]) for r in corpus.requirements]
    return _stacked_svg(rows, label)


def _stacked_svg(rows: Sequence[tuple[str, StatusCounts]], label: str) -> str:
    label_width, bar_width, row_height = 230, 420, 22
    height = row_height * len(rows) + 8
    out = [f'<svg role="img" aria-label="{_esc(label)}" width="{label_width + bar_width + 110}" '
           f'height="{height}" xmlns="http://www.w3.org/2000/svg" font-size="12">']
    for index, (name, tally) in enumerate(rows):
        y = 4 + index * row_height
        out.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">'
                   f"{_esc(name)}</text>")
        x = float(label_width)
        for status in STATUSES:
            width = bar_width * tally.count(status) / tally.total if tally.total else 0.0
            if width > 0:
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" '
                           f'height="{row_height - 6}" fill="{COLOURS[status]}">'
                           f"<title>{_esc(name)}: {status} "
                           f'{tally.count(status)} ({tally.share(status)}%)</title></rect>')
            x += width
        out.append(f'<text x="{label_width + bar_width + 4}" y="{y + 14}">'
                   f'{tally.share("missing")}% missing</text>')
    out.append("</svg>")
    return "".join(out)


def _status_table(corpus: Corpus, counts: Mapping[str, StatusCounts]) -> str:
    rows = "".join(
        f"<tr><td>{_esc(corpus.titles.get(r, r))}</td>"
        + "".join(f'<td class="n">{counts[r].count(s)} ({counts[r].share(s)}%)</td>'
                  for s in STATUSES) + "</tr>"
        for r in corpus.requirements)
    return ("<table><tr><th>Protection</th><th>Present</th><th>Weak</th><th>Missing</th></tr>"
            f"{rows}</table>")


def _flag_chart(corpus: Corpus) -> str:
    """A horizontal bar per red flag: the share of contracts that contain it."""
    if not corpus.red_flags:
        return '<p class="note">No red flags in these contracts.</p>'
    label_width, bar_width, row_height = 230, 420, 22
    items = list(corpus.red_flags.items())
    out = [f'<svg role="img" aria-label="Red flags" width="{label_width + bar_width + 110}" '
           f'height="{row_height * len(items) + 8}" xmlns="http://www.w3.org/2000/svg" '
           'font-size="12">']
    for index, (flag, count) in enumerate(items):
        y = 4 + index * row_height
        share = percent(count, corpus.analysed)
        width = bar_width * count / corpus.analysed if corpus.analysed else 0
        name = corpus.flag_titles.get(flag, flag)
        out.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{_esc(name)}</text>'
                   f'<rect x="{label_width}" y="{y}" width="{width:.1f}" height="{row_height - 6}" '
                   f'fill="{COLOURS["bar"]}"><title>{_esc(name)}: {count} ({share}%)</title></rect>'
                   f'<text x="{label_width + width + 4:.1f}" y="{y + 14}">{share}%</text>')
    out.append("</svg>")
    return "".join(out)


def _flag_table(corpus: Corpus) -> str:
    rows = "".join(
        f"<tr><td>{_esc(corpus.flag_titles.get(f, f))}</td><td><code>{_esc(f)}</code></td>"
        f'<td class="n">{n}</td><td class="n">{percent(n, corpus.analysed)}%</td></tr>'
        for f, n in corpus.red_flags.items())
    return ("<table><tr><th>Red flag</th><th>Id</th><th>Contracts</th><th>Share</th></tr>"
            f"{rows}</table>")


def _breakdown_html(corpus: Corpus, breakdown: Breakdown) -> str:
    core = [r for r in CORE if r in corpus.statuses]
    parts = [f"<h2>By {_esc(breakdown.column)}</h2>"]
    header = "".join(f"<th>{_esc(corpus.titles.get(r, r))}: present / weak / missing</th>"
                     for r in core)
    rows = "".join(
        f"<tr><td>{_esc(g.value)}</td><td class='n'>{g.contracts}</td>"
        f"<td class='n'>{g.ai_addressed}</td>"
        + "".join(f"<td class='n'>{g.statuses[r].share('present')}% / "
                  f"{g.statuses[r].share('weak')}% / {g.statuses[r].share('missing')}%</td>"
                  for r in core) + "</tr>"
        for g in breakdown.groups)
    if breakdown.groups:
        parts.append(f"<table><tr><th>{_esc(breakdown.column)}</th><th>Contracts</th>"
                     f"<th>AI</th>{header}</tr>{rows}</table>")
        for requirement in core:
            parts.append(f"<h4>{_esc(corpus.titles.get(requirement, requirement))} by "
                         f"{_esc(breakdown.column)}</h4>")
            parts.append(_stacked_svg(
                [(g.value, g.statuses[requirement]) for g in breakdown.groups],
                f"{corpus.titles.get(requirement, requirement)} by {breakdown.column}"))
    if breakdown.withheld_groups:
        parts.append(f'<p class="note">{_esc(_withheld_sentence(breakdown))}</p>')
    return "".join(parts)


def _library_html(corpus: Corpus) -> str:
    parts = ["<h2>Clause library</h2>",
             '<p class="note">Real clauses from these contracts: the most common wording graded '
             "present (best) and graded weak or flagged (worst) for each protection.</p>"]
    for requirement in corpus.requirements:
        quotes = corpus.library.get(requirement, ())
        if not quotes:
            continue
        parts.append(f"<h3>{_esc(corpus.titles.get(requirement, requirement))}</h3>")
        for quote in quotes:
            label = "Best" if quote.kind == "best" else "Worst"
            parts.append(f'<p class="meta">{label}: {_esc(quote.status)}; in {quote.contracts} '
                         f"contract{'s' if quote.contracts != 1 else ''}</p>"
                         f'<blockquote class="{quote.kind}">{_esc(quote.quote)}</blockquote>')
    return "".join(parts)


def _contracts_html(corpus: Corpus) -> str:
    core = [r for r in corpus.requirements]
    header = "".join(f"<th>{_esc(corpus.titles.get(r, r))}</th>" for r in core)
    rows = "".join(
        f"<tr><td>{_esc(c.label)}</td><td>{'yes' if c.ai_addressed else 'no'}</td>"
        + "".join(f"<td>{_esc(c.statuses.get(r, ''))}</td>" for r in core)
        + f"<td>{_esc(', '.join(c.red_flags))}</td></tr>"
        for c in corpus.contracts)
    return (f"<h2>Contracts</h2><table><tr><th>Contract</th><th>AI</th>{header}"
            f"<th>Red flags</th></tr>{rows}</table>")
