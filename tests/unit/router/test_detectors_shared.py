"""The per-scan shared views: memory per text, and the word index behind cue detectors."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import scan
from router.detectors._shared import (
    CueWords,
    ScanText,
    WordIndex,
    _spaced,
    cue_fold,
    cue_starts,
    fold_case,
    shared,
)


def _reference_starts(
    text: str, cues: set[str], fold: Callable[[str], str] = cue_fold
) -> list[int]:
    """Where a cue starts a word, by the plain definition (a find per cue)."""
    folded = fold(text)
    found: set[int] = set()
    for cue in {c.lower() for c in cues}:
        i = folded.find(cue)
        while i != -1:
            if i == 0 or not folded[i - 1].isalnum():
                found.add(i)
            i = folded.find(cue, i + 1)
    return sorted(found)


def test_shared_computes_once_per_scan_text() -> None:
    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    text = ScanText("my card")
    assert shared(text, upper) == "MY CARD"
    assert shared(text, upper) == "MY CARD"
    assert len(calls) == 1
    # A plain str carries no memory: computed each time, same answer.
    assert shared("my card", upper) == "MY CARD"
    assert len(calls) == 2


def test_forget_drops_the_views_of_the_text_and_its_folded_copy() -> None:
    text = ScanText("My Card")
    folded = fold_case(text)
    index = shared(text, WordIndex)
    text.forget()
    # Computed afresh: the memory is empty, for the folded copy too (it shares the index).
    assert shared(text, WordIndex) is not index
    assert fold_case(text) is not folded


def test_a_scan_leaves_no_reference_cycles_behind() -> None:
    # The views of a scanned text form a cycle (the folded copy shares the memory that
    # holds it); left to the garbage collector, each scan's word index piled up until
    # a full collection, which cost milliseconds at random requests.
    text = "Hi, I'm Jane Doe, my card is 4539 1488 0343 6467 and my email jane@acme.io. " * 20
    scan(text)  # compiled patterns and caches, created once
    gc.collect()
    gc.disable()
    try:
        findings = scan(text + " oh seven nine oh two one two three four five six")
        left = gc.collect()
    finally:
        gc.enable()
    assert findings  # the scan ran its detectors
    assert left == 0


def test_scan_text_is_the_text() -> None:
    text = ScanText("Call me on 0123")
    assert text == "Call me on 0123"
    assert isinstance(text[0:4], str) and not isinstance(text[0:4], ScanText)


def test_cue_starts_prefixes_glued_and_odd_cues() -> None:
    text = "My a/c is open; I'm myself. licence, LICENSE and -x-ray: re-licen"
    cues = {"my", "a/c", "i'm", "licen", "-x"}
    assert cue_starts(text, CueWords(cues)) == _reference_starts(text, cues)
    starts = cue_starts(text, CueWords(cues))
    assert text.index("myself") in starts  # a cue is a word prefix
    assert text.index("a/c") in starts
    assert text.index("licen", 60) in starts  # after a dash: a word start


def test_cue_inside_a_word_or_after_underscore() -> None:
    text = "summary my_key _my xmy 9my"
    starts = cue_starts(text, CueWords({"my"}))
    assert starts == _reference_starts(text, {"my"})
    assert text.index("my_key") in starts and text.index("_my") + 1 in starts
    assert text.index("xmy") + 1 not in starts and text.index("9my") + 1 not in starts


def test_word_index_positions() -> None:
    for text in ("The cat, the CAT. Cathy", "The cat, the CAT. Cathy \u00e9"):
        index = WordIndex(text)
        assert index.where("the") == [0, 9]
        assert index.where("cat") == [4, 13]
        assert index.where("dog") == []
        assert index.words[:2] == ["cat", "cathy"]


_ALPHABET = "amyiAMYI'/_-. 0é\u0130\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\u2019!\t", max_size=80))
def test_word_index_positions_match_a_regex(text: str) -> None:
    index = WordIndex(text)
    expected: dict[str, list[int]] = {}
    for m in re.finditer(r"[^\W_]+", cue_fold(text)):
        expected.setdefault(m.group(0), []).append(m.start())
    assert index.words == sorted(expected)
    for word, offsets in expected.items():
        assert index.where(word) == offsets


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_ALPHABET, max_size=60),
    st.sets(st.text(alphabet="amyi'/-0é", min_size=1, max_size=3), min_size=1, max_size=5),
)
def test_cue_starts_matches_the_plain_definition(text: str, cues: set[str]) -> None:
    found = cue_starts(ScanText(text), CueWords(cues))
    assert found == _reference_starts(text, cues)
    # Twins of ASCII letters only add offsets to those of the case-folded text.
    assert set(_reference_starts(text, cues, fold_case)) <= set(found)


def test_cue_fold_shows_the_ascii_twins() -> None:
    assert cue_fold("\u017fSN \u0131D \u212aEY \u0663\u0664 caf\u00e9") == "ssn id key 34 caf\u00e9"


def test_scan_gives_the_same_findings_for_a_plain_and_a_scan_text() -> None:
    text = "Hi, my name is Maria Lopez; my card number is 4539 1488 0343 6467. DOB: 01/02/1980"
    assert scan(text) == scan(ScanText(text))
    assert {m.type for m in scan(text)} >= {"person_name", "credit_card", "date_of_birth"}


def test_cue_fold_is_the_case_folded_text_itself_without_twins() -> None:
    # anchored_matches relies on this to skip re-checking offsets.
    plain = ScanText("Caf\u00e9 CUSTOMER name")
    assert cue_fold(plain) is fold_case(plain)
    twin = ScanText("Caf\u00e9 \u017fort code")
    assert cue_fold(twin) == "caf\u00e9 sort code"
    assert cue_fold(twin) is not fold_case(twin)


def test_folded_copy_shares_the_word_index_but_not_other_views() -> None:
    text = ScanText("My Name is Ada, İstanbul")
    folded = fold_case(text)
    assert isinstance(folded, ScanText)
    assert folded == fold_case(str(text))
    assert fold_case(folded) is folded
    assert shared(folded, WordIndex) is shared(text, WordIndex)
    assert cue_fold(folded) == cue_fold(str(text))
    # A view that depends on case is computed for each text apart.
    assert shared(folded, str.swapcase).startswith("MY NAME IS ADA")
    assert shared(text, str.swapcase).startswith("mY nAME IS aDA")


def test_fold_case_of_a_plain_str_is_a_plain_str() -> None:
    assert type(fold_case("ABC")) is str


_OLD_TWIST = re.compile(r"[^\x00-\x7f](?<=[\u0130\u0131\u017f\u212a\d])")
_OLD_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def _old_cue_fold(text: str) -> str:
    """cue_fold as it was: a regex substitution of every twin."""

    def twin(m: re.Match[str]) -> str:
        return _OLD_TWINS.get(m.group()) or str(unicodedata.decimal(m.group()))

    return _OLD_TWIST.sub(twin, fold_case(text))


def _old_spaced(folded: str) -> str:
    """The word index's spaced copy by its definition: letters and digits stay."""
    return "".join(ch if ch.isalnum() else " " for ch in folded)


_MIXED = st.text(
    alphabet="aZ9 _-.'\u0130\u0131\u017f\u212a\u0663\u00e9\u00df\u4e2d\u2014\u00a0\U0001f600\u0301",
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_cue_fold_and_spaced_copy_as_defined(text: str) -> None:
    assert cue_fold(text) == _old_cue_fold(text)
    assert cue_fold(ScanText(text)) == _old_cue_fold(text)
    folded = cue_fold(text)
    assert _spaced(folded) == _old_spaced(folded)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\u00c9\u00e9Z\ud800\U0001f600", max_size=40))
def test_fold_case_lowers_only_ascii_when_lower_would_change_the_length(text: str) -> None:
    folded = fold_case(text)
    assert len(folded) == len(text)
    ascii_lower = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
    lowered = text.lower()
    assert folded == (lowered if len(lowered) == len(text) else text.translate(ascii_lower))
