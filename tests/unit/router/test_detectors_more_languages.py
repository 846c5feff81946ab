"""Requests typed in English mixed with Dutch, German, Afrikaans, Italian, Turkish or Greek,
identity numbers by their local names (KRA PIN, CNH, NID, AMKA, IRD), and English gaps
met by the same authors (a named colleague in hospital, a password typed after "ssh'd in as").
Written for these tests (not taken from any evaluation data), each next to look-alikes that
must pass.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found


def _flagged(text: str) -> set[str]:
    """The rules that fired (the trained whole-request model is left out)."""
    return set(found(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("het wachtwoord van de gedeelde mailbox is Tulpen!2024, zet het erin", "credential"),
        ("Kannst du dem IT schreiben, mein Passwort ist Sommer#2023, geht nicht", "credential"),
        ("muhasebe sisteminin şifresi Bosphorus1453! , ticketa ekle lütfen", "credential"),
        ("Ο κωδικός του router είναι Thalassa!88, γράψε στο IT", "credential"),
        ("Ο κωδικός για το webmail της εταιρείας είναι Ydra#2022 με χρήστη pnikou", "credential"),
        ("Kollegin Jana ist schwanger, bitte eine Notiz für die Schichtplanung", "health"),
        ("Ons kollega Pieter is bipolêr, hoe help ek hom by die werk?", "health"),
        ("la collega Giulia è incinta di tre mesi, scrivi una nota per i turni", "health"),
        ("Femke haar portemonnee is gestolen uit de kantine, mail het team", "incident"),
    ],
)
def test_a_private_detail_in_another_language_is_found(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hoe werkt een ziekmelding bij ons? algemene uitleg graag",
        "Wie beantrage ich eine Krankmeldung? nur die Schritte",
        "Ποια είναι η διεύθυνση του Μουσείου της Ακρόπολης για την εκδρομή;",
        "Is NL91 ABNA 0417 1643 00 het standaard voorbeeld-IBAN voor de handleiding?",
        "Wat is een BSN-nummer en waarom vraagt de werkgever erom?",
    ],
)
def test_a_question_about_a_topic_in_another_language_passes(text: str) -> None:
    assert not {"credential", "health", "financial_info", "incident"} & _flagged(text), _flagged(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "KRA PIN A004417832Q for the tax compliance cert please",
        "your CNH number 02917364851 failed the check, ask for a new photo",
        "amar NID number 5938 2716 44, KYC form fill kore dao",
        "AMKA 21047801336 (Ελένη), διόρθωσε την εγγραφή",
        "my IRD number is 049-091-850, is that what payroll needs?",
        "mein Aufenthaltstitel hat die Nummer X7R2K9M41, hilf mir mit dem Antrag",
        "zet in de mail aan de gemeente: klantnr 66310294, dossier van meneer Bakker",
    ],
)
def test_local_identity_numbers_by_their_names(text: str) -> None:
    assert "id_number" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what does a KRA PIN look like and who issues it?",
        "how many digits does a Brazilian CNH number have?",
        "is the AMKA the same as the AFM number in Greece?",
    ],
)
def test_questions_about_local_identity_numbers_pass(text: str) -> None:
    assert "id_number" not in found(text), found(text)


# --- English gaps met by the same authors --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Priya is in hospital since Sunday, can you cover her school runs", "health"),
        ("Deirdre had a heart attack last week, move her clients to Sean", "health"),
        ("ssh'd into the modem as support with Copp3r$wire#21, then rebooted it", "credential"),
        ("pwd for the shared returns inbox is still autumn2022 lol", "credential"),
        ("im a picker on 26k a year and they dock us for breaks, is that legal", "financial_info"),
    ],
)
def test_english_told_in_passing(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grace is in hospital management, who should I ask about the rota app?",
        "what are the signs of a heart attack in women?",
        "I connected to the VPN with GlobalProtect6 yesterday and it dropped",
        "is the password for the portal still the old format?",
        "the project runs on 50k a year of licences, can we cut it?",
    ],
)
def test_english_look_alikes_pass(text: str) -> None:
    assert not {"health", "credential"} & _flagged(text), _flagged(text)


# --- published and generated values, and paperwork ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Is NL91 ABNA 0417 1643 00 a valid IBAN? it's the sample in the gateway docs",
        "scanner flags AKIAIOSFODNN7EXAMPLE in our fixtures. how do we allowlist the aws examples",
        "faker gives '742 Evergreen Terrace' for every user in staging, how do I localise it",
        "DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev - why can't the api reach it",
        "security incident report template — which sections does it need?",
        "data breach response plan for a dental clinic, draft one",
    ],
)
def test_published_generated_and_paperwork_values_pass(text: str) -> None:
    assert not {"phone", "api_token", "street_address", "credential", "incident"} & _flagged(
        text
    ), _flagged(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my mobile is 0417 164 300, text me when the van is here", "phone"),
        (
            "my home address is 742 Evergreen Terrace, Springfield, send the contract there",
            "street_address",
        ),
        ("DATABASE_URL=postgres://app:Xk29!pq@localhost:5432/app_dev", "credential"),
        ("we had a security incident last night: the CFO's mailbox was forwarded out", "incident"),
    ],
)
def test_the_same_shapes_given_as_real_are_found(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


# --- caught on camera, caught with something, owning up, asked not to be posted ------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "CCTV caught a night porter going through the lost-property box, it's Dev",
            "personal_media",
        ),
        (
            "new starter Ama is in the team photo but asked not to be posted, caption it anyway?",
            "personal_media",
        ),
        ("steward found with a bottle of gin in his locker before the match", "incident"),
        ("Kofi admitted he faked the delivery scans last week, what now", "incident"),
        ("I reversed into a cyclist leaving the depot, she's fine, what do I fill in", "incident"),
    ],
)
def test_things_seen_and_owned_up_to(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "the camera shows a delivery van parked on the yellow line",
        "how do we handle staff who don't want to be photographed at events?",
        "what happens if a driver is found with alcohol in the cab? policy please",
        "what should I do if I hit a parked car?",
    ],
)
def test_camera_and_conduct_questions_pass(text: str) -> None:
    assert not {"personal_media", "incident"} & _flagged(text), _flagged(text)


# --- names of more countries tell who a short sentence is about ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Murat is in hospital, cover his Thursday shifts",
        "Femke is pregnant, write the rota note",
        "Jeroen has epilepsy, what should the first aiders know",
    ],
)
def test_a_colleague_named_the_way_other_countries_name_people(text: str) -> None:
    assert "health" in _flagged(text), _flagged(text)


# --- codes pasted as a list, data sent to the wrong place ------------------------------------
def test_backup_codes_pasted_after_their_name_are_credentials() -> None:
    text = "recovery codes for the finance admin, where do I keep them?\n4hq2-8mzt\nr7p1-k3vd"
    assert found(text).get("credential") == ["4hq2-8mzt", "r7p1-k3vd"]


def test_the_format_of_backup_codes_passes() -> None:
    assert "credential" not in found("what format are backup codes in? e.g. abcd-1234")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I forwarded the CV to Jamal instead of Jameel, how do I recall it", True),
        ("emailed the rota with everyone's numbers to a supplier instead of the depot", True),
        ("i sent it via teams instead of email", False),
        ("can I send invoices to finance instead of procurement?", False),
    ],
)
def test_sent_to_the_wrong_place(text: str, flagged: bool) -> None:
    assert ("incident" in _flagged(text)) is flagged, _flagged(text)


# --- someone punished, groups, general writing and film titles -------------------------------
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tunde deactivated after 4 complaints about his driving, write him the notice", True),
        ("she was suspended for repeated no-shows, can she appeal?", True),
        ("drivers are deactivated after three complaints, is that fair?", False),
        ("what happens if a rider is banned after 2 reports?", False),
    ],
)
def test_someone_punished_after_complaints(text: str, flagged: bool) -> None:
    assert ("incident" in _flagged(text)) is flagged, _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "which countries still restrict entry for HIV positive travellers?",
        "draft a FAQ: why was a deduction made from my earnings? list the common reasons",
        "that film about a nurse getting robbed on a night shift, what was it called",
    ],
)
def test_groups_general_writing_and_film_titles_pass(text: str) -> None:
    assert not {"health", "financial_info", "incident"} & _flagged(text), _flagged(text)


def test_a_writing_task_for_a_real_person_still_counts() -> None:
    assert "financial_info" in _flagged("write an email to HR: my salary is 40k, I want a raise")


# --- documented placeholders and questions about asking --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is Server=myServer;Database=myDB;User Id=myUser;Password=myPassword; the right syntax?",
        "can I ask a new starter about disabilities before they start? pretty sure not",
        "are we allowed to ask about allergies at interview",
    ],
)
def test_placeholders_and_asking_about_a_kind_of_condition_pass(text: str) -> None:
    assert not {"account_profile", "credential", "health"} & _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("User Id=kmensah01;Password=Tr0ub4dor&3 for the reporting db", "account_profile"),
        ("my manager asked me about my depression in front of everyone", "health"),
    ],
)
def test_real_logins_and_a_condition_asked_about_still_count(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)
