"""Words for routes: badges, tooltips and the live preview line."""

from __future__ import annotations

import datetime as dt

from app.ui.routes import BadgeDetail, badge, badge_tooltip, preview_route, preview_text
from router.decision import Decision, Target, decide
from router.levels import Level
from router.payload import Context, Payload
from router.policy import CloudPolicy, Policy


def _policy(**cloud: object) -> Policy:
    return Policy(
        id="test-policy",
        version=3,
        issued=dt.date(2026, 1, 1),
        cloud=CloudPolicy(
            allowed=True,
            endpoint="https://x.example/v1",
            model="big",
            max_level=Level.INTERNAL,
            **cloud,
        ),  # type: ignore[arg-type]
    )


def _decide(text: str, policy: Policy, *, local: bool = False) -> Decision:
    context = Context(
        online=True, endpoint_healthy=True, user_forces_local=local, endpoint="https://x.example/v1"
    )
    return decide(Payload(text), context, policy)


def test_every_route_has_its_badge() -> None:
    assert badge("local")[0] == "Local"
    assert badge("cloud")[0] == "Cloud"
    assert badge("cloud-redacted")[0] == "Cloud (redacted)"
    assert badge("local-fallback")[0] == "Local (cloud unavailable)"
    assert badge("blocked")[0] == "Blocked"
    assert badge(None)[0] == "Unknown route"


def test_tooltip_lists_reasons_policy_model_and_escapes_html() -> None:
    tip = badge_tooltip(
        BadgeDetail(
            route="local-fallback",
            reasons=("it is <complex>",),
            model="smol",
            policy_id="acme",
            policy_version=4,
            notices=("n1",),
            fallback="timeout after 30 s",
        )
    )
    assert "Local (cloud unavailable)" in tip
    assert "<li>it is &lt;complex&gt;</li>" in tip
    assert "Policy: acme version 4" in tip
    assert "Model: smol" in tip
    assert "Cloud failed: timeout after 30 s" in tip
    assert "Note: n1" in tip


def test_preview_for_confidential_text_says_it_stays_local_and_why() -> None:
    decision = _decide("CONFIDENTIAL: board minutes", _policy())
    text = preview_text(decision)
    assert text.startswith("This will stay local: it contains CONFIDENTIAL marking")
    assert preview_route(decision) == "local"


def test_preview_for_keep_local() -> None:
    decision = _decide("Prove that there are infinitely many primes.", _policy(), local=True)
    assert preview_text(decision) == "This will stay local: you chose to answer on this device"


def test_preview_for_a_cloud_request_names_the_model_and_confirmation() -> None:
    decision = Decision(
        target=Target.CLOUD,
        level=Level.PUBLIC,
        effective_level=Level.PUBLIC,
        findings=(),
        complexity=_decide("x", _policy()).complexity,
        redactions=(),
        reasons=("it is complex (complexity 0.80 ≥ 0.60)",),
        policy_id="p",
        policy_version=1,
        needs_confirmation=True,
    )
    assert preview_text(decision, cloud_model="big") == (
        "This may go to the cloud (big), after you confirm: it is complex (complexity 0.80 ≥ 0.60)"
    )
    assert preview_route(decision) == "cloud"
