"""The question box: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class PromptEdit(QPlainTextEdit):
    """Multi-line input that emits ``submitted`` on Enter (not Shift+Enter)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Ask Edgewise… (Enter sends, Shift+Enter for a new line)")
        self.setAccessibleName("Question")
        self.setTabChangesFocus(True)
        self.setMaximumHeight(120)
        self.setMinimumHeight(56)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modifiers = event.modifiers()
        if is_enter and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            # Ctrl+Enter sends too; Shift+Enter falls through to a new line.
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
