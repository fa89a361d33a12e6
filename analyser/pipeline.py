"""The one wiring function the app, the command line and batch all call.

``analyse(source)`` parses a file, segments it into clauses, runs the rule packs through the spaCy
pipeline and returns a :class:`~analyser.model.Report`. ``load_pipeline`` builds the expensive,
reusable part (spaCy and the rule packs) once; pass it to ``analyse`` to check many files.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from analyser.engine import Engine
from analyser.model import Document, Report
from analyser.parsers import parse
from analyser.rules import DEFAULT_PACKS, RulePack, load_packs
from analyser.segmenter import segment

__all__ = ["Pipeline", "analyse", "analyse_document", "load_pipeline"]


@dataclass(frozen=True)
class Pipeline:
    """The loaded rule packs and the engine built from them; reuse it across documents."""

    packs: tuple[RulePack, ...]
    engine: Engine

    @property
    def pack_ids(self) -> tuple[str, ...]:
        return tuple(pack.id for pack in self.packs)


def load_pipeline(packs: Sequence[str] = DEFAULT_PACKS) -> Pipeline:
    """Load the named rule packs (``baseline`` is always included) and build the engine."""
    loaded = load_packs(packs)
    return Pipeline(packs=loaded, engine=Engine(loaded))


def analyse_document(document: Document, pipeline: Pipeline) -> Report:
    """Segment an already parsed document and grade it with ``pipeline``."""
    clauses = segment(document)
    return pipeline.engine.analyse(document, clauses)


def analyse(
    source: str | os.PathLike[str] | bytes,
    name: str | None = None,
    *,
    pipeline: Pipeline | None = None,
    packs: Sequence[str] = DEFAULT_PACKS,
    password: str | None = None,
    engine: str | None = None,
) -> Report:
    """Read ``source`` (a path or bytes) and return its report; AnalyserError if unreadable."""
    active = pipeline if pipeline is not None else load_pipeline(packs)
    return analyse_document(parse(source, name, password=password, engine=engine), active)
