"""The confirmation bridge: a worker thread asks, the UI thread shows exactly the text."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from app.engines.base import CancelToken
from app.ui.confirm import ConfirmBridge, ConfirmDialog

SENT = "user: My card is [CREDIT_CARD_1], please check the total."


def _ask_in_thread(bridge: ConfirmBridge, cancel: CancelToken | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {}

    def run() -> None:
        result["answer"] = bridge.ask(SENT, cancel)

    thread = threading.Thread(target=run)
    thread.start()
    result["thread"] = thread
    return result


def test_the_dialog_shows_exactly_the_text_and_send_returns_true(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bridge = ConfirmBridge(lambda: "https://llm.example.com/v1", lambda: parent)
    with qtbot.waitSignal(bridge.dialog_opened, timeout=5000) as opened:
        pending = _ask_in_thread(bridge)
    dialog = opened.args[0]
    assert isinstance(dialog, ConfirmDialog)
    assert dialog.text_view.toPlainText() == SENT
    assert dialog.text_view.isReadOnly()
    assert dialog.local_button.isDefault()  # Enter keeps it local
    dialog.send_button.click()
    pending["thread"].join(5)
    assert pending["answer"] is True


def test_closing_the_dialog_keeps_the_request_local(qtbot: Any) -> None:
    bridge = ConfirmBridge(lambda: "", lambda: None)
    with qtbot.waitSignal(bridge.dialog_opened, timeout=5000) as opened:
        pending = _ask_in_thread(bridge)
    opened.args[0].reject()
    pending["thread"].join(5)
    assert pending["answer"] is False


def test_stop_withdraws_the_question_and_closes_the_dialog(qtbot: Any) -> None:
    bridge = ConfirmBridge(lambda: "", lambda: None)
    cancel = CancelToken()
    with qtbot.waitSignal(bridge.dialog_opened, timeout=5000) as opened:
        pending = _ask_in_thread(bridge, cancel)
    closed: list[int] = []
    opened.args[0].finished.connect(closed.append)
    cancel.cancel()
    pending["thread"].join(5)
    assert pending["answer"] is False
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)  # the UI closed the orphan dialog


def test_after_shutdown_nothing_is_asked(qtbot: Any) -> None:
    bridge = ConfirmBridge(lambda: "", lambda: None)
    bridge.close()
    assert bridge.ask(SENT) is False
