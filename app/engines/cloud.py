"""Client for any OpenAI-compatible ``/chat/completions`` endpoint (httpx).

Streams over SSE or answers in one piece, with connect/read timeouts, bounded
retries with backoff for failures that happen before the request reached the
model (connection refused, 429/502/503/504), a circuit breaker, a cheap health
probe, token usage read from the response (or estimated when absent), TLS
verification with an optional custom CA bundle, and proxy settings honoured.
httpx errors are translated into the ``CloudError`` family at this boundary.
The API key comes from the OS keyring and never appears in messages.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

from app.engines.base import CancelToken, ChatMessage, GenerationOptions, Stream
from app.engines.breaker import CircuitBreaker
from app.engines.errors import (
    CloudConfigError,
    CloudError,
    CloudHTTPError,
    CloudStreamError,
    CloudTimeoutError,
    CloudUnavailableError,
)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Longest Retry-After (seconds) worth waiting for while the user watches.
MAX_RETRY_AFTER = 10.0
KeyLookup = Callable[[str], "str | None"]
TokenCounter = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate (about four characters a token in English)."""
    return max(1, (len(text) + 3) // 4) if text else 0


@dataclass(frozen=True)
class CloudConfig:
    """Where and how to reach the enterprise endpoint.

    ``endpoint`` is the base URL that ``/chat/completions`` and ``/models`` hang
    off (``https://gateway.example.com/v1``; for Azure-style deployments
    ``https://x.openai.azure.com/openai/deployments/NAME`` with ``api_version``
    and ``auth_style="api-key"``). ``needs_key=False`` is for gateways that
    authenticate by network or mTLS: then no keyring is consulted.
    """

    endpoint: str
    model: str
    needs_key: bool = True
    auth_style: Literal["bearer", "api-key"] = "bearer"
    api_version: str | None = None
    ca_bundle: Path | None = None
    proxy: str | None = None
    connect_timeout: float = 3.0
    read_timeout: float = 60.0
    max_retries: int = 2
    backoff: float = 0.5
    include_usage: bool = True

    @property
    def base(self) -> str:
        return self.endpoint.rstrip("/")


@dataclass(frozen=True)
class Health:
    """Result of a health probe."""

    ok: bool
    detail: str
    latency_ms: float | None = None
    reached: bool = False  # an HTTP answer came back (online, even if unhealthy)


class CloudEngine:
    """The cloud engine: same streaming interface as the local one."""

    def __init__(
        self,
        config: CloudConfig,
        *,
        api_key_lookup: KeyLookup | None = None,
        transport: httpx.BaseTransport | None = None,
        breaker: CircuitBreaker | None = None,
        token_counter: TokenCounter = estimate_tokens,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        if api_key_lookup is None:
            from app.engines.secrets import get_api_key

            api_key_lookup = get_api_key
        self._key_lookup = api_key_lookup
        self.breaker = breaker or CircuitBreaker()
        self._count = token_counter
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport,
            verify=_ssl_context(config.ca_bundle),
            proxy=config.proxy,
            trust_env=True,  # HTTP(S)_PROXY / NO_PROXY from the environment
            timeout=httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
        )

    @property
    def model_name(self) -> str:
        return self.config.model

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()

    def __enter__(self) -> CloudEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -----------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if not self.config.needs_key:
            return headers
        key = self._key_lookup(self.config.endpoint)
        if not key:
            raise CloudConfigError(
                f"no API key is stored for {self.config.endpoint}; fix: enter it in "
                f"Settings > Cloud, or run `edgewise key set {self.config.endpoint}`"
            )
        if self.config.auth_style == "api-key":
            headers["api-key"] = key
        else:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _params(self) -> dict[str, str]:
        return {"api-version": self.config.api_version} if self.config.api_version else {}

    def health(self, timeout: float = 2.0) -> Health:
        """A cheap probe (``GET /models``); never raises."""
        start = time.perf_counter()
        try:
            response = self._client.get(
                f"{self.config.base}/models",
                headers=self._headers(),
                params=self._params(),
                timeout=timeout,
            )
        except CloudError as exc:
            return Health(False, str(exc))
        except httpx.HTTPError as exc:
            return Health(False, _describe_transport_error(exc, self.config.base))
        latency = (time.perf_counter() - start) * 1000
        if response.status_code >= 400:
            return Health(
                False, f"{self.config.base} answered HTTP {response.status_code}", latency, True
            )
        return Health(True, "reachable", latency, True)

    def chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions | None = None,
        cancel_token: CancelToken | None = None,
        *,
        stream: bool = True,
    ) -> Stream:
        """Answer ``messages`` from the cloud. Errors surface while iterating, as
        ``CloudError`` subclasses; chunks already yielded stay in the stream."""
        opts = options or GenerationOptions()
        out = Stream(self.model_name, cancel_token)
        body: dict[str, Any] = {
            "model": self.config.model,
            "messages": [dict(m) for m in messages],
            "max_tokens": opts.max_tokens,
            "temperature": opts.temperature,
            "stream": stream,
        }
        if stream and self.config.include_usage:
            body["stream_options"] = {"include_usage": True}
        prompt_text = "\n".join(m["content"] for m in messages)
        return out.bind(self._run(out, body, prompt_text))

    def _run(self, out: Stream, body: dict[str, Any], prompt_text: str) -> Iterator[str]:
        if not self.breaker.allow():
            raise CloudUnavailableError(
                f"{self.config.base} failed repeatedly; not trying again for "
                f"{self.breaker.retry_in():.0f} s"
            )
        response = self._send(body)
        received: list[str] = []
        try:
            if body["stream"]:
                yield from self._read_sse(out, response, received)
            else:
                yield from self._read_json(out, response, received)
        except CloudError:
            self.breaker.record_failure()
            raise
        except httpx.TimeoutException as exc:
            self.breaker.record_failure()
            raise CloudStreamError(
                f"{self.config.base} stopped sending mid-answer (read timeout)"
            ) from exc
        except httpx.HTTPError as exc:
            self.breaker.record_failure()
            raise CloudStreamError(
                f"the answer stream from {self.config.base} broke off ({type(exc).__name__})"
            ) from exc
        finally:
            response.close()
        self.breaker.record_success()
        if not out.usage.prompt_tokens:
            out.usage.prompt_tokens = self._count(prompt_text)
        if not out.usage.completion_tokens:
            out.usage.completion_tokens = self._count("".join(received))

    def _send(self, body: dict[str, Any]) -> httpx.Response:
        url = f"{self.config.base}/chat/completions"
        headers = self._headers()
        last: CloudError | None = None
        wait: float | None = None
        for attempt in range(self.config.max_retries + 1):
            if attempt:
                self._sleep(wait if wait is not None else self.config.backoff * 2 ** (attempt - 1))
            try:
                request = self._client.build_request(
                    "POST", url, json=body, headers=headers, params=self._params()
                )
                response = self._client.send(request, stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached the server: safe to try again.
                last = CloudUnavailableError(_describe_transport_error(exc, self.config.base))
                wait = None
                continue
            except httpx.TimeoutException as exc:
                self.breaker.record_failure()
                raise CloudTimeoutError(
                    f"{self.config.base} did not answer within {self.config.read_timeout:.0f} s"
                ) from exc
            except httpx.HTTPError as exc:
                self.breaker.record_failure()
                raise CloudUnavailableError(
                    _describe_transport_error(exc, self.config.base)
                ) from exc
            if response.status_code < 400:
                return response
            detail = _scrub(_error_detail(response), headers)
            response.close()
            last = _http_error(response.status_code, self.config.base, detail)
            wait = _retry_after(response)
            if response.status_code not in RETRY_STATUSES or (
                wait is not None and wait > MAX_RETRY_AFTER
            ):
                # Not transient, or the server asks for a longer pause than a user waits.
                break
        assert last is not None
        self.breaker.record_failure()
        raise last

    def _read_json(
        self, out: Stream, response: httpx.Response, received: list[str]
    ) -> Iterator[str]:
        try:
            data = json.loads(response.read())
            text = data["choices"][0]["message"].get("content") or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise CloudStreamError(
                f"{self.config.base} sent an answer that is not valid JSON"
            ) from exc
        _read_usage(out, data)
        out.finish_reason = "stop"
        received.append(text)
        if text:
            yield text

    def _read_sse(
        self, out: Stream, response: httpx.Response, received: list[str]
    ) -> Iterator[str]:
        finished = False
        for line in response.iter_lines():
            if out.cancel_token.cancelled:
                out.finish_reason = "cancelled"
                return
            if not line.startswith("data:"):
                continue  # comments, event names, keep-alives
            payload = line[5:].strip()
            if payload == "[DONE]":
                finished = True
                break
            try:
                data = json.loads(payload)
            except ValueError as exc:
                raise CloudStreamError(f"{self.config.base} sent a malformed stream event") from exc
            if "error" in data:
                raise CloudStreamError(f"{self.config.base} reported an error mid-answer")
            _read_usage(out, data)
            for choice in data.get("choices") or []:
                delta = (choice.get("delta") or {}).get("content")
                if delta:
                    received.append(delta)
                    yield delta
                if choice.get("finish_reason"):
                    out.finish_reason = "length" if choice["finish_reason"] == "length" else "stop"
        if not finished and out.finish_reason is None:
            raise CloudStreamError(f"the answer stream from {self.config.base} ended early")
        if out.finish_reason is None:
            out.finish_reason = "stop"


def _read_usage(out: Stream, data: dict[str, Any]) -> None:
    usage = data.get("usage")
    if isinstance(usage, dict):
        out.usage.prompt_tokens = int(usage.get("prompt_tokens") or 0)
        out.usage.completion_tokens = int(usage.get("completion_tokens") or 0)


def _ssl_context(ca_bundle: Path | None) -> ssl.SSLContext:
    # Verification is always on; a custom CA bundle serves enterprise TLS proxies.
    if ca_bundle is None:
        return ssl.create_default_context()
    if not ca_bundle.is_file():
        raise CloudConfigError(
            f"CA bundle not found: {ca_bundle}; fix: point Settings > Cloud > CA bundle "
            f"at your organisation's PEM file"
        )
    return ssl.create_default_context(cafile=str(ca_bundle))


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header given in seconds; None when absent or a date."""
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _describe_transport_error(exc: httpx.HTTPError, base: str) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"{base} did not accept a connection in time (offline or blocked)"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect to {base} (offline, wrong address or refused)"
    if isinstance(exc, httpx.ProxyError):
        return f"the proxy refused the connection to {base}; check the proxy settings"
    return f"{base} could not be reached ({type(exc).__name__})"


def _error_detail(response: httpx.Response) -> str:
    try:
        response.read()
        data = response.json()
        message = data.get("error", {}).get("message") if isinstance(data, dict) else None
        return str(message)[:200] if message else ""
    except (ValueError, httpx.HTTPError, AttributeError):
        return ""


def _scrub(text: str, headers: dict[str, str]) -> str:
    # Some gateways echo the rejected key in their error message.
    for name in ("Authorization", "api-key"):
        value = headers.get(name, "").removeprefix("Bearer ")
        if value:
            text = text.replace(value, "[API key]")
    return text


def _http_error(status: int, base: str, detail: str) -> CloudHTTPError:
    suffix = f": {detail}" if detail else ""
    if status in (401, 403):
        return CloudHTTPError(
            f"{base} refused the API key (HTTP {status}){suffix}; fix: enter a valid key in "
            f"Settings > Cloud",
            status,
        )
    if status == 429:
        return CloudHTTPError(f"{base} is rate-limiting requests (HTTP 429){suffix}", status)
    return CloudHTTPError(f"{base} answered HTTP {status}{suffix}", status)
