"""Batch benchmark: the full ``likeness batch`` pipeline against the bare limits, in one run.

1. Generates a corpus (default 300 contracts: 2/3 PDF, 1/6 DOCX, 1/6 TXT; 2 to 40 pages, with
   several documents of exactly 2, 10 and 40 pages) from the contract sources in
   ``samples/src`` (:mod:`samples.docgen`), deterministically.
2. Measures the bare limit over the same files with the same number of processes: text
   extraction alone (pypdfium2 for PDF, python-docx paragraphs for DOCX, reading TXT) followed by
   spaCy's blank English tokenizer alone over that text. It is measured twice: with spaCy's
   tokenizer as it is, and with its cache primed as the pipeline primes it (spaCy 3.8 stops
   caching a text's chunks after its first special case; ``analyser.nlp.ChunkCachePrimer``), so
   the ratio can be read against either.
3. Runs ``likeness batch DIR --out results.jsonl --workers N`` as a subprocess (fresh store),
   sampling the resident memory of its whole process tree.
4. Prints pages per second, documents per second, peak memory, the ratio of the full pipeline to
   the limit, and the time per contract for 2, 10 and 40 pages (from the store's per-file times).

Pages are PDF pages as the parser counts them; a DOCX or TXT document counts the pages the same
text fills as a PDF (its source is rendered to PDF once to count them).

Run: ``python benchmarks/batch_speed.py [--count 300] [--workers 2] [--out DIR] [--pdf-only]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from samples.docgen import Block, build_docx, build_pdf, build_txt, parse_source  # noqa: E402

SOURCES = REPO_ROOT / "samples" / "src"
EXACT_PAGES = (2, 10, 40)


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    fmt: str
    pages: int


def _source_blocks() -> list[list[Block]]:
    """Every sample source's blocks (titles dropped after the first), in name order."""
    return [parse_source(p.read_text(encoding="utf-8")) for p in sorted(SOURCES.glob("*.txt"))]


def _blocks_for_pages(sources: list[list[Block]], start: int, pages: int,
                      chars_per_page: int) -> list[Block]:
    """Blocks from consecutive sources, starting at ``start``, about ``pages`` pages long."""
    wanted = pages * chars_per_page
    out: list[Block] = []
    size = 0
    index = start
    while size < wanted:
        for block in sources[index % len(sources)]:
            if out and block.kind == "title":
                continue
            out.append(block)
            size += len(block.text)
            if size >= wanted:
                break
        index += 1
    return out


def page_plan(count: int) -> list[int]:
    """Page counts from 2 to 40: a spread, plus five documents each of 2, 10 and 40 pages."""
    exact = [pages for pages in EXACT_PAGES for _ in range(5)]
    spread = [2 + (i * 7) % 39 for i in range(max(count - len(exact), 0))]
    return (exact + spread)[:count]


def build_corpus(folder: Path, count: int, pdf_only: bool) -> list[CorpusFile]:
    """Write the corpus into ``folder`` (or reuse the one there) and return its files.

    ``corpus.json`` beside the folder records what was built; the same count and kind reuse it.
    """
    import pypdfium2

    manifest = folder.parent / "corpus.json"
    wanted = {"count": count, "pdf_only": pdf_only}
    if manifest.is_file() and folder.is_dir():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        if recorded.get("settings") == wanted:
            return [CorpusFile(folder / name, fmt, pages)
                    for name, fmt, pages in recorded["files"]]
    folder.mkdir(parents=True, exist_ok=True)
    sources = _source_blocks()
    files: list[CorpusFile] = []
    chars_per_page = 2600
    for number, target in enumerate(page_plan(count)):
        fmt = "pdf" if pdf_only or number % 6 < 4 else ("docx" if number % 6 == 4 else "txt")
        blocks = _blocks_for_pages(sources, number, target, chars_per_page)
        pdf_path = folder / f"c{number:03d}.pdf"
        build_pdf(blocks, pdf_path, header=f"Benchmark Agency {number % 7} - Agreement")
        document = pypdfium2.PdfDocument(str(pdf_path))
        pages = len(document)
        document.close()
        if fmt == "pdf":
            files.append(CorpusFile(pdf_path, fmt, pages))
            continue
        pdf_path.unlink()
        path = folder / f"c{number:03d}.{fmt}"
        if fmt == "docx":
            build_docx(blocks, path, header=f"Benchmark Agency {number % 7}")
        else:
            build_txt(blocks, path)
        files.append(CorpusFile(path, fmt, pages))
    manifest.write_text(json.dumps({"settings": wanted, "files": [
        (f.path.name, f.fmt, f.pages) for f in files]}), encoding="utf-8")
    return files


# --- the bare limit ---------------------------------------------------------------------------

_tokenizer = None
_primer = None


def _bare_one(job: tuple[str, str, bool]) -> int:
    """Extract a file's text the cheapest way and tokenize it; return the token count.

    With ``primed``, the tokenizer's cache is first primed with the text's new chunks, as the
    pipeline primes it (``analyser.nlp.ChunkCachePrimer``): the limit with the same workaround
    for spaCy's caching as the pipeline has.
    """
    global _tokenizer, _primer
    path, fmt, primed = job
    if _tokenizer is None:
        import spacy

        from analyser.nlp import ChunkCachePrimer

        _tokenizer = spacy.blank("en").tokenizer
        _primer = ChunkCachePrimer(_tokenizer)
    if fmt == "pdf":
        from benchmarks.extract_speed import pdfium_page_texts

        text = "\f".join(pdfium_page_texts(path))
    elif fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    else:
        text = Path(path).read_text(encoding="utf-8")
    if primed and _primer is not None:
        _primer.prime(text)
    return len(_tokenizer(text))


def _warm(_: int) -> None:
    _bare_one((str(Path(__file__)), "txt", False))


def measure_limit(files: Sequence[CorpusFile], workers: int, primed: bool = False) -> float:
    """Seconds for the bare limit over ``files`` with ``workers`` processes (pool warm)."""
    jobs = [(str(f.path), f.fmt, primed) for f in files]
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers) as pool:
        pool.map(_warm, range(workers))
        started = time.perf_counter()
        pool.map(_bare_one, jobs, chunksize=4)
        return time.perf_counter() - started


# --- the full pipeline ------------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants (Linux /proc)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.Error):
            total += process.memory_info().rss
    return total


def run_batch(folder: Path, out_dir: Path, workers: int) -> tuple[float, int, str]:
    """Run ``likeness batch`` on ``folder``; return (seconds, peak bytes, stderr)."""
    results = out_dir / "results.jsonl"
    store = out_dir / "results.sqlite"
    for stale in (results, store, Path(f"{store}-wal"), Path(f"{store}-shm")):
        stale.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "analyser", "batch", str(folder), "--out", str(results),
         "--workers", str(workers), "--store", str(store)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=REPO_ROOT)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"likeness batch failed ({process.returncode}):\n{stderr}")
    return seconds, peak, stderr


def per_file_seconds(store: Path) -> dict[str, float]:
    """Seconds each file took inside its worker, from the store, by file name."""
    with sqlite3.connect(store) as db:
        rows = db.execute("SELECT name, seconds FROM results").fetchall()
    return {Path(name).name: float(seconds) for name, seconds in rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, help="keep the corpus and results here")
    parser.add_argument("--pdf-only", action="store_true", help="every contract a text PDF")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out_dir = args.out or Path(scratch)
        folder = out_dir / "corpus"
        started = time.perf_counter()
        files = build_corpus(folder, args.count, args.pdf_only)
        pages = sum(f.pages for f in files)
        formats = {fmt: sum(f.fmt == fmt for f in files) for fmt in ("pdf", "docx", "txt")}
        print(f"corpus: {len(files)} contracts ({formats['pdf']} PDF, {formats['docx']} DOCX, "
              f"{formats['txt']} TXT), {pages} pages, built in "
              f"{time.perf_counter() - started:.1f} s")
        limit = measure_limit(files, args.workers)
        primed_limit = measure_limit(files, args.workers, primed=True)
        full, peak, stderr = run_batch(folder, out_dir, args.workers)
        timings = per_file_seconds(out_dir / "results.sqlite")
        lines = (out_dir / "results.jsonl").read_text(encoding="utf-8").splitlines()
        errors = sum(1 for line in lines if '"error"' in line[:200] and
                     "error" in json.loads(line))
        print(f"workers: {args.workers} (this machine: {os.cpu_count()} cores)")
        print(f"bare limit (extract + tokenize): {limit:.1f} s = {pages / limit:.0f} pages/s")
        print(f"full pipeline (likeness batch):  {full:.1f} s = {pages / full:.1f} pages/s, "
              f"{len(files) / full:.2f} documents/s, {errors} errors")
        print(f"bare limit, tokenizer cache primed as the pipeline primes it: "
              f"{primed_limit:.1f} s = {pages / primed_limit:.0f} pages/s")
        print(f"ratio full / limit: {full / limit:.2f}x "
              f"(against the primed limit: {full / primed_limit:.2f}x)")
        print(f"peak memory (batch and its workers): {peak / 2**20:.0f} MB")
        print("time per contract by length (seconds inside the worker):")
        by_pages: dict[int, list[float]] = {}
        for f in files:
            by_pages.setdefault(f.pages, []).append(timings.get(f.path.name, float("nan")))
        for target in EXACT_PAGES:
            near = [p for p in by_pages if abs(p - target) <= max(1, target // 10)]
            values = [v for p in near for v in by_pages[p]]
            if values:
                mean = statistics.fmean(values)
                average_pages = statistics.fmean(
                    [p for p in near for _ in by_pages[p]])
                print(f"  {target:>2} pages: {mean * 1000:7.1f} ms per contract "
                      f"({len(values)} contracts, {mean * 1000 / average_pages:.1f} ms per page)")
        print(stderr.strip().splitlines()[-2] if stderr.strip() else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
