"""Where Edgewise keeps its state on disk.

Two environment variables relocate state for tests, benchmarks and admins
trying a policy: ``EDGEWISE_HOME`` (all per-user state) and
``EDGEWISE_POLICY_DIR`` (the machine-wide admin policy folder and trusted keys).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from router.resources import resources_dir as router_resources_dir

APP_NAME = "Edgewise"


def _machine_policy_dir() -> Path:
    # Same places browsers and editors read enterprise policies from.
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_NAME / "policies"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policies"
    return Path("/etc/edgewise/policies")


@dataclass(frozen=True)
class Paths:
    """Resolved locations of every piece of Edgewise state."""

    home: Path
    policy_dir: Path

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Paths:
        """Resolve paths from ``EDGEWISE_HOME`` / ``EDGEWISE_POLICY_DIR`` or OS defaults."""
        env = os.environ if environ is None else environ
        home_env = env.get("EDGEWISE_HOME")
        home = (
            Path(home_env).expanduser()
            if home_env
            else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        )
        policy_env = env.get("EDGEWISE_POLICY_DIR")
        policy_dir = Path(policy_env).expanduser() if policy_env else _machine_policy_dir()
        return cls(home=home, policy_dir=policy_dir)

    @property
    def user_policy_dir(self) -> Path:
        """The user's own policy folder (may only make things stricter)."""
        return self.home / "policies"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def history_db(self) -> Path:
        return self.home / "history.sqlite3"

    @property
    def audit_log(self) -> Path:
        return self.home / "audit.jsonl"

    @property
    def knowledge_dir(self) -> Path:
        return self.home / "knowledge"

    @property
    def policy_state_file(self) -> Path:
        """Memory of the last accepted policy versions (rollback protection)."""
        return self.home / "policy-state.json"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree or PyInstaller bundle)."""
    return router_resources_dir()
