"""``edgewise`` without a command: open the desktop window.

With no display (Linux without DISPLAY / WAYLAND_DISPLAY and no
QT_QPA_PLATFORM), it explains how to use the headless commands instead of
letting Qt abort with a platform-plugin error.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence

NO_DISPLAY_HELP = """\
No display found: the Edgewise window cannot open here.
Use the command line instead, for example:
  edgewise ask "What is the capital of France?"
  edgewise ask --json --local "Summarise: ..."
  edgewise route --jsonl questions.jsonl
Or run the window under a virtual display: xvfb-run -a edgewise"""


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can open a window (always on Windows and macOS)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" and not (platform or sys.platform).startswith(
        "freebsd"
    ):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def launch(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    if not has_display():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return 1
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import build_services
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    QApplication.setApplicationName("Edgewise")
    QApplication.setApplicationDisplayName("Edgewise")
    QApplication.setOrganizationName("Edgewise")
    try:
        services = build_services()
    except Exception as exc:  # settings or state unreadable: say which file and how to fix it
        logging.getLogger(__name__).exception("start-up failed")
        QMessageBox.critical(None, "Edgewise cannot start", str(exc))
        return 1
    window = MainWindow(services)
    window.show()
    window.start()
    try:
        return int(app.exec())
    finally:
        services.close()
