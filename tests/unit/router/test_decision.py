"""Routing decisions: every rule of the design, fail-closed behaviour, reasons.

The detectors are replaced by a small fixed table so these tests check the
decision logic, not the detectors (which have their own tests and evolve).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest

from router import Chunk, Context, Message, Payload, Target, decide
from router.complexity import Complexity
from router.findings import Match
from router.levels import Level
from router.policy import Policy, parse_text

ONLINE = Context(online=True, endpoint_healthy=True)

FAKE_DETECTORS = {
    "email": (Level.CONFIDENTIAL, re.compile(r"\b\w+@\w+\.com\b")),
    "marker_confidential": (Level.CONFIDENTIAL, re.compile(r"\bCONFIDENTIAL\b")),
    "marker_internal": (Level.INTERNAL, re.compile(r"\bINTERNAL ONLY\b")),
    "marker_restricted": (Level.RESTRICTED, re.compile(r"\bRESTRICTED\b")),
}


def _fake_scan(text: str, names: Iterable[str] | None = None) -> list[Match]:
    chosen = FAKE_DETECTORS if names is None else names
    found = [
        Match(name, m.start(), m.end())
        for name in chosen
        for m in FAKE_DETECTORS[name][1].finditer(text)
    ]
    return sorted(found, key=lambda m: (m.start, m.end, m.type))


@pytest.fixture(autouse=True)
def fake_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("router.detectors.available", lambda: sorted(FAKE_DETECTORS))
    monkeypatch.setattr("router.detectors.default_level", lambda name: FAKE_DETECTORS[name][0])
    monkeypatch.setattr("router.detectors.scan", _fake_scan)


@pytest.fixture
def policy(make_policy: Callable[..., str]) -> Policy:
    """Cloud up to internal, an endpoint, and threshold 0 (everything is complex enough)."""
    return parse_text(make_policy(), "p.toml")


def _with(make_policy: Callable[..., str], **kw: object) -> Policy:
    return parse_text(make_policy(**kw), "p.toml")


def test_plain_text_goes_to_cloud_when_everything_allows(policy: Policy) -> None:
    d = decide(Payload("What is the boiling point of water?"), ONLINE, policy)
    assert d.target is Target.CLOUD
    assert d.level is Level.PUBLIC
    assert d.findings == ()
    assert d.policy_id == "acme"
    assert d.policy_version == 1
    assert "nothing sensitive was found" in d.reasons


def test_level_above_max_stays_local_and_says_why(policy: Policy) -> None:
    d = decide(Payload("Mail alice@example.com the plan"), ONLINE, policy)
    assert d.target is Target.LOCAL
    assert d.level is Level.CONFIDENTIAL
    assert [(f.type, f.start, f.end) for f in d.findings] == [("email", 5, 22)]
    assert d.reasons == (
        "it contains email (confidential); only internal or less may leave this device",
    )


def test_redactable_findings_let_the_rest_go_with_placeholders(
    make_policy: Callable[..., str],
) -> None:
    policy = _with(make_policy, redact='["email"]')
    d = decide(Payload("Mail alice@example.com and bob@example.com"), ONLINE, policy)
    assert d.target is Target.CLOUD
    assert d.level is Level.CONFIDENTIAL
    assert d.effective_level is Level.PUBLIC
    assert [f.type for f in d.redactions] == ["email", "email"]
    assert all(f.redactable for f in d.redactions)
    assert any("email ×2 (confidential) will be replaced" in r for r in d.reasons)


def test_non_redactable_finding_still_keeps_it_local(make_policy: Callable[..., str]) -> None:
    policy = _with(make_policy, redact='["email"]')
    d = decide(Payload("CONFIDENTIAL: mail alice@example.com"), ONLINE, policy)
    assert d.target is Target.LOCAL
    assert d.redactions == ()
    assert d.effective_level is Level.CONFIDENTIAL


@pytest.mark.parametrize(
    ("context", "reason"),
    [
        (Context(online=False, endpoint_healthy=True), "this device is offline"),
        (Context(online=True, endpoint_healthy=False), "the cloud endpoint is not responding"),
        (
            Context(online=True, endpoint_healthy=True, user_forces_local=True),
            "you chose to answer on this device",
        ),
        (
            Context(online=True, endpoint_healthy=True, budget_left=0.0),
            "this month's cloud budget is used up",
        ),
    ],
)
def test_context_keeps_it_local(policy: Policy, context: Context, reason: str) -> None:
    d = decide(Payload("hello"), context, policy)
    assert d.target is Target.LOCAL
    assert reason in d.reasons


def test_cost_above_budget_left_keeps_it_local(make_policy: Callable[..., str]) -> None:
    policy = _with(make_policy, extra="")
    priced = parse_text(
        make_policy().replace('confirm = "never"', 'confirm = "never"\nprice_per_1k_input = 10.0'),
        "p.toml",
    )
    ctx = Context(online=True, endpoint_healthy=True, budget_left=0.01)
    assert decide(Payload("x" * 4000), ctx, policy).target is Target.CLOUD
    assert decide(Payload("x" * 4000), ctx, priced).target is Target.LOCAL


def test_cloud_not_allowed(make_policy: Callable[..., str]) -> None:
    d = decide(Payload("hello"), ONLINE, _with(make_policy, allowed=False))
    assert d.target is Target.LOCAL
    assert "the policy (acme) does not allow the cloud" in d.reasons


def test_missing_endpoint_is_local_except_in_what_if_mode(make_policy: Callable[..., str]) -> None:
    policy = _with(make_policy, endpoint="")
    real = decide(Payload("hello"), ONLINE, policy)
    assert real.target is Target.LOCAL
    assert "no cloud endpoint is set up" in real.reasons
    with_setting = Context(online=True, endpoint_healthy=True, endpoint="https://gw.example.com")
    assert decide(Payload("hello"), with_setting, policy).target is Target.CLOUD
    what_if = decide(Payload("hello"), Context.what_if_online(), policy)
    assert what_if.target is Target.CLOUD
    assert "it would go to the cloud once a cloud endpoint is set up" in what_if.reasons
    assert decide(Payload("hello"), Context.what_if_offline(), policy).target is Target.LOCAL


def test_simple_requests_stay_local_below_the_threshold(make_policy: Callable[..., str]) -> None:
    d = decide(Payload("hi"), ONLINE, _with(make_policy, threshold=0.99))
    assert d.target is Target.LOCAL
    assert any(r.startswith("the local model can handle it") for r in d.reasons)


def test_payload_over_the_local_window_goes_to_cloud(make_policy: Callable[..., str]) -> None:
    policy = _with(make_policy, threshold=1.0)
    d = decide(Payload("word " * 4000), ONLINE, policy)
    assert d.complexity.exceeds_local_context
    assert d.target is Target.CLOUD
    assert "it is too long for the local model's context window" in d.reasons


def test_history_and_chunks_count_not_just_the_prompt(policy: Policy) -> None:
    payload = Payload(
        "Summarise our chat",
        history=(Message("user", "my mail is carol@example.com"),),
        chunks=(Chunk("Quarterly numbers", Level.RESTRICTED, "/docs/q3.pdf"),),
    )
    d = decide(payload, ONLINE, policy)
    assert d.target is Target.LOCAL
    assert d.level is Level.RESTRICTED
    assert [(f.type, f.source) for f in d.findings] == [
        ("email", "history[0]"),
        ("document_label", "knowledge[0]"),
    ]


def test_knowledge_path_globs_raise_the_level(make_policy: Callable[..., str]) -> None:
    extra = '[[knowledge.paths]]\nglob = "/srv/hr/**"\nlevel = "restricted"\n'
    policy = _with(make_policy, extra=extra)
    inside = Payload("q", chunks=(Chunk("salary table", Level.PUBLIC, "/srv/hr/2026/pay.xlsx"),))
    outside = Payload("q", chunks=(Chunk("menu", Level.PUBLIC, "/srv/canteen/menu.pdf"),))
    assert decide(inside, ONLINE, policy).level is Level.RESTRICTED
    assert decide(outside, ONLINE, policy).level is Level.PUBLIC


def test_policy_terms_and_patterns_are_findings(make_policy: Callable[..., str]) -> None:
    extra = (
        '[[sensitivity.rules]]\nname = "project"\nterms = ["Bluebird"]\nlevel = "restricted"\n'
        '[[sensitivity.rules]]\nname = "ticket"\npattern = "TCK-\\\\d{4}"\nlevel = "internal"\n'
    )
    d = decide(Payload("see tck-1234 about bluebird"), ONLINE, _with(make_policy, extra=extra))
    assert [(f.type, f.level, f.start, f.end) for f in d.findings] == [
        ("ticket", Level.INTERNAL, 4, 12),
        ("project", Level.RESTRICTED, 19, 27),
    ]
    assert d.target is Target.LOCAL


def test_detector_rule_changes_a_detector_level(make_policy: Callable[..., str]) -> None:
    extra = '[[sensitivity.rules]]\ndetector = "email"\nlevel = "internal"\n'
    d = decide(Payload("mail a@example.com"), ONLINE, _with(make_policy, extra=extra))
    assert d.level is Level.INTERNAL
    assert d.target is Target.CLOUD


def test_confirmation(make_policy: Callable[..., str]) -> None:
    above = parse_text(make_policy().replace('"never"', '"above-public"'), "p.toml")
    always = parse_text(make_policy().replace('"never"', '"always"'), "p.toml")
    assert not decide(Payload("hello"), ONLINE, above).needs_confirmation
    assert decide(Payload("INTERNAL ONLY: hello"), ONLINE, above).needs_confirmation
    assert decide(Payload("hello"), ONLINE, always).needs_confirmation


def test_no_local_model_means_blocked_not_cloud(make_policy: Callable[..., str]) -> None:
    ctx = Context(online=True, endpoint_healthy=True, local_available=False)
    d = decide(Payload("CONFIDENTIAL plan"), ctx, _with(make_policy))
    assert d.target is Target.BLOCKED
    assert d.reasons[-1] == "no permitted local model can run, so the request is blocked"


def test_a_failing_detector_means_local(policy: Policy, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, names: object = None) -> list[object]:
        raise RuntimeError("detector bug")

    monkeypatch.setattr("router.detectors.scan", boom)
    d = decide(Payload("hello"), ONLINE, policy)
    assert d.target is Target.LOCAL
    assert d.level is Level.RESTRICTED
    assert d.reasons[0] == (
        "a sensitivity detector failed (RuntimeError), so the request stays on this device"
    )


def test_a_failing_complexity_score_means_local(
    policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(text: str, *, local_context_tokens: int = 0) -> Complexity:
        raise ValueError("bad model file")

    monkeypatch.setattr("router.complexity.score", boom)
    d = decide(Payload("hello"), ONLINE, policy)
    assert d.target is Target.LOCAL
    assert "the complexity check failed (ValueError), so the local model answers" in d.reasons


def test_any_internal_error_means_local(policy: Policy, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> object:
        raise KeyError("surprise")

    monkeypatch.setattr("router.decision._decide", boom)
    d = decide(Payload("hello"), ONLINE, policy)
    assert d.target is Target.LOCAL
    assert d.level is Level.RESTRICTED
    assert "the routing check failed (KeyError)" in d.reasons[0]


def test_unrated_match_type_is_treated_as_restricted(
    policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("router.detectors.scan", lambda text, names=None: [Match("mystery", 0, 1)])
    d = decide(Payload("hello"), ONLINE, policy)
    assert d.level is Level.RESTRICTED
    assert d.target is Target.LOCAL


def test_decisions_are_deterministic_and_json_ready(policy: Policy) -> None:
    payload = Payload("CONFIDENTIAL: ping dave@example.com")
    first, second = decide(payload, ONLINE, policy), decide(payload, ONLINE, policy)
    assert first == second
    data = first.to_dict()
    assert data["target"] == "local"
    assert data["level"] == "confidential"
    assert {"type", "level", "start", "end"} <= set(data["findings"][0])
    assert "dave@example.com" not in repr(data)


def test_reason_names_the_confidential_document(policy: Policy) -> None:
    payload = Payload(
        "When does the project launch?",
        chunks=(Chunk("Launch is in March.", Level.CONFIDENTIAL, "/docs/board-minutes.md"),),
    )
    decision = decide(payload, Context.what_if_online(), policy)
    assert decision.target is Target.LOCAL
    assert any("board-minutes.md" in r for r in decision.reasons)
