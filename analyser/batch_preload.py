"""The batch forkserver's preload: importing this module loads the default packs' pipeline.

``likeness batch`` starts its worker processes from a forkserver (a clean process that forks
each worker). The forkserver imports this module once, so every worker forked from it starts
with the spaCy pipeline and rule packs already in memory instead of building its own.
"""

from __future__ import annotations

from analyser.batch import preload_default_pipeline

preload_default_pipeline()
