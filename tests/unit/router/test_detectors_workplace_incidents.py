"""Incidents at work told by what happened (written for these tests, not taken from
any data): shortfalls, injuries, misconduct, harassment, antivirus alerts, wrong
doses; next to the questions and plans that use the same words."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

HAPPENED = [
    "the forklift in bay 2 pinned Dariusz's foot this morning, which form is it",
    "drugs count is 12 diazepam 5mg short and only two of us had the keys",
    "welder Tomasz lost 2 fingers on the press line today, how do we tell HSE",
    "wrong dose of insulin given to a resident last night, she is fine now",
    "cashier Ama suspended today for a till shortfall, what do I tell the team",
    "write this up for HR: the Cairns branch till was $940 short after the late shift",
    "the new porter has been turning up smelling of alcohol, what is the process",
    "a customer keeps following our weekend girl to her car after close",
    "Sophos flagged a keylogger on reception-pc-2 after the invoice zip",
    "back door was open this morning and the cash tin is empty",
    "a man at the pool kept filming the kids' swimming class, lifeguard asked him to stop",
    "a patient punched the night nurse on ward 6, she's shaken",
    "ammonia leak in the cold store, two pickers evacuated and one still coughing",
    "she was taken to hospital after the shelving came down on her",
    "complaint: the duty manager allegedly groped a new starter at the staff party",
    "our groomer got bitten by a husky this morning, accident book entry pls",
    "the apprentice needed 4 stitches after the saw slipped",
    "a payroll clerk posted the salary spreadsheet to the all-staff whatsapp group",
    "Craig punched Darnell, aisle 12. write-up?",
    "a customer slapped our cashier this morning",
    "an agent put a customer's claim details in a TikTok, it's at 20k views",
    "3 vials from controlled fridge 4 are gone, only two of us swiped in",
    "Chloe has been putting the nitrous cylinders in her car boot after close",
]
QUESTIONS = [
    "what do we do if the till is short at the end of the day?",
    "how should we record a wrong dose given to a patient?",
    "our store is 5 staff short this week, can you redo the rota",
    "the account was suspended for non-payment, how do I reactivate?",
    "the film was 20 minutes short of the festival limit",
    "What's the procedure when a forklift pinned someone's leg?",
    "the service was suspended today for maintenance",
    "how do we stop customers filming staff on the shop floor?",
    "does defender detect a trojan hidden in a zip file?",
    "what if a volunteer gets bitten by a dog during a home visit?",
    "how many stitches does a deep cut need?",
    "Unable to stop, the woman hit the man's car into a median.",  # a car, not a person
    "Gunther, the gorilla, hit Arnold with a banana",  # no known given name, no person word
    "Tom hit the ball into the car park",
    "what's the rule if staff have been putting their bags in the stockroom?",
    "near miss vs incident in mining safety reporting — what's the difference?",
    "Equifax breach 2017 — how many records were exposed? for a slide",
    "incident vs near miss in health and safety — what's the difference",
    "reset link in the email expired before i clicked it, can i get another one sent?",
]


@pytest.mark.parametrize("text", HAPPENED)
def test_incidents_told_as_they_happened_stay_local(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_questions_and_plans_pass(text: str) -> None:
    assert not sensitive(text), found(text)


def test_long_runs_stay_linear() -> None:
    # Each branch is bounded: long runs of cue words cannot make the scan quadratic.
    text = "till " * 20000 + "short " * 20000 + "the customer " * 10000
    assert "incident" not in found(text)


def test_papers_left_in_public_may_take_six_words() -> None:
    text = "left a folder of guest passport copies on the train to Swansea"
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "For our crime drama script, a porter finds a body in room 404. It's all fiction.",
        "Our new play is about a ransomware attack on a hospital, can IT advise on dialogue?",
    ],
)
def test_plays_and_dramas_invent_their_incidents(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "a DB dump with patient names from our clinic client showed up on a Telegram channel",
        "our customer database is being sold on a dark web forum",
        "found a USB stick in the lobby this morning with all staff IC numbers on it",
    ],
)
def test_data_turning_up_where_it_should_not_is_an_incident(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what should we do if our data is being sold on a dark web forum?",
        "if you found a USB stick with staff records, what is the procedure?",
        "how do dark web forums price stolen card numbers? for a training slide",
    ],
)
def test_questions_about_data_turning_up_pass(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2 commis chefs have made a harassment complaint against our head chef", "incident"),
        ("Connor turned up for shift smelling of alcohol, refused the test", "incident"),
        ("Sam called agency worker Priya 'useless' in front of the whole line", "incident"),
        (
            "someone posted a TikTok of our night shift lead Sarah crying in the car park",
            "personal_media",
        ),
        ("alarm set/unset at the depot is 5530, text the new cleaner", "credential"),
    ],
)
def test_hr_matters_told_as_they_happened_are_found(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client has filed a complaint against her current therapist. You should: A. ...",
        "what do we do if someone turns up drunk for a shift?",
        "how do I make a complaint against my landlord?",
        "can staff post a video of a customer being restrained?",
    ],
)
def test_the_same_words_in_questions_and_exams_pass(text: str) -> None:
    assert not {"incident", "personal_media"} & set(found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a discharge letter for one patient was posted to a different patient", "incident"),
        ("the donor spreadsheet with 3,000 names went to a mailing list by accident", "incident"),
        ("receptionist left the appointments list open on a public kiosk screen", "incident"),
        ("teacher on leave is actually in rehab for alcohol", "health"),
        ("Jayden takes Concerta 36mg each morning", "health"),
        ("Julie is getting a 6% rise to $61,480, keep it quiet", "financial_info"),
    ],
)
def test_misdirected_records_and_private_matters_told_in_passing(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what happens if a payslip is sent to the wrong address?",
        "adults taking ibuprofen 400mg should eat first",
        "Our charity shop's public number is on the website, 0131 496 0000, write a listing",
    ],
)
def test_guidance_and_public_numbers_pass(text: str) -> None:
    assert not sensitive(text), found(text)
