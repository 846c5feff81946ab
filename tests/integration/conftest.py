"""A real OpenAI-compatible "enterprise cloud" on 127.0.0.1: llama-cpp-python's
server running the bundled model, started once per test session."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def loopback_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackCloud]:
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
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
    ]
    env = {**os.environ, "CMAKE_ARGS": ""}
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"loopback server exited: {Path(log).read_text()[-2000:]}")
            try:
                r = httpx.get(
                    f"{base}/models", headers={"Authorization": f"Bearer {SERVER_KEY}"}, timeout=1
                )
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("loopback server did not start in 120 s")
            time.sleep(0.3)
        yield LoopbackCloud(base, SERVER_KEY, SERVER_MODEL)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
