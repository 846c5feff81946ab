"""The window against the real loopback "enterprise cloud": confirm, redact, badge, cost.

An admin policy sends everything to the loopback server (complexity threshold
0), redacts project codes and asks for confirmation; the dialog must show the
placeholder, never the code, and the answer must carry the redacted-cloud badge.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.engines.base import GenerationOptions
from app.engines.secrets import set_api_key
from app.paths import Paths
from app.services import Services, build_services
from app.ui.confirm import ConfirmDialog
from app.ui.main_window import MainWindow
from tests.integration.conftest import LoopbackCloud

pytestmark = pytest.mark.slow
WAIT_MS = 180_000

POLICY = """\
schema = 1
id = "acme-cloud"
version = 1
issued = 2026-01-01

[cloud]
allowed = true
endpoint = "{base}"
model = "{model}"
max_level = "internal"
redact = ["project_code"]
confirm = "always"
monthly_budget = 10.0
price_per_1k_input = 0.5
price_per_1k_output = 1.5

[complexity]
cloud_threshold = 0.0

[[sensitivity.rules]]
name = "project_code"
pattern = "PRJ-[0-9]{{4}}"
level = "confidential"
"""


@pytest.fixture
def cloud_services(
    edgewise_home: Path, loopback_cloud: LoopbackCloud, memory_keyring: Any
) -> Iterator[Services]:
    policy_dir = Paths.from_env().policy_dir
    (policy_dir / "policy.toml").write_text(
        POLICY.format(base=loopback_cloud.base_url, model=loopback_cloud.model), encoding="utf-8"
    )
    set_api_key(loopback_cloud.base_url, loopback_cloud.api_key)
    services = build_services()
    services.copilot.options = GenerationOptions(max_tokens=12)
    yield services
    services.close()


@pytest.fixture
def cloud_window(qtbot: Any, cloud_services: Services) -> Iterator[MainWindow]:
    window = MainWindow(cloud_services)
    qtbot.addWidget(window)
    window.show()
    window.start()
    yield window
    window.close()


def test_confirmed_request_goes_redacted_to_the_cloud(qtbot: Any, cloud_window: MainWindow) -> None:
    window = cloud_window
    qtbot.waitUntil(lambda: window.status.cloud_state == "ok", timeout=WAIT_MS)
    prompt = "Summarise the plan for PRJ-4821 in one line."
    shown: list[ConfirmDialog] = []

    def answer(dialog: ConfirmDialog) -> None:
        shown.append(dialog)
        assert "PRJ-4821" not in dialog.text_view.toPlainText()
        dialog.send_button.click()

    window.controller.confirm.dialog_opened.connect(answer)
    window.prompt.setPlainText(prompt)
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS) as finished:
        window.send()
    turn = finished.args[0]
    assert len(shown) == 1
    assert turn.route == "cloud-redacted"
    assert window.chat.messages[-1].badge.text() == "Cloud (redacted)"
    assert "Policy: acme-cloud version 1" in window.chat.messages[-1].badge.toolTip()
    assert turn.usage.completion_tokens > 0
    qtbot.waitUntil(lambda: "of $10.00" in window.status.cost_label.text(), timeout=10_000)


def test_declining_keeps_the_request_local(qtbot: Any, cloud_window: MainWindow) -> None:
    window = cloud_window
    qtbot.waitUntil(lambda: window.status.cloud_state == "ok", timeout=WAIT_MS)
    window.controller.confirm.dialog_opened.connect(lambda dialog: dialog.local_button.click())
    window.prompt.setPlainText("Summarise the plan for PRJ-1234 in one line.")
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS) as finished:
        window.send()
    turn = finished.args[0]
    assert turn.route == "local"
    assert "you did not confirm sending it" in turn.reasons
    assert window.chat.messages[-1].badge.text() == "Local"


def test_preview_says_the_cloud_after_confirmation(qtbot: Any, cloud_window: MainWindow) -> None:
    window = cloud_window
    qtbot.waitUntil(lambda: window.status.cloud_state == "ok", timeout=WAIT_MS)
    with qtbot.waitSignal(window.controller.preview_ready, timeout=WAIT_MS):
        window.prompt.setPlainText("Explain PRJ-7777 step by step.")
    text = window.preview_label.text()
    assert "This may go to the cloud with 1 value redacted, after you confirm" in text
