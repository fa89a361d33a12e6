"""PDF extraction speed: the analyser's parser against the bare libraries, in one run.

Extracts the PDFs of the fidelity corpus (:mod:`benchmarks.corpus`) with

* ``parse()`` with the default engine (what the analyser does: layout, header removal, ...),
* ``parse(engine="pdfplumber")`` (the other supported engine), unless ``--quick``,
* bare pypdfium2 ``get_text_range()`` (the speed limit),
* bare pdfplumber ``extract_text()``,

and prints pages per second for each, the ratio of each to bare pypdfium2, and the word-level
fidelity of each against the known source text, for the standard corpus (what the issue asks
for) and, separately, the stress corpus (two columns drawn row by row, read from character
positions). Run ``python benchmarks/extract_speed.py`` (``--quick`` skips the analyser's
pdfplumber run). Timings are wall-clock: run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from analyser.parsers import parse  # noqa: E402
from analyser.parsers.pdf import resolve_engine  # noqa: E402
from benchmarks.corpus import (  # noqa: E402
    DEFAULT_SOURCES,
    PDF_VARIANTS,
    STANDARD_PDF_VARIANTS,
    STRESS_PDF_VARIANTS,
    CorpusDocument,
    build_corpus,
    similarity,
    words,
)

Extractor = Callable[[CorpusDocument], tuple[str, int]]
TARGET_RATIO = 3.0


def analyser_default(document: CorpusDocument) -> tuple[str, int]:
    parsed = parse(document.data, document.name)
    return parsed.text, len(parsed.pages)


def analyser_pdfplumber(document: CorpusDocument) -> tuple[str, int]:
    parsed = parse(document.data, document.name, engine="pdfplumber")
    return parsed.text, len(parsed.pages)


def analyser_pdfium(document: CorpusDocument) -> tuple[str, int]:
    parsed = parse(document.data, document.name, engine="pdfium")
    return parsed.text, len(parsed.pages)


def pdfium_page_texts(source: bytes | str) -> list[str]:
    """The bare limit: each page's text straight from pypdfium2 (PDF bytes or a path)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(source)
    texts = []
    for page in pdf:
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return texts


def bare_pdfium(document: CorpusDocument) -> tuple[str, int]:
    texts = pdfium_page_texts(document.data)
    return "\f".join(texts), len(texts)


def bare_pdfplumber(document: CorpusDocument) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(document.data)) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    return "\f".join(texts), len(texts)


def measure(
    extract: Extractor, documents: Sequence[CorpusDocument], repeat: int
) -> tuple[float, float]:
    """Return (pages per second, lowest word similarity) over ``repeat`` passes."""
    pages = 0
    texts: list[str] = []
    elapsed = 0.0
    for _ in range(repeat):
        texts = []
        start = time.perf_counter()
        for document in documents:
            text, count = extract(document)
            pages += count
            texts.append(text)
        elapsed += time.perf_counter() - start
    worst = min(
        similarity(document.expected, words(text))
        for document, text in zip(documents, texts, strict=True)
    )
    return pages / elapsed, worst


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (default 3)")
    parser.add_argument("--quick", action="store_true", help="skip the analyser's pdfplumber run")
    args = parser.parse_args(argv)
    corpus = [d for d in build_corpus(DEFAULT_SOURCES) if d.variant in PDF_VARIANTS]
    default = resolve_engine("auto")
    for title, variants in (
        ("standard corpus", STANDARD_PDF_VARIANTS),
        ("stress corpus", STRESS_PDF_VARIANTS),
    ):
        documents = [d for d in corpus if d.variant in variants]
        pages = sum(bare_pdfium(d)[1] for d in documents)
        print(f"\n{title}: {len(documents)} PDFs, {pages} pages ({', '.join(variants)})")
        _compare(documents, default, args.repeat, args.quick)
    return 0


def _compare(documents: list[CorpusDocument], default: str, repeat: int, quick: bool) -> None:
    """Print pages/s, ratio to bare pypdfium2 and fidelity for each extractor on ``documents``."""
    runs: list[tuple[str, Extractor, int]] = [
        ("bare pypdfium2 get_text_range()", bare_pdfium, repeat),
        (f"analyser parse() default ({default})", analyser_default, repeat),
        ("bare pdfplumber extract_text()", bare_pdfplumber, 1),
    ]
    if not quick:
        other = "pdfplumber" if default == "pdfium" else "pdfium"
        extractor = analyser_pdfplumber if other == "pdfplumber" else analyser_pdfium
        runs.append((f"analyser parse() engine={other}", extractor, 1))
    results = [(label, *measure(extract, documents, count)) for label, extract, count in runs]
    limit = results[0][1]
    print(f"{'extractor':<42} {'pages/s':>9} {'x slower':>9} {'min fidelity':>13}")
    for label, rate, worst in results:
        print(f"{label:<42} {rate:9.1f} {limit / rate:9.2f} {worst:13.4f}")
    ratio = limit / results[1][1]
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"default engine: {ratio:.2f}x bare pypdfium2 ({verdict} the {TARGET_RATIO:g}x target)")


if __name__ == "__main__":
    raise SystemExit(main())
