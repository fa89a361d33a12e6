"""``likeness batch`` and ``likeness report``: folders of contracts and reports across them.

- ``batch INPUT... --out results.jsonl`` (also ``.csv``, ``.xlsx``; ``--out`` may repeat): checks
  files, folders and globs with ``--workers`` processes or on a Dask cluster, storing each result
  in a SQLite store as it arrives (``--store``, default beside the first ``--out``); ``--resume``
  takes what the store holds for the same content and rules. Exit 0 when every file was read,
  2 when one could not be (its error row is in the results), 130 when interrupted (what was done
  is written and stored: rerun with ``--resume``).
- ``report RESULTS... --out report.html|report.md|report.csv``: the corpus report
  (:mod:`analyser.corpus`), anonymised unless ``--no-anonymise``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from analyser.batch import (
    BatchRun,
    BatchSettings,
    DaskExecutor,
    Executor,
    LocalExecutor,
    run_batch,
    scan_inputs,
)
from analyser.cli import whole_number
from analyser.errors import AnalyserError, UnreadableFileError
from analyser.progress import format_duration, make_progress
from analyser.results import RESULT_SUFFIXES, write_results
from analyser.store import ResultStore, StoredResult

__all__ = ["BATCH_HANDLERS", "add_batch_commands", "run_batch_command", "run_report_command"]

PROG = "likeness"
EXIT_OK = 0
EXIT_UNREADABLE = 2
EXIT_INTERRUPTED = 130
REPORT_SUFFIXES = (".html", ".md", ".csv")


class UsageError(AnalyserError):
    """A command-line value that cannot work (an output type, a worker count)."""

    code = "usage"


def add_batch_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                       common: argparse.ArgumentParser, *,
                       packs_option: Callable[[argparse.ArgumentParser], None],
                       reading_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Declare ``likeness batch`` and ``likeness report``."""
    batch = commands.add_parser(
        "batch", parents=[common], help="check files, folders and globs; results as they arrive",
        description="Check many contracts. Folders are searched recursively. Every result is "
        "stored as it arrives, so an interrupted batch continues with --resume.")
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or glob")
    batch.add_argument("--out", action="append", required=True, metavar="PATH",
                       help="results file: .jsonl (full reports), .csv or .xlsx; may repeat")
    batch.add_argument("--workers", type=whole_number, default=os.cpu_count() or 1,
                       help="processes working in parallel (default: this machine's cores)")
    batch.add_argument("--resume", action="store_true",
                       help="take results already stored for the same file content and rules")
    batch.add_argument("--store", metavar="PATH",
                       help="SQLite results store (default: the first --out with .sqlite)")
    batch.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="local processes (default) or a Dask distributed cluster")
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    batch.add_argument("--quiet", action="store_true", help="no progress output")
    reading_options(batch)
    packs_option(batch)

    report = commands.add_parser(
        "report", parents=[common], help="a corpus report across batch results",
        description="Coverage of each protection, red flags, breakdowns and a clause library "
        "across many contracts. Quotes are anonymised and small groups are not broken down "
        "unless --no-anonymise.")
    report.add_argument("results", nargs="+", metavar="RESULTS",
                        help=".jsonl from likeness batch (or JSON from likeness check)")
    report.add_argument("--out", required=True, metavar="PATH",
                        help="report.html, report.md or report.csv")
    report.add_argument("--meta", metavar="META.csv",
                        help="metadata per contract: a 'file' column and columns to break down by")
    report.add_argument("--by", metavar="COLUMNS",
                        help="comma-separated metadata columns to break down by (default: all)")
    report.add_argument("--no-anonymise", dest="anonymise", action="store_false",
                        help="show names, amounts and small groups (private use only)")
    report.add_argument("--title", default="AI likeness terms across contracts",
                        help="the report's title")


# --- batch ------------------------------------------------------------------------------------


def run_batch_command(args: argparse.Namespace) -> int:
    """Run ``likeness batch``; see the module docstring for the exit codes."""
    outputs = [Path(out) for out in args.out]
    for out in outputs:
        if out.suffix.lower() not in RESULT_SUFFIXES:
            raise UsageError(str(out), "--out must end in .jsonl, .csv or .xlsx")
    store_path = Path(args.store) if args.store else outputs[0].with_suffix(".sqlite")
    if store_path in outputs:
        raise UsageError(str(store_path), "the store and a results file cannot be the same file")
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler", "only applies with --executor dask")
    scan = scan_inputs(args.inputs)
    if not scan.items:
        raise UsageError(" ".join(args.inputs), "no contract files found (PDF, DOCX, TXT, MD)")
    executor: Executor = (DaskExecutor(scheduler=args.scheduler, workers=args.workers)
                          if args.executor == "dask" else LocalExecutor(workers=args.workers))
    settings = BatchSettings(packs=tuple(args.packs), pdf_engine=args.pdf_engine,
                             password=args.password, learned=not args.no_learned)
    progress = make_progress(len(scan.items), sys.stderr, quiet=args.quiet)

    def on_result(result: StoredResult, reused: bool) -> None:
        progress.advance(result.pages, reused=reused, failed=result.error_code is not None)

    with ResultStore(store_path) as store:
        try:
            run = run_batch(scan.items, settings=settings, store=store, executor=executor,
                            resume=args.resume, on_result=on_result)
        finally:
            progress.close()
    outcomes = [result.outcome for result in run.results if result is not None]
    for out in outputs:
        write_results(out, outcomes)
    if not args.quiet:
        _print_summary(run, scan.skipped, outputs, store_path)
    if run.interrupted:
        print(f"{PROG}: interrupted: {run.done} of {len(run.items)} files done and stored; "
              "run the same command with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_UNREADABLE if run.errors else EXIT_OK


def _print_summary(run: BatchRun, skipped: Sequence[str], outputs: Sequence[Path],
                   store: Path) -> None:
    errors = run.errors
    failed = sum(errors.values())
    rate = run.pages / run.seconds if run.seconds else 0.0
    lines = [
        f"{PROG} batch: {run.done} of {len(run.items)} files: {run.done - failed} reports, "
        f"{failed} could not be read"
        + (" (" + ", ".join(f"{n} {code}" for code, n in errors.items()) + ")" if errors else "")
        + f"; {run.analysed} analysed now, {run.reused} taken from the store",
        f"{PROG} batch: {run.pages} pages in {format_duration(run.seconds)} "
        f"({rate:.1f} pages/s); results: {', '.join(str(o) for o in outputs)}; store: {store}",
    ]
    if skipped:
        lines.append(f"{PROG} batch: skipped {len(skipped)} files that are not contracts "
                     f"(e.g. {skipped[0]})")
    for line in lines:
        print(line, file=sys.stderr)


# --- report -----------------------------------------------------------------------------------


def run_report_command(args: argparse.Namespace) -> int:
    """Run ``likeness report``: read results, aggregate, write HTML, Markdown or CSV."""
    from analyser.corpus import (
        build_corpus,
        corpus_to_csv,
        corpus_to_html,
        corpus_to_markdown,
        read_metadata,
    )
    from analyser.results import read_results

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UsageError(str(out), "--out must end in .html, .md or .csv")
    outcomes = read_results(Path(p) for p in args.results)
    metadata = read_metadata(Path(args.meta)) if args.meta else None
    by = tuple(c.strip() for c in args.by.split(",") if c.strip()) if args.by else None
    corpus = build_corpus(outcomes, metadata=metadata, by=by, anonymise=args.anonymise)
    render = {".html": corpus_to_html, ".md": corpus_to_markdown, ".csv": corpus_to_csv}[suffix]
    text = render(corpus, title=args.title)
    try:
        out.write_text(text, encoding="utf-8", newline="\n" if suffix != ".csv" else "")
    except OSError as error:
        raise UnreadableFileError(str(out), f"cannot write the report ({error.strerror})") from None
    print(f"{PROG}: wrote {out} ({corpus.total} contracts, {corpus.analysed} analysed"
          f"{'' if args.anonymise else ', not anonymised'})", file=sys.stderr)
    return EXIT_OK


BATCH_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "batch": run_batch_command,
    "report": run_report_command,
}
