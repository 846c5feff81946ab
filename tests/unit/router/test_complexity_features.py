"""Hand features of the complexity score: names, cues, windows, token estimates."""

from __future__ import annotations

import pytest

from router.complexity.features import (
    FEATURE_NAMES,
    HEAD_CHARS,
    TAIL_CHARS,
    estimate_tokens,
    extract,
    instruction_window,
)


def feats(text: str, window: int = 2048) -> dict[str, float]:
    return extract(text, local_context_tokens=window)


def test_every_named_feature_is_present_and_numeric() -> None:
    f = feats("Explain step by step why the sky is blue.")
    assert tuple(f) == FEATURE_NAMES
    assert all(isinstance(v, float) for v in f.values())


def test_empty_text_has_zero_cues() -> None:
    f = feats("")
    assert f["chars"] == 0.0
    assert all(f[name] == 0.0 for name in FEATURE_NAMES if name.startswith("cue_"))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Write a Python function that parses JSON and add unit tests.\n```\ndef f():\n```",
            "cue_code",
        ),
        ("Solve the equation x^2 - 5x + 6 = 0 and compute the integral of x^2.", "cue_maths"),
        (
            "Compare the two designs, analyse the trade-offs and justify your plan step by step.",
            "cue_reasoning",
        ),
        ("Summarize the following document and list its key points.", "cue_long_document"),
        ("Write a short poem about autumn leaves.", "cue_creative"),
        ("Hello! What is the capital of France?", "cue_lookup_chitchat"),
    ],
)
def test_clear_cases_raise_their_cue(text: str, cue: str) -> None:
    f = feats(text)
    assert f[cue] >= 0.5
    others = [name for name in FEATURE_NAMES if name.startswith("cue_") and name != cue]
    assert f[cue] >= max(f[name] for name in others)


def test_other_languages_are_flagged_and_english_is_not() -> None:
    english = "Could you tell me how the new travel expense policy works for trips abroad?"
    french = "Pourriez-vous m'expliquer comment fonctionne la nouvelle politique de frais?"
    japanese = "新しい出張経費の規定はどのように機能しますか。詳しく説明してください。"
    assert feats(english)["non_english"] == 0.0
    assert feats(french)["non_english"] >= 0.5
    assert feats(japanese)["non_english"] >= 0.9


def test_context_share_is_relative_to_the_local_window() -> None:
    text = "word " * 2000  # about 2500 estimated tokens
    small = feats(text, window=1024)
    large = feats(text, window=8192)
    assert small["context_share"] > 1.0 > large["context_share"]
    assert small["est_tokens"] == large["est_tokens"]


def test_long_text_cues_come_from_head_and_tail_but_length_from_all() -> None:
    middle = "poem " * 5000  # a creative cue buried in the middle of a pasted text
    text = "Please check this log.\n" + "x" * HEAD_CHARS + middle + "y" * TAIL_CHARS
    f = feats(text)
    assert f["cue_creative"] == 0.0
    assert f["chars"] == float(len(text))
    window = instruction_window(text)
    assert window.startswith("Please check") and window.endswith("y" * TAIL_CHARS)
    assert len(window) == HEAD_CHARS + TAIL_CHARS + 1


def test_short_text_window_is_the_text_itself() -> None:
    assert instruction_window("short request") == "short request"


def test_token_estimate_counts_non_ascii_characters_heavier() -> None:
    assert estimate_tokens("abcd" * 100) == pytest.approx(100.0)
    assert estimate_tokens("経費" * 100) == pytest.approx(200.0)


def test_structure_features_count_lists_and_multiple_choice() -> None:
    text = "Which is a prime?\nA. 4\nB. 6\nC. 7\nD. 9\nSteps:\n- first\n- second\n1. third"
    f = feats(text)
    assert f["multiple_choice_options"] == 4.0
    assert f["list_items"] == 3.0
    assert f["questions"] == 1.0
