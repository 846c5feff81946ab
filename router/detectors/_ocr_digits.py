"""Numbers as OCR and hurried typing write them: letters that look like digits inside a number.

Text pasted from a scan, a photo of a label or a screenshot reads "BSN: l73O48922", "PIN
1l93", "keypad code 4O71#": an O for a zero, an l or an I for a one. The number detectors
read digits, so this module offers a second view of such a text in which, inside a word
made of digits and those letters only, the letters are written as the digits they stand
for ("BSN: 173048922"). The registry runs the number detectors over that view as well;
the view has the text's length, so its spans are the text's.

A word is read so only when digits are most of it and it holds three at least: "lol",
"IO", "O2" and "l0l" stay words.
"""

from __future__ import annotations

from router.detectors._numbers import digit_runs
from router.detectors._spoken_digits import Spelled, from_segments

__all__ = ["ocr_digits"]

# The letters OCR takes digits for, and the digits they stand for.
_LOOKALIKES = {"O": "0", "o": "0", "I": "1", "l": "1"}
_MIN_DIGITS = 3


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of digits and look-alike letters around the digits at ``start:end``."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in _LOOKALIKES):
        start -= 1
    size = len(text)
    while end < size and (text[end].isdigit() or text[end] in _LOOKALIKES):
        end += 1
    return start, end


def ocr_digits(text: str) -> Spelled | None:
    """``text`` with the look-alike letters inside its numbers written as digits, or None
    when it has no such number."""
    segments: list[tuple[int, int, str | None]] = []
    last = 0
    for run_start, run_end in digit_runs(text):
        if run_start < last:
            continue  # inside the word read before
        before = text[run_start - 1] if run_start > 0 else ""
        after = text[run_end] if run_end < len(text) else ""
        if before not in _LOOKALIKES and after not in _LOOKALIKES:
            continue  # most numbers: no look-alike letter touches them
        start, end = _word_around(text, run_start, run_end)
        # A word of its own: not the tail of "Hello2024" nor the head of "4Olympics".
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        word = text[start:end]
        digits = sum(ch.isdigit() for ch in word)
        if digits < _MIN_DIGITS or digits * 2 <= len(word):
            continue
        if start > last:
            segments.append((last, start, None))
        segments.append((start, end, "".join(_LOOKALIKES.get(ch, ch) for ch in word)))
        last = end
    if not segments:
        return None
    segments.append((last, len(text), None))
    return from_segments(text, segments)
