"""People's names that no cue word introduces ("follow up with Eva Kleist").

A cue such as "my name is" makes a name easy (``personal._NAME_CUES``); most
names in a request come without one. This module finds them from the names
themselves, with evidence that a capitalised pair is a person rather than a
place, product or phrase:

- a known given name followed by a known surname or by a word that is not an
  ordinary English word ("Anna Kowalczyk", "Eva Szöllösy"), or an unknown
  word followed by a known surname ("Homero Portillo");
- any two capitalised words around a middle initial ("Faina D. Yefremova");
- two words with letters outside ASCII where one is a known name
  ("Šárka Ottová", "Elínborg Guðmundsdóttir");
- a list of three or more capitalised words that are mostly known names
  ("Hannah, Derek, Anna and Andrew"), in lower case from writers who use no
  capitals at all;
- the same pairs in lower case when both words are known names
  ("follow up with patricia desrosiers").

The name lists are in ``resources/names/`` (US Census 1990 given names and
surnames, public domain, with ordinary English words left out; see
``benchmarks/build_name_lists.py``).

Long texts (documents, code, essays) and texts about public figures, works or
stories name people who are not the user's contacts; a bare name there is
not flagged (a cued one still is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from router.detectors._base import anchored_matches, words
from router.detectors._names import GIVEN_NAMES
from router.detectors._shared import word_table
from router.resources import resources_dir

# A bare name in a request of a few sentences is about someone the user deals
# with; in a long document it is more often an author, a character or a
# public figure.
MAX_BARE_NAME_TEXT = 400
# More than three words, and more than one word in this many, with letters
# outside ASCII: a text in a language that uses them everywhere.
ACCENTED_SHARE = 5

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_WORD = re.compile(
    rf"(?<![\w@/.#\\-])(?P<w>[{_UPPER}{_LOWER}][{_LOWER}]{{1,24}}"
    rf"(?:['’][{_LOWER}]{{1,20}}|-[{_UPPER}][{_LOWER}]{{1,20}})?)(?![\w'’])"
    rf"(?P<gap>,[ ](?:and[ ])?|[ ]and[ ]|[ ]&[ ]|[ ](?:[{_UPPER}]\.?[ ])?)?"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class NameListMissing(RuntimeError):
    """The bundled name lists could not be read (a broken install)."""


def _names_dir() -> Path:
    return resources_dir() / "names"


def _read_list(name: str) -> dict[str, None]:
    path = _names_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise NameListMissing(
            f"the name list {path} could not be read ({exc.strerror}); reinstall Edgewise "
            "or rebuild the list with benchmarks/build_name_lists.py"
        ) from exc
    return word_table(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def given_names() -> dict[str, None]:
    """Known given names, lower case (a table to look words up in, see ``word_table``)."""
    return _read_list("given.txt") | dict.fromkeys(GIVEN_NAMES)


@cache
def world_given_names() -> dict[str, None]:
    """``given_names`` and the given names of many more countries (``given_world.txt``):
    to tell who a sentence is about ("Paolo is in hospital"), not to find names."""
    return given_names() | _read_list("given_world.txt")


@cache
def surnames() -> dict[str, None]:
    """Known surnames, lower case (a table to look words up in, see ``word_table``)."""
    return _read_list("surnames.txt")


@cache
def common_words() -> dict[str, None]:
    """Frequent English words, lower case (a capitalised one is usually not a name; a
    table to look words up in, see ``word_table``)."""
    return _read_list("common_words.txt")


# Capitalised words that are never a name here, whatever the lists say (the
# assistants people greet, "Hi Claude, ...", among them).
_NEVER = words(
    """
    the a an i it this that these those there here we you they he she my your our his her their
    what which who how when where why yes no not please thanks thank hello hi dear sir madam all
    team everyone customer support admin monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december and or of in on at to for with from by as is was are were will can could would
    should do does did have has had new best kind warm regards cheers sincerely yours name
    street road avenue lane drive boulevard square park city county university college school
    hospital bank group inc ltd llc gmbh corp company university institute
    claude siri alexa bard gemini copilot cortana chatgpt
    """
)


def _is_word_name(word: str) -> bool:
    low = word.lower()
    return low not in _NEVER and (low in given_names() or low.split("-")[0] in surnames())


# Spanish, Italian and Portuguese articles that are also given names (Una, Uno): in
# lower case, the article.
_ARTICLES = frozenset(("una", "uno", "unos", "unas", "del", "los", "las"))


def _pair_is_name(
    first: str, second: str, *, initial: bool, lower_case_writer: bool, accented_text: bool
) -> bool:
    f, s = first.lower(), second.lower()
    if f in _NEVER or s in _NEVER:
        return False
    if "'" in f or "’" in f:
        return False  # "What's Serena", "Kahlo's Diego": a contraction or a possessive
    given = given_names()
    known_first = f in given
    known_second = s.split("-")[0] in surnames() or s in given
    # Letters outside ASCII mark a name in English text, not in a text written
    # in Vietnamese or Czech, where most words have them.
    odd_second = not accented_text and _NON_ASCII.search(second) is not None
    odd_first = not accented_text and _NON_ASCII.search(first) is not None
    common = common_words()
    if not (first[0].isupper() and second[0].isupper()):
        # Lower case: only from writers who use no capitals at all, and only
        # when both are known names ("eva kleist"), not an article ("una chica").
        return lower_case_writer and known_first and known_second and f not in _ARTICLES
    if initial:
        # "Faina D. Yefremova", not "Hyre A Pro" or "Z Scores".
        return known_second or s not in common
    first_ok = known_first or f not in common
    second_ok = known_second or s not in common
    return (
        (known_first and (known_second or odd_second or second_ok))
        # "Homero Portillo": an unknown given name before a known surname
        or (known_second and first_ok)
        # Letters outside ASCII in one word, the other a known name or at
        # least not an English word ("Marek Dvořák", "Šárka Ottová").
        or (odd_first and (odd_second or second_ok))
        or (odd_second and first_ok)
    )


def find_bare_names(text: str, *, public: bool) -> Iterator[tuple[int, int]]:
    """Spans of people's names in a short text (nothing when ``public`` or long)."""
    if public or len(text) > MAX_BARE_NAME_TEXT:
        return
    lower_case_writer = text.islower()
    tokens = [
        (m.start("w"), m.end("w"), m.group("w"), m.group("gap")) for m in _WORD.finditer(text)
    ]
    accented = sum(1 for t in tokens if _NON_ASCII.search(t[2]))
    accented_text = accented > 3 and accented * ACCENTED_SHARE > len(tokens)
    run: list[tuple[int, int, str]] = []  # a list such as "Hannah, Derek and Anna"
    for i, (start, end, word, gap) in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        adjacent = nxt is not None and gap is not None and nxt[0] == end + len(gap)
        if (
            adjacent
            and nxt is not None
            and gap is not None
            and gap[0] == " "
            and "and" not in gap
            and not _after_article(tokens, i)
        ):
            initial = len(gap) > 1 and gap.strip()[:1].isupper()
            if _pair_is_name(
                word,
                nxt[2],
                initial=initial,
                lower_case_writer=lower_case_writer,
                accented_text=accented_text,
            ):
                yield start, nxt[1]
        # A writer without capitals lists people in lower case ("ana, tomas and lea").
        if word[0].isupper() or lower_case_writer:
            run.append((start, end, word))
        joined = gap is not None and (gap.startswith(",") or "and" in gap or "&" in gap)
        if not (adjacent and joined):
            yield from _name_list(run)
            run = []
    yield from _name_list(run)


# Articles before a capitalised pair make it a thing's name, not a person's: "the Mona
# Lisa", "die Berliner Mauer", "le Mont Blanc". Not Portuguese "o"/"a" ("o João Silva").
_ARTICLES_BEFORE = frozenset(
    (
        "the",
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "le",
        "la",
        "les",
        "el",
        "il",
        "lo",
        "gli",
        "het",
    )
)


def _after_article(tokens: list[tuple[int, int, str, str | None]], i: int) -> bool:
    if i == 0:
        return False
    _start, end, word, gap = tokens[i - 1]
    return gap == " " and word.lower() in _ARTICLES_BEFORE and tokens[i][0] == end + 1


def _name_list(run: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    if len(run) < 3:
        return
    known = [item for item in run if _is_word_name(item[2])]
    if len(known) * 3 >= len(run) * 2:
        for start, end, _word in run:
            yield start, end


# Cues strong enough that a lower-case word after them is a name
# ("my name is vitoria", "people call me višeslav").
_LOWER_CUED = re.compile(
    rf"\b(?:my\s+(?:full\s+|first\s+|real\s+)?name\s+is|(?:people|they|everyone)\s+call\s+me|"
    rf"(?:maiden|last|family|middle)\s+name\s+(?:is|was)|(?:mr|mrs|ms|dr)\.|"
    rf"call\s+me|i\s+go\s+by|name\s*:|"
    rf"(?:change|update|correct|set|fix)\s+my\s+(?:sur|last\s+|family\s+|first\s+|middle\s+|maiden\s+|"
    rf"display\s+|legal\s+)?name\s+(?:to|as)|"
    rf"my\s+(?:colleague|coworker|co-worker|manager|boss|wife|husband|partner|son|daughter|mother|"
    rf"mom|mum|father|dad|brother|sister|friend|tenant|landlord|doctor|neighbour|neighbor|kid|child)"
    rf"(?:\s+is|,)?)[ \t]+"
    rf"(?P<v>[{_LOWER}]['’{_LOWER}]{{1,24}}(?:[ ][{_LOWER}]\.?)?"
    rf"(?:[ ][{_LOWER}]['’{_LOWER}-]{{1,24}})?)"
    rf"(?![\w'’-])"
)
# After "my colleague", only a known given name makes the next word a name
# ("my colleague james", not "my colleague asked").
_RELATIVE_CUE = re.compile(r"^my\s+(?!(?:full\s+|first\s+|real\s+)?name\b)\w+")

_lower_cued = anchored_matches(
    words(
        "my maiden last family middle mr mrs ms dr people they everyone call i name change update "
        "correct set fix"
    ),
    _LOWER_CUED,
)


def find_lower_case_cued_names(text: str) -> Iterator[tuple[int, int]]:
    """Names typed in lower case after "my name is", "call me", "name:"."""
    common = common_words()
    known = given_names()
    for m in _lower_cued(text):
        parts = m.group("v").split(" ")
        if parts[0] in common and parts[0] not in known:
            continue  # "call me back", "my name is not ..."
        if _RELATIVE_CUE.match(m.group(0)) and parts[0] not in known:
            continue
        keep = 1
        for word in parts[1:]:
            if len(word.rstrip(".")) > 1 and word in common and word not in surnames():
                break
            keep += 1
        start = m.start("v")
        yield start, start + len(" ".join(parts[:keep]).rstrip("."))


# Judgements of a person's character or conduct, as in an HR or team request
# ("Nora is very unreliable"). Not "honest"/"tall"/"smart": logic puzzles use those.
_TRAIT = (
    r"(?:(?:un)?(?:reliable|dependable|trustworthy|professional)\b|impulsive|lazy|rude|aggressive|"
    r"(?:un)?sympathetic|difficult|toxic|incompetent|dishonest|moody|arrogant|careless|"
    r"disorgani[sz]ed|hard[ -]?working|abrasive|passive[ -]aggressive|manipulative|"
    r"insubordinate|underperforming|sloppy|hostile|stubborn|selfish|erratic|unstable|"
    r"disrespectful|unpleasant|inappropriate|condescending|overbearing|uncooperative)\b"
)
_DEGREE = r"(?:very|so|really|quite|extremely|always|too|being|bit|often|constantly)"
# One name alone, where the sentence says it is a person: addressed ("Leif,
# can you..."), named ("she named him Frank") or judged ("Nora is very
# unreliable"). Transcripts ("Marta: ...") and possessives ("Tom's sister")
# were tried and dropped: they fired on benign puzzles and role-play prompts
# the rules were never tuned on.
_SINGLE = re.compile(
    rf"""
    (?:^|(?<=[\n.!?]\s)|(?<=[\n"“]))(?P<a>[{_UPPER}][{_LOWER}]{{2,20}}),[ ]
      (?=(?i:can|could|would|will|please|pls|do|did|are|is|have|what|how|why|when|where|i|we|you)\b)
    |\b(?i:named|called)[ ](?i:him|her|them|the\s+baby)[ ](?P<d>[{_UPPER}][{_LOWER}]{{2,20}})\b
    |\b(?P<j>[{_UPPER}][{_LOWER}]{{2,20}})[ ](?:is|seems|was|has[ ]been)[ ]
      (?:(?:a|an|such[ ]an?)[ ])?(?:{_DEGREE}[ ]){{0,2}}{_TRAIT}
    |\b(?i:why[ ]is|is)[ ](?P<k>[{_UPPER}][{_LOWER}]{{2,20}})[ ]
      (?:(?:such[ ]an?|that|{_DEGREE})[ ]){{1,2}}{_TRAIT}
    """,
    re.VERBOSE,
)


def find_single_names(text: str) -> Iterator[tuple[int, int]]:
    """Single names that the sentence marks as a person (see ``_SINGLE``)."""
    common = common_words()
    given = given_names()
    for m in _SINGLE.finditer(text):
        group = next(g for g in "adjk" if m.group(g) is not None)
        word = m.group(group).lower()
        if word in _NEVER or (word in common and word not in given):
            continue
        if group in "jk" and word not in given:
            continue  # "Docker is so difficult": a judged thing, not a person
        yield m.span(group)
