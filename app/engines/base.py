"""The one streaming interface that local and cloud engines share.

An engine turns chat messages into a ``Stream``: iterate it to receive text
chunks as they are generated, or call ``text()`` to wait for the whole answer.
A stream is replayable: after it has finished, iterating again yields the
same chunks. ``cancel()`` (from any thread) stops generation before the next
token; the stream then ends with ``finish_reason == "cancelled"``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypedDict

Role = Literal["system", "user", "assistant"]
FinishReason = Literal["stop", "length", "cancelled", "error"]


class ChatMessage(TypedDict):
    """One message of a conversation, in the OpenAI chat shape."""

    role: Role
    content: str


@dataclass
class Usage:
    """Token counts of one generation."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class CancelToken:
    """A thread-safe flag a caller sets to stop a generation between tokens."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class GenerationOptions:
    """Sampling and length limits for one answer."""

    max_tokens: int = 512
    # Greedy by default: small local models answer facts far better without sampling.
    temperature: float = 0.0
    repeat_penalty: float = 1.1
    seed: int = 42


class Stream:
    """A lazily generated answer: iterate for chunks, ``text()`` to wait.

    ``source`` is the generator producing chunks; it updates ``usage``,
    ``finish_reason`` and ``notices`` on this object as it goes.
    """

    def __init__(self, model: str, cancel_token: CancelToken | None = None) -> None:
        self.model = model
        self.usage = Usage()
        self.finish_reason: FinishReason | None = None
        self.notices: list[str] = []
        self.error: Exception | None = None
        self.cancel_token = cancel_token or CancelToken()
        self._chunks: list[str] = []
        self._source: Iterator[str] | None = None
        self._lock = threading.Lock()

    def bind(self, source: Iterator[str]) -> Stream:
        """Attach the chunk generator (engines call this once)."""
        self._source = source
        return self

    def cancel(self) -> None:
        """Ask the engine to stop before the next token."""
        self.cancel_token.cancel()

    @property
    def done(self) -> bool:
        return self.finish_reason is not None

    def __iter__(self) -> Iterator[str]:
        if self.done or self._source is None:
            yield from list(self._chunks)
            return
        with self._lock:
            source, self._source = self._source, None
        if source is None:
            yield from list(self._chunks)
            return
        try:
            for chunk in source:
                self._chunks.append(chunk)
                yield chunk
        except Exception as exc:
            # Chunks received before the failure stay available (text(), replay).
            self.error = exc
            self.finish_reason = "error"
            raise
        finally:
            # Closing the generator runs its cleanup even if the consumer stopped early.
            close = getattr(source, "close", None)
            if close is not None:
                close()
            if self.finish_reason is None:
                self.finish_reason = "cancelled"

    def text(self) -> str:
        """Wait for the whole answer and return it (what was received, after a failure)."""
        for _ in self:
            pass
        return "".join(self._chunks)


class Engine(Protocol):
    """What the orchestrator needs from any engine, local or cloud."""

    @property
    def model_name(self) -> str: ...

    def chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions | None = None,
        cancel_token: CancelToken | None = None,
    ) -> Stream:
        """Start answering ``messages``; generation happens as the stream is consumed."""
        ...


@dataclass
class TrimResult:
    """Messages that fit the context window and what had to be dropped."""

    messages: list[ChatMessage]
    dropped: int = 0
    notices: list[str] = field(default_factory=list)
