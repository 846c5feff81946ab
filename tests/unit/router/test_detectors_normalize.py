"""Normalisation folds look-alikes, drops invisible characters and keeps the way back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import _normalize
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


_FOLDABLE = sorted(chr(code) for code in _normalize._TABLE)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(_FOLDABLE) | st.sampled_from(["a", " ", "é", "中", "😀", "ß", "İ"]),
        max_size=40,
    )
)
def test_fold_is_translate_with_the_table(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _normalize._fold(text) == text.translate(_normalize._TABLE)
    assert normalize(text).text == text.translate(_normalize._TABLE)


def test_fold_samples() -> None:
    text = "\u201cJ\u0430ne\u201d \u200bpays\u00a0\uff14\uff15 \U0001d7d1 caf\u00e9 \u2014 ok"
    assert _normalize._fold(text) == '"Jane" pays 45 3 caf\u00e9 - ok'


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40))
def test_distinct_non_ascii_is_the_set_of_characters_outside_ascii(text: str) -> None:
    assert _normalize.distinct_non_ascii(text) == {ch for ch in text if ord(ch) > 127}


def test_distinct_non_ascii_with_lone_surrogates() -> None:
    assert _normalize.distinct_non_ascii("a\ud800b\udfff\u00e9c") == {"\ud800", "\udfff", "\u00e9"}
