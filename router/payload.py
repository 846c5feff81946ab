"""What a request would send, and the circumstances it would be sent in.

``Payload`` is everything that would leave the machine: the prompt, the
conversation history, and the retrieved knowledge chunks, each chunk carrying
its document's sensitivity level and source. ``Context`` is what the
orchestrator knows about the moment: connectivity, endpoint health, budget,
the user's choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from router.levels import Level


@dataclass(frozen=True)
class Message:
    """One message of the conversation history that would be sent."""

    role: str
    text: str


@dataclass(frozen=True)
class Chunk:
    """A retrieved knowledge chunk, with its document's level and source path."""

    text: str
    level: Level = Level.PUBLIC
    source: str = ""


@dataclass(frozen=True)
class Payload:
    """The whole outgoing request: prompt, history and retrieved chunks."""

    prompt: str
    history: tuple[Message, ...] = ()
    chunks: tuple[Chunk, ...] = ()

    def parts(self) -> list[tuple[str, str]]:
        """``(part name, text)`` for every piece, in the order they would be sent.

        Names are ``history[i]``, ``knowledge[i]`` and ``prompt``; findings
        carry them so a redaction knows which text its offsets refer to.
        """
        out = [(f"history[{i}]", m.text) for i, m in enumerate(self.history)]
        out += [(f"knowledge[{i}]", c.text) for i, c in enumerate(self.chunks)]
        out.append(("prompt", self.prompt))
        return out


@dataclass(frozen=True)
class Context:
    """The circumstances of one request.

    ``endpoint`` is the cloud endpoint the app would use when the policy
    leaves it open (from the user's settings); a policy that pins one wins.
    ``budget_left`` is the money left this month (None when no budget
    applies). ``what_if`` answers "where would this go" for ``edgewise
    route`` / ``policy explain``: a missing endpoint then does not keep the
    request local, because the question is about the policy, not this
    machine's set-up. ``local_available`` is False when no permitted local
    model can run; a request that may not go to the cloud is then blocked.
    """

    online: bool = False
    endpoint_healthy: bool = False
    budget_left: float | None = None
    user_forces_local: bool = False
    endpoint: str = ""
    what_if: bool = False
    local_available: bool = True

    @classmethod
    def what_if_online(cls) -> Context:
        """Online with a healthy endpoint: the context ``edgewise route`` decides in."""
        return cls(online=True, endpoint_healthy=True, what_if=True)

    @classmethod
    def what_if_offline(cls) -> Context:
        """Offline: the context of ``edgewise route --offline``."""
        return cls(online=False, endpoint_healthy=False, what_if=True)
