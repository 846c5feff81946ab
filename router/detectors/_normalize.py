"""Undo the tricks that hide values from pattern matching, keeping offsets.

Zero-width and other invisible format characters are removed; homoglyphs
(Cyrillic and Greek letters that look Latin, full-width forms, exotic dashes,
dots and spaces) become their ASCII look-alike. Detectors run on the
normalised text; ``Normalized.span`` maps their spans back to the original,
so findings and redactions always point into what the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that render as nothing but split a token for a regex.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)

# Look-alikes of ASCII letters, digits and separators, one character each so
# offsets stay aligned (only removals shift them).
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "B", "е": "e", "ё": "e", "і": "i", "ј": "j", "к": "k", "м": "M",
    "н": "H", "о": "o", "р": "p", "с": "c", "т": "T", "у": "y", "х": "x", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S",
    "Ү": "Y", "Һ": "H", "Ӏ": "I", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Separators and punctuation people (or attackers) paste in
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\ufe63": "-", "\u2024": ".", "\u00b7": ".", "\u2027": ".",
    "\uff20": "@", "\ufe6b": "@", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
}  # fmt: skip


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(ch): None for ch in _INVISIBLE}
    table.update({ord(k): v for k, v in _HOMOGLYPHS.items()})
    # Full-width ASCII (U+FF01..U+FF5E) and mathematical digits/letters.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    for start in (0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6):  # bold, double-struck... digits
        for i in range(10):
            table[start + i] = str(i)
    for code in range(0x1D400, 0x1D6A4):  # mathematical alphanumerics (bold, italic...)
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded.isascii():
            table[code] = folded
    return table


_TABLE = _build_table()
_ASCII_BYTES = bytes(range(128))


def distinct_non_ascii(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` outside ASCII."""
    # In UTF-8 every byte of a non-ASCII character is 128 or more: deleting the ASCII
    # bytes leaves those characters, whole, at C speed (a regex over the text cost a
    # tenth of a millisecond per 8k). "surrogatepass" lets lone surrogates through
    # (JSON may carry them); they are not ASCII either.
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return frozenset(rest.decode("utf-8", "surrogatepass"))


# The characters the table deletes.
_REMOVED = re.compile(
    "[" + re.escape("".join(chr(code) for code, to in _TABLE.items() if to is None)) + "]+"
)


def _fold(text: str) -> str:
    """``text`` with every character in ``_TABLE`` replaced (the same as
    ``text.translate(_TABLE)``)."""
    # str.translate is slow on any text that is not pure ASCII, and a callback per
    # run of non-ASCII characters costs a fraction of a millisecond per 8k: one
    # str.replace per distinct character to fold (a few in most texts) runs at C
    # speed. Every replacement is ASCII or nothing, never another key, so the order
    # of the replaces does not matter.
    for ch in distinct_non_ascii(text):
        code = ord(ch)
        if code in _TABLE:
            text = text.replace(ch, _TABLE[code] or "")
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to the original's offsets.

    ``origin`` is ``None`` when no character was removed (offsets are then
    identical); otherwise ``origin[i]`` is the original index of normalised
    character ``i``, with one sentinel entry for the end of the text.
    """

    text: str
    origin: list[int] | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the original text."""
        if self.origin is None:
            return start, end
        if end <= start:
            pos = self.origin[start]
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Return ``text`` with invisible characters removed and homoglyphs folded."""
    if text.isascii():
        # The fast path for almost every request: nothing to fold.
        return Normalized(text, None, len(text))
    folded = _fold(text)
    if len(folded) == len(text):
        return Normalized(folded, None, len(text))
    # The kept characters' offsets: the ranges between removed characters.
    origin: list[int] = []
    last = 0
    for m in _REMOVED.finditer(text):
        origin.extend(range(last, m.start()))
        last = m.end()
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return Normalized(folded, origin, len(text))
