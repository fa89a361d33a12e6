"""Built pipelines kept on disk, so that a command starts in half the time.

Building the pipeline (reading the rule packs, compiling their regexes and spaCy patterns) takes
about 1.3 s; reading a built one back takes about 0.3 s. Every ``likeness check`` and every
``likeness batch`` (its forkserver) pays it once, so the built pipeline is kept in a cache folder,
under a key that changes whenever anything that decides it changes: the analyser's own source,
the contents of the rule-pack files, spaCy's and Python's versions.

The cache holds no contract text: only rules and the matchers built from them. It is read only
from a folder and a file the user owns and that no one else may write (a pickle can run code);
anything wrong with an entry (unreadable, truncated, from another version, not owned) means it
is built again and rewritten. ``LIKENESS_CACHE_DIR`` chooses the folder (default
``$XDG_CACHE_HOME/likeness`` or ``~/.cache/likeness``); ``LIKENESS_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = [
    "CACHE_DIR_ENV",
    "NO_CACHE_ENV",
    "cache_dir",
    "cached",
    "pipeline_key",
]

CACHE_DIR_ENV = "LIKENESS_CACHE_DIR"
NO_CACHE_ENV = "LIKENESS_NO_CACHE"
# bump when what is pickled changes shape in a way the source digest would not show
_FORMAT = "pipeline-cache 1"
# entries kept per folder: each change of the source or the packs makes a new one
_KEEP = 8
_PACKAGE_DIR = Path(__file__).resolve().parent

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder built pipelines are kept in, or None when caching is turned off."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    chosen = os.environ.get(CACHE_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "likeness"


def pipeline_key(pack_files: Sequence[Path]) -> str:
    """Digest of everything a built pipeline depends on: the analyser's source, the pack files'
    contents (in load order), spaCy's and Python's versions."""
    from spacy.about import __version__ as spacy_version

    digest = hashlib.sha256(f"{_FORMAT}\n{sys.version}\nspacy {spacy_version}\n".encode())
    for source in sorted(_PACKAGE_DIR.rglob("*.py")):
        digest.update(f"source {source.relative_to(_PACKAGE_DIR).as_posix()}\n".encode())
        digest.update(source.read_bytes())
    for pack in pack_files:
        digest.update(f"pack {pack.name}\n".encode())
        digest.update(pack.read_bytes())
    return digest.hexdigest()[:32]


def cached(key: str, build: Callable[[], T], folder: Path | None) -> T:
    """The object stored under ``key`` in ``folder``; else ``build()``, stored for next time.

    Never fails because of the cache: a missing, foreign or broken entry is rebuilt, and a folder
    that cannot be written leaves the built object unstored. Errors of ``build`` itself propagate.
    """
    if folder is None:
        return build()
    entry = folder / f"pipeline-{key}.pickle"
    found = _read_entry(entry)
    if found is not None:
        return found  # type: ignore[return-value]
    built = build()
    _write_entry(folder, entry, built)
    return built


def _read_entry(entry: Path) -> object | None:
    try:
        with entry.open("rb") as handle:
            if not _owned_and_private(os.fstat(handle.fileno())):
                return None
            if not _owned_and_private(os.stat(entry.parent)):
                return None
            found: object = pickle.load(handle)  # noqa: S301 - a private file of the user's runs
            return found
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - any broken entry (truncated, other version) is rebuilt
        return None


def _owned_and_private(status: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    owner = getattr(os, "getuid", lambda: status.st_uid)()
    return status.st_uid == owner and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _write_entry(folder: Path, entry: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".pipeline-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, entry)
        finally:
            Path(temporary).unlink(missing_ok=True)
        _prune(folder, keep=entry)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
        return


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the ``_KEEP`` most recently written entries (and never ``keep``)."""
    entries = sorted(folder.glob("pipeline-*.pickle"), key=lambda p: p.stat().st_mtime,
                     reverse=True)
    for old in entries[_KEEP:]:
        if old != keep:
            old.unlink(missing_ok=True)
