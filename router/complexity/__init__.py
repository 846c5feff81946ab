"""Complexity score of a request: how likely the small local model gets it wrong.

Contract used by the decision: ``score(text, local_context_tokens=...)``
returns a ``Complexity`` with a value in [0, 1] and the features behind it.
Cheap enough to run on every request (no model load, no I/O per call).
"""

from __future__ import annotations

from router.complexity.score import Complexity, score

__all__ = ["Complexity", "score"]
