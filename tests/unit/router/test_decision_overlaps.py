"""Two detectors finding one value, with the real detectors: redacting the
allowed one removes the other's text too; a topic is never waived that way."""

from __future__ import annotations

from collections.abc import Callable

from router import Context, Payload, Target, decide
from router.decision import _covered
from router.findings import Finding
from router.levels import Level
from router.policy import parse_text

ONLINE = Context(online=True, endpoint_healthy=True, local_available=True)


def test_a_value_inside_a_redacted_value_is_not_kept(make_policy: Callable[..., str]) -> None:
    policy = parse_text(make_policy(redact='["street_address"]'), "p.toml")
    decision = decide(
        Payload(prompt="I live at 42 Elm Street, what bins go out on Monday?"), ONLINE, policy
    )
    assert {"street_address", "location"} <= {f.type for f in decision.findings}
    assert decision.target is Target.CLOUD
    assert {f.type for f in decision.redactions} == {"street_address"}


def test_a_topic_next_to_a_redacted_value_keeps_the_text_local(
    make_policy: Callable[..., str],
) -> None:
    policy = parse_text(make_policy(redact='["street_address"]'), "p.toml")
    decision = decide(
        Payload(prompt="I live at 42 Elm Street and was diagnosed with diabetes"), ONLINE, policy
    )
    assert decision.target is Target.LOCAL


def test_a_value_inside_a_redacted_topic_is_still_kept() -> None:
    # Found by the property test: a policy that lets "disclosure" (a span over the whole
    # request) be redacted must not waive an e-mail address inside it.
    whole = Finding("disclosure", Level.CONFIDENTIAL, 0, 40, True, "prompt")
    email = Finding("email", Level.CONFIDENTIAL, 10, 25, False, "prompt")
    assert not _covered(email, (whole,))
    # A value inside another value that will be replaced is waived, as before.
    address = Finding("street_address", Level.CONFIDENTIAL, 5, 30, True, "prompt")
    assert _covered(Finding("location", Level.CONFIDENTIAL, 10, 25, False, "prompt"), (address,))
