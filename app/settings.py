"""The user's own settings (``settings.json`` in EDGEWISE_HOME).

Never holds secrets: the API key lives in the OS keyring. Writes are atomic
(temp file + rename), so a crash never leaves a half-written file. A file that
cannot be read is reported with its path and the bad key, never overwritten.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any


class SettingsError(Exception):
    """The settings file is unreadable or holds a bad value."""


@dataclass
class Settings:
    """Every user setting with its default."""

    model_path: str | None = None  # None: the bundled model
    model_sha256: str | None = None  # optional pin for a chosen GGUF
    threads: int | None = None  # None: physical cores
    n_ctx: int = 4096
    cloud_endpoint: str = ""
    cloud_model: str = ""
    cloud_needs_key: bool = True
    cloud_auth_style: str = "bearer"
    cloud_api_version: str | None = None
    proxy: str | None = None
    ca_bundle: str | None = None
    last_conversation: int | None = None

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read ``path``; a missing file means defaults."""
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SettingsError(
                f"{path}: cannot be read ({exc}); fix: correct the file or delete it "
                f"to start from defaults"
            ) from exc
        if not isinstance(raw, dict):
            raise SettingsError(f"{path}: expected a JSON object; fix: delete the file")
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in known:
                raise SettingsError(
                    f"{path}: unknown setting {key!r}; fix: remove it "
                    f"(known: {', '.join(sorted(known))})"
                )
            values[key] = value
        settings = cls(**values)
        if settings.cloud_auth_style not in ("bearer", "api-key"):
            raise SettingsError(
                f'{path}: cloud_auth_style: "{settings.cloud_auth_style}" is not one of '
                f"bearer, api-key"
            )
        if settings.threads is not None and (
            not isinstance(settings.threads, int) or settings.threads < 1
        ):
            raise SettingsError(f"{path}: threads: must be a whole number of at least 1")
        return settings

    def save(self, path: Path) -> None:
        """Write atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
