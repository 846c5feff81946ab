"""Requests typed in English mixed with romanised Korean or Japanese, Arabizi, Quebec French,
Swahili, isiZulu, romanised Thai, Vietnamese or Brazilian Portuguese; Korean and Emirati
identity numbers by their shape; and the English gaps the same requests showed ("national ID
of Mona ...", "the back reads ..."). Written for these tests (not taken from any evaluation
data), each next to look-alikes that must pass.
"""

from __future__ import annotations

import pytest

from router.detectors._glossary import gloss
from tests.unit.router._detect import found


def _flagged(text: str) -> set[str]:
    """The rules that fired (the trained whole-request model is left out)."""
    return set(found(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kim Min-ji ssi imsin 20-ju-ra-seo yagan geunmu mot hae, schedule sseo-jwo", "health"),
        ("Tanaka-san wa utsu-byou de kyuushoku shite imasu, client ni dou setsumei?", "health"),
        ("Khalid-san no nenshuu 9,200,000 yen, offer letter English de onegai", "financial_info"),
        ("chị Lan vừa được chẩn đoán ung thư vú, viết email xin cho chị nghỉ", "health"),
        ("anh Tuấn bị kỷ luật vì đánh nhau ở kho, bị đình chỉ 1 tuần", "incident"),
        ("uSipho uxoshiwe ngoba ubentshontsha imali e-till, ngibhalele incwadi", "incident"),
        ("Ma collègue Sylvie est en arrêt maladie pour burnout depuis lundi", "health"),
        ("a Carla tá tendo crise de pânico toda semana e toma sertralina", "health"),
        ("Rashid msafir Doha yom el gom3a, raje3 el etnein, el shaqa fadya", "location"),
        ("Omar bta3 el finance beyakhod Ritalin men sana", "health"),
        ("o cartão corporativo do Rui final 4471 foi usado no bar", "bank_account"),
    ],
)
def test_a_private_detail_in_another_language_is_found(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "bimilbeonho reset eotteoke hae? general steps English-ro",
        "imsin jung-e overtime beopjeok-euro ganeung hae? HR policy summary",
        "jumin beonho format-i eotteoke dwae? 6 jari - 7 jari?",
        "kyuuryou no keisan houhou o oshiete, English de",
        "Comment demander un arrêt maladie au Québec? juste les étapes",
        "Bệnh viện nào gần văn phòng nhất? cần địa chỉ để đặt xe",
        "Qual é a política de atestado médico da empresa?",
        "ra2am 2awmy beykoon kam raqam? 14 wala 15?",
        "what is the standard process when an employee uxoshiwe, write a general checklist",
        "Viết giúp em một đoạn truyện ngắn: nhân vật để lại số điện thoại giả 0900 000 000",
    ],
)
def test_a_question_about_a_topic_in_another_language_passes(text: str) -> None:
    assert not _flagged(text) - {"person_name"}, _flagged(text)


def test_an_english_text_with_a_gate_word_is_not_glossed() -> None:
    # "song" starts the Thai phrase "song rup" and "final" is a Portuguese small word, but
    # English lyrics hold no foreign phrase: nothing is rewritten.
    assert gloss("Make those song lyrics rhyme: this will be the final whim of my life") is None
    assert gloss("my group chat with the final schedule") is None


@pytest.mark.parametrize(
    "text",
    [
        "Lee Soo-jin jumin beonho 910314-2047815, visa form-e neo-eumyeon dwae?",
        "new starter form: resident registration number 880412-1234567",
        "Emirates ID beta3 Faisal 784-1988-4721935-2, the PRO needs it",
        "national ID of Mona 29503120104567, the bank asked for it",
        "member ID for Ana Lopez: 88213456",
    ],
)
def test_identity_numbers_by_shape_or_whose(text: str) -> None:
    assert _flagged(text) & {"national_id", "id_number"}, _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "batch 910314-2047815 shipped to the Busan warehouse",
        "what is the ID of Order 12345 in the new system?",
        "the tax ID for Amazon 2023 filing, where is it in the portal?",
    ],
)
def test_batch_numbers_and_things_are_no_identity_numbers(text: str) -> None:
    assert not _flagged(text) & {"national_id", "id_number"}, _flagged(text)


def test_a_username_named_with_whose_and_where() -> None:
    assert "account_profile" in _flagged("the username of Wafula at Jumia is wafula_k254")
    assert "account_profile" not in _flagged("the username field on the signup form is required")


def test_a_spanish_article_is_no_given_name() -> None:
    text = "escríbeme un cuento corto donde una chica encuentra unas fotos viejas de su abuela"
    assert "person_name" not in _flagged(text)


def test_a_product_key_after_a_machine_was_wiped() -> None:
    key = "7TXRN-BQ2D4-KF9WP-HC83M-J6YV2"
    assert "device_id" in _flagged(f"product key {key} for Malee's PC, not active after format")
    assert "device_id" in _flagged(f"formatted her laptop and now key {key} won't activate")
    assert "device_id" not in _flagged(f"what format is a product key like {key}?")


def test_a_serial_read_off_a_devices_back() -> None:
    assert "device_id" in _flagged("Tram's Garmin watch, the back reads 5K8012493, it broke")
    assert "device_id" not in _flagged("the back reads DO NOT REMOVE 2024")
    assert "device_id" not in _flagged("he came back says 4PM works")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she makes like 28k a year so she should qualify for the hardship fund", "financial_info"),
        (
            "Marcus will be off 8 weeks following his spinal fusion, restrictions to follow",
            "health",
        ),
        (
            "Exclusion letter: Tyler in S3, 3 days, for throwing a chair at a supply teacher",
            "incident",
        ),
        ("Form 1 student Kojo was beaten by the senior prefect with a belt yesterday", "incident"),
        ("Ama was slapped by a customer at the till, write it up", "incident"),
        (
            "table please: Callan - R9KT4021MZX; Isla-Rose - R9KT4022PQL; Ewan - R9KT4023BNA",
            "device_id",
        ),
    ],
)
def test_english_gaps_the_same_authors_showed(text: str, kind: str) -> None:
    assert kind in _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "roughly what % of US adults have hypertension?",
        "he makes 5k reports a day, can we automate it?",
        "Janet makes $18 an hour and works 40 hours. How much does she earn in a week?",
        "what's the typical recovery after a lumbar fusion?",
        "what should staff do if a pupil throws a chair at a teacher?",
        "Jeremy saw 12 birds and threw a stone at them. How many birds are left?",
        "we were beaten by the home team 3-0 on Saturday",
        "the eggs were beaten by hand for the sponge",
        "I sent a photo to the wrong parents' group, it was just a worksheet, nothing personal",
        "the school's main office line is 01 834 5521, put it in the newsletter footer",
        "example format: Anna - AB12CD34EF; Ben - GH56IJ78KL",
    ],
)
def test_look_alikes_of_those_gaps_pass(text: str) -> None:
    flagged = _flagged(text)
    assert not flagged & {"financial_info", "health", "incident", "phone", "device_id"}, flagged


def test_someones_people_with_a_condition_still_count() -> None:
    assert "health" in _flagged("my parents have diabetes and I'm their carer")


def test_romanised_given_names_tell_who_a_sentence_is_about() -> None:
    # Faker writes Gulf names in Arabic script only: the romanised list knows "Hamad".
    assert "health" in _flagged("Hamad is in hospital since Sunday, cover his shift")
    assert "health" in _flagged("wallah Hamad 3indah epilepsy, seizure yesterday fel warehouse")
    assert "health" not in _flagged("Hamad Hospital in Doha: what are its visiting hours?")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("kod melli-ye pedaram 0012345678 e, baraye bime lazem-e", {"id_number"}),
        ("CNP-ul lui Andrei Popa e 1960523460013, pentru contract", {"id_number", "national_id"}),
        ("contract nou, 1960523460016 in campul de identitate", {"national_id"}),
        ("pasport Anny Belovoi 4512 618347, vydan 2016", {"id_number"}),
        ("ramz-e wifi-ye daftar 'Tabriz1399Kaj' e, avazesh kon", {"credential"}),
        ("password of the router at my flat 'Harbour77Lane', change it pls", {"credential"}),
        (
            "sabon staff ya manta, na ba shi temporary 'Welcome@Kano7' for the portal",
            {"credential"},
        ),
        ("Dmitrii na bol'nichnom do pyatnitsy, pomogi napisat' klientu", {"health"}),
        ("colega mea Ioana e însărcinată, cum anunt echipa?", {"health"}),
    ],
)
def test_farsi_romanian_russian_and_hausa_details(text: str, kinds: set[str]) -> None:
    assert kinds & _flagged(text), _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "ce inseamna fiecare cifra din CNP? explica structura",
        "chetor mishe kod melli ro online estelam gereft? faghat marahel",
        "parolele trebuie schimbate la 90 de zile? care e politica",
        "zarplata v IT v Moskve kakaya srednyaya?",
        "order 2870314125789 shipped to Cluj yesterday",
        "passport Office 2024 opening hours in Liverpool?",
        "the password for the field is 'required' in the form schema",
        "set a temporary 'out of office' message for the holidays",
    ],
)
def test_their_look_alikes_pass(text: str) -> None:
    flagged = _flagged(text)
    assert not flagged & {"id_number", "national_id", "credential", "health"}, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Dmitrii is on sick leave until Friday, tell the client",
        "Sarah's on long-term sick leave since March",
        "he has been on stress leave for a month",
    ],
)
def test_someone_on_sick_leave(text: str) -> None:
    assert "health" in _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "who is on sick leave today? I need the rota",
        "can someone who is on sick leave work a second job?",
        "what's the rule if an employee is on sick leave for 4 weeks?",
    ],
)
def test_sick_leave_asked_about_passes(text: str) -> None:
    assert "health" not in _flagged(text)


def test_a_licence_key_named_in_another_language() -> None:
    text = "Office-Lizenzschlüssel vom Rechner von Murat: 7Q2KX-M4BRP-9TNDF-HW8J3-CV6YG, geht das?"
    assert "device_id" in _flagged(text)


def test_a_vietnamese_email_password() -> None:
    assert "credential" in _flagged("Mật khẩu email của em là Thuy@1997hn mà không vào được")
    assert "credential" not in _flagged("Mật khẩu email nên dài bao nhiêu ký tự? chính sách")
