"""Render the main views to PNG files (``make screenshots``), with real answers.

Runs on a throw-away EDGEWISE_HOME so the user's history is never shown or
touched. The main window answers a real question with the bundled model, so
the picture shows a true badge and a true route preview.

Usage: ``python -m app.ui.screenshots OUT_DIR`` (offscreen unless a display is set).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services import Services
    from app.ui.main_window import MainWindow

SAMPLE_CONFIRM = (
    "system: You are Edgewise, a helpful assistant. Answer accurately and concisely.\n\n"
    "user: Draft a reply to [EMAIL_1] about the delayed shipment for order [ID_NUMBER_1]."
)


def _wait_until(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state to capture in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _settle(ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    _wait_until(lambda: time.monotonic() >= end)


def render(out_dir: Path, home: Path) -> list[Path]:
    """Write main, policy, settings, audit, confirm and knowledge PNGs to ``out_dir``."""
    from PySide6.QtWidgets import QApplication

    from app.engines.base import GenerationOptions
    from app.paths import Paths
    from app.services import build_services
    from app.ui.main_window import MainWindow

    # The application must outlive every widget below, so it is held in a name.
    app = QApplication.instance() or QApplication(["edgewise-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = Paths(home=home, policy_dir=home / "machine-policies")
    services = build_services(paths)
    services.copilot.options = GenerationOptions(max_tokens=48)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle()
        target = out_dir / name
        if not widget.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)

    window = MainWindow(services)
    try:
        _main_window(window)
        save(window, "main.png")
        _dialogs(services, window, save)
        _knowledge(services, window, home, save)
    finally:
        window.close()
        app.processEvents()  # deliver the last worker signals before closing the stores
        services.close()
    return written


def _main_window(window: MainWindow) -> None:
    """Answer two real questions, then type a confidential one to show the preview."""
    window.resize(1100, 700)
    window.show()
    window.start()
    _wait_until(lambda: window.status.model_state in ("ready", "failed"))
    for question in ("What is the capital of France?", "Give me two tips for a tidy desk."):
        done: list[object] = []
        window.controller.turn_finished.connect(done.append)
        window.controller.turn_failed.connect(done.append)
        window.prompt.setPlainText(question)
        window.send()
        _wait_until(lambda done=done: bool(done))  # type: ignore[misc]
    previews: list[object] = []
    window.controller.preview_ready.connect(previews.append)
    window.prompt.setPlainText("CONFIDENTIAL: summarise the Q3 board minutes")
    _wait_until(lambda: bool(previews))


def _dialogs(services: Services, window: MainWindow, save: Callable[[QWidget, str], None]) -> None:
    """The policy and cloud settings pages, the audit view and a confirmation."""
    from app.ui.audit_view import AuditView
    from app.ui.confirm import ConfirmDialog
    from app.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(services, window)
    settings.show_page("policy")
    settings.show()
    save(settings, "policy.png")
    settings.show_page("cloud")
    save(settings, "settings.png")
    settings.close()

    audit = AuditView(services, window)
    audit.show()
    audit.refresh()
    _wait_until(lambda: "decisions" in audit.summary.text())
    save(audit, "audit.png")
    audit.close()

    confirm = ConfirmDialog(SAMPLE_CONFIRM, "https://llm.example.com/v1", window)
    confirm.show()
    save(confirm, "confirm.png")
    confirm.close()


SAMPLE_DOCS = {
    "travel-policy.md": "# Travel policy\n\nBook trains for trips under four hours.\n",
    "board-minutes.md": "CONFIDENTIAL\n\n# Board minutes\n\nThe board approved the budget.\n",
    "onboarding.txt": "Welcome! Your laptop arrives on your first day.\n",
}


def _knowledge(
    services: Services, window: MainWindow, home: Path, save: Callable[[QWidget, str], None]
) -> None:
    """Index a few sample files (one unreadable) with the real embedding model."""
    from app.ui.knowledge_panel import KnowledgeController, KnowledgeDialog

    folder = home / "sample-documents"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in SAMPLE_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 damaged")
    controller = KnowledgeController(services, parent=window)
    dialog = KnowledgeDialog(controller, window)
    try:
        dialog.show()
        opened: list[object] = []
        controller.opened.connect(lambda: opened.append(True))
        controller.open_failed.connect(opened.append)
        dialog.start()
        _wait_until(lambda: bool(opened), timeout_s=300)
        finished: list[object] = []
        controller.index_finished.connect(finished.append)
        controller.index_failed.connect(finished.append)
        dialog._index([folder])  # what "Add folder…" does once a folder is chosen
        _wait_until(lambda: bool(finished), timeout_s=300)
        _wait_until(lambda: dialog.documents.rowCount() > 0, timeout_s=60)
        save(dialog, "knowledge.png")
    finally:
        dialog.close()
        controller.shutdown()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``python -m app.ui.screenshots OUT_DIR``."""
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="edgewise-shots-") as home:
        for path in render(out_dir, Path(home)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
