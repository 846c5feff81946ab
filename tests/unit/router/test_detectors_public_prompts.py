"""Prompts of the kind the public sends to any chatbot, flagged before session 20: the
famous dead ("Who was Ada Lovelace?"), authors of books, a thing named with an article
("die Berliner Mauer", "the Mona Lisa"), a shop cat's name, an e-mail from a team, an
idiom ("I've been burned by that before"), "where should I stay in and what...", a
planting zone, a short scene with characters from a novel. Written for these tests (not
taken from any evaluation data), each next to disclosures with the same words that must
still be found.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import sensitive


@pytest.mark.parametrize(
    "text",
    [
        "Who was Grace Hopper and why does everyone mention the moth?",
        "who was Nikola Tesla?",
        "What did Rosalind Franklin discover, in two sentences?",
        "suggest books like Project Hail Mary by Andy Weir",
        "Warum ist die Berliner Mauer gefallen? Kurz bitte.",
        "Describe the Mona Lisa for a blind museum visitor.",
        "Our bakery has a shop cat, her name is Biscuit, work her into the About page",
        "Summarise this thread.\nFrom: Ops Team\nSubject: Warehouse move\nWe move on Monday.",
        "the fields all come back null. I've been burned by that before, can it throw instead?",
        "Four days in Porto: what neighbourhoods should I stay in and what should I skip?",
        "I live in zone 7a, what can I plant in March?",
        "Write a short scene where Elizabeth Bennet and Mr. Darcy share a taxi in London.",
    ],
)
def test_public_prompts_are_not_flagged(text: str) -> None:
    assert not sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "who was on shift with Tom Baker when the forklift hit him? he broke his wrist",
        "please call Eva Kleist back on 07700 900431 about her order",
        "ask Grace Hopkins in payroll why my salary dropped to £1,980",
        "my daughter's name is Maya Kerr, she's in Year 4 and has epilepsy",
        "From: Jan Kowalczyk\nSubject: my sick note\nI've got shingles, off till Friday",
        "I got burned on the fryer at work and the blister is huge",
        "we stay in Leeds at 14 Harrow Road, the spare key is under the pot",
        "I live in Zagreb now, can you change my address to Ilica 42?",
    ],
)
def test_disclosures_with_the_same_words_are_found(text: str) -> None:
    assert sensitive(text)
