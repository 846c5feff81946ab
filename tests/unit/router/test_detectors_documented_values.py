"""Documented and staged values (written for these tests, not taken from any data):
reserved documentation addresses, AWS's published example key, the next line of a
config template, idioms and questions that look like whereabouts, phishing drills,
placeholder handles, questions for a form; and identity numbers behind a qualifier.
Each look-alike has a told-as-real twin that must stay local."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

LOOK_ALIKES = [
    # RFC 5737 ranges next to words that say the text illustrates something.
    "the wiki page shows server 198.51.100.40 as the documentation range, copy that?",
    "tabletop for friday: the attacker connects from 203.0.113.99, who blocks it?",
    "mock syslog line: 'Accepted publickey for deploy from 192.0.2.77' - parse it how?",
    # AWS's published example key, named as such.
    "our linter trips on AKIAIOSFODNN7EXAMPLE from the aws example policy, skip it?",
    # A template whose next line is its own (placeholder) pair.
    "env template:\nMAIL_PASSWORD=\nDB_PASSWORD=changeme\nis that ok to commit?",
    "config.sample has\nSECRET_KEY=<fill me>\nAPI_TOKEN=xxxxxxxx\nfor new starters",
    # "lives on in", "say in": idiom and hypothesis, not anyone's whereabouts.
    "the old intranet lives on in our bookmarks, can it be retired?",
    "if i'm working remotely for a month, say in Spain, allowed under the travel rules?",
    # A staged phish.
    "i clicked the link in last week's phishing test email, do i need the training again?",
    "in the tabletop someone clicked the link and typed their password - what's step one?",
    # Handles written to be replaced, questions for a form.
    "the footer shows @your_handle_here, swap it for the team account?",
    "maiden name for the form: which one do they mean, mine or my mum's?",
    "is there a template for near-miss reports in the depot?",
    "where do i find my PPS number, is it on the payslip?",
    # Health in the third person that is nobody's: writing, questions, exam cases.
    "she wrote a great blog post on dementia care for the newsletter",
    "does he need a flu jab if he works in the kitchen?",
    "Act as a GP. A 40 year old presents with a cough; she says she takes ibuprofen daily.",
]

TOLD = [
    "my home ip is 203.0.113.45 and the vpn drops",
    "our aws key AKIAIOSFODNN7EXAMPLE is in the public repo, rotate it",
    "env:\nMAIL_PASSWORD=\nDB_PASSWORD=Qm7!vRt2pLx9\nwhy does it fail",
    "i'm working from Lisbon all week, can you move my meetings",
    "she lives on Harbour Road near the mill",
    "i clicked the link in that email and typed my password",
    "someone took my laptop bag during the fire drill",
    "her handle is @tracey_k1987, can we block it",
    "maiden name for the card reset: Wanjiru",
    "we had a near-miss with the reach truck in aisle 9 this morning",
    # An identity number named by its local name, or after a qualifier.
    "PPSN 7720391WA - payroll says it doesn't match",
    "NI number for the agency temp on row 12: JT482719B",
    # Health of the person the writer deals with.
    "she has dementia now, can her daughter sign the tenancy forms",
    "he's on insulin so he needs his breaks on time",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_documented_and_staged_values_are_not_flagged(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize("text", TOLD)
def test_the_same_values_told_as_real_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A test someone runs or takes is no sign of a made-up value.
        (
            "Vessel VHF radio ser. 4471-0092 on MV Isle of Corran failed the weekly test again",
            "device_id",
            "4471-0092",
        ),
        (
            "my DOB is 12/03/1988, I need it for the driving test booking",
            "date_of_birth",
            "12/03/1988",
        ),
    ],
)
def test_a_check_that_is_run_or_taken_is_not_a_placeholder(
    text: str, kind: str, value: str
) -> None:
    assert value in found(text).get(kind, []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the test PIN is 0000, for demo?",
        "the demo user in the training tenant is test.user01 with DOB 01/01/1900, explain it",
        "the sample patient was born on 02/02/1960 in the test data",
    ],
)
def test_made_up_values_next_to_a_test_word_stay_made_up(text: str) -> None:
    assert not sensitive(text), found(text)


# Written for these tests: the streets, towns and people forms use for nobody, and
# values that are props in a scene or a game; each has a twin told as real.
PLACEHOLDER_RECORDS = [
    "for the slides use a dummy address like 1 Example Street, Anytown AB1 2CD",
    "demo record: Jane Sample, 4 Test Road, Anytown - why does the form reject it?",
    "ship the mock order to 14 Fake Street please, it's for the checkout demo",
    "the walkthrough logs in as 'Jane Doe, DOB 01/01/1970' - ok for trainees?",
    "In the training data 'John Citizen' owes nothing, can I screenshot his account?",
]
STAGED = [
    "we're filming a heist, the safe combo in the script is 1-2-3-4, too obvious?",
    "in our escape-room level the safe combo is 7-3-1, does the clue give it away?",
    "for the sitcom, a character's gamertag is xX_DarkLord_Xx - suggest a funnier one",
    "props list: the bomb's serial plate says ACME-0001, fine for the shot?",
    "in the game our robot's serial is RX-78, too close to Gundam?",
]
TOLD_AS_REAL = [
    "please send my payslips to 1 Elm Street, Leeds LS1 4AB from now on",
    "drop the blood sample at 12 Oak Road for the courier",
    "Mrs Patel, DOB 04/05/1961, is on the ward list",
    "the safe combo at the Leeds office is 7-3-1-9",
    "my son's gamertag is xX_Dark_99 and a stranger keeps messaging him",
    "in the deploy script the db password is Orchid!Hall77",
]


@pytest.mark.parametrize("text", PLACEHOLDER_RECORDS + STAGED)
def test_placeholder_records_and_props_are_not_flagged(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize("text", TOLD_AS_REAL)
def test_records_and_codes_told_as_real_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is a MAC like 00:00:5E:00:53:AF from the RFC examples - what are the first bytes?",
        "MAC format: colons or hyphens? like 00:1A:2B:3C:4D:5E vs 00-1A-2B-3C-4D-5E",
        "training doc uses host db.corp.invalid as the example, fine for the slides?",
        "why does nslookup intranet.example.local fail when i'm on the vpn?",
        "for the training quiz I wrote 'serial: XXXX-XXXX-XXXX', is that clear enough?",
        "How do I read the payslip - what does tax code 1257L mean?",
    ],
)
def test_documentation_network_values_and_shapes_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my laptop MAC is 3C:22:FB:91:0A:7E, please whitelist it",
        "the file server is fs02.corp.acme-logistics.local, it's down",
        "my account number is 12345678, why was the payment returned?",
    ],
)
def test_real_network_values_and_plain_numbers_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sherlock Holmes lived at 221B Baker Street, London NW1, right for the quiz slide?",
        "letter-writing exercise: is the PM's address just 10 Downing Street, London SW1A 2AA?",
        "the demo CRM still has 'Test Kunde, Musterstrasse 1, 0000 Musterstadt', delete it?",
        "'Flat 3, 12 Example Road' or '12 Example Road, Flat 3' - which order is right?",
        "For my novel: the landlady lives at 14 Gullrock Lane, Fenmouth (Fenmouth is invented)",
        "for the slides I'll use jan.jansen@voorbeeld.nl as the dummy mail, ok?",
        "In the play the detective reads out a phone number, 555-0142. OK to print?",
        "style guide says fictional UK landlines use 01632 960xxx. Is 01632 960983 inside it?",
        "in the training scenario the caller gives 01234 567890, what should the agent do",
        "the passport image in the training deck is the Angela Zoe UK Specimen one, ok?",
        "The sample CSV in the import guide has 'Ada Lovelace, ada@example.com'. Mandatory?",
        "mona lisa is public domain yes? slides",
    ],
)
def test_landmarks_fiction_and_sample_files_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "call me on 555-0142 tonight",
        "my address is 14 Gullrock Lane, Fenmouth",
        "send the contract to jan.jansen@bouwbedrijf.nl please",
    ],
)
def test_the_same_values_told_as_ones_own_stay_local(text: str) -> None:
    assert sensitive(text), found(text)
