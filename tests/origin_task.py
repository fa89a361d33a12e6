"""A worker task that also says where its pipeline was loaded (used by test_batch.py).

It lives in its own module so that worker processes can import it by name.
"""

from __future__ import annotations

import dataclasses
import gc
import os

from analyser import batch
from analyser.batch import BatchSettings, Task, TaskResult, run_task


def run_task_with_origin(task: Task, settings: BatchSettings, key: str) -> TaskResult:
    """Like :func:`analyser.batch.run_task`; the outcome also carries the worker's process ids."""
    done = run_task(task, settings, key)
    origin = {"preloaded_in": batch._preloaded_in, "parent": os.getppid(), "pid": os.getpid(),
              "frozen": gc.get_freeze_count(), "gc_threshold": list(gc.get_threshold())}
    outcome = {**done.result.outcome, "origin": origin}
    return dataclasses.replace(done, result=dataclasses.replace(done.result, outcome=outcome))
