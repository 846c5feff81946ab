"""Normalisation folds look-alikes, drops invisible characters and keeps the way back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors._normalize import _TABLE, normalize


def _reference(text: str) -> tuple[str, list[int]]:
    """The plain definition: translate, and the offsets of the characters kept."""
    kept = [i for i, ch in enumerate(text) if _TABLE.get(ord(ch), ch) is not None]
    return text.translate(_TABLE), [*kept, len(text)]


def test_invisible_characters_and_homoglyphs() -> None:
    text = "j\u200bane@\u0430cme.io \uff14\uff15 \u2013 x"
    norm = normalize(text)
    assert norm.text == "jane@acme.io 45 - x"
    start = norm.text.index("acme")
    assert norm.span(start, start + 4) == (text.index("\u0430"), text.index("\u0430") + 4)


def test_ascii_text_is_unchanged_with_identical_offsets() -> None:
    norm = normalize("plain text 123")
    assert norm.text == "plain text 123" and norm.origin is None


_ALPHABET = "ab1 .@\u200b\u200c\ufeff\u00ad\u0430\u0415\uff21\u2013\u00a0\u00e9\U0001d7d8\u4e2d"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_matches_the_plain_definition(text: str) -> None:
    folded, origin = _reference(text)
    norm = normalize(text)
    assert norm.text == folded
    if norm.origin is None:
        assert len(folded) == len(text)
    else:
        assert norm.origin == origin
