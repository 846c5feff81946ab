"""Conversation history in SQLite, written so a crash loses nothing.

The user's message is committed before generation starts; the answer is
committed as it streams (throttled) and once more when it completes. A message
left ``streaming`` by a killed process is marked ``interrupted`` on the next
open, with everything received until then. Schema changes are named,
append-only migrations: never edit one that has shipped, add a new one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

MessageStatus = Literal["complete", "streaming", "interrupted", "partial", "failed"]

# (name, SQL): applied in order, each once, recorded in _migrations.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "001_conversations_and_messages",
        """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL,
            status TEXT NOT NULL,
            route TEXT,
            model TEXT,
            reasons TEXT NOT NULL DEFAULT '[]',
            notices TEXT NOT NULL DEFAULT '[]',
            prompt_tokens INTEGER NOT NULL DEFAULT 0,
            completion_tokens INTEGER NOT NULL DEFAULT 0,
            cost REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        """,
    ),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    role: str
    content: str
    status: MessageStatus
    route: str | None
    model: str | None
    reasons: tuple[str, ...]
    notices: tuple[str, ...]
    prompt_tokens: int
    completion_tokens: int
    cost: float


class History:
    """The conversation store. Thread-safe; one connection guarded by a lock."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        # WAL: a killed writer never corrupts the file; readers never block writers.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()
        self._recover_interrupted()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- schema ---------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            done = {r[0] for r in self._db.execute("SELECT name FROM _migrations")}
            for name, sql in MIGRATIONS:
                if name in done:
                    continue
                self._db.execute("BEGIN")
                try:
                    for statement in filter(str.strip, sql.split(";")):
                        self._db.execute(statement)
                    self._db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")

    def applied_migrations(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT name FROM _migrations ORDER BY name")]

    def _recover_interrupted(self) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE messages SET status='interrupted', completed_at=? WHERE status='streaming'",
                (_now(),),
            )

    # -- conversations ------------------------------------------------------------------
    def new_conversation(self, title: str) -> int:
        now = _now()
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)",
                (title.strip()[:120] or "New conversation", now, now),
            )
            return int(cur.lastrowid or 0)

    def conversations(self) -> list[Conversation]:
        """All conversations, most recently active first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, created_at, updated_at FROM conversations "
                "ORDER BY updated_at DESC, id DESC"
            ).fetchall()
        return [Conversation(**dict(r)) for r in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE conversations SET title=? WHERE id=?",
                (title.strip()[:120], conversation_id),
            )

    def delete_conversation(self, conversation_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM messages WHERE conversation_id=? ORDER BY id", (conversation_id,)
            ).fetchall()
        return [_to_message(r) for r in rows]

    # -- messages -----------------------------------------------------------------------
    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        status: MessageStatus = "complete",
        route: str | None = None,
        model: str | None = None,
        reasons: Sequence[str] = (),
    ) -> int:
        """Insert and commit one message; returns its id."""
        now = _now()
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO messages (conversation_id, role, content, status, route, model, "
                "reasons, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    role,
                    content,
                    status,
                    route,
                    model,
                    json.dumps(list(reasons)),
                    now,
                    now if status == "complete" else None,
                ),
            )
            self._db.execute(
                "UPDATE conversations SET updated_at=? WHERE id=?", (now, conversation_id)
            )
            return int(cur.lastrowid or 0)

    def save_partial(self, message_id: int, content: str) -> None:
        """Commit what has been received of a streaming answer so far."""
        with self._lock:
            self._db.execute("UPDATE messages SET content=? WHERE id=?", (content, message_id))

    def finish_message(
        self,
        message_id: int,
        content: str,
        *,
        status: MessageStatus,
        route: str | None = None,
        model: str | None = None,
        reasons: Sequence[str] | None = None,
        notices: Sequence[str] = (),
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        cost: float = 0.0,
    ) -> None:
        """Commit the final state of an answer."""
        with self._lock:
            row = self._db.execute(
                "SELECT route, model, reasons FROM messages WHERE id=?", (message_id,)
            ).fetchone()
            self._db.execute(
                "UPDATE messages SET content=?, status=?, route=?, model=?, reasons=?, notices=?, "
                "prompt_tokens=?, completion_tokens=?, cost=?, completed_at=? WHERE id=?",
                (
                    content,
                    status,
                    route or row["route"],
                    model or row["model"],
                    json.dumps(list(reasons)) if reasons is not None else row["reasons"],
                    json.dumps(list(notices)),
                    prompt_tokens,
                    completion_tokens,
                    cost,
                    _now(),
                    message_id,
                ),
            )


def _to_message(row: sqlite3.Row) -> StoredMessage:
    return StoredMessage(
        id=row["id"],
        conversation_id=row["conversation_id"],
        role=row["role"],
        content=row["content"],
        status=row["status"],
        route=row["route"],
        model=row["model"],
        reasons=tuple(json.loads(row["reasons"])),
        notices=tuple(json.loads(row["notices"])),
        prompt_tokens=row["prompt_tokens"],
        completion_tokens=row["completion_tokens"],
        cost=row["cost"],
    )
