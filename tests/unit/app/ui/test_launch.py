"""Without a display, `edgewise` explains the headless commands instead of crashing."""

from __future__ import annotations

import pytest

from app.ui import launch as launch_mod


def test_display_detection() -> None:
    assert not launch_mod.has_display({}, "linux")
    assert launch_mod.has_display({"DISPLAY": ":0"}, "linux")
    assert launch_mod.has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert launch_mod.has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert launch_mod.has_display({}, "darwin")
    assert launch_mod.has_display({}, "win32")


def test_launch_without_display_prints_how_to_use_ask(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launch_mod.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert launch_mod.launch() == 1
    err = capsys.readouterr().err
    assert "No display found" in err
    assert 'edgewise ask "' in err
