"""``import router`` (every module) works with Qt and the ML stacks blocked, and stays cheap."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys
    BLOCKED = {"PySide6", "llama_cpp", "chromadb", "torch"}
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError("blocked: " + name)
            return None
    sys.meta_path.insert(0, Block())
    import router
    cheap = "cryptography" not in sys.modules
    for info in pkgutil.walk_packages(router.__path__, "router."):
        importlib.import_module(info.name)
    from router import Context, Payload, decide
    from router.policy import load_file
    from router.policy.sources import bundled_default_path
    d = decide(Payload("hello"), Context(), load_file(bundled_default_path()))
    print(cheap, d.target.value)
    """
)


def test_router_imports_and_decides_with_heavy_stacks_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "local"]


def test_public_names() -> None:
    import router
    import router.policy

    assert sorted(router.__all__) == sorted(
        ["Chunk", "Context", "Decision", "Message", "Payload", "Target", "decide"]
    )
    for name in router.__all__:
        assert getattr(router, name) is not None
    for name in router.policy.__all__:
        assert getattr(router.policy, name) is not None
