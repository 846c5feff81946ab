"""Redaction with stable placeholders, restoration, and streamed restoration."""

from __future__ import annotations

import pickle
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import scan
from router.findings import Finding, Match
from router.levels import Level
from router.redact import Redactor

TEXT = "Mail ana@acme.io and bo@acme.io, then ana@acme.io again. Card 4539 1488 0343 6467."


def redacted(text: str) -> tuple[Redactor, str]:
    redactor = Redactor()
    return redactor, redactor.redact(text, scan(text, ["email", "credit_card"]))


def test_values_become_stable_placeholders() -> None:
    _, out = redacted(TEXT)
    assert out == ("Mail [EMAIL_1] and [EMAIL_2], then [EMAIL_1] again. Card [CREDIT_CARD_1].")


def test_redacted_text_contains_none_of_the_values() -> None:
    _, out = redacted(TEXT)
    for value in ("ana@acme.io", "bo@acme.io", "4539 1488 0343 6467", "4539"):
        assert value not in out


def test_restore_round_trips() -> None:
    redactor, out = redacted(TEXT)
    assert redactor.restore(out) == TEXT


def test_placeholders_are_shared_across_texts_of_one_request() -> None:
    redactor = Redactor()
    first = redactor.redact("from ana@acme.io", scan("from ana@acme.io", ["email"]))
    second = redactor.redact("cc ana@acme.io", scan("cc ana@acme.io", ["email"]))
    assert first == "from [EMAIL_1]" and second == "cc [EMAIL_1]"


def test_works_with_policy_findings() -> None:
    text = "ssn 550-53-3582"
    finding = Finding("us_ssn", Level.RESTRICTED, 4, 15, True, "prompt")
    assert Redactor().redact(text, [finding]) == "ssn [US_SSN_1]"


def test_overlapping_spans_are_merged() -> None:
    text = "key: ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"
    spans = [Match("credential", 5, len(text)), Match("api_token", 5, len(text) - 3)]
    redactor = Redactor()
    out = redactor.redact(text, spans)
    assert out == "key: [CREDENTIAL_1]"
    assert redactor.restore(out) == text


def test_out_of_range_and_empty_spans_are_ignored() -> None:
    assert Redactor().redact("abc", [Match("email", 2, 2), Match("email", 1, 10)]) == "abc"


def test_placeholder_already_in_the_text_is_not_reused() -> None:
    text = "literal [EMAIL_1] and ana@acme.io"
    redactor = Redactor()
    out = redactor.redact(text, scan(text, ["email"]))
    assert "[EMAIL_2]" in out
    assert redactor.restore(out) == text


def test_restore_accepts_what_models_do_to_placeholders() -> None:
    redactor, _ = redacted(TEXT)
    assert redactor.restore("to [email_1] and [ EMAIL_2 ]") == "to ana@acme.io and bo@acme.io"
    assert redactor.restore("unknown [EMAIL_9] stays") == "unknown [EMAIL_9] stays"


def test_the_mapping_never_shows_in_repr_and_cannot_be_pickled() -> None:
    redactor, _ = redacted(TEXT)
    assert "ana@acme.io" not in repr(redactor)
    assert "3 placeholder" in repr(redactor)
    with pytest.raises(TypeError, match="must not leave the process"):
        pickle.dumps(redactor)


def test_stream_restores_a_placeholder_split_across_chunks() -> None:
    redactor, _ = redacted(TEXT)
    restorer = redactor.stream_restorer()
    chunks = ["Reply to [EM", "AIL_", "1", "] now, card [CREDIT_CARD", "_1]."]
    shown = [restorer.feed(c) for c in chunks] + [restorer.flush()]
    assert "".join(shown) == "Reply to ana@acme.io now, card 4539 1488 0343 6467."
    # Nothing of a half placeholder is ever shown.
    assert not any("[EM" in s or "AIL_" in s for s in shown)


def test_stream_does_not_hold_ordinary_brackets_back() -> None:
    redactor, _ = redacted(TEXT)
    restorer = redactor.stream_restorer()
    assert restorer.feed("see [1] and [this note] ") == "see [1] and [this note] "
    assert restorer.feed("open [") == "open "
    assert restorer.flush() == "["


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=7), min_size=1, max_size=40), st.integers(0, 99))
def test_any_chunking_gives_the_same_result(sizes: list[int], seed: int) -> None:
    redactor, out = redacted(TEXT)
    answer = f"Sure. {out} [EMAIL_2]! [not a placeholder] [EMAIL_1"
    rng = random.Random(seed)
    restorer = redactor.stream_restorer()
    pieces, pos = [], 0
    while pos < len(answer):
        step = sizes[rng.randrange(len(sizes))]
        pieces.append(restorer.feed(answer[pos : pos + step]))
        pos += step
    pieces.append(restorer.flush())
    assert "".join(pieces) == redactor.restore(answer)
