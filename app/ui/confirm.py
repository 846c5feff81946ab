"""Asking the user before text leaves the machine.

``Copilot.ask`` calls its ``confirm`` callback on the worker thread, with the
exact (redacted) text that would be sent. ``ConfirmBridge.ask`` carries that
question to the UI thread through a queued signal, opens the dialog there
(non-modal to the event loop: ``open()``, not ``exec()``), and blocks only the
worker until the user answers. Closing, Stop, or shutdown answer "no": when
in doubt, the request stays local.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.engines.base import CancelToken


class ConfirmDialog(QDialog):
    """Shows exactly what would be sent; the default button keeps it local."""

    def __init__(self, text: str, destination: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send to the cloud?")
        self.setAccessibleName("Confirm sending to the cloud")
        layout = QVBoxLayout(self)
        where = f" to {destination}" if destination else " to the cloud"
        intro = QLabel(
            f"Your organisation's policy asks you to confirm. This exact text will be "
            f"sent{where}; values in [brackets] are placeholders and stay on this device."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_view = QPlainTextEdit(text)
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setAccessibleName("Text that would be sent")
        layout.addWidget(self.text_view)
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton("Send", QDialogButtonBox.ButtonRole.AcceptRole)
        self.local_button = buttons.addButton(
            "Answer locally instead", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.local_button.setDefault(True)  # fail closed: Enter keeps it local
        self.send_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


class _Request:
    def __init__(self, text: str) -> None:
        self.text = text
        self.answer = False
        self.done = threading.Event()


class ConfirmBridge(QObject):
    """Carries confirmation questions from worker threads to a dialog on the UI thread."""

    requested = Signal(object)
    withdrawn = Signal(object)
    # Emitted on the UI thread with each dialog as it opens (tests answer it from here).
    dialog_opened = Signal(object)

    def __init__(
        self,
        destination: Callable[[], str],
        parent_widget: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._destination = destination
        self._parent_widget = parent_widget
        self._closed = threading.Event()
        self._open: list[tuple[ConfirmDialog, _Request]] = []
        self.requested.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.withdrawn.connect(self._withdraw, Qt.ConnectionType.QueuedConnection)

    def ask(self, text: str, cancel: CancelToken | None = None) -> bool:
        """Worker thread: show ``text`` and wait for the user's answer (False if stopped)."""
        if self._closed.is_set():
            return False
        request = _Request(text)
        self.requested.emit(request)
        while not request.done.wait(0.05):
            if self._closed.is_set() or (cancel is not None and cancel.cancelled):
                request.done.set()
                self.withdrawn.emit(request)  # the UI closes the dialog nobody waits for
                return False
        return request.answer

    def close(self) -> None:
        """Answer "no" to every open and future question (shutdown)."""
        self._closed.set()
        for dialog, request in list(self._open):
            request.done.set()
            dialog.reject()

    @Slot(object)
    def _withdraw(self, request: _Request) -> None:
        for dialog, pending in list(self._open):
            if pending is request:
                dialog.reject()

    @Slot(object)
    def _show(self, request: _Request) -> None:
        if self._closed.is_set() or request.done.is_set():
            request.done.set()
            return
        dialog = ConfirmDialog(request.text, self._destination(), self._parent_widget())
        entry = (dialog, request)
        self._open.append(entry)

        def answered(result: int) -> None:
            if not request.done.is_set():
                request.answer = result == QDialog.DialogCode.Accepted.value
                request.done.set()
            if entry in self._open:
                self._open.remove(entry)
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()
        self.dialog_opened.emit(dialog)
