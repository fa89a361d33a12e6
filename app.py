"""The Streamlit page for models and performers: upload contracts, read the verdict, download.

A thin page over the library: the files' bytes (held in memory, never written to disk) go to
:func:`analyser.pipeline.analyse`; the page only displays the reports, using the library's
renderers (:mod:`analyser.render`, :mod:`analyser.report`, :mod:`analyser.annotate`). The loaded
pipeline is cached per set of rule packs and reading (with the learned refiner or by the rules
alone); reports are cached in the session by (sha256, name, packs, reading), so choosing settings
or re-uploading the same file is instant.

Contract text is shown with Markdown escaped, or as escaped HTML in the highlighted full text;
never as live HTML or Markdown.

Run with ``make app`` or ``likeness app``.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import cast

import altair as alt
import streamlit as st

from analyser.annotate import annotate_docx
from analyser.corpus import (
    MIN_GROUP,
    Corpus,
    breakdown_rows,
    build_corpus,
    contract_rows,
    corpus_to_csv,
    corpus_to_html,
    corpus_to_markdown,
    flag_rows,
    parse_metadata,
    protection_rows,
    summary_sentences,
)
from analyser.errors import AnalyserError
from analyser.model import Evidence, RedFlag, Report, RequirementResult
from analyser.pipeline import Pipeline, analyse, load_pipeline
from analyser.render import (
    FULLTEXT_CSS,
    STATUS_COLOURS,
    anchor_id,
    comparison_rows,
    coverage_counts,
    highlighted_text_html,
    meaning_of,
    ordered_requirements,
    report_to_html,
    report_to_markdown,
    requirement_meanings,
    safe_url,
)
from analyser.report import (
    DISCLAIMER,
    error_to_dict,
    location_phrase,
    report_to_dict,
    report_to_json,
    reports_to_csv,
    shorten_quote,
)
from analyser.results import iter_jsonl_lines, results_to_csv, results_to_xlsx
from analyser.rules import DEFAULT_PACKS, available_packs, load_packs

__all__ = [
    "DOWNLOAD_LABELS",
    "PRIVACY_LINE",
    "SAMPLE_SUFFIXES",
    "STATUS_BADGES",
    "UPLOAD_TYPES",
    "analyse_bytes",
    "bundled_samples",
    "escape_markdown",
    "get_pipeline",
    "main",
]

TITLE = "Does your contract protect your likeness from AI?"
PRIVACY_LINE = "Your contract is analysed on this computer; it is never uploaded anywhere."
UPLOAD_TYPES = ["pdf", "docx", "txt", "md"]
SAMPLE_SUFFIXES = (".pdf", ".docx", ".txt")
SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
NO_SAMPLE = "(none)"
STATUS_BADGES = {
    "present": ":green[✅ Present]",
    "weak": ":orange[⚠️ Weak]",
    "missing": ":red[❌ Missing]",
}
DETAIL_CHOICES = {"plain": "Plain language", "legal": "Legal detail (rule ids, cues, every quote)"}
DOWNLOAD_LABELS = {
    "json": "Download the full report (JSON)",
    "csv": "Download the table (CSV)",
    "html": "Download the report to print or share (HTML)",
    "markdown": "Download the report (Markdown)",
    "docx": "Download your contract with comments (Word)",
}
QUOTE_LIMIT = 400
REASONS_SHOWN = 4
REPORT_CACHE_SIZE = 32
WARM_UP_TEXT = (
    "1. Consent. The Company shall not create a digital replica of the Model without the "
    "Model's prior written consent, and shall pay the Model a fee for each use.\n"
)
SESSION_REPORTS = "_likeness_reports"
SESSION_ANNOTATED = "_likeness_annotated"
SESSION_BATCH = "_likeness_batch"

_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


class InternalError(AnalyserError):
    """An unexpected failure while reading one file; the other files still run."""

    code = "internal"


# --- library calls ----------------------------------------------------------------------------


@st.cache_resource(show_spinner="Loading the rules…")
def get_pipeline(packs: tuple[str, ...], learned: bool = True) -> Pipeline:
    """Return the loaded pipeline for ``packs`` (with the learned status refiner, or by the
    rules alone), built once per process and warmed up.

    One tiny analysis loads what spaCy loads lazily, so the user's first contract is fast too.
    """
    pipeline = load_pipeline(packs, learned=learned)
    with contextlib.suppress(AnalyserError):
        analyse(WARM_UP_TEXT.encode(), "warm-up.txt", pipeline=pipeline)
    return pipeline


@st.cache_resource(show_spinner=False)
def get_meanings(packs: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Return what each status of each protection means, from the loaded packs."""
    return requirement_meanings(get_pipeline(packs))


@st.cache_resource(show_spinner=False)
def pack_titles() -> dict[str, str]:
    """Return the title of every shipped rule pack, by id."""
    try:
        return {pack.id: pack.title for pack in load_packs(available_packs())}
    except AnalyserError:
        return {}


def _reading(learned: bool) -> str:
    """How a report was read, as part of a cache key."""
    return "learned" if learned else "rules"


def _session_cache(name: str) -> dict[tuple[str, ...], object]:
    """Return a small per-session cache (a plain dict when there is no Streamlit session)."""
    try:
        cache = st.session_state.setdefault(name, {})
    except Exception:  # noqa: BLE001 - imported outside ``streamlit run`` (tests, tools)
        return {}
    assert isinstance(cache, dict)
    return cache


def analyse_bytes(
    data: bytes, name: str, packs: tuple[str, ...], learned: bool = True
) -> Report | AnalyserError:
    """Analyse a file held in memory; return its report or the reason it cannot be read.

    Results are cached in the session by (sha256, name, packs, learned): the same file is
    analysed once.
    """
    key = (hashlib.sha256(data).hexdigest(), name, *packs, _reading(learned))
    cache = _session_cache(SESSION_REPORTS)
    cached = cache.get(key)
    if isinstance(cached, Report | AnalyserError):
        return cached
    outcome: Report | AnalyserError
    try:
        outcome = analyse(data, name, pipeline=get_pipeline(packs, learned))
    except AnalyserError as error:
        outcome = error
    except Exception:  # noqa: BLE001 - one bad file must not stop the others
        outcome = InternalError(name, "something went wrong while reading this file; the other "
                                      "files were still checked")
    while len(cache) >= REPORT_CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = outcome
    return outcome


def annotated_contract(data: bytes, report: Report) -> bytes | None:
    """Return the Word contract with comments (cached per session, by what the report says: the
    same file read by the rules alone or with the refiner gets its own); None if it cannot be
    made."""
    key = (report.document.sha256, hashlib.sha256(report_to_json(report).encode()).hexdigest())
    cache = _session_cache(SESSION_ANNOTATED)
    cached = cache.get(key)
    if isinstance(cached, bytes):
        return cached
    try:
        annotated = annotate_docx(data, report)
    except Exception:  # noqa: BLE001 - the other downloads still work
        return None
    while len(cache) >= REPORT_CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = annotated
    return annotated


def bundled_samples(folder: Path = SAMPLES_DIR) -> list[Path]:
    """Return the sample contracts shipped beside the page (empty when there are none)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)


def escape_markdown(text: str) -> str:
    """Return ``text`` with every Markdown/HTML special character escaped and on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


# --- page -------------------------------------------------------------------------------------


def main() -> None:
    """Draw the page: settings, inputs, then the reports of the chosen contracts."""
    st.set_page_config(page_title="Likeness contract check", page_icon="🛡️")
    st.title(TITLE)
    st.write(PRIVACY_LINE)
    packs, detail, learned = _settings()
    single, batch = st.tabs(["Check your contracts", "Batch report (many contracts)"])
    with single:
        files = _chosen_files()
        # load the rules while the user picks a file (cached per process)
        get_pipeline(packs, learned)
        if files:
            outcomes = _analyse_all(files, packs, learned)
            _show_outcomes(files, outcomes, packs, detail)
    with batch:
        _batch_tab(packs, learned)
    st.caption(DISCLAIMER)


def _settings() -> tuple[tuple[str, ...], str, bool]:
    """Return the rule packs to apply, the detail level and whether the learned second reading is
    used, chosen in the sidebar."""
    st.sidebar.header("Settings")
    extra = [pack for pack in available_packs() if pack not in DEFAULT_PACKS]
    packs = tuple(DEFAULT_PACKS)
    if extra:
        titles = pack_titles()
        chosen = st.sidebar.multiselect(
            "Also check against (laws and agreements)", extra, key="packs",
            format_func=lambda pack: titles.get(pack, pack),
            help="The baseline checks always run; these add the rules of one law or agreement.",
        )
        packs = (*DEFAULT_PACKS, *chosen)
    detail = st.sidebar.radio("Detail", list(DETAIL_CHOICES), key="detail",
                              format_func=lambda level: DETAIL_CHOICES.get(level, level))
    learned = st.sidebar.checkbox(
        "Learned second reading", value=True, key="learned",
        help="A small classifier, trained on labelled contracts, reads each protection again and "
             "may change the rules' status when it is confident; the report then says so and "
             "quotes the sentences it weighed. Untick to see the rules' reading alone.",
    )
    return packs, str(detail or "plain"), bool(learned)


def _chosen_files() -> list[tuple[str, bytes]]:
    """Return the name and bytes of every uploaded file, or of the chosen sample."""
    uploads = st.file_uploader("Upload your contract (PDF, Word or text); several files to "
                               "compare them", type=UPLOAD_TYPES, accept_multiple_files=True,
                               key="upload")
    samples = bundled_samples()
    sample_name = NO_SAMPLE
    if samples:
        sample_name = st.selectbox(
            "…or try a bundled sample", [NO_SAMPLE] + [p.name for p in samples], key="sample"
        )
    if uploads:
        return [(upload.name, upload.getvalue()) for upload in uploads]
    if sample_name != NO_SAMPLE:
        return [(sample_name, (SAMPLES_DIR / sample_name).read_bytes())]
    return []


def _analyse_all(files: Sequence[tuple[str, bytes]], packs: tuple[str, ...],
                 learned: bool = True) -> list[Report | AnalyserError]:
    """Analyse every file, showing progress; a file that cannot be read does not stop the rest."""
    progress = st.progress(0.0, text="Reading your contract…")
    outcomes = []
    for number, (name, data) in enumerate(files, start=1):
        progress.progress((number - 1) / len(files),
                          text=f"Reading {escape_markdown(name)} ({number} of {len(files)})…")
        outcomes.append(analyse_bytes(data, name, packs, learned))
    progress.empty()
    return outcomes


def _show_outcomes(files: Sequence[tuple[str, bytes]], outcomes: Sequence[Report | AnalyserError],
                   packs: tuple[str, ...], detail: str) -> None:
    """Show errors in words, then one report, or a comparison and one tab per contract."""
    for (name, _), outcome in zip(files, outcomes, strict=True):
        if isinstance(outcome, AnalyserError):
            reason = escape_markdown(outcome.message)
            st.error(f"**{escape_markdown(name)}** could not be read: {reason}")
    readable = [(name, data, outcome) for (name, data), outcome in zip(files, outcomes,
                                                                         strict=True)
                if isinstance(outcome, Report)]
    if not readable:
        return
    meanings = get_meanings(packs)
    if len(readable) == 1:
        name, data, report = readable[0]
        _show_report(report, data, "", meanings, detail)
        return
    reports = [report for _, _, report in readable]
    _show_comparison(reports)
    tabs = st.tabs([escape_markdown(name) for name, _, _ in readable])
    for index, (tab, (_, data, report)) in enumerate(zip(tabs, readable, strict=True)):
        with tab:
            _show_report(report, data, f"d{index}-", meanings, detail)


def _show_comparison(reports: Sequence[Report]) -> None:
    """Show a table of every protection per contract and a chart of how often each is there."""
    st.subheader("Your contracts side by side")
    st.dataframe(comparison_rows(reports), hide_index=True)
    st.markdown("**How many of your contracts give each protection**")
    st.altair_chart(coverage_chart(coverage_counts(reports)), width="stretch")
    st.download_button(DOWNLOAD_LABELS["csv"] + " for all contracts",
                       data=reports_to_csv(reports), file_name="contracts.likeness.csv",
                       mime="text/csv", key="csv-all")


def coverage_chart(counts: Mapping[str, Mapping[str, int]]) -> alt.Chart:
    """Return a stacked bar per protection (in report order): contracts present, weak, missing."""
    statuses = ("present", "weak", "missing")
    rows = [{"Protection": title, "Status": status.capitalize(), "Contracts": row.get(status, 0),
             "rank": rank}
            for title, row in counts.items() for rank, status in enumerate(statuses)]
    chart = (
        alt.Chart({"values": rows})
        .mark_bar()
        .encode(
            y=alt.Y("Protection:N", sort=list(counts), axis=alt.Axis(title=None, labelLimit=360)),
            x=alt.X("Contracts:Q", axis=alt.Axis(title="Contracts", tickMinStep=1)),
            color=alt.Color("Status:N", scale=alt.Scale(
                domain=[s.capitalize() for s in statuses],
                range=[STATUS_COLOURS[s] for s in statuses]), legend=alt.Legend(orient="bottom")),
            order=alt.Order("rank:Q"),
            tooltip=["Protection:N", "Status:N", "Contracts:Q"],
        )
    )
    return cast("alt.Chart", chart)


def _show_report(report: Report, data: bytes, prefix: str,
                 meanings: Mapping[str, Mapping[str, str]], detail: str) -> None:
    """Show one contract: warnings, verdict, protections, red flags, text, downloads."""
    _show_warnings(report)
    _show_verdict(report)
    core, others = ordered_requirements(report)
    st.subheader("Your protections")
    for result in core:
        _show_requirement(result, prefix, meanings, detail)
    if others:
        weak_or_missing = sum(1 for r in others if r.status != "present")
        with st.expander(f"More protections ({len(others)}, {weak_or_missing} weak or missing)",
                         expanded=False):
            for result in others:
                _show_requirement(result, prefix, meanings, detail)
    _show_red_flags(report.red_flags, prefix, detail)
    st.subheader("The full text, findings highlighted")
    st.caption("Green: a protection · amber: a weak one · red: a red flag or a term that takes "
               "a protection away · blue: AI is mentioned. The links on the cards jump here.")
    with st.container(height=520):
        st.html(f"<style>{FULLTEXT_CSS}</style>" + highlighted_text_html(report, prefix))
    _show_downloads(report, data, prefix, meanings, detail)


def _show_warnings(report: Report) -> None:
    """Show extraction problems first: they say how far the results can be trusted."""
    for warning in report.document.warnings:
        where = f"Page {warning.page}: " if warning.page is not None else ""
        st.warning(f"{where}{escape_markdown(warning.message)}")


def _show_verdict(report: Report) -> None:
    """Show the verdict, coloured by the worst status, and whether AI is addressed at all."""
    verdict = escape_markdown(report.verdict)
    if report.missing:
        st.error(verdict)
    elif report.weak:
        st.warning(verdict)
    else:
        st.success(verdict)
    if report.ai_addressed:
        st.markdown("**AI and digital replicas:** the contract speaks about them.")
    else:
        st.markdown("**AI and digital replicas:** the contract never mentions them; a broad grant "
                    "of rights can be read to allow AI uses.")


def _show_requirement(result: RequirementResult, prefix: str,
                      meanings: Mapping[str, Mapping[str, str]], detail: str) -> None:
    """Show one protection as a card: status, meaning, quote, why, what to ask for, the law."""
    with st.container(border=True):
        badge = STATUS_BADGES.get(result.status, escape_markdown(result.status))
        kind = "AI-specific" if result.ai_specific else "general clause only"
        st.markdown(f"#### {badge} · {escape_markdown(result.title)}")
        st.caption(kind)
        meaning = meaning_of(meanings, result)
        if meaning:
            st.markdown(f"**What it means for you:** {escape_markdown(meaning)}")
        shown = result.evidence if detail == "legal" else result.evidence[:1]
        for index, evidence in enumerate(shown):
            st.markdown(_quote_markdown(evidence, anchor_id(prefix, "req", result.id, index)))
            if detail == "legal":
                st.markdown(_legal_markdown(evidence))
        if not shown:
            st.markdown("_No clause in the contract gives this._")
        _show_reasons(result.reasons)
        if result.status != "present" and result.recommendation:
            st.markdown(f"**What to ask for:** {escape_markdown(result.recommendation)}")
        if result.references:
            st.markdown("**The law and guidance behind it:**\n"
                        + "\n".join(f"- {_link_markdown(r.source, r.url)}"
                                    for r in result.references))


def _show_reasons(reasons: Sequence[str]) -> None:
    """Show the first reasons as a list and the rest folded away."""
    shown, folded = reasons[:REASONS_SHOWN], reasons[REASONS_SHOWN:]
    if shown:
        st.markdown("**Why:**\n" + "\n".join(f"- {escape_markdown(reason)}" for reason in shown))
    if folded:
        with st.expander(f"{len(folded)} more reason{'s' if len(folded) != 1 else ''}"):
            st.markdown("\n".join(f"- {escape_markdown(reason)}" for reason in folded))


def _show_red_flags(flags: Sequence[RedFlag], prefix: str, detail: str) -> None:
    """Show every risky term with the words that triggered it."""
    st.subheader("Red flags")
    if not flags:
        st.write("None found.")
        return
    for flag in flags:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(flag.severity.upper())}** · "
                        f"{escape_markdown(flag.title)}")
            shown = flag.evidence if detail == "legal" else flag.evidence[:1]
            for index, evidence in enumerate(shown):
                st.markdown(_quote_markdown(evidence, anchor_id(prefix, "flag", flag.id, index)))
                if detail == "legal":
                    st.markdown(_legal_markdown(evidence))
            if flag.explanation:
                st.markdown(escape_markdown(flag.explanation))


def _show_downloads(report: Report, data: bytes, prefix: str,
                    meanings: Mapping[str, Mapping[str, str]], detail: str) -> None:
    """Offer the report as JSON, CSV, HTML and Markdown, and a Word contract with comments."""
    st.subheader("Take it with you")
    stem = Path(report.document.name).stem or "contract"
    files: list[tuple[str, str | bytes, str, str]] = [
        ("json", report_to_json(report), f"{stem}.likeness.json", "application/json"),
        ("csv", reports_to_csv([report]), f"{stem}.likeness.csv", "text/csv"),
        ("html", report_to_html(report, meanings=meanings, detail=detail),
         f"{stem}.likeness.html", "text/html"),
        ("markdown", report_to_markdown(report, meanings=meanings, detail=detail),
         f"{stem}.likeness.md", "text/markdown"),
    ]
    if report.document.format == "docx":
        annotated = annotated_contract(data, report)
        if annotated is not None:
            files.append(("docx", annotated, f"{stem}.annotated.docx",
                          "application/vnd.openxmlformats-officedocument."
                          "wordprocessingml.document"))
    for kind, content, file_name, mime in files:
        st.download_button(DOWNLOAD_LABELS[kind], data=content, file_name=file_name, mime=mime,
                           key=f"{prefix}download-{kind}", on_click="ignore")


def _quote_markdown(evidence: Evidence, anchor: str) -> str:
    """Return the quote as an escaped block quote with its clause, page and a jump link."""
    where = location_phrase(evidence.clause, evidence.page, evidence.heading)
    quote = escape_markdown(shorten_quote(evidence.quote, QUOTE_LIMIT))
    place = f"_{escape_markdown(where)}_ · " if where else ""
    return f"> {quote}  \n> — {place}[show in the contract](#{anchor})"


def _legal_markdown(evidence: Evidence) -> str:
    """Return the rule and cue words behind a quote, for the legal detail level."""
    cues = ", ".join(evidence.cues)
    return (f"Rule {escape_markdown(evidence.rule)} · cues: {escape_markdown(cues)} · characters "
            f"{evidence.start}–{evidence.end}")


def _link_markdown(source: str, url: str) -> str:
    """Return a reference as a Markdown link; only http(s) addresses become links."""
    href = safe_url(url)
    text = escape_markdown(source)
    if href is None or any(ch in href for ch in " ()<>"):
        return text
    return f"[{text}]({href})"


# --- batch tab --------------------------------------------------------------------------------


def batch_outcomes(files: Sequence[tuple[str, bytes]], packs: tuple[str, ...],
                   learned: bool = True) -> list[dict[str, object]]:
    """Report or error objects for many files, cached in the session for this set of files."""
    key = (*(hashlib.sha256(data).hexdigest() + name for name, data in files), "|", *packs,
           _reading(learned))
    cache = _session_cache(SESSION_BATCH)
    cached = cache.get(key)
    if isinstance(cached, list):
        return cached
    progress = st.progress(0.0, text="Checking the contracts…")
    outcomes: list[dict[str, object]] = []
    pipeline = get_pipeline(packs, learned)
    for number, (name, data) in enumerate(files, start=1):
        progress.progress((number - 1) / len(files),
                          text=f"Checking {escape_markdown(name)} ({number} of {len(files)})…")
        try:
            outcomes.append(report_to_dict(analyse(data, name, pipeline=pipeline)))
        except AnalyserError as error:
            outcomes.append(error_to_dict(name, error))
        except Exception:  # noqa: BLE001 - one bad file must not stop the batch
            outcomes.append(error_to_dict(name, InternalError(
                name, "something went wrong while reading this file")))
    progress.empty()
    cache.clear()  # one batch at a time: contracts can be many
    cache[key] = outcomes
    return outcomes


def _batch_tab(packs: tuple[str, ...], learned: bool = True) -> None:
    """Many contracts at once: coverage, red flags, breakdowns, clause library, downloads."""
    st.write("Upload many contracts to see how often each protection is there, which red flags "
             "are common, and the best and worst real clauses. Everything stays on this computer.")
    uploads = st.file_uploader("Contracts (PDF, Word or text)", type=UPLOAD_TYPES,
                               accept_multiple_files=True, key="batch-upload")
    meta_upload = st.file_uploader(
        "Optional: a CSV with a 'file' column and columns to compare by (agency, brand, year…)",
        type=["csv"], key="batch-meta")
    anonymise = st.checkbox(
        "Anonymise (mask names, amounts, addresses and e-mails in quotes; hide groups of "
        f"fewer than {MIN_GROUP} contracts)", value=True, key="batch-anonymise")
    if not uploads:
        return
    files = [(upload.name, upload.getvalue()) for upload in uploads]
    outcomes = batch_outcomes(files, packs, learned)
    metadata = None
    if meta_upload is not None:
        try:
            metadata = parse_metadata(meta_upload.getvalue().decode("utf-8", "replace"),
                                      meta_upload.name)
        except AnalyserError as error:
            st.error(f"**{escape_markdown(meta_upload.name)}**: {escape_markdown(error.message)}")
    corpus = build_corpus(outcomes, metadata=metadata, anonymise=anonymise)
    _show_corpus(corpus)
    _batch_downloads(outcomes, corpus)


def _show_corpus(corpus: Corpus) -> None:
    """The corpus report on the page (the library's tables; quotes escaped)."""
    st.subheader("Across your contracts")
    for sentence in summary_sentences(corpus):
        st.write(escape_markdown(sentence))
    if corpus.errors:
        st.warning(f"{sum(corpus.errors.values())} file(s) could not be read: "
                   + escape_markdown(", ".join(f"{n} {c}" for c, n in corpus.errors.items())))
    if not corpus.analysed:
        return
    counts = {corpus.titles.get(r, r): {s: corpus.statuses[r].count(s)
                                        for s in ("present", "weak", "missing")}
              for r in corpus.requirements}
    st.altair_chart(coverage_chart(counts), width="stretch")
    st.dataframe(protection_rows(corpus), hide_index=True)
    if corpus.red_flags:
        st.subheader("Red flags")
        st.altair_chart(flag_chart(flag_rows(corpus)), width="stretch")
        st.dataframe(flag_rows(corpus), hide_index=True)
    for breakdown in corpus.breakdowns:
        st.subheader(f"By {escape_markdown(breakdown.column)}")
        if breakdown.groups:
            st.dataframe(breakdown_rows(corpus, breakdown), hide_index=True)
        if breakdown.withheld_groups:
            st.caption(f"{breakdown.withheld_groups} group(s) with fewer than {MIN_GROUP} "
                       "contracts are not shown, so that no contract can be singled out.")
    st.subheader("Clause library")
    for requirement in corpus.requirements:
        quotes = corpus.library.get(requirement, ())
        if not quotes:
            continue
        with st.expander(escape_markdown(corpus.titles.get(requirement, requirement))):
            for quote in quotes:
                label = "Best" if quote.kind == "best" else "Worst"
                st.markdown(f"**{label}** ({escape_markdown(quote.status)}, "
                            f"{quote.contracts} contract(s))\n\n> {escape_markdown(quote.quote)}")
    st.subheader("Each contract")
    st.dataframe(contract_rows(corpus), hide_index=True)


def flag_chart(rows: Sequence[Mapping[str, object]]) -> alt.Chart:
    """A bar per red flag: how many contracts contain it."""
    chart = (
        alt.Chart({"values": list(rows)})
        .mark_bar(color="#3b5b92")
        .encode(
            y=alt.Y("Red flag:N", sort="-x", axis=alt.Axis(title=None, labelLimit=360)),
            x=alt.X("Contracts:Q", axis=alt.Axis(title="Contracts", tickMinStep=1)),
            tooltip=["Red flag:N", "Contracts:Q", "Share %:Q"],
        )
    )
    return cast("alt.Chart", chart)


def _batch_downloads(outcomes: Sequence[Mapping[str, object]], corpus: Corpus) -> None:
    """Results (JSON Lines, CSV, Excel) and the corpus report (HTML, Markdown, CSV)."""
    st.subheader("Take it with you")
    files: list[tuple[str, str | bytes, str, str]] = [
        ("Results, one report per line (JSON Lines)", "".join(iter_jsonl_lines(outcomes)),
         "results.jsonl", "application/jsonl"),
        ("Results table (CSV)", results_to_csv(outcomes), "results.csv", "text/csv"),
        ("Results workbook (Excel)", results_to_xlsx(outcomes), "results.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("Corpus report to print or share (HTML)", corpus_to_html(corpus), "report.html",
         "text/html"),
        ("Corpus report (Markdown)", corpus_to_markdown(corpus), "report.md", "text/markdown"),
        ("Corpus figures (CSV)", corpus_to_csv(corpus), "report.csv", "text/csv"),
    ]
    for number, (label, content, file_name, mime) in enumerate(files):
        st.download_button(label, data=content, file_name=file_name, mime=mime,
                           key=f"batch-download-{number}", on_click="ignore")


if __name__ == "__main__":  # Streamlit runs the page as __main__; tests may import it
    main()
