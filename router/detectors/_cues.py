"""Regexes tried only where they can start, found from the regex itself.

``re`` tries a pattern such as ``\\b(?:routing|aba)\\s+...`` at every
position of the text, and with ``re.IGNORECASE`` each try is slow: a few such
patterns cost a millisecond per 8,000 characters each. ``CuePattern`` reads
the pattern's syntax tree once, when the module loads, and collects the
literal text every match must start with (its *cues*: "routing", "aba").
Scanning then looks those cues up in the text's shared word index and calls
``pattern.match`` only there. The matches are exactly those of
``pattern.finditer``: the same leftmost, non-overlapping sequence, because
no match can start anywhere else.

When the cues cannot be worked out (a pattern that may start with any
character), or the text holds a character that ``re`` may match in their
place although the case-folded text does not show it ("ſ" matches "s" under
``re.IGNORECASE``, ``\\d`` matches "٣"), the pattern simply runs over the
whole text. The syntax tree comes from ``re._parser``, a private module: a
change there also falls back to the whole-text scan, never to other results.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

from router.detectors._shared import CueWords, WordIndex, fold_case, shared

try:  # the syntax tree of a regex, as ``re.compile`` sees it
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: whole-text scans
    _sre = _sre_parse = None

# Past this many cues, stop making them longer (fewer, shorter cues stay correct).
_MAX_CUES = 300
# A character class at the start becomes one cue per character, up to this many.
_MAX_CLASS = 64

# Non-ASCII characters that ``re`` may match for an ASCII cue: the letters
# that match ASCII ones under re.IGNORECASE (found by trying every code point)
# and the decimal digits of other scripts, which ``\d`` matches.
_TWIST = re.compile(r"[^\x00-\x7f](?<=[\u0130\u0131\u017f\u212a\d])")


def _has_twists(text: str) -> bool:
    return not text.isascii() and _TWIST.search(text) is not None


_Prefix = tuple[str, bool]  # (literal text, a \b was required before it)


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a ``[...]`` class (ASCII only), or None when it is open-ended."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] <= _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")  # other digits: see _has_twists
        else:
            return None  # negated classes, \w, \s, wide ranges...
    if len(chars) > _MAX_CLASS or not all(ch.isascii() for ch in chars):
        return None  # case-insensitive twins of non-ASCII letters vary
    return chars


def _node(op: Any, av: Any) -> tuple[set[_Prefix], bool] | None:
    """Prefixes of one consuming node and whether it is all literal; None: unknown."""
    if op is _sre.SUBPATTERN:
        return _walk(av[-1].data)
    if op is _sre.BRANCH:
        branches = [_walk(alt.data) for alt in av[1]]
        return set().union(*(b[0] for b in branches)), all(b[1] for b in branches)
    if op is _sre.IN:
        chars = _class_chars(av)
        return None if chars is None else ({(ch, False) for ch in chars}, False)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _walk(av[2].data)[0], False
    return None


def _walk(items: list[tuple[Any, Any]]) -> tuple[set[_Prefix], bool]:
    """Prefixes every match of the sequence ``items`` starts with, and whether the
    sequence is nothing but those literals (so what follows may extend them)."""
    out: set[_Prefix] = {("", False)}
    for op, av in items:
        if op is _sre.LITERAL:
            ch = chr(av)
            if not ch.isascii():
                return out, False  # case-insensitive twins of non-ASCII letters vary
            out = {(s + ch, b) for s, b in out}
        elif op is _sre.AT:
            if av is _sre.AT_BOUNDARY:
                out = {(s, b or not s) for s, b in out}
        elif op not in (_sre.ASSERT, _sre.ASSERT_NOT):  # look-arounds consume nothing
            node = _node(op, av)
            if node is None:
                return out, False
            sub, complete = node
            joined = {(s + p, b or (not s and pb)) for s, b in out for p, pb in sub}
            if len(joined) > _MAX_CUES:
                return out, False
            out = joined
            if not complete:
                return out, False
    return out, True


def derive_cues(pattern: re.Pattern[str]) -> tuple[CueWords, tuple[str, ...]] | None:
    """The cues of ``pattern``: lower-case literals that start a word (after ``\\b``) and
    literals that may occur anywhere; None when a match could start with anything."""
    if _sre_parse is None:
        return None
    try:
        prefixes, _ = _walk(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an unknown tree shape: scan the whole text
        return None
    at_word: set[str] = set()
    anywhere: set[str] = set()
    for text, bounded in prefixes:
        if not text:
            return None
        # \b before a letter or digit: the character before is none (an index hit).
        if bounded and text[0].isalnum():
            at_word.add(text.lower())
        else:
            anywhere.add(text.lower())
    return CueWords(at_word), tuple(sorted(anywhere))


def _anywhere(folded: str, literals: tuple[str, ...]) -> set[int]:
    found: set[int] = set()
    for literal in literals:
        i = folded.find(literal)
        while i != -1:
            found.add(i)
            i = folded.find(literal, i + 1)
    return found


class CuePattern:
    """A compiled regex with the cues it starts with (see the module docstring)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Wrap ``pattern`` and work out its cues."""
        self.pattern = pattern
        self.cues = derive_cues(pattern)

    def _starts(self, text: str) -> list[int] | None:
        if self.cues is None or shared(text, _has_twists):
            return None
        at_word, anywhere = self.cues
        starts = shared(text, WordIndex).starts(at_word)
        if anywhere:
            return sorted(_anywhere(fold_case(text), anywhere).union(starts))
        return starts

    def _matches(self, subject: str, starts: list[int]) -> Iterator[re.Match[str]]:
        last_end = 0
        for pos in starts:
            if pos < last_end:
                continue  # inside the previous match, as finditer skips it
            m = self.pattern.match(subject, pos)
            if m is not None:
                last_end = max(m.end(), pos + 1)
                yield m

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``."""
        starts = self._starts(text)
        if starts is None:
            return self.pattern.finditer(text)
        return self._matches(text, starts)

    def finditer_folded(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(fold_case(text))``, for lower-case patterns."""
        starts = self._starts(text)
        if starts is None:
            return self.pattern.finditer(fold_case(text))
        return self._matches(fold_case(text), starts)

    def search_folded(self, text: str) -> re.Match[str] | None:
        """The match of ``pattern.search(fold_case(text))``."""
        return next(self.finditer_folded(text), None)
