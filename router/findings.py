"""What the sensitivity detectors find, before and after the policy weighs it."""

from __future__ import annotations

from dataclasses import dataclass

from router.levels import Level


@dataclass(frozen=True, slots=True)
class Match:
    """A raw detector hit: a stable type name and a character span ``[start, end)``."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    """A detector hit weighed by the policy.

    ``type`` is the stable name used in policies and the audit log; ``level``
    comes from the policy (or the detector's default); ``redactable`` says
    whether the policy lets this value be replaced by a placeholder so the rest
    of the text may go to the cloud. ``source`` names the payload part
    (``prompt``, ``history[i]``, ``knowledge[i]``) the span refers to. The
    matched text itself is never stored here, so a finding can be logged safely.
    """

    type: str
    level: Level
    start: int
    end: int
    redactable: bool
    source: str = "prompt"
