"""Single names marked as people by the sentence around them (``name_contexts``).

Examples written for these tests (not taken from any evaluation data).
"""

from __future__ import annotations

import pytest

from router.detectors import name_contexts
from tests.unit.router._detect import found, sensitive


def _names(text: str) -> list[str]:
    return found(text).get("person_name", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya: the deploy failed again\nGareth: I rolled it back", {"Priya", "Gareth"}),
        ("> Oksana: can you cover my shift?\n> Henrik: sure, which day?", {"Oksana", "Henrik"}),
        (
            "[09:14] Dagny: who broke the build\n[09:15] Tobias Lindahl: me, sorry",
            {"Dagny", "Tobias Lindahl"},
        ),
        (
            "can you summarise our slack thread for me?\nWilma: invoices are late\n"
            "Rupert: the vendor is chasing us",
            {"Wilma", "Rupert"},
        ),
        ("ingrid: are you in today\nmatthias: no, wfh", {"ingrid", "matthias"}),
    ],
)
def test_speaker_labels_of_a_pasted_chat_are_names(text: str, expected: set[str]) -> None:
    assert expected <= set(_names(text))
    assert sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        # Puzzles, lessons and translations wrap a dialogue in an instruction.
        "Ursula: I always lie.\nVernon: Ursula is telling the truth.\nWho is the liar?",
        "Put this into Spanish:\nGreta: Where is the museum?\nOwen: Two streets down.",
        "Nadia: 4 pears\nFelix: 7 pears\nHow many pears do they have together?",
        "Nadia: 4 pears\nFelix: 7 pears",
        "Alice: signs the hash\nBob: checks the signature",
        # Labels that are things, not people.
        "Postgres: relational\nRedis: key-value\nWhich one for sessions?",
        "Summary: all good\nOutput: none",
        # One label is a heading, not a chat.
        "Helena: notes for Monday",
    ],
)
def test_dialogues_in_exercises_and_labels_of_things_are_not_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honestly, I'm done! said Marisol to Leontine", {"Marisol", "Leontine"}),
        ("Quentin shouted at Rosalie in front of the whole office", {"Quentin", "Rosalie"}),
        ("Bertil yelled at Imogen during the review, what do I do?", {"Bertil", "Imogen"}),
    ],
)
def test_people_speaking_to_each_other_are_names(text: str, expected: set[str]) -> None:
    assert expected <= set(_names(text))


@pytest.mark.parametrize(
    "text",
    [
        # A famous line quoted by one name is about a public figure.
        '"I think, therefore I am," said Descartes. What did he mean?',
        '"Stay curious," said Walter. Who said that first?',
        # Cartoons and plays are works; a question about who yelled is usually about one.
        "Why does the cat always shout at the mouse in the cartoon? Tom shouted at Jerry again.",
        "Why did Bertil yell at Imogen in season 2?",
        "Why did Bertil yell at Imogen?",
    ],
)
def test_quotations_and_works_are_not_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leopold lives on 14 Birchwood Close, can you update his file", "Leopold"),
        ("Fenna Dijkstra lives at 3 Kade Street now", "Fenna Dijkstra"),
        ("Arvid had given Solveig his address last week", "Solveig"),
    ],
)
def test_people_with_an_address_are_names(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alice lives in the red house and drinks tea; who owns the fish?",
        "Madonna lives in 2 countries a year, how is she taxed?",
        "Bruno lives on in our memories",
    ],
)
def test_living_somewhere_without_a_house_number_is_not_a_name(text: str) -> None:
    assert _names(text) == []


def test_a_found_name_is_found_again_where_it_repeats() -> None:
    text = "My name is Vilhelmina Okoro but at work everyone calls me Vilhelmina"
    assert _names(text).count("Vilhelmina") == 1
    assert "Vilhelmina Okoro" in _names(text)


def test_a_repeat_of_an_ordinary_word_is_not_a_name() -> None:
    # "Rose" is a listed given name, "Field" is an ordinary word: neither repeats here
    # unless the lists know it as a name.
    text = "Dear Rosa Field,\nthe field trip is on Friday. Rosa, please sign the form."
    names = _names(text)
    assert "Rosa" in names
    assert "field" not in names


def test_names_are_not_looked_for_in_long_texts() -> None:
    chat = "Priya: the deploy failed again\nGareth: I rolled it back\n"
    assert _names(chat)
    padding = "This paragraph describes the release process in general terms. " * 12
    assert len(padding + chat) > name_contexts.MAX_CONTEXT_TEXT
    assert list(name_contexts.find_context_names(padding + chat, public=False)) == []


def test_public_texts_are_left_alone() -> None:
    chat = "Priya: the deploy failed again\nGareth: I rolled it back\n"
    assert list(name_contexts.find_context_names(chat, public=True)) == []


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece",
    [
        "Lisa: ",
        "Lisa:\n",
        ", said Anna to ",
        "! said ",
        "Anna shouted at ",
        "Anna lives on ",
        "Anna had given Tom his ",
        "Anna ",
        "my chat ",
        "\n> ",
    ],
)
def test_every_rule_finishes_on_long_adversarial_text(piece: str) -> None:
    text = piece * (100_000 // len(piece))
    for rule in name_contexts.RULES.values():
        assert isinstance(list(rule(text)), list)
    spans = [(0, 4)] * 10 + [(i, i + 4) for i in range(0, len(text), 1000)]
    assert isinstance(list(name_contexts.repeated_names(text, spans)), list)


@pytest.mark.timeout(120)
def test_many_found_names_repeated_in_a_long_text_finish() -> None:
    text = "Dear Anna Lindqvist, please call Anna. " * 5_000
    assert "Anna" in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ottilie Brandvold\n\n41 Fjordveien 7\nApt. 12\n5003 Bergen\nNorway", "Ottilie Brandvold"),
        (
            "> Kasimir Wróbel\n> Payroll clerk\n> Phone: 0161 496 0732\n> k.wrobel@example.net",
            "Kasimir Wróbel",
        ),
        ("ines van der berg\nunit 4, 17 dock road\n020 7946 0321 mobile", "ines van der berg"),
    ],
)
def test_the_name_heading_a_contact_card_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly Report\n\nRevenue 2023: 45,000,000\nCosts 2023: 30,000,000",
        "Release Notes\nv2.3.1 fixes 12 bugs\nv2.3.0 adds 45 features",
        "Shipping Address\n123 Main Street\nSpringfield 12345",
        # Two years under a name: a fact card, not a contact card.
        "Ottilie Brandvold\nBorn 1884\nDied 1951",
    ],
)
def test_headings_that_are_not_a_contact_card_are_not_names(text: str) -> None:
    assert list(name_contexts.RULES["cards"](text)) == []


def test_a_repeated_name_is_found_before_a_possessive_but_not_inside_a_longer_name() -> None:
    text = "Dear Anna Lindqvist, Anna's laptop is ready; Annabel and Anna-Lena are not."
    assert _names(text) == ["Anna Lindqvist", "Anna"]
    assert text.index("Anna's") in _starts(text)


def _starts(text: str) -> list[int]:
    return [start for start, _end in name_contexts.repeated_names(text, [(5, 19)])]


def test_many_distinct_names_are_repeated_by_one_pass() -> None:
    people = [f"Dear {g} Lindqvist," for g in ("Anna", "Bruno", "Clara", "Dag", "Elin")]
    people += [f"Hi {g}," for g in ("Frida", "Gustav", "Hedda", "Ivar", "Jonas")]
    text = "\n".join(people) + "\nthanks Gustav and Elin, see Lindqvist's note"
    names = _names(text)
    assert "Gustav" in names and "Elin" in names and "Lindqvist" in names


def test_inside_a_chat_names_addressed_or_owning_something_are_names() -> None:
    text = "Priya: are you coming, Hannah?\nGareth: I'm picking up Oliver's laptop first"
    names = set(_names(text))
    assert {"Priya", "Gareth", "Hannah", "Oliver"} <= names


def test_outside_a_chat_an_address_or_possessive_is_not_a_name() -> None:
    # The same sentence with no chat around it: the rule does not apply.
    assert list(name_contexts.RULES["speakers"]("Are you coming, Hannah? It's Oliver's turn")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our founders: Okafor, Lindqvist and Brennan", {"Okafor", "Lindqvist", "Brennan"}),
        ("my interviewers were Dag and Mette, what should I ask them?", {"Dag", "Mette"}),
    ],
)
def test_people_listed_as_our_team_are_names(text: str, expected: set[str]) -> None:
    assert expected <= set(_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "our partners: Microsoft, Google and Amazon",
        "Our team members are Finance, Legal and Ops",
        "The founders of the firm were Okafor and Brennan",  # not ours: no rule
    ],
)
def test_lists_of_things_or_of_others_people_are_not_a_roster(text: str) -> None:
    assert list(name_contexts.RULES["rosters"](text)) == []
