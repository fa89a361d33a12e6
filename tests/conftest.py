"""Shared test setup: the repository root importable (``samples.docgen``, ``analyser``), and one
default pipeline for every test module that reads contracts with the default packs."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import pytest  # noqa: E402

from analyser.pipeline import Pipeline, load_pipeline  # noqa: E402


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default packs, loaded once (a module may define its own ``pipeline`` to differ)."""
    return load_pipeline()
