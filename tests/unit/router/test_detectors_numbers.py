"""Number patterns run only in the windows around long numbers find what a whole-text
scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import financial_ids, personal
from router.detectors._numbers import NUMBER_SEPARATORS, finditer_in_numbers, number_windows
from router.detectors._shared import ScanText

PATTERNS = {
    "card": financial_ids._CARD,
    "ssn": financial_ids._SSN,
    "aadhaar": financial_ids._AADHAAR,
}
SAMPLES = [
    "Card 4539 1488 0343 6467, or 4539-1488-0343-6467x and 4539148803436467.",
    "SSN 550-53-3582, 550 53 3582; 550-53-35821 and 1550-53-3582; 078.05.1120",
    "aadhaar 2345 6789 0124 / 2345-6789-0124-5 and 9999 8888 7777.",
    "tables: 1 2 3 4 | 12345 | 2020-01-02 | v1.2345.6 | -4111 1111 1111 1111-",
    "digits of other scripts: \u0664\u0665\u0663\u0669 1488 0343 6467 and 550\u066053-3582",
    "4539148803436467",
    "",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(PATTERNS))
@pytest.mark.parametrize("text", SAMPLES)
def test_same_matches_on_samples(name: str, text: str) -> None:
    pattern = PATTERNS[name]
    for subject in (text, ScanText(text)):
        assert _spans(finditer_in_numbers(pattern, subject)) == _spans(pattern.finditer(text))


def test_samples_find_something() -> None:
    for name, pattern in PATTERNS.items():
        assert any(_spans(pattern.finditer(text)) for text in SAMPLES), name


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1234", "4539", "550", "53", "3582", "2", "0", *NUMBER_SEPARATORS])
        | st.sampled_from(["a", "_", ",", "x", "\n", "/", "\u0663", "\u0664\u0665\u0666\u0667"]),
        max_size=30,
    ),
    st.sampled_from(sorted(PATTERNS)),
)
def test_same_matches_on_random_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    pattern = PATTERNS[name]
    assert _spans(finditer_in_numbers(pattern, text)) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .-a\u0663", max_size=60))
def test_windows_are_maximal_runs_with_four_digits_in_a_row(text: str) -> None:
    expected = [m.span() for m in re.finditer(r"[\d .-]+", text) if re.search(r"\d{4}", m.group())]
    assert number_windows(text) == expected


def test_windows_of_a_long_table_stay_linear_in_number() -> None:
    text = "1234 " * 2000 + "x" + " 5678" * 3
    assert number_windows(text) == [(0, 10000), (10001, 10016)]


CLASS_PATTERNS = {
    "ipv4": (personal._DOTTED, personal._IPV4),
    "ipv6": (personal._COLONED, personal._IPV6),
    "mac": (personal._HEX_PAIRS, personal._MAC),
}
CLASS_SAMPLES = [
    "hosts 192.168.1.10, 10.0.0.255 and 256.1.1.1; v1.2.3.4 1.2.3.4.5 99.250.249.200x",
    "fe80::1ff:fe23:4567:890a, 2001:0DB8:85a3:0000:0000:8a2e:0370:7334 ::1 a::b:c:d std::vector",
    "MACs 00:1A:2b:3C:4d:5E, 00-1a-2b-3c-4d-5e, 00:1a-2b:3c:4d:5e, x00:11:22:33:44:55",
    "\u0661\u0669\u0662.168.1.10 and 1\u0663.0.0.1; \u212a0:11:22:33:44:55 ab:cd:ef:ab:cd:ef",
]


@pytest.mark.parametrize("name", sorted(CLASS_PATTERNS))
@pytest.mark.parametrize("text", CLASS_SAMPLES)
def test_class_runs_same_matches_on_samples(name: str, text: str) -> None:
    runs, pattern = CLASS_PATTERNS[name]
    for subject in (text, ScanText(text), text.upper(), text.lower()):
        assert _spans(runs.finditer(pattern, subject)) == _spans(pattern.finditer(subject))


def test_class_samples_find_something() -> None:
    for name, (_, pattern) in CLASS_PATTERNS.items():
        assert sum(len(_spans(pattern.finditer(t))) for t in CLASS_SAMPLES) >= 2, name


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1", "19", "255", "0", "a", "fe", "Ab", "::", ":", "-", ".", "..."])
        | st.sampled_from([" ", "x", "_", "g", "\u0663", "\u212a", "\n", "1.2.3.4"]),
        max_size=30,
    ),
    st.sampled_from(sorted(CLASS_PATTERNS)),
)
def test_class_runs_same_matches_on_random_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    runs, pattern = CLASS_PATTERNS[name]
    assert _spans(runs.finditer(pattern, text)) == _spans(pattern.finditer(text))
