"""Values as pasted from forms and other languages' paperwork (written for these tests,
not taken from any data): Wi-Fi keys next to their network, birth dates under their
German, French, Spanish or Dutch label, diagnosis codes and sick leave named abroad,
filler identity numbers and vendors' documented keys; each with a look-alike."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

TOLD = [
    ("guest network is Clinic-Guest and the key's harbourlights58, print a sign", "credential"),
    ("crew wifi Rig7-Crew, password northsea2291", "credential"),
    ("Kunde Nr. 44018, Geburtsdatum 07.05.1988, Status gesperrt", "date_of_birth"),
    ("Mme Dubois, date de naissance : 12/03/1975, dossier 88", "date_of_birth"),
    ("fecha de nacimiento 04-05-1982, cliente nuevo", "date_of_birth"),
    ("geboortedatum 21-09-1979, BSN volgt", "date_of_birth"),
    ("Atestado: CID F41.1, Larissa Costa, 15 dias", "health"),
    ("arrêt maladie de M. Bernard, 3 semaines, how do I code it?", "health"),
    ("Herr Vogel ist seit Montag krankgeschrieben", "health"),
    ("Anouk zit sinds maart in de ziektewet, summarise for payroll", "health"),
    # Footage and pictures of people, as a shop or a charity pastes them.
    ("CCTV clip 16:05, the lad in the red cap pockets the demo iPhone", "personal_media"),
    ("gala pics: the one of the Okafors' kids by the pool, ok for Insta?", "personal_media"),
    ("she sent a screenshot of her Slack chat where the director swears at her", "personal_media"),
]
LOOK_ALIKES = [
    "the wifi password needs 12 characters including 2 digits",
    "router model is tplink-archer-c64, the network keeps dropping",
    "the geb. format in German forms, e.g. 01.01.1990?",
    "what is the ziektewet and how long does it last?",
    "explain ICD-10 F41.1 in plain words",
    "Sample rows for training: passport X0000000, employee EMP-00000, make five more",
    "Stripe docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc - is that a real key?",
    "AKIAIOSFODNN7EXAMPLE is the AWS docs key, why does our scanner flag it?",
    "the demo phone number is 07700 900123, is it safe for the ad?",
    "how long should we keep CCTV footage of a customer who falls in the shop?",
]


@pytest.mark.parametrize(("text", "kind"), TOLD)
def test_values_from_forms_and_abroad_are_found(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_their_look_alikes_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A documented key alone may be pasted as a real one; a filler-free number is real.
        "stripe key = sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "our aws key AKIAIOSFODNN7EXAMPLE is in the public repo, rotate it",
        "my passport number is 511111119",
    ],
)
def test_documented_keys_alone_and_real_numbers_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my phone banking pin is the same as my card one, 4417, is that bad", "4417"),
        ("Leeds depot: whoever's first in punches 3691 then OFF but it keeps beeping", "3691"),
        (
            "MFA secret from the setup page: K4PD 9XQM 2WLA 7RTN, can I use it twice?",
            "K4PD 9XQM 2WLA 7RTN",
        ),
    ],
)
def test_codes_told_after_a_remark_or_by_use_are_found(text: str, code: str) -> None:
    assert code in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my pin expired, it was set in 2019, how do I reset it",
        "my pin has to be changed every 90 days, annoying",
        "i punch in 0800 then go to the locker room",
        "the 2FA secret looks like JBSW Y3DP EHPK 3PXP in the docs example",
    ],
)
def test_pin_remarks_shifts_and_documented_seeds_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "customer Khalid still has the car, tracker show 24.7136 46.6753 near the ring road",
            "location",
        ),
        (
            "Krzysztof from the warehouse is on L4 for depression, how do I put it in the rota",
            "health",
        ),
        ("write sick note reason for Jenny Walsh, migraine with aura", "health"),
        ("user rider_tomas88 suspended for fake delivery photos, DOB 14/02/1999", "date_of_birth"),
        ("cash drawer at the rental desk short 600 again after Lukas's shift", "incident"),
        ("call me on 07700 900123 after six", "phone"),
        ("my IBAN is GB29 NWBK 6016 1331 9268 19, pay my refund there", "iban"),
    ],
)
def test_fresh_forms_of_told_values_are_found(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "latency is at 0.2345 0.5678 on the graph",
        "like the 07700 900123 ones ofcom keeps for tv dramas, right?",
        "is GB29 NWBK 6016 1331 9268 19 a real IBAN? it is in every documentation",
        "the windows KMS client key W269N-WFGWX-YVC9B-4J6C9-T83GX is public, ok for the lab?",
        "our rota is short 3 people on sunday",
        "sick note for staff who are off more than 7 days?",
        "the user interface is slow",
    ],
)
def test_published_values_and_everyday_remarks_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("changed my password to Biscuit2019 yesterday", "Biscuit2019"),
        ("the wifi password is now Biscuit2019", "Biscuit2019"),
        ("reset the admin password to Harbour!2024 for the new starter", "Harbour!2024"),
    ],
)
def test_passwords_told_as_set_or_now_are_credentials(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I change my password to something stronger?",
        "the password is now expired",
        "func1 creates a bytesio object and passes to func2, which writes to it",
    ],
)
def test_password_talk_and_code_without_a_value_pass(text: str) -> None:
    assert "credential" not in found(text), found(text)


# Identity and bank numbers of Mexico, Malaysia and Poland, checked by their own rules.
ABROAD_IDS = [
    (
        "CURP de la nueva practicante: ROMA010715MJCDRNA8, captúrala hoy",
        "national_id",
        "ROMA010715MJCDRNA8",
    ),
    ("RFC del proveedor, Jorge Núñez, es NUGJ780214QK3", "national_id", "NUGJ780214QK3"),
    ("the supplier's tax id is GODE561231GR8", "national_id", "GODE561231GR8"),
    ("MyKad anak saya 150322-14-0839 for the medical claim form", "national_id", "150322-14-0839"),
    ("PESEL Pana Jacka: 44051401359, wpisz do umowy", "national_id", "44051401359"),
    ("pago a Héctor: CLABE 012180004563219874, BBVA", "bank_account", "012180004563219874"),
]
ABROAD_ID_LOOK_ALIKES = [
    # No check digit and no RFC named; a date-shaped code whose place code does not exist;
    # a PESEL that fails its check digit under no cue; questions about the formats.
    "the string ABCD201231XYZ in the test fixture",
    "batch 150322-17-0839 left the plant",
    "reading 44051401358 on the meter",
    "what is a CLABE and how many digits does it have?",
    "how is the CURP check digit computed?",
]


@pytest.mark.parametrize(("text", "kind", "value"), ABROAD_IDS)
def test_identity_and_bank_numbers_abroad_are_found(text: str, kind: str, value: str) -> None:
    assert value in found(text).get(kind, []), found(text)


@pytest.mark.parametrize("text", ABROAD_ID_LOOK_ALIKES)
def test_shapes_without_their_checks_pass(text: str) -> None:
    assert not {"national_id", "bank_account"} & set(found(text)), found(text)


# Pasted templates, fixtures, guidance and public pages (from a pasted-material author's
# look-alikes), next to the real thing told the same way.
PASTED_LOOK_ALIKES = [
    "reformat this signature template: [Full Name] | [Job Title] | firstname.lastname@example.org",
    "reformat this signature template: [Full Name] | firstname.lastname@acme-freight.co.uk",
    "Explain this sample alert from the docs: Impossible travel - user megan@contoso.com",
    "Is this mail config ok? reply_to: support@ourcompany.com",
    "Here's our Stripe fixture file, add a declined case please. "
    "cards = {'ok': '4242 4242 4242 4242', 'exp': '12/34'}",
    "Stripe returned: Invalid API key provided: sk_test_****************1234. Wrong or masked?",
    "decode this jwt from the jwt.io homepage: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    'From the ACAS guide: "If an employee tells you they are pregnant, you should carry out a '
    'risk assessment" - turn that into a checklist',
    'tidy this job ad: "We are looking for a Finance Partner. Salary £35,000-£40,000 DOE."',
    "From the White House site: the President's salary is $400,000 a year. Make a table.",
    "From the BBC article: Buckingham Palace announced that the King had been diagnosed "
    "with a form of cancer. Summarise the timeline",
    "Tidy our ticket category list: Phishing, Lost/stolen device, Misdirected email, "
    "Unauthorised access, Physical security",
    'tidy this from our public Contact Us page: "Visit us at Ferncliff House, 2 Quay St, '
    'Manchester M3 3HN."',
]
PASTED_REAL = [
    ("my card 4242 4242 4242 4242 got declined in the test booking", "credit_card"),
    ("new starter's email is priya.nair@acme-freight.co.uk, add her to the list", "email"),
    ("When I told my manager I'm pregnant she moved my shifts", "health"),
    ("Arnel's salary is 28,500 a month since the review", "financial_info"),
    (
        "my home address is 2 Quay St, Manchester M3 3HN, update the payroll record",
        "street_address",
    ),
]


@pytest.mark.parametrize("text", PASTED_LOOK_ALIKES)
def test_pasted_templates_fixtures_and_public_pages_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(("text", "kind"), PASTED_REAL)
def test_the_same_values_told_as_someones_are_found(text: str, kind: str) -> None:
    assert kind in found(text), found(text)
