"""Shared helpers for the detector tests.

They test the rules: every built-in detector but ``disclosure``, the trained
model, which only ever adds a finding. What the model adds on look-alikes is
measured, not asserted text by text: ``benchmarks/train_disclosure.py
--evaluate`` and ``benchmarks/conversational_eval.py``; its own tests are in
``test_disclosure.py``.
"""

from __future__ import annotations

from router.detectors import available, default_level, scan
from router.levels import Level

RULES = tuple(name for name in available() if name != "disclosure")


def found(text: str) -> dict[str, list[str]]:
    """Detector type -> the texts the rules matched in ``text``."""
    out: dict[str, list[str]] = {}
    for m in scan(text, RULES):
        out.setdefault(m.type, []).append(text[m.start : m.end])
    return out


def level_of(text: str) -> Level:
    """The highest default level of anything the rules found in ``text``."""
    return max((default_level(m.type) for m in scan(text, RULES)), default=Level.PUBLIC)


def sensitive(text: str) -> bool:
    """True when the rules alone would keep ``text`` local under the default levels."""
    return level_of(text) >= Level.CONFIDENTIAL
