"""Window geometry and layout, kept in ``ui.ini`` under EDGEWISE_HOME.

QSettings is pointed at a file in the Edgewise home (not the OS registry or
``~/.config``) so that tests and relocated homes never touch the user's real
state. The last conversation lives in ``Settings.last_conversation``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

FILE_NAME = "ui.ini"


class WindowState:
    """Saves and restores a main window's geometry, dock state and splitter sizes."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.path = home / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def save(self, window: QMainWindow, splitter: QSplitter) -> None:
        """Write the window's current geometry and layout."""
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        self._settings.setValue("window/splitter", splitter.saveState())
        self._settings.sync()

    def restore(self, window: QMainWindow, splitter: QSplitter) -> bool:
        """Apply what was saved; False when nothing was (first start)."""
        geometry = self._settings.value("window/geometry")
        if not isinstance(geometry, QByteArray | bytes):
            return False
        window.restoreGeometry(QByteArray(geometry))
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            window.restoreState(QByteArray(state))
        sizes = self._settings.value("window/splitter")
        if isinstance(sizes, QByteArray | bytes):
            splitter.restoreState(QByteArray(sizes))
        return True
