"""A first, feature-based complexity score (length and context pressure)."""

from __future__ import annotations

from dataclasses import dataclass, field

# A rough English average; the real tokenizer is not available in the router.
CHARS_PER_TOKEN = 4.0


@dataclass(frozen=True)
class Complexity:
    """A score in [0, 1] and the named features that produced it."""

    score: float
    features: dict[str, float] = field(default_factory=dict)
    exceeds_local_context: bool = False


def score(text: str, *, local_context_tokens: int = 2048) -> Complexity:
    """Score ``text``; longer text and text near the local window score higher."""
    est_tokens = len(text) / CHARS_PER_TOKEN
    context_pressure = min(1.0, est_tokens / max(1, local_context_tokens))
    value = min(1.0, 0.5 * context_pressure + min(0.5, est_tokens / 2000.0))
    return Complexity(
        score=round(value, 4),
        features={"est_tokens": est_tokens, "context_pressure": context_pressure},
        exceeds_local_context=est_tokens > local_context_tokens,
    )
