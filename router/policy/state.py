"""Memory of the last accepted policy per source, for rollback protection.

Stored as JSON in ``Paths.policy_state_file``::

    {"schema": 1, "sources": {"machine": {"id": ..., "version": 3,
      "sha256": ..., "text": ..., "signature": ..., "accepted": ...}}}

The text and signature are kept so the last accepted policy can stay in force
when its file is later replaced by an invalid one; they are re-verified
against the trusted keys every time they are used, so editing this file
cannot smuggle in a looser policy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Remembered:
    """The last accepted policy of one source."""

    id: str
    version: int
    sha256: str
    text: str
    signature: str | None
    accepted: str


class PolicyStateStore:
    """Reads and writes the rollback-protection file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[dict[str, Remembered], str | None]:
        """Remembered policies by source, and a problem description if the file is unreadable."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}, None
        except OSError as exc:
            return {}, f"{self.path}: cannot be read ({exc.strerror or exc})"
        try:
            data = json.loads(raw)
            sources: dict[str, Any] = data["sources"]
            return {
                name: Remembered(
                    id=str(entry["id"]),
                    version=int(entry["version"]),
                    sha256=str(entry["sha256"]),
                    text=str(entry["text"]),
                    signature=None if entry.get("signature") is None else str(entry["signature"]),
                    accepted=str(entry.get("accepted", "")),
                )
                for name, entry in sources.items()
            }, None
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}, (
                f"{self.path}: is damaged; rollback protection starts afresh from the "
                "policy accepted now"
            )

    def remember(
        self,
        source: str,
        *,
        policy_id: str,
        version: int,
        text: str,
        signature: str | None,
        now: dt.datetime | None = None,
    ) -> str | None:
        """Record ``source``'s accepted policy; returns a problem description on failure."""
        current, _ = self.load()
        when = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        current[source] = Remembered(
            id=policy_id,
            version=version,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
            signature=signature,
            accepted=when,
        )
        payload = {
            "schema": 1,
            "sources": {
                name: {
                    "id": r.id,
                    "version": r.version,
                    "sha256": r.sha256,
                    "text": r.text,
                    "signature": r.signature,
                    "accepted": r.accepted,
                }
                for name, r in sorted(current.items())
            },
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a crash never leaves half a file.
            fd, tmp = tempfile.mkstemp(prefix=".policy-state-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            reason = exc.strerror or exc
            return f"{self.path}: cannot be written ({reason}); rollback protection is off"
        return None
