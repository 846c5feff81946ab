"""Numbers spelled out in words are read as digits, and findings point at the words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import scan
from router.detectors._spoken_digits import spell_digits
from tests.unit.router._detect import RULES, found


def test_groups_become_digits_with_spaces_between_them() -> None:
    text = "call me on oh one six two, nine four seven, double three five"
    spelled = spell_digits(text)
    assert spelled is not None
    assert spelled.text == "call me on 0162 947 335"


def test_spans_map_back_to_the_words() -> None:
    text = "pin: seven two nine one please"
    spelled = spell_digits(text)
    assert spelled is not None
    start = spelled.text.index("7291")
    assert spelled.span(start, start + 4) == (text.index("seven"), text.index(" please"))
    # Copied text keeps its offsets on both sides of the run.
    assert spelled.span(0, 3) == (0, 3)
    after = spelled.text.index("please")
    assert text[slice(*spelled.span(after, after + 6))] == "please"


def test_part_of_a_group_maps_to_its_own_words() -> None:
    text = "x four five six y"
    spelled = spell_digits(text)
    assert spelled is not None and spelled.text == "x 456 y"
    assert text[slice(*spelled.span(3, 4))] == "five"


@pytest.mark.parametrize(
    "text",
    [
        "one or two things to check",
        "the two of us, one team",
        "plain digits 0770 123 456 stay as they are",
        "one two",
    ],
)
def test_prose_is_left_alone(text: str) -> None:
    assert spell_digits(text) is None


def test_a_dictated_phone_number_is_found_over_the_words() -> None:
    text = "my cell is oh seven eight eight one, two three four, five six seven"
    hits = found(text)
    assert hits.get("phone") == ["oh seven eight eight one, two three four, five six seven"]


def test_digit_words_joined_by_dashes_make_one_group() -> None:
    text = "ring me, oh-seven-nine-one-two, three-three-eight, five-one-four"
    spelled = spell_digits(text)
    assert spelled is not None and spelled.text == "ring me, 07912 338 514"
    assert found(text)["phone"] == ["oh-seven-nine-one-two, three-three-eight, five-one-four"]


def test_a_dictated_card_and_code_are_found() -> None:
    text = "card is five one one one, two two two two, three three three three, four four four four"
    assert "bank_account" in found(text) or "credit_card" in found(text)
    assert found("the cvv is three one four")["card_security_code"] == ["three one four"]


def test_spelled_words_without_a_cue_are_not_findings() -> None:
    # The rules (see ``_detect``): what the trained model adds on look-alikes is measured
    # by benchmarks/disclosure_lookalikes.py, not asserted text by text.
    assert scan("count one two three four and then breathe", RULES) == []


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("ten dot zero dot five dot twenty two", "10.0.5.22"),
        ("one nine two dot one sixty eight dot one dot twenty", "192.168.1.20"),
        ("one hundred and seventy two dot sixteen dot zero dot nine", "172.16.0.9"),
        ("10 dot 4 dot 17 dot two hundred one", "10.4.17.201"),
    ],
)
def test_an_address_read_out_with_dot_is_written_as_one(said: str, written: str) -> None:
    spelled = spell_digits(f"the box is on {said} now")
    assert spelled is not None and spelled.text == f"the box is on {written} now"
    start = spelled.text.index(written)
    assert spelled.span(start, start + len(written)) == (14, 14 + len(said))


def test_a_dictated_address_is_found_over_the_words() -> None:
    text = "our monitoring box is on ten dot zero dot five dot twenty two, port 8080"
    assert found(text)["ip_address"] == ["ten dot zero dot five dot twenty two"]


@pytest.mark.parametrize(
    "text",
    [
        "version one dot two dot three",  # three dots: not an address
        "three hundred dot one dot two dot three",  # 300 is no octet
        "five dot five dot five dot five dot five",  # five parts
    ],
)
def test_dotted_words_that_are_no_address_stay_words(text: str) -> None:
    spelled = spell_digits(text)
    assert spelled is None or "." not in spelled.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["one", "oh", "two", "double", "nine", "7", "42", "x", ",", "-", " ", "dot", "twenty"]
        ),
        max_size=30,
    )
)
def test_every_span_maps_inside_the_text(parts: list[str]) -> None:
    text = " ".join(parts)
    spelled = spell_digits(text)
    if spelled is None:
        return
    for start in range(len(spelled.text)):
        for end in range(start, min(len(spelled.text), start + 6) + 1):
            o_start, o_end = spelled.span(start, end)
            assert 0 <= o_start <= o_end <= len(text)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece",
    ["one ", "oh,", "double ", "nine 1234 ", "o-", "one two x ", "ten dot ", "one sixty dot "],
)
def test_long_runs_of_digit_words_finish(piece: str) -> None:
    assert isinstance(scan(piece * (200_000 // len(piece))), list)
