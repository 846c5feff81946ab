"""The whole request path: policy -> decision -> redaction -> engine -> history
and audit, with the real local model and the real loopback "cloud"."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli.main import main
from app.engines.base import GenerationOptions
from app.engines.cloud import CloudConfig, CloudEngine
from app.history import History
from app.paths import Paths
from app.services import Services, build_services
from app.settings import Settings
from router.audit import AuditLog
from tests.integration.conftest import LoopbackCloud, free_port
from tests.integration.test_cloud_engine import BreakingTransport

pytestmark = pytest.mark.slow

EMAIL = "jane.doe@northwind-traders.com"


def write_policy(policy_dir: Path, **cloud: Any) -> None:
    values = {
        "allowed": True,
        "max_level": "internal",
        "redact": [],
        "confirm": "never",
        "price_per_1k_input": 0.5,
        "price_per_1k_output": 1.5,
        **cloud,
    }
    lines = [f"{k} = {json.dumps(v)}" for k, v in values.items() if v is not None]
    (policy_dir / "policy.toml").write_text(
        'schema = 1\nid = "test-org"\nversion = 3\nissued = 2026-01-01\n'
        "expires = 2099-01-01\n\n[cloud]\n" + "\n".join(lines) + "\n\n"
        "[complexity]\ncloud_threshold = 0.0\nlocal_context_tokens = 2048\n\n"
        '[[sensitivity.rules]]\ndetector = "email"\nlevel = "confidential"\n',
        encoding="utf-8",
    )


@pytest.fixture
def services(
    edgewise_home: Path, loopback_cloud: LoopbackCloud, memory_keyring: Any
) -> Iterator[Services]:
    paths = Paths.from_env()
    Settings(
        cloud_endpoint=loopback_cloud.base_url,
        cloud_model=loopback_cloud.model,
        threads=1,
        n_ctx=2048,
    ).save(paths.settings_file)
    from app.engines.secrets import set_api_key

    set_api_key(loopback_cloud.base_url, loopback_cloud.api_key)
    write_policy(paths.policy_dir)
    built = build_services(paths)
    built.copilot.options = GenerationOptions(max_tokens=24)
    yield built
    built.close()


class Recording(httpx.BaseTransport):
    """Real transport that keeps a copy of every request body sent."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.bodies: list[str] = []
        self.posts = 0

    def close(self) -> None:
        self.inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read().decode())
        self.posts += request.method == "POST"
        return self.inner.handle_request(request)


def use_cloud(
    services: Services, loopback: LoopbackCloud, transport: httpx.BaseTransport | None = None
) -> None:
    assert services.cloud is not None
    services.cloud.close()
    services.cloud = CloudEngine(
        CloudConfig(endpoint=loopback.base_url, model=loopback.model),
        api_key_lookup=lambda _: loopback.api_key,
        transport=transport,
        sleep=lambda _: None,
    )
    services.copilot.cloud = services.cloud


def test_default_policy_without_endpoint_answers_locally(edgewise_home: Path) -> None:
    built = build_services()
    try:
        built.copilot.options = GenerationOptions(max_tokens=8)
        turn = built.copilot.ask("What is the capital of France?")
        assert turn.wait().strip()
        assert turn.route == "local"
        assert any("no cloud endpoint" in r for r in turn.reasons)
        msgs = built.history.messages(turn.conversation_id)
        assert [m.role for m in msgs] == ["user", "assistant"]
        assert msgs[1].status == "complete" and msgs[1].content == turn.text
        records = list(built.audit.records())
        assert records[-1]["target"] == "local"
        assert built.audit.verify().ok
    finally:
        built.close()


def test_complex_public_request_goes_to_the_cloud_and_costs(services: Services) -> None:
    turn = services.copilot.ask("Explain step by step how a binary search works.")
    text = turn.wait()
    assert turn.route == "cloud"
    assert text.strip()
    assert turn.model == "edgewise-loopback"
    assert turn.usage.prompt_tokens > 0 and turn.usage.completion_tokens > 0
    expected = turn.usage.prompt_tokens / 1000 * 0.5 + turn.usage.completion_tokens / 1000 * 1.5
    assert turn.cost == pytest.approx(expected)
    record = list(services.audit.records())[-1]
    assert record["target"] == "cloud"
    assert record["cost"] == pytest.approx(expected, abs=1e-6)
    assert services.copilot.month_to_date_cost() == pytest.approx(expected, abs=1e-6)
    stored = services.history.messages(turn.conversation_id)[-1]
    assert stored.route == "cloud" and stored.cost == pytest.approx(expected)


def test_confidential_request_stays_local_and_sends_nothing(
    services: Services, loopback_cloud: LoopbackCloud
) -> None:
    recorder = Recording()
    use_cloud(services, loopback_cloud, recorder)
    turn = services.copilot.ask(f"Write to {EMAIL} about the invoice.")
    turn.wait()
    assert turn.route == "local"
    assert not any(EMAIL in body for body in recorder.bodies)
    assert recorder.posts == 0  # only the health probe (a GET) went out


def test_redacted_request_never_sends_the_value(
    services: Services, loopback_cloud: LoopbackCloud, edgewise_home: Path
) -> None:
    write_policy(Paths.from_env().policy_dir, redact=["email"])
    rebuilt = build_services()
    try:
        recorder = Recording()
        use_cloud(rebuilt, loopback_cloud, recorder)
        rebuilt.copilot.options = GenerationOptions(max_tokens=16)
        turn = rebuilt.copilot.ask(f"Draft a polite reminder to {EMAIL} about the meeting.")
        turn.wait()
        assert turn.route == "cloud-redacted"
        assert turn.redaction_counts == {"email": 1}
        sent = [b for b in recorder.bodies if "chat" in b or "messages" in b]
        assert sent and all(EMAIL not in body for body in sent)
        assert any("[EMAIL_1]" in body for body in sent)
        # The user's own history keeps the real text; the audit log holds no text.
        assert EMAIL in rebuilt.history.messages(turn.conversation_id)[0].content
        assert EMAIL not in rebuilt.paths.audit_log.read_text()
    finally:
        rebuilt.close()


def test_placeholders_in_a_streamed_answer_are_restored(services: Services) -> None:
    """Fault injection: the cloud answers with a placeholder split across SSE events."""
    write_policy(services.paths.policy_dir, redact=["email"])
    rebuilt = build_services()
    events = ["Sure, I will write to [EMA", "IL_1] today", "."]
    body = (
        "".join(
            "data: "
            + json.dumps({"choices": [{"delta": {"content": e}, "finish_reason": None}]})
            + "\n\n"
            for e in events
        )
        + "data: [DONE]\n\n"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})

    try:
        rebuilt.cloud = CloudEngine(
            CloudConfig(endpoint="http://127.0.0.1:9/v1", model="m", needs_key=False),
            transport=httpx.MockTransport(handler),
        )
        rebuilt.copilot.cloud = rebuilt.cloud
        rebuilt.copilot._health = (time.monotonic(), True, True)
        turn = rebuilt.copilot.ask(f"Please email {EMAIL} a summary of the plan.")
        assert turn.wait() == f"Sure, I will write to {EMAIL} today."
        assert turn.route == "cloud-redacted"
    finally:
        rebuilt.close()


def test_unreachable_cloud_falls_back_locally_at_once(services: Services) -> None:
    assert services.cloud is not None
    services.cloud.close()
    dead = CloudEngine(
        CloudConfig(endpoint=f"http://127.0.0.1:{free_port()}/v1", model="m", needs_key=False),
        sleep=lambda _: None,
    )
    services.cloud = dead
    services.copilot.cloud = dead
    start = time.monotonic()
    turn = services.copilot.ask("Explain step by step how a binary search works.")
    turn.wait()
    # The probe found the endpoint dead before anything was sent: a local decision.
    assert turn.route == "local"
    assert any("offline" in r or "not responding" in r for r in turn.reasons)
    assert time.monotonic() - start < 60  # no long network timeout on the way


def test_cloud_breaking_mid_answer_keeps_partial_and_finishes_locally(
    services: Services, loopback_cloud: LoopbackCloud
) -> None:
    use_cloud(
        services,
        loopback_cloud,
        BreakingTransport(keep=3, exc=httpx.RemoteProtocolError("peer closed")),
    )
    services.copilot.options = GenerationOptions(max_tokens=48)
    turn = services.copilot.ask("Explain step by step how a binary search works.")
    local_text = turn.wait()
    assert turn.route == "local-fallback"
    assert turn.fallback and "broke off" in turn.fallback
    assert turn.partial_cloud_text
    assert local_text.strip()
    assert any("answered on this device" in n for n in turn.notices)
    msgs = services.history.messages(turn.conversation_id)
    assert [m.status for m in msgs] == ["complete", "partial", "complete"]
    assert msgs[1].content == turn.partial_cloud_text
    assert msgs[2].route == "local-fallback"


def test_confirmation_shows_the_redacted_text_and_can_refuse(
    services: Services, edgewise_home: Path
) -> None:
    write_policy(services.paths.policy_dir, redact=["email"], confirm="always")
    rebuilt = build_services()
    shown: list[str] = []
    try:
        rebuilt.copilot.options = GenerationOptions(max_tokens=8)
        turn = rebuilt.copilot.ask(
            f"Summarise the thread with {EMAIL}.",
            confirm=lambda text: shown.append(text) is not None,
        )
        turn.wait()
        assert shown and "[EMAIL_1]" in shown[0] and EMAIL not in shown[0]
        assert turn.route == "local"
        assert any("did not confirm" in r for r in turn.reasons)
    finally:
        rebuilt.close()


def test_spent_budget_keeps_requests_local(services: Services, edgewise_home: Path) -> None:
    write_policy(services.paths.policy_dir, monthly_budget=0.01)
    rebuilt = build_services()
    try:
        rebuilt.copilot.options = GenerationOptions(max_tokens=8)
        # Spend the month's budget: one expensive decision in the audit log.
        decision = rebuilt.copilot.preview(None, "Explain step by step how a compiler works.")
        rebuilt.audit.append(decision, cost=0.02)
        turn = rebuilt.copilot.ask("Explain step by step how a compiler works.")
        turn.wait()
        assert turn.route == "local"
        assert any("budget" in r for r in turn.reasons)
    finally:
        rebuilt.close()


def test_keep_local_is_always_honoured(services: Services) -> None:
    turn = services.copilot.ask("Explain step by step how a binary search works.", keep_local=True)
    turn.wait()
    assert turn.route == "local"
    assert "you chose to answer on this device" in turn.reasons


def test_ask_json_reports_cloud_route(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["ask", "--json", "--max-tokens", "12", "Explain step by step how a binary search works."]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["target"] == "cloud"
    assert data["route"] == "cloud"
    assert data["redactions"] == {}
    assert data["cost"] > 0
    assert data["fallback"] is None
    assert data["tokens"]["completion"] > 0


def test_killed_mid_answer_loses_nothing(edgewise_home: Path) -> None:
    """Kill `edgewise ask` while it streams; the question and the received part survive."""
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("edgewise")),
            "ask",
            "--local",
            "--max-tokens",
            "2000",
            "--threads",
            "1",
            "Write a very long story about a lighthouse keeper.",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    db = Paths.from_env().history_db
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, "ask finished before it could be killed"
            assert time.monotonic() < deadline
            if db.exists():
                try:
                    with sqlite3.connect(db) as conn:
                        row = conn.execute(
                            "SELECT length(content) FROM messages WHERE role='assistant'"
                        ).fetchone()
                except sqlite3.OperationalError:
                    row = None
                if row and row[0] > 40:
                    break
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
        assert proc.stdout is not None
        proc.stdout.close()
    history = History(db)
    try:
        conv = history.conversations()[0]
        user, answer = history.messages(conv.id)
        assert user.content == "Write a very long story about a lighthouse keeper."
        assert answer.status == "interrupted"
        assert len(answer.content) > 40
    finally:
        history.close()
    assert AuditLog(Paths.from_env().audit_log).verify().ok
