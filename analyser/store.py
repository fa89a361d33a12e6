"""The batch result store: one SQLite file holding every checked file's outcome as it arrives.

Rows are keyed by the file's SHA-256 and the *rules key* (a digest of the tool version, the rule
packs' contents and the reading options), so a rerun of ``likeness batch --resume`` with the same
files and rules takes every result from here and analyses nothing. SQLite is the embedded
default: one file beside the results, no server, safe against a crash mid-batch (each result is
committed on arrival, write-ahead logging on).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from analyser.errors import UnreadableFileError

__all__ = ["STORE_SCHEMA_VERSION", "ResultStore", "StoredResult"]

STORE_SCHEMA_VERSION = "1"
# Errors that may not repeat on a second try: they are not kept, so --resume retries them.
TRANSIENT_ERRORS = frozenset({"timeout", "internal", "unreadable", "not_found", "worker_crashed"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT NOT NULL,
    rules_key TEXT NOT NULL,
    name TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error_code TEXT,
    pages INTEGER NOT NULL,
    characters INTEGER NOT NULL,
    seconds REAL NOT NULL,
    stored_at REAL NOT NULL,
    PRIMARY KEY (sha256, rules_key)
);
"""


@dataclass(frozen=True)
class StoredResult:
    """One checked file: its report or error object (JSON-ready) and how long it took."""

    sha256: str
    rules_key: str
    name: str
    outcome: Mapping[str, Any]
    error_code: str | None
    pages: int
    characters: int
    seconds: float


class ResultStore:
    """A SQLite file of :class:`StoredResult` rows; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._check_version()
        except sqlite3.DatabaseError as error:
            raise UnreadableFileError(
                str(self.path), f"is not a results store this tool can use ({error})"
            ) from None

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (STORE_SCHEMA_VERSION,))
            self._db.commit()
        elif row[0] != STORE_SCHEMA_VERSION:
            raise UnreadableFileError(
                str(self.path),
                f"was written by another version of the store ({row[0]}); use a new --store",
            )

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (everything stored is already committed)."""
        self._db.close()

    def get(self, sha256: str, rules_key: str) -> StoredResult | None:
        """Return the stored result of this file content under these rules, if any."""
        row = self._db.execute(
            "SELECT sha256, rules_key, name, outcome, error_code, pages, characters, seconds "
            "FROM results WHERE sha256 = ? AND rules_key = ?",
            (sha256, rules_key),
        ).fetchone()
        return None if row is None else _from_row(row)

    def put(self, result: StoredResult) -> None:
        """Store (or replace) one result and commit it, unless its error may be transient."""
        if result.error_code in TRANSIENT_ERRORS:
            return
        self._db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (result.sha256, result.rules_key, result.name,
             json.dumps(result.outcome, ensure_ascii=False), result.error_code, result.pages,
             result.characters, result.seconds, time.time()),
        )
        self._db.commit()

    def iter_results(self, rules_key: str | None = None) -> Iterator[StoredResult]:
        """Yield stored results (all, or those under one rules key) in storage order."""
        query = ("SELECT sha256, rules_key, name, outcome, error_code, pages, characters, seconds "
                 "FROM results")
        parameters: Iterable[str] = ()
        if rules_key is not None:
            query += " WHERE rules_key = ?"
            parameters = (rules_key,)
        for row in self._db.execute(query + " ORDER BY rowid", tuple(parameters)):
            yield _from_row(row)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])


def _from_row(row: tuple[Any, ...]) -> StoredResult:
    sha256, rules_key, name, outcome, error_code, pages, characters, seconds = row
    return StoredResult(sha256=sha256, rules_key=rules_key, name=name,
                        outcome=json.loads(outcome), error_code=error_code, pages=int(pages),
                        characters=int(characters), seconds=float(seconds))
