"""The main window with the real bundled model: send, stream, badge, stop, preview, failures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from app.copilot import Turn
from app.engines.base import CancelToken, ChatMessage, GenerationOptions, Stream
from app.engines.errors import ModelNotFoundError
from app.ui.main_window import MainWindow
from router.payload import Chunk

pytestmark = pytest.mark.slow
WAIT_MS = 120_000


def _send(qtbot: Any, window: MainWindow, text: str) -> None:
    window.prompt.setPlainText(text)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)


def test_window_is_usable_before_the_model_has_loaded(qtbot: Any, window: MainWindow) -> None:
    # The window exists and takes input while the model state is still reported as pending.
    assert window.isVisible()
    assert window.prompt.isEnabled()
    qtbot.waitUntil(lambda: window.status.model_state == "ready", timeout=WAIT_MS)
    assert "ready" in window.status.model_label.text()


def test_enter_sends_streams_the_answer_and_shows_a_local_badge(
    qtbot: Any, window: MainWindow
) -> None:
    chunks: list[str] = []
    window.controller.chunk.connect(chunks.append)
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS) as finished:
        _send(qtbot, window, "What is the capital of France?")
        # The question is shown and the box emptied at once, before any answer.
        assert window.prompt.toPlainText() == ""
        assert window.chat.messages[0].text == "What is the capital of France?"
    turn = finished.args[0]
    assert isinstance(turn, Turn)
    assert chunks, "the answer should arrive as streamed chunks"
    answer = window.chat.messages[-1]
    assert answer.role == "assistant"
    assert answer.text == "".join(chunks) == turn.text
    assert answer.body.toPlainText().strip()
    assert answer.badge.text() == "Local"
    tooltip = answer.badge.toolTip()
    assert "no cloud endpoint is set up" in tooltip
    assert "Policy: edgewise-default" in tooltip
    assert turn.model in tooltip
    # The conversation is in the list, selected, and remembered for next time.
    assert window.conversation_list.count() == 1
    assert window.conversation_id == turn.conversation_id
    assert window.services.settings.last_conversation == turn.conversation_id
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()


def test_shift_enter_adds_a_new_line_instead_of_sending(qtbot: Any, window: MainWindow) -> None:
    window.prompt.setPlainText("first line")
    window.prompt.moveCursor(window.prompt.textCursor().MoveOperation.End)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.prompt.toPlainText() == "first line\n"
    assert not window.controller.busy
    assert window.chat.messages == []


def test_stop_cancels_the_answer_mid_stream(qtbot: Any, window: MainWindow) -> None:
    window.services.copilot.options = GenerationOptions(max_tokens=400)
    window.controller.chunk.connect(lambda _chunk: window.stop())
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS) as finished:
        _send(qtbot, window, "Write a very long story about a dragon and a knight.")
    turn = finished.args[0]
    assert turn.finish_reason == "cancelled"
    assert turn.usage.completion_tokens < 400
    answer = window.chat.messages[-1]
    assert answer.state_label.text() == "stopped"
    stored = window.services.history.messages(turn.conversation_id)[-1]
    assert stored.status == "partial"
    assert stored.content == turn.text


def test_route_preview_says_confidential_text_stays_local(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.controller.preview_ready, timeout=WAIT_MS) as ready:
        window.prompt.setPlainText("CONFIDENTIAL: the merger closes on Friday")
    decision = ready.args[0]
    assert decision.target.value == "local"
    text = window.preview_label.text()
    assert "This will stay local" in text
    assert "CONFIDENTIAL marking" in text
    # Clearing the box clears the preview.
    with qtbot.waitSignal(window.controller.preview_cleared, timeout=5000):
        window.prompt.clear()
    assert window.preview_label.text() == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My card number is 4556 7375 8689 9855, charge it", "card number"),
        ("Please email jane.doe@acme-corp.de the invoice", "email"),
    ],
)
def test_route_preview_names_personal_data_before_sending(
    qtbot: Any, window: MainWindow, text: str, words: str
) -> None:
    with qtbot.waitSignal(window.controller.preview_ready, timeout=WAIT_MS):
        window.prompt.setPlainText(text)
    shown = window.preview_label.text()
    assert "This will stay local: it contains " + words in shown
    assert window.chat.messages == []  # nothing was sent


def test_keep_local_shows_in_the_preview(qtbot: Any, window: MainWindow) -> None:
    window.prompt.setPlainText("How do I sort a list in Python?")
    with qtbot.waitSignal(window.controller.preview_ready, timeout=WAIT_MS) as ready:
        window.keep_local.setChecked(True)
    assert "you chose to answer on this device" in ready.args[0].reasons
    assert "you chose to answer on this device" in window.preview_label.toolTip()


class _MissingModel:
    """An engine whose model file is gone: the failure path a user can hit."""

    model_name = "missing.gguf"
    state = "failed"

    def chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions | None = None,
        cancel_token: CancelToken | None = None,
    ) -> Stream:
        raise ModelNotFoundError(
            "model file not found: /nowhere/missing.gguf; fix: choose an existing GGUF file "
            "in Settings"
        )


def test_a_failing_engine_ends_with_a_readable_message(qtbot: Any, window: MainWindow) -> None:
    window.services.copilot.local = _MissingModel()  # type: ignore[assignment]
    with qtbot.waitSignal(window.controller.turn_failed, timeout=WAIT_MS) as failed:
        _send(qtbot, window, "Hello?")
    message = failed.args[0]
    assert message.startswith("Model file not found: /nowhere/missing.gguf; fix:")
    answer = window.chat.messages[-1]
    assert answer.error_label.isVisibleTo(window)
    assert "choose an existing GGUF file" in answer.error_label.text()
    assert "Traceback" not in answer.error_label.text()
    assert answer.state_label.text() == "failed"
    # The window is usable again and the question was kept.
    assert window.send_button.isEnabled() and not window.controller.busy
    conversation = window.services.history.conversations()[0]
    assert window.services.history.messages(conversation.id)[0].content == "Hello?"


def test_the_last_conversation_and_geometry_come_back(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS) as finished:
        _send(qtbot, window, "Name a colour.")
    conversation_id = finished.args[0].conversation_id
    window.resize(640, 470)  # fits the offscreen screen (800x600)
    window.close()

    again = MainWindow(window.services)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (640, 470)
    assert again.conversation_id == conversation_id
    assert [m.role for m in again.chat.messages] == ["user", "assistant"]
    assert again.chat.messages[1].badge.text() == "Local"
    assert "no cloud endpoint is set up" in again.chat.messages[1].badge.toolTip()


class _OneDocument:
    """Retrieval is the knowledge base's job; here one known file stands in for it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def retrieve(self, query: str, limit: int) -> list[Chunk]:
        return [Chunk(text="Tomatoes need six hours of sun.", source=str(self.path))]


def test_answers_cite_their_sources_as_links_to_the_files(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "garden notes.md"
    notes.write_text("Tomatoes need six hours of sun.\n", encoding="utf-8")
    window.services.copilot.retriever = _OneDocument(notes)
    with qtbot.waitSignal(window.controller.turn_finished, timeout=WAIT_MS):
        _send(qtbot, window, "How much sun do tomatoes need?")
    sources = window.chat.messages[-1].sources
    assert sources.isVisibleTo(window)
    assert "garden notes.md" in sources.text()
    assert QUrl.fromLocalFile(str(notes)).toString() in sources.text()
    assert sources.openExternalLinks()  # a click opens the file in its application
