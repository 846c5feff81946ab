"""Text pasted from OCR, scans, photos of labels and screenshots: digits read as letters
("BSN: l73O48922"), a passport's machine-readable zone, a maternity form's due week, who is
signed in on a screenshot, and a business's own brochure. Written for these tests (not
taken from any evaluation data), each next to look-alikes that must pass.
"""

from __future__ import annotations

import pytest

from router.detectors._ocr_digits import ocr_digits
from tests.unit.router._detect import found


def _flagged(text: str) -> set[str]:
    """The rules that fired (the trained whole-request model is left out)."""
    return set(found(text))


def test_look_alike_letters_inside_a_number_read_as_digits() -> None:
    view = ocr_digits("BSN: l73O48922 naam: Pieter")
    assert view is not None
    assert view.text == "BSN: 173048922 naam: Pieter"
    assert view.span(5, 14) == (5, 14)


@pytest.mark.parametrize("text", ["lol IO O2 l0l", "4Olympics Hello2024", "the O'Neill 2024 file"])
def test_words_and_names_stay_words(text: str) -> None:
    assert ocr_digits(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("clean this up: 'BSN: l73O48922 naam: Pieter de Vries'", "id_number"),
        ("envelope says: 'Door keypad code changed to 4O71# from Monday'", "credential"),
        ("OCR from the SIM holder: PIN 1l93 PUK 58203l47", "card_security_code"),
    ],
)
def test_numbers_misread_by_ocr_are_found(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


def test_a_passports_machine_readable_zone() -> None:
    text = "what does this say: P<GBRHALLORAN<<SEAN<PATRICK<<<<<<<<<<<<<<<<<<< then the numbers"
    assert "id_number" in _flagged(text)
    # ICAO Doc 9303's specimen (issued by Utopia), and chevrons in code.
    specimen = "the ICAO specimen MRZ 'P<UTOERIKSSON<<ANNA<MARIA' - explain each part"
    assert "id_number" not in _flagged(specimen)
    assert "id_number" not in _flagged("in C++ write std::cout << x << y; vector<vector<int>> v")


def test_a_maternity_forms_due_week() -> None:
    assert "health" in _flagged("photo of a MATB1: 'Expected week of confinement 14/09 - Kerry'")
    assert "health" not in _flagged("what is the expected week of confinement on a MATB1?")


def test_who_is_signed_in_on_a_screenshot() -> None:
    assert "account_profile" in _flagged("from a screenshot: 'Welcome back, oliverw_1994! Orders:'")
    assert "account_profile" not in _flagged("Welcome back, John! Here is the news")


def test_someone_escorted_out() -> None:
    text = "Stuart refused to leave the building and had to be escorted out by Jen"
    assert "incident" in _flagged(text)
    assert "incident" not in _flagged("visitors must be escorted out by security at 6pm")


def test_an_address_in_the_businesss_own_brochure_passes() -> None:
    brochure = "clean up this OCR from our brochure: 'Visit our showroom at Unit 12 Kembrey Park'"
    assert "street_address" not in _flagged(brochure)
    assert "street_address" in _flagged("my address is 5 High St, put it on the flyer")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("save these: github recovery 8f3a1-c92d0 4b7e2-1a9f5 d03c8-7e611", "credential"),
        ("reply: 'we found your Surface (0F3K9B2093H1), couriered tomorrow'", "device_id"),
        ("use 7NBTM-YQ2XP-HK8WC-PV4D3-R9G6J during setup on the CFO's home PC", "device_id"),
        ("draft the final written warning for Sinead Carr, third absence this quarter", "incident"),
    ],
)
def test_values_in_requests_to_act(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "disaster recovery plan v2, see sections 4a2b-1 and 5c3d-2",
        "the laptop (Dell) is fine, the dock is not",
        "set up the pipeline with the ABCDE-FGHIJ-KLMNO-PQRST-UVWXY placeholder",
        "draft a final written warning template for [Employee Name]",
        "how long does a verbal warning to an employee stay on file?",
    ],
)
def test_their_look_alikes_pass(text: str) -> None:
    assert not _flagged(text) & {"credential", "device_id", "incident"}, _flagged(text)


def test_someones_private_message_pasted() -> None:
    text = "make Deepak's Slack message to me sound like a haiku: 'if standup runs late I quit'"
    assert "personal_media" in _flagged(text)
    assert "personal_media" not in _flagged("Microsoft's Teams message limit is what? 'chars'")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Our policy says staff must report any near miss within 24 hrs, reword it", "incident"),
        ("Is it ok for a manager to ask why someone is off sick? general rules", "health"),
    ],
)
def test_rules_about_anyone_pass(text: str, kind: str) -> None:
    assert kind not in _flagged(text)


def test_someones_near_miss_and_sick_day_still_count() -> None:
    assert "incident" in _flagged("there was a near miss with the forklift and Dave yesterday")
    assert "health" in _flagged("Priya is off sick today, cover her desk")


def test_what_a_named_person_owes() -> None:
    assert "financial_info" in _flagged("Sarah owes us £300 for the deposit, chase her")
    assert "financial_info" not in _flagged("Amazon owes us 300 for the refund")
    assert "financial_info" not in _flagged("In the story, Sarah owes the bank 300 gold coins")
