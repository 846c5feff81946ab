"""The manifest: which version of which file the store serves (SQLite).

The vector store holds chunks; the manifest says which of them are *live*.
Each indexing of a file writes its chunks under a fresh ``generation`` id,
and only the manifest's ``documents`` row makes a generation live. That row
changes in one SQLite transaction, so a reader sees either the old or the new
version of a file, never half of one.

Crash safety is a write-ahead journal, the ``pending`` table: a generation is
recorded there *before* its chunks are written and stays until they are
either committed (made live) or deleted; an old generation goes back there
when a new one replaces it. Opening the store deletes the chunks of every
pending generation, which finishes whatever an interrupted run left behind.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from router.levels import Level

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    generation TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    kind TEXT NOT NULL,
    level INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    label_fingerprint TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    indexed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (generation TEXT PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS roots (path TEXT PRIMARY KEY);
"""


class ManifestCorrupt(Exception):
    """The manifest file is not a usable SQLite database."""


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """One live document: what was indexed and how it was labelled."""

    path: str
    generation: str
    sha256: str
    size: int
    mtime_ns: int
    kind: str
    level: Level
    reasons: tuple[str, ...]
    label_fingerprint: str
    chunks: int
    indexed_at: float


_REASON_SEPARATOR = "\x1f"  # unit separator: never in a reason we write


class Manifest:
    """Thread-safe access to the manifest database at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            check = self._db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise ManifestCorrupt(f"integrity check failed: {check}")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise ManifestCorrupt(str(exc)) from exc

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- meta ------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A stored setting, or None."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- documents -------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        """Every live document, sorted by path."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM documents ORDER BY path").fetchall()
        return [_record(row) for row in rows]

    def document(self, path: str) -> DocumentRecord | None:
        """The live document at ``path``, if any."""
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE path = ?", (path,)).fetchone()
        return None if row is None else _record(row)

    def live(self, generations: Iterable[str]) -> dict[str, tuple[str, Level]]:
        """For each live generation among ``generations``: (path, level)."""
        wanted = list(dict.fromkeys(generations))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with self._lock:
            rows = self._db.execute(
                f"SELECT generation, path, level FROM documents WHERE generation IN ({marks})",  # noqa: S608 - only placeholders
                wanted,
            ).fetchall()
        return {str(g): (str(p), Level(int(lv))) for g, p, lv in rows}

    def total_chunks(self) -> int:
        """How many chunks the live documents should have in the store."""
        with self._lock:
            row = self._db.execute("SELECT COALESCE(SUM(chunks), 0) FROM documents").fetchone()
        return int(row[0])

    def begin_generation(self, generation: str, path: str) -> None:
        """Journal ``generation`` before any of its chunks is written."""
        with self._transaction() as db:
            db.execute("INSERT INTO pending (generation, path) VALUES (?, ?)", (generation, path))

    def commit_document(self, record: DocumentRecord) -> str | None:
        """Make ``record`` live in one transaction; returns the replaced generation.

        The replaced generation is journalled for deletion, so its chunks go even
        if the process dies before ``forget_generation``.
        """
        with self._transaction() as db:
            row = db.execute(
                "SELECT generation FROM documents WHERE path = ?", (record.path,)
            ).fetchone()
            old = None if row is None else str(row[0])
            if old is not None:
                db.execute(
                    "INSERT OR REPLACE INTO pending (generation, path) VALUES (?, ?)",
                    (old, record.path),
                )
            db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.path,
                    record.generation,
                    record.sha256,
                    record.size,
                    record.mtime_ns,
                    record.kind,
                    int(record.level),
                    _REASON_SEPARATOR.join(record.reasons),
                    record.label_fingerprint,
                    record.chunks,
                    record.indexed_at,
                ),
            )
            db.execute("DELETE FROM pending WHERE generation = ?", (record.generation,))
        return old

    def update_stat(self, path: str, size: int, mtime_ns: int) -> None:
        """Record a new size/mtime for unchanged content (a touched file)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE documents SET size = ?, mtime_ns = ? WHERE path = ?",
                (size, mtime_ns, path),
            )

    def update_label(
        self, path: str, level: Level, reasons: tuple[str, ...], fingerprint: str
    ) -> None:
        """Record a new label for a document whose chunks were relabelled."""
        with self._transaction() as db:
            db.execute(
                "UPDATE documents SET level = ?, reasons = ?, label_fingerprint = ? WHERE path = ?",
                (int(level), _REASON_SEPARATOR.join(reasons), fingerprint, path),
            )

    def retire_document(self, path: str) -> str | None:
        """Stop serving ``path``; returns its generation, journalled for deletion."""
        with self._transaction() as db:
            row = db.execute("SELECT generation FROM documents WHERE path = ?", (path,)).fetchone()
            if row is None:
                return None
            generation = str(row[0])
            db.execute(
                "INSERT OR REPLACE INTO pending (generation, path) VALUES (?, ?)",
                (generation, path),
            )
            db.execute("DELETE FROM documents WHERE path = ?", (path,))
        return generation

    def pending(self) -> list[str]:
        """Generations whose chunks must be deleted (interrupted or replaced)."""
        with self._lock:
            rows = self._db.execute("SELECT generation FROM pending").fetchall()
        return [str(row[0]) for row in rows]

    def forget_generation(self, generation: str) -> None:
        """The chunks of ``generation`` are gone: drop it from the journal."""
        with self._transaction() as db:
            db.execute("DELETE FROM pending WHERE generation = ?", (generation,))

    # -- roots -----------------------------------------------------------------

    def roots(self) -> list[str]:
        """Folders and files the user asked to index, for a later full sync."""
        with self._lock:
            rows = self._db.execute("SELECT path FROM roots ORDER BY path").fetchall()
        return [str(row[0]) for row in rows]

    def add_roots(self, paths: Iterable[str]) -> None:
        """Remember ``paths`` as roots."""
        with self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO roots (path) VALUES (?)", [(p,) for p in paths])

    def remove_roots(self, paths: Iterable[str]) -> None:
        """Forget ``paths`` as roots."""
        with self._transaction() as db:
            db.executemany("DELETE FROM roots WHERE path = ?", [(p,) for p in paths])


def new_record(
    *,
    path: str,
    generation: str,
    sha256: str,
    size: int,
    mtime_ns: int,
    kind: str,
    level: Level,
    reasons: tuple[str, ...],
    label_fingerprint: str,
    chunks: int,
) -> DocumentRecord:
    """A ``DocumentRecord`` stamped with the current time."""
    return DocumentRecord(
        path, generation, sha256, size, mtime_ns, kind, level, reasons,
        label_fingerprint, chunks, time.time(),
    )  # fmt: skip


def _record(row: tuple[object, ...]) -> DocumentRecord:
    path, generation, sha, size, mtime, kind, level, reasons, fingerprint, chunks, at = row
    return DocumentRecord(
        path=str(path),
        generation=str(generation),
        sha256=str(sha),
        size=int(str(size)),
        mtime_ns=int(str(mtime)),
        kind=str(kind),
        level=Level(int(str(level))),
        reasons=tuple(str(reasons).split(_REASON_SEPARATOR)) if reasons else (),
        label_fingerprint=str(fingerprint),
        chunks=int(str(chunks)),
        indexed_at=float(str(at)),
    )
