"""Requests from line managers, security desks and letting agents: a colleague's condition
told while asking for wording, harassment and losses told in passing, codes of rooms and
cupboards. Written for these tests (not taken from any evaluation data), each next to
look-alikes that must pass.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found


# --- a named colleague's condition inside a request for wording ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "How do I let the team know Siobhan is off Fridays for a while because of her chemo?",
        "how should I explain to the rota group that Marek needs mornings off for his dialysis?",
        "draft a note to the team that Gareth is on a phased return after his surgery",
        "write a reminder for the night shift that Priya's on a phased return, no overtime",
        "Lerato does chemo Tue/Thu so book her inspections on Mondays",
        "Nomvula goes to dialysis three times a week, keep her calendar clear after 2",
        "Write an adjustments summary for Dmitri: dyslexic, needs agendas a day early",
        "summarise for the rota: Agnieszka is pregnant, no lifting, no nights from June",
    ],
)
def test_a_named_colleagues_condition_in_a_request_is_health(text: str) -> None:
    assert "health" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I support a colleague going through her IVF?",
        "write an essay about autism in the workplace, 800 words",
        "Write a short bio: Serena Williams has spoken about her blood clots",
        "how should a manager talk about his chemo with a new starter?",
        "write a guide on how a phased return works for line managers",
        "how does a phased return usually work after long covid?",
        "Should our menopause policy mention employee numbers at all?",
        "draft an agenda for the disability network meeting on Thursday",
        "can a manager ask an employee why they're off sick?",
        "is it ok to text someone who's off sick to ask about handover?",
        "Stats figure for % of renters living with a disability, for the housing report",
        "Every week, Madeline buys food and medicine for her dog. How much does she spend?",
    ],
)
def test_guidance_policies_and_people_in_general_are_not_health(text: str) -> None:
    assert "health" not in found(text), found(text)


# --- harassment, theft and fraud told in passing ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bronwyn says the contractor made sexual comments to her in the plant room on Monday",
        "the new supervisor keeps commenting on her body, Keeley wants to know what to do",
        "Tobias got mocked in the huddle for his stammer and hasn't been back since",
        "CCTV shows a cleaner walked out of the depot with two laptops and a dock last night",
        "our bookkeeper paid $12,400 to a fake supplier account on Monday, what now",
        "intimate pics of a trainee are being shared round the warehouse by a driver",
        "sent the rent reminder to all 40 tenants in To: not Bcc, everyone's emails showing",
        "the office PC has a ransom note this morning and the scans all end in .crypt",
        "Declan's van broken into overnight, the master keys for 9 flats were in it",
        "write a note for HR: Craig punched Darnell by the loading bay at 6",
        # Told inside a question about what to do
        "how do I report that Yasmin got groped at the leaving do by a supplier?",
        "what's the process, Joanne's purse was stolen from the staff room",
        "how should I log it - Tariq lost the site laptop on the train",
    ],
)
def test_harassment_theft_and_fraud_told_in_passing_are_incidents(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "inappropriate comments to her are never ok, put that in the code of conduct",
        "how do we stop kids getting teased for being different?",
        "I got teased for the haircut lol, anyway can you fix the formula",
        "she walked out of the meeting with a smile, the client loved it",
        "what should we do if intimate pics of an employee are being shared?",
        "fiction prompt: a receptionist finds a data leak in the archive, write the opening",
        "training video script: 'I clicked a link - now what?'",
        "tabletop: a deepfake video of our chair circulates on social media, list the injects",
        "what to do if a car broken into has the site keys in it",
        "write a story where Craig punched Darnell by the loading bay",
        "how do I report harassment to Yasmin in HR?",
        "how do I support a colleague who got groped at a party?",
        "what if Tariq lost his badge on the bus, who does he call?",
    ],
)
def test_rules_exercises_and_stories_are_not_incidents(text: str) -> None:
    assert "incident" not in found(text), found(text)


# --- codes of rooms and cupboards, drama numbers -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("prayer room's 7391# from Monday, print a sign", "7391"),
        ("the key cupboard changed to 552817, update the handover sheet", "552817"),
        ("drugs cupboard is now 40918, don't write it on the whiteboard", "40918"),
    ],
)
def test_codes_of_rooms_and_cupboards_are_credentials(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the key cupboard is 1200 mm wide, will it fit behind the door?",
        "the stationery cupboard changed to the second floor",
    ],
)
def test_cupboard_sizes_and_moves_are_not_credentials(text: str) -> None:
    assert "credential" not in found(text), found(text)


def test_a_drama_range_number_in_a_case_study_is_not_a_phone() -> None:
    text = (
        "For our training case study, 'Sam lists her brother as emergency contact on "
        "01632 960555' - is that number in the fictional range?"
    )
    assert "phone" not in found(text), found(text)


def test_the_writers_own_number_in_the_drama_range_is_still_a_phone() -> None:
    text = "my number is 07700 900417, put it on the training slides as the contact"
    assert "phone" in found(text), found(text)


def test_a_speaker_of_a_public_talk_is_not_personal_data() -> None:
    text = "summarise the public webinar on grief by Lucia Fernandez, it's on YouTube"
    assert "person_name" not in found(text), found(text)


def test_a_name_on_an_internal_invite_list_is_still_found() -> None:
    text = "add Lucia Fernandez to the webinar invite list for Thursday"
    assert "person_name" in found(text), found(text)
