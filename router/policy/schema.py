"""The routing policy, schema version 1, as frozen dataclasses.

Every key of a policy file maps onto one field here; ``docs/policy.md``
documents each (type, default, meaning). Parsing and validation live in
``router.policy.loader``; this module only holds the shapes and the
``local-only`` fallback used when no policy can be trusted.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from router.levels import Level

SCHEMA_VERSION = 1


class Confirm(enum.Enum):
    """When the user must confirm before a request goes to the cloud."""

    NEVER = "never"
    ABOVE_PUBLIC = "above-public"
    ALWAYS = "always"

    @property
    def strictness(self) -> int:
        """Higher asks the user more often (used when merging a user policy)."""
        return {Confirm.NEVER: 0, Confirm.ABOVE_PUBLIC: 1, Confirm.ALWAYS: 2}[self]


@dataclass(frozen=True)
class CloudPolicy:
    """``[cloud]``: whether, where and under which limits requests may leave the machine."""

    allowed: bool = False
    endpoint: str = ""
    model: str = ""
    max_level: Level = Level.PUBLIC
    redact: frozenset[str] = frozenset()
    confirm: Confirm = Confirm.NEVER
    monthly_budget: float | None = None
    price_per_1k_input: float = 0.0
    price_per_1k_output: float = 0.0


@dataclass(frozen=True)
class ComplexityPolicy:
    """``[complexity]``: when a request is hard enough to deserve the cloud."""

    cloud_threshold: float = 0.6
    local_context_tokens: int = 2048


@dataclass(frozen=True)
class SensitivityRule:
    """One ``[[sensitivity.rules]]`` entry.

    Exactly one of ``detector`` (a built-in detector whose level this rule
    sets), ``terms`` or ``pattern`` is used. ``name`` is the finding type the
    terms or pattern produce (for a detector rule it is the detector's name).
    ``regex`` is the compiled matcher for terms and patterns, built once at
    load time so decisions stay fast.
    """

    name: str
    level: Level
    detector: str | None = None
    terms: tuple[str, ...] = ()
    pattern: str | None = None
    case_sensitive: bool = False
    regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class KnowledgePath:
    """One ``[[knowledge.paths]]`` entry: documents matching ``glob`` get ``level``."""

    glob: str
    level: Level


@dataclass(frozen=True)
class LocalPolicy:
    """``[local]``: which local models may run and the oldest app allowed to use the policy."""

    models_sha256: frozenset[str] | None = None
    min_app_version: str | None = None


@dataclass(frozen=True)
class AuditPolicy:
    """``[audit]``: what the tamper-evident audit log records."""

    include_text: bool = False


@dataclass(frozen=True)
class Policy:
    """A complete, validated routing policy."""

    id: str
    version: int
    issued: dt.date
    expires: dt.date | None = None
    description: str = ""
    cloud: CloudPolicy = CloudPolicy()
    complexity: ComplexityPolicy = ComplexityPolicy()
    rules: tuple[SensitivityRule, ...] = ()
    knowledge_paths: tuple[KnowledgePath, ...] = ()
    local: LocalPolicy = LocalPolicy()
    audit: AuditPolicy = AuditPolicy()
    schema: int = SCHEMA_VERSION

    def detector_levels(self) -> dict[str, Level]:
        """Levels the policy sets for built-in detectors (last rule wins)."""
        return {r.detector: r.level for r in self.rules if r.detector is not None}

    def is_expired(self, today: dt.date) -> bool:
        """True when the policy's ``expires`` date is before ``today``."""
        return self.expires is not None and self.expires < today


LOCAL_ONLY_ID = "local-only"


def local_only_policy() -> Policy:
    """The policy in force when no policy can be trusted: nothing leaves the machine."""
    return Policy(
        id=LOCAL_ONLY_ID,
        version=0,
        issued=dt.date(1970, 1, 1),
        description="No valid policy could be loaded: every request is answered locally.",
        cloud=CloudPolicy(allowed=False),
    )
