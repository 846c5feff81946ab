"""The complexity score with the bundled model: range, features, clear orderings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from router.complexity import Complexity, default_scorer, score
from router.complexity.features import FEATURE_NAMES

CHITCHAT = "Hi! How are you today?"
LOOKUP = "What is the capital of France?"
MATHS = (
    "A train leaves at 3:15 pm at 80 km/h and a second one at 4:05 pm at 120 km/h on the "
    "same track. Prove step by step when and where the second train catches up, and "
    "compute the distance: 80*t = 120*(t - 5/6)."
)
CODE = (
    "Implement a thread-safe LRU cache in Python with O(1) get and put, explain the "
    "design trade-offs step by step and write unit tests.\n```python\nclass LRU:\n"
    "    def get(self, key):\n        ...\n```"
)


def test_contract_shape() -> None:
    result = score(MATHS)
    assert isinstance(result, Complexity)
    assert 0.0 <= result.score <= 1.0
    assert set(FEATURE_NAMES) <= set(result.features)
    assert {"text_model_logit", "logit"} <= set(result.features)
    assert result.exceeds_local_context is False


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000), st.integers(min_value=1, max_value=200_000))
def test_score_is_always_in_range(text: str, window: int) -> None:
    result = score(text, local_context_tokens=window)
    assert 0.0 <= result.score <= 1.0
    assert all(isinstance(v, float) for v in result.features.values())


def test_chitchat_and_lookups_score_below_maths_and_code() -> None:
    easy = max(score(CHITCHAT).score, score(LOOKUP).score)
    assert easy < score(MATHS).score
    assert easy < score(CODE).score


def test_simple_requests_stay_under_half() -> None:
    assert score(CHITCHAT).score < 0.5
    assert score(LOOKUP).score < 0.5


def test_payload_over_the_local_window_is_flagged_and_scores_high() -> None:
    report = "The quarterly report says revenue grew in every region. " * 600
    result = score("Summarize the following report:\n" + report, local_context_tokens=2048)
    assert result.exceeds_local_context
    assert result.score > 0.9


def test_more_of_the_window_used_means_a_higher_score() -> None:
    base = "Summarize the following notes:\n"
    notes = "Meeting notes: the team agreed to ship the release next week. "
    shares = [score(base + notes * n, local_context_tokens=2048) for n in (5, 80, 120, 160)]
    values = [s.score for s in shares]
    assert values == sorted(values)
    assert values[-1] > values[0]


def test_a_smaller_local_window_never_lowers_the_score() -> None:
    text = "Summarize the following notes:\n" + "The budget was approved. " * 300
    small = score(text, local_context_tokens=1024)
    large = score(text, local_context_tokens=32768)
    assert small.score >= large.score
    assert small.exceeds_local_context and not large.exceeds_local_context


def test_the_same_question_in_another_language_scores_higher() -> None:
    english = "Could you explain how the travel expense policy works for trips abroad?"
    german = "Könnten Sie mir erklären, wie die Reisekostenrichtlinie für Auslandsreisen gilt?"
    assert score(german).score > score(english).score


def test_creative_writing_scores_below_the_same_length_maths() -> None:
    poem = "Write a short poem about the autumn leaves falling in the old park by the river."
    sums = "Solve for x and compute the remainder: 17x + 5 = 3x^2 - 4 modulo the prime 13."
    assert score(poem).score < score(sums).score


def test_default_scorer_is_loaded_once() -> None:
    assert default_scorer() is default_scorer()
