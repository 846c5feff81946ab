"""The complexity score: how likely the small local model gets a request wrong.

``score(text, local_context_tokens=...)`` is the contract the decision uses.
It combines named hand features (length, structure, task-type cues, context
needed against the local window, language) with a small learned linear model
shipped in ``resources/complexity/model.json``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

from router.complexity.features import extract, instruction_window
from router.complexity.model import ComplexityModel, default_model_path


@dataclass(frozen=True)
class Complexity:
    """A score in [0, 1] and the named features that produced it.

    ``features`` holds the hand features (see ``router.complexity.features``)
    plus ``text_model_logit`` (what the word n-grams added to the logit) and
    ``logit`` (the total before the sigmoid), so an explanation can show both
    what was seen and how much each part weighed.
    """

    score: float
    features: dict[str, float] = field(default_factory=dict)
    exceeds_local_context: bool = False


class ComplexityScorer:
    """Scores requests with a given model (inject one in tests and benchmarks)."""

    def __init__(self, model: ComplexityModel) -> None:
        self._model = model

    @property
    def model(self) -> ComplexityModel:
        """The linear model this scorer uses."""
        return self._model

    def score(self, text: str, *, local_context_tokens: int = 2048) -> Complexity:
        """Score ``text`` for a local model whose window is ``local_context_tokens``."""
        features = extract(text, local_context_tokens=local_context_tokens)
        text_logit = self._model.text_logit(instruction_window(text))
        logit = self._model.bias + self._model.dense_logit(features) + text_logit
        features["text_model_logit"] = round(text_logit, 4)
        features["logit"] = round(logit, 4)
        # Clamp the logit so that exp() cannot overflow on absurd inputs.
        value = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, logit))))
        return Complexity(
            score=round(value, 4),
            features=features,
            exceeds_local_context=features["est_tokens"] > local_context_tokens,
        )


@functools.cache
def _default_scorer(path: Path) -> ComplexityScorer:
    # Loaded once per process and never mutated: the model is frozen.
    return ComplexityScorer(ComplexityModel.from_file(path))


def default_scorer() -> ComplexityScorer:
    """The scorer with the bundled model (loaded on first use, then reused).

    Raises ``ComplexityModelError`` naming the file and the fix when the
    bundled model is missing or broken.
    """
    return _default_scorer(default_model_path())


def score(text: str, *, local_context_tokens: int = 2048) -> Complexity:
    """Score ``text`` with the bundled model; see ``ComplexityScorer.score``."""
    return default_scorer().score(text, local_context_tokens=local_context_tokens)
