"""Number patterns run only in the windows around long numbers find what a whole-text
scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import financial_ids, personal
from router.detectors._numbers import (
    NUMBER_SEPARATORS,
    digit_runs,
    finditer_in_numbers,
    matches_at,
    number_windows,
)
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


# Patterns tried only where the digit runs they hold say they may start.
AT_PATTERNS = {
    "dni": (financial_ids._DNI, lambda t: financial_ids._dni_starts(digit_runs(t))),
    "pan": (financial_ids._PAN, lambda t: financial_ids._starts_before(digit_runs(t), 4, 5)),
    "fiscal": (
        financial_ids._IT_FISCAL,
        lambda t: financial_ids._starts_before(digit_runs(t), 2, 6),
    ),
}
AT_PATTERNS["iban"] = (
    financial_ids._IBAN,
    lambda t: financial_ids._letters_before(digit_runs(t), 2, space=False),
)
AT_PATTERNS["nino"] = (
    financial_ids._NINO,
    lambda t: financial_ids._letters_before(digit_runs(t), 2, space=True),
)
AT_SAMPLES = [
    "IBAN GB29 NWBK 6016 1331 9268 19, DE89370400440532013000, xGB29NWBK60161331926819",
    "NI QQ 12 34 56 C, AB123456D, BG123456A, xAB123456C, GB 12 34 56 A, ZY\t99 88 77 B",
    "DNI 12345678Z, X1234567L, 12345678-Z, Y7654321-K, 123456789Z, AX1234567L, 1234567Z",
    "PAN ABCPE1234F, AAAHB9999Z, XABCPE1234F, ABCPE12345F, ABCPE1234FG; ABCP1234F",
    "CF RSSMRA85T10A562S, rssmra85t10a562s, XRSSMRA85T10A562S, RSSMR85T10A562S",
    "12345678Z\u0663 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668Z",
]


@pytest.mark.parametrize("name", sorted(AT_PATTERNS))
@pytest.mark.parametrize("text", AT_SAMPLES)
def test_matches_at_digit_runs_on_samples(name: str, text: str) -> None:
    pattern, starts = AT_PATTERNS[name]
    for subject in (text, ScanText(text), text.upper()):
        found = _spans(matches_at(pattern, subject, starts(subject)))
        assert found == _spans(pattern.finditer(subject))


def test_at_samples_find_something() -> None:
    for name, (pattern, _) in AT_PATTERNS.items():
        assert sum(len(_spans(pattern.finditer(t.upper()))) for t in AT_SAMPLES) >= 2, name


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1234567", "8", "12", "3", "1234", "X", "Z", "ABCPE", "RSSMRA", "T", "-"])
        | st.sampled_from([" ", "a", "_", "\u0663", "\n", "A562S", "F", "GB", "QQ", "NWBK", "C"]),
        max_size=20,
    ),
    st.sampled_from(sorted(AT_PATTERNS)),
)
def test_matches_at_digit_runs_on_random_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    pattern, starts = AT_PATTERNS[name]
    assert _spans(matches_at(pattern, text, starts(text))) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 a.\u0663\u0664", max_size=50))
def test_digit_runs_are_the_runs_of_digits(text: str) -> None:
    assert digit_runs(text) == [m.span() for m in re.finditer(r"\d+", text)]


_STREETS = [
    "12 Main St, 6750 Koskikatu 25 and 12 rue Haute; 1a, 99 Oak Ave 4 / 123456 7 High Street",
    "x12 Main St, 1.2 Main St, 12-14 Main St, \u0661\u0662 Main Street, 3 Way Road",
]


@pytest.mark.parametrize("text", _STREETS)
def test_numbered_addresses_at_digit_runs(text: str) -> None:
    pattern = personal._ADDRESS_NUMBERED
    found = _spans(matches_at(pattern, text, [start for start, _ in digit_runs(text)]))
    assert found == _spans(pattern.finditer(text)) != []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["12", "6750", "1", " ", "Main", "St", "Koskikatu", "rue", "Haute", "a"])
        | st.sampled_from([",", ".", "-", "/", "\u0663", "Oak", "Ave", "x"]),
        max_size=14,
    )
)
def test_numbered_addresses_at_digit_runs_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern = personal._ADDRESS_NUMBERED
    found = _spans(matches_at(pattern, text, [start for start, _ in digit_runs(text)]))
    assert found == _spans(pattern.finditer(text))


PHONE_PATTERNS = {
    "shapes": (personal._PHONE_SHAPES, False),
    "trailing": (personal._PHONE_TRAILING_CUE, True),
}
PHONE_SAMPLES = [
    "call +41 (0)85 806 98 67 or +447700677662, (08) 8747 6301, 463-612-6138x036",
    "056 590 36 33 and 07123 456789; 555 123 4567 mobile; +1 (555) 123-4567 office",
    "a.+44 20 7946 0958 /0123 456 789 x-555-123-4567 12 3456 7890 home +(44) 7946 0958 cell",
    "\u0660\u0665\u0666 590 36 33, 0\u0663\u0664 590 36 33 Work, ++44 20 7946 0958",
    "(+44)7946095800 fax, +(0)20 7946 0958x12",
]


@pytest.mark.parametrize("name", sorted(PHONE_PATTERNS))
@pytest.mark.parametrize("text", PHONE_SAMPLES)
def test_phones_at_their_starts_on_samples(name: str, text: str) -> None:
    pattern, plus_paren = PHONE_PATTERNS[name]
    for subject in (text, ScanText(text), text.upper()):
        starts = personal._phone_starts(subject, plus_paren=plus_paren)
        assert _spans(matches_at(pattern, subject, starts)) == _spans(pattern.finditer(subject))


def test_phone_samples_find_something() -> None:
    for name, (pattern, _) in PHONE_PATTERNS.items():
        assert sum(len(_spans(pattern.finditer(t))) for t in PHONE_SAMPLES) >= 3, name


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["0", "12", "555", "7946", "+", "(", ")", " ", "-", ".", "x", "ext"])
        | st.sampled_from(["office", "Fax", "/", "a", "_", "@", "\u0663", "\n", "+("]),
        max_size=25,
    ),
    st.sampled_from(sorted(PHONE_PATTERNS)),
)
def test_phones_at_their_starts_on_random_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    pattern, plus_paren = PHONE_PATTERNS[name]
    starts = personal._phone_starts(text, plus_paren=plus_paren)
    assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))
