"""Where numbers are: the places of a text that number patterns need to look at.

Python's ``re`` tries a pattern that starts with a character class at every
position where the class matches: every digit of code or a table for the
number detectors, a fraction of a millisecond each per 8,000 characters.
The runs of digits are found once per scan with ``str`` methods
(``digit_runs``) and the patterns are tried only where they can match, in
one of three ways, each giving exactly ``pattern.finditer(text)``:

- ``matches_at``: at the offsets where a match can start, worked out from
  the digit runs it must hold (a DNI's eight digits, an IBAN's check digits
  two letters in);
- ``finditer_in_numbers``: inside the windows of digits and `` .-`` that hold
  four digits in a row (below);
- ``ClassRuns``: inside the runs of one class of characters without spaces
  that hold enough separators (IP and MAC addresses).

Card numbers, SSNs and Aadhaar numbers are made of digits and the
separators `` .-`` only, and each has four digits in a row. Python's ``re``
tries such a pattern at every digit of the text (hundreds in code or
tables); finding the runs of four digits or more once per scan (``str``
methods at C speed) and running the patterns only over the stretch of digits
and separators around each gives the same matches for a fraction of the
cost.

Why the matches are the same (``finditer_in_numbers``): a window is a
maximal run of characters from ``[\\d .-]`` holding four digits in a row,
so every match of such a pattern lies inside one window, and a match
attempt that starts inside a window can consume nothing past its end (the
character there is not in the class). Look-behinds see the text before a
window (``re`` looks behind ``pos``); look-aheads see ``reach`` characters
past it, as in the whole text. Matches that start past the window's end
(in that overhang) are left to the window they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from router.detectors._shared import cue_fold, shared

__all__ = [
    "NUMBER_SEPARATORS",
    "ClassRuns",
    "digit_runs",
    "finditer_in_numbers",
    "matches_at",
    "number_windows",
]

# The only characters besides digits the patterns run through ``finditer_in_numbers``
# may consume.
NUMBER_SEPARATORS = " .-"
# Four digits in a row: every pattern run through ``finditer_in_numbers`` needs them.
_MIN_RUN = 4

# Bytes of ASCII digits stay, every other byte becomes a space.
_DIGITS_ONLY = bytes(c if 48 <= c <= 57 else 32 for c in range(256))
_NUMBER_CHARS = re.compile(r"[\d .-]*")


def _digit_runs(text: str) -> list[tuple[int, int]]:
    # cue_fold shows every character \d matches as an ASCII digit, at the same offset.
    skeleton = cue_fold(text).encode("ascii", "replace").translate(_DIGITS_ONLY).decode("ascii")
    found: list[tuple[int, int]] = []
    find = skeleton.find
    end = 0
    for run in skeleton.split():
        # The first digit after the previous run starts this one: runs come in order.
        start = find(run, end)
        end = start + len(run)
        found.append((start, end))
    return found


def digit_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every maximal run of characters ``\\d`` matches, in order,
    found once per scan."""
    return shared(text, _digit_runs)


def _long_digit_runs(text: str) -> list[tuple[int, int]]:
    """The digit runs of ``_MIN_RUN`` characters or more."""
    return [(start, end) for start, end in digit_runs(text) if end - start >= _MIN_RUN]


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, given (sorted) every offset where one
    may start: ``re`` tries the pattern only there, and skips offsets inside the
    previous match as ``finditer`` does."""
    last_end = 0
    for pos in starts:
        if pos < last_end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            last_end = max(m.end(), pos + 1)
            yield m


def _number_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    last_end = -1
    for run_start, end in _long_digit_runs(text):
        if run_start < last_end:
            continue  # inside the previous window, which ran through it
        # Back over digits and separators; never into the previous window, whose end
        # is a character outside the class: linear in all.
        start = run_start
        while start > 0:
            ch = text[start - 1]
            if ch not in NUMBER_SEPARATORS and not ch.isdecimal():
                break
            start -= 1
        m = _NUMBER_CHARS.match(text, end)
        last_end = m.end() if m is not None else end
        windows.append((start, last_end))
    return windows


def number_windows(text: str) -> list[tuple[int, int]]:
    """Maximal runs of digits and ``NUMBER_SEPARATORS`` that hold four digits in a row,
    in order, found once per scan."""
    return shared(text, _number_windows)


def finditer_in_numbers(
    pattern: re.Pattern[str], text: str, reach: int = 2
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for a pattern whose matches consume
    only digits and ``NUMBER_SEPARATORS``, hold four digits in a row and look at most
    ``reach`` characters past their end (see the module docstring)."""
    size = len(text)
    for start, end in number_windows(text):
        for m in pattern.finditer(text, start, min(size, end + reach)):
            if m.start() >= end:
                break
            yield m


class ClassRuns:
    """Windows for patterns that consume only characters of one class without spaces.

    IP and MAC addresses are made of hex digits, dots, colons or dashes: a match
    lies inside one maximal run of such characters, and the runs that could hold
    one (``keep``: enough dots or colons) are few. They are found with ``str``
    methods on ``cue_fold(text)``, where every character ``re`` may match for an
    ASCII letter or digit shows as that letter or digit, in lower case: the runs
    found there are runs of the class or longer ones, so a pattern attempt still
    cannot consume past a run's end (see the module docstring).
    """

    def __init__(self, chars: str, separators: str, keep: Callable[[str], bool]) -> None:
        """Runs of ``chars`` (ASCII, lower case, no spaces) that hold one of
        ``separators`` (some of ``chars``) and for which ``keep(run)`` holds; both must
        hold for every run that contains a match."""
        self._table = bytes(c if chr(c) in chars else 32 for c in range(256))
        self._separators = separators
        self._keep = keep
        self._compute = self._windows  # one object: the key of the per-scan memory

    def _windows(self, text: str) -> list[tuple[int, int]]:
        skeleton = cue_fold(text).encode("ascii", "replace").translate(self._table).decode("ascii")
        size = len(skeleton)
        seen: set[int] = set()
        found: list[tuple[int, int]] = []
        # From each separator to the spaces around it: a run is visited once per
        # separator kind (the search goes on past its end), so this stays linear.
        # Splitting the whole skeleton instead would make a string of every word
        # with a hex letter in it.
        for sep in self._separators:
            i = skeleton.find(sep)
            while i != -1:
                start = skeleton.rfind(" ", 0, i) + 1
                end = skeleton.find(" ", i)
                if end == -1:
                    end = size
                if start not in seen:
                    seen.add(start)
                    if self._keep(skeleton[start:end]):
                        found.append((start, end))
                i = skeleton.find(sep, end)
        found.sort()
        return found

    def windows(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the kept runs, in order, found once per scan."""
        return shared(text, self._compute)

    def finditer(
        self, pattern: re.Pattern[str], text: str, reach: int = 2
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)`` for a pattern that consumes only
        characters of the class and looks at most ``reach`` characters past a match."""
        size = len(text)
        for start, end in self.windows(text):
            for m in pattern.finditer(text, start, min(size, end + reach)):
                if m.start() >= end:
                    break
                yield m
