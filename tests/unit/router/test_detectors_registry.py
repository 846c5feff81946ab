"""The detector registry contract: names, levels, redactability, scan results."""

from __future__ import annotations

import pytest

from router.detectors import available, default_level, registry, scan
from router.detectors._shared import ScanText
from router.detectors.registry import default_redactable, describe
from router.levels import Level


def test_available_is_sorted_and_unique() -> None:
    names = available()
    assert names == sorted(set(names))
    assert len(names) >= 30


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("email", Level.CONFIDENTIAL),
        ("credit_card", Level.CONFIDENTIAL),
        ("us_ssn", Level.RESTRICTED),
        ("private_key", Level.RESTRICTED),
        ("api_token", Level.RESTRICTED),
        ("credential", Level.RESTRICTED),
        ("health", Level.CONFIDENTIAL),
        ("marker_restricted", Level.RESTRICTED),
        ("marker_confidential", Level.CONFIDENTIAL),
        ("marker_internal", Level.INTERNAL),
        ("private_ip", Level.INTERNAL),
    ],
)
def test_default_levels(name: str, level: Level) -> None:
    assert default_level(name) == level


def test_personal_credential_health_and_financial_types_default_to_confidential_or_more() -> None:
    for name in available():
        if name.startswith("marker_") or name == "private_ip":
            continue
        assert default_level(name) >= Level.CONFIDENTIAL, name


def test_values_are_redactable_topics_and_markers_are_not() -> None:
    assert default_redactable("email")
    assert default_redactable("api_token")
    assert not default_redactable("health")
    assert not default_redactable("marker_confidential")


def test_every_detector_is_described() -> None:
    for name in available():
        assert len(describe(name)) > 10


def test_unknown_detector_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="email"):
        default_level("no_such_detector")
    with pytest.raises(KeyError, match="no_such_detector"):
        scan("text", ["no_such_detector"])


def test_scan_selects_detectors_and_sorts_by_offset() -> None:
    text = "CONFIDENTIAL: write to ana@acme.io, card 4539 1488 0343 6467"
    only_email = scan(text, ["email"])
    assert [m.type for m in only_email] == ["email"]
    everything = scan(text)
    assert [m.start for m in everything] == sorted(m.start for m in everything)
    assert {"email", "credit_card", "marker_confidential"} <= {m.type for m in everything}


def test_spans_index_the_original_text() -> None:
    text = "mail: ana@acme.io"
    (m,) = scan(text, ["email"])
    assert text[m.start : m.end] == "ana@acme.io"


def test_empty_text_finds_nothing() -> None:
    assert scan("") == []


@pytest.mark.parametrize(
    "text",
    [
        "the SERIAL is on the box",
        "my_serial_number=7",  # inside an identifier
        "SERİAL",  # "İ" lower-cases to two characters
        "\u212aEY on the desk",  # Kelvin sign: lower case "k"
        "ſerial",  # long s: no ASCII lower case, the trigger is not there
        "nothing to see",
        "x" * 50,
    ],
)
def test_trigger_check_agrees_with_a_search_through_the_lower_cased_text(text: str) -> None:
    # The distinct words rule triggers out before the text is searched: never wrongly.
    scan_text = ScanText(text)
    lowered = scan_text.lower()
    for name in available():
        triggers = registry._get(name).triggers
        expected = any(t in lowered for t in triggers)
        assert registry._triggered(scan_text, lowered, triggers) is expected, name
