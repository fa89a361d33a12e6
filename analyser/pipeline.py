"""The one wiring function the app, the command line and batch all call.

``analyse(source)`` parses a file, segments it into clauses, runs the rule packs through the spaCy
pipeline and returns a :class:`~analyser.model.Report`. ``load_pipeline`` builds the expensive,
reusable part (spaCy and the rule packs) once; pass it to ``analyse`` to check many files.
"""

from __future__ import annotations

import copy
import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from analyser.engine import Engine
from analyser.model import Document, ExtractionWarning, Report
from analyser.parsers import parse
from analyser.pipeline_cache import cache_dir, cached, pipeline_key
from analyser.refiner import StatusRefiner
from analyser.rules import DEFAULT_PACKS, RulePack, load_pack_files, pack_files
from analyser.segmenter import segment

__all__ = [
    "MIN_WORDS", "Pipeline", "analyse", "analyse_document", "load_pipeline", "word_count",
]

# A text with fewer words is still graded, with a `too_short` warning. The shortest contract worth
# grading names the parties, grants a use and is signed: a bare one-paragraph release runs to
# 60-100 words, the shortest bundled sample to about 180. Thirty words is two sentences, too few
# for any of that, and far below every real contract, so the warning does not fire on one.
MIN_WORDS = 30
# Chinese and Japanese write words without spaces: each of their characters counts as a word
_CJK_CHARACTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.,-][^\W_]+)*")
# Enough text to find MIN_WORDS words in any real contract: a prefix never has more words than
# the whole text (a word cut at the end is still one word), so a long text is counted only here.
_WORD_PROBE = 2000


@dataclass(frozen=True)
class Pipeline:
    """The loaded rule packs and the engine built from them; reuse it across documents."""

    packs: tuple[RulePack, ...]
    engine: Engine

    @property
    def pack_ids(self) -> tuple[str, ...]:
        return tuple(pack.id for pack in self.packs)


def load_pipeline(packs: Sequence[str] = DEFAULT_PACKS, *, learned: bool = True) -> Pipeline:
    """Load the named rule packs (``baseline`` is always included) and build the engine.

    A pipeline built before from the same packs and source is read back from the cache
    (:mod:`analyser.pipeline_cache`); a broken pack raises its error here all the same. With
    ``learned`` (the default) the engine also consults the shipped status refiner
    (:mod:`analyser.refiner`); ``learned=False`` grades by the rules alone.
    """
    pipeline = _load_rules_pipeline(packs)
    refiner = _default_refiner() if learned else None
    if refiner is None:
        return pipeline
    engine = copy.copy(pipeline.engine)
    engine.refiner = refiner
    return replace(pipeline, engine=engine)


@functools.cache
def _default_refiner() -> StatusRefiner | None:
    from analyser.learned import load_default_refiner

    return load_default_refiner()


def _load_rules_pipeline(packs: Sequence[str]) -> Pipeline:
    files = pack_files(packs)

    def build() -> Pipeline:
        loaded = load_pack_files(files)
        return Pipeline(packs=loaded, engine=Engine(loaded))

    try:
        key = pipeline_key(files)
    except OSError:  # a pack file that cannot be read: building says which and why
        return build()
    return cached(key, build, cache_dir())


def analyse_document(document: Document, pipeline: Pipeline) -> Report:
    """Segment an already parsed document and grade it with ``pipeline``."""
    document = _with_length_warning(document)
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


def word_count(text: str) -> int:
    """The words of ``text``: runs of letters and digits ("Model's", "7.2" and "sub-licence"
    count once), and each Chinese or Japanese character."""
    characters = len(_CJK_CHARACTER.findall(text))
    return characters + len(_WORD.findall(_CJK_CHARACTER.sub(" ", text)))


def _with_length_warning(document: Document) -> Document:
    """The document, with a ``too_short`` warning when its text is too short to be a contract (a
    stray note, a title, the wrong file): it is still graded, but nearly everything will read as
    missing, and the reader should know why."""
    words = word_count(document.text[:_WORD_PROBE])
    if words < MIN_WORDS:
        words = word_count(document.text)
    if words >= MIN_WORDS or any(w.code == "too_short" for w in document.warnings):
        return document
    warning = ExtractionWarning(
        code="too_short",
        message=(
            f"the text has only {words} word{'' if words == 1 else 's'}, too few for a contract "
            f"(even a short release has more than {MIN_WORDS} words); the results below "
            "describe only this text, so check that you chose the right file"
        ),
    )
    return replace(document, warnings=(*document.warnings, warning))
