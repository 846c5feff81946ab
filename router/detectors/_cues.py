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

Characters that ``re`` may match for an ASCII cue although they are not
ASCII ("ſ" matches "s" under ``re.IGNORECASE``, ``\\d`` matches "٣") are
folded to their ASCII twin in the index (see ``_shared.cue_fold``). When the
cues cannot be worked out (a pattern that may start with any character), the
pattern simply runs over the whole text. The syntax tree comes from
``re._parser``, a private module: a change there also falls back to the
whole-text scan, never to other results.
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

# (literal text, a \b was required before it, no letter or digit may follow it)
_Prefix = tuple[str, bool, bool]


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a ``[...]`` class (ASCII only), or None when it is open-ended."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] <= _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")  # other digits: see _shared.cue_fold
        else:
            return None  # negated classes, \w, \s, wide ranges...
    if len(chars) > _MAX_CLASS or not all(ch.isascii() for ch in chars):
        return None  # case-insensitive twins of non-ASCII letters vary
    return chars


_NOT_ALNUM_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK")


def _never_alnum(op: Any, av: Any) -> bool:
    """True when the node ``(op, av)`` cannot start with a letter or digit."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1:
        op, av = av[2].data[0]
    if op is _sre.LITERAL:
        return not chr(av).isalnum()
    if op is not _sre.IN:
        return False
    categories = {getattr(_sre, name, None) for name in _NOT_ALNUM_CATEGORIES}
    return all(
        (kind is _sre.LITERAL and not chr(value).isalnum())
        or (kind is _sre.CATEGORY and value in categories)
        for kind, value in av
    )


# ASCII letters and digits (longer literals stop at the first other character).
_ALNUM_HEAD = re.compile(r"[a-zA-Z0-9]+")

_Split = tuple[set[_Prefix], set[_Prefix]]  # (prefixes that stop, prefixes that go on)


def _join(heads: set[_Prefix], tails: set[_Prefix]) -> set[_Prefix]:
    # An empty tail marked "ends" stands for a part that starts with no letter or digit
    # ("i\s+am" once ``re`` has split "i'm|im|i\s+am" into "i" and the rest): the head
    # then ends a word too.
    return {
        (s + p, b or (not s and pb), pe if p else e or pe)
        for s, b, e in heads
        for p, pb, pe in tails
    }


def _first_words(prefixes: set[_Prefix]) -> set[_Prefix]:
    """``prefixes`` cut after their leading run of letters and digits: shorter prefixes of
    the same matches, which no letter or digit may follow where the cut was made."""
    cut: set[_Prefix] = set()
    for s, b, e in prefixes:
        head = _ALNUM_HEAD.match(s)
        if head is None or head.end() == len(s):
            cut.add((s, b, e))
        else:
            cut.add((head.group(0), b, True))
    return cut


def _node(op: Any, av: Any) -> _Split | None:
    """Prefixes of one consuming node; those that go on are all literal. None: unknown."""
    if op is _sre.SUBPATTERN:
        return _walk(av[-1].data)
    if op is _sre.BRANCH:
        stop: set[_Prefix] = set()
        go: set[_Prefix] = set()
        for alt in av[1]:
            alt_stop, alt_go = _walk(alt.data)
            stop |= alt_stop
            go |= alt_go
        return stop, go
    if op is _sre.IN:
        chars = _class_chars(av)
        return None if chars is None else ({(ch, False, False) for ch in chars}, set())
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        once_stop, once_go = _walk(av[2].data)
        return once_stop | once_go, set()
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        once_stop, once_go = _walk(av[2].data)  # x? is x or nothing
        return once_stop, once_go | {("", False, False)}
    return None


def _walk(items: list[tuple[Any, Any]]) -> _Split:
    """Prefixes every match of the sequence ``items`` starts with: those that stop
    within it, and those that are the whole (literal) sequence, which what follows
    may extend."""
    stop: set[_Prefix] = set()
    out: set[_Prefix] = {("", False, False)}
    for op, av in items:
        if op is _sre.LITERAL:
            ch = chr(av)
            if not ch.isascii():
                return stop | out, set()  # case-insensitive twins of non-ASCII letters vary
            out = {(s + ch, b, False) for s, b, _ in out}
        elif op is _sre.AT:
            if av is _sre.AT_BOUNDARY:  # at the start: a word starts; after a word: it ends
                out = {(s, b or not s, e or (bool(s) and s.isalnum())) for s, b, e in out}
        elif op not in (_sre.ASSERT, _sre.ASSERT_NOT):  # look-arounds consume nothing
            if _never_alnum(op, av):
                out = {(s, b, e or not s or s.isalnum()) for s, b, e in out}
            # A class after a literal adds little but multiplies the cues: stop there.
            class_led = op is _sre.IN or (
                op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
                and av[2].data[:1]
                and av[2].data[0][0] is _sre.IN
            )
            if class_led and any(s for s, _, _ in out):
                return stop | out, set()
            node = _node(op, av)
            if node is None:
                return stop | out, set()
            node_stop, node_go = node
            if len(stop) + len(out) * (len(node_stop) + len(node_go)) > _MAX_CUES:
                # Too many long cues ("reset the account ", "reset my account "...): their
                # first words alone are fewer, and still tell where a match may start.
                short = _first_words(node_stop | node_go)
                if len(stop) + len(out) * len(short) > _MAX_CUES:
                    return stop | out, set()
                return stop | _join(out, short), set()
            stop |= _join(out, node_stop)
            out = _join(out, node_go)
            if not out:
                break
    return stop, out


def derive_cues(pattern: re.Pattern[str]) -> tuple[CueWords, tuple[str, ...]] | None:
    """The cues of ``pattern``: lower-case literals that start a word (after ``\\b``),
    whole words, and literals that may occur anywhere; None when a match could start
    with anything."""
    if _sre_parse is None:
        return None
    try:
        stop, go = _walk(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an unknown tree shape: scan the whole text
        return None
    at_word: set[str] = set()
    whole: set[str] = set()
    anywhere: set[str] = set()
    for text, bounded, ends in stop | go:
        if not text:
            return None
        # \b before a letter or digit: the character before is none (an index hit).
        if bounded and text[0].isalnum():
            (whole if ends and text.isalnum() else at_word).add(text.lower())
        else:
            anywhere.add(text.lower())
    return CueWords(at_word, whole=whole), tuple(sorted(anywhere))


# The ASCII literals of each tuple ``positions_of`` was given (a few fixed tuples).
_ASCII_LITERALS: dict[tuple[str, ...], tuple[str, ...]] = {}


def positions_of(folded: str, literals: tuple[str, ...], joined: str | None = None) -> set[int]:
    """Every offset in ``folded`` where one of ``literals`` starts.

    ``joined`` is the text's distinct words (``WordIndex.joined``) when ``folded``
    has no run of letters and digits that is not inside one of them.
    """
    found: set[int] = set()
    if folded.isascii():  # known without a pass over the text
        # A literal outside ASCII is in no ASCII text (a search each cost ~1-3 us per 8k).
        ascii_only = _ASCII_LITERALS.get(literals)
        if ascii_only is None:
            ascii_only = _ASCII_LITERALS[literals] = tuple(c for c in literals if c.isascii())
        literals = ascii_only
    for literal in literals:
        # A literal of letters and digits lies inside a word: the distinct words, a
        # fraction of the text, rule most literals out at a fraction of a search.
        if joined is not None and literal not in joined and literal.isalnum():
            continue
        i = folded.find(literal)
        while i != -1:
            found.add(i)
            i = folded.find(literal, i + 1)
    return found


class CuePattern:
    """A compiled regex with the cues it starts with (see the module docstring)."""

    def __init__(self, pattern: re.Pattern[str], *, digits_need: tuple[str, ...] = ()) -> None:
        """Wrap ``pattern`` and work out its cues. ``digits_need``: lower-case words one of
        which stands as a whole word in the text of every match that starts with a digit
        ("6 wks post op" needs "post"); without them, numbers are not tried at all."""
        self.pattern = pattern
        self.cues = derive_cues(pattern)
        # The literals that may occur anywhere, for callers that want word starts only.
        self._anywhere_words = None if self.cues is None else CueWords(self.cues[1])
        self._digits_need = digits_need
        # The cues that start with no digit, used when no word of ``digits_need`` stands:
        # every number of a long text is a cue otherwise, and a try at each cost ~0.05 ms
        # per 8,000 characters of code or tables for each such pattern.
        self._no_digit_cues: tuple[CueWords, tuple[str, ...]] | None = None
        if self.cues is not None and digits_need:
            at_word, anywhere = self.cues
            led = (*at_word.prefixes, *(cue for _, cue in at_word.glued), *at_word.odd)
            self._no_digit_cues = (
                CueWords(
                    [c for c in led if not c[0].isdigit()],
                    whole=[w for w in at_word.whole if not w[0].isdigit()],
                ),
                tuple(c for c in anywhere if not c[0].isdigit()),
            )

    def literals(self) -> frozenset[str]:
        """Every cue (lower case) a match may start with; empty when there are no cues."""
        if self.cues is None:
            return frozenset()
        at_word, anywhere = self.cues
        return frozenset(
            (*at_word.prefixes, *at_word.whole, *(c for _, c in at_word.glued), *at_word.odd)
        ).union(anywhere)

    def starts(self, text: str) -> list[int] | None:
        """Sorted offsets where a match may start; None when every offset may."""
        if self.cues is None:
            return None
        at_word, anywhere = self.cues
        index = shared(text, WordIndex)
        if self._no_digit_cues is not None and not any(map(index.where, self._digits_need)):
            at_word, anywhere = self._no_digit_cues
        starts = index.starts(at_word)
        if anywhere:
            return sorted(positions_of(index.folded, anywhere, index.joined()).union(starts))
        return starts

    def word_starts(self, text: str) -> list[int] | None:
        """Like ``starts``, limited to offsets where a word starts (see ``WordIndex``)."""
        if self.cues is None or self._anywhere_words is None:
            return None
        index = shared(text, WordIndex)
        at_word = index.starts(self.cues[0])
        if not self.cues[1]:
            return at_word
        return sorted(set(at_word).union(index.starts(self._anywhere_words)))

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
        starts = self.starts(text)
        if starts is None:
            return self.pattern.finditer(text)
        if not starts:
            return iter(())  # no cue in the text (most calls): no generator to start
        return self._matches(text, starts)

    def finditer_folded(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(fold_case(text))``, for lower-case patterns."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.finditer(fold_case(text))
        if not starts:
            return iter(())
        return self._matches(fold_case(text), starts)

    def search(self, text: str) -> re.Match[str] | None:
        """The match of ``pattern.search(text)``."""
        return next(self.finditer(text), None)

    def search_folded(self, text: str) -> re.Match[str] | None:
        """The match of ``pattern.search(fold_case(text))``."""
        return next(self.finditer_folded(text), None)
