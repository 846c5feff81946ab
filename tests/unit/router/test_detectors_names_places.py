"""People's names without a cue, lower-case names, places, street numbers, employers.

Examples written for these tests (not taken from any evaluation data).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from router.detectors import bare_names
from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("please follow up with Anna Kowalczyk about the invoice", "Anna Kowalczyk"),
        ("Can you ask Marek Dvořák to resend the file?", "Marek Dvořák"),
        ("forward this to Ingrid P. Halvorsen", "Ingrid P. Halvorsen"),
        ("Rosalind Okonkwo-Baptiste approved the request", "Rosalind Okonkwo-Baptiste"),
        ("Is Zdeněk Procházka on the list?", "Zdeněk Procházka"),
        ("Wenceslao Villalobos called twice", "Wenceslao Villalobos"),
        ("follow up with margaret hoffmann next week", "margaret hoffmann"),
        ("hi my name is tomasz grabowski and i cant log in", "tomasz grabowski"),
        ("they call me kasia, can you reset my vpn", "kasia"),
        ("What's your name? Oluwaseun Adeyemi", "Oluwaseun Adeyemi"),
        # Given names of many cultures, not only those of the US census.
        ("please add Gbenga Oni to the rota", "Gbenga Oni"),
        ("please add Lorcan Byrne to the rota", "Lorcan Byrne"),
        ("please add Lerato Mokoena to the rota", "Lerato Mokoena"),
        ("send the forms to Wanjiru Kamau today", "Wanjiru Kamau"),
    ],
)
def test_names_without_a_cue_word_are_found(text: str, name: str) -> None:
    names = found(text).get("person_name", [])
    assert any(name in n or n in name for n in names), names
    assert sensitive(text)


def test_a_list_of_people_is_found() -> None:
    names = found("The founders were Okafor, Lindqvist and Brennan.").get("person_name", [])
    assert set(names) == {"Okafor", "Lindqvist", "Brennan"}


@pytest.mark.parametrize(
    "text",
    [
        "Can you compare Microsoft Teams and Google Meet for us?",
        "Rotate the cube: F' U F' R B",
        "Hyre A Pro is my company, write a blog post about it",
        "Echocardiographic Z Scores are described in the paper",
        "We support Python, Java and Ruby",
        "Mix Red, Green and Blue to get white light",
        "call me back when the build is green",
        "my name is not showing up in the directory",
        "Open the New York Times crossword",
    ],
)
def test_capitalised_phrases_that_are_not_people_are_not_names(text: str) -> None:
    assert "person_name" not in found(text)


def test_bare_names_are_not_looked_for_in_long_documents_or_about_public_works() -> None:
    essay = "Summarise this essay. " + "The committee met and discussed the budget. " * 12
    assert "person_name" not in found(essay + " Anna Kowalczyk chaired it.")
    assert "person_name" not in found("Who directed the film with Anna Kowalczyk?")


def test_lower_case_names_need_a_writer_who_uses_no_capitals() -> None:
    assert "person_name" in found("pls loop in maria kowalski on this")
    assert "person_name" not in found("Pls loop in maria kowalski on this")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'm originally from Slovakia, does the payroll form need that?", "Slovakia"),
        ("we moved here from portugal last year", "portugal"),
        ("I'm in ÅLESUND, at the customer site", "ÅLESUND"),
        ("Croatia was lovely to visit, now my laptop is broken", "Croatia"),
        ("We flew to Reykjavik for the offsite", "Reykjavik"),
    ],
)
def test_where_the_writer_is_from_or_has_been(text: str, place: str) -> None:
    assert place in found(text).get("location", [])


@pytest.mark.parametrize(
    "text",
    ["Is Lisbon worth a visit?", "i live in fear of the quarterly close", "I went to the canteen"],
)
def test_places_in_general_questions_are_not_personal(text: str) -> None:
    assert "location" not in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("my sister lives at Lindenallee Süd 14, can you send the form", "Lindenallee Süd 14"),
        ("the courier should deliver it to Kvarnholmsvägen 31", "Kvarnholmsvägen 31"),
        ("our office is on Ulica Piotrkowska 102", "Ulica Piotrkowska 102"),
        ("meet me at 12 Bredgade 5", "12 Bredgade 5"),
    ],
)
def test_street_names_with_a_house_number_after_a_cue(text: str, address: str) -> None:
    assert any(address in a for a in found(text).get("street_address", [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bug is located at line 42 of main.py",
        "meet me at Room 5 after lunch",
        "send it to version 2 of the template",
    ],
)
def test_ordinary_words_with_a_number_are_not_addresses(text: str) -> None:
    assert "street_address" not in found(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I work for Brightwater Analytics and need VPN access", "Brightwater Analytics"),
        ("I used to work at Kestrel & Vane as a buyer", "Kestrel & Vane"),
        ("my husband works for Nordhavn Shipping", "Nordhavn Shipping"),
    ],
)
def test_a_named_employer_is_found(text: str, org: str) -> None:
    assert found(text).get("employer") == [org]


@pytest.mark.parametrize(
    "text",
    ["I work with Excel every day", "I work for a bank", "I work at home on Fridays"],
)
def test_work_without_a_named_employer_is_not_flagged(text: str) -> None:
    assert "employer" not in found(text)


def test_a_missing_name_list_fails_with_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(bare_names, "_names_dir", lambda: tmp_path)
    bare_names.given_names.cache_clear()
    try:
        with pytest.raises(bare_names.NameListMissing, match="reinstall Edgewise"):
            bare_names.given_names()
    finally:
        bare_names.given_names.cache_clear()


def test_name_lists_say_where_they_come_from() -> None:
    for name in ("given.txt", "given_world.txt", "surnames.txt", "common_words.txt"):
        header = (bare_names._names_dir() / name).read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("# ") and "build_name_lists.py" in header


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ingeborg, can you send me the slides?", "Ingeborg"),
        ("We named her Liesl after my grandmother", "Liesl"),
        ("Gordon is really unreliable, how do I raise it with HR?", "Gordon"),
        ("why is Priya always so condescending in standups", "Priya"),
        ("Beatrice has been extremely disrespectful to the temps", "Beatrice"),
    ],
)
def test_a_single_name_the_sentence_marks_as_a_person(text: str, name: str) -> None:
    assert found(text).get("person_name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Python, can you parse this?",
        "Note, you need admin rights",
        "Warning: disk full",
        "Kubernetes is so difficult to learn",
        "Is Terraform really unreliable for this?",
        "Alice is taller than Bob and Bob is honest",
    ],
)
def test_single_capitalised_words_are_not_names(text: str) -> None:
    assert "person_name" not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Florence" ends like "licence", yet a listed given name is a name.
        ("please add my daughter Florence to the family plan", "Florence"),
        ("can we book it under Tadeusz Wiśniewski", "Tadeusz Wiśniewski"),
        ("Agent: what is the name on the booking? Me: Keiko Watanabe", "Keiko Watanabe"),
        ("remove my kid lucinda from the emergency contacts", "lucinda"),
    ],
)
def test_names_after_a_cue_in_more_phrasings(text: str, name: str) -> None:
    assert name in found(text).get("person_name", [])


def test_military_post_addresses() -> None:
    text = "please ship it to USNS Brandvold FPO AP 96652 before friday"
    assert found(text).get("street_address") == ["USNS Brandvold FPO AP 96652"]


def test_explain_like_i_am_five_is_not_an_age() -> None:
    assert "age" not in found("Explain transformers like I'm 5")
    assert found("I am 45 and need a new pension plan").get("age") == ["45"]


@pytest.mark.parametrize(
    "text",
    [
        "i live in dundee, which office is closest",
        "we just moved to 9 harbour view, cobh, pls update payroll",
        "i'm staying at the radisson in oslo this week",
        "I'll be in Porto from the 12th, can I borrow a laptop there?",
        "my birthday is on the 14th of march, can hr fix the date",
        "she was born in 1979 and the form says 1997",
        "cc my manager lucy fairbairn on the ticket",
        "my mum is margaret o'neill, she needs a guest pass",
        "my home adress is 31 Larch Grove, Galway, for the chair delivery",
        "our flat is the one above the bakery on Harcourt St, Dublin",
    ],
)
def test_lower_case_and_indirect_personal_details(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "i live in hope the build goes green",
        "my colleague asked me to reset the printer",
        "my manager is on leave, who approves expenses?",
        "I will be in a meeting until 3",
        "my house is in a mess after the move",
        "Conduct a debate on whether we need AI in our everyday lives in Europe",
    ],
)
def test_lower_case_look_alikes_are_not_flagged(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "im stranded in the Frankfurt airport, vpn keeps dropping",
        "we're at 48.8584, 2.2945 and the maps app is off",
        "pls change my surname to Wiśniewska after the wedding",
        "update my last name to o'connell please",
        "deliver it to 3 Riverside Quay, Limerick",
    ],
)
def test_more_ways_to_say_where_and_who(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm in Excel, it crashed",
        "im in Teams, no audio",
        "update my display name to something short",
    ],
)
def test_apps_and_settings_are_not_places_or_names(text: str) -> None:
    assert not sensitive(text), found(text)


def test_accents_do_not_mark_names_in_a_text_written_in_an_accented_language() -> None:
    text = "Ông Bình gửi ngân hàng 200 triệu đồng trong 3 năm, lãi suất 6% một năm. Tính tiền lãi."
    assert "person_name" not in found(text)


def test_a_serial_number_after_an_abbreviated_cue() -> None:
    assert found("serial no. of my latitude: 7QK2M93")["device_id"] == ["7QK2M93"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her maiden name is Lindqvist, please update the record", "Lindqvist"),
        ("his maiden name was okonjo", "okonjo"),
        ("I want to add ms. Rosalind as a second holder", "Rosalind"),
        ("mr. vardanyan called about the lease", "vardanyan"),
        ("My grandfather was called Anselm Brunner", "Anselm Brunner"),
        ("The policy is under my wife's name Ilse Vogt", "Ilse Vogt"),
        ("please change it to Oskar Kingston", "Oskar Kingston"),
    ],
)
def test_names_after_name_cues_titles_and_relatives(text: str, name: str) -> None:
    assert name in found(text).get("person_name", [])


def test_a_trailing_word_that_reads_like_a_noun_is_left_off_the_name() -> None:
    # "Sterling" ends like "-ing": the cued name keeps its given name.
    assert found("please change it to Ivan Sterling").get("person_name") == ["Ivan"]


@pytest.mark.parametrize(
    "text",
    [
        "her maiden name is unknown to me",
        "first name is required on the form",
        "my company's name is Acme Corp",
        "Dear Testing Team, the build is green",
    ],
)
def test_name_cues_without_a_name_find_nothing(text: str) -> None:
    assert "person_name" not in found(text)


def test_a_lower_case_writer_lists_people_in_lower_case() -> None:
    names = found("we have 3 kids: ana, tomas and lea.").get("person_name", [])
    assert names == ["ana", "tomas", "lea"]


@pytest.mark.parametrize("text", ["we use rust, go and python", "mix red, green and blue paint"])
def test_lower_case_lists_of_things_are_not_names(text: str) -> None:
    assert "person_name" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here are some rows I made up:\nOskar Brennan,34\nLiv Haugen,29\nHow do I sort them?",
        "Generate sample data: 10 users like Tilda Marsh with random ages",
        "What's Oskar Brennan's best result at the Olympics?",
    ],
)
def test_invented_data_and_contractions_are_not_names(text: str) -> None:
    assert "person_name" not in found(text)


def test_a_cued_name_in_invented_data_is_still_found() -> None:
    text = "This is fake data for a demo. My name is Oskar Brennan though, use it in the header."
    assert "Oskar Brennan" in found(text).get("person_name", [])


def test_a_contraction_before_a_name_does_not_hide_it() -> None:
    assert "Ingrid Haugen" in found("It's Ingrid Haugen again, can you reset her password").get(
        "person_name", []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Write a dialogue between Rosalind Franklin and Linus Pauling about DNA",
        "Continue the scene where Inspector Maud Harlow opens the safe",
        "What is Wangari Maathai known for?",
        "Why are Amrita Sher-Gil's paintings so expensive?",
    ],
)
def test_scenes_dialogues_and_people_known_for_their_work_are_public(text: str) -> None:
    assert "person_name" not in found(text)


def test_a_colleague_in_a_request_is_still_a_name() -> None:
    assert "Maud Harlow" in found("Can you ask Maud Harlow to approve my expenses?").get(
        "person_name", []
    )


@pytest.mark.parametrize(
    "text",
    ["Hi Claude, can you fix this regex?", "Claude, what is a monad?", "Dear Siri,\nset a timer"],
)
def test_greeting_the_assistant_is_not_a_name(text: str) -> None:
    assert "person_name" not in found(text)


def test_a_story_with_real_details_keeps_the_writers_cued_name() -> None:
    real = "Write a short story but keep the real details: my name is Oskar Brennan, I'm 41"
    assert "Oskar Brennan" in found(real).get("person_name", [])
    made_up = "Write a short story where my name is Oskar Brennan and I'm a pirate"
    assert "person_name" not in found(made_up)


def test_after_a_title_a_surname_with_a_noun_ending_is_a_name() -> None:
    assert "Fielding" in found("Mr. Fielding is 85 and lives alone").get("person_name", [])


@pytest.mark.parametrize(
    "text",
    [
        "I have never read Ursula Le Guin, where do I start?",
        "What were Marie Curie's main discoveries?",
        "Summarise Roger Federer's career in three lines",
    ],
)
def test_public_lives_are_not_personal_data(text: str) -> None:
    assert "person_name" not in found(text), found(text)
    # The same name asked about as a colleague still is.
    assert "person_name" in found("please add Marie Curie to the payroll")


@pytest.mark.parametrize(
    "text",
    ["Test user: Jane Doe, born 1980", "Dear Joe Bloggs, your order", "Max Mustermann, Berlin"],
)
def test_placeholder_people_are_nobody(text: str) -> None:
    assert "person_name" not in found(text), found(text)
    assert "person_name" in found("Dear Jane Dobson, your order")
