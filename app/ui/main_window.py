"""The main window: conversations, the chat, the question box and the status bar.

It only talks to ``ChatController`` (and opens the settings, knowledge and
audit views, which have their own controllers). It is usable at once: the
local model loads in the background and the status bar says so.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.copilot import Turn
from app.history import StoredMessage
from app.services import Services
from app.ui.chat_view import ChatView, MessageWidget
from app.ui.controller import ChatController
from app.ui.prompt_edit import PromptEdit
from app.ui.routes import BadgeDetail, badge, preview_route, preview_text
from app.ui.status_bar import StatusBar
from app.ui.window_state import WindowState
from router.decision import Decision

if TYPE_CHECKING:
    from app.ui.knowledge_panel import KnowledgeController

log = logging.getLogger(__name__)

STATUS_WORDS = {
    "partial": "stopped",
    "interrupted": "interrupted",
    "failed": "failed",
    "streaming": "answering…",
}


class MainWindow(QMainWindow):
    """The Edgewise window. ``services`` come in from outside (tests use a temp home)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.controller = ChatController(services, self)
        self.controller.dialog_parent = self
        self.conversation_id: int | None = None
        self._answer: MessageWidget | None = None
        self.knowledge: KnowledgeController | None = None
        self.setWindowTitle("Edgewise")
        self.setObjectName("mainWindow")
        self._build()
        self._connect()
        self._window_state = WindowState(services.paths.home)
        if not self._window_state.restore(self, self.splitter):
            self.resize(1100, 720)
        self._reload_conversations()
        self._restore_last_conversation()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.new_button = QPushButton("New conversation")
        self.new_button.setAccessibleName("New conversation")
        self.new_button.setToolTip("Start a new conversation (Ctrl+N)")
        left_layout.addWidget(self.new_button)
        self.conversation_list = QListWidget()
        self.conversation_list.setAccessibleName("Conversations")
        left_layout.addWidget(self.conversation_list)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        self.chat = ChatView()
        right_layout.addWidget(self.chat, 1)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setAccessibleName("Route preview")
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.preview_label)
        row = QHBoxLayout()
        self.prompt = PromptEdit()
        row.addWidget(self.prompt, 1)
        buttons = QVBoxLayout()
        self.send_button = QPushButton("Send")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send the question (Enter)")
        self.send_button.setDefault(True)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop")
        self.stop_button.setToolTip("Stop the answer (Esc)")
        self.stop_button.setEnabled(False)
        self.keep_local = QCheckBox("Keep local")
        self.keep_local.setAccessibleName("Keep this message local")
        self.keep_local.setToolTip(
            "Answer this message on this device, whatever the policy would allow (Ctrl+Shift+L)"
        )
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.keep_local)
        row.addLayout(buttons)
        right_layout.addLayout(row)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 860])
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_actions()

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = self._action(file_menu, "&New conversation", QKeySequence.StandardKey.New)
        self.settings_action = self._action(file_menu, "&Settings…", QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit)
        chat_menu = menu.addMenu("&Conversation")
        self.stop_action = self._action(chat_menu, "S&top answer", QKeySequence("Esc"))
        self.keep_local_action = self._action(
            chat_menu, "&Keep local", QKeySequence("Ctrl+Shift+L")
        )
        self.focus_action = self._action(chat_menu, "&Focus question", QKeySequence("Ctrl+L"))
        self.delete_action = self._action(chat_menu, "&Delete conversation", None)
        view_menu = menu.addMenu("&View")
        self.knowledge_action = self._action(view_menu, "&Knowledge…", QKeySequence("Ctrl+K"))
        self.audit_action = self._action(view_menu, "&Audit…", QKeySequence("Ctrl+Shift+A"))
        self.policy_action = self._action(view_menu, "&Policy…", QKeySequence("Ctrl+Shift+P"))
        # The views people look for, one click away (menus keep the shortcuts).
        toolbar = self.addToolBar("Views")
        toolbar.setObjectName("viewsToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, label in (
            (self.knowledge_action, "Knowledge"),
            (self.audit_action, "Audit"),
            (self.policy_action, "Policy"),
            (self.settings_action, "Settings"),
        ):
            button = toolbar.addAction(label, action.trigger)
            button.setToolTip(f"{label} ({action.shortcut().toString()})")

    def _action(
        self, menu: object, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _connect(self) -> None:
        c = self.controller
        self.send_button.clicked.connect(self.send)
        self.prompt.submitted.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.stop_action.triggered.connect(self.stop)
        self.new_button.clicked.connect(self.new_conversation)
        self.new_action.triggered.connect(self.new_conversation)
        self.quit_action.triggered.connect(self.close)
        self.keep_local_action.triggered.connect(self.keep_local.toggle)
        self.focus_action.triggered.connect(self.prompt.setFocus)
        self.delete_action.triggered.connect(self.delete_conversation)
        self.settings_action.triggered.connect(self.show_settings)
        self.policy_action.triggered.connect(self.show_policy)
        self.audit_action.triggered.connect(self.open_audit)
        self.knowledge_action.triggered.connect(self.open_knowledge)
        self.conversation_list.currentItemChanged.connect(self._on_conversation_selected)
        self.prompt.textChanged.connect(self._request_preview)
        self.keep_local.toggled.connect(self._request_preview)
        c.turn_started.connect(self._on_turn_started)
        c.chunk.connect(self._on_chunk)
        c.turn_finished.connect(self._on_turn_finished)
        c.turn_failed.connect(self._on_turn_failed)
        c.busy_changed.connect(self._on_busy)
        c.preview_ready.connect(self._on_preview)
        c.preview_cleared.connect(self.preview_label.clear)
        c.preview_failed.connect(
            lambda message: self.preview_label.setText(f"Route preview unavailable: {message}")
        )
        c.model_state_changed.connect(self.status.set_model_state)
        c.cloud_state_changed.connect(self.status.set_cloud_state)
        c.cost_changed.connect(self.status.set_cost)
        c.conversations_changed.connect(self._reload_conversations)

    def start(self) -> None:
        """Start background work (model load, cloud probe). Call once shown."""
        self.controller.start()
        self.prompt.setFocus()
        state = self.services.policy_state
        if state.rejections:
            # The app still runs on the last good policy (or local-only): say so, and where.
            first = state.rejections[0]
            more = f" (and {len(state.rejections) - 1} more)" if len(state.rejections) > 1 else ""
            self.status.showMessage(
                f"A policy file was rejected{more}: {first}. See View > Policy.", 30_000
            )

    # -- conversations ------------------------------------------------------------------
    def _reload_conversations(self) -> None:
        self.conversation_list.blockSignals(True)
        try:
            self.conversation_list.clear()
            for conversation in self.controller.conversations():
                item = QListWidgetItem(conversation.title)
                item.setData(Qt.ItemDataRole.UserRole, conversation.id)
                item.setToolTip(f"{conversation.title}\nLast active {conversation.updated_at}")
                self.conversation_list.addItem(item)
                if conversation.id == self.conversation_id:
                    self.conversation_list.setCurrentItem(item)
        finally:
            self.conversation_list.blockSignals(False)

    def _restore_last_conversation(self) -> None:
        last = self.services.settings.last_conversation
        if last is None:
            return
        for row in range(self.conversation_list.count()):
            item = self.conversation_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == last:
                self.conversation_list.setCurrentItem(item)
                return

    def _on_conversation_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        if self.controller.busy:
            # Switching mid-answer would hide the stream; keep the current one selected.
            self._reload_conversations()
            self.status.showMessage("Stop the current answer before switching conversations", 4000)
            return
        self.show_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_conversation(self, conversation_id: int) -> None:
        """Display a stored conversation."""
        self.conversation_id = conversation_id
        self._remember_conversation(conversation_id)
        self.chat.clear()
        for message in self.controller.messages(conversation_id):
            self._add_stored(message)
        self._request_preview()

    def _add_stored(self, message: StoredMessage) -> None:
        if message.role not in ("user", "assistant"):
            return
        widget = self.chat.add_message(message.role, message.content)
        if message.role == "assistant":
            widget.set_route(
                BadgeDetail(
                    route=message.route,
                    reasons=message.reasons,
                    model=message.model,
                    notices=message.notices,
                )
            )
            widget.set_state(STATUS_WORDS.get(message.status, ""))

    def new_conversation(self) -> None:
        """Start an empty conversation (created in history on the first question)."""
        if self.controller.busy:
            return
        self.conversation_id = None
        self.conversation_list.blockSignals(True)
        self.conversation_list.setCurrentRow(-1)
        self.conversation_list.blockSignals(False)
        self.chat.clear()
        self.prompt.setFocus()

    def delete_conversation(self) -> None:
        """Delete the selected conversation after asking."""
        if self.conversation_id is None or self.controller.busy:
            return
        answer = QMessageBox.question(
            self, "Delete conversation", "Delete this conversation and all its messages?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_conversation(self.conversation_id)
            self.new_conversation()

    def _remember_conversation(self, conversation_id: int | None) -> None:
        settings = self.services.settings
        if settings.last_conversation == conversation_id:
            return
        settings.last_conversation = conversation_id
        try:
            settings.save(self.services.paths.settings_file)
        except OSError as exc:
            log.warning("could not save the last conversation: %s", exc)

    # -- asking ---------------------------------------------------------------------------
    def send(self) -> None:
        """Send the question in the box."""
        text = self.prompt.toPlainText().strip()
        if not text or self.controller.busy:
            return
        if not self.controller.send(
            text, self.conversation_id, keep_local=self.keep_local.isChecked()
        ):
            return
        self.chat.add_message("user", text)
        self._answer = self.chat.add_message("assistant")
        self._answer.set_state("thinking…")
        self.prompt.clear()
        self.keep_local.setChecked(False)  # per message: the next one is routed normally
        self.preview_label.clear()

    def stop(self) -> None:
        """Stop the answer being generated."""
        if self.controller.busy:
            self.controller.stop()
            if self._answer is not None:
                self._answer.set_state("stopping…")

    def _on_busy(self, busy: bool) -> None:
        self.stop_button.setEnabled(busy)
        self.send_button.setEnabled(not busy)

    def _on_turn_started(self, turn: Turn) -> None:
        if self.conversation_id != turn.conversation_id:
            self.conversation_id = turn.conversation_id
            self._remember_conversation(turn.conversation_id)
        if self._answer is not None:
            self._answer.set_route(_detail(turn))
            self._answer.set_state("answering…")

    def _on_chunk(self, chunk: str) -> None:
        if self._answer is not None:
            self._answer.append(chunk)

    def _on_turn_finished(self, turn: Turn) -> None:
        answer, self._answer = self._answer, None
        if turn.partial_cloud_text:
            # The cloud broke off: history keeps its partial answer and the local
            # one as two messages; show them as stored.
            self.show_conversation(turn.conversation_id)
            return
        if answer is None:
            return
        answer.flush()
        answer.set_route(_detail(turn))
        stopped = turn.finish_reason == "cancelled"
        answer.set_state("stopped" if stopped else "")
        answer.set_sources([c.source for c in turn.sources if c.source])
        for notice in turn.notices:
            self.status.showMessage(notice, 8000)

    def _on_turn_failed(self, message: str) -> None:
        answer, self._answer = self._answer, None
        if answer is not None:
            answer.flush()
            answer.set_error(f"Could not answer: {message}")
        self.status.showMessage(f"Could not answer: {message}", 10_000)

    # -- route preview --------------------------------------------------------------------
    def _request_preview(self) -> None:
        self.controller.request_preview(
            self.prompt.toPlainText(), self.conversation_id, self.keep_local.isChecked()
        )

    def _on_preview(self, decision: Decision) -> None:
        label, colour = badge(preview_route(decision))
        cloud = self.services.copilot.cloud
        text = preview_text(decision, cloud_model=cloud.model_name if cloud else "")
        self.preview_label.setText(
            f'<span style="background:{colour}; color:white; padding:0 6px;">&nbsp;{label}&nbsp;'
            f"</span>&nbsp; {_escape(text)}"
        )
        self.preview_label.setToolTip(
            "Why:\n"
            + "\n".join(f"• {r}" for r in decision.reasons)
            + f"\nPolicy: {decision.policy_id} version {decision.policy_version}"
        )

    # -- other views -------------------------------------------------------------------------
    def show_settings(self) -> None:
        """Open the settings on their first page."""
        self.open_settings("local")

    def show_policy(self) -> None:
        """Open the settings on the policy page."""
        self.open_settings("policy")

    def open_settings(self, page: str = "local") -> None:
        """Open the settings dialog (``page``: local, cloud or policy)."""
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self)
        dialog.saved.connect(lambda message: self.status.showMessage(message, 8000))
        dialog.show_page(page)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_audit(self) -> None:
        """Open the audit view."""
        from app.ui.audit_view import AuditView

        view = AuditView(self.services, self)
        view.finished.connect(view.deleteLater)
        view.show()
        view.refresh()

    def open_knowledge(self) -> None:
        """Open the knowledge panel (the knowledge base stays open for the session)."""
        from app.ui.knowledge_panel import KnowledgeController, KnowledgeDialog

        if self.knowledge is None:
            self.knowledge = KnowledgeController(self.services, parent=self)
        view = KnowledgeDialog(self.knowledge, self)
        view.finished.connect(view.deleteLater)
        view.show()
        view.start()

    # -- shutdown -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._window_state.save(self, self.splitter)
        self.controller.shutdown()
        if self.knowledge is not None:
            self.knowledge.shutdown()
        super().closeEvent(event)


def _detail(turn: Turn) -> BadgeDetail:
    return BadgeDetail(
        route=turn.route,
        reasons=turn.reasons,
        model=turn.model,
        policy_id=turn.decision.policy_id,
        policy_version=turn.decision.policy_version,
        notices=tuple(turn.notices),
        fallback=turn.fallback,
    )


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
