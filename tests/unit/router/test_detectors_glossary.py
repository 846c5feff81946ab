"""Foreign words about private data are read in English, and findings point at them."""

from __future__ import annotations

import pytest

from router.detectors._glossary import gloss
from router.detectors._shared import ScanText
from tests.unit.router._detect import found, sensitive


def _gloss(text: str) -> str | None:
    view = gloss(ScanText(text))
    return None if view is None else view.text


def test_content_and_small_words_become_english() -> None:
    assert _gloss("usuario cperez, clave Tlaloc_1987") == "username cperez, password Tlaloc_1987"
    assert _gloss("El sueldo de Ana es 62,000") == "the salary of Ana is 62,000"


def test_a_name_and_its_thing_told_the_hindi_way() -> None:
    assert _gloss("Rohit ka CTC 18.5 LPA hai") == "Rohit's salary 18.5 LPA is"


def test_a_date_with_a_foreign_month_is_written_the_english_way() -> None:
    assert _gloss("nació el 3 de mayo de 1979") == "was born on 3 May 1979"


def test_spans_map_back_to_the_words_typed() -> None:
    text = "usuario cperez, clave Tlaloc_1987 por favor"
    view = gloss(ScanText(text))
    assert view is not None
    start = view.text.index("password")
    assert text[slice(*view.span(start, start + len("password")))] == "clave"
    value = view.text.index("Tlaloc_1987")
    assert text[slice(*view.span(value, value + 11))] == "Tlaloc_1987"


@pytest.mark.parametrize(
    "text",
    [
        # Small words alone never start a gloss: an English text stays as it is.
        "El Paso is in Texas, and la la land is a film",
        "my son is at the de Vere hotel",
        "the thief in the film stole a painting",
        "",
    ],
)
def test_english_text_is_not_glossed(text: str) -> None:
    assert _gloss(text) is None


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("usuario cperez, clave Tlaloc_1987", "credential", "Tlaloc_1987"),
        ("Kod pintu: 4-8-2-0-6, jangan share dengan contractor", "credential", "4-8-2-0-6"),
        ("La cuenta de mi jefa: nació el 3 de mayo de 1979", "date_of_birth", "3 de mayo de 1979"),
        ("Arnel ka basic 28,500 a month hai, kam kyun aaya?", "financial_info", None),
        ("Staff Nurse Aisyah tercucuk jarum masa syif pagi tadi", "incident", None),
    ],
)
def test_detectors_read_the_glossed_view(text: str, kind: str, value: str | None) -> None:
    hits = found(text)
    assert kind in hits, hits
    if value is not None:
        assert value in hits[kind]


@pytest.mark.parametrize(
    "text",
    [
        "¿Cómo cambio mi contraseña en Outlook?",
        "Ano ang tamang proseso kung nawala ang ID?",
        "Ile wynosi średnia pensja w Polsce?",
    ],
)
def test_foreign_questions_about_the_topic_stay_quiet(text: str) -> None:
    assert not {"credential", "financial_info", "incident"} & set(found(text))


def test_a_long_text_is_read_again_only_around_its_foreign_words() -> None:
    # Under the 2,000 characters glossed (``MAX_CHARS``).
    filler = "The quarterly report covers sales, returns and stock. " * 6
    text = (
        filler
        + "usuario cperez, clave Tlaloc_1987 "
        + filler
        + "mi contraseña es Kr4ken!99 "
        + filler
    )
    view = gloss(ScanText(text))
    assert view is not None
    assert len(view.text) < len(text) * 0.8
    hits = found(text)
    assert {"Tlaloc_1987", "Kr4ken!99"} <= set(hits["credential"])


def test_long_documents_are_not_glossed() -> None:
    assert _gloss("clave Tlaloc_1987 " + "x" * 2100) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("nenosiri ya email yangu: Simba!2024, nimesahau", "credential"),
        ("kod do sejfu w biurze: 4-7-1-9-0-2, sprawdź", "credential"),
        ("respostas de segurança do Thiago: cidade natal 'Uberlândia'", "account_profile"),
        ("Arjun ka salary revision 14.5 LPA se 18 LPA", "financial_info"),
    ],
)
def test_more_languages_are_read(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Na documentação posso usar o IP 203.0.113.10? É faixa de exemplo, né?",
        "W dokumentacji producenta jest przykładowy SN XXXX-0000-EXAMPLE, co to znaczy?",
        "Pergunta: na documentação da AWS aparece a chave de exemplo AKIAIOSFODNN7EXAMPLE",
        "Ile maksymalnie trwa zwolnienie lekarskie w roku?",
        "Rédige un mail type pour prévenir son manager d'un arrêt maladie sans détails.",
    ],
)
def test_examples_and_questions_in_other_languages_pass(text: str) -> None:
    assert not sensitive(text), found(text)


def test_a_sick_note_of_someone_named_abroad_is_still_found() -> None:
    assert "health" in found("Krzysztof jest na zwolnieniu, zwolnienie lekarskie do piątku")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mon mot de passe Okta c'est Chaton!Bleu42, pourquoi il est refusé ?", "credential"),
        ("Numéro de série du MacBook de Léa : C02FJ4KQMD6M, à enrôler", "device_id"),
    ],
)
def test_french_is_read(text: str, kind: str) -> None:
    assert kind in found(text), found(text)
