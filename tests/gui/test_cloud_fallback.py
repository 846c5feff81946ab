"""A cloud that fails mid-request: the answer comes from this device, and the badge says why.

The endpoint is healthy for the probe but answers the chat with HTTP 500 (a
mocked transport: fault injection, as STYLE.md allows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from app.engines.base import GenerationOptions
from app.engines.cloud import CloudConfig, CloudEngine
from app.paths import Paths
from app.services import build_services
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.slow
ENDPOINT = "http://cloud.test/v1"
POLICY = f"""\
schema = 1
id = "fallback-test"
version = 2
issued = 2026-01-01

[cloud]
allowed = true
endpoint = "{ENDPOINT}"
model = "big-model"
max_level = "internal"

[complexity]
cloud_threshold = 0.0
"""


def _failing_chat(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/models"):
        return httpx.Response(200, json={"object": "list", "data": []})
    return httpx.Response(500, json={"error": {"message": "upstream overloaded"}})


def test_a_failing_cloud_is_answered_locally_with_the_reason(
    qtbot: Any, edgewise_home: Path
) -> None:
    (Paths.from_env().policy_dir / "policy.toml").write_text(POLICY, encoding="utf-8")
    services = build_services()
    assert services.cloud is not None
    services.copilot.cloud = CloudEngine(
        CloudConfig(endpoint=ENDPOINT, model="big-model", needs_key=False, max_retries=0),
        transport=httpx.MockTransport(_failing_chat),
        sleep=lambda _s: None,
    )
    services.copilot.options = GenerationOptions(max_tokens=12)
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.status.cloud_state == "ok", timeout=30_000)
        window.prompt.setPlainText("Explain recursion in one sentence.")
        with qtbot.waitSignal(window.controller.turn_finished, timeout=120_000) as finished:
            qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
        turn = finished.args[0]
        assert turn.route == "local-fallback"
        answer = window.chat.messages[-1]
        assert answer.badge.text() == "Local (cloud unavailable)"
        assert "Cloud failed:" in answer.badge.toolTip()
        assert "500" in answer.badge.toolTip()
        assert answer.text.strip()  # the local model answered
        assert "answered on this device instead" in window.status.currentMessage()
    finally:
        window.close()
        services.close()
