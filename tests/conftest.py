"""Shared test setup: the repository root importable (``samples.docgen``, ``analyser``), and one
default pipeline for every test module that reads contracts with the default packs."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# built pipelines are cached in a folder of this test run, never in the user's own cache (the
# command-line tests' subprocesses inherit it)
os.environ["LIKENESS_CACHE_DIR"] = tempfile.mkdtemp(prefix="likeness-test-cache-")
os.environ.pop("LIKENESS_NO_CACHE", None)

import pytest  # noqa: E402

from analyser.pipeline import Pipeline, load_pipeline  # noqa: E402


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default packs, loaded once (a module may define its own ``pipeline`` to differ)."""
    return load_pipeline()
