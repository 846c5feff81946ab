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
    return _cues_of(stop | go)


def _cues_of(prefixes: set[_Prefix]) -> tuple[CueWords, tuple[str, ...]] | None:
    """The cues (see ``derive_cues``) of the prefixes ``_walk`` found."""
    at_word: set[str] = set()
    whole: set[str] = set()
    anywhere: set[str] = set()
    for text, bounded, ends in prefixes:
        if not text:
            return None
        # \b before a letter or digit: the character before is none (an index hit).
        if bounded and text[0].isalnum():
            (whole if ends and text.isalnum() else at_word).add(text.lower())
        else:
            anywhere.add(text.lower())
    return CueWords(at_word, whole=whole), tuple(sorted(anywhere))


# Words a match needs.
#
# A branch of a long alternation ("an? unknown \w+ ... logged in to my") starts with a
# word that is everywhere ("a"), and trying it at each "a" of a long text finds nothing
# when a word that every match of that branch has ("unknown") stands nowhere in it.
# ``_need`` reads such words off the syntax tree: a literal of letters and digits with no
# letter or digit on either side (``\b``, ``\s``, punctuation) is a whole word of
# the text wherever the branch matches, so the word index (one dictionary look-up) rules
# the branch out when it lacks the word. Regex letters match only ASCII letters and the
# twins ``cue_fold`` turns into them, and ``\b`` stands next to no letter or digit.

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT")
# Past this many branches, a pattern is not split further (each is checked per text).
_MAX_PATHS = 64
# A branch's needs are looked up when it starts with a word this short or shorter...
_SHORT = 4
# ... at most this many sets of words for each (any set absent rules the branch out).
_NEEDS_PER_PATH = 2


def _is_repeat(op: Any) -> bool:
    return op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT)


def _edge_before(items: list[tuple[Any, Any]], i: int, before: bool) -> bool:
    """Whether the character before ``items[i]`` (once ``items[:i]`` matched) is no letter or
    digit, or there is none, when what ``items[i]`` matches starts with a letter or digit;
    ``before`` says the same of the start of ``items``."""
    edge: bool | None = None  # None: not known yet, look further back
    while edge is None and i > 0:
        i -= 1
        op, av = items[i]
        if op is _sre.LITERAL or op is _sre.IN:
            edge = _never_alnum(op, av)
        elif op is _sre.AT:
            # \b right before a letter or digit: the character before is no word character.
            if av in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
                edge = True
        elif _is_repeat(op):
            body = av[2].data
            last = _edge_before(body, len(body), False)
            if av[0] >= 1 or not last:
                edge = last  # else none or more: what came before counts when there are none
        elif op is _sre.SUBPATTERN:
            body = av[-1].data
            edge = _edge_before(body, len(body), _edge_before(items, i, before))
        elif op is _sre.BRANCH:
            rest = _edge_before(items, i, before)
            edge = all(_edge_before(alt.data, len(alt.data), rest) for alt in av[1])
        elif op not in (_sre.ASSERT, _sre.ASSERT_NOT):  # look-arounds consume nothing
            edge = False
    return before if edge is None else edge


def _edge_after(items: list[tuple[Any, Any]], i: int, after: bool) -> bool:
    """Whether the character at the start of ``items[i:]`` is no letter or digit, or there is
    none, when what came before ends with a letter or digit; ``after`` says the same of the
    end of ``items``."""
    edge: bool | None = None
    while edge is None and i < len(items):
        op, av = items[i]
        i += 1
        if op is _sre.LITERAL or op is _sre.IN:
            edge = _never_alnum(op, av)
        elif op is _sre.AT:
            if av in (_sre.AT_BOUNDARY, _sre.AT_END, _sre.AT_END_STRING):
                edge = True
        elif _is_repeat(op):
            first = _edge_after(av[2].data, 0, False)
            if av[0] >= 1 or not first:
                edge = first
        elif op is _sre.SUBPATTERN:
            edge = _edge_after(av[-1].data, 0, _edge_after(items, i, after))
        elif op is _sre.BRANCH:
            rest = _edge_after(items, i, after)
            edge = all(_edge_after(alt.data, 0, rest) for alt in av[1])
        elif op not in (_sre.ASSERT, _sre.ASSERT_NOT):
            edge = False
    return after if edge is None else edge


def _rarity(words: frozenset[str]) -> float:
    # Short words are common ("a", "my"): a set of a few long words is the likeliest to
    # be absent from a text.
    return sum(1 / len(w) for w in words)


def _need(items: list[tuple[Any, Any]], before: bool, after: bool) -> frozenset[str] | None:
    """Lower-case words, one of which every match of ``items`` has as a whole word (a run
    of letters and digits); None when none are known. ``before`` and ``after``: the match
    of ``items`` has no letter or digit right before it, right after it."""
    return min(_needs(items, before, after), key=_rarity, default=None)


def _needs(items: list[tuple[Any, Any]], before: bool, after: bool) -> list[frozenset[str]]:
    """Sets of words like ``_need``'s, one for each part of ``items`` that tells one."""
    found: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        need: frozenset[str] | None = None
        if op is _sre.LITERAL and chr(av).isalnum():
            j = i
            while j < len(items) and items[j][0] is _sre.LITERAL and chr(items[j][1]).isalnum():
                j += 1
            run = "".join(chr(c) for _, c in items[i:j])
            if run.isascii() and _edge_before(items, i, before) and _edge_after(items, j, after):
                need = frozenset({run.lower()})
            elif j < len(items) and items[j][0] is _sre.BRANCH:
                # ``re`` takes the common start out of "where|when": the "wh" before a
                # branch of "ere" and "en" goes back in front of each.
                left, right = _edge_before(items, i, before), _edge_after(items, j + 1, after)
                sets = [_need([*items[i:j], *alt.data], left, right) for alt in items[j][1][1]]
                if all(sets):
                    need = frozenset().union(*(w for w in sets if w is not None))
                j += 1
            i = j
        else:
            if op is _sre.SUBPATTERN:
                need = _need(
                    av[-1].data, _edge_before(items, i, before), _edge_after(items, i + 1, after)
                )
            elif op is _sre.BRANCH:
                left, right = _edge_before(items, i, before), _edge_after(items, i + 1, after)
                sets = [_need(alt.data, left, right) for alt in av[1]]
                if all(sets):
                    need = frozenset().union(*(w for w in sets if w is not None))
            elif _is_repeat(op) and av[0] >= 1:
                # The first time round: the next time, or what follows, comes after it.
                body = av[2].data
                right = _edge_after(items, i + 1, after) and (
                    av[1] == 1 or _edge_after(body, 0, False)
                )
                need = _need(body, _edge_before(items, i, before), right)
            i += 1
        if need:
            found.append(need)
    return found


def _paths(items: list[tuple[Any, Any]], budget: int) -> list[list[tuple[Any, Any]]]:
    """``items`` as sequences without the alternation they start with (each branch in
    turn, leading alternations inside it too), up to ``budget`` of them: a match of
    ``items`` is a match of one of them."""
    for i, (op, av) in enumerate(items):
        if op is _sre.AT or op in (_sre.ASSERT, _sre.ASSERT_NOT) or op is _sre.LITERAL:
            # Consumes nothing, or a common start ``re`` took out of the branches
            # ("th" of "the|this|that"): the alternation may still come.
            continue
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # no flags of its own
            return _paths([*items[:i], *av[-1].data, *items[i + 1 :]], budget)
        if op is not _sre.BRANCH or len(av[1]) > budget:
            break
        paths: list[list[tuple[Any, Any]]] = []
        for n, alt in enumerate(av[1]):
            left = len(av[1]) - n - 1  # branches still to come, at least one path each
            paths.extend(
                _paths([*items[:i], *alt.data, *items[i + 1 :]], budget - len(paths) - left)
            )
        return paths
    return [items]


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

    def __init__(
        self,
        pattern: re.Pattern[str],
        *,
        digits_need: tuple[str, ...] = (),
        word_needs: bool = False,
    ) -> None:
        """Wrap ``pattern`` and work out its cues. ``digits_need``: lower-case words one of
        which stands as a whole word in the text of every match that starts with a digit
        ("6 wks post op" needs "post"); without them, numbers are not tried at all.
        ``word_needs``: the cues of a branch no match of which can be in a text (it lacks
        the words they all need, see ``_need``) are left out for that text."""
        self.pattern = pattern
        self.cues = derive_cues(pattern)
        # (words, the branches that need one of them as a bit mask), and each branch's
        # prefixes (see ``_walk``); the cues without some branches, by their mask.
        self._needs: tuple[tuple[frozenset[str], int], ...] = ()
        self._need_words: tuple[str, ...] = ()
        self._path_prefixes: list[set[_Prefix]] = []
        self._cues_without: dict[int, tuple[CueWords, tuple[str, ...]] | None] = {}
        # ``CueWords`` of the literals that may occur anywhere, by those literals.
        self._anywhere_by_cues: dict[tuple[str, ...], CueWords] = {}
        if word_needs and self.cues is not None:
            self._split(pattern)
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

    def _split(self, pattern: re.Pattern[str]) -> None:
        """Work out the branches of ``pattern``, their prefixes and the words they need."""
        paths = _paths(_sre_parse.parse(pattern.pattern, pattern.flags).data, _MAX_PATHS)
        by_words: dict[frozenset[str], int] = {}
        for bit, path in enumerate(paths):
            stop, go = _walk(path)
            if _cues_of(stop | go) is None:
                return  # a branch that may start anywhere: the pattern's cues as they are
            self._path_prefixes.append(stop | go)
            # Worth a look-up per text only where the branch starts with a short word,
            # which most texts have many of ("a", "the", "i"): a try at each costs more.
            heads = {_ALNUM_HEAD.match(text) for text, _, _ in stop | go}
            if not any(head is not None and len(head.group(0)) <= _SHORT for head in heads):
                continue
            words = {head.group(0).lower() for head in heads if head is not None}
            # Not the words it starts with: those stand wherever it is tried.
            needs = sorted((n for n in _needs(path, False, False) if not n <= words), key=_rarity)
            for need in needs[:_NEEDS_PER_PATH]:
                by_words[need] = by_words.get(need, 0) | (1 << bit)
        self._needs = tuple(by_words.items())
        self._need_words = tuple(sorted(frozenset().union(*by_words)))

    def _cues_for(self, index: WordIndex) -> tuple[CueWords, tuple[str, ...]] | None:
        """The cues of the branches that may match in the text of ``index``; None: none may."""
        # The words that stand in the text, then a set test per branch: C speed.
        present = set(filter(index.has, self._need_words))
        absent = 0
        for words, mask in self._needs:
            if present.isdisjoint(words):
                absent |= mask
        if not absent:
            return self.cues
        if absent not in self._cues_without:
            prefixes: set[_Prefix] = set()
            for bit, path_prefixes in enumerate(self._path_prefixes):
                if not absent >> bit & 1:
                    prefixes |= path_prefixes
            self._cues_without[absent] = _cues_of(prefixes) if prefixes else None
        return self._cues_without[absent]

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
        index = shared(text, WordIndex)
        if self._needs:
            cues = self._cues_for(index)
            if cues is None:
                return []
            at_word, anywhere = cues
        else:
            at_word, anywhere = self.cues
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
        cues, anywhere_words = self.cues, self._anywhere_words
        if self._needs:
            found = self._cues_for(index)
            if found is None:
                return []
            if found is not cues:
                cues = found
                if found[1] not in self._anywhere_by_cues:
                    self._anywhere_by_cues[found[1]] = CueWords(found[1])
                anywhere_words = self._anywhere_by_cues[found[1]]
        at_word = index.starts(cues[0])
        if not cues[1]:
            return at_word
        return sorted(set(at_word).union(index.starts(anywhere_words)))

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
