"""Extraction fidelity (DESIGN.md §8): documents generated from known text come back word for word.

The corpus (:mod:`benchmarks.corpus`) renders contract sources as PDFs with running headers, page
numbers, hyphenation, ligatures, two columns and tables, and as DOCX with Word numbering, tables,
header and footer. Each engine's word-level similarity to the source is checked and printed
(``pytest -s tests/test_fidelity.py`` shows the table).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from analyser.parsers import parse
from analyser.parsers.pdf import resolve_engine
from benchmarks.corpus import (
    DEFAULT_SOURCES,
    PDF_VARIANTS,
    CorpusDocument,
    build_corpus,
    similarity,
    words,
)

FIDELITY_BAR = 0.99
SLOW_ENGINE_SOURCES = DEFAULT_SOURCES[:3]

_results: dict[tuple[str, str], list[float]] = defaultdict(list)


@pytest.fixture(scope="module")
def corpus() -> list[CorpusDocument]:
    return list(build_corpus(DEFAULT_SOURCES))


def _score(document: CorpusDocument, engine: str) -> float:
    parsed = parse(document.data, document.name, engine=engine)
    assert "\r" not in parsed.text
    score = similarity(document.expected, words(parsed.text))
    _results[(engine, document.variant)].append(score)
    return score


def test_default_engine_is_the_fast_one() -> None:
    assert resolve_engine("auto") == "pdfium"


@pytest.mark.parametrize("variant", [*PDF_VARIANTS, "docx"])
def test_default_engine_fidelity(corpus: list[CorpusDocument], variant: str) -> None:
    scores = {d.name: _score(d, "auto") for d in corpus if d.variant == variant}
    assert scores
    assert min(scores.values()) >= FIDELITY_BAR, scores


@pytest.mark.parametrize("variant", [*PDF_VARIANTS])
def test_pdfplumber_engine_fidelity(corpus: list[CorpusDocument], variant: str) -> None:
    documents = [d for d in corpus if d.variant == variant and d.source in SLOW_ENGINE_SOURCES]
    scores = {d.name: _score(d, "pdfplumber") for d in documents}
    assert min(scores.values()) >= FIDELITY_BAR, scores


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_engines_agree_on_page_spans(corpus: list[CorpusDocument], engine: str) -> None:
    document = next(d for d in corpus if d.variant == "pdf_columns")
    parsed = parse(document.data, document.name, engine=engine)
    chunks = parsed.text.split("\f")
    assert len(chunks) == len(parsed.pages)
    for page, chunk in zip(parsed.pages, chunks, strict=True):
        assert parsed.text[page.start : page.end] == chunk
    assert [w.code for w in parsed.warnings] == ["headers_removed"]


def test_report_fidelity_per_engine() -> None:
    """Print the lowest and mean similarity per engine and variant (run last in this module)."""
    lines = [f"{'engine':<12} {'variant':<16} {'docs':>4} {'min':>7} {'mean':>7}"]
    for (engine, variant), scores in sorted(_results.items()):
        mean = sum(scores) / len(scores)
        lines.append(f"{engine:<12} {variant:<16} {len(scores):4d} {min(scores):7.4f} {mean:7.4f}")
    print("\n" + "\n".join(lines))
    assert _results
