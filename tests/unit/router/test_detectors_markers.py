"""Classification markers map to their level; ordinary prose does not."""

from __future__ import annotations

import pytest

from router.levels import Level
from tests.unit.router._detect import found, level_of


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("TOP SECRET: launch codes", Level.RESTRICTED),
        ("Classification: restricted", Level.RESTRICTED),
        ("CONFIDENTIAL - Q3 board deck", Level.CONFIDENTIAL),
        ("Confidential: salary bands", Level.CONFIDENTIAL),
        ("Summarise this for the board, confidential: we are buying Acme", Level.CONFIDENTIAL),
        ("PROPRIETARY AND CONFIDENTIAL", Level.CONFIDENTIAL),
        ("INTERNAL USE ONLY", Level.INTERNAL),
        ("for internal use only", Level.INTERNAL),
    ],
)
def test_markers(text: str, level: Level) -> None:
    assert level_of(text) == level, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please keep it confidential between us",
        "The internal combustion engine",
        "A restricted Boltzmann machine",
        "Is it ok to mark it confidential: yes or no?",
        "what does confidential:true mean in this API?",
    ],
)
def test_prose_is_not_a_marker(text: str) -> None:
    assert not any(k.startswith("marker_") for k in found(text)), found(text)
