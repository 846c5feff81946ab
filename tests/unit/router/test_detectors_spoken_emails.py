"""Spelled-out e-mail addresses: found from each "at", the same as a full regex scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors.personal import _SPOKEN_AT, _find_spoken_emails, _spoken_ats


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="at [()]xc", max_size=40))
def test_at_positions_match_a_full_scan(text: str) -> None:
    assert [m.span() for m in _spoken_ats(text)] == [m.span() for m in _SPOKEN_AT.finditer(text)]


def test_a_spelled_address_spans_local_part_to_domain() -> None:
    text = "reach me: k.ola77 at gmx dot de, thanks"
    assert [text[a:b] for a, b in _find_spoken_emails(text)] == ["k.ola77 at gmx dot de"]


def test_a_website_is_not_an_address() -> None:
    assert list(_find_spoken_emails("the manual is at python dot org")) == []
