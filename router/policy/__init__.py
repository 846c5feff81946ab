"""The routing policy: schema, loading and validation, signatures, precedence.

Public API::

    from router.policy import load_in_force, load_file, Policy, PolicyError

    state = load_in_force(paths)      # PolicyState: policy, origin, signer, rejections
    policy = load_file(Path("policy.toml"))

``load_in_force`` and the signing helpers import ``cryptography``; they are
loaded on first use so that ``import router`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from router.policy.loader import PolicyError, PolicyIssue, load_file, parse_text
from router.policy.schema import (
    AuditPolicy,
    CloudPolicy,
    ComplexityPolicy,
    Confirm,
    KnowledgePath,
    LocalPolicy,
    Policy,
    SensitivityRule,
    local_only_policy,
)

if TYPE_CHECKING:
    from router.policy.sources import PolicyState, Rejection, load_in_force

__all__ = [
    "AuditPolicy",
    "CloudPolicy",
    "ComplexityPolicy",
    "Confirm",
    "KnowledgePath",
    "LocalPolicy",
    "Policy",
    "PolicyError",
    "PolicyIssue",
    "PolicyState",
    "Rejection",
    "SensitivityRule",
    "load_file",
    "load_in_force",
    "local_only_policy",
    "parse_text",
]

_LAZY = {"PolicyState", "Rejection", "load_in_force"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from router.policy import sources

        return getattr(sources, name)
    raise AttributeError(f"module 'router.policy' has no attribute {name!r}")
