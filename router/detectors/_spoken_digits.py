"""Numbers spelled out in words, turned back into digits with a way back to the offsets.

People dictate numbers to a support assistant the way they would read them
out on the phone: "ring me on oh seven nine oh two, four four one, eight
eight six", "my aadhaar is nine eight seven six, five four three two...".
The number detectors look for digits, so this module offers a second view of
the text in which every run of three or more digit words ("zero", "oh",
"one" ... "nine", "double seven") is written as digits. Within a spoken group
the words are joined ("four one two" -> "412"); a comma or dash between
groups becomes a space or a dash, as it would be written ("07902 441 886").
Addresses read out with "dot" ("ten dot zero dot five dot twenty two", "one
nine two dot one sixty eight dot one dot twenty") are written as "10.0.5.22".

``Spelled.span`` maps a span of that view back to the text it came from, so
findings and redactions cover the words the user typed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from router.detectors._cues import CuePattern
from router.detectors._shared import fold_case

__all__ = ["Spelled", "from_segments", "spell_digits"]

_DIGITS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "naught": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "thre": "3",
    "four": "4",
    "five": "5",
    "fiv": "5",
    "six": "6",
    "seven": "7",
    "sevn": "7",
    "eight": "8",
    "eigth": "8",
    "nine": "9",
}
_REPEATS = {"double": 2, "triple": 3}

_WORD = "(?:" + "|".join(sorted(_DIGITS, key=len, reverse=True)) + ")"
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Pairs read as numbers: "sort code twenty, thirty two, fifty three" is 20-32-53.
_PAIR = (
    "(?:(?:" + "|".join(_TENS) + r")(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    "|" + "|".join(_TEENS) + ")"
)
# A token is a digit word, "double"/"triple" and a digit word, a pair ("thirty two"), or
# (inside a run) a short group of digits ("oh 7 nine"). Every token ends at a word
# boundary, and the separators between tokens are short, so a failed try costs a few
# characters and the scan stays linear.
_TOKEN_WORD = rf"(?:(?:double|triple)[ ]+)?{_WORD}\b|{_PAIR}\b"
_TOKEN = rf"(?:{_TOKEN_WORD}|\d{{1,4}}\b)"
# "oh seven nine one one, then four four eight": "then" ends a group as a comma does.
_SEP = r"(?:[ ]*,?[ ]*(?:and[ ]+)?then[ ]+|[ ]*[,-][ ]*|[ ]+)"
_RUN = re.compile(rf"\b(?:{_TOKEN_WORD})(?:{_SEP}{_TOKEN}){{2,}}")
_PARTS = re.compile(
    rf"(?P<tok>(?:(?:double|triple)[ ]+)?{_WORD}\b|{_PAIR}\b|\d{{1,4}}\b)|(?P<sep>{_SEP})"
)
_run_matches = CuePattern(_RUN).finditer_folded

# Fewer digit words than this in a run is ordinary prose ("one or two").
_MIN_WORDS = 3

# --- addresses read out with "dot" -------------------------------------------------------------
_UNITS = {w: int(d) for w, d in _DIGITS.items() if w != "o"}
_NUMBER_WORD = (
    "(?:" + "|".join(sorted([*_UNITS, *_TEENS, *_TENS, "hundred"], key=len, reverse=True)) + r")\b"
)
# One part of the address: digits, or up to five number words ("one hundred and sixty eight").
_PART = rf"(?:\d{{1,3}}\b|{_NUMBER_WORD}(?:[ -]+(?:and[ ]+)?{_NUMBER_WORD}){{0,4}})"
_DOTTED_RUN = re.compile(rf"(?<!dot )\b{_PART}(?:[ ]+dot[ ]+{_PART}){{3}}\b(?![ ]+dot\b)")
_dotted_run_matches = CuePattern(_DOTTED_RUN, word_needs=True).finditer_folded


def _part_value(part: str) -> int | None:
    """The number one part names ("one sixty eight": 168), or None when it names none."""
    if part.isdigit():
        return int(part)
    words = [w for w in re.split(r"[ -]+", part) if w != "and"]
    value = 0
    if "hundred" in words:
        at = words.index("hundred")
        if at != 1 or words[0] not in _UNITS:
            return None
        value, words = _UNITS[words[0]] * 100, words[2:]
    elif len(words) > 1 and words[0] in _UNITS and words[1] in (_TENS.keys() | _TEENS.keys()):
        value, words = _UNITS[words[0]] * 100, words[1:]  # "one ninety two", "two fifteen"
    rest = _rest_value(words)
    if rest is None:
        return value if not words and value else None
    digit_by_digit = len(words) > 1 and all(w in _UNITS for w in words)
    # Read digit by digit ("one nine two") unless a hundred came before ("one hundred five").
    return None if digit_by_digit and value else value + rest


def _rest_value(words: list[str]) -> int | None:
    """The value of what follows the hundreds: "nine two" (92, read digit by digit),
    "fifteen", "sixty eight"; None when the words name no such number."""
    if words and all(w in _UNITS for w in words):
        return int("".join(str(_UNITS[w]) for w in words))
    if len(words) == 1 and words[0] in _TEENS:
        return _TEENS[words[0]]
    if words and words[0] in _TENS and len(words) <= 2:
        if len(words) == 2 and words[1] not in _UNITS:
            return None
        return _TENS[words[0]] + (_UNITS[words[1]] if len(words) == 2 else 0)
    return None


def _dotted_address(run: str) -> str | None:
    """ "ten dot zero dot five dot twenty two" -> "10.0.5.22"; None unless every part is 0-255."""
    values = [_part_value(part) for part in re.split(r"[ ]+dot[ ]+", run)]
    if any(v is None or v > 255 for v in values):
        return None
    return ".".join(str(v) for v in values)


@dataclass(frozen=True, slots=True)
class Spelled:
    """A text with its spelled-out numbers written as digits.

    The text is cut into segments: copied ones (same characters, one to one)
    and replaced ones (digit words written as digits, or separators dropped).
    ``_at[i]`` is where segment ``i`` starts in ``text``, ``_orig[i]`` where it
    starts in the source, ``_orig_end[i]`` where it ends there, and
    ``_copied[i]`` whether it was copied.
    """

    text: str
    _at: tuple[int, ...]
    _orig: tuple[int, ...]
    _orig_end: tuple[int, ...]
    _copied: tuple[bool, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of ``text`` to the source text (whole words at the edges)."""
        i = bisect_right(self._at, start) - 1
        o_start = self._orig[i] + (start - self._at[i] if self._copied[i] else 0)
        if end <= start:
            return o_start, o_start
        j = bisect_right(self._at, end - 1) - 1
        o_end = self._orig[j] + (end - self._at[j]) if self._copied[j] else self._orig_end[j]
        return o_start, o_end


def _digits_of_token(token: str) -> str:
    parts = token.replace("-", " ").split()
    if parts[0] in _TEENS:
        return str(_TEENS[parts[0]])
    if parts[0] in _TENS:
        return str(_TENS[parts[0]] + (int(_DIGITS[parts[1]]) if len(parts) == 2 else 0))
    if len(parts) == 2:
        return _DIGITS[parts[1]] * _REPEATS[parts[0]]
    return _DIGITS.get(token, token)


def _dotted_runs(text: str, folded: str) -> list[tuple[int, int, str]]:
    """``(start, end, "10.0.5.22")`` for every address read out with "dot"."""
    if folded.count(" dot ") < 3:
        return []
    found = []
    for m in _dotted_run_matches(text):
        address = _dotted_address(m.group(0))
        if address is not None:
            found.append((m.start(), m.end(), address))
    return found


def _run_segments(folded: str, run: re.Match[str]) -> list[tuple[int, int, str | None]]:
    """The replaced segments of one run of digit words ("oh seven nine" -> "079")."""
    segments: list[tuple[int, int, str | None]] = []
    after_word = False
    for m in _PARTS.finditer(folded, run.start(), run.end()):
        if m.group("tok"):
            new = _digits_of_token(m.group("tok"))
            after_word = not m.group("tok")[0].isdigit()
        else:
            sep = m.group("sep")
            # Spaces join the digits of one group; a comma, a dash or "then" ends the group.
            # A bare dash after a word joins ("oh-seven-nine-one-two, three-three-eight").
            if sep == "-" and after_word:
                new = ""
            elif "then" in sep:
                new = " "
            else:
                new = "-" if "-" in sep else (" " if "," in sep else "")
        segments.append((m.start(), m.end(), new))
    return segments


def spell_digits(text: str) -> Spelled | None:
    """``text`` with runs of spelled digits written as digits; None when it has none."""
    segments: list[tuple[int, int, str | None]] = []  # (orig start, orig end, new text or copied)
    last = 0
    folded = fold_case(text)
    # An address wins over a run of digit words starting at the same place ("one nine two dot").
    runs = sorted(
        [*_dotted_runs(text, folded), *((m.start(), m.end(), m) for m in _run_matches(text))],
        key=lambda r: r[0],
    )
    for start, end, found in runs:
        if start < last:
            continue  # the digits of an address already written
        if isinstance(found, str):
            if start > last:
                segments.append((last, start, None))
            segments.append((start, end, found))
            last = end
            continue
        tokens = [m for m in _PARTS.finditer(folded, start, end) if m.group("tok")]
        if sum(1 for t in tokens if not t.group("tok")[0].isdigit()) < _MIN_WORDS:
            continue
        if start > last:
            segments.append((last, start, None))
        assert isinstance(found, re.Match)
        segments.extend(_run_segments(folded, found))
        last = end
    if not segments:
        return None
    if last < len(text):
        segments.append((last, len(text), None))
    return from_segments(text, segments)


def from_segments(text: str, segments: list[tuple[int, int, str | None]]) -> Spelled:
    """The view of ``text`` made of ``segments``: ``(start, end, None)`` copies
    ``text[start:end]``, ``(start, end, new)`` writes ``new`` in its place. The segments
    follow one another and cover the whole text."""
    pieces: list[str] = []
    at: list[int] = []
    orig: list[int] = []
    orig_end: list[int] = []
    copied: list[bool] = []
    pos = 0
    for o_start, o_end, written in segments:
        piece = text[o_start:o_end] if written is None else written
        at.append(pos)
        orig.append(o_start)
        orig_end.append(o_end)
        copied.append(written is None)
        pieces.append(piece)
        pos += len(piece)
    return Spelled("".join(pieces), tuple(at), tuple(orig), tuple(orig_end), tuple(copied))
