"""The Streamlit page for models and performers: upload a contract, read the verdict.

A thin page over the library: :func:`analyse_bytes` hands the file's bytes (held in memory, never
written to disk) to :func:`analyser.pipeline.analyse`; everything else here only displays the
report. Contract text is shown with Markdown escaped or as plain text, never as HTML.

Run with ``make app`` or ``likeness app``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from analyser.errors import AnalyserError
from analyser.model import Evidence, RedFlag, Report, RequirementResult
from analyser.pipeline import Pipeline, analyse, load_pipeline
from analyser.report import DISCLAIMER, location_phrase, report_to_json, shorten_quote
from analyser.rules import DEFAULT_PACKS, available_packs

__all__ = [
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
QUOTE_LIMIT = 400
REASONS_SHOWN = 4

_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


# --- library calls ----------------------------------------------------------------------------


@st.cache_resource(show_spinner="Loading the rules…")
def get_pipeline(packs: tuple[str, ...]) -> Pipeline:
    """Return the loaded pipeline for ``packs``, built once per process."""
    return load_pipeline(packs)


def analyse_bytes(data: bytes, name: str, packs: tuple[str, ...]) -> Report | AnalyserError:
    """Analyse a file held in memory; return its report or the reason it cannot be read."""
    try:
        return analyse(data, name, pipeline=get_pipeline(packs))
    except AnalyserError as error:
        return error


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
    """Draw the page: inputs, then the report of the chosen contract."""
    st.set_page_config(page_title="Likeness contract check", page_icon="🛡️")
    st.title(TITLE)
    st.write(PRIVACY_LINE)
    packs = _chosen_packs()
    chosen = _chosen_file()
    if chosen is not None:
        name, data = chosen
        _show_outcome(name, analyse_bytes(data, name, packs))
    st.caption(DISCLAIMER)


def _chosen_packs() -> tuple[str, ...]:
    """Return the rule packs to apply: the defaults plus any the user adds in the sidebar."""
    extra = [pack for pack in available_packs() if pack not in DEFAULT_PACKS]
    if not extra:
        return tuple(DEFAULT_PACKS)
    chosen = st.sidebar.multiselect(
        "Also check against (laws and agreements)", extra, key="packs",
        help="The baseline checks always run; these add the rules of one law or agreement.",
    )
    return (*DEFAULT_PACKS, *chosen)


def _chosen_file() -> tuple[str, bytes] | None:
    """Return the name and bytes of the uploaded file, or of the chosen sample, if any."""
    upload = st.file_uploader("Upload your contract (PDF, Word or text)", type=UPLOAD_TYPES)
    samples = bundled_samples()
    sample_name = NO_SAMPLE
    if samples:
        sample_name = st.selectbox(
            "…or try a bundled sample", [NO_SAMPLE] + [p.name for p in samples], key="sample"
        )
    if upload is not None:
        return upload.name, upload.getvalue()
    if sample_name != NO_SAMPLE:
        return sample_name, (SAMPLES_DIR / sample_name).read_bytes()
    return None


def _show_outcome(name: str, outcome: Report | AnalyserError) -> None:
    """Show the report of ``name``, or the reason it could not be read."""
    if isinstance(outcome, AnalyserError):
        reason = escape_markdown(outcome.message)
        st.error(f"**{escape_markdown(name)}** could not be read: {reason}")
        return
    _show_warnings(outcome)
    _show_verdict(outcome)
    st.subheader("Your protections")
    for result in outcome.requirements:
        _show_requirement(result)
    _show_red_flags(outcome.red_flags)
    st.download_button(
        "Download the full report (JSON)",
        data=report_to_json(outcome),
        file_name=f"{Path(name).stem or 'contract'}.likeness.json",
        mime="application/json",
    )


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


def _show_requirement(result: RequirementResult) -> None:
    """Show one protection as a card: status, AI-specific or not, quote, reasons, advice."""
    with st.container(border=True):
        badge = STATUS_BADGES.get(result.status, escape_markdown(result.status))
        kind = "AI-specific" if result.ai_specific else "general clause only"
        st.markdown(f"#### {badge} · {escape_markdown(result.title)}")
        st.caption(kind)
        if result.evidence:
            st.markdown(_quote_markdown(result.evidence[0]))
        else:
            st.markdown("_No clause in the contract gives this._")
        _show_reasons(result.reasons)
        if result.status != "present" and result.recommendation:
            st.markdown(f"**Advice:** {escape_markdown(result.recommendation)}")


def _show_reasons(reasons: Sequence[str]) -> None:
    """Show the first reasons as a list and the rest folded away."""
    shown, folded = reasons[:REASONS_SHOWN], reasons[REASONS_SHOWN:]
    if shown:
        st.markdown("\n".join(f"- {escape_markdown(reason)}" for reason in shown))
    if folded:
        with st.expander(f"{len(folded)} more reason{'s' if len(folded) != 1 else ''}"):
            st.markdown("\n".join(f"- {escape_markdown(reason)}" for reason in folded))


def _show_red_flags(flags: Sequence[RedFlag]) -> None:
    """Show every risky term with the words that triggered it."""
    st.subheader("Red flags")
    if not flags:
        st.write("None found.")
        return
    for flag in flags:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(flag.severity.upper())}** · "
                        f"{escape_markdown(flag.title)}")
            if flag.evidence:
                st.markdown(_quote_markdown(flag.evidence[0]))
            if flag.explanation:
                st.markdown(escape_markdown(flag.explanation))


def _quote_markdown(evidence: Evidence) -> str:
    """Return the quote as an escaped Markdown block quote with its clause and page."""
    where = location_phrase(evidence.clause, evidence.page)
    quote = escape_markdown(shorten_quote(evidence.quote, QUOTE_LIMIT))
    return f"> {quote}" + (f"  \n> — _{escape_markdown(where)}_" if where else "")


if __name__ == "__main__":  # Streamlit runs the page as __main__; tests may import it
    main()
