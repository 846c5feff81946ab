"""Where the bundled ``resources/`` folder is, in the source tree or a desktop bundle."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree or PyInstaller bundle)."""
    # PyInstaller unpacks the bundle's data files under sys._MEIPASS.
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def read_json(path: Path, what: str, fix: str, error: type[Exception]) -> object:
    """The JSON document in ``path``; ``error`` says which file (``what``) could not be
    read and how to ``fix`` it, without the file's content."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"the {what} {path} is missing; {fix}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"cannot read the {what} {path} ({exc.__class__.__name__}); {fix}") from None
