"""End to end: ``edgewise route`` under the bundled default policy keeps every
prompt with a confidential or restricted finding off the cloud, and a policy
that allows redaction sends prompts that contain none of the original values.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from app.cli.route import route_lines
from router.decision import Target, decide
from router.levels import Level
from router.payload import Context, Payload
from router.policy import parse_text
from router.policy.sources import bundled_default_path
from router.redact import Redactor
from tests.unit.router.test_detectors_conversational import HARMLESS, SENSITIVE

EXTRA_SENSITIVE = [
    "Please update my record: jane.doe@acme.io, +44 20 7946 0958, card 4539 1488 0343 6467",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1c7\n-----END RSA PRIVATE KEY-----",
    'config: {"db_password": "s3cr3t-Pa55", "api": "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"}',
    "CONFIDENTIAL: Q3 board deck, do not forward",
]


def routed(texts: list[str], policy: Path) -> list[dict[str, object]]:
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)]
    out = io.StringIO()
    assert route_lines(lines, out, policy_path=policy, offline=False) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.usefixtures("edgewise_home")
def test_route_keeps_confidential_and_restricted_prompts_local() -> None:
    texts = SENSITIVE + EXTRA_SENSITIVE + HARMLESS
    records = routed(texts, bundled_default_path())
    assert len(records) == len(texts)
    for record, text in zip(records, texts, strict=True):
        levels = [Level.parse(str(f["level"])) for f in record["findings"]]  # type: ignore[union-attr]
        if any(level >= Level.CONFIDENTIAL for level in levels):
            assert record["target"] != "cloud", text
    for record in records[: len(SENSITIVE) + len(EXTRA_SENSITIVE)]:
        assert record["target"] != "cloud"
        assert Level.parse(str(record["level"])) >= Level.CONFIDENTIAL


REDACTING_POLICY = """
schema = 1
id = "redact-test"
version = 1
issued = 2026-01-01

[cloud]
allowed = true
endpoint = "https://llm.example.com/v1"
model = "m"
max_level = "internal"
redact = ["email", "phone", "credit_card", "iban", "person_name", "street_address", "ip_address"]
confirm = "never"

[complexity]
cloud_threshold = 0.0
local_context_tokens = 2048
"""


def test_redacted_prompts_contain_none_of_the_values() -> None:
    policy = parse_text(REDACTING_POLICY, "redact-test.toml", today=dt.date(2026, 6, 1))
    prompt = (
        "Hi, my name is Maria Gonzalez, I live at 42 Elm Street. Write to maria.g@acme.io or "
        "call +44 20 7946 0958; refund card 4539 1488 0343 6467 or IBAN GB29 NWBK 6016 1331 "
        "9268 19. My laptop ip is 203.0.113.45. Reply to maria.g@acme.io."
    )
    decision = decide(Payload(prompt=prompt), Context.what_if_online(), policy)
    assert decision.target == Target.CLOUD
    assert decision.redacted
    values = {prompt[f.start : f.end] for f in decision.findings}
    redactor = Redactor()
    sent = redactor.redact(prompt, [f for f in decision.redactions if f.source == "prompt"])
    for value in values:
        assert value not in sent, value
    assert sent.count("[EMAIL_1]") == 2
    answer = "Sure, I will write to [EMAIL_1] and refund [CREDIT_CARD_1]."
    chunks = [answer[i : i + 5] for i in range(0, len(answer), 5)]
    restorer = redactor.stream_restorer()
    shown = "".join(restorer.feed(c) for c in chunks) + restorer.flush()
    assert shown == "Sure, I will write to maria.g@acme.io and refund 4539 1488 0343 6467."


def test_a_finding_that_may_not_be_redacted_keeps_the_prompt_local() -> None:
    policy = parse_text(REDACTING_POLICY, "redact-test.toml", today=dt.date(2026, 6, 1))
    prompt = "Write to maria.g@acme.io; my password is Blue42!x"
    decision = decide(Payload(prompt=prompt), Context.what_if_online(), policy)
    assert decision.target != Target.CLOUD
    assert "credential" in {f.type for f in decision.findings}
