"""`make screenshots` renders every main view to a real PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.ui.screenshots import render

pytestmark = pytest.mark.slow


def test_render_writes_each_view(qtbot: Any, tmp_path: Path) -> None:
    written = render(tmp_path / "shots", tmp_path / "home")
    names = sorted(p.name for p in written)
    assert names == [
        "audit.png",
        "confirm.png",
        "knowledge.png",
        "main.png",
        "policy.png",
        "settings.png",
    ]
    main = QImage(str(tmp_path / "shots" / "main.png"))
    assert not main.isNull()
    assert (main.width(), main.height()) == (1100, 700)
