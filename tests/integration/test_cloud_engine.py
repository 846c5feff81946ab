"""The cloud client against a real OpenAI-compatible server on 127.0.0.1,
with faults injected at httpx's transport seam on top of it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from app.engines.base import GenerationOptions
from app.engines.breaker import CircuitBreaker
from app.engines.cloud import CloudConfig, CloudEngine
from app.engines.errors import (
    CloudConfigError,
    CloudHTTPError,
    CloudStreamError,
    CloudUnavailableError,
)
from app.engines.secrets import set_api_key
from tests.integration.conftest import LoopbackCloud, free_port

pytestmark = pytest.mark.slow

MESSAGES: Any = [{"role": "user", "content": "Say hello in one word."}]
SHORT = GenerationOptions(max_tokens=16, temperature=0.0)


def no_sleep(_: float) -> None:
    pass


_open: list[CloudEngine] = []


@pytest.fixture(autouse=True)
def close_engines() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def track(engine: CloudEngine) -> CloudEngine:
    _open.append(engine)
    return engine


def make(
    cloud: LoopbackCloud, transport: httpx.BaseTransport | None = None, **overrides: Any
) -> CloudEngine:
    config = CloudConfig(endpoint=cloud.base_url, model=cloud.model, **overrides)
    return track(
        CloudEngine(
            config, api_key_lookup=lambda _: cloud.api_key, transport=transport, sleep=no_sleep
        )
    )


class CountingTransport(httpx.BaseTransport):
    """Real transport, with the first ``fail`` requests answered by ``status``."""

    def __init__(self, fail: int = 0, status: int = 503) -> None:
        self.inner = httpx.HTTPTransport()
        self.fail = fail
        self.status = status
        self.calls = 0

    def close(self) -> None:
        self.inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.fail:
            return httpx.Response(self.status, json={"error": {"message": "overloaded"}})
        return self.inner.handle_request(request)


class BreakingStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, keep: int, exc: Exception) -> None:
        self.inner, self.keep, self.exc = inner, keep, exc

    def __iter__(self) -> Iterator[bytes]:
        for sent, part in enumerate(self.inner, start=1):
            yield part
            if sent >= self.keep:
                raise self.exc

    def close(self) -> None:
        self.inner.close()


class BreakingTransport(httpx.BaseTransport):
    """Real server response whose body breaks after ``keep`` network reads."""

    def __init__(self, keep: int, exc: Exception) -> None:
        self.inner = httpx.HTTPTransport()
        self.keep, self.exc = keep, exc

    def close(self) -> None:
        self.inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=BreakingStream(response.stream, self.keep, self.exc),
        )


def test_streams_an_answer_with_usage(loopback_cloud: LoopbackCloud) -> None:
    engine = make(loopback_cloud)
    stream = engine.chat(MESSAGES, SHORT)
    chunks = list(stream)
    assert chunks and "".join(chunks).strip()
    assert stream.finish_reason in ("stop", "length")
    assert stream.usage.prompt_tokens > 0
    assert stream.usage.completion_tokens > 0


def test_non_streaming_answer(loopback_cloud: LoopbackCloud) -> None:
    stream = make(loopback_cloud).chat(MESSAGES, SHORT, stream=False)
    assert stream.text().strip()
    assert stream.usage.completion_tokens > 0


def test_health_probe(loopback_cloud: LoopbackCloud) -> None:
    assert make(loopback_cloud).health().ok
    dead = track(
        CloudEngine(
            CloudConfig(endpoint=f"http://127.0.0.1:{free_port()}/v1", model="m", needs_key=False)
        )
    )
    health = dead.health()
    assert not health.ok
    assert "cannot connect" in health.detail


def test_key_comes_from_the_keyring(loopback_cloud: LoopbackCloud, memory_keyring: Any) -> None:
    set_api_key(loopback_cloud.base_url, loopback_cloud.api_key)
    config = CloudConfig(endpoint=loopback_cloud.base_url, model=loopback_cloud.model)
    assert track(CloudEngine(config)).chat(MESSAGES, SHORT).text().strip()


def test_missing_key_says_how_to_fix(loopback_cloud: LoopbackCloud, memory_keyring: Any) -> None:
    config = CloudConfig(endpoint=loopback_cloud.base_url, model=loopback_cloud.model)
    with pytest.raises(CloudConfigError, match="edgewise key set"):
        track(CloudEngine(config)).chat(MESSAGES, SHORT).text()


def test_wrong_key_is_refused_and_never_echoed(
    loopback_cloud: LoopbackCloud, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bad_key = "sk-wrong-key-that-must-not-leak-42"
    config = CloudConfig(endpoint=loopback_cloud.base_url, model=loopback_cloud.model)
    engine = track(CloudEngine(config, api_key_lookup=lambda _: bad_key, sleep=no_sleep))
    with pytest.raises(CloudHTTPError) as info:
        engine.chat(MESSAGES, SHORT).text()
    assert info.value.status == 401
    assert "Settings" in str(info.value)
    assert bad_key not in str(info.value)
    assert bad_key not in repr(info.value.__cause__)
    assert bad_key not in caplog.text
    assert not engine.health().ok


def test_transient_503_is_retried(loopback_cloud: LoopbackCloud) -> None:
    transport = CountingTransport(fail=2, status=503)
    assert make(loopback_cloud, transport).chat(MESSAGES, SHORT).text().strip()
    assert transport.calls == 3


def test_client_errors_are_not_retried(loopback_cloud: LoopbackCloud) -> None:
    transport = CountingTransport(fail=5, status=400)
    with pytest.raises(CloudHTTPError, match="HTTP 400"):
        make(loopback_cloud, transport).chat(MESSAGES, SHORT).text()
    assert transport.calls == 1


def test_refused_connection_is_unavailable_and_bounded() -> None:
    attempts: list[float] = []
    config = CloudConfig(
        endpoint=f"http://127.0.0.1:{free_port()}/v1", model="m", needs_key=False, max_retries=2
    )
    engine = track(CloudEngine(config, sleep=attempts.append))
    with pytest.raises(CloudUnavailableError, match="cannot connect"):
        engine.chat(MESSAGES, SHORT).text()
    assert attempts == [0.5, 1.0]  # two backoffs, three tries in all


def test_breaker_stops_hammering_a_dead_endpoint() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=2, cooldown=30, clock=lambda: now[0])
    transport = CountingTransport(fail=100, status=502)
    config = CloudConfig(
        endpoint="http://127.0.0.1:9/v1", model="m", needs_key=False, max_retries=0
    )
    engine = track(CloudEngine(config, transport=transport, breaker=breaker, sleep=no_sleep))
    for _ in range(2):
        with pytest.raises(CloudHTTPError):
            engine.chat(MESSAGES, SHORT).text()
    assert breaker.state == "open"
    with pytest.raises(CloudUnavailableError, match="not trying again"):
        engine.chat(MESSAGES, SHORT).text()
    assert transport.calls == 2  # the open circuit sent nothing
    now[0] = 31
    assert breaker.state == "half-open"


def test_broken_stream_keeps_the_partial_answer(loopback_cloud: LoopbackCloud) -> None:
    transport = BreakingTransport(keep=3, exc=httpx.RemoteProtocolError("peer closed"))
    stream = make(loopback_cloud, transport).chat(
        [{"role": "user", "content": "Count from one to twenty."}], replace(SHORT, max_tokens=64)
    )
    received: list[str] = []
    with pytest.raises(CloudStreamError, match="broke off"):
        for chunk in stream:
            received.append(chunk)
    assert stream.text() == "".join(received)


def test_read_timeout_mid_stream(loopback_cloud: LoopbackCloud) -> None:
    transport = BreakingTransport(keep=2, exc=httpx.ReadTimeout("slow"))
    with pytest.raises(CloudStreamError, match="stopped sending"):
        make(loopback_cloud, transport).chat(MESSAGES, SHORT).text()


def test_missing_ca_bundle_is_a_config_error(tmp_path: Any) -> None:
    with pytest.raises(CloudConfigError, match="CA bundle not found"):
        CloudEngine(
            CloudConfig(endpoint="https://x/v1", model="m", ca_bundle=tmp_path / "nope.pem")
        )
