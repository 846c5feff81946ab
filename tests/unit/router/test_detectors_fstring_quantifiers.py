"""No detector pattern lost a ``{m,n}`` quantifier to f-string formatting.

Inside an ``rf"..."`` string, ``{1,30}`` is a Python expression: it becomes
the text ``(1, 30)`` and the pattern silently stops matching what it should.
This bug shipped twice; this test reads every compiled pattern instead.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import router.detectors

_TUPLE_TEXT = re.compile(r"\(\d+, \d+\)")


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(router.detectors.__path__):
        module = importlib.import_module(f"router.detectors.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value))
    return found


def test_patterns_are_found() -> None:
    # Guards the test itself: an empty list would pass the check below.
    assert len(_patterns()) > 50


def test_no_pattern_contains_a_formatted_quantifier() -> None:
    broken = [name for name, pattern in _patterns() if _TUPLE_TEXT.search(pattern.pattern)]
    assert broken == []
