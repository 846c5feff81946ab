"""Complexity score of a request: how likely the small local model gets it wrong.

Contract used by the decision: ``score(text, local_context_tokens=...)``
returns a ``Complexity`` with a value in [0, 1] and the named features behind
it. Cheap enough to run on every request: the bundled model is loaded once,
then a call costs a few regex passes and one dictionary lookup per word n-gram.
"""

from __future__ import annotations

from router.complexity.model import ComplexityModel, ComplexityModelError
from router.complexity.score import Complexity, ComplexityScorer, default_scorer, score

__all__ = [
    "Complexity",
    "ComplexityModel",
    "ComplexityModelError",
    "ComplexityScorer",
    "default_scorer",
    "score",
]
