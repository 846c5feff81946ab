"""Reports from the field and the back office: a dictated password, a safe read out, a
device's serial by its vendor's shape, a record lost on the road, someone's pay or
health told in passing. Written for these tests (not taken from any evaluation data),
each next to look-alikes that must pass.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive


# --- credentials -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iDRAC on the storage box is still root / 9XK2M7QP from the tag", "9XK2M7QP"),
        ("new card for the bar: guest net CAFE-Guest / Lemon2025! for customers", "Lemon2025!"),
        ("the till one is tills@harbourside / Tid3Pool# when you log in", "Tid3Pool#"),
    ],
)
def test_a_login_and_password_pair_is_a_credential(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I log in to the Dell/HP support site with SSO?",
        "the default is admin / admin on these switches, how do I change it",
        "part numbers: Administrator / ABCDEFGH is the placeholder in the template",
    ],
)
def test_a_pair_that_is_no_password_passes(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "snmp ro community on the depot switches is d3p0tRO!, can we rotate it",
        "the community string for SNMP on the UPS units = ups_m0n_44",
    ],
)
def test_an_snmp_community_is_a_credential(text: str) -> None:
    assert "credential" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the snmp community string is public by default, should we change it?",
        "what is an SNMP community string?",
    ],
)
def test_a_default_or_unnamed_community_passes(text: str) -> None:
    assert "credential" not in found(text), found(text)


def test_a_hex_token_told_after_its_name_is_a_credential() -> None:
    text = "the sendgrid api key, the one ending ...9f1e: 4b7d0c2e9a81f6357e0d2c4b1a9f3e6d"
    assert found(text).get("credential") == ["4b7d0c2e9a81f6357e0d2c4b1a9f3e6d"], found(text)


def test_a_hash_named_as_one_passes() -> None:
    text = "the md5 of the api key file is 4b7d0c2e9a81f6357e0d2c4b1a9f3e6d, does it match?"
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the safe in the cellar goes thirty one right nine left twenty two right",
        "safe code is 31 right, 9 left, 22 right",
    ],
)
def test_a_dial_read_number_first_is_a_credential(text: str) -> None:
    assert "credential" in found(text), found(text)


def test_directions_are_not_a_dial() -> None:
    text = "from the safe deposit office take the second left then first right and third left"
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "wifi password equals harbour underscore two six exclamation mark",
        "sign into the rota app with bluebird nine four capital B no spaces",
    ],
)
def test_a_password_read_out_is_a_credential(text: str) -> None:
    assert "credential" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the password is at least eight characters with a capital letter and two numbers",
        "passwords must be twelve characters, no spaces, with one or two symbols",
    ],
)
def test_a_password_rule_read_out_passes(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the on-call tablet unlocks with 661904, add it to the night pack",
        "side door keypad opens with 5182",
    ],
)
def test_a_code_told_by_what_it_opens_is_a_credential(text: str) -> None:
    assert "credential" in found(text), found(text)


def test_a_demo_unlock_code_passes() -> None:
    assert "credential" not in found("the demo tablet unlocks with 0000")


@pytest.mark.parametrize(
    "text",
    [
        "microsoft's public KMS client key for Win10 Pro is W269N-WFGWX-YVC9B-4J6C9-T83GX",
        "the Stripe docs example key is sk_test_4eC39HqLyjWDarjtT1zdp7dc, ok for our README?",
    ],
)
def test_a_key_its_vendor_publishes_passes(text: str) -> None:
    assert "credential" not in found(text), found(text)


# --- devices ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("core switch is a Catalyst 9500, FDO2331X0AB, needs a smartnet renewal", "FDO2331X0AB"),
        ("return this drive, ser 7HQ2K9ZA, clicking noise", "7HQ2K9ZA"),
        ("they want the plc serial, it's K88B-10277, anything else?", "K88B-10277"),
    ],
)
def test_a_serial_by_shape_or_short_cue_is_a_device_id(text: str, value: str) -> None:
    assert value in found(text).get("device_id", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "cisco serials look like FOC1234X5YZ in the documentation, what do the letters mean?",
        "where is the serial, is it on the back?",
    ],
)
def test_a_serial_format_question_passes(text: str) -> None:
    assert "device_id" not in found(text), found(text)


# --- incidents -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "our paralegal cc'd the other side on the privileged advice email, what now",
        "reception sent 12 appraisal letters to the wrong office this morning",
        "the head chef called him useless in front of the whole pass again",
        "somebody's been logging into our payroll system at 3am and changing bank details",
        "the scanner with today's delivery addresses fell out of the van on the ring road",
        "a crate of patient records fell off the trolley into the canal",
        "laptop with the applicant list on it was left on the train to Leeds",
        "one of the porters is taking the hospital linen home, I've seen it twice",
        "there was a fight in the loading bay last night between two drivers",
        "a carer photographed the handover sheet with residents' names and posted it",
        "a receptionist was sharing a patient's results in the staff group chat",
    ],
)
def test_an_incident_told_as_it_happened(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I cc opposing counsel on the letter?",
        "we cc'd opposing counsel on the draft order as the judge asked",
        "what should I do if my manager called me useless in front of the team?",
        "what if someone gets into the booking system at night?",
        "there was a fight scene in the film where the hero gets hit",
        "is it ok that staff are taking food home at closing?",
        "incident vs near miss under ISO 45001",
    ],
)
def test_an_incident_asked_about_or_compared_passes(text: str) -> None:
    assert "incident" not in found(text), found(text)


def test_an_exam_story_is_no_incident() -> None:
    text = (
        "A guard ran after a shopper, grabbed her arm and accused her of theft. Her statement "
        "is admissible because\nA. she was not in custody.\nB. he was not a police officer."
    )
    assert "incident" not in found(text), found(text)


# --- health, money, people -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "can you let the rota know priya is twenty two weeks along now",
        "Ade's fit note says anxiety, six weeks, who can see it",
        "hearing test results: Tomas 40dB loss at 4kHz right ear",
        "Sinead is off for a month after rehab for her drinking",
    ],
)
def test_someones_health_told_in_passing(text: str) -> None:
    assert "health" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the refurb project is 18 weeks along and over budget",
        "what does it mean if the fit note says may be fit for work?",
        "the coax run has 3dB loss at 2.4GHz, is that normal",
        "our wellbeing page says 'colleagues with asthma can request a fan' - is that ok?",
        "how many days can i self certify when im sick in the UK",
        "must we report a sprained wrist at work if absence is under 3 days?",
        "sorry I meant the general guidance on inhalers in schools, not one child",
        "he bought a new bottle for his drinking water",
    ],
)
def test_health_talk_that_is_nobodys_passes(text: str) -> None:
    assert "health" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marta's base is $58,200 and the night premium takes her to 63k",
        "porter lees wages are getting an attachment of earnings from the council",
        "bonus pool Q4: Ferreira 42k, Osei 38k, Lind 35k",
    ],
)
def test_someones_pay_told_in_passing_is_financial(text: str) -> None:
    assert "financial_info" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the role's base is 50k plus bonus",
        "how do attachment of earnings orders work for staff on variable pay?",
        "salary bands: junior 30k, mid 45k, senior 60k - is that competitive?",
    ],
)
def test_pay_that_is_nobodys_passes(text: str) -> None:
    assert "financial_info" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the ID photo for new starter Thandeka came out blurry, can you fix it",
        "the clip from the loading bay camera where Marco drops the pallet",
        "put the sports day photos on the school facebook page, the ones with amelia winning",
        "scans of the Okafor birth certificate are in my downloads",
        "I've got a screenshot of dans messages where he admits it",
        "the staff chat screenshots where they laugh at a patient",
        "pasting the DM thread between our buyer and the supplier's rep",
        "the email chain where Priya tells the client about her surgery",
    ],
)
def test_someones_pictures_or_messages_are_personal_media(text: str) -> None:
    assert "personal_media" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what size should the badge photo for new starters be?",
        "post the event photos on our facebook page with a short caption",
        "do we need the kids' birth certificates for the visa application?",
        "write a text exchange between two friends planning a trip",
        "how do I take a screenshot of a teams chat where the message is long?",
        "write an email chain where Tom tells the supplier the order is late, for a role play",
    ],
)
def test_pictures_and_messages_of_nobody_pass(text: str) -> None:
    assert "personal_media" not in found(text), found(text)


# --- whereabouts, accounts, ids --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "the courier's last ping 53.4808,-2.2426 ten minutes ago, he's not answering",
        "our engineer is up the mast alone until 5, 56.462,-2.970, what's the plan",
        "mrs okoro is in room two one four until friday, don't put calls through",
        "MD is at the Grand Central Hotel room 1207 until Sunday",
        "the what3words for her flat is ///candle.meadow.orbit",
    ],
)
def test_where_someone_is_is_a_location(text: str) -> None:
    assert "location" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I convert 51.5074, -0.1278 to degrees minutes seconds in excel",
        "the printer in room 204 is broken until Monday",
        "the what3words for the main gate is ///index.home.raft",
        "how does what3words work, is it accurate?",
    ],
)
def test_places_that_are_nobodys_pass(text: str) -> None:
    assert "location" not in found(text), found(text)


def test_someones_sign_in_log_is_account_profile() -> None:
    text = "Femi's Okta log: 9 denied pushes overnight then a success from Minsk"
    assert "account_profile" in found(text), found(text)


def test_asking_where_a_log_is_passes() -> None:
    assert "account_profile" not in found("where can I see Femi's login history?")


@pytest.mark.parametrize(
    "text",
    [
        "onboarding row: Eze, Chidi | NIN 30291847561 | start 4 March",
        "text it to the manager's personal not the shop line: 416 555 7712",
    ],
)
def test_a_number_after_a_short_or_new_cue_is_found(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "is 07700 900456 a real number? it's in our training slides",
        "the support line is 0800 123 4567 for customers",
        "packet tracer lab: R1 is 10.1.1.1, lab PCs on 10.1.1.0/24 won't ping, why",
        "Write a fictive character for my English class: Mr. Grey at 12 Example Street",
    ],
)
def test_numbers_of_nobody_pass(text: str) -> None:
    assert not sensitive(text), found(text)
