"""Local-first analyser of AI likeness (digital replica) terms in modelling and talent contracts.

The public API is small::

    from analyser import analyse, load_pipeline
    report = analyse("contract.pdf")
    report.requirement("consent").status   # "present" | "weak" | "missing"

Reuse one pipeline for many files: ``pipeline = load_pipeline(); analyse(path, pipeline=pipeline)``.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("likeness-analyser")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

from typing import TYPE_CHECKING, Any  # noqa: E402

from analyser.errors import AnalyserError  # noqa: E402
from analyser.model import Document, Report  # noqa: E402

if TYPE_CHECKING:
    from analyser.pipeline import Pipeline, analyse, analyse_document, load_pipeline

__all__ = [
    "AnalyserError",
    "Document",
    "Pipeline",
    "Report",
    "__version__",
    "analyse",
    "analyse_document",
    "load_pipeline",
]

_FROM_PIPELINE = frozenset({"Pipeline", "analyse", "analyse_document", "load_pipeline"})


def __getattr__(name: str) -> Any:
    """Import the pipeline (and spaCy) on first use, so that importing the package is quick."""
    if name in _FROM_PIPELINE:
        from analyser import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'analyser' has no attribute {name!r}")
