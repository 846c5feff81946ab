"""Edgewise router: turns a payload and a policy into a routing decision.

Pure Python. This package never imports Qt, llama_cpp, chromadb or torch, so it
stays importable and fast in any process (a test enforces this).
"""

from __future__ import annotations
