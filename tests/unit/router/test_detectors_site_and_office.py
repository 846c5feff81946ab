"""Requests from building sites, clinics and small offices: numbers only organisations
hold, codes keyed in with a star or a hash. Written for these tests (not taken from any
evaluation data), each next to look-alikes that must pass or be found.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found


# --- numbers only organisations hold -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is it still 0345 300 9923 for reporting a dangerous occurrence?",
        "the council says to book bulky waste on 0300 123 8080, tell the staff",
        "our leaflet lists 0808 802 0202 for the helpline, is that right",
        "is 0300 200 3300 only for employers or for everyone?",
        "the supplier's toll-free is 1-800-555-2368, can you add it to the sheet",
        "call (888) 555-2368 to reorder the test strips",
    ],
)
def test_numbers_in_organisations_ranges_are_no_phone(text: str) -> None:
    assert "phone" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Other countries' numbers in the same digits: eleven digits for a UK 03 number,
        # written 4-3-4 or in one run.
        ("new mobile for Kwabena in claims is 0302 774 915, pls update", "0302 774 915"),
        ("Name: Chise Horiguchi Phone: 0378 3549890", "0378 3549890"),
        ("his landline is 0161 834 2291, the one on file is wrong", "0161 834 2291"),
        ("my cell is 808-961-2274, call when the laptop is ready", "808-961-2274"),
    ],
)
def test_personal_numbers_next_to_those_ranges_are_found(text: str, value: str) -> None:
    assert value in found(text).get("phone", []), found(text)
