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


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor asked: can patients see our mobile number if we call them from Teams?",
        "Mr Patel asked whether eduroam works at other universities",
        "Dr. Mensah wants to know how to turn on live captions in Teams",
    ],
)
def test_whoever_asks_a_general_question_is_not_disclosed(text: str) -> None:
    assert not sensitive(text), found(text)


def test_a_name_told_about_is_still_a_name() -> None:
    text = "Dr. Okafor asked me to email his patient Mrs Green's results"
    assert "Mrs Green's" in found(text).get("person_name", []), found(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("raj in warehouse has epilepsy, shud we tell the forklift trainer", "health"),
        ("anita in a wheelchair starting in admin mon, lift in block b is broken", "health"),
        ("on sertraline 100mg makes me drowsy on mornings, can i swap to lates", "health"),
        ("I'm deaf, need captions on by default in Teams", "health"),
        ("I have RSI in both wrists, need a vertical mouse", "health"),
    ],
)
def test_health_typed_in_a_hurry_is_found(text: str, family: str) -> None:
    assert family in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "max paracetamol dose for an adult per day?",
        "anyone in a wheelchair can use lift b?",
        "the leaflet on paracetamol 500mg tablets, where is it",
        "the RSI indicator on the trading dashboard is off",
    ],
)
def test_health_words_without_anyone_pass(text: str) -> None:
    assert "health" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rdp to 10.40.2.115 jumpbox times out from the shop floor pc", "10.40.2.115"),
        ("dc02.ad.rdhospital.nhs.uk (10.1.0.12) is throwing kerberos errors", "10.1.0.12"),
    ],
)
def test_a_private_address_named_as_a_system_is_an_ip_address(text: str, value: str) -> None:
    assert found(text).get("ip_address") == [value], found(text)


def test_a_bare_private_address_stays_private_ip() -> None:
    assert "ip_address" not in found("the redis node at 10.20.1.16 is down")


@pytest.mark.parametrize(
    "text",
    [
        "I put 300 policyholders in cc instead of bcc on the renewal email this morning",
        "I emailed the whole year group's marks to the student list instead of the tutors",
        "Mei told me a customer followed her to her car after the store closed last night",
        "a leaver copied our shared drive onto a USB, we only noticed yesterday",
        "we think someone in finance is skimming cash from the parking machines",
        "a student sent an explicit photo to our TA, she's really upset",
        "clicked a 'DHL parcel fee' link on my work PC 10 minutes ago and typed in my Okta login",
    ],
)
def test_incidents_told_by_what_happened(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I use bcc instead of cc for the newsletter?",
        "how do I stop people putting customers in cc instead of bcc?",
        "I sent the file to the printer instead of saving it",
        "how do we stop staff stealing stock?",
        "what if a customer followed a colleague to her car?",
        "For years the clerk had been embezzling money from the firm. Which of the following "
        "crimes applies?\nA. Theft\nB. Fraud",
    ],
)
def test_incident_look_alikes_pass(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "his mobile is oh seven nine one one, then four four eight, then two zero six",
            "phone",
            "oh seven nine one one, then four four eight, then two zero six",
        ),
        (
            "sort code twenty, thirty two, fifty three for the direct debit",
            "routing_number",
            "twenty, thirty two, fifty three",
        ),
        ("Customer's SIM ICCID 8944 1100 2748 3916 057 won't activate", "device_id",
         "8944 1100 2748 3916 057"),
        ("pt's CHI is 1203854412 but the record shows a different GP", "id_number", "1203854412"),
        ("the first pet answer on the account is Snowy, caller said Snowball", "account_profile",
         "Snowy"),
    ],
)  # fmt: skip
def test_values_read_out_or_named_by_their_local_name(text: str, kind: str, value: str) -> None:
    assert found(text).get(kind) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I waited twenty, thirty, forty minutes for the lift",
        "where is the ICCID printed on a SIM?",
        "tai chi 2 classes a week, book me in",
        "what's a good first pet answer for a fake persona in the training game?",
    ],
)
def test_numbers_and_names_of_no_one_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("new mobile no for ramesh in dispatch is 98452 17736 kindly update", "phone"),
        ("jason is at his parents place this month, 4 ballintemple rd, if his laptop breaks",
         "street_address"),
        ("dispatcher leaked cust addresses to a competitor, i have proof", "incident"),
        ("ade from stores has been selling our copper offcuts on fb marketplace", "incident"),
        ("the new shift lead called the filipino girls monkeys in the briefing", "incident"),
    ],
)  # fmt: skip
def test_hurried_lower_case_reports_are_found(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we need 2 more lane closures on the site plan",
        "it's 3 miles down the road from the depot",
        "how do we stop staff selling our stock on ebay?",
        "we called the new interns in for an induction",
        "what is the phone number format for the uk, is it 11 digits",
    ],
)
def test_hurried_look_alikes_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("the password for the admin user of the POS is Pal3rmo.admin", "credential",
         "Pal3rmo.admin"),
        ("the OTP I received 583920, can I give it to Mark to approve?", "card_security_code",
         "583920"),
        ("the CBU of Florencia is 0720112788000036549210", "bank_account",
         "0720112788000036549210"),
        ("Dewi's NIK: 3174055607920003", "id_number", "3174055607920003"),
    ],
)  # fmt: skip
def test_values_after_long_or_local_cues(text: str, kind: str, value: str) -> None:
    assert found(text).get(kind) == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password = settings.admin_password",
        "the otp you received is valid for 5 minutes",
        "what is a CBU and how many digits does it have?",
        "Nik is 30 and wants a new laptop",
    ],
)
def test_code_and_questions_near_those_cues_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("attached a photo of the patient's pressure sore for the referral", "personal_media"),
        ("claimant sent a video of his flooded kitchen, his kids are in it", "personal_media"),
        ("store guard's bodycam shows the shoplifter's face clearly, can we circulate it",
         "personal_media"),
        ("Steve in the warehouse keeps making comments about Anya's body", "incident"),
        ("Paul has been jotting down customers' card numbers off calls", "incident"),
        ("a bag of returned phones, SIMs still in, went missing from the van", "incident"),
        ("near miss yesterday: a pallet fell off the top rack in aisle 3", "incident"),
    ],
)  # fmt: skip
def test_pictures_and_incidents_by_what_they_show(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "who do i talk to about harassment confidentially",
        "near miss form where on the intranet",
        "template for a data breach notification letter to customers",
        "who should I tell if I think I clicked a phishing link - general process",
        "what should we do if phones go missing from a van?",
        "does the cctv show the face of people walking past, gdpr wise?",
        "how do we stop staff making comments about colleagues' appearance?",
    ],
)
def test_questions_and_paperwork_about_them_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What should we do when a user's password was leaked? general question",
        "the wifi password is sunshine, can you help",
    ],
)
def test_a_word_that_ends_the_clause_is_no_password(text: str) -> None:
    assert "credential" not in found(text), found(text)


def test_a_password_word_with_a_sign_is_still_one() -> None:
    assert found("my password is hunter!").get("credential") == ["hunter!"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN PL27 1140 2004 0000 3902 7731 5518 for my expenses pls",
         "PL27 1140 2004 0000 3902 7731 5518"),
        ("my IBAN RO49 RZBR 0000 0600 1873 4415 for the refund", "RO49 RZBR 0000 0600 1873 4415"),
    ],
)  # fmt: skip
def test_a_named_iban_with_a_failing_check_is_still_an_iban(text: str, value: str) -> None:
    assert found(text).get("iban") == [value], found(text)


@pytest.mark.parametrize(
    "text",
    ["IBAN GB00 XXXX 0000 0000 0000 00 in the template", "what's the IBAN length for PL, 28?"],
)
def test_iban_shapes_of_no_one_pass(text: str) -> None:
    assert "iban" not in found(text), found(text)


def test_a_payslip_row_is_financial_info() -> None:
    text = "Employee: R. Boateng | Gross: GHS 9,400 | Deductions: 1,215 | Net: 8,185"
    assert "financial_info" in found(text), found(text)


def test_a_service_accounts_row_gives_its_password() -> None:
    text = "svc_backup | Backup2019!! | owner: Raj | last rotated: never"
    assert found(text).get("credential") == ["Backup2019!!"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "payslip template: Gross: [amount] | Net: [amount]",
        "example payslip: Gross: 3,000 | Net: 2,400",
        "if gross pay is 50,000 and tax is 20%, what is net pay?",
    ],
)
def test_pay_fields_of_no_one_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mi password a di dog name an mi birth year, Bingo1991, cyaan get in", "Bingo1991"),
        ("ssh to fab-mes-03 as root with Wafer#Clean7 doesnt work anymore", "Wafer#Clean7"),
        ("tried 'Abebe@Addis2019' on the VPN and it fails", "Abebe@Addis2019"),
    ],
)
def test_a_password_of_the_usual_shape_told_near_its_use(text: str, value: str) -> None:
    assert found(text).get("credential") == [value], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my Office365 password expired",
        "reset the password for the Windows11 laptop",
        "is Summer2024 a strong password?",
        "the password policy changed in March2024",
        "Password123 is the most common password",
    ],
)
def test_products_dates_and_judged_choices_are_not_passwords(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "our prescription printer keeps feeding two sheets at once",
        "give me 5 subject lines for the newsletter about our new puppy clinic",
        "we're running a fundraiser for the hospital's cancer research appeal, help me",
        "Translate 'please update your details at reception' for our outpatients signage",
    ],
)
def test_health_words_naming_what_a_thing_is_for_pass(text: str) -> None:
    assert "health" not in found(text), found(text)


@pytest.mark.parametrize(
    "text", ["my prescription is ready at the pharmacy", "my clinic appointment is on friday"]
)
def test_ones_own_prescription_or_clinic_is_health(text: str) -> None:
    assert "health" in found(text), found(text)


def test_a_recording_where_their_officer_reads_it_out_is_personal_media() -> None:
    text = "uploaded the audio of the client call where their CISO reads out the breach details"
    assert "personal_media" in found(text), found(text)


def test_a_recording_of_a_teams_plans_passes() -> None:
    text = "how do I get a recording of the meeting where their team explained the roadmap?"
    assert not sensitive(text), found(text)
