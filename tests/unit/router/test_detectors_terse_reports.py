"""Reports typed in a hurry or told through what was captured: a phishing click without
its "my", a vehicle's own number, a near miss, a recording of someone's words. Written
for these tests (not taken from any evaluation data), each next to look-alikes that
must pass.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    "text",
    [
        "clicked dodgy docusign link, entered password",
        "opened the attachment in that fake 'HR' mail and typed creds",
    ],
)
def test_a_hurried_phishing_report_is_an_incident(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what happens if a user clicked a phishing link and entered password?",
        "training slide: if you clicked a link and entered password, report it at once",
    ],
)
def test_someone_elses_supposed_click_passes(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("VIN 1HGCM82633A004352 for the pool car Dave crashed", "1HGCM82633A004352"),
        ("the forklift chassis no. H2X391K04712 has a leak", "H2X391K04712"),
        ("engine number 4G63T-ZK88231 on the site generator", "4G63T-ZK88231"),
    ],
)
def test_a_vehicles_own_number_is_a_device_id(text: str, value: str) -> None:
    assert found(text).get("device_id") == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "where do I find the VIN on a Ford Transit?",
        "what is a chassis number used for?",
        "a bottle of vin Rouge 2019 for the leaving do",
        "engine no. on the insurance form, what goes there?",
    ],
)
def test_where_the_number_is_printed_passes(text: str) -> None:
    assert "device_id" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "near miss report: Raj almost fell through an open floor hatch on mezzanine C",
        "Tom nearly got hit by the reversing forklift in bay 4",
        "the new picker narrowly got trapped between two cages this morning",
    ],
)
def test_a_near_miss_told_as_it_happened_is_an_incident(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I almost fell off my chair when I saw the price",
        "how do we stop people who nearly fell off a ladder from climbing again?",
        "what should happen if someone almost fell through a hatch?",
    ],
)
def test_near_miss_idioms_and_questions_pass(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "here's a screenshot of the WhatsApp group where Jason called the new girl names",
        "tidy this transcript of the Teams call where Neil admits he falsified the record",
        "tidy this transcript of the call where Neil admits he skipped the pressure test",
        "video of the two supervisors arguing in the canteen is going round, I've got it",
    ],
)
def test_someone_captured_saying_or_doing_it_is_personal_media(text: str) -> None:
    assert "personal_media" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I get a transcript of the Teams call where the recording stopped?",
        "the training video uses actors arguing about a shift swap",
    ],
)
def test_captures_without_anyone_in_them_pass(text: str) -> None:
    assert not sensitive(text), found(text)
