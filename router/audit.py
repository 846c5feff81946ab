"""Tamper-evident audit log of routing decisions: append-only JSONL, hash-chained.

Each line is one JSON record. ``prev`` holds the previous record's ``hash``
(64 zeros for the first); ``hash`` is the SHA-256 of the record's canonical
JSON without its own ``hash``. Editing, deleting or reordering any record
breaks the chain at that line; ``verify`` names the first bad line. A small
``<log>.head`` file remembers the count and last hash, so cutting records off
the end is caught too (unless the head is rewritten as well: the chain makes
tampering evident, it does not make it impossible).

Records hold the time, policy id/version, target, levels, finding types and
counts, complexity, token counts and cost. Never the raw text, unless the
policy's ``audit.include_text`` is true and the caller passes it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from router.decision import Decision

GENESIS = "0" * 64
CSV_COLUMNS = (
    "seq",
    "time",
    "policy_id",
    "policy_version",
    "target",
    "level",
    "effective_level",
    "finding_types",
    "redactions",
    "complexity",
    "tokens_in",
    "tokens_out",
    "cost",
)


def _canonical(record: dict[str, Any]) -> bytes:
    body = {k: v for k, v in record.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def record_hash(record: dict[str, Any]) -> str:
    """The hash a record must carry: SHA-256 of its canonical JSON without ``hash``."""
    return hashlib.sha256(_canonical(record)).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of ``AuditLog.verify``; ``bad_line`` is 1-based, None when intact."""

    ok: bool
    records: int
    bad_line: int | None = None
    problem: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"audit log intact: {self.records} records"
        return f"audit log broken at line {self.bad_line}: {self.problem}"


class AuditError(Exception):
    """The audit log cannot be written or read."""


class _Lock:
    """Exclusive lock on the log while appending (POSIX; best effort elsewhere)."""

    def __init__(self, fh: IO[Any]) -> None:
        self.fh = fh

    def __enter__(self) -> None:
        try:
            import fcntl

            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX)
        except ImportError:  # Windows: appends are serialised by the app's single writer.
            pass

    def __exit__(self, *exc: object) -> None:
        try:
            import fcntl

            fcntl.flock(self.fh.fileno(), fcntl.LOCK_UN)
        except ImportError:
            pass


def _last_line(fh: IO[bytes]) -> bytes:
    fh.seek(0, os.SEEK_END)
    end = fh.tell()
    pos, tail = end, b""
    while pos > 0:
        step = min(4096, pos)
        pos -= step
        fh.seek(pos)
        tail = fh.read(step) + tail
        stripped = tail.rstrip(b"\n")
        if b"\n" in stripped:
            return stripped.rsplit(b"\n", 1)[1]
    return tail.rstrip(b"\n")


class AuditLog:
    """The audit log at ``path`` (``Paths.audit_log``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.head_path = path.with_name(path.name + ".head")

    def append(
        self,
        decision: Decision,
        *,
        tokens_in: int = 0,
        tokens_out: int = 0,
        cost: float = 0.0,
        text: str | None = None,
        include_text: bool = False,
        now: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """Append one record for ``decision``; returns the record written.

        ``text`` is stored only when ``include_text`` (the policy's
        ``audit.include_text``) is true.
        """
        when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+b") as fh, _Lock(fh):
                last = _last_line(fh)
                prev, seq = GENESIS, 1
                if last.strip():
                    try:
                        previous = json.loads(last)
                        prev, seq = str(previous["hash"]), int(previous["seq"]) + 1
                    except (ValueError, KeyError, TypeError):
                        raise AuditError(
                            f"{self.path}: the last line is damaged; run `edgewise audit verify`"
                        ) from None
                record: dict[str, Any] = {
                    "seq": seq,
                    "time": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                    "policy_id": decision.policy_id,
                    "policy_version": decision.policy_version,
                    "target": decision.target.value,
                    "level": decision.level.label,
                    "effective_level": decision.effective_level.label,
                    "finding_types": decision.finding_counts(),
                    "redactions": len(decision.redactions),
                    "complexity": decision.complexity.score,
                    "tokens_in": int(tokens_in),
                    "tokens_out": int(tokens_out),
                    "cost": round(float(cost), 6),
                    "prev": prev,
                }
                if include_text and text is not None:
                    record["text"] = text
                record["hash"] = record_hash(record)
                fh.seek(0, os.SEEK_END)
                fh.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
                self.head_path.write_text(
                    json.dumps({"records": seq, "hash": record["hash"]}) + "\n", encoding="utf-8"
                )
        except OSError as exc:
            raise AuditError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None
        return record

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record, in order (stops at the first line that is not JSON)."""
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    def verify(self) -> VerifyResult:
        """Check the chain; names the first edited, deleted, inserted or reordered line."""
        if not self.path.exists():
            return VerifyResult(ok=True, records=0)
        prev, count = GENESIS, 0
        try:
            fh = open(self.path, encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as exc:
            return VerifyResult(False, 0, 1, f"cannot be read ({exc.strerror or exc})")
        with fh:
            for lineno, line in enumerate(fh, start=1):
                problem = self._check_line(line, prev, count + 1)
                if problem:
                    return VerifyResult(False, count, lineno, problem)
                record = json.loads(line)
                prev, count = record["hash"], count + 1
        head = self._head()
        if head is not None:
            records, last_hash = head
            if records > count:
                return VerifyResult(
                    False,
                    count,
                    count + 1,
                    f"{records - count} record(s) missing at the end (the log was truncated)",
                )
            if records == count and last_hash != prev:
                return VerifyResult(False, count, count, "the last record was replaced")
        return VerifyResult(ok=True, records=count)

    @staticmethod
    def _check_line(line: str, prev: str, seq: int) -> str:
        if not line.strip():
            return "empty line (a record was removed or the file edited)"
        try:
            record = json.loads(line)
        except ValueError:
            return "not valid JSON (the line was edited)"
        if not isinstance(record, dict) or "hash" not in record:
            return "not an audit record"
        checks = (
            (
                record.get("prev") == prev,
                "does not follow the previous record (a record was deleted, inserted or moved)",
            ),
            (
                record.get("seq") == seq,
                f"sequence number {record.get('seq')} where {seq} was expected",
            ),
            (
                record_hash(record) == record["hash"],
                "its content does not match its hash (the record was edited)",
            ),
        )
        return next((problem for ok, problem in checks if not ok), "")

    def _head(self) -> tuple[int, str] | None:
        try:
            data = json.loads(self.head_path.read_text(encoding="utf-8"))
            return int(data["records"]), str(data["hash"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def export_csv(self, out: IO[str], *, since: dt.datetime | None = None) -> int:
        """Write records (from ``since`` on) as CSV to ``out``; returns the row count.

        Finding types are written as ``type:count`` pairs separated by ``;``.
        """
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        rows = 0
        for record in self.records():
            when = dt.datetime.fromisoformat(str(record["time"]).replace("Z", "+00:00"))
            if since is not None and when < since:
                continue
            types = record.get("finding_types", {})
            row = dict(record)
            row["finding_types"] = ";".join(f"{k}:{v}" for k, v in sorted(types.items()))
            writer.writerow([row.get(c, "") for c in CSV_COLUMNS])
            rows += 1
        return rows
