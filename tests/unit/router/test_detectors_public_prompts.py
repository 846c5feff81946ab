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
        "Write a wholesome story about a lighthouse keeper, Mr. Abernathy, and a seagull.",
        "Write a short mystery: the cup is stolen. Suspects: Mrs. Pemberton and the vicar.",
        "I need a bedtime story with a dinosaur named Stompy and a goldfish called Bubbles",
        "You're Detective Rosa Delgado, interrogating me about the stolen pie recipe.",
        "Raj, Mei and Oscar each own one pet: a cat, a dog or a parrot. Who owns the parrot?",
        "Ella, Finn and Gus split a bill of $96. How much does each pay?",
        "how do I explain vaccines to my 10 year old?",
        "tips for taking better photos of my dog with just my phone?",
        "Summarise:\nFrom: Project Lead\nCan we ship on June 10?\nFrom: Design\nYes.",
        "recipes:\n  - name: Pancakes\n    time_min: 20",
        "the .env has DJANGO_SECRET_KEY=replace-me-in-prod and it still fails to start",
        "Write a SQL query that returns each employee's salary next to their department's average.",
        "a famous singer was talking about her anxiety on tv, can we quote it in the newsletter?",
        "Summarise the public Smith v. Jones Logistics case in three lines for a workshop",
        "Write a story scene where a hacker guesses the manager's password is his cat's name",
        "our app lets users attach voice notes to tickets, what size limit is sensible?",
        "why does my ViewModel flash empty? I've seen `stateIn(viewModelScope)` suggested",
        "why is `items: list = []` wrong? pycharm is yelling at me about it",
        "the cache never hits. Our lockfile lives at `frontend/package-lock.json` in the repo",
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61');",
        "the .env.local has SECRET_KEY=dev-not-a-real-secret and DEBUG=1, why is it ignored?",
        "write me a really dramatic soap opera scene, all characters invented: Victor Lancaster",
        "J'aimerais que tu écrives une courte nouvelle avec Augustine Leroux, une paysanne.",
        "Teaching case, fictional: he stopped taking his furosemide 2 weeks ago. Next step?",
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
        "my 45-year-old husband was diagnosed with MS last week",
        "he keeps posting photos of my daughter on his story, how do I report it?",
        "From: Grace\nI'm off sick with flu till Monday",
        "DJANGO_SECRET_KEY=k8#f9Qz!2mVx7wLp is what prod uses, why does it fail?",
        "write an excel formula for my salary, it's 45k and I want it monthly",
        "Write a story with the real details: Tom Baker was diagnosed with cancer in May",
        "I saw a show on tv about cancer; my mum was diagnosed with cancer last week",
        "my password is my cat's name plus 2019, is that strong enough?",
        "my app shows Tom sent a voice note threatening me, what do I do?",
        "my dad is on a statin and gets cramps at night, should he stop?",
        "my manager is yelling at me again in front of the team",
        "SECRET_KEY=django-insecure-8f2k!x9wq in our prod settings, is that bad?",
        "please deliver to Dunajska 56, flat 3, the buzzer is broken",
    ],
)
def test_disclosures_with_the_same_words_are_found(text: str) -> None:
    assert sensitive(text)
