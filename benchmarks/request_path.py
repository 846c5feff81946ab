"""Added latency of the whole Edgewise request path over the engine alone.

For a local and a cloud target, each request runs through ``Copilot.ask``
(routing, redaction, history writes, audit append) with the real engines; a
thin wrapper times every moment spent inside the engine (the call and each
chunk). Added latency = wall time of the request minus engine time, measured
in the same run on the same request. The "cloud" is llama-cpp-python's
OpenAI-compatible server with the bundled model on 127.0.0.1. Payload: 8k
characters of benign prompts from ../shared/data (target: <= 10 ms added).

    .venv/bin/python benchmarks/request_path.py [--runs 7] [--chars 8000]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

from app.engines.base import CancelToken, ChatMessage, Engine, GenerationOptions, Stream
from app.engines.manifest import default_model
from app.paths import Paths
from app.services import build_services
from app.settings import Settings
from router.decision import decide
from router.payload import Context, Payload

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLICY = """schema = 1
id = "bench"
version = 1
issued = 2026-01-01
[cloud]
allowed = true
max_level = "internal"
price_per_1k_input = 0.5
price_per_1k_output = 1.5
[complexity]
cloud_threshold = 0.0
local_context_tokens = 8192
"""


class Timed:
    """Wraps an engine and adds up the time spent inside it."""

    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.spent = 0.0

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    def health(self) -> Any:
        return self.inner.health()  # type: ignore[attr-defined]

    def chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions | None = None,
        cancel_token: CancelToken | None = None,
    ) -> Stream:
        t0 = time.perf_counter()
        stream = self.inner.chat(messages, options, cancel_token)
        self.spent += time.perf_counter() - t0
        timed = Stream(stream.model, stream.cancel_token)
        timed.usage = stream.usage
        return timed.bind(self._iterate(stream, timed))

    def _iterate(self, stream: Stream, outer: Stream) -> Iterator[str]:
        it = iter(stream)
        while True:
            t0 = time.perf_counter()
            try:
                chunk = next(it)
            except StopIteration:
                self.spent += time.perf_counter() - t0
                break
            self.spent += time.perf_counter() - t0
            yield chunk
        outer.usage = stream.usage
        outer.finish_reason = stream.finish_reason


def benign_text(chars: int) -> str:
    parts: list[str] = []
    with (DATA / "benign" / "mt_bench_80.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            parts.append(json.loads(line)["text"])
            if sum(map(len, parts)) >= chars:
                break
    return "\n\n".join(parts)[:chars]


def start_server() -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(default_model().path),
            "--model_alias",
            "bench",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--interrupt_requests",
            "False",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    for _ in range(400):
        try:
            if httpx.get(f"{base}/models", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the loopback server did not start")


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--chars", type=int, default=8000)
    args = parser.parse_args()
    text = benign_text(args.chars)
    proc, base = start_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["EDGEWISE_HOME"] = str(Path(tmp) / "home")
            os.environ["EDGEWISE_POLICY_DIR"] = str(Path(tmp) / "policy")
            paths = Paths.from_env()
            paths.policy_dir.mkdir(parents=True)
            (paths.policy_dir / "policy.toml").write_text(POLICY)
            Settings(
                cloud_endpoint=base, cloud_model="bench", cloud_needs_key=False, n_ctx=8192
            ).save(paths.settings_file)
            services = build_services(paths)
            copilot = services.copilot
            copilot.options = GenerationOptions(max_tokens=8)
            local, cloud = Timed(services.local), Timed(copilot.cloud)  # type: ignore[arg-type]
            copilot.local = local  # type: ignore[assignment]
            copilot.cloud = cloud  # type: ignore[assignment]
            policy = services.policy_state.policy
            payload = Payload(text)
            context = Context(online=True, endpoint_healthy=True, endpoint=base)
            decide_ms = []
            for _ in range(50):
                t0 = time.perf_counter()
                decide(payload, context, policy)
                decide_ms.append((time.perf_counter() - t0) * 1000)
            print(f"payload: {len(text)} characters; runs per target: {args.runs}")
            print(f"decide alone: p50 {p(decide_ms, 0.5):.2f} ms  p99 {p(decide_ms, 0.99):.2f} ms")
            print(f"{'target':8}{'engine p50 ms':>15}{'added p50 ms':>14}{'added p99 ms':>14}")
            for target, keep_local, engine in (("local", True, local), ("cloud", False, cloud)):
                copilot.ask("warm up", keep_local=keep_local).wait()
                added, inside = [], []
                for _ in range(args.runs):
                    engine.spent = 0.0
                    t0 = time.perf_counter()
                    turn = copilot.ask(text, keep_local=keep_local)
                    turn.wait()
                    wall = time.perf_counter() - t0
                    assert turn.route == target, (turn.route, turn.reasons)
                    added.append((wall - engine.spent) * 1000)
                    inside.append(engine.spent * 1000)
                print(
                    f"{target:8}{statistics.median(inside):15.1f}"
                    f"{p(added, 0.5):14.2f}{p(added, 0.99):14.2f}"
                )
            print("target: <= 10 ms added per request at 8k characters")
            services.close()
    finally:
        proc.terminate()
        proc.wait(15)


if __name__ == "__main__":
    main()
