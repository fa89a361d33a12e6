"""Progress of a batch on the terminal: a bar with rate and ETA, or plain lines in logs.

:func:`make_progress` returns a tqdm bar when the stream is a terminal, and otherwise a
:class:`LineProgress` that prints one line at every tenth of the work (and at least every
``every_seconds``), so CI logs and redirected output stay readable.
"""

from __future__ import annotations

import time
from typing import Any, Protocol, TextIO

__all__ = ["LineProgress", "NullProgress", "Progress", "make_progress", "format_duration"]


class Progress(Protocol):
    """Told about each finished file; closed at the end."""

    def advance(self, pages: int, *, reused: bool = False, failed: bool = False) -> None: ...

    def close(self) -> None: ...


class NullProgress:
    """Says nothing (``--quiet``)."""

    def advance(self, pages: int, *, reused: bool = False, failed: bool = False) -> None:
        return None

    def close(self) -> None:
        return None


def format_duration(seconds: float) -> str:
    """Return ``H:MM:SS`` (or ``M:SS`` under an hour)."""
    whole = max(int(round(seconds)), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class LineProgress:
    """Plain progress lines: files done, files and pages per second, errors, time left."""

    def __init__(self, total: int, stream: TextIO, *, every_seconds: float = 10.0,
                 label: str = "likeness batch", clock: Any = time.monotonic) -> None:
        self.total = total
        self.stream = stream
        self.every_seconds = every_seconds
        self.label = label
        self.clock = clock
        self.started = clock()
        self.last_print = self.started
        self.done = self.pages = self.reused = self.failed = 0
        self.step = max(total // 10, 1)

    def advance(self, pages: int, *, reused: bool = False, failed: bool = False) -> None:
        self.done += 1
        self.pages += pages
        self.reused += reused
        self.failed += failed
        now = self.clock()
        if self.done % self.step == 0 or self.done == self.total or (
                now - self.last_print >= self.every_seconds):
            self.last_print = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        parts = [f"{self.label}: {self.done}/{self.total} files",
                 f"{rate:.1f} files/s", f"{self.pages / elapsed:.1f} pages/s"]
        if self.reused:
            parts.append(f"{self.reused} from the store")
        if self.failed:
            parts.append(f"{self.failed} errors")
        parts.append(f"elapsed {format_duration(elapsed)}")
        if self.done < self.total:
            parts.append(f"ETA {format_duration(left)}")
        return ", ".join(parts)

    def close(self) -> None:
        return None


class _TqdmProgress:
    """A tqdm bar (files, with rate and ETA) whose postfix counts pages and errors."""

    def __init__(self, total: int, stream: TextIO, label: str) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, file=stream, unit="file", desc=label, dynamic_ncols=True)
        self.pages = self.failed = 0

    def advance(self, pages: int, *, reused: bool = False, failed: bool = False) -> None:
        self.pages += pages
        self.failed += failed
        self.bar.set_postfix(pages=self.pages, errors=self.failed, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def make_progress(total: int, stream: TextIO, *, quiet: bool = False,
                  label: str = "likeness batch") -> Progress:
    """A bar on a terminal, plain lines otherwise, nothing with ``quiet``."""
    if quiet:
        return NullProgress()
    if stream.isatty():
        return _TqdmProgress(total, stream, label)
    return LineProgress(total, stream, label=label)
