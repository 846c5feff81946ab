"""Where the bundled ``resources/`` folder is, in the source tree or a desktop bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree or PyInstaller bundle)."""
    # PyInstaller unpacks the bundle's data files under sys._MEIPASS.
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
