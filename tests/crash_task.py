"""A worker task that kills its process for files named ``crash*`` (used by test_batch.py).

It lives in its own module so that worker processes can import it by name.
"""

from __future__ import annotations

import os
from pathlib import Path

from analyser.batch import BatchSettings, Task, TaskResult, run_task


def crash_on_crash_files(task: Task, settings: BatchSettings, key: str) -> TaskResult:
    """Like :func:`analyser.batch.run_task`, but the process dies on a file named crash*."""
    if Path(task.name).name.startswith("crash"):
        os._exit(3)
    return run_task(task, settings, key)
