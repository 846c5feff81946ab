"""Helpers for the router tests: valid policy text and signed policy folders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from router.policy.signing import generate_keypair, sign_file

TODAY = dt.date(2026, 6, 1)


def policy_text(
    *,
    policy_id: str = "acme",
    version: int = 1,
    expires: str = "2027-01-01",
    allowed: bool = True,
    endpoint: str = "https://llm.example.com/v1",
    max_level: str = "internal",
    redact: str = "[]",
    threshold: float = 0.0,
    extra: str = "",
) -> str:
    """A valid policy; keyword arguments change one value each."""
    return f"""
schema = 1
id = "{policy_id}"
version = {version}
issued = 2026-01-01
expires = {expires}

[cloud]
allowed = {str(allowed).lower()}
endpoint = "{endpoint}"
model = "big-model"
max_level = "{max_level}"
redact = {redact}
confirm = "never"

[complexity]
cloud_threshold = {threshold}
local_context_tokens = 2048
{extra}
"""


@dataclass
class PolicyDirs:
    """A machine folder, a user home and the paths object load_in_force expects."""

    policy_dir: Path
    home: Path

    @property
    def user_policy_dir(self) -> Path:
        return self.home / "policies"

    @property
    def policy_state_file(self) -> Path:
        return self.home / "policy-state.json"

    def write_machine(self, text: str, key: Path | None = None) -> Path:
        path = self.policy_dir / "policy.toml"
        path.write_text(text, encoding="utf-8")
        sig = path.with_name("policy.toml.sig")
        if key is not None:
            sign_file(path, key)
        elif sig.exists():
            sig.unlink()
        return path

    def write_user(self, text: str) -> Path:
        self.user_policy_dir.mkdir(parents=True, exist_ok=True)
        path = self.user_policy_dir / "policy.toml"
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def dirs(tmp_path: Path) -> PolicyDirs:
    policy_dir = tmp_path / "machine"
    policy_dir.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    return PolicyDirs(policy_dir, home)


@pytest.fixture
def admin_key(tmp_path: Path, dirs: PolicyDirs) -> Path:
    """An admin key pair; the public half is trusted by the machine folder."""
    keys = tmp_path / "keys"
    private, public, _ = generate_keypair(keys, "admin")
    (dirs.policy_dir / "admin.pub").write_bytes(public.read_bytes())
    return private


@pytest.fixture
def make_policy() -> Callable[..., str]:
    """The ``policy_text`` builder, as a fixture (test modules cannot import conftest)."""
    return policy_text


@pytest.fixture
def today() -> dt.date:
    """A fixed "today" inside every test policy's validity."""
    return TODAY
