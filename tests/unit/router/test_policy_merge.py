"""Property: laying any user policy over any policy never loosens it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from router import detectors
from router.levels import Level
from router.policy.merge import merge_stricter
from router.policy.schema import (
    AuditPolicy,
    CloudPolicy,
    ComplexityPolicy,
    Confirm,
    LocalPolicy,
    Policy,
    SensitivityRule,
)

LEVELS = st.sampled_from(list(Level))
HASHES = st.frozensets(st.sampled_from(["a" * 64, "b" * 64, "c" * 64]))


def _policies(policy_id: str) -> st.SearchStrategy[Policy]:
    return st.builds(
        lambda cloud, threshold, rules, models, include_text: Policy(
            id=policy_id,
            version=1,
            issued=dt.date(2026, 1, 1),
            cloud=cloud,
            complexity=ComplexityPolicy(cloud_threshold=threshold),
            rules=rules,
            local=LocalPolicy(models_sha256=models),
            audit=AuditPolicy(include_text=include_text),
        ),
        st.builds(
            CloudPolicy,
            allowed=st.booleans(),
            endpoint=st.sampled_from(["", "https://a.example", "https://b.example"]),
            max_level=LEVELS,
            redact=st.frozensets(st.sampled_from(["email", "phone", "project"])),
            confirm=st.sampled_from(list(Confirm)),
            monthly_budget=st.one_of(st.none(), st.floats(0, 100)),
        ),
        st.floats(0, 1),
        st.lists(
            st.builds(
                lambda name, level: SensitivityRule(name=name, level=level, detector=name),
                st.sampled_from(detectors.available()),
                LEVELS,
            ),
            max_size=4,
        ).map(tuple),
        st.one_of(st.none(), HASHES),
        st.booleans(),
    )


@settings(max_examples=200, deadline=None)
@given(_policies("org"), _policies("mine"))
def test_user_policy_never_loosens(base: Policy, user: Policy) -> None:
    merged, _ = merge_stricter(base, user)
    assert (merged.id, merged.version) == (base.id, base.version)
    assert merged.cloud.allowed <= base.cloud.allowed
    assert merged.cloud.max_level <= base.cloud.max_level
    assert merged.cloud.redact <= base.cloud.redact
    assert merged.cloud.confirm.strictness >= base.cloud.confirm.strictness
    assert merged.complexity.cloud_threshold >= base.complexity.cloud_threshold
    if base.cloud.monthly_budget is not None:
        assert merged.cloud.monthly_budget is not None
        assert merged.cloud.monthly_budget <= base.cloud.monthly_budget
    if base.cloud.endpoint:
        assert merged.cloud.endpoint == base.cloud.endpoint
    if base.local.models_sha256 is not None:
        assert merged.local.models_sha256 is not None
        assert merged.local.models_sha256 <= base.local.models_sha256
    assert merged.audit.include_text <= base.audit.include_text
    # Every detector ends at least as strict as the base left it.
    base_levels = base.detector_levels()
    for rule in merged.rules:
        if rule.detector is None:
            continue
        floor = base_levels.get(rule.detector) or detectors.default_level(rule.detector)
        in_base = rule in base.rules
        assert in_base or rule.level >= floor
