"""The ``likeness`` command line (also ``python -m analyser``); DESIGN.md §5.

Subcommands:

- ``check FILE...``: analyse contracts and print text, JSON or CSV; the exit code says whether
  anything is at or above ``--fail-on`` (0 no, 1 yes, 2 usage error or unreadable document).
- ``annotate FILE.docx --out PATH``: the contract back as Word, a comment on every finding.
- ``text FILE``: the extracted text, pages separated by form feeds, warnings on stderr.
- ``app``: start the Streamlit page.
- ``eval LABELS.csv``: compare the analyser with hand labels and print accuracy figures (with
  ``--second``, also the agreement between two annotators).

Documents that cannot be read give a one-line message naming the file and the reason; only
``--debug`` shows a traceback.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from analyser import __version__
from analyser.errors import AnalyserError, FileMissingError, UnreadableFileError
from analyser.model import Evidence, Report
from analyser.parsers import parse
from analyser.report import (
    FailedDocument,
    Outcome,
    location_phrase,
    outcomes_to_json,
    report_to_text,
    reports_to_csv,
    shorten_quote,
)
from analyser.rules import DEFAULT_PACKS, available_packs, load_packs

if TYPE_CHECKING:
    from analyser.pipeline import Pipeline

# spaCy and the engine load only in the commands that grade contracts: `likeness batch` hands
# that to its workers, and `rules list` / `validate` / `text` start faster without them.

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_UNREADABLE",
    "Label",
    "build_parser",
    "exit_code",
    "main",
    "read_labels",
]

PROG = "likeness"
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
FAIL_LEVELS = {"missing": ("missing",), "weak": ("missing", "weak"), "never": ()}
LABEL_META_COLUMNS = ("file", "ai", "red_flags", "split", "notes")
STATUS_ORDER = ("present", "weak", "missing")
TRUE_WORDS = {"true", "yes", "y", "1"}
FALSE_WORDS = {"false", "no", "n", "0"}


class LabelsInvalidError(AnalyserError):
    """The labels file of ``likeness eval`` does not follow the documented columns."""

    code = "labels_invalid"


class AppNotFoundError(AnalyserError):
    """The Streamlit page is not part of this installation."""

    code = "app_not_found"


# --- argument parsing -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of ``likeness`` and its subcommands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check modelling and talent contracts for AI digital-replica protections. "
        "Everything runs on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_check(commands, common)
    _add_annotate(commands, common)
    _add_text(commands, common)
    _add_app(commands, common)
    _add_eval(commands, common)
    _add_rules(commands, common)
    from analyser.cli_batch import add_batch_commands

    add_batch_commands(commands, common, packs_option=_add_packs_option,
                       reading_options=_add_reading_options)
    return parser


def _add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:
    """Declare ``likeness check``."""
    check = commands.add_parser("check", parents=[common], help="analyse one or more contracts")
    check.add_argument("files", nargs="+", metavar="FILE", help="PDF, DOCX, TXT or MD contract")
    check.add_argument("--format", choices=("text", "json", "csv", "markdown", "html"),
                       default="text")
    check.add_argument("--detail", choices=("plain", "legal"), default="plain",
                       help="markdown/html: legal adds rule ids, cues and every quote")
    check.add_argument("--output", metavar="PATH", help="write the result here, not to stdout")
    _add_reading_options(check)
    _add_packs_option(check)
    check.add_argument(
        "--fail-on", choices=tuple(FAIL_LEVELS), default="missing",
        help="exit 1 when a protection is at or below this status (default: missing)",
    )


def _add_annotate(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    """Declare ``likeness annotate``."""
    annotate = commands.add_parser(
        "annotate", parents=[common],
        help="write the Word contract back with a comment on every finding")
    annotate.add_argument("file", metavar="FILE.docx")
    annotate.add_argument("--out", metavar="PATH",
                          help="where to write (default: FILE.annotated.docx beside it)")
    _add_packs_option(annotate)


def _add_text(commands: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    """Declare ``likeness text``."""
    text = commands.add_parser("text", parents=[common], help="print the text the analyser reads")
    text.add_argument("file", metavar="FILE")
    _add_reading_options(text)


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    """Declare ``--password`` and ``--pdf-engine`` (how files are opened)."""
    command.add_argument("--password", help="password of a password-protected PDF")
    command.add_argument("--pdf-engine", choices=("auto", "pdfium", "pdfplumber"), default=None,
                         help="PDF text engine (default: auto, which is PDFium)")


def _add_app(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Declare ``likeness app``."""
    app = commands.add_parser("app", parents=[common], help="start the page in your browser")
    app.add_argument("--port", type=int, default=8501, help="local port (default: 8501)")


def _add_eval(commands: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    """Declare ``likeness eval``."""
    evaluate = commands.add_parser("eval", parents=[common], help="measure accuracy on labels")
    evaluate.add_argument("labels", metavar="LABELS.csv")
    evaluate.add_argument("--docs", metavar="DIR",
                          help="folder of the documents (default: the labels file's folder)")
    evaluate.add_argument("--split", metavar="NAME",
                          help="only rows whose split column is NAME (dev, test, fresh ...)")
    evaluate.add_argument("--second", metavar="SECOND.csv",
                          help="a second annotator's labels (same columns) for some of the "
                          "documents: also print how far the two annotators agree, and the "
                          "analyser with each")
    evaluate.add_argument("--workers", type=whole_number, default=os.cpu_count() or 1,
                          help="processes reading the documents in parallel (default: this "
                          "machine's cores; the figures do not depend on it)")
    _add_packs_option(evaluate)


def whole_number(value: str) -> int:
    """Parse a count of at least 1 (the argparse type of ``--workers``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _add_rules(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:
    """Declare ``likeness rules list|validate|test``."""
    rules = commands.add_parser("rules", parents=[common], help="list, validate or test rule packs")
    rules.add_argument("action", choices=("list", "validate", "test"))
    rules.add_argument("packs", nargs="*", metavar="PACK_FILE",
                       help="pack ids or YAML files (default: every shipped pack)")


def _add_packs_option(command: argparse.ArgumentParser) -> None:
    """Declare ``--packs`` and ``--no-learned`` on a subcommand."""
    command.add_argument(
        "--packs", type=_pack_list, default=DEFAULT_PACKS,
        help=f"comma-separated rule packs (default: {','.join(DEFAULT_PACKS)})",
    )
    command.add_argument(
        "--no-learned", action="store_true",
        help="grade by the rules alone, without the learned status refiner",
    )


def _pack_list(value: str) -> tuple[str, ...]:
    """Return the pack ids of a ``--packs`` value; reject an empty list."""
    packs = tuple(part.strip() for part in value.split(",") if part.strip())
    if not packs:
        raise argparse.ArgumentTypeError("name at least one rule pack, e.g. baseline")
    return packs


# --- entry point ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code (also used as the console script)."""
    args = build_parser().parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "check": run_check, "annotate": run_annotate, "text": run_text, "app": run_app,
        "eval": run_eval, "rules": run_rules,
    }
    from analyser.cli_batch import BATCH_HANDLERS

    handlers.update(BATCH_HANDLERS)
    try:
        return handlers[args.command](args)
    except AnalyserError as error:
        return _report_error(error.source, error, debug=args.debug)
    except _InternalError as error:
        print(f"{PROG}: {error.file}: internal error; run again with --debug for details",
              file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception:
        if args.debug:
            raise
        print(f"{PROG}: internal error ({args.command}); run again with --debug for details",
              file=sys.stderr)
        return EXIT_UNREADABLE


def run_rules(args: argparse.Namespace) -> int:
    """List, validate or test rule packs; a broken pack is one line and exit 2."""
    named = list(args.packs) or list(available_packs())
    if args.action == "list":
        for pack in load_packs(named):
            print(f"{pack.id:<16} {pack.version:<6} {len(pack.rules):>3} rules "
                  f"{len(pack.conditions):>2} conditions  {pack.title}")
        return EXIT_OK
    packs = load_packs(named)
    if args.action == "validate":
        for pack in packs:
            print(f"ok: {Path(pack.source).name} ({pack.id} {pack.version}, "
                  f"{len(pack.rules)} rules, {len(pack.conditions)} conditions)")
        return EXIT_OK
    from analyser.engine import Engine
    from analyser.ruletests import iter_example_results

    results = list(iter_example_results(Engine(packs)))
    failed = [r for r in results if not r.passed]
    for result in failed:
        expected = "should match" if result.should_match else "should not match"
        print(f"FAIL {result.pack}/{result.item}: {expected}: {result.text}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return EXIT_FINDINGS if failed else EXIT_OK


def _report_error(source: str, error: AnalyserError, *, debug: bool) -> int:
    """Print the one-line message of ``error`` (and its traceback with --debug)."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    print(f"{PROG}: {source}: {error.message}", file=sys.stderr)
    return EXIT_UNREADABLE


# --- check ------------------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    """Analyse every file with one pipeline, print the results and return the exit code."""
    from analyser.pipeline import load_pipeline

    pipeline = load_pipeline(args.packs, learned=not args.no_learned)
    outcomes = [
        _check_one(file, pipeline, debug=args.debug, password=args.password,
                   engine=args.pdf_engine)
        for file in args.files
    ]
    if args.format in ("markdown", "html"):
        _write_output(_render_document(outcomes, args.format, pipeline, args.detail),
                      args.output)
    else:
        _write_output(_render(outcomes, args.format), args.output)
    return exit_code(outcomes, args.fail_on)


def _check_one(
    file: str,
    pipeline: Pipeline,
    *,
    debug: bool,
    password: str | None = None,
    engine: str | None = None,
) -> Outcome:
    """Return the report of ``file``, or why it could not be read (also said on stderr)."""
    from analyser.pipeline import analyse

    try:
        return analyse(_readable_path(file), pipeline=pipeline, password=password, engine=engine)
    except AnalyserError as error:
        _report_error(file, error, debug=debug)
        return FailedDocument(name=Path(file).name or file, error=error)
    except Exception:
        if debug:
            raise
        raise _InternalError(file) from None


class _InternalError(Exception):
    """An unexpected failure while analysing one file; reported with the file's name."""

    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.file = file


def _readable_path(file: str) -> Path:
    """Return ``file`` as a path after checking it names a readable regular file."""
    path = Path(file)
    if not path.exists():
        raise FileMissingError(file, "no such file")
    if not path.is_file():
        raise FileMissingError(file, "not a file (a folder or a device?)")
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise UnreadableFileError(file, f"cannot be opened ({error.strerror})") from None
    return path


def _render(outcomes: Sequence[Outcome], fmt: str) -> str:
    """Return the whole output of ``check`` in the chosen format."""
    if fmt == "json":
        return outcomes_to_json(outcomes)
    if fmt == "csv":
        return reports_to_csv(outcomes)
    reports = [outcome for outcome in outcomes if isinstance(outcome, Report)]
    return ("\n" + "=" * 72 + "\n\n").join(report_to_text(report) for report in reports)


def _render_document(outcomes: Sequence[Outcome], fmt: str, pipeline: Pipeline,
                     detail: str) -> str:
    """Return the Markdown or self-contained HTML report of every checked file."""
    from analyser.render import reports_to_html, reports_to_markdown, requirement_meanings

    render = reports_to_html if fmt == "html" else reports_to_markdown
    return render(outcomes, meanings=requirement_meanings(pipeline), detail=detail)


def _write_output(text: str, output: str | None) -> None:
    """Write ``text`` to ``output`` (UTF-8) or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UnreadableFileError(output, f"cannot write the output ({error.strerror})") from None


def exit_code(outcomes: Iterable[Outcome], fail_on: str) -> int:
    """Return 2 if a document was unreadable, 1 if a status is at/above ``fail_on``, else 0."""
    outcomes = list(outcomes)
    if any(isinstance(outcome, FailedDocument) for outcome in outcomes):
        return EXIT_UNREADABLE
    failing = FAIL_LEVELS[fail_on]
    for outcome in outcomes:
        if isinstance(outcome, Report) and any(
            result.status in failing for result in outcome.requirements
        ):
            return EXIT_FINDINGS
    return EXIT_OK


# --- annotate ---------------------------------------------------------------------------------


def run_annotate(args: argparse.Namespace) -> int:
    """Analyse a Word contract and write it back with a comment on each finding."""
    from analyser.annotate import annotate_docx
    from analyser.pipeline import analyse, load_pipeline

    path = _readable_path(args.file)
    report = analyse(path, pipeline=load_pipeline(args.packs, learned=not args.no_learned))
    if report.document.format != "docx":
        print(f"{PROG}: {args.file}: annotate needs a Word (.docx) contract; this file is "
              f"{report.document.format}", file=sys.stderr)
        return EXIT_UNREADABLE
    out = Path(args.out) if args.out else path.with_name(f"{path.stem}.annotated.docx")
    data = annotate_docx(path.read_bytes(), report)
    try:
        out.write_bytes(data)
    except OSError as error:
        raise UnreadableFileError(str(out), f"cannot write the output ({error.strerror})") from None
    print(f"{PROG}: wrote {out}", file=sys.stderr)
    return EXIT_OK


# --- text -------------------------------------------------------------------------------------


def run_text(args: argparse.Namespace) -> int:
    """Print the extracted text (form feeds between pages) and the warnings on stderr."""
    try:
        document = parse(_readable_path(args.file), password=args.password, engine=args.pdf_engine)
    except AnalyserError as error:
        return _report_error(args.file, error, debug=args.debug)
    for warning in document.warnings:
        where = f"page {warning.page}: " if warning.page is not None else ""
        print(f"{PROG}: {args.file}: warning: {where}{warning.message}", file=sys.stderr)
    sys.stdout.write(text_for_terminal(document.text))
    return EXIT_OK


def text_for_terminal(text: str) -> str:
    """The text as ``likeness text`` prints it: each page's form feed starts a line of its own
    (a terminal shows a form feed as nothing, and "3. Your consent\f3.1 We ..." would read as one
    line), and the text ends with a line break. Only line breaks are added."""
    shown = re.sub(r"(?<!\n)\f", "\n\f", text)
    return shown if shown.endswith("\n") else shown + "\n"


# --- app --------------------------------------------------------------------------------------


def run_app(args: argparse.Namespace) -> int:
    """Start ``streamlit run app.py`` on this computer and wait until it stops."""
    app = app_path()
    command = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.address", "localhost",
        "--server.port", str(args.port),
        "--browser.gatherUsageStats", "false",
    ]
    print(f"{PROG}: open http://localhost:{args.port} in your browser (Ctrl+C stops)",
          file=sys.stderr)
    return subprocess.call(command)


def app_path() -> Path:
    """Return the path of the Streamlit page (``app.py`` at the root of a source checkout)."""
    path = Path(__file__).resolve().parent.parent / "app.py"
    if not path.is_file():
        raise AppNotFoundError(
            "app",
            "the page (app.py) is not part of this installation; install from a source "
            "checkout with `pip install -e .` or run `make app` there",
        )
    return path


# --- eval -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """One row of the labels file: what a careful reader says about one document."""

    file: str
    ai: bool | None
    statuses: dict[str, str]
    red_flags: frozenset[str] | None
    split: str


@dataclass(frozen=True)
class _Scored:
    """A labelled document with what the analyser made of it."""

    label: Label
    outcome: Outcome


def run_eval(args: argparse.Namespace) -> int:
    """Analyse every labelled document with one pipeline and print the agreement figures."""
    labels_path = Path(args.labels)
    labels = [row for row in read_labels(labels_path) if not args.split or row.split == args.split]
    docs = Path(args.docs) if args.docs else labels_path.parent
    from analyser.pipeline import load_pipeline

    pipeline = load_pipeline(args.packs, learned=not args.no_learned)
    second = read_labels(Path(args.second)) if args.second else None
    paths = [str(docs / label.file) for label in labels]
    outcomes = (iter_outcomes_in_parallel(paths, args, min(args.workers, len(paths)))
                if args.workers > 1 and len(paths) > 1
                else (_check_one(path, pipeline, debug=args.debug) for path in paths))
    scored = [_Scored(label, outcome) for label, outcome in zip(labels, outcomes, strict=True)]
    _print_evaluation(scored, args.split, sys.stdout)
    refiner = pipeline.engine.refiner
    sys.stdout.write(
        f"\nGraded with the status refiner {refiner.version} (trained on {refiner.trained_on} "
        "contracts; --no-learned grades by the rules alone).\n"
        if refiner is not None else "\nGraded by the rules alone (no status refiner).\n"
    )
    if second is not None:
        sys.stdout.write("\n" + _agreement_block(args.second, scored, second))
    return EXIT_OK


_worker_pipeline: Pipeline | None = None
"""The pipeline of an eval worker process, loaded once by ``_start_eval_worker``."""


def iter_outcomes_in_parallel(paths: Sequence[str], args: argparse.Namespace,
                              workers: int) -> Iterator[Outcome]:
    """Yield the outcome of each of ``paths``, in order, read by ``workers`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_start_eval_worker,
                             initargs=(args.packs, not args.no_learned)) as pool:
        yield from pool.map(_worker_outcome, paths, [args.debug] * len(paths),
                            chunksize=max(1, min(16, len(paths) // (workers * 4))))


def _start_eval_worker(packs: Sequence[str], learned: bool) -> None:
    """Load the pipeline an eval worker process uses for all its documents."""
    from analyser.pipeline import load_pipeline

    global _worker_pipeline
    _worker_pipeline = load_pipeline(packs, learned=learned)


def _worker_outcome(path: str, debug: bool) -> Outcome:
    """The outcome of one document in an eval worker process."""
    assert _worker_pipeline is not None, "the worker's pipeline is loaded by its initializer"
    return _check_one(path, _worker_pipeline, debug=debug)


def _agreement_block(source: str, scored: Sequence[_Scored], second: Sequence[Label]) -> str:
    """The annotator-agreement figures of ``likeness eval --second`` over the evaluated rows."""
    from analyser.agreement import column_agreement, flag_agreement, format_agreement

    firsts = {item.label.file: item for item in scored}
    seconds = {row.file: row for row in second if row.file in firsts}
    columns = []
    if any(row.ai is not None for row in seconds.values()):
        columns.append(column_agreement(
            "ai",
            {n: _yes_no(i.label.ai) for n, i in firsts.items() if i.label.ai is not None},
            {n: _yes_no(r.ai) for n, r in seconds.items() if r.ai is not None},
            {n: _yes_no(i.outcome.ai_addressed) for n, i in firsts.items()
             if isinstance(i.outcome, Report)},
        ))
    for requirement in _labelled_requirements(list(firsts.values())):
        predicted = {n: _predicted_status(i.outcome, requirement) for n, i in firsts.items()}
        columns.append(column_agreement(
            requirement,
            {n: i.label.statuses[requirement] for n, i in firsts.items()
             if requirement in i.label.statuses},
            {n: r.statuses[requirement] for n, r in seconds.items()
             if requirement in r.statuses},
            {n: status for n, status in predicted.items() if status is not None},
        ))
    columns = [column for column in columns if column.documents]
    flags = flag_agreement(
        {n: i.label.red_flags for n, i in firsts.items() if i.label.red_flags is not None},
        {n: r.red_flags for n, r in seconds.items() if r.red_flags is not None},
    )
    return format_agreement(source, columns, flags if flags.documents else None)


def read_labels(path: Path) -> list[Label]:
    """Read the labels CSV (file, ai, consent, compensation, revocation, red_flags[, ...])."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise LabelsInvalidError(str(path), f"cannot be read ({error.strerror})") from None
    reader = csv.DictReader(text.splitlines())
    columns = [name.strip() for name in reader.fieldnames or ()]
    if "file" not in columns:
        raise LabelsInvalidError(str(path), "the first row must name the columns, with 'file'")
    requirement_ids = [name for name in columns if name not in LABEL_META_COLUMNS]
    return [_label(path, number, row, requirement_ids)
            for number, row in enumerate(reader, start=2) if (row.get("file") or "").strip()]


def _label(path: Path, line: int, row: dict[str, str | None],
           requirement_ids: Sequence[str]) -> Label:
    """Return one labels row, checking its values."""
    cells = {(key or "").strip(): (value or "").strip() for key, value in row.items()}
    statuses = {}
    for requirement in requirement_ids:
        value = cells.get(requirement, "").lower()
        if value and value not in STATUS_ORDER:
            raise LabelsInvalidError(
                str(path), f"line {line}, column {requirement}: expected present, weak or "
                f"missing, found {value!r}")
        if value:
            statuses[requirement] = value
    return Label(
        file=cells["file"],
        ai=_label_bool(path, line, cells.get("ai", "")),
        statuses=statuses,
        red_flags=_label_flags(cells) if "red_flags" in cells else None,
        split=cells.get("split", "").lower(),
    )


def _label_bool(path: Path, line: int, value: str) -> bool | None:
    """Return the ``ai`` cell as a boolean (empty: not labelled)."""
    word = value.lower()
    if not word:
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise LabelsInvalidError(str(path), f"line {line}, column ai: expected true or false, "
                             f"found {value!r}")


def _label_flags(cells: dict[str, str]) -> frozenset[str]:
    """Return the red-flag ids of a row (separated by ; | , or spaces)."""
    raw = cells.get("red_flags", "")
    for separator in ";|,":
        raw = raw.replace(separator, " ")
    return frozenset(part for part in raw.split() if part not in {"-", "none"})


def _print_evaluation(scored: Sequence[_Scored], split: str | None, out: TextIO) -> None:
    """Print the figures: per requirement, AI detection, red flags, then disagreements."""
    analysed = [item for item in scored if isinstance(item.outcome, Report)]
    failed = len(scored) - len(analysed)
    scope = f" (split: {split})" if split else ""
    out.write(f"Evaluated {len(analysed)} documents{scope}; {failed} could not be read.\n\n")
    for item in scored:
        if isinstance(item.outcome, FailedDocument):
            out.write(f"  unreadable: {item.label.file}: {item.outcome.error.message}\n")
    for requirement in _labelled_requirements(analysed):
        out.write(_requirement_figures(requirement, analysed))
    out.write(_ai_figures(analysed))
    out.write(_red_flag_figures(analysed))
    out.write(_disagreements(analysed))


def _labelled_requirements(scored: Sequence[_Scored]) -> list[str]:
    """Return the requirement ids labelled in at least one row, in column order."""
    seen: dict[str, None] = {}
    for item in scored:
        seen.update(dict.fromkeys(item.label.statuses))
    return list(seen)


def _status_pairs(requirement: str, scored: Sequence[_Scored]) -> list[tuple[str, str]]:
    """Return (expected, predicted) statuses of ``requirement`` over labelled documents."""
    pairs = []
    for item in scored:
        expected = item.label.statuses.get(requirement)
        predicted = _predicted_status(item.outcome, requirement)
        if expected and predicted:
            pairs.append((expected, predicted))
    return pairs


def _predicted_status(outcome: Outcome, requirement: str) -> str | None:
    """Return the analyser's status for ``requirement`` (None if it did not grade it)."""
    if not isinstance(outcome, Report):
        return None
    try:
        return outcome.requirement(requirement).status
    except KeyError:
        return None


def _requirement_figures(requirement: str, scored: Sequence[_Scored]) -> str:
    """Return the confusion matrix, accuracy and precision/recall of ``missing``."""
    pairs = _status_pairs(requirement, scored)
    header = "".join(f"{'got ' + status:>13}" for status in STATUS_ORDER)
    lines = [f"{requirement} ({len(pairs)} labelled)", f"{'':14}{header}"]
    for expected in STATUS_ORDER:
        counts = "".join(f"{pairs.count((expected, got)):>13}" for got in STATUS_ORDER)
        lines.append(f"  {'want ' + expected:<12}{counts}")
    correct = sum(1 for expected, got in pairs if expected == got)
    true_missing = pairs.count(("missing", "missing"))
    said_missing = sum(1 for _, got in pairs if got == "missing")
    is_missing = sum(1 for expected, _ in pairs if expected == "missing")
    lines.append(
        f"  accuracy {_ratio(correct, len(pairs))}   missing: precision "
        f"{_ratio(true_missing, said_missing)}  recall {_ratio(true_missing, is_missing)}"
    )
    return "\n".join(lines) + "\n\n"


def _ai_figures(scored: Sequence[_Scored]) -> str:
    """Return the accuracy of telling whether a contract addresses AI."""
    pairs = [(item.label.ai, item.outcome.ai_addressed) for item in scored
             if item.label.ai is not None and isinstance(item.outcome, Report)]
    correct = sum(1 for expected, got in pairs if expected == got)
    return f"AI addressed: accuracy {_ratio(correct, len(pairs))} ({correct}/{len(pairs)})\n"


def _red_flag_figures(scored: Sequence[_Scored]) -> str:
    """Return micro-averaged precision, recall and F1 of the red flags found."""
    tp = fp = fn = 0
    for item in scored:
        expected, found = _flag_sets(item)
        if expected is None:
            continue
        tp += len(expected & found)
        fp += len(found - expected)
        fn += len(expected - found)
    precision, recall = _fraction(tp, tp + fp), _fraction(tp, tp + fn)
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else None)
    return (f"Red flags: precision {_fmt(precision)}  recall {_fmt(recall)}  F1 {_fmt(f1)}  "
            f"(tp {tp}, fp {fp}, fn {fn})\n\n")


def _flag_sets(item: _Scored) -> tuple[frozenset[str] | None, frozenset[str]]:
    """Return the labelled and the found red-flag ids of one document."""
    found = (frozenset(flag.id for flag in item.outcome.red_flags)
             if isinstance(item.outcome, Report) else frozenset())
    return item.label.red_flags, found


def _disagreements(scored: Sequence[_Scored]) -> str:
    """Return one line per disagreement, with the quote that decided the analyser's answer."""
    lines = [line for item in scored for line in _item_disagreements(item)]
    if not lines:
        return "Disagreements: none.\n"
    return "Disagreements:\n" + "".join(f"  {line}\n" for line in lines)


def _item_disagreements(item: _Scored) -> list[str]:
    """Return the disagreement lines of one analysed document."""
    report = item.outcome
    if not isinstance(report, Report):
        return []
    name = item.label.file
    lines = []
    if item.label.ai is not None and item.label.ai != report.ai_addressed:
        lines.append(f"{name}: ai expected {_yes_no(item.label.ai)}, got "
                     f"{_yes_no(report.ai_addressed)}{_evidence_suffix(report.ai_evidence)}")
    for requirement, expected in item.label.statuses.items():
        got = _predicted_status(report, requirement)
        if got is not None and got != expected:
            evidence = report.requirement(requirement).evidence
            lines.append(f"{name}: {requirement} expected {expected}, got {got}"
                         f"{_evidence_suffix(evidence)}")
    expected_flags, found = _flag_sets(item)
    if expected_flags is not None:
        lines.extend(f"{name}: red flag {flag} missed" for flag in sorted(expected_flags - found))
        for flag in report.red_flags:
            if flag.id not in expected_flags:
                lines.append(f"{name}: red flag {flag.id} not labelled"
                             f"{_evidence_suffix(flag.evidence)}")
    return lines


def _evidence_suffix(evidence: Sequence[Evidence]) -> str:
    """Return `` — "quote" (clause 7.2, page 3)`` for the first piece of evidence, if any."""
    if not evidence:
        return ""
    first = evidence[0]
    where = location_phrase(first.clause, first.page, first.heading)
    return f" \u2014 \u201c{shorten_quote(first.quote)}\u201d" + (f" ({where})" if where else "")


def _yes_no(value: bool) -> str:
    """Return ``yes`` or ``no``."""
    return "yes" if value else "no"


def _fraction(numerator: int, denominator: int) -> float | None:
    """Return numerator / denominator, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def _ratio(numerator: int, denominator: int) -> str:
    """Return a two-decimal ratio, or ``n/a``."""
    return _fmt(_fraction(numerator, denominator))


def _fmt(value: float | None) -> str:
    """Return a two-decimal number or ``n/a``."""
    return "n/a" if value is None else f"{value:.2f}"
