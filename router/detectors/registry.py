"""The table of built-in detectors and the functions that run them.

Each entry maps a stable type name to a compiled finder and a default level.
Detector modules add themselves to ``_DETECTORS`` below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from router.findings import Match
from router.levels import Level

Finder = Callable[[str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Detector:
    """A built-in detector: ``find`` yields ``(start, end)`` spans in a text."""

    name: str
    default_level: Level
    find: Finder


def _regex_finder(pattern: str, flags: int = 0) -> Finder:
    compiled = re.compile(pattern, flags)

    def find(text: str) -> Iterable[tuple[int, int]]:
        for m in compiled.finditer(text):
            yield m.start(), m.end()

    return find


# Starter set; the sensitivity-detection work extends this table.
_DETECTORS: dict[str, Detector] = {
    d.name: d
    for d in (
        Detector(
            "email",
            Level.CONFIDENTIAL,
            _regex_finder(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"),
        ),
        Detector(
            "marker_restricted",
            Level.RESTRICTED,
            _regex_finder(r"\b(?:STRICTLY\s+)?RESTRICTED\b|\bTOP\s+SECRET\b"),
        ),
        Detector(
            "marker_confidential",
            Level.CONFIDENTIAL,
            _regex_finder(r"\bCONFIDENTIAL\b"),
        ),
        Detector(
            "marker_internal",
            Level.INTERNAL,
            _regex_finder(r"\bINTERNAL(?:\s+USE)?\s+ONLY\b"),
        ),
    )
}


def available() -> list[str]:
    """Sorted names of all built-in detectors."""
    return sorted(_DETECTORS)


def default_level(name: str) -> Level:
    """The default level of detector ``name``; ``KeyError`` if there is none."""
    return _DETECTORS[name].default_level


def scan(text: str, names: Iterable[str] | None = None) -> list[Match]:
    """Run the named detectors (all when ``names`` is None) over ``text``."""
    selected = available() if names is None else list(names)
    matches = [
        Match(name, start, end) for name in selected for start, end in _DETECTORS[name].find(text)
    ]
    matches.sort(key=lambda m: (m.start, m.end, m.type))
    return matches
