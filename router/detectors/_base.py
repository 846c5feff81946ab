"""The shape of a built-in detector and helpers to build one from a regex.

Every pattern here is written to run in linear time on hostile input: each
repeated character class starts at a boundary (a look-behind on the same
class), so the regex engine never rescans a long run from every position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from router.detectors._cues import CuePattern
from router.detectors._shared import CueWords, ScanText, cue_fold, cue_starts, fold_case, shared
from router.levels import Level

__all__ = [
    "ASKED",
    "PLACEHOLDER_WORDS",
    "Detector",
    "Finder",
    "Validator",
    "anchored_finder",
    "anchored_matches",
    "any_finder",
    "asks",
    "fold_case",
    "placeholder_context",
    "regex_finder",
    "sentence_around",
    "words",
]

Finder = Callable[[str], Iterable[tuple[int, int]]]
Validator = Callable[[re.Match[str]], bool]


@dataclass(frozen=True)
class Detector:
    """A built-in detector.

    ``find`` yields ``(start, end)`` spans in a (normalised) text;
    ``redactable`` says whether the value can be replaced by a placeholder
    without losing the meaning of the request (a value such as an e-mail, not
    a topic such as a diagnosis); ``description`` is shown to admins.
    ``triggers`` are lower-case substrings of which at least one must occur
    for the detector to find anything: a cheap test that skips the regex on
    most texts (empty: always run). ``group`` names a scanner that finds
    several types in one pass; the registry runs it once per text.
    """

    name: str
    default_level: Level
    find: Finder
    redactable: bool
    description: str
    triggers: tuple[str, ...] = ()
    group: str | None = None


def regex_finder(
    pattern: str | re.Pattern[str],
    flags: int = 0,
    *,
    group: int | str = 0,
    validate: Validator | None = None,
) -> Finder:
    """A finder yielding the spans of ``group`` for matches that ``validate`` accepts."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in compiled.finditer(text):
            if validate is None or validate(m):
                start, end = m.span(group)
                if end > start:
                    yield start, end

    return find


def any_finder(*finders: Finder) -> Finder:
    """A finder yielding the spans of all ``finders`` in turn."""

    def find(text: str) -> Iterator[tuple[int, int]]:
        for f in finders:
            yield from f(text)

    return find


# Words that turn a value into an obvious illustration rather than real data.
PLACEHOLDER_WORDS = re.compile(
    r"\b(?:test(?:ing)?|demo|example|sample|dummy|fake|placeholder|mock|made[- ]up|"
    # "bar" only as code's stand-in ("foo=bar", "password: bar"), not "the bar office".
    r"fictional|fictitious|fictive|default|foo|baz|bar(?=\s*[=(])|(?<=[=:/]\s)bar|(?<=[=:/])bar|"
    r"lorem|e\.g\.|for instance|such as|format|packet\s+tracer|gns3|eve-ng|ccna|"
    r"looks like|like this|template|sandbox|documentation|xxx+"
    # The same words in the languages people mix in: "adresse bidon", "chave de exemplo",
    # "przykładowy SN", "na documentação", "tọa độ GPS giả".
    r"|exemplo|ejemplo|exemple|esempio|beispiel|voorbeeld|przyk[lł]ad\w*|contoh|mfano|bidon|"
    r"ficticio|ficticia|fict[ií]cio|documenta[cç][aã]o|documentaci[oó]n|dokumentacj\w*|prueba|"
    r"teste|giả|ví\s+dụ)\b",
    re.IGNORECASE,
)


def sentence_around(
    text: str, start: int, end: int, reach: int = 120, *, keep_end: bool = False
) -> str:
    """The text of the sentence (bounded by ``reach`` characters) around a span; with
    ``keep_end``, with the mark that ends it (a question asked mid-text keeps its "?")."""
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    left = text[lo:start]
    right = text[end:hi]
    for sep in (". ", "? ", "! ", "\n"):
        cut = left.rfind(sep)
        if cut != -1:
            left = left[cut + len(sep) :]
        cut = right.find(sep)
        if cut != -1:
            right = right[: cut + 1 if keep_end and sep != "\n" else cut]
    return left + text[start:end] + right


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, for word lists kept readable in source."""
    return frozenset(text.split())


# A test that is a check someone runs or takes, not a made-up value: "fails the weekly
# test again", "after the fire alarm test", "my driving test".
_CHECK_TEST = re.compile(
    r"\b(?:weekly|daily|monthly|quarterly|annual|yearly|routine|scheduled|blood|drugs?|covid|pcr|"
    r"lateral\s+flow|pregnancy|eye|hearing|driving|mot|fire|alarm|smoke|dna|urine|breath|alcohol|"
    r"pat|load|stress|swab|fitness|medical|sight|lie\s+detector|polygraph|pressure|leak|"
    r"emissions?|hydrostatic|gas\s+safety|safety|insulation|earth)\s+test(?:s|ing)?\b"
    # "refused the test", "failed his test": one taken or refused, not a test record.
    r"|\b(?:refused|refuses|failed|fails|passed|took|taking|sat|skipped)\s+(?:the|a|his|her|their|my)\s+"
    r"test\b",
    re.IGNORECASE,
)

# A device left on its factory login is a real device with a weak setting: "the NVR on
# 10.0.7.200 still has the default admin login" illustrates nothing.
_LEFT_DEFAULT = re.compile(
    r"\b(?:still\s+(?:has|have|uses|using|on|with)\s+(?:the\s+|its\s+|their\s+)?|"
    r"never\s+changed\s+(?:the\s+|its\s+)?)default\s+(?:admin\s+)?"
    r"(?:login|logins|password|passwords|pass|pw|creds|credentials|pin)\b",
    re.IGNORECASE,
)

# A setting's state, not a made-up value: "I'm deaf, need captions on by default".
_BY_DEFAULT = re.compile(r"\b(?:on|off|enabled|disabled|turned\s+on|set)\s+by\s+default\b", re.I)

# A scene, a game or a script: values in it are props ("the safe combo in the script is
# 1-2-3-4", "a character's gamertag", "in the game our robot's serial is RX-78"). Not
# "in the deploy script": a script alone is code, whose values are real.
STAGED_WORDS = re.compile(
    r"\b(?:in|for|from|of)\s+(?:the|our|my|a|an|this|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:film|movie|sitcom|screenplay|episode|musical|novel|game|escape[- ]?room|comic|"
    r"board\s?game|video\s?game|stage\s+play|radio\s+play)\b"
    r"|\bfilming\s+(?:a|the|our)\b|\b(?:sitcom|screenplay|screenwriter|escape[- ]?rooms?|heist|"
    r"npcs?|villain(?:'s)?|on[- ]screen|fiction)\b|\bprops?\s+(?:list|table|department|dept|team)\b"
    r"|\b(?:tv|crime|radio|stage|police|hospital)\s+(?:drama|show|series|procedural)\b"
    r"|\b(?:a|the|our|my|main|lead)\s+character(?:'s)?\b(?!\s+(?:limit|set|count|encoding|class|length|map))"
    r"|\bgame\s+(?:level|design|world|economy|lore|script)\b"
    # Rehearsed calls and exercises: "in the training scenario the caller gives 01234 567890".
    r"|\b(?:training|tabletop|practice|mock|role-?play)\s+(?:scenarios?|exercises?|drills?|calls?|"
    r"sims?|simulations?|cases?)\b"
    r"|\brole-?play\b",
    re.IGNORECASE,
)


# A machine wiped and set up again: "the key stopped working after a format", "formatted
# her laptop". Not a format asked about ("what format is a product key?").
_WIPED = re.compile(
    r"\b(?:after|since|did|done|do|needs?|a)\s+(?:a\s+|the\s+)?(?:re)?format\b"
    r"|\b(?:re)?format(?:ted|ting)?\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?"
    r"(?:pc|laptop|machine|computer|drive|disk|hard\s+drive|ssd|phone|device|it)\b",
    re.IGNORECASE,
)


# Goods on show or on trial: "the demo iPhone", "a test drive", "the display model".
_DEMO_GOODS = re.compile(
    r"\b(?:demo|test)\s+(?:iphones?|phones?|handsets?|units?|models?|laptops?|tablets?|ipads?|cars?|"
    r"vehicles?|vans?|stock|drives?|rides?|flights?|lessons?|kitchens?|bikes?)\b"
    r"(?!\s+(?:numbers?|no\b|nr\b|lines?|serials?|imei|id|login|accounts?|users?|pins?|codes?))",
    re.IGNORECASE,
)


# Fakes someone passed off, which are the matter of a real case: "suspended for fake
# delivery photos, DOB 14/02/1999" is a real customer's birth date.
_FRAUD_FAKE = re.compile(
    r"\bfake\s+(?:delivery|deliveries|photos?|pictures?|reviews?|invoices?|orders?|refunds?|claims?|"
    r"receipts?|sick\s+notes?|doctor'?s\s+notes?|calls?|bookings?|references?|certificates?|"
    r"qualifications?|degrees?|signatures?|timesheets?|expenses?)\b",
    re.IGNORECASE,
)


# How a question about a topic opens: rules that tell a topic asked about from a fact told.
ASKED = re.compile(
    r"\s*(?:what|how|why|when|where|which|who|will|can|could|should|does|do|is|are)\b",
    re.IGNORECASE,
)


def asks(sentence: str) -> bool:
    """Whether ``sentence`` opens with a question word and ends with "?"."""
    return ASKED.match(sentence) is not None and sentence.rstrip().endswith("?")


def _placeholder_memo(text: str) -> dict[tuple[int, int, int], bool]:
    """An empty memory of ``placeholder_context`` answers, one per scanned text."""
    return {}


def placeholder_context(text: str, start: int, end: int, reach: int = 120) -> bool:
    """True when the sentence around a span (the span itself left out) marks it as made up:
    an illustration, a test value, or a prop in a scene or game."""
    if not isinstance(text, ScanText):
        return _placeholder_context(text, start, end, reach)
    # Both IP detectors ask about every address (two long case-blind searches each, ~15
    # microseconds): answered once per scan. The memory goes with the scanned text.
    memo = shared(text, _placeholder_memo)
    key = (start, end, reach)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _placeholder_context(text, start, end, reach)
    return found


def _placeholder_context(text: str, start: int, end: int, reach: int) -> bool:
    sentence = sentence_around(text, start, end, reach).replace(text[start:end], " ", 1)
    if PLACEHOLDER_WORDS.search(sentence) is None:
        return STAGED_WORDS.search(sentence) is not None
    # Only now, as most sentences have no placeholder word: checks run or taken do not count,
    # nor demo goods ("pockets the demo iPhone": a display unit, not a made-up value), nor a
    # device left on its default login.
    kept = _FRAUD_FAKE.sub(" ", _DEMO_GOODS.sub(" ", _CHECK_TEST.sub(" ", sentence)))
    kept = _BY_DEFAULT.sub(" ", _LEFT_DEFAULT.sub(" ", _WIPED.sub(" ", kept)))
    return PLACEHOLDER_WORDS.search(kept) is not None


def anchored_matches(
    cues: Iterable[str], pattern: re.Pattern[str], *, word_needs: bool = False
) -> Callable[[str], Iterator[re.Match[str]]]:
    """Matches of ``pattern`` tried only where one of ``cues`` starts a word.

    ``cues`` are lower-case literals that every match of ``pattern`` starts
    with (in any case). Python's ``re`` tries a long alternation of cue words
    at every position of the text; looking the cues up in the text's word
    index (built once per scan and shared by every cue detector) and a
    ``pattern.match`` at each hit does the same work many times faster, and
    stays linear on any input. Where the pattern's own cues can be read from
    it (see ``_cues``; often whole words, "my" rather than every word that
    starts with "my"), only their offsets are tried, among those of ``cues``.
    ``word_needs``: see ``CuePattern``.
    """
    prepared = CueWords(cues)
    literals = tuple(sorted({c.lower() for c in cues}))
    derived = CuePattern(pattern, word_needs=word_needs)
    # Every literal the pattern itself starts with begins with one of ``cues``: a
    # word that starts with the former starts with the latter too.
    covered = derived.cues is None or all(cue.startswith(literals) for cue in derived.literals())

    def matches(text: str) -> Iterator[re.Match[str]]:
        starts = derived.word_starts(text)
        if starts is None:
            starts = cue_starts(text, prepared)
        # Keep the offsets where one of ``cues`` starts a word of the case-folded
        # text (the index also shows "ſ" as "s", see ``cue_fold``). When the index
        # shows the text as it is, and ``covered``, every offset is kept.
        folded = fold_case(text)
        if not (covered and cue_fold(text) is folded):
            starts = [
                pos
                for pos in starts
                if folded.startswith(literals, pos) and (pos == 0 or not folded[pos - 1].isalnum())
            ]
        for pos in starts:
            m = pattern.match(text, pos)
            if m is not None:
                yield m

    return matches


def anchored_finder(
    cues: Iterable[str],
    pattern: re.Pattern[str],
    *,
    group: int | str = 0,
    validate: Validator | None = None,
    word_needs: bool = False,
) -> Finder:
    """Like ``regex_finder``, trying ``pattern`` only at ``cues`` (see ``anchored_matches``)."""
    matches = anchored_matches(cues, pattern, word_needs=word_needs)

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in matches(text):
            if validate is None or validate(m):
                start, end = m.span(group)
                if end > start:
                    yield start, end

    return find
