"""Layering rules: router/ and app/engines/ import no Qt (and router no heavy ML)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    BLOCKED = {blocked!r}
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError("blocked by layering test: " + name)
            return None
    sys.meta_path.insert(0, Block())
    import pkgutil, importlib
    for pkg in {packages!r}:
        mod = importlib.import_module(pkg)
        for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
            importlib.import_module(info.name)
    print("ok")
    """
)


def _import_all(packages: list[str], blocked: list[str]) -> subprocess.CompletedProcess[str]:
    code = BLOCKER.format(blocked=blocked, packages=packages)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_router_imports_without_qt_or_ml_stacks() -> None:
    result = _import_all(["router"], ["PySide6", "llama_cpp", "chromadb", "torch"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_engines_import_without_qt() -> None:
    result = _import_all(["app.engines"], ["PySide6"])
    assert result.returncode == 0, result.stderr


def test_importing_the_local_engine_does_not_load_llama_cpp() -> None:
    code = "import sys, app.engines.local; print('llama_cpp' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
