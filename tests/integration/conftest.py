"""A real OpenAI-compatible "enterprise cloud" on 127.0.0.1: llama-cpp-python's
server running the bundled model, started once per test session."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.engines.manifest import default_model

SERVER_KEY = "sk-test-loopback-0123456789abcdef"
SERVER_MODEL = "edgewise-loopback"


@dataclass(frozen=True)
class LoopbackCloud:
    base_url: str
    api_key: str
    model: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(log: Path) -> tuple[subprocess.Popen[bytes], LoopbackCloud]:
    """Start llama-cpp-python's OpenAI-compatible server and wait until it answers."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(default_model().path),
        "--model_alias",
        SERVER_MODEL,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        "1",
        "--api_key",
        SERVER_KEY,
        # Otherwise a second request cuts off a running stream.
        "--interrupt_requests",
        "False",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    cloud = LoopbackCloud(f"http://127.0.0.1:{port}/v1", SERVER_KEY, SERVER_MODEL)
    deadline = time.monotonic() + 120
    while True:
        if proc.poll() is not None:
            pytest.fail(f"loopback server exited: {log.read_text()[-2000:]}")
        try:
            r = httpx.get(
                f"{cloud.base_url}/models",
                headers={"Authorization": f"Bearer {SERVER_KEY}"},
                timeout=1,
            )
            if r.status_code == 200:
                return proc, cloud
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            stop_server(proc)
            pytest.fail("loopback server did not start in 120 s")
        time.sleep(0.3)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server by its PID, politely first."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def loopback_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackCloud]:
    proc, cloud = start_server(tmp_path_factory.mktemp("server") / "server.log")
    try:
        yield cloud
    finally:
        stop_server(proc)
