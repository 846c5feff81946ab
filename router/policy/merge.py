"""Lay a user's policy over the policy in force, keeping only what is stricter.

A user may lower ``max_level``, turn the cloud off, drop redactable types, ask
for more confirmations, raise the complexity threshold, lower the budget, add
sensitivity rules and knowledge paths, and narrow the allowed local models.
Anything looser is ignored with a warning naming the key. The result keeps the
base policy's id and version: that is the policy that decided.
"""

from __future__ import annotations

from dataclasses import replace

from router import detectors
from router.policy.schema import CloudPolicy, KnowledgePath, LocalPolicy, Policy, SensitivityRule


def _cloud(base: CloudPolicy, user: CloudPolicy, warn: list[str]) -> CloudPolicy:
    allowed = base.allowed and user.allowed
    if user.allowed and not base.allowed:
        warn.append("cloud.allowed: the organisation's policy keeps the cloud off; ignored")
    max_level = min(base.max_level, user.max_level)
    if user.max_level > base.max_level:
        warn.append(
            f"cloud.max_level: {user.max_level.label} is looser than "
            f"{base.max_level.label}; ignored"
        )
    extra = sorted(user.redact - base.redact)
    if extra:
        warn.append(f"cloud.redact: {', '.join(extra)} may not be redacted by this policy; ignored")
    confirm = base.confirm
    if user.confirm.strictness > base.confirm.strictness:
        confirm = user.confirm
    elif user.confirm.strictness < base.confirm.strictness:
        warn.append(
            f"cloud.confirm: {user.confirm.value} is looser than {base.confirm.value}; ignored"
        )
    # The endpoint and model complete a policy that leaves them open (the
    # bundled default); they may not replace ones the organisation pinned.
    endpoint, model = base.endpoint, base.model
    if user.endpoint and not base.endpoint:
        endpoint = user.endpoint
    elif user.endpoint and user.endpoint != base.endpoint:
        warn.append("cloud.endpoint: the organisation's policy sets the endpoint; ignored")
    if user.model and not base.model:
        model = user.model
    elif user.model and user.model != base.model:
        warn.append("cloud.model: the organisation's policy sets the model; ignored")
    budgets = [b for b in (base.monthly_budget, user.monthly_budget) if b is not None]
    return replace(
        base,
        allowed=allowed,
        endpoint=endpoint,
        model=model,
        max_level=max_level,
        redact=base.redact & user.redact,
        confirm=confirm,
        monthly_budget=min(budgets) if budgets else None,
    )


def _rules(
    base: tuple[SensitivityRule, ...], user: tuple[SensitivityRule, ...], warn: list[str]
) -> tuple[SensitivityRule, ...]:
    base_levels = {r.detector: r.level for r in base if r.detector is not None}
    kept = list(base)
    for rule in user:
        if rule.detector is not None:
            current = base_levels.get(rule.detector) or detectors.default_level(rule.detector)
            if rule.level < current:
                warn.append(
                    f"sensitivity.rules: {rule.detector} at {rule.level.label} is looser "
                    f"than {current.label}; ignored"
                )
                continue
        kept.append(rule)
    return tuple(kept)


def _knowledge(
    base: tuple[KnowledgePath, ...], user: tuple[KnowledgePath, ...]
) -> tuple[KnowledgePath, ...]:
    # Every matching glob applies and the highest level wins, so adding paths
    # can only raise levels.
    return base + tuple(p for p in user if p not in base)


def _local(base: LocalPolicy, user: LocalPolicy, warn: list[str]) -> LocalPolicy:
    models = base.models_sha256
    if user.models_sha256 is not None:
        models = user.models_sha256 if models is None else models & user.models_sha256
    version = base.min_app_version
    if user.min_app_version is not None and user.min_app_version != version:
        warn.append("local.min_app_version: set by the organisation only; ignored")
    return LocalPolicy(models_sha256=models, min_app_version=version)


def merge_stricter(base: Policy, user: Policy) -> tuple[Policy, list[str]]:
    """Apply ``user`` on top of ``base``; returns the policy and the ignored looser keys."""
    warn: list[str] = []
    threshold = max(base.complexity.cloud_threshold, user.complexity.cloud_threshold)
    if user.complexity.cloud_threshold < base.complexity.cloud_threshold:
        warn.append("complexity.cloud_threshold: lower than the organisation's; ignored")
    merged = replace(
        base,
        cloud=_cloud(base.cloud, user.cloud, warn),
        complexity=replace(base.complexity, cloud_threshold=threshold),
        rules=_rules(base.rules, user.rules, warn),
        knowledge_paths=_knowledge(base.knowledge_paths, user.knowledge_paths),
        local=_local(base.local, user.local, warn),
        audit=replace(base.audit, include_text=base.audit.include_text and user.audit.include_text),
    )
    return merged, warn
