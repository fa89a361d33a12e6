"""A hard time limit per document, where the platform allows one.

Readers check the deadline between pages (cooperative). A single page or part can still take long
(a PDF object nested thousands deep, parsed in pure Python), so :func:`time_limit` also arms a
real-time alarm when it runs in the main thread of a POSIX process: the alarm interrupts the Python
code and becomes :class:`~analyser.errors.TimeoutError_`. An alarm the caller already set (a test
runner's, say) is put back afterwards, and one due earlier than ours is left alone.

Python drops an exception raised while it runs a garbage-collector callback or a finaliser
("Exception ignored in ..."), so an alarm can be lost (seen with Dask's gc callbacks installed).
An alarm that lands inside a gc callback therefore waits :data:`RETRY_SECONDS` and fires again,
and the alarm repeats every :data:`REPEAT_SECONDS` until the body ends (for finalisers).
"""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from analyser.errors import TimeoutError_

__all__ = ["REPEAT_SECONDS", "RETRY_SECONDS", "DocumentTimeout", "time_limit"]

REPEAT_SECONDS = 0.2
RETRY_SECONDS = 0.01


class DocumentTimeout(BaseException):  # noqa: N818 - raised by the alarm, turned into TimeoutError_
    """Raised inside the reader by the alarm; BaseException so library ``except Exception``
    blocks do not swallow it."""


def _inside_gc_callback(frame: FrameType | None) -> bool:
    """Whether the interrupted code runs inside a garbage-collector callback."""
    codes = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    codes.discard(None)
    while frame is not None and codes:
        if frame.f_code in codes:
            return True
        frame = frame.f_back
    return False


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float, name: str, message: str) -> Iterator[None]:
    """Raise TimeoutError_(name, message) if the body runs longer than ``seconds``."""
    if seconds <= 0 or not _alarm_usable():
        yield
        return
    previous_delay, previous_interval = signal.getitimer(signal.ITIMER_REAL)
    if 0 < previous_delay <= seconds:
        yield  # the caller's alarm fires first anyway; the cooperative checks still apply
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if _inside_gc_callback(frame):
            signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS, REPEAT_SECONDS)
            return
        raise DocumentTimeout

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except DocumentTimeout:  # also when the alarm fires just as the body ends
        raise TimeoutError_(name, message) from None
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:
            remaining = max(previous_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, previous_interval)
