"""Fixtures for the desktop app tests: real services on a temporary home, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from app.services import Services

# Short answers keep the real-model tests quick; long enough to stream several chunks.
MAX_TOKENS = 12


@pytest.fixture
def services(edgewise_home: Path) -> Iterator[Services]:
    """Services built exactly as the app builds them, on a fresh EDGEWISE_HOME."""
    from app.engines.base import GenerationOptions
    from app.services import build_services

    built = build_services()
    built.copilot.options = GenerationOptions(max_tokens=MAX_TOKENS)
    yield built
    built.close()


@pytest.fixture
def window(qtbot: object, services: Services) -> Iterator[object]:
    """The main window, shown and started (model loading in the background)."""
    from app.ui.main_window import MainWindow

    win = MainWindow(services)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.start()
    yield win
    win.close()  # stops generation and waits for the workers
