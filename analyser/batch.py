"""Batch checking: many contracts, several processes (or a Dask cluster), results kept as they come.

The stages of ``likeness batch``:

1. :func:`scan_inputs` turns files, folders (recursive) and globs into :class:`BatchItem` values,
   in a stable order, each named by its path as the user wrote it.
2. :func:`run_batch` hashes each file, takes what the :class:`~analyser.store.ResultStore`
   already holds for that content and these rules (``resume``), sends the rest to an executor
   (:class:`LocalExecutor`: processes on this machine; :class:`DaskExecutor`: a Dask cluster),
   and stores every result the moment it arrives. Ctrl-C stops taking new work, keeps what is
   done, and says so in the returned :class:`BatchRun`.
3. :mod:`analyser.results` writes the run as JSON Lines, CSV or Excel.

A file that cannot be read is a result too (an error object with its code): a batch never stops at
one bad file. Workers build the pipeline once per process and reuse it.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import hashlib
import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, InvalidStateError, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from analyser import __version__
from analyser.errors import AnalyserError, FileMissingError, UnreadableFileError
from analyser.refiner import installed_refiner_version
from analyser.report import error_to_dict, report_to_dict
from analyser.rules import DEFAULT_PACKS, load_packs
from analyser.store import ResultStore, StoredResult

if TYPE_CHECKING:  # the main process of a local batch never loads spaCy; its workers do
    from analyser.pipeline import Pipeline

__all__ = [
    "CONTRACT_SUFFIXES",
    "BatchItem",
    "BatchRun",
    "BatchSettings",
    "DaskExecutor",
    "Executor",
    "ExecutorUnavailableError",
    "LocalExecutor",
    "Task",
    "TaskResult",
    "WorkerCrashError",
    "rules_key",
    "run_batch",
    "run_task",
    "scan_inputs",
]

CONTRACT_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
# Found in a folder, these get an error row (convert them) rather than being passed over quietly.
REFUSED_SUFFIXES = (".doc", ".docm", ".dotx", ".odt", ".rtf", ".pages", ".wpd")
_GLOB_CHARS = frozenset("*?[")
_HASH_CHUNK = 1 << 20


WORKER_CRASH_MESSAGE = ("the worker process stopped while reading this file (out of memory or a "
                        "crash in a reader); the other files were checked")


class WorkerCrashError(AnalyserError):
    """The process reading a file died (a crash in a reader, the out-of-memory killer)."""

    code = "worker_crashed"


class ExecutorUnavailableError(AnalyserError):
    """The chosen executor cannot run (an optional extra is missing, a scheduler is unreachable)."""

    code = "executor_unavailable"


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchItem:
    """One file to check: where it is and the name its results carry (the path as given)."""

    path: Path
    name: str


@dataclass(frozen=True)
class InputScan:
    """What the inputs expand to: files to check, and files in folders that were passed over."""

    items: tuple[BatchItem, ...]
    skipped: tuple[str, ...] = ()


def scan_inputs(inputs: Iterable[str]) -> InputScan:
    """Expand files, folders (recursively) and glob patterns into the files to check.

    Folders contribute their contract files (PDF, DOCX, TXT, MD) and the formats that must be
    converted first (.doc, .odt, .rtf ...) so that those get an error row; hidden files and
    folders and other files are skipped and listed. A path that does not exist stays an item:
    its result is a ``not_found`` error row. Each file appears once, in input order, folders and
    glob matches sorted.
    """
    items: list[BatchItem] = []
    skipped: list[str] = []
    seen: set[Path] = set()

    def add(path: Path, name: str) -> None:
        key = path.resolve() if path.exists() else path.absolute()
        if key not in seen:
            seen.add(key)
            items.append(BatchItem(path=path, name=name))

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for found in _iter_folder(path, skipped):
                add(found, found.as_posix())
        elif path.exists() or not _GLOB_CHARS & set(raw):
            add(path, raw)
        else:
            for match in sorted(glob.glob(raw, recursive=True)):
                matched = Path(match)
                if matched.is_dir():
                    for found in _iter_folder(matched, skipped):
                        add(found, found.as_posix())
                else:
                    add(matched, match)
    return InputScan(items=tuple(items), skipped=tuple(skipped))


def _iter_folder(folder: Path, skipped: list[str]) -> Iterator[Path]:
    """Yield the contract files under ``folder`` in sorted order; note the others in ``skipped``."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith("."):
                continue
            if path.suffix.lower() in CONTRACT_SUFFIXES + REFUSED_SUFFIXES:
                yield path
            else:
                skipped.append(path.as_posix())


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- settings and the rules key ---------------------------------------------------------------


@dataclass(frozen=True)
class BatchSettings:
    """How every file of a batch is read and graded (the same in every worker)."""

    packs: tuple[str, ...] = DEFAULT_PACKS
    pdf_engine: str | None = None
    password: str | None = None
    learned: bool = True


def rules_key(settings: BatchSettings) -> str:
    """Digest of what decides a result besides the file: tool version, packs' contents, options.

    Loading the packs also validates them, so a broken pack stops the batch before any work.
    """
    digest = hashlib.sha256(f"likeness {__version__}\n".encode())
    for pack in load_packs(settings.packs):
        digest.update(f"pack {pack.id} {pack.version}\n".encode())
        digest.update(Path(pack.source).read_bytes())
    digest.update(f"pdf_engine {settings.pdf_engine or 'auto'}\n".encode())
    refiner = installed_refiner_version() if settings.learned else None
    digest.update(f"refiner {refiner}\n".encode())
    return digest.hexdigest()[:32]


# --- one task ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One file to analyse in a worker: by path (same machine) or by its bytes (a cluster)."""

    index: int
    name: str
    sha256: str
    path: str | None = None
    data: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class TaskResult:
    """What a worker sends back: the task's index and its result, ready to store."""

    index: int
    result: StoredResult


_pipelines: dict[tuple[tuple[str, ...], bool], Pipeline] = {}
_preloaded_in: int | None = None  # the process that loaded the default pipeline by preload
_pipeline_lock = threading.Lock()


def _pipeline_for(settings: BatchSettings) -> Pipeline:
    """The worker's pipeline for these packs, built on first use and then reused."""
    with _pipeline_lock:
        key = (settings.packs, settings.learned)
        pipeline = _pipelines.get(key)
        if pipeline is None:
            from analyser.pipeline import load_pipeline

            pipeline = _pipelines[key] = load_pipeline(settings.packs, learned=settings.learned)
        return pipeline


def preload_default_pipeline() -> None:
    """Load the default packs' pipeline into this process (the forkserver's preload).

    Workers forked afterwards start with it in place instead of each building their own. Never
    raises: a worker that finds no pipeline builds one, and reports any error on its files.
    """
    global _preloaded_in
    try:
        _pipeline_for(BatchSettings())
        _preloaded_in = os.getpid()
        settle_memory_for_work()
    except Exception:  # noqa: BLE001 - the forkserver must survive; the workers will say why
        _pipelines.clear()


def run_task(task: Task, settings: BatchSettings, key: str) -> TaskResult:
    """Analyse one file and return its result; never raises for a bad document."""
    started = time.perf_counter()
    pipeline = _pipeline_for(settings)
    source: bytes | Path = task.data if task.data is not None else Path(task.path or "")
    pages = characters = 0
    error_code: str | None = None
    outcome: dict[str, Any]
    from analyser.pipeline import analyse

    try:
        with _pipeline_lock:  # spaCy's matchers are not documented as thread-safe
            report = analyse(source, task.name, pipeline=pipeline, password=settings.password,
                             engine=settings.pdf_engine)
        outcome = report_to_dict(report)
        pages, characters = report.document.page_count or 0, len(report.document.text)
    except AnalyserError as error:
        outcome, error_code = error_to_dict(task.name, error), error.code
    except Exception as error:  # a bug must cost one row, not the batch
        error_code = "internal"
        outcome = {"document": {"name": task.name}, "error": {
            "code": "internal",
            "message": f"internal error ({type(error).__name__}); run `likeness check --debug` "
                       "on this file for details",
        }}
    result = StoredResult(sha256=task.sha256, rules_key=key, name=task.name, outcome=outcome,
                          error_code=error_code, pages=pages, characters=characters,
                          seconds=time.perf_counter() - started)
    return TaskResult(index=task.index, result=result)


def error_result(index: int, name: str, sha256: str, key: str,
                 error: AnalyserError) -> TaskResult:
    """A result for a file that failed before it reached a worker (missing, unreadable)."""
    outcome = error_to_dict(name, error)
    return TaskResult(index=index, result=StoredResult(
        sha256=sha256, rules_key=key, name=name, outcome=outcome, error_code=error.code,
        pages=0, characters=0, seconds=0.0))


# --- executors --------------------------------------------------------------------------------


class Executor(Protocol):
    """Runs tasks somewhere and calls ``deliver`` with each result as it arrives.

    Returns False when interrupted (Ctrl-C): results delivered so far are kept, the rest are not.
    """

    def prepare(self, settings: BatchSettings) -> None:
        """Start what takes time to start (worker processes) while the files are hashed."""

    def run(self, tasks: Sequence[Task], settings: BatchSettings, key: str,
            deliver: Callable[[TaskResult], None]) -> bool: ...


def _start_worker(settings: BatchSettings) -> None:
    """Worker initialiser: Ctrl-C is the parent's to handle (it stops cleanly); load the rules."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _pipeline_for(settings)
    settle_memory_for_work()


# A worker's garbage is mostly freed by reference counting; the cycle collector at Python's
# default threshold (700 allocations) ran about a thousand times over 40 contracts and cost
# about 1.2 ms per page, most of it walking the pipeline's long-lived objects again and again.
WORKER_GC_THRESHOLD = (20_000, 20, 20)


def settle_memory_for_work() -> None:
    """Exempt what is loaded so far (the pipeline) from cycle collection and collect less often.

    Called once the pipeline is in memory, in the forkserver (its workers inherit the frozen
    objects, which also keeps the pages they share unwritten) and in each worker.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


@dataclass(frozen=True)
class LocalExecutor:
    """Processes on this machine (``workers`` of them; 1 runs in this process).

    ``task`` is what each worker runs per file (a module-level function, so it can be pickled);
    tests replace it to prove that a crashing worker costs one row.
    """

    workers: int = os.cpu_count() or 1
    task: Callable[[Task, BatchSettings, str], TaskResult] = run_task

    def prepare(self, settings: BatchSettings) -> None:
        """Start the forkserver now, loading the pipeline while the main process hashes files."""
        if self.workers > 1:
            _forkserver_context(settings)
            from multiprocessing import forkserver

            forkserver.ensure_running()

    def run(self, tasks: Sequence[Task], settings: BatchSettings, key: str,
            deliver: Callable[[TaskResult], None]) -> bool:
        if not tasks:
            return True
        if self.workers <= 1 or len(tasks) == 1:
            return _run_in_process(self.task, tasks, settings, key, deliver)
        broken: list[Task] = []
        completed = self._run_pool(tasks, settings, key, deliver, self.workers, broken)
        # A worker that died (a crash, the kernel's out-of-memory killer) takes the pool with
        # it; every unfinished file is retried alone, so only the file that kills a worker fails.
        for task in broken:
            if not completed:
                break
            retry: list[Task] = []
            completed = self._run_pool([task], settings, key, deliver, 1, retry)
            for failed in retry:
                deliver(error_result(failed.index, failed.name, failed.sha256, key,
                                     WorkerCrashError(failed.name, WORKER_CRASH_MESSAGE)))
        return completed

    def _run_pool(self, tasks: Sequence[Task], settings: BatchSettings, key: str,
                  deliver: Callable[[TaskResult], None], workers: int,
                  broken: list[Task]) -> bool:
        context = _forkserver_context(settings)
        pool = ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=context,
                                   initializer=_start_worker, initargs=(settings,))
        futures: dict[Future[TaskResult], Task] = {}
        try:
            with _Interrupts() as interrupts:
                futures = {pool.submit(self.task, task, settings, key): task for task in tasks}
                pending = set(futures)
                while pending and not interrupts.count:
                    done, pending = wait(pending, timeout=POLL_SECONDS,
                                         return_when=FIRST_COMPLETED)
                    for future in sorted(done, key=lambda f: futures[f].index):
                        _deliver_future(future, futures[future], deliver, broken)
                if not pending:
                    return True
                _finish_running(pending, futures, deliver, broken, interrupts, pool)
                return False
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


POLL_SECONDS = 0.25


def _forkserver_context(settings: BatchSettings) -> Any:
    """The forkserver context; its server preloads the pipeline when the packs are the default.

    Has an effect only before the forkserver starts (the first batch of a process).
    """
    context = multiprocessing.get_context("forkserver")
    default = tuple(settings.packs) == tuple(BatchSettings().packs)
    context.set_forkserver_preload(["analyser.batch_preload" if default else "analyser.batch"])
    return context


class _Interrupts:
    """While installed (in the main thread), Ctrl-C is counted instead of raised.

    Raising KeyboardInterrupt inside ``concurrent.futures.wait`` can leave its locks held and hang
    the exit; a counter read between short waits stops cleanly instead. With ``raise_after``,
    that many presses raise KeyboardInterrupt (to stop a file being read in this process).
    """

    def __init__(self, raise_after: int | None = None) -> None:
        self.count = 0
        self.raise_after = raise_after
        self._previous: Any = None

    def __enter__(self) -> _Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _on_interrupt(self, signum: int, frame: object) -> None:
        self.count += 1
        if self.raise_after is not None and self.count >= self.raise_after:
            raise KeyboardInterrupt


def _deliver_future(future: Future[TaskResult], task: Task,
                    deliver: Callable[[TaskResult], None], broken: list[Task]) -> None:
    try:
        deliver(future.result())
    except BrokenProcessPool:
        broken.append(task)


def _finish_running(pending: set[Future[TaskResult]], futures: Mapping[Future[TaskResult], Task],
                    deliver: Callable[[TaskResult], None], broken: list[Task],
                    interrupts: _Interrupts, pool: ProcessPoolExecutor) -> None:
    """After Ctrl-C: drop queued work and keep what the workers are finishing; a second Ctrl-C
    stops the workers at once."""
    running = {future for future in pending if not future.cancel()}
    while running and interrupts.count < 2:
        done, running = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        for future in sorted(done, key=lambda f: futures[f].index):
            _deliver_future(future, futures[future], deliver, broken)
    if running:
        _ignore_cancelled_futures_in_pool_threads()
        _quiet_pool_wakeup_at_exit(pool)
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()


def _quiet_pool_wakeup_at_exit(pool: ProcessPoolExecutor) -> None:
    """Stopping workers mid-task can close the pipe the pool's manager thread is woken through
    before Python's exit hook for process pools writes to it ("OSError: [Errno 9] Bad file
    descriptor", printed as a traceback at exit); after a second Ctrl-C that is noise, so the
    wake-up ignores a closed pipe. The hook still joins the manager thread."""
    wakeup = getattr(pool, "_executor_manager_thread_wakeup", None)
    send = getattr(wakeup, "wakeup", None)
    if wakeup is None or send is None:
        return

    def quiet() -> None:
        with contextlib.suppress(OSError):
            send()

    wakeup.wakeup = quiet


def _ignore_cancelled_futures_in_pool_threads() -> None:
    """Stopping workers mid-task makes the pool's manager thread mark cancelled futures as
    failed, which Python 3.11 reports as InvalidStateError; after a second Ctrl-C that is noise."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    threading.excepthook = hook


def _run_in_process(run: Callable[[Task, BatchSettings, str], TaskResult],
                    tasks: Sequence[Task], settings: BatchSettings, key: str,
                    deliver: Callable[[TaskResult], None]) -> bool:
    try:
        with _Interrupts(raise_after=2) as interrupts:
            for task in tasks:
                if interrupts.count:
                    return False
                deliver(run(task, settings, key))
    except KeyboardInterrupt:
        return False
    return True


@dataclass(frozen=True)
class DaskExecutor:
    """A Dask distributed cluster at ``scheduler`` (or a local one with ``workers`` processes).

    Files travel as bytes, so the cluster's workers need no access to this machine's disks; each
    worker process builds the pipeline once. At most ``in_flight`` files per worker are sent
    ahead, so memory stays flat however large the batch.
    """

    scheduler: str | None = None
    workers: int = os.cpu_count() or 1
    in_flight: int = 4

    def prepare(self, settings: BatchSettings) -> None:
        """Nothing to start early: the cluster's workers are already running."""

    def run(self, tasks: Sequence[Task], settings: BatchSettings, key: str,
            deliver: Callable[[TaskResult], None]) -> bool:
        if not tasks:
            return True
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError:
            raise ExecutorUnavailableError(
                "dask", "the Dask executor needs the optional extra: "
                "pip install 'likeness-analyser[dask]'") from None
        cluster = None
        try:
            if self.scheduler:
                client = distributed.Client(self.scheduler, timeout="10s")
            else:
                cluster = distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
                client = distributed.Client(cluster)
        except (OSError, TimeoutError) as error:
            raise ExecutorUnavailableError(
                self.scheduler or "dask",
                f"cannot reach the Dask scheduler ({error})") from None
        try:
            return _run_on_dask(client, distributed.as_completed, tasks, settings, key, deliver,
                                self.in_flight * max(len(client.nthreads()), 1))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _run_on_dask(client: Any, as_completed: Any, tasks: Sequence[Task], settings: BatchSettings,
                 key: str, deliver: Callable[[TaskResult], None], window: int) -> bool:
    queue = iter(tasks)

    def submit(task: Task) -> Any:
        data = Path(task.path or "").read_bytes() if task.data is None else task.data
        shipped = Task(index=task.index, name=task.name, sha256=task.sha256, data=data)
        return client.submit(run_task, shipped, settings, key, pure=False)

    started = [submit(task) for task, _ in zip(queue, range(window), strict=False)]
    running = as_completed(started)
    try:
        for future in running:
            deliver(future.result())
            following = next(queue, None)
            if following is not None:
                running.add(submit(following))
    except KeyboardInterrupt:
        client.cancel(list(running.futures))
        return False
    return True


# --- the run ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchRun:
    """The outcome of a batch: a result per item (None if interrupted first), and counts."""

    items: tuple[BatchItem, ...]
    results: tuple[StoredResult | None, ...]
    reused: int
    analysed: int
    interrupted: bool
    seconds: float

    @property
    def done(self) -> int:
        return sum(result is not None for result in self.results)

    @property
    def errors(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            if result is not None and result.error_code:
                counts[result.error_code] = counts.get(result.error_code, 0) + 1
        return dict(sorted(counts.items()))

    @property
    def pages(self) -> int:
        return sum(result.pages for result in self.results if result is not None)


def run_batch(
    items: Sequence[BatchItem],
    *,
    settings: BatchSettings,
    store: ResultStore,
    executor: Executor,
    resume: bool = False,
    on_result: Callable[[StoredResult, bool], None] | None = None,
) -> BatchRun:
    """Check every item, storing each result as it arrives; see the module docstring.

    ``resume`` takes results the store holds for the same content and rules instead of
    analysing again. ``on_result(result, reused)`` is called for each finished item (progress).
    Files with the same content are analysed once.
    """
    started = time.perf_counter()
    executor.prepare(settings)
    key = rules_key(settings)
    results: list[StoredResult | None] = [None] * len(items)
    waiting: dict[str, list[int]] = {}  # content hash -> items with that content
    tasks: list[Task] = []
    reused = 0

    def finish(index: int, result: StoredResult, was_reused: bool) -> None:
        named = _renamed(result, items[index].name)
        results[index] = named
        if on_result is not None:
            on_result(named, was_reused)

    for index, item in enumerate(items):
        try:
            sha256 = _checked_hash(item)
        except AnalyserError as error:
            finish(index, error_result(index, item.name, "", key, error).result, False)
            continue
        stored = store.get(sha256, key) if resume else None
        if stored is not None:
            reused += 1
            finish(index, stored, True)
        elif sha256 in waiting:
            waiting[sha256].append(index)
        else:
            waiting[sha256] = [index]
            tasks.append(Task(index=index, name=item.name, sha256=sha256, path=str(item.path)))

    def deliver(task_result: TaskResult) -> None:
        store.put(task_result.result)
        for index in waiting.get(task_result.result.sha256, [task_result.index]):
            finish(index, task_result.result, False)

    # Largest files first: the last minutes of a batch are not one long contract on one worker
    # while the others wait. Results still come out in the order of the inputs.
    tasks.sort(key=lambda task: -_size_of(task.path))
    completed = executor.run(tasks, settings, key, deliver)
    analysed = sum(1 for r in results if r is not None) - reused
    return BatchRun(items=tuple(items), results=tuple(results), reused=reused,
                    analysed=analysed, interrupted=not completed,
                    seconds=time.perf_counter() - started)


def _size_of(path: str | None) -> int:
    try:
        return os.path.getsize(path) if path else 0
    except OSError:
        return 0


def _checked_hash(item: BatchItem) -> str:
    """Hash the item's file, or raise the error row it deserves (missing, a folder, unreadable)."""
    if not item.path.exists():
        raise FileMissingError(item.name, "no such file")
    if not item.path.is_file():
        raise FileMissingError(item.name, "not a file (a folder or a device?)")
    try:
        return file_sha256(item.path)
    except OSError as error:
        raise UnreadableFileError(
            item.name, f"cannot be opened ({error.strerror or error})") from None


def _renamed(result: StoredResult, name: str) -> StoredResult:
    """The result as this item's: the stored one may come from a file of the same content."""
    document = result.outcome.get("document")
    if result.name == name and isinstance(document, Mapping) and document.get("name") == name:
        return result
    outcome = dict(result.outcome)
    outcome["document"] = {**dict(document or {}), "name": name}
    return StoredResult(sha256=result.sha256, rules_key=result.rules_key, name=name,
                        outcome=outcome, error_code=result.error_code, pages=result.pages,
                        characters=result.characters, seconds=result.seconds)
