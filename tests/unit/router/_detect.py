"""Shared helpers for the detector tests."""

from __future__ import annotations

from router.detectors import default_level, scan
from router.levels import Level


def found(text: str) -> dict[str, list[str]]:
    """Detector type -> the texts it matched in ``text``."""
    out: dict[str, list[str]] = {}
    for m in scan(text):
        out.setdefault(m.type, []).append(text[m.start : m.end])
    return out


def level_of(text: str) -> Level:
    """The highest default level of anything found in ``text``."""
    return max((default_level(m.type) for m in scan(text)), default=Level.PUBLIC)


def sensitive(text: str) -> bool:
    """True when ``text`` would have to stay local under the default levels."""
    return level_of(text) >= Level.CONFIDENTIAL
