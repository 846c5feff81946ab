"""Property tests: random policies, payloads and contexts never crash ``decide``,
and nothing above the policy's ``max_level`` (after redactions) reaches the cloud.

These run the real detectors and complexity score.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from router import Chunk, Context, Message, Payload, Target, decide, detectors
from router.levels import Level
from router.policy.loader import compile_terms
from router.policy.schema import (
    CloudPolicy,
    ComplexityPolicy,
    Confirm,
    KnowledgePath,
    Policy,
    SensitivityRule,
)

LEVELS = st.sampled_from(list(Level))
SNIPPETS = [
    "alice.smith@acme-corp.de",
    "CONFIDENTIAL",
    "INTERNAL ONLY",
    "STRICTLY RESTRICTED",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
    "123-45-6789",
    "password: hunter2!",
    "AKIAIOSFODNN7EXAMPLE",
    "-----BEGIN RSA PRIVATE KEY-----",
    "diagnosed with diabetes",
    "Bluebird",
    "TCK-4821",
    "\u200b",
    "é漢🙂",
]
TEXT = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(SNIPPETS)), max_size=8).map(
    " ".join
)


def _rules() -> st.SearchStrategy[tuple[SensitivityRule, ...]]:
    detector_rule = st.builds(
        lambda name, level: SensitivityRule(name=name, level=level, detector=name),
        st.sampled_from(detectors.available()),
        LEVELS,
    )
    terms_rule = st.builds(
        lambda level, cs: SensitivityRule(
            name="project",
            level=level,
            terms=("Bluebird",),
            case_sensitive=cs,
            regex=compile_terms(["Bluebird"], cs),
        ),
        LEVELS,
        st.booleans(),
    )
    pattern_rule = st.builds(
        lambda level: SensitivityRule(
            name="ticket", level=level, pattern=r"TCK-\d{4}", regex=re.compile(r"TCK-\d{4}")
        ),
        LEVELS,
    )
    return st.lists(st.one_of(detector_rule, terms_rule, pattern_rule), max_size=6).map(tuple)


TYPES = [*detectors.available(), "project", "ticket"]

POLICIES = st.builds(
    lambda cloud, complexity, rules, paths: Policy(
        id="fuzz",
        version=1,
        issued=dt.date(2026, 1, 1),
        cloud=cloud,
        complexity=complexity,
        rules=rules,
        knowledge_paths=paths,
    ),
    st.builds(
        CloudPolicy,
        allowed=st.booleans(),
        endpoint=st.sampled_from(["", "https://llm.example.com/v1"]),
        max_level=LEVELS,
        redact=st.frozensets(st.sampled_from(TYPES), max_size=6),
        confirm=st.sampled_from(list(Confirm)),
        monthly_budget=st.one_of(st.none(), st.floats(0, 100)),
        price_per_1k_input=st.floats(0, 10),
    ),
    st.builds(
        ComplexityPolicy,
        cloud_threshold=st.floats(0, 1),
        local_context_tokens=st.integers(1, 100_000),
    ),
    _rules(),
    st.lists(
        st.builds(
            KnowledgePath, glob=st.sampled_from(["/srv/hr/**", "*.pdf", "~/x/*"]), level=LEVELS
        ),
        max_size=3,
    ).map(tuple),
)

PAYLOADS = st.builds(
    Payload,
    prompt=TEXT,
    history=st.lists(
        st.builds(Message, role=st.sampled_from(["user", "assistant"]), text=TEXT), max_size=3
    ).map(tuple),
    chunks=st.lists(
        st.builds(
            Chunk, text=TEXT, level=LEVELS, source=st.sampled_from(["", "/srv/hr/a.pdf", "b.txt"])
        ),
        max_size=3,
    ).map(tuple),
)

CONTEXTS = st.builds(
    Context,
    online=st.booleans(),
    endpoint_healthy=st.booleans(),
    budget_left=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    user_forces_local=st.booleans(),
    endpoint=st.sampled_from(["", "https://gw.example.com"]),
    what_if=st.booleans(),
    local_available=st.booleans(),
)

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(PAYLOADS, CONTEXTS, POLICIES)
def test_decide_is_total_and_never_sends_above_max_level(
    payload: Payload, context: Context, policy: Policy
) -> None:
    d = decide(payload, context, policy)
    assert d.target in set(Target)
    assert d.reasons, "every decision explains itself"
    assert 0.0 <= d.complexity.score <= 1.0
    if d.target is Target.CLOUD:
        assert policy.cloud.allowed
        assert context.online and context.endpoint_healthy and not context.user_forces_local
        assert d.effective_level <= policy.cloud.max_level
        for f in d.findings:
            if f.level > policy.cloud.max_level:
                assert f.redactable and f in d.redactions
    else:
        assert d.redactions == ()
    if not context.local_available:
        assert d.target is not Target.LOCAL
    assert d.level >= max((f.level for f in d.findings), default=Level.PUBLIC)


@SETTINGS
@given(PAYLOADS, CONTEXTS, POLICIES)
def test_decide_is_deterministic(payload: Payload, context: Context, policy: Policy) -> None:
    assert decide(payload, context, policy) == decide(payload, context, policy)


@SETTINGS
@given(PAYLOADS, POLICIES)
def test_offline_is_never_cloud_and_a_user_choice_of_local_is_respected(
    payload: Payload, policy: Policy
) -> None:
    offline = decide(payload, Context(online=False, endpoint_healthy=True), policy)
    assert offline.target is Target.LOCAL
    forced = Context(online=True, endpoint_healthy=True, user_forces_local=True)
    assert decide(payload, forced, policy).target is Target.LOCAL
