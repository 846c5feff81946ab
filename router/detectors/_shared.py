"""Views of a text that several detectors need, computed once per scan.

Detectors are functions of a ``str``. Many of them want the same derived
views of it (the case-folded text, where each word starts, whether it is a
story): computing those once per detector made every request pay for them
a dozen times. The registry therefore hands each finder a ``ScanText``, a
``str`` that also remembers what has been derived from it; ``shared`` returns
the remembered value, or computes and stores it. A finder called with a plain
``str`` (tests, other callers) computes the view afresh and gets the same
answer, so detectors never depend on who called them.

The memory lives in the ``ScanText`` object and goes away with it at the end
of the scan: there is no cache shared between texts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate, compress, repeat
from operator import add
from typing import TypeVar, cast

from router.detectors._normalize import distinct_non_ascii

T = TypeVar("T")


class ScanText(str):
    """A text being scanned, carrying the views detectors derived from it (see ``shared``)."""

    _memo: dict[object, object]
    # Views that do not depend on letter case (see ``_CASE_BLIND``), shared with the
    # case-folded copy: finders that run on ``fold_case(text)`` reuse the word index.
    _case_blind: dict[object, object]

    def __new__(cls, text: str, *, case_blind: dict[object, object] | None = None) -> ScanText:
        """Wrap ``text`` (its characters are kept as they are); ``case_blind`` is the
        memory of case-blind views of a text that differs from this one only in case."""
        self = super().__new__(cls, text)
        self._memo = {}
        self._case_blind = {} if case_blind is None else case_blind
        return self

    def forget(self) -> None:
        """Drop every view derived from this text (call it when the scan is over).

        The case-blind memory holds the case-folded copy, which shares that memory:
        a reference cycle that only the garbage collector would free, with the word
        index and everything else in it. Left to the collector, each scan's views
        piled up until a full pass, which cost milliseconds at random requests.
        """
        self._memo.clear()
        self._case_blind.clear()


# Views whose value is the same for a text and its case-folded copy (filled in below).
_CASE_BLIND: set[object] = set()


def shared(text: str, compute: Callable[[str], T]) -> T:
    """``compute(text)``, computed once per ``ScanText`` (every time for a plain ``str``).

    ``compute`` must be a pure function of the text, defined once (at module
    level): it is the key of the memory.
    """
    if isinstance(text, ScanText):
        memo = text._case_blind if compute in _CASE_BLIND else text._memo
        if compute in memo:
            return cast(T, memo[compute])
        value = compute(text)
        memo[compute] = value
        return value
    return compute(text)


def word_table(words: Iterable[str]) -> dict[str, None]:
    """``words`` as the keys of a dict, for a large fixed word list that is only looked up
    (``word in table``; ``some_set.difference(table)`` also runs at C speed).

    Every full garbage collection walks each element of every set, while a dict of
    strings is not tracked by the collector at all. The name and word lists (~90,000
    words) as frozensets made each full collection cost 3-7 ms, a pause that fell on
    whichever request was being scanned: most of the 8k benchmark's p99.
    """
    return dict.fromkeys(words)


# Bytes of ASCII capitals become lower case; every other byte stays (in UTF-8, those of
# non-ASCII characters are all 128 or more).
_ASCII_LOWER = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))


def _ascii_lower(text: str) -> str:
    """``text`` with only its ASCII letters in lower case (``str.translate`` with a dict
    cost ~50 ms per 512k characters of non-ASCII text; bytes translate at C speed)."""
    raw = text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER)
    return raw.decode("utf-8", "surrogatepass")


def _lower(text: str) -> str:
    return str.lower(text)


def lower_case(text: str) -> str:
    """``text.lower()``, found once per scan (several detectors and views read it)."""
    return shared(text, _lower)


def _fold_case(text: str) -> str:
    lowered = lower_case(text)
    folded = lowered if len(lowered) == len(text) else _ascii_lower(text)
    if isinstance(text, ScanText):
        # A ScanText too, so that finders given the folded text share the original's
        # word index (building it again costs more than most detectors).
        return ScanText(folded, case_blind=text._case_blind)
    return folded


def fold_case(text: str) -> str:
    """``text`` with ASCII letters in lower case and every offset unchanged.

    Cue patterns run on this with case-sensitive lower-case regexes, which
    Python matches about three times faster than ``re.IGNORECASE`` ones.
    (``str.lower`` may change the length of non-ASCII text, such as "İ"; the
    slower ASCII-only mapping is used then.)
    """
    return shared(text, _fold_case)


# Non-ASCII characters that ``re`` may match for an ASCII letter or digit: the
# letters that match ASCII ones under re.IGNORECASE (found by trying every
# code point: İ ı ſ and the Kelvin sign) and the decimal digits of other
# scripts, which ``\d`` matches.
_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def non_ascii_chars(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` outside ASCII, found once per scan."""
    return shared(text, distinct_non_ascii)


def _ascii_twin(ch: str) -> str | None:
    """The ASCII letter or digit ``re`` may match ``ch`` for, or None."""
    if ch in _TWINS:
        return _TWINS[ch]
    return str(unicodedata.decimal(ch)) if ch.isdecimal() else None  # what \d matches


def _cue_fold(text: str) -> str:
    folded = fold_case(text)
    if folded.isascii():
        return folded
    # One str.replace per distinct twin (rare): C speed, where a regex substitution
    # over the text cost a fraction of a millisecond per 8k.
    twisted = folded
    for ch in non_ascii_chars(folded):
        twin = _ascii_twin(ch)
        if twin is not None:
            twisted = twisted.replace(ch, twin)
    # Without twins, the same object: callers may then skip checks (see ``anchored_matches``).
    return folded if twisted == folded else twisted


def cue_fold(text: str) -> str:
    """``fold_case(text)`` with the non-ASCII characters ``re`` may match for an ASCII
    letter or digit replaced by it, offsets unchanged: where a regex cue can match,
    this text shows the cue. For a ``ScanText`` without such characters, the very
    object ``fold_case`` returns."""
    return shared(text, _cue_fold)


# A run of letters and digits; a cue must start one (see ``CueWords``).
_ALNUM_RUN = re.compile(r"[^\W_]+")


class CueWords:
    """Lower-case literals to find where they start a word (the previous character is no
    letter or digit), prepared for ``cue_starts``.

    A cue made of letters and digits only ("licen", "my") starts every word
    that begins with it ("license", "myself"); a cue with other characters
    ("a/c", "i'm") is looked up by its leading letters and then checked in
    full; a cue that starts with neither is searched for with ``str.find``.
    """

    def __init__(self, cues: Iterable[str], *, whole: Iterable[str] = ()) -> None:
        """Prepare ``cues`` (matched case-insensitively) and ``whole``: lower-case words
        of letters and digits that must be the entire word, not its start."""
        self.whole: tuple[str, ...] = tuple(sorted(set(whole)))
        self.whole_set = frozenset(self.whole)
        literals = sorted({c.lower() for c in cues if c})
        self.prefixes: tuple[str, ...] = tuple(c for c in literals if c.isalnum())
        glued: list[tuple[str, str]] = []
        odd: list[str] = []
        for c in literals:
            if c.isalnum():
                continue
            head = _ALNUM_RUN.match(c)
            if head is None:
                odd.append(c)
            else:
                glued.append((head.group(0), c))
        self.glued: tuple[tuple[str, str], ...] = tuple(glued)
        # The glued cues by their leading word: one ``startswith`` per place that word
        # stands tests all of them ("i'm", "i've", "i am"... share "i").
        by_head: dict[str, list[str]] = {}
        for head_word, cue in glued:
            by_head.setdefault(head_word, []).append(cue)
        self.glued_by_head: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (head_word, tuple(group)) for head_word, group in sorted(by_head.items())
        )
        self.odd: tuple[str, ...] = tuple(odd)
        # What ``WordIndex.starts`` looks up: the same offsets found with less work per
        # text. A prefix that starts with a shorter one finds no word the shorter one
        # misses, nor does a whole word that starts with a prefix, nor a glued cue whose
        # leading word a prefix or a whole word finds: left out, the words found differ
        # from one another, and so do their offsets (no set to weed out repeats).
        kept: list[str] = []
        for cue in self.prefixes:  # sorted: a shorter prefix of ``cue`` is the last kept
            if not (kept and cue.startswith(kept[-1])):
                kept.append(cue)
        prefixes = tuple(kept)
        # (prefix, a string just past every word that starts with it): the words with that
        # prefix are those from one to the other in sorted order (no word has U+10FFFF, a
        # noncharacter that is neither a letter nor a digit).
        self.prefix_bounds: tuple[tuple[str, str], ...] = tuple(
            (cue, cue + "\U0010ffff") for cue in prefixes
        )
        self.lookup_prefixes = prefixes
        self.lookup_whole: tuple[str, ...] = tuple(
            w for w in self.whole if not (prefixes and w.startswith(prefixes))
        )
        self.lookup_glued: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (head_word, group)
            for head_word, group in self.glued_by_head
            if head_word not in self.whole_set and not (prefixes and head_word.startswith(prefixes))
        )


# Bytes of ASCII letters and digits stay; every other byte becomes a space.
_SPACE_OUT = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
# The same for UTF-8, where the bytes of non-ASCII characters (all 128 or more) stay.
_SPACE_OUT_UTF8 = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))


def _spaced(folded: str) -> str:
    """``folded`` with every character but letters and digits made a space (same offsets)."""
    # Bytes translate at C speed.
    if folded.isascii():
        return folded.encode("ascii").translate(_SPACE_OUT).decode("ascii")
    # ASCII bytes never occur inside a UTF-8 sequence: the non-ASCII characters come
    # back as they were, and those that are not letters or digits (a few distinct
    # ones) are replaced after.
    # ("surrogatepass": lone surrogates, which JSON may carry, are bytes of 128 or more too.)
    spaced = (
        folded.encode("utf-8", "surrogatepass")
        .translate(_SPACE_OUT_UTF8)
        .decode("utf-8", "surrogatepass")
    )
    for ch in non_ascii_chars(folded):
        if not ch.isalnum():
            spaced = spaced.replace(ch, " ")
    return spaced


def _word_positions(spaced: str) -> dict[str, list[int]]:
    """Every word of ``spaced`` (letters and digits between spaces) with its offsets."""
    pieces = spaced.split(" ")  # a word, or "" between two spaces in a row
    # Each piece starts one past the end of the one before: the offsets are the running
    # sum of the lengths plus one, kept for the pieces that are words. All at C speed.
    offsets = compress(accumulate(map(add, map(len, pieces), repeat(1)), initial=0), pieces)
    positions: dict[str, list[int]] = {}
    get = positions.get
    for word, offset in zip(filter(None, pieces), offsets, strict=True):
        found = get(word)
        if found is None:
            positions[word] = [offset]
        else:
            found.append(offset)
    return positions


class WordIndex:
    """Where each word (a run of letters and digits) of a case-folded text stands.

    The words and their offsets come from ``str.split`` on a copy with
    everything else made a space, and running sums of their lengths, both at
    C speed (a regex match object per word would cost a millisecond per 8,000
    characters, a ``str.find`` through the text per word looked up nearly as
    much). One dictionary then answers every cue of every detector.
    """

    def __init__(self, text: str) -> None:
        """Index the words of ``cue_fold(text)``."""
        self.folded = cue_fold(text)
        self._positions = _word_positions(_spaced(self.folded))
        # Whether a word (lower case, letters and digits) occurs as a whole word: the
        # dictionary's own test, at C speed in ``filter``.
        self.has: Callable[[object], bool] = self._positions.__contains__
        self.words = sorted(self._positions)
        self._found: dict[CueWords, list[int]] = {}
        self._joined: str | None = None

    def joined(self) -> str:
        """The distinct words on one line each: a literal of ASCII letters and digits that
        occurs in the case-folded text occurs in this too, which is shorter to search."""
        if self._joined is None:
            self._joined = "\n".join(self.words)
        return self._joined

    def where(self, word: str) -> list[int]:
        """The offsets where ``word`` (lower case, letters and digits) occurs as a whole word."""
        return self._positions.get(word, [])

    def _word_hits(self, cues: CueWords) -> list[int]:
        """The offsets of the words that start with one of the prefixes of ``cues`` or are
        one of its whole words, unsorted. Each word is found once (see ``CueWords``)."""
        positions = self._positions
        words = self.words
        hits: list[int] = []
        if len(words) < len(cues.lookup_prefixes):
            # A short text: fewer words to test than prefixes to look up.
            prefixes = cues.lookup_prefixes
            for word in words:
                if word.startswith(prefixes):
                    hits.extend(positions[word])
        else:
            count = len(words)
            for cue, past in cues.prefix_bounds:
                i = bisect_left(words, cue)
                # The words that start with ``cue`` follow one another from ``i`` in sorted
                # order; most prefixes start none, which one test tells.
                if i < count and words[i].startswith(cue):
                    for word in words[i : bisect_left(words, past, i + 1)]:
                        hits.extend(positions[word])
        for found in filter(None, map(positions.get, cues.lookup_whole)):
            hits.extend(found)
        return hits

    def _odd_hits(self, cues: CueWords, hits: list[int]) -> None:
        """Add to ``hits`` the offsets where an odd cue (see ``CueWords``) starts a word."""
        seen = set(hits)
        folded = self.folded
        for cue in cues.odd:
            i = folded.find(cue)
            while i != -1:
                if (i == 0 or not folded[i - 1].isalnum()) and i not in seen:
                    seen.add(i)
                    hits.append(i)
                i = folded.find(cue, i + 1)

    def starts(self, cues: CueWords) -> list[int]:
        """Sorted offsets where one of ``cues`` starts a word."""
        found = self._found.get(cues)
        if found is not None:
            return found
        hits = self._word_hits(cues)
        if cues.lookup_glued:
            folded = self.folded
            get = self._positions.get
            for head, glued in cues.lookup_glued:
                at = get(head)
                if at is not None:
                    # Not found already: the head word is none of those found above.
                    hits.extend([pos for pos in at if folded.startswith(glued, pos)])
        if cues.odd:
            self._odd_hits(cues, hits)
        hits.sort()
        self._found[cues] = hits
        return hits


# Runs of non-space characters at least this long: every token, key and random-looking
# value the secret detectors look for lies inside one.
LONG_WORD = 12


def _long_words(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    find = text.find
    end = 0
    # ``str.split`` splits where ``\s`` matches, at C speed; a long word's first
    # occurrence after the previous long one is the word itself: an earlier one
    # would lie inside a word at least as long, which would have come first.
    for word in [w for w in text.split() if len(w) >= LONG_WORD]:
        start = find(word, end)
        end = start + len(word)
        found.append((start, end))
    return found


def long_words(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of ``LONG_WORD`` or more non-space characters (the
    spans of ``re.finditer(r"\\S{12,}", text)``), found once per scan."""
    return shared(text, _long_words)


# fold_case(fold_case(t)) is fold_case(t), cue_fold and the word index read the folded text.
_CASE_BLIND.update((_fold_case, _cue_fold, WordIndex))


def words_joined(text: str) -> str | None:
    """``WordIndex.joined`` of a ``ScanText``; None for a plain ``str``."""
    return shared(text, WordIndex).joined() if isinstance(text, ScanText) else None


def cue_starts(text: str, cues: CueWords) -> list[int]:
    """Sorted offsets in ``text`` where one of ``cues`` starts a word (in any case)."""
    return shared(text, WordIndex).starts(cues)
