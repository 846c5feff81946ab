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
def test_numbers_in_organisations_ranges_are_not_phones(text: str) -> None:
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


# --- a practice's own material, and training cases ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "put NHS 111 and the Samaritans (116 123) in the footer of our pharmacy leaflet",
        "explain HbA1c targets in plain English for our counselling leaflet, 2 pages max",
        "the physio newsletter for March needs 3 stretches for desk workers",
        "Training case: 'Patient A, 45M, grade II ankle sprain, ROM limited.' Write SOAP notes",
        "mock case for the new dispensers: Mr B, 70, on warfarin, asks for ibuprofen",
    ],
)
def test_a_practices_material_and_training_cases_are_not_health_data(text: str) -> None:
    assert "health" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "our pharmacy bill is 340 this month for my mum's meds",
        "my therapy costs 60 a session and I can't keep paying it",
        "Aoife's sprain is worse, she's off until the 14th",
    ],
)
def test_health_told_next_to_those_words_is_found(text: str) -> None:
    assert "health" in found(text), found(text)


# --- codes keyed in with a star or a hash ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gate fob's dead so the temp code is *2580, pass it to the pour crew", "2580"),
        ("the side entrance is 3917# from tomorrow", "3917"),
        ("staff entrance at the clinic is 1397 star, text that to the new physio", "1397"),
        ("compound gate now 4471 then hash", "4471"),
    ],
)
def test_a_code_written_as_it_is_keyed_in_is_a_credential(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "dial *1345# to check your balance",
        "dial *1345 to top up airtime",
        "the default code on these keypads is 1234#, how do I change it?",
        "# 2024 roadmap: see issue #4521 about the door sensor",
        "int *code = buf; code[4096] = 0;",
        "the example entry code in the manual is 2580#",
    ],
)
def test_service_codes_defaults_and_code_are_not_credentials(text: str) -> None:
    assert "credential" not in found(text), found(text)


# --- incidents told as a story ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "reception sent the vaccine reminder to all clients with everyone in CC not BCC",
        "someone left the redundancy shortlist on the printer and half the office saw it",
        "the USB with the alarm layout for the Reids' house got lost on the Tube",
        "someone pretending to be our CEO got Lisa to pay £18k to a new supplier yesterday",
        "a scammer posing as our MD emailed accounts and they transferred 9,400 to him",
    ],
)
def test_incidents_told_as_a_story_are_found(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I send the newsletter so nobody is in cc, not bcc?",
        "who left their lunch on the printer?",
        "I lost my umbrella on the train again",
        "how do we train staff to spot someone pretending to be the CEO asking them to pay?",
        "write a phishing simulation where someone posing as our CFO asks for gift cards",
    ],
)
def test_how_tos_and_lost_umbrellas_are_not_incidents(text: str) -> None:
    assert "incident" not in found(text), found(text)


# --- pay listed by name --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Q3 bonuses: Sinead 2.5k, Paddy 1.8k, Joe nothing. write a msg to the MD",
        "tidy into a table: bonuses Amara £600, Leo £450, Beth nil, Sunil £450",
    ],
)
def test_bonuses_listed_by_name_are_financial(text: str) -> None:
    assert "financial_info" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "salary bands: junior 30k, senior 45k",
        "commission options: flat £500, tiered £750 - which motivates more?",
        "pay: monthly £2,000, weekly £460 - which is better for budgeting?",
    ],
)
def test_pay_scales_and_options_are_not_anyones_pay(text: str) -> None:
    assert "financial_info" not in found(text), found(text)


# --- a kind of risk, or the work against it --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "our bank details are printed on every invoice - is that a fraud risk?",
        "our phishing training module is overdue for 40 staff",
        "update the harassment policy wording for the new handbook",
    ],
)
def test_talk_of_a_risk_or_its_prevention_is_not_an_incident(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we had a fraud last week, someone changed our supplier's bank details",
        "my manager keeps bullying me in meetings",
    ],
)
def test_the_same_words_telling_what_happened_are_an_incident(text: str) -> None:
    assert "incident" in found(text), found(text)
