"""Reports people hand on: a self-contained HTML page and Markdown, plus the page's building blocks.

- :func:`requirement_meanings`: what each status of each protection means for the person, taken
  from the loaded rule packs (``engine.requirements[id].meaning[status]``).
- :func:`ordered_requirements`: the core three protections first, then the others.
- :func:`highlights` / :func:`highlighted_text_html`: the full contract text, HTML-escaped, with a
  ``<mark>`` on every finding and an anchor per piece of evidence (cards link to it).
- :func:`comparison_rows` / :func:`coverage_counts`: several contracts side by side.
- :func:`reports_to_html` / :func:`reports_to_markdown` (and one-report shortcuts): the same
  content as the page, in one file with inline CSS and no external assets.

Contract text is untrusted input: every piece of it is escaped for HTML (``html.escape``) or for
Markdown (backslash before every ASCII punctuation character, so no link, image, emphasis or raw
HTML survives). Only ``http(s)`` reference URLs from the rule packs become links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analyser import __version__
from analyser.model import Evidence, RedFlag, Report, RequirementResult
from analyser.pipeline import Pipeline
from analyser.report import DISCLAIMER, FailedDocument, Outcome, location_phrase

__all__ = [
    "CORE_REQUIREMENTS",
    "DETAIL_LEVELS",
    "FULLTEXT_CSS",
    "PRIVACY_NOTE",
    "STATUS_COLOURS",
    "STATUS_ICONS",
    "STATUS_LABELS",
    "Highlight",
    "Meanings",
    "anchor_id",
    "comparison_rows",
    "coverage_counts",
    "escape_markdown",
    "highlighted_text_html",
    "highlights",
    "meaning_of",
    "ordered_requirements",
    "report_to_html",
    "report_to_markdown",
    "reports_to_html",
    "reports_to_markdown",
    "requirement_meanings",
    "safe_url",
    "status_text",
]

CORE_REQUIREMENTS = ("consent", "compensation", "revocation")
DETAIL_LEVELS = ("plain", "legal")
STATUS_ICONS = {"present": "\u2705", "weak": "\u26a0\ufe0f", "missing": "\u274c"}
STATUS_LABELS = {"present": "Present", "weak": "Weak", "missing": "Missing"}
STATUS_COLOURS = {"present": "#1b7a3a", "weak": "#a15c00", "missing": "#b3261e"}
PRIVACY_NOTE = (
    "Made on your own computer by the likeness analyser; the contract was never uploaded."
)
HTML_TITLE = "Likeness contract check"

Meanings = Mapping[str, Mapping[str, str]]
"""requirement id -> status -> what that status means for the person."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~:$&^])")
_CONTROL_CHARS = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")
_DOT = " \u00b7 "
_MARK_PRIORITY = {"flag": 5, "missing": 4, "weak": 3, "present": 2, "ai": 1}


# --- library helpers --------------------------------------------------------------------------


def requirement_meanings(pipeline: Pipeline) -> dict[str, dict[str, str]]:
    """Return, per requirement id, the meaning text of each status from the loaded rule packs."""
    return {
        requirement_id: dict(definition.meaning)
        for requirement_id, definition in pipeline.engine.requirements.items()
    }


def meaning_of(meanings: Meanings | None, result: RequirementResult) -> str:
    """Return what ``result``'s status means for the person ("" when not known)."""
    if not meanings:
        return ""
    return meanings.get(result.id, {}).get(result.status, "")


def ordered_requirements(
    report: Report,
) -> tuple[list[RequirementResult], list[RequirementResult]]:
    """Return (core protections in the documented order, the others in report order)."""
    core = [r for wanted in CORE_REQUIREMENTS for r in report.requirements if r.id == wanted]
    others = [r for r in report.requirements if r.id not in CORE_REQUIREMENTS]
    return core, others


def status_text(status: str) -> str:
    """Return ``✅ Present`` / ``⚠️ Weak`` / ``❌ Missing``."""
    return f"{STATUS_ICONS.get(status, '')} {STATUS_LABELS.get(status, status)}".strip()


def safe_url(url: str) -> str | None:
    """Return ``url`` if it is an http(s) address, else None (never a javascript: link)."""
    stripped = url.strip()
    return stripped if stripped.lower().startswith(("https://", "http://")) else None


def escape_markdown(text: str) -> str:
    """Return ``text`` on one line with every Markdown/HTML special character backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(_clean(text).split()))


def anchor_id(prefix: str, kind: str, item_id: str, index: int) -> str:
    """Return the HTML id of one piece of evidence in the highlighted text."""
    return _UNSAFE_ID.sub("-", f"{prefix}ev-{kind}-{item_id}-{index}")


# --- highlighted full text --------------------------------------------------------------------


@dataclass(frozen=True)
class Highlight:
    """One marked span of the contract text: where, which finding, and how to colour it."""

    start: int
    end: int
    anchor: str
    css: str
    label: str


def highlights(report: Report, prefix: str = "") -> list[Highlight]:
    """Return a highlight per piece of evidence: protections, red flags and AI mentions."""
    found: list[Highlight] = []
    for result in report.requirements:
        for index, evidence in enumerate(result.evidence):
            found.append(Highlight(evidence.start, evidence.end,
                                   anchor_id(prefix, "req", result.id, index), result.status,
                                   f"{result.title}: {STATUS_LABELS.get(result.status, '')}"))
    for flag in report.red_flags:
        for index, evidence in enumerate(flag.evidence):
            found.append(Highlight(evidence.start, evidence.end,
                                   anchor_id(prefix, "flag", flag.id, index), "flag",
                                   f"Red flag: {flag.title}"))
    for index, evidence in enumerate(report.ai_evidence):
        found.append(Highlight(evidence.start, evidence.end, anchor_id(prefix, "ai", "ai", index),
                               "ai", "Speaks about AI or digital replicas"))
    size = len(report.document.text)
    return [h for h in found if 0 <= h.start < h.end <= size]


def highlighted_text_html(report: Report, prefix: str = "") -> str:
    """Return the full text as escaped HTML, every finding in a ``<mark>`` with an anchor."""
    text = report.document.text
    marks = highlights(report, prefix)
    points = sorted({0, len(text)} | {h.start for h in marks} | {h.end for h in marks})
    anchors_at: dict[int, list[str]] = {}
    for mark in marks:
        anchors_at.setdefault(mark.start, [])
        if mark.anchor not in anchors_at[mark.start]:
            anchors_at[mark.start].append(mark.anchor)
    parts: list[str] = []
    for start, end in zip(points, points[1:], strict=False):
        parts.extend(f'<a class="anchor" id="{anchor}"></a>'
                     for anchor in anchors_at.get(start, []))
        chunk = _text_html(text[start:end])
        covering = [m for m in marks if m.start <= start and m.end >= end]
        if not covering:
            parts.append(chunk)
            continue
        css = max((m.css for m in covering), key=lambda c: _MARK_PRIORITY.get(c, 0))
        labels = "; ".join(dict.fromkeys(m.label for m in covering))
        parts.append(f'<mark class="hl-{css}" title="{_esc(labels)}">{chunk}</mark>')
    return '<div class="fulltext">' + "".join(parts) + "</div>"


def _text_html(text: str) -> str:
    """Escape contract text for HTML; page breaks (form feeds) become a visible separator."""
    escaped = _esc(_clean(text))
    return escaped.replace("\f", '\n<span class="pagebreak">\u2014 next page \u2014</span>\n')


# --- several contracts ------------------------------------------------------------------------


def comparison_rows(reports: Sequence[Report]) -> list[dict[str, str]]:
    """Return one row per contract: its name, the status of every protection, and the score."""
    rows = []
    for report in reports:
        core, others = ordered_requirements(report)
        row = {"Contract": report.document.name}
        row.update({r.title: status_text(r.status) for r in (*core, *others)})
        row["Score"] = str(report.score)
        rows.append(row)
    return rows


def coverage_counts(reports: Sequence[Report]) -> dict[str, dict[str, int]]:
    """Return, per protection title, how many contracts have it present, weak and missing."""
    counts: dict[str, dict[str, int]] = {}
    for report in reports:
        core, others = ordered_requirements(report)
        for result in (*core, *others):
            row = counts.setdefault(result.title, {"present": 0, "weak": 0, "missing": 0})
            row[result.status] = row.get(result.status, 0) + 1
    return counts


# --- HTML report ------------------------------------------------------------------------------

FULLTEXT_CSS = """
.fulltext { white-space: pre-wrap; font: .9rem/1.45 ui-serif, Georgia, serif;
  border: 1px solid #ddd; padding: 1rem; border-radius: .4rem; overflow-wrap: anywhere; }
mark { padding: 0 .1em; border-radius: .2em; }
mark.hl-present { background: #d4f0dc; } mark.hl-weak { background: #ffe2b0; }
mark.hl-missing, mark.hl-flag { background: #ffd3cf; } mark.hl-ai { background: #dde8ff; }
.pagebreak { display: block; text-align: center; color: #888; font-size: .8rem; }
a.anchor { scroll-margin-top: 4rem; }
"""

_CSS = FULLTEXT_CSS + """
:root { --present: #1b7a3a; --weak: #a15c00; --missing: #b3261e; --ink: #1d1d1f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
.meta, .note { color: #555; font-size: .9rem; }
.verdict { padding: .8rem 1rem; border-radius: .5rem; border-left: .4rem solid; margin: 1rem 0; }
.verdict.missing { background: #fdecea; border-color: var(--missing); }
.verdict.weak { background: #fff4e0; border-color: var(--weak); }
.verdict.present { background: #e8f5ec; border-color: var(--present); }
.warning { background: #fff4e0; padding: .5rem 1rem; border-radius: .4rem; margin: .3rem 0; }
.error { background: #fdecea; padding: .5rem 1rem; border-radius: .4rem; }
.card { border: 1px solid #ddd; border-left: .4rem solid #999; border-radius: .5rem;
  padding: .6rem 1rem; margin: .8rem 0; break-inside: avoid; page-break-inside: avoid; }
.card.present { border-left-color: var(--present); } .card.weak { border-left-color: var(--weak); }
.card.missing, .card.flag { border-left-color: var(--missing); }
.card h3 { margin: .2rem 0; font-size: 1.1rem; }
.status { font-weight: 700; } .status.present { color: var(--present); }
.status.weak { color: var(--weak); } .status.missing { color: var(--missing); }
.kind { font-size: .85rem; color: #555; }
blockquote { margin: .5rem 0; padding: .3rem .8rem; border-left: .25rem solid #bbb;
  background: #f7f7f7; white-space: pre-wrap; }
.where { font-size: .85rem; color: #555; }
.legal { font-family: ui-monospace, monospace; font-size: .8rem; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; }
  h2 { break-after: avoid; } .fulltext { border: none; padding: 0; }
  .jump { display: none; }
}
"""


def report_to_html(report: Report, *, meanings: Meanings | None = None,
                   detail: str = "plain") -> str:
    """Return one report as a self-contained HTML page."""
    return reports_to_html([report], meanings=meanings, detail=detail)


def reports_to_html(outcomes: Sequence[Outcome], *, meanings: Meanings | None = None,
                    detail: str = "plain") -> str:
    """Return a self-contained HTML page (inline CSS, no scripts, no external assets)."""
    reports = [o for o in outcomes if isinstance(o, Report)]
    body: list[str] = [f"<h1>{_esc(HTML_TITLE)}</h1>", f'<p class="note">{_esc(DISCLAIMER)}</p>']
    if len(outcomes) > 1:
        body.append(_comparison_html(reports))
    for index, outcome in enumerate(outcomes):
        prefix = f"d{index}-" if len(outcomes) > 1 else ""
        if isinstance(outcome, FailedDocument):
            body.append(f"<h2>{_esc(outcome.name)}</h2><p class=\"error\">This file could not "
                        f"be read: {_esc(outcome.error.message)}</p>")
        else:
            body.append(_report_html(outcome, prefix, meanings, detail))
    body.append(f'<p class="note">{_esc(PRIVACY_NOTE)} likeness {_esc(__version__)}.</p>')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'\">\n"
            f"<title>{_esc(_page_title(outcomes))}</title>\n<style>{_CSS}</style>\n</head>\n"
            "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def _page_title(outcomes: Sequence[Outcome]) -> str:
    """Return the browser/print title: the tool and the contract name(s)."""
    names = [o.name if isinstance(o, FailedDocument) else o.document.name for o in outcomes]
    return f"{HTML_TITLE}: {', '.join(names)}" if names else HTML_TITLE


def _comparison_html(reports: Sequence[Report]) -> str:
    """Return the comparison table of several contracts."""
    rows = comparison_rows(reports)
    if not rows:
        return ""
    columns = list(rows[0])
    head = "".join(f"<th>{_esc(c)}</th>" for c in columns)
    lines = "".join("<tr>" + "".join(f"<td>{_esc(row.get(c, ''))}</td>" for c in columns)
                    + "</tr>" for row in rows)
    return (f"<h2>Comparison</h2><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{lines}</tbody></table>")


def _report_html(report: Report, prefix: str, meanings: Meanings | None, detail: str) -> str:
    """Return the section of one contract."""
    document = report.document
    pages = f", {document.page_count} pages" if document.page_count else ""
    packs = ", ".join(f"{pack} {version}" for pack, version in report.rule_packs)
    worst = "missing" if report.missing else "weak" if report.weak else "present"
    parts = [f"<section id=\"{prefix}report\"><h2>{_esc(document.name)}</h2>",
             f'<p class="meta">{_esc(document.format.upper())}{_esc(pages)} \u00b7 rule packs: '
             f"{_esc(packs)}</p>"]
    if document.warnings:
        parts.append("<h3>Reading problems (results may be incomplete)</h3>")
        for warning in document.warnings:
            where = f"Page {warning.page}: " if warning.page is not None else ""
            parts.append(f'<p class="warning">{_esc(where + warning.message)}</p>')
    parts.append(f'<div class="verdict {worst}"><strong>Verdict:</strong> '
                 f"{_esc(report.verdict)}</div>")
    parts.append(f"<p><strong>AI and digital replicas:</strong> {_esc(_ai_sentence(report))}</p>")
    if detail == "legal":
        parts.append(f'<p class="legal">score {report.score} \u00b7 sha256 '
                     f"{_esc(document.sha256)}</p>")
    core, others = ordered_requirements(report)
    parts.append("<h3>Your protections</h3>")
    parts.extend(_card_html(r, prefix, meanings, detail) for r in core)
    if others:
        parts.append("<h3>More protections</h3>")
        parts.extend(_card_html(r, prefix, meanings, detail) for r in others)
    parts.append("<h3>Red flags</h3>")
    if not report.red_flags:
        parts.append("<p>None found.</p>")
    parts.extend(_flag_html(flag, prefix, detail) for flag in report.red_flags)
    parts.append("<h3>The full text, findings highlighted</h3>")
    parts.append('<p class="note">Green: a protection; amber: a weak one; red: a red flag or a '
                 "term that takes a protection away; blue: AI is mentioned.</p>")
    parts.append(highlighted_text_html(report, prefix))
    parts.append("</section>")
    return "\n".join(parts)


def _ai_sentence(report: Report) -> str:
    """Return whether the contract speaks about AI and digital replicas, in words."""
    if report.ai_addressed:
        return "the contract speaks about them."
    return ("the contract never mentions them; a broad grant of rights can be read to allow AI "
            "uses.")


def _card_html(result: RequirementResult, prefix: str, meanings: Meanings | None,
               detail: str) -> str:
    """Return one protection card."""
    kind = "AI-specific" if result.ai_specific else "general clause only"
    parts = [f'<div class="card {_esc(result.status)}" id="{prefix}card-{_esc(result.id)}">',
             f'<h3><span class="status {_esc(result.status)}">{_esc(status_text(result.status))}'
             f"</span> \u00b7 {_esc(result.title)}</h3>", f'<div class="kind">{kind}</div>']
    meaning = meaning_of(meanings, result)
    if meaning:
        parts.append(f"<p><strong>What it means for you:</strong> {_esc(meaning)}</p>")
    shown = result.evidence if detail == "legal" else result.evidence[:1]
    if not shown:
        parts.append("<p><em>No clause in the contract gives this.</em></p>")
    for index, evidence in enumerate(shown):
        parts.append(_quote_html(evidence, anchor_id(prefix, "req", result.id, index), detail))
    if result.reasons:
        parts.append("<p><strong>Why:</strong></p><ul>"
                     + "".join(f"<li>{_esc(reason)}</li>" for reason in result.reasons) + "</ul>")
    if result.recommendation and result.status != "present":
        parts.append(f"<p><strong>What to ask for:</strong> {_esc(result.recommendation)}</p>")
    if result.references:
        parts.append("<p><strong>The law and guidance behind it:</strong></p><ul>"
                     + "".join(f"<li>{_link_html(r.source, r.url)}</li>" for r in result.references)
                     + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def _flag_html(flag: RedFlag, prefix: str, detail: str) -> str:
    """Return one red-flag card."""
    parts = [f'<div class="card flag"><h3>{_esc(flag.severity.upper())} \u00b7 '
             f"{_esc(flag.title)}</h3>"]
    shown = flag.evidence if detail == "legal" else flag.evidence[:1]
    for index, evidence in enumerate(shown):
        parts.append(_quote_html(evidence, anchor_id(prefix, "flag", flag.id, index), detail))
    if flag.explanation:
        parts.append(f"<p>{_esc(flag.explanation)}</p>")
    if detail == "legal":
        undermines = f" \u00b7 undermines {flag.undermines}" if flag.undermines else ""
        parts.append(f'<p class="legal">red flag {_esc(flag.id)}{_esc(undermines)}</p>')
    parts.append("</div>")
    return "".join(parts)


def _quote_html(evidence: Evidence, anchor: str, detail: str) -> str:
    """Return a quote with its clause and page, linked to its place in the full text."""
    where = location_phrase(evidence.clause, evidence.page, evidence.heading)
    parts = [f"<blockquote>{_esc(_clean(evidence.quote).strip())}</blockquote>",
             f'<div class="where">{_esc(where[:1].upper() + where[1:]) + _DOT if where else ""}'
             f'<a class="jump" href="#{anchor}">show in the contract</a></div>']
    if detail == "legal":
        cues = ", ".join(evidence.cues)
        parts.append(f'<div class="legal">rule {_esc(evidence.rule)} \u00b7 cues: {_esc(cues)} '
                     f"\u00b7 characters {evidence.start}\u2013{evidence.end}</div>")
    return "".join(parts)


def _link_html(source: str, url: str) -> str:
    """Return a reference as a link (only http(s) addresses become links)."""
    href = safe_url(url)
    if href is None:
        return _esc(source)
    return f'<a href="{_esc(href)}" rel="noopener noreferrer">{_esc(source)}</a>'


def _esc(text: str) -> str:
    """Escape text for HTML element content and attribute values."""
    return html.escape(text, quote=True)


def _clean(text: str) -> str:
    """Replace control and bidi characters (not newlines, tabs, form feeds) with spaces."""
    return _CONTROL_CHARS.sub(" ", text)


# --- Markdown report --------------------------------------------------------------------------


def report_to_markdown(report: Report, *, meanings: Meanings | None = None,
                       detail: str = "plain") -> str:
    """Return one report as Markdown."""
    return reports_to_markdown([report], meanings=meanings, detail=detail)


def reports_to_markdown(outcomes: Sequence[Outcome], *, meanings: Meanings | None = None,
                        detail: str = "plain") -> str:
    """Return the reports as one Markdown document; all contract text is escaped."""
    lines = [f"# {HTML_TITLE}", "", f"_{escape_markdown(DISCLAIMER)}_", ""]
    reports = [o for o in outcomes if isinstance(o, Report)]
    if len(outcomes) > 1 and reports:
        lines += ["## Comparison", "", *_markdown_table(comparison_rows(reports)), ""]
    for outcome in outcomes:
        if isinstance(outcome, FailedDocument):
            lines += [f"## {escape_markdown(outcome.name)}", "",
                      f"This file could not be read: {escape_markdown(outcome.error.message)}",
                      ""]
        else:
            lines += _report_markdown(outcome, meanings, detail)
    lines += [f"_{escape_markdown(PRIVACY_NOTE)}_", ""]
    return "\n".join(lines)


def _markdown_table(rows: Sequence[Mapping[str, str]]) -> list[str]:
    """Return a pipe table; cells are escaped (pipes included)."""
    if not rows:
        return []
    columns = list(rows[0])
    out = ["| " + " | ".join(escape_markdown(c) for c in columns) + " |",
           "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(escape_markdown(row.get(c, "")) for c in columns) + " |"
            for row in rows]
    return out


def _report_markdown(report: Report, meanings: Meanings | None, detail: str) -> list[str]:
    """Return the Markdown lines of one contract."""
    document = report.document
    pages = f", {document.page_count} pages" if document.page_count else ""
    packs = ", ".join(f"{pack} {version}" for pack, version in report.rule_packs)
    lines = [f"## {escape_markdown(document.name)}", "",
             f"{escape_markdown(document.format.upper() + pages)} · rule packs: "
             f"{escape_markdown(packs)}", ""]
    if document.warnings:
        lines += ["### Reading problems (results may be incomplete)", ""]
        for warning in document.warnings:
            where = f"Page {warning.page}: " if warning.page is not None else ""
            lines.append(f"- {escape_markdown(where + warning.message)}")
        lines.append("")
    lines += [f"**Verdict:** {escape_markdown(report.verdict)}", "",
              f"**AI and digital replicas:** {escape_markdown(_ai_sentence(report))}", ""]
    if detail == "legal":
        lines += [f"Score {report.score} · sha256 `{document.sha256}`", ""]
    core, others = ordered_requirements(report)
    lines += ["### Your protections", ""]
    for result in core:
        lines += _card_markdown(result, meanings, detail)
    if others:
        lines += ["### More protections", ""]
        for result in others:
            lines += _card_markdown(result, meanings, detail)
    lines += ["### Red flags", ""]
    if not report.red_flags:
        lines += ["None found.", ""]
    for flag in report.red_flags:
        lines += [f"#### {escape_markdown(flag.severity.upper())} · {escape_markdown(flag.title)}",
                  ""]
        for evidence in flag.evidence if detail == "legal" else flag.evidence[:1]:
            lines += _quote_markdown(evidence, detail)
        if flag.explanation:
            lines += [escape_markdown(flag.explanation), ""]
    return lines


def _card_markdown(result: RequirementResult, meanings: Meanings | None,
                   detail: str) -> list[str]:
    """Return the Markdown lines of one protection."""
    kind = "AI-specific" if result.ai_specific else "general clause only"
    lines = [f"#### {status_text(result.status)} · {escape_markdown(result.title)} ({kind})", ""]
    meaning = meaning_of(meanings, result)
    if meaning:
        lines += [f"**What it means for you:** {escape_markdown(meaning)}", ""]
    shown = result.evidence if detail == "legal" else result.evidence[:1]
    if not shown:
        lines += ["_No clause in the contract gives this._", ""]
    for evidence in shown:
        lines += _quote_markdown(evidence, detail)
    if result.reasons:
        lines += ["**Why:**", "", *[f"- {escape_markdown(r)}" for r in result.reasons], ""]
    if result.recommendation and result.status != "present":
        lines += [f"**What to ask for:** {escape_markdown(result.recommendation)}", ""]
    if result.references:
        lines += ["**The law and guidance behind it:**", ""]
        for reference in result.references:
            href = safe_url(reference.url)
            source = escape_markdown(reference.source)
            lines.append(f"- [{source}](<{href}>)" if href and ">" not in href
                         and " " not in href else f"- {source}")
        lines.append("")
    return lines


def _quote_markdown(evidence: Evidence, detail: str) -> list[str]:
    """Return an escaped block quote with its clause and page."""
    where = location_phrase(evidence.clause, evidence.page, evidence.heading)
    lines = [f"> {escape_markdown(evidence.quote)}"]
    if where:
        lines.append(f"> \u2014 _{escape_markdown(where)}_")
    if detail == "legal":
        lines.append(f">  \n> rule {escape_markdown(evidence.rule)} · cues: "
                     f"{escape_markdown(', '.join(evidence.cues))}")
    return [*lines, ""]
