"""Fixtures shared by the whole suite."""

from __future__ import annotations

import gc
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# Belt and braces for runs outside `make test`: nothing may reach a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def edgewise_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh EDGEWISE_HOME and EDGEWISE_POLICY_DIR for one test."""
    home = tmp_path / "home"
    policy_dir = tmp_path / "machine-policies"
    home.mkdir()
    policy_dir.mkdir()
    monkeypatch.setenv("EDGEWISE_HOME", str(home))
    monkeypatch.setenv("EDGEWISE_POLICY_DIR", str(policy_dir))
    return home


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Unplug the network: any connection to a non-loopback address fails."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
            return real_connect(self, address)  # type: ignore[arg-type]
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)  # type: ignore[arg-type]
        raise OSError(f"network unplugged by test: connect to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """Swap the OS keyring for an in-memory one for the duration of a test."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _unfreeze_gc() -> Iterator[None]:
    """The app freezes its start-up heap (``app.settle``); a test that starts the controller
    must not leave the objects of later tests out of the collector's reach."""
    yield
    gc.unfreeze()
