"""Edgewise router: turns a payload and a policy into a routing decision.

Pure Python. This package never imports Qt, llama_cpp, chromadb or torch, so it
stays importable and fast in any process (a test enforces this).

Public API (loaded on first use, so ``import router`` stays cheap)::

    from router import decide, Payload, Context, Decision, Target
    decision = decide(Payload(prompt="..."), Context(online=True, ...), policy)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from router.decision import Decision, Target, decide
    from router.payload import Chunk, Context, Message, Payload

__all__ = ["Chunk", "Context", "Decision", "Message", "Payload", "Target", "decide"]

_HOMES = {
    "decide": "router.decision",
    "Decision": "router.decision",
    "Target": "router.decision",
    "Payload": "router.payload",
    "Context": "router.payload",
    "Message": "router.payload",
    "Chunk": "router.payload",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'router' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)
