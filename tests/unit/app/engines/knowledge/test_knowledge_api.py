from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app.engines.knowledge as knowledge

ROOT = Path(__file__).resolve().parents[5]


def test_exported_names_exist_and_are_public() -> None:
    assert sorted(knowledge.__all__) == knowledge.__all__
    for name in knowledge.__all__:
        assert not name.startswith("_")
        assert getattr(knowledge, name) is not None


def test_import_is_light_heavy_libraries_load_on_first_use() -> None:
    # `edgewise --help` and the app's start-up must not pay for torch or chromadb.
    code = (
        "import sys, app.engines.knowledge, app.cli.index\n"
        "heavy = [m for m in ('torch', 'chromadb', 'sentence_transformers', 'pypdf', 'docx',"
        " 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    assert done.stdout.strip() == ""
