"""The orchestrator: one request from question to saved, audited answer.

For each turn it gathers the payload (prompt, history, retrieved knowledge),
asks the router where it may go, applies the redactions the decision names,
streams from the chosen engine, restores redacted values in what the user
sees, saves the conversation before and during the answer, records the
decision in the audit log and counts cloud cost against the month's budget.
If the cloud fails before or during the answer, the answer is finished
locally and the user is told why; a partial cloud answer is kept, marked.

No Qt here: the UI's controller runs ``Copilot.ask`` in a worker thread and
turns the ``Turn``'s events into signals.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from app.engines.base import CancelToken, ChatMessage, Engine, GenerationOptions, Usage
from app.engines.errors import CloudError, EngineError
from app.history import History, MessageStatus
from router.audit import AuditLog
from router.decision import Decision, Target, decide
from router.payload import Chunk, Context, Message, Payload
from router.policy import Policy
from router.redact import Redactor, StreamRestorer

SYSTEM_PROMPT = "You are Edgewise, a helpful assistant. Answer accurately and concisely."
Route = Literal["local", "cloud", "cloud-redacted", "local-fallback", "blocked"]
# Save a streaming answer at most this often (seconds): bounded I/O, bounded loss.
SAVE_EVERY = 0.25
HEALTH_TTL = 30.0


class Retriever(Protocol):
    """What the orchestrator needs from the knowledge base."""

    def retrieve(self, query: str, limit: int) -> Sequence[Chunk]: ...


ConfirmCallback = Callable[[str], bool]


@dataclass
class Turn:
    """One answered request. Iterate for the answer's chunks (as the user sees
    them: redacted values restored); the attributes fill in as it runs."""

    decision: Decision
    route: Route
    model: str = ""
    conversation_id: int = 0
    user_message_id: int = 0
    answer_message_id: int = 0
    usage: Usage = field(default_factory=Usage)
    cost: float = 0.0
    fallback: str | None = None
    partial_cloud_text: str | None = None
    notices: list[str] = field(default_factory=list)
    redaction_counts: dict[str, int] = field(default_factory=dict)
    sources: list[Chunk] = field(default_factory=list)
    text: str = ""
    finish_reason: str | None = None
    _chunks: Iterator[str] | None = None

    def __iter__(self) -> Iterator[str]:
        if self._chunks is not None:
            source, self._chunks = self._chunks, None
            yield from source

    def wait(self) -> str:
        """Consume the whole answer and return it."""
        for _ in self:
            pass
        return self.text

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.decision.reasons


class Copilot:
    """Runs requests end to end. Dependencies come in through the constructor."""

    def __init__(
        self,
        *,
        policy: Callable[[], Policy],
        local: Engine,
        history: History,
        audit: AuditLog,
        cloud: Engine | None = None,
        cloud_endpoint: str = "",
        retriever: Retriever | None = None,
        options: GenerationOptions | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._policy = policy
        self.local = local
        self.cloud = cloud
        self.cloud_endpoint = cloud_endpoint
        self.history = history
        self.audit = audit
        self.retriever = retriever
        self.options = options or GenerationOptions()
        self._clock = clock
        self._health: tuple[float, bool, bool] | None = None
        self._spent: tuple[tuple[str, int, int], float] | None = None
        self._lock = threading.Lock()

    # -- context ------------------------------------------------------------------
    def cloud_status(self, *, refresh: bool = False) -> tuple[bool, bool]:
        """``(online, healthy)`` from a health probe, cached for ``HEALTH_TTL`` seconds.

        Without a cloud engine nothing is probed and the answer is ``(True, False)``.
        """
        if self.cloud is None:
            return True, False
        now = time.monotonic()
        if not refresh and self._health and now - self._health[0] < HEALTH_TTL:
            return self._health[1], self._health[2]
        probe = getattr(self.cloud, "health", None)
        if callable(probe):
            health = probe()
            status = (bool(health.ok or health.reached), bool(health.ok))
        else:
            status = (True, True)
        self._health = (now, *status)
        return status

    def month_to_date_cost(self) -> float:
        """Cloud money spent this calendar month, from the audit log.

        The sum is kept until the log changes, so the live route preview does
        not re-read the whole log on every keystroke.
        """
        month = self._clock().strftime("%Y-%m")
        try:
            stat = self.audit.path.stat()
            key = (month, stat.st_size, stat.st_mtime_ns)
        except FileNotFoundError:
            return 0.0
        if self._spent is not None and self._spent[0] == key:
            return self._spent[1]
        total = 0.0
        for record in self.audit.records():
            if str(record.get("time", "")).startswith(month):
                total += float(record.get("cost", 0.0))
        self._spent = (key, total)
        return total

    def budget_left(self, policy: Policy) -> float | None:
        if policy.cloud.monthly_budget is None:
            return None
        return policy.cloud.monthly_budget - self.month_to_date_cost()

    def context(self, policy: Policy, *, keep_local: bool) -> Context:
        """What the router needs to know about this moment."""
        # A request the user keeps local needs no probe (and sends nothing).
        online, healthy = (True, False) if keep_local else self.cloud_status()
        return Context(
            online=online,
            endpoint_healthy=healthy,
            budget_left=self.budget_left(policy),
            user_forces_local=keep_local,
            endpoint=self.cloud_endpoint if self.cloud is not None else "",
        )

    # -- the request path -------------------------------------------------------------
    def preview(
        self, conversation_id: int | None, prompt: str, *, keep_local: bool = False
    ) -> Decision:
        """Where ``prompt`` would go now, without sending or saving anything."""
        policy = self._policy()
        payload = self._payload(conversation_id, prompt)
        return decide(payload, self.context(policy, keep_local=keep_local), policy)

    def _history_messages(self, conversation_id: int | None) -> list[Message]:
        if conversation_id is None:
            return []
        return [
            Message(m.role, m.content)
            for m in self.history.messages(conversation_id)
            if m.role in ("user", "assistant") and m.content and m.status != "failed"
        ]

    def _payload(self, conversation_id: int | None, prompt: str) -> Payload:
        chunks: tuple[Chunk, ...] = ()
        if self.retriever is not None:
            chunks = tuple(self.retriever.retrieve(prompt, 4))
        return Payload(prompt, tuple(self._history_messages(conversation_id)), chunks)

    def ask(
        self,
        prompt: str,
        *,
        conversation_id: int | None = None,
        keep_local: bool = False,
        confirm: ConfirmCallback | None = None,
        cancel_token: CancelToken | None = None,
    ) -> Turn:
        """Decide, save the question, and return a ``Turn`` that streams the answer.

        The user's message is committed before this returns. ``confirm`` is
        called with exactly the text that would leave the machine when the
        policy asks for confirmation; without it, such a request stays local.
        """
        if not prompt.strip():
            raise ValueError("the question is empty")
        policy = self._policy()
        payload = self._payload(conversation_id, prompt)
        decision = decide(payload, self.context(policy, keep_local=keep_local), policy)
        if conversation_id is None:
            conversation_id = self.history.new_conversation(prompt.strip().splitlines()[0][:60])
        user_id = self.history.add_message(conversation_id, "user", prompt)
        cancel = cancel_token or CancelToken()

        route: Route = "local"
        outgoing: list[ChatMessage] | None = None
        restorer: StreamRestorer | None = None
        counts: dict[str, int] = {}
        if decision.target is Target.BLOCKED:
            route = "blocked"
        elif decision.target is Target.CLOUD and self.cloud is not None:
            redactor = Redactor()
            outgoing = _messages(payload, redactor, decision)
            counts = dict(Counter(f.type for f in decision.redactions))
            restorer = redactor.stream_restorer()
            route = "cloud-redacted" if decision.redactions else "cloud"
            if decision.needs_confirmation:
                shown = "\n\n".join(f"{m['role']}: {m['content']}" for m in outgoing)
                if confirm is None or not confirm(shown):
                    route, outgoing, restorer = "local", None, None
                    decision = _with_reason(decision, "you did not confirm sending it")

        engine_name = (
            self.cloud.model_name
            if outgoing is not None and self.cloud
            else (self.local.model_name)
        )
        answer_id = self.history.add_message(
            conversation_id,
            "assistant",
            "",
            status="streaming",
            route=route,
            model=engine_name,
            reasons=decision.reasons,
        )
        turn = Turn(
            decision=decision,
            route=route,
            model=engine_name,
            conversation_id=conversation_id,
            user_message_id=user_id,
            answer_message_id=answer_id,
            redaction_counts=counts,
            sources=list(payload.chunks),
        )
        knowledge_error = getattr(self.retriever, "last_error", None)
        if knowledge_error:
            turn.notices.append(
                f"Your documents could not be searched ({knowledge_error}); answered without them."
            )
        turn._chunks = self._run(
            turn, policy, payload, outgoing=outgoing, restorer=restorer, cancel=cancel
        )
        return turn

    def _run(
        self,
        turn: Turn,
        policy: Policy,
        payload: Payload,
        *,
        outgoing: list[ChatMessage] | None,
        restorer: StreamRestorer | None,
        cancel: CancelToken,
    ) -> Iterator[str]:
        answer = _Answer(self.history, turn.answer_message_id)
        try:
            if turn.route == "blocked":
                answer.status = "failed"
                yield answer.add("This request cannot be answered: " + "; ".join(turn.reasons))
                return
            if outgoing is not None and restorer is not None and self.cloud is not None:
                try:
                    yield from self._from_cloud(
                        turn,
                        policy=policy,
                        outgoing=outgoing,
                        restorer=restorer,
                        cancel=cancel,
                        answer=answer,
                    )
                    return
                except CloudError as exc:
                    answer = self._fall_back(turn, exc, restorer, answer)
            stream = self.local.chat(_messages(payload, None, None), self.options, cancel)
            for chunk in stream:
                yield answer.add(chunk)
            turn.usage = stream.usage
            turn.finish_reason = stream.finish_reason
            turn.notices.extend(stream.notices)
        except EngineError as exc:
            answer.status = "failed"
            turn.notices.append(str(exc))
            raise
        finally:
            self._finish(turn, policy, payload, answer, cancel)

    def _from_cloud(
        self,
        turn: Turn,
        *,
        policy: Policy,
        outgoing: list[ChatMessage],
        restorer: StreamRestorer,
        cancel: CancelToken,
        answer: _Answer,
    ) -> Iterator[str]:
        assert self.cloud is not None
        stream = self.cloud.chat(outgoing, self.options, cancel)
        for chunk in stream:
            shown = restorer.feed(chunk)
            if shown:
                yield answer.add(shown)
        tail = restorer.flush()
        if tail:
            yield answer.add(tail)
        turn.usage = stream.usage
        turn.cost = _cost(policy, stream.usage)
        turn.finish_reason = stream.finish_reason

    def _fall_back(
        self, turn: Turn, exc: CloudError, restorer: StreamRestorer, answer: _Answer
    ) -> _Answer:
        """Record why the cloud failed; keep its partial answer as its own message."""
        tail = restorer.flush()
        if tail:
            answer.add(tail)
        turn.partial_cloud_text = answer.text or None
        turn.fallback = str(exc)
        turn.route = "local-fallback"
        turn.model = self.local.model_name
        self._health = (time.monotonic(), True, False)
        turn.notices.append(f"The cloud could not answer ({exc}); answered on this device instead.")
        if not answer.text:
            return answer
        self.history.finish_message(
            turn.answer_message_id,
            answer.text,
            status="partial",
            notices=[f"The cloud answer broke off: {exc}"],
        )
        turn.answer_message_id = self.history.add_message(
            turn.conversation_id,
            "assistant",
            "",
            status="streaming",
            route="local-fallback",
            model=self.local.model_name,
            reasons=turn.reasons,
        )
        return _Answer(self.history, turn.answer_message_id)

    def _finish(
        self, turn: Turn, policy: Policy, payload: Payload, answer: _Answer, cancel: CancelToken
    ) -> None:
        """Commit the answer and append the audit record, however the turn ended."""
        if answer.status == "complete" and (turn.finish_reason == "cancelled" or cancel.cancelled):
            answer.status = "partial"
            turn.notices.append("Stopped before the answer was complete.")
        turn.text = answer.text
        self.history.finish_message(
            turn.answer_message_id,
            turn.text,
            status=answer.status,
            route=turn.route,
            model=turn.model,
            reasons=turn.reasons,
            notices=turn.notices,
            prompt_tokens=turn.usage.prompt_tokens,
            completion_tokens=turn.usage.completion_tokens,
            cost=turn.cost,
        )
        self.audit.append(
            turn.decision,
            tokens_in=turn.usage.prompt_tokens,
            tokens_out=turn.usage.completion_tokens,
            cost=turn.cost,
            text=payload.prompt,
            include_text=policy.audit.include_text,
        )


class _Answer:
    """The answer being received: its text, its status, and throttled saving."""

    def __init__(self, history: History, message_id: int) -> None:
        self.history, self.message_id = history, message_id
        self.parts: list[str] = []
        self.status: MessageStatus = "complete"
        self._last_save = 0.0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, chunk: str) -> str:
        """Record ``chunk`` (saving at most every ``SAVE_EVERY`` seconds); return it."""
        self.parts.append(chunk)
        now = time.monotonic()
        if now - self._last_save >= SAVE_EVERY:
            self.history.save_partial(self.message_id, self.text)
            self._last_save = now
        return chunk


def _cost(policy: Policy, usage: Usage) -> float:
    return (
        usage.prompt_tokens / 1000 * policy.cloud.price_per_1k_input
        + usage.completion_tokens / 1000 * policy.cloud.price_per_1k_output
    )


def _with_reason(decision: Decision, reason: str) -> Decision:
    return replace(
        decision, target=Target.LOCAL, redactions=(), reasons=(*decision.reasons, reason)
    )


def _messages(
    payload: Payload, redactor: Redactor | None, decision: Decision | None
) -> list[ChatMessage]:
    """The chat messages for ``payload``; with a redactor, every part is redacted."""

    def text_of(part: str, text: str) -> str:
        if redactor is None or decision is None:
            return text
        spans = [f for f in decision.redactions if f.source == part]
        return redactor.redact(text, spans)

    system = SYSTEM_PROMPT
    if payload.chunks:
        excerpts = "\n\n".join(
            f"[{i + 1}] {c.source}\n{text_of(f'knowledge[{i}]', c.text)}"
            for i, c in enumerate(payload.chunks)
        )
        system += (
            "\n\nUse these excerpts from the user's documents when they help, and cite them "
            f"by number:\n\n{excerpts}"
        )
    messages: list[Any] = [{"role": "system", "content": system}]
    for i, m in enumerate(payload.history):
        messages.append({"role": m.role, "content": text_of(f"history[{i}]", m.text)})
    messages.append({"role": "user", "content": text_of("prompt", payload.prompt)})
    return messages
