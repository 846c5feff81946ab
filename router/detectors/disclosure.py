"""Short requests that disclose private matters in words no rule names.

The other detectors look for values and cue phrases; people also tell the
assistant about a theft, an illness or their debts in their own words, with
typos and without any cue a rule would know. A linear model trained on
requests written by several authors (``_disclosure_model``) reads the whole
request and flags it as a whole: what it finds is what the text is about,
not a value a placeholder could stand in for.

It reads requests of up to ``MAX_CHARS`` characters, the length of a chat
request: it was trained on those, and in a long pasted document its word
statistics would say more about the document's genre than about the person
asking. Long texts are left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from router.detectors._base import Detector
from router.detectors._disclosure_model import DisclosureModel, bundled_model_path, load_model
from router.levels import Level

# The longest request the model reads. Every request it alone caught in the sets was
# shorter (session 13: 1,242 of 1,242 out of author); between 500 and 1,000 characters it
# only added public prompts (8 of 27 it flagged out of fold).
MAX_CHARS = 500


@cache
def bundled_model() -> DisclosureModel:
    """The model shipped in ``resources/disclosure/model.json``, read once."""
    return load_model(bundled_model_path())


def find_disclosure(text: str) -> Iterator[tuple[int, int]]:
    """The span of the whole request (without surrounding space) when the model flags it."""
    body = text.strip()
    if not body or len(text) > MAX_CHARS:
        return
    if _bare_question(body):
        return
    if bundled_model().flags(text):
        start = len(text) - len(text.lstrip())
        yield start, start + len(body)


# A bare question of a few words with no value and nobody in it ("Dell service tag?").
_BARE_QUESTION_WORDS = 4
_PERSONAL = re.compile(
    r"\b(?:i|i'm|im|my|me|mine|we|our|us|he|she|his|her|they|their)\b|'s\b", re.I
)


def _bare_question(body: str) -> bool:
    """Whether the request is a bare question of a few words with no value and no one in
    it ("Dell service tag?"): the model, which reads only words, would flag it for the
    topic alone. (Fiction is not vetoed: "for my coworker's retirement poem, include
    that she paid off her loan" tells a real person's matters.)"""
    return (
        body.endswith("?")
        and len(body.split()) <= _BARE_QUESTION_WORDS
        and not any(ch.isdigit() for ch in body)
        and _PERSONAL.search(body) is None
    )


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "disclosure",
        Level.CONFIDENTIAL,
        find_disclosure,
        False,
        "short requests a trained model reads as telling about a real person's private "
        "matters (an incident, health, money, whereabouts) in words no rule names",
    ),
)
