"""Cue patterns find exactly what the whole-text scan finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import financial_ids, personal, secrets, topics
from router.detectors._base import anchored_matches
from router.detectors._cues import CuePattern, derive_cues
from router.detectors._shared import ScanText, fold_case

# The detectors' own patterns that are scanned through their cues.
DETECTOR_PATTERNS = [
    personal._AGE,
    personal._GPS,
    financial_ids._ROUTING,
    financial_ids._SORT_CODE,
    financial_ids._SECURITY_CODE,
    topics._PERSONAL_URL,
    secrets._FALLBACK,
    topics._MEDICAL_TEST,
]
FOLDED_PATTERNS = [topics._ALWAYS, topics._INCIDENT_FACT, topics._FICTION, topics._HANDED_OVER]

SAMPLES = [
    "I just turned 46 and my son is 12. Patient aged: 71.",
    "Routing number: 021000021, sort code 12-34-56; my CVV is 737, PIN: 4831.",
    "my website is https://jane.example.org, I'm at 51.5072, -0.1276 now",
    "I was diagnosed with asthma; my card was used; we clicked a link.",
    "Write me a poem. Short story time! i've been diagnosed with flu",
    "PATIENT AGED 45, I'M AT LAT 40.7128, -74.0060; ROUTING 021000021",
    "\u017fort code 12-34-56, \u0131 turned 30, pin \u0663\u0664\u0665\u0666",
    "my\u212aid is 9; born 1990; \u0130'm 40 years old; x-ray done",
    'pw = os.getenv("DB_PASS", "Xy9kq2Lm") or os.environ.get("TOKEN") || "Zq8+tR5w" GETENV(',
    "key = System.GetEnvironmentVariable('K', default='abcd1234') ?: 'efgh5678'",
    "my Blood  Test and covid tests, a PCR testing kit; drug-test, eye TESTS; BLOOD TEST",
    "I GAVE them my bank details; she typed out the pin. Clicked the link and logged in, ran it",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", DETECTOR_PATTERNS + FOLDED_PATTERNS)
def test_cues_are_derived(pattern: re.Pattern[str]) -> None:
    # On this Python the syntax tree is readable: the fast path is in use.
    assert derive_cues(pattern) is not None


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("pattern", DETECTOR_PATTERNS)
def test_same_matches_as_finditer(pattern: re.Pattern[str], text: str) -> None:
    cued = CuePattern(pattern)
    for subject in (text, ScanText(text), text.upper(), text.title()):
        assert _spans(cued.finditer(subject)) == _spans(pattern.finditer(subject))


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("pattern", FOLDED_PATTERNS)
def test_same_matches_as_finditer_on_folded_text(pattern: re.Pattern[str], text: str) -> None:
    cued = CuePattern(pattern)
    expected = _spans(pattern.finditer(fold_case(text)))
    assert _spans(cued.finditer_folded(ScanText(text))) == expected
    first = pattern.search(fold_case(text))
    found = cued.search_folded(text)
    assert (found and found.span()) == (first and first.span())


def test_a_pattern_that_may_start_anywhere_has_no_cues() -> None:
    assert derive_cues(re.compile(r"\w+@\w+")) is None
    assert derive_cues(re.compile(r"(?:abc)?\w")) is None
    cued = CuePattern(re.compile(r"\w+@\w+"))
    assert _spans(cued.finditer("a@b c@d")) == [(0, 3), (4, 7)]


def test_derived_cues() -> None:
    cues = derive_cues(re.compile(r"\b(?:routing|aba)\s+\d|(?i:Sort)[ ]code|--x", re.I))
    assert cues is not None
    at_word, anywhere = cues
    assert set(at_word.whole) == {"routing", "aba"}
    assert set(anywhere) == {"sort code", "--x"}


_WORDS = [
    "i",
    "I'm",
    "my",
    "patient",
    "aged",
    "turned",
    "routing",
    "sort",
    "code",
    "pin",
    "cvv",
    "is",
    "gps",
    "at",
    "12",
    "737",
    "021000021",
    "12-34-56",
    "40.7128,",
    "-74.0060",
    "\u0131",
    "\u017f",
    "\u0663",
    "\u212a",
    "my\u00e9",
    "\n",
    ".",
    ":",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from(DETECTOR_PATTERNS))
def test_random_word_salad(parts: list[str], pattern: re.Pattern[str]) -> None:
    text = " ".join(parts)
    cued = CuePattern(pattern)
    assert _spans(cued.finditer(ScanText(text))) == _spans(pattern.finditer(text))


def test_unicode_twins_of_cues_are_found() -> None:
    # "ſ" matches "s" and "\u0663" matches \d in re: the index shows them as ASCII.
    cued = CuePattern(financial_ids._SORT_CODE)
    text = ScanText("\u017fort code 12-34-56 and caf\u00e9")
    assert cued.starts(text) is not None
    assert _spans(cued.finditer(text)) == _spans(financial_ids._SORT_CODE.finditer(text)) != []
    age = CuePattern(personal._AGE)
    text = ScanText("\u0664\u0665 years old patient, I am 40")
    assert _spans(age.finditer(text)) == _spans(personal._AGE.finditer(text))
    assert len(_spans(age.finditer(text))) == 2


def test_optional_parts_and_whole_words() -> None:
    cues = derive_cues(re.compile(r"\b(?:i|we)\s+(?:x)?|\bcvv2?|(?:abc)?def"))
    assert cues is not None
    at_word, anywhere = cues
    assert set(at_word.whole) == {"i", "we"}  # a space must follow: the whole word
    assert set(at_word.prefixes) == {"cvv", "cvv2"}
    assert set(anywhere) == {"abcdef", "def"}


def test_a_word_split_off_by_re_still_ends_where_white_space_follows() -> None:
    # re reads "i'm|im|i\s+am" as "i" then "'m|m|\s+am": "i" must still be a whole word,
    # not the start of "in", "is", "it".
    cues = derive_cues(re.compile(r"\b(?:i'm|im|i\s+am)\s+(?:here|there)"))
    assert cues is not None
    at_word, _ = cues
    assert "i" in at_word.whole and "i" not in at_word.prefixes


def test_too_many_long_cues_become_first_words() -> None:
    # Each alternative alone has few cues, all of them together too many: their first
    # words still give cues, where the pattern used to be scanned in full.
    words = [letter * 2 for letter in "abcdefghijklmnopqrstuvwxyz"]
    tails = "|".join(f"t{n}" for n in range(12))
    pattern = re.compile(r"\b(?:" + "|".join(f"{w}[ ](?:{tails})" for w in words) + ")")
    cues = derive_cues(pattern)
    assert cues is not None
    assert set(cues[0].whole) == set(words)


def _reference_anchored(
    cues: frozenset[str], pattern: re.Pattern[str], text: str
) -> list[tuple[int, int]]:
    """anchored_matches by its plain definition: a match tried at every cue offset."""
    folded = fold_case(text)
    starts: set[int] = set()
    for cue in {c.lower() for c in cues}:
        i = folded.find(cue)
        while i != -1:
            if i == 0 or not folded[i - 1].isalnum():
                starts.add(i)
            i = folded.find(cue, i + 1)
    return [m.span() for p in sorted(starts) if (m := pattern.match(text, p)) is not None]


_CUE_DETECTORS = [
    (personal._NAME_CUE_WORDS, personal._NAME_CUES),
    (financial_ids._ACCOUNT_CUES, financial_ids._ACCOUNT),
    (financial_ids._ID_CUES, financial_ids._ID_CUE),
]
_NAME_WORDS = [
    "my",
    "name",
    "is",
    "Maria",
    "Lopez",
    "Dear",
    "John,",
    "Mr.",
    "Smith",
    "patient",
    "account",
    "number",
    "12345678",
    "ID:",
    "AB123456",
    "the",
    "I'm",
    "to:",
    "\n",
    "thanks,",
    "card",
    "ending",
    "in",
    "4242",
    "myself",
    "\u017f",
    "caf\u00e9",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=20), st.sampled_from(_CUE_DETECTORS))
def test_anchored_matches_same_as_plain_definition(
    parts: list[str], detector: tuple[frozenset[str], re.Pattern[str]]
) -> None:
    cues, pattern = detector
    text = " ".join(parts)
    found = [m.span() for m in anchored_matches(cues, pattern)(ScanText(text))]
    assert found == _reference_anchored(cues, pattern, text)


@pytest.mark.parametrize(("cues", "pattern"), _CUE_DETECTORS)
def test_derived_literals_start_with_the_given_cues(
    cues: frozenset[str], pattern: re.Pattern[str]
) -> None:
    # Then, in ASCII text, anchored_matches need not check the given cues again.
    literals = CuePattern(pattern).literals()
    assert literals
    assert all(literal.startswith(tuple(c.lower() for c in cues)) for literal in literals)


def test_a_pattern_without_cues_has_no_literals() -> None:
    assert CuePattern(re.compile(r"\w+")).literals() == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Run mysql -u root -pS3cr3tPw db -- then curl -s --user admin:Xy9kLm2Q https://x",
        "--- heading ---\n\nUse `--api-key=abcd1234efgh` or SSHPASS -p hunter22 ssh host",
        "\u017fshpass -p word1234 and MariaDB \u2014 --password 'p@ss w0rd'",
    ],
)
def test_cli_secrets_through_cues_as_on_the_whole_text(text: str) -> None:
    pattern = secrets._CLI_SECRET
    expected = [(m.span(), m.groups()) for m in pattern.finditer(fold_case(text))]
    found = [(m.span(), m.groups()) for m in secrets._cli_secret_matches(ScanText(text))]
    assert found == expected
    assert found or "\u017f" in text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "--",
                "-",
                "password",
                "mysql",
                "MySQL",
                "-p",
                "curl",
                "--user",
                "-u",
                "sshpass",
                "x9Kd2",
                "'",
                '"',
                "=",
                " ",
                "\n",
                "\u017f",
                "api-key",
                "token",
                "mariadb",
            ]
        ),
        max_size=16,
    )
)
def test_cli_secrets_random_salad(parts: list[str]) -> None:
    text = "".join(parts)
    pattern = secrets._CLI_SECRET
    expected = [(m.span(), m.groups()) for m in pattern.finditer(fold_case(text))]
    found = [(m.span(), m.groups()) for m in secrets._cli_secret_matches(ScanText(text))]
    assert found == expected


def test_medical_tests_are_blanked_as_a_substitution_would() -> None:
    for text in [*SAMPLES, "blood test", "x blood tests y \u017fkin test"]:
        expected = topics._MEDICAL_TEST.sub(lambda m: " " * len(m.group(0)), text)
        assert topics._blank_medical_tests(text) == expected
        assert topics._blank_medical_tests(ScanText(text)) == expected
    assert topics._blank_medical_tests("my blood test") == "my           "


@pytest.mark.parametrize(
    "text",
    [
        "no cue here",
        "From the BBC article: the palace announced",
        "a Press Release, then wikipedia",
        "",
    ],
)
def test_search_is_the_patterns_first_match(text: str) -> None:
    pattern = re.compile(r"\b(?:palace\s+announced|press\s+release|wikipedia)\b", re.IGNORECASE)
    expected = pattern.search(text)
    found = CuePattern(pattern).search(text)
    assert (found and found.span()) == (expected and expected.span())


def _needs(pattern: str) -> set[frozenset[str]]:
    from router.detectors import _cues

    return set(_cues._needs(_cues._sre_parse.parse(pattern, 0).data, False, False))


def test_words_a_match_needs() -> None:
    # A whole word on both sides: \b, \s, punctuation.
    assert _needs(r"\b(?:recorded|filmed)\s+the\s+\w+\s+(?:where|when|in\s+which)\s+\w+") == {
        frozenset({"recorded", "filmed"}),
        frozenset({"the"}),
        frozenset({"where", "when", "which"}),
    }
    assert _needs(r"\bfoo-bar\b") == {frozenset({"foo"}), frozenset({"bar"})}
    # "in" glued to an optional "to" is no whole word; "x" may be glued to what comes before.
    assert _needs(r"\bin(?:to)?\b") == set()
    assert _needs(r"\w+x\b") == set()
    assert _needs(r"\bab(?:c|\s)") == set()
    # A branch without a word needs none; a repeat of none or more needs none.
    assert _needs(r"\b(?:foo|\d+)\s") == set()
    assert _needs(r"(?:\bfoo\s)*\w") == set()
    assert _needs(r"(?:\bfoo\s)+\w") == {frozenset({"foo"})}
    # An underscore parts words in the index, as punctuation does.
    assert _needs(r"\bfoo_bar\b") == {frozenset({"foo"}), frozenset({"bar"})}


_NEEDS_WORDS = [
    *("the", "a", "an", "recorded", "meeting", "where", "which", "in", "when", "leon", "said"),
    *("Gabriela", "talked", "email", "chain", "someone", "logged", "into", "my", "unknown"),
    *("i", "we", "clicked", "link", "2", "in_", "wh\u0131ch", "WHERE", "\n", ".", "-"),
]
NEEDS_PATTERNS = [
    (False, re.compile(r"\b(?:a|the)\s+\w+\s+(?:where|when|in\s+which)\s+\w+", re.I)),
    (True, topics._INCIDENT_FACT),
    (True, topics._FICTION),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NEEDS_WORDS), max_size=25), st.sampled_from(NEEDS_PATTERNS))
def test_word_needs_random_salad(parts: list[str], case: tuple[bool, re.Pattern[str]]) -> None:
    folded, pattern = case
    text = " ".join(parts)
    cued = CuePattern(pattern, word_needs=True)
    if folded:
        expected = _spans(pattern.finditer(fold_case(text)))
        assert _spans(cued.finditer_folded(ScanText(text))) == expected
    else:
        assert _spans(cued.finditer(ScanText(text))) == _spans(pattern.finditer(text))


def test_branches_whose_words_are_absent_are_not_tried() -> None:
    cued = CuePattern(
        re.compile(r"\b(?:a|the)\s+\w+\s+(?:where|when)\s+\w+|\bsecret\b", re.I), word_needs=True
    )
    assert cued.starts(ScanText("the meeting the call a chat")) == []
    assert cued.starts(ScanText("the meeting where a secret")) == [0, 18, 20]
    assert cued.starts(ScanText("a secret")) == [2]
