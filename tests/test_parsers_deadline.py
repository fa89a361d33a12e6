"""The per-document time limit (analyser.parsers.deadline) survives a swallowed alarm.

Regression: with Dask imported, its garbage-collector callback ran when the alarm fired; Python
dropped the exception ("Exception ignored in gc_callback") and a 4 s limit took 11.8 s.
"""

from __future__ import annotations

import gc
import time

import pytest

from analyser.errors import TimeoutError_
from analyser.parsers.deadline import DocumentTimeout, time_limit


def test_the_limit_holds_when_the_first_alarm_is_swallowed() -> None:
    swallowed = 0
    started = time.monotonic()
    with pytest.raises(TimeoutError_, match="too slow"), time_limit(0.3, "x.pdf", "too slow"):
        while time.monotonic() - started < 5:
            try:
                time.sleep(0.01)
            except DocumentTimeout:  # what a callback that drops exceptions amounts to
                if swallowed:
                    raise
                swallowed += 1
    assert swallowed == 1
    assert time.monotonic() - started < 1.5


def test_the_limit_holds_with_a_gc_callback_that_runs_at_the_alarm() -> None:
    def busy_callback(phase: str, info: dict[str, int]) -> None:
        time.sleep(0.0005)

    gc.callbacks.append(busy_callback)
    try:
        started = time.monotonic()
        with pytest.raises(TimeoutError_), time_limit(0.3, "x.pdf", "too slow"):
            while time.monotonic() - started < 5:
                [[object()] for _ in range(2000)]  # allocation runs the collector often
        assert time.monotonic() - started < 1.5
    finally:
        gc.callbacks.remove(busy_callback)


def test_the_callers_alarm_is_put_back_and_ours_is_gone() -> None:
    import signal

    before = signal.getitimer(signal.ITIMER_REAL)  # pytest-timeout's, or none
    with time_limit(5, "x.pdf", "too slow"):
        pass
    after = signal.getitimer(signal.ITIMER_REAL)
    assert after[1] == before[1]
    assert (after[0] == 0.0) == (before[0] == 0.0)
    assert after[0] <= before[0]
