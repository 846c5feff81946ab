"""Cloud faults on top of the real loopback server: every one ends with a
complete answer (local when the cloud failed), the history intact and an
audit record. Faults are injected at httpx's transport seam."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.engines.base import GenerationOptions
from app.engines.cloud import CloudConfig, CloudEngine
from app.paths import Paths
from app.services import Services, build_services
from app.settings import Settings
from tests.integration.conftest import LoopbackCloud, free_port, start_server, stop_server
from tests.integration.test_copilot import write_policy

pytestmark = pytest.mark.slow

COMPLEX = "Explain step by step how a binary search works."


class Fault(httpx.BaseTransport):
    """Passes the health probe (GET) through; applies ``fault`` to chat requests."""

    def __init__(self, fault: Callable[[httpx.Request, httpx.HTTPTransport], httpx.Response]):
        self.inner = httpx.HTTPTransport()
        self.fault = fault
        self.posts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST":
            return self.inner.handle_request(request)
        self.posts += 1
        return self.fault(request, self.inner)

    def close(self) -> None:
        self.inner.close()


class Rewritten(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, edit: Callable[[int, bytes], bytes]) -> None:
        self.inner, self.edit = inner, edit

    def __iter__(self) -> Iterator[bytes]:
        for i, part in enumerate(self.inner):
            yield self.edit(i, part)

    def close(self) -> None:
        self.inner.close()


def rewrite(edit: Callable[[int, bytes], bytes]) -> Callable[..., httpx.Response]:
    def fault(request: httpx.Request, inner: httpx.HTTPTransport) -> httpx.Response:
        response = inner.handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=Rewritten(response.stream, edit)
        )

    return fault


def status(
    code: int, headers: dict[str, str] | None = None, times: int = 99
) -> Callable[..., httpx.Response]:
    seen = [0]

    def fault(request: httpx.Request, inner: httpx.HTTPTransport) -> httpx.Response:
        seen[0] += 1
        if seen[0] <= times:
            return httpx.Response(
                code, headers=headers or {}, json={"error": {"message": "injected"}}
            )
        return inner.handle_request(request)

    return fault


def timeout_before_first_byte(request: httpx.Request, inner: httpx.HTTPTransport) -> httpx.Response:
    raise httpx.ReadTimeout("no response", request=request)


def malformed(i: int, part: bytes) -> bytes:
    return b"data: {this is not json\n\n" if i == 2 else part


def slow_drip(i: int, part: bytes) -> bytes:
    time.sleep(0.05)
    return part


def cut(i: int, part: bytes) -> bytes:
    if i == 3:
        raise httpx.RemoteProtocolError("peer closed connection mid-stream")
    return part


@pytest.fixture
def services(edgewise_home: Path, loopback_cloud: LoopbackCloud) -> Iterator[Services]:
    paths = Paths.from_env()
    Settings(
        cloud_endpoint=loopback_cloud.base_url,
        cloud_model=loopback_cloud.model,
        cloud_needs_key=False,
        threads=1,
        n_ctx=2048,
    ).save(paths.settings_file)
    write_policy(paths.policy_dir)
    built = build_services(paths)
    built.copilot.options = GenerationOptions(max_tokens=24)
    yield built
    built.close()


def with_transport(
    services: Services, cloud: LoopbackCloud, transport: httpx.BaseTransport, sleeps: list[float]
) -> None:
    assert services.cloud is not None
    services.cloud.close()
    services.cloud = CloudEngine(
        CloudConfig(endpoint=cloud.base_url, model=cloud.model, read_timeout=30),
        api_key_lookup=lambda _: cloud.api_key,
        transport=transport,
        sleep=sleeps.append,
    )
    services.copilot.cloud = services.cloud


def assert_intact(services: Services, conversation: int) -> None:
    msgs = services.history.messages(conversation)
    assert msgs[0].role == "user" and msgs[0].content == COMPLEX
    assert msgs[-1].role == "assistant" and msgs[-1].status == "complete"
    assert msgs[-1].content.strip()
    assert services.audit.verify().ok
    assert list(services.audit.records())


FALLBACK_FAULTS: dict[str, tuple[Callable[..., httpx.Response], str]] = {
    "timeout before first byte": (timeout_before_first_byte, "did not answer within"),
    "401": (status(401), "refused the API key"),
    "429 with a long Retry-After": (status(429, {"Retry-After": "120"}), "rate-limiting"),
    "500": (status(500), "HTTP 500"),
    "stream cut mid-answer": (rewrite(cut), "broke off"),
    "malformed SSE line": (rewrite(malformed), "malformed stream event"),
}


@pytest.mark.parametrize("name", list(FALLBACK_FAULTS))
def test_fault_ends_with_a_local_answer(
    services: Services, loopback_cloud: LoopbackCloud, name: str
) -> None:
    fault, message = FALLBACK_FAULTS[name]
    with_transport(services, loopback_cloud, Fault(fault), [])
    turn = services.copilot.ask(COMPLEX)
    assert turn.wait().strip()
    assert turn.route == "local-fallback"
    assert turn.fallback is not None and message in turn.fallback
    assert any("answered on this device" in n for n in turn.notices)
    assert_intact(services, turn.conversation_id)


def test_429_with_short_retry_after_is_waited_out(
    services: Services, loopback_cloud: LoopbackCloud
) -> None:
    sleeps: list[float] = []
    transport = Fault(status(429, {"Retry-After": "1"}, times=1))
    with_transport(services, loopback_cloud, transport, sleeps)
    turn = services.copilot.ask(COMPLEX)
    assert turn.wait().strip()
    assert turn.route == "cloud"
    assert sleeps == [1.0] and transport.posts == 2
    assert_intact(services, turn.conversation_id)


def test_slow_drip_still_completes_from_the_cloud(
    services: Services, loopback_cloud: LoopbackCloud
) -> None:
    with_transport(services, loopback_cloud, Fault(rewrite(slow_drip)), [])
    turn = services.copilot.ask(COMPLEX)
    assert turn.wait().strip()
    assert turn.route == "cloud"
    assert_intact(services, turn.conversation_id)


def test_refused_connection_answers_locally(services: Services) -> None:
    assert services.cloud is not None
    services.cloud.close()
    services.cloud = CloudEngine(
        CloudConfig(endpoint=f"http://127.0.0.1:{free_port()}/v1", model="m", needs_key=False)
    )
    services.copilot.cloud = services.cloud
    turn = services.copilot.ask(COMPLEX)
    assert turn.wait().strip()
    assert turn.route == "local"
    assert_intact(services, turn.conversation_id)


def test_card_number_stays_local(services: Services) -> None:
    turn = services.copilot.ask("Is 4539 1488 0343 6467 a valid card number? Explain step by step.")
    turn.wait()
    assert turn.route == "local"
    assert turn.decision.level.label in ("confidential", "restricted")


def test_killing_the_server_mid_stream(
    edgewise_home: Path, tmp_path: Path, memory_keyring: Any
) -> None:
    """The real thing: the "cloud" process dies while it streams."""
    from app.engines.secrets import set_api_key

    proc, cloud = start_server(tmp_path / "doomed.log")
    try:
        paths = Paths.from_env()
        set_api_key(cloud.base_url, cloud.api_key)
        Settings(
            cloud_endpoint=cloud.base_url, cloud_model=cloud.model, threads=1, n_ctx=2048
        ).save(paths.settings_file)
        write_policy(paths.policy_dir)
        built = build_services(paths)
        built.copilot.options = GenerationOptions(max_tokens=200)
        try:
            turn = built.copilot.ask("Write a long story about a lighthouse keeper.")
            received: list[str] = []
            for chunk in turn:
                received.append(chunk)
                if len(received) == 3 and turn.route == "cloud":
                    proc.kill()
            assert turn.route == "local-fallback"
            assert turn.partial_cloud_text
            msgs = built.history.messages(turn.conversation_id)
            assert [m.status for m in msgs] == ["complete", "partial", "complete"]
            assert msgs[1].content == turn.partial_cloud_text
            assert msgs[2].content.strip() and msgs[2].route == "local-fallback"
            assert built.audit.verify().ok
        finally:
            built.close()
    finally:
        stop_server(proc)
