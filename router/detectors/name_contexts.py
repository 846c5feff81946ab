"""Single names that the sentence around them marks as people in the user's life.

``bare_names`` finds names from the names themselves ("Anna Kowalczyk"); a
name on its own ("Lisa", "Lindqvist") is found only when the words around it
say it is a person, here:

- speaker labels of a pasted chat ("Lisa: ...\nTom: ..."), when the text is
  nothing but the chat, carries chat timestamps, or calls it our/my chat;
- reported speech and people acting on each other ('"...," says Tom.',
  "said Gladys to Logan", "Enrico shouted at Gary");
- where a named person lives and who gave whom an address ("Jacob lives on 9
  Elm Road", "Kevin had given Alma his address");
- the name heading a contact card or an address block (a first line that is
  only a name, with house numbers, phone numbers or e-mails below it);
- the people on one's own team ("our founders: Okafor, Lindqvist and Brennan").

Each rule runs on short texts only (a request of a few sentences, see
``MAX_CONTEXT_TEXT``), and never on stories, texts about public figures (the
caller decides those) or about works, lessons and puzzles (``_WORKS``): a
sitcom script, a knights-and-knaves puzzle or a famous quotation name people
who are not the user's contacts. Possessive relatives ("Amanda's daughter")
and "X is from <organisation>" were tried and dropped: on questions about
public figures and stories ("Who played Luke's father?", "Shakira is from
Colombia") they fired more often than they found someone's contact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from router.detectors._base import words
from router.detectors.bare_names import common_words, given_names, surnames

__all__ = ["MAX_CONTEXT_TEXT", "find_context_names", "repeated_names"]

# A pasted chat or complaint of a few lines; longer texts are documents,
# essays and stories more often than someone's own conversation.
MAX_CONTEXT_TEXT = 600

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
# A capitalised name word ("Lisa", "Hauta-aho", "O'Neill"); bounded repeats
# after a word boundary keep every pattern linear.
_NAME = rf"(?<![\w'’-])[{_UP}][{_LO}]{{1,20}}(?:['’-][{_UP}]?[{_LO}]{{1,20}})?(?![\w'’-])"

# A name before a possessive "'s" (``_NAME`` ends before an apostrophe).
_POSSESSOR = rf"(?<![\w'’-])[{_UP}][{_LO}]{{1,20}}"

# Capitalised words that the name lists know but that open sentences, label
# lines, name the assistant being talked to or stand in for anyone in
# cryptography and puzzles ("Alice", "Bob"), never one of the user's contacts.
_NOT_PEOPLE = words(
    """
    the a an i it this that these those there here we you they he she my your our his her their
    what which who how when where why yes no not please thanks thank hello hi dear sir madam all
    team everyone customer support admin user assistant agent system human bot ai note example
    input output question answer q a step answer monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december and or of in on at to for with from by as is was are were will can
    claude bard gemini alexa siri cortana copilot sydney jarvis chatgpt gpt llama mistral
    god jesus christ lord allah buddha santa
    alice bob eve mallory trent
    """
)
# Words that begin a "Word:" line in documents and prompts, not a speaker.
_NOT_SPEAKERS = words(
    """
    title subject date time from to cc bcc re fwd summary context task goal background
    instructions instruction rules rule format output input example examples note notes
    warning error info debug tip hint answer question reply response prompt description
    step steps part section chapter scene act verse chorus bridge intro outro narrator
    speaker interviewer interviewee host guest caller operator moderator student teacher
    """
)


def _is_person_word(word: str, *, unknown_ok: bool) -> bool:
    """Whether ``word`` can be a person's name where the context says it is one.

    A listed given name or surname always can; an unlisted word ("Hartvigsson")
    only where ``unknown_ok`` and it is not an ordinary English word.
    """
    low = word.lower()
    if len(low) < 2 or low in _NOT_PEOPLE or low in _NOT_SPEAKERS:
        return False
    if low in given_names() or low.split("-")[0] in surnames():
        return True
    return unknown_ok and low not in common_words()


# Texts about a work, a lesson or a puzzle: the people in them are characters.
_WORKS = re.compile(
    r"\b(?:cartoon|comic|sitcom|tv|show|series|play|scene|act[ ]\d|opera|musical|bible|"
    r"scripture|myth|legend|puzzle|riddle|knights?|knaves?|liars?|truth|translate|"
    r"translation|dialogue|dialog|conversation[ ]between|example|exercise|lesson|homework|"
    r"textbook|quiz|joke|continue|shakespeare|season|episode)\b",
    re.IGNORECASE,
)

# --- speaker labels -----------------------------------------------------------
# "Lisa: ...", "> Tom: ...", "[10:02] Marek Dvořák: ...": a line that starts
# with a name and a colon.
_TIMESTAMP = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?[ \t]+)"
_SPEAKER = re.compile(
    rf"^[ \t>]*(?P<t>{_TIMESTAMP})?(?P<n>{_NAME}(?:[ ]{_NAME})?)[ \t]*:(?![/\\\d])",
    re.MULTILINE,
)
_SPEAKER_LOWER = re.compile(
    rf"^[ \t>]*(?P<t>{_TIMESTAMP})?(?P<n>[{_LO}]{{2,20}})[ \t]*:(?![/\\\d])",
    re.MULTILINE,
)
# People in a chat talk to and about each other; "Maria: 3 apples\nJose: 5
# apples" is a table.
_SPEAKING = re.compile(r"\b(?i:i|i'm|me|my|you|your|we|us|our)\b")
# Two labelled lines make a transcript; one "Lisa:" could be a heading.
_MIN_SPEAKER_LINES = 2
# "summarise our slack thread:", "my chat with the landlord": the user's own chat.
_OWN_CHAT = re.compile(
    r"\b(?:my|our|we|i)\b[^\n]{0,40}\b(?:chats?|thread|slack|teams|whatsapp|messages?|dms?|"
    r"call|meeting|standup|stand-up|transcript|texts?|emails?)\b",
    re.IGNORECASE,
)


# A chat pasted onto one line keeps its stamps: "[22:41] Yael: did you delete the logs??
# [22:42] Roi: yes all of them".
_INLINE_STAMPED = re.compile(
    rf"\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*(?P<n>{_NAME})[ \t]*:(?![/\\\d])"
)


def _inline_stamped_speakers(text: str) -> list[tuple[int, int]]:
    if "]" not in text:
        return []
    found = [
        m for m in _INLINE_STAMPED.finditer(text) if _is_person_word(m.group("n"), unknown_ok=True)
    ]
    return [m.span("n") for m in found] if len(found) >= _MIN_SPEAKER_LINES else []


def _speakers(text: str) -> Iterator[tuple[int, int]]:
    inline = _inline_stamped_speakers(text)
    if inline:
        yield from inline
        return
    lower = text.islower()
    pattern = _SPEAKER_LOWER if lower else _SPEAKER
    labels: list[tuple[int, int]] = []
    names: set[str] = set()
    stamped = False
    for m in pattern.finditer(text):
        parts = m.group("n").split(" ")
        if lower:
            ok = parts[0] in given_names() and parts[0] not in _NOT_PEOPLE
        else:
            ok = all(_is_person_word(p, unknown_ok=True) for p in parts) and (
                any(p.lower() in given_names() for p in parts) or len(parts) == 1
            )
        if not ok:
            return  # one "Note:" or "Output:" label: a document, not a chat
        labels.append(m.span("n"))
        names.add(parts[0].lower())
        stamped = stamped or m.group("t") is not None
    if len(labels) < _MIN_SPEAKER_LINES:
        return
    # Mostly listed given names: "Django: ...\nFlask: ..." compares two things.
    if 2 * sum(1 for n in names if n in given_names()) < len(names):
        return
    # An exercise wraps its dialogue in an instruction ("Who is lying?"); a
    # pasted chat is nothing but the chat, or is stamped, or is called ours.
    lines = sum(1 for line in text.splitlines() if line.strip())
    pure = len(labels) == lines and _SPEAKING.search(text) is not None
    if pure or stamped or _OWN_CHAT.search(text):
        yield from labels
        yield from _named_in_chat(text, lower)


# Inside a chat, a listed given name that someone is addressed by ("see you,
# Kelly!") or that owns something ("I'm Amanda's daughter") is a person too.
_IN_CHAT = re.compile(
    rf",[ ](?P<a>{_NAME})[?!.]|(?P<p>{_POSSESSOR})['’]s\b"
    rf"|(?<![\w'’-])(?P<l>[{_LO}]{{2,20}})['’]s\b"
)


def _named_in_chat(text: str, lower: bool) -> Iterator[tuple[int, int]]:
    for m in _IN_CHAT.finditer(text):
        group = "l" if m.group("l") is not None else "a" if m.group("a") is not None else "p"
        if group == "l" and not lower:
            continue
        word = m.group(group).lower()
        if word in given_names() and word not in _NOT_PEOPLE:
            yield m.span(group)


# --- reported speech and people acting on each other --------------------------
_SPEECH_VERB = (
    r"(?:said|says|asked|asks|replied|replies|answered|shouted|yelled|screamed|whispered|"
    r"added|adds|explained|explains|insisted|insists|complained|complains)"
)
# Inverted speech after a quotation or an exclamation: '"...," says Lindqvist.',
# "I'm so jealous! said Gladys to Logan".
_INVERTED_SPEECH = re.compile(
    rf"(?:[!?,.][\"”’']?|[\"”])[ \t]+{_SPEECH_VERB}[ ](?P<a>{_NAME})"
    rf"(?:[ ](?:to|at)[ ](?P<b>{_NAME}))?(?=[ \t]*(?:[.,!?;:]|$))",
    re.MULTILINE,
)
# One person acting on another, told as it happened: "Enrico shouted at Gary". A
# question ("why did Ross yell at Rachel?") is more often about a show or a book.
_ACTS_ON = re.compile(
    rf"(?P<a>{_NAME})[ ](?:shouted|yelled|screamed|snapped|swore|lied|whispered|complained)"
    rf"[ ](?:at|to)[ ](?P<b>{_NAME})"
)


def _speech(text: str) -> Iterator[tuple[int, int]]:
    for pattern in (_INVERTED_SPEECH, _ACTS_ON):
        for m in pattern.finditer(text):
            names = [g for g in ("a", "b") if m.group(g) is not None]
            if len(names) == 1:
                continue  # '"...," said Descartes': a famous line, quoted by one name
            if all(_is_person_word(m.group(g), unknown_ok=True) for g in names):
                for g in names:
                    yield m.span(g)


# --- where a named person lives, who gave whom an address ---------------------
# "Jacob lives on 9 Elm Road", "Tomomi Nishiyama lives at 12 ...": a house
# number must follow, or "Alice lives in the red house" (a logic puzzle) would count.
_LIVES_AT = re.compile(
    rf"(?P<n>{_NAME}(?:[ ]{_NAME})?)[ ](?:lives|lived|resides|resided|is[ ]staying)[ ]"
    rf"(?:at|on)[ ](?=\d|[{_UP}][^\n.!?]{{0,30}}\d)"
)
_GAVE_DETAILS = re.compile(
    rf"(?P<a>{_NAME})[ ](?:had[ ]|has[ ])?(?:gave|given|sent|texted|emailed)[ ]"
    rf"(?P<b>{_NAME})[ ](?:his|her|their)[ ]"
    rf"(?:new[ ])?(?:home[ ])?(?:address|number|phone|e-?mail|details)\b"
)


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    for m in _LIVES_AT.finditer(text):
        parts = m.group("n").split(" ")
        if all(_is_person_word(p, unknown_ok=True) for p in parts):
            yield m.span("n")
    for m in _GAVE_DETAILS.finditer(text):
        if all(_is_person_word(m.group(g), unknown_ok=True) for g in "ab"):
            yield m.span("a")
            yield m.span("b")


# --- the name heading a contact card or an address block ---------------------
# "Eino Pyysalo\n\n12 Koskikatu 4\n00100 Helsinki", "> leone mazzi\n> nurse\n> phone: ...":
# the first line is only a name, and the lines below carry house numbers,
# phone numbers or e-mail addresses.
_CARD_LINE = re.compile(
    rf"^[^\w\n]{{0,4}}(?P<n>[{_UP}{_LO}][{_LO}'’-]{{1,20}}"
    rf"(?:[ ]{{1,2}}(?:[{_UP}{_LO}]\.?|[{_UP}{_LO}][{_LO}'’-]{{1,20}})){{1,3}})[ \t]*$"
)
_PARTICLES = words("van von de der den da di du le la del della dos das bin al")
# Lines with a house number, a postcode, a phone number (three digits or more,
# years left out) or an e-mail address: "Born 1906\nDied 1992" under a famous
# name is a fact card, not a contact card.
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")
_CARD_LINE_DIGITS = 3
# How far below the name the card's details may be, and how many lines carry them.
_CARD_REACH = 6
_CARD_VALUES = 2


def _card_heading(text: str) -> Iterator[tuple[int, int]]:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 1 + _CARD_VALUES:
        return
    m = _CARD_LINE.match(lines[0])
    if m is None:
        return
    parts = [p for p in m.group("n").split() if p.rstrip(".").lower() not in _PARTICLES]
    words_ = [p for p in parts if len(p.rstrip(".")) > 1]
    if len(words_) < 2 or any(p[0].islower() for p in parts) != text.islower():
        return  # a lower-case word in a capitalised heading: a phrase, not a name
    low = [w.lower() for w in words_]
    if any(w in _NOT_PEOPLE or w in _NOT_SPEAKERS for w in low):
        return
    common = common_words()
    evidence = (
        low[0] in given_names()
        or low[-1].split("-")[0] in surnames()
        or any(not w.isascii() for w in low)
        or not any(w in common for w in low)
    )
    values = sum(
        1
        for line in lines[1 : 1 + _CARD_REACH]
        if "@" in line or len(_DIGIT.findall(_YEAR.sub("", line))) >= _CARD_LINE_DIGITS
    )
    if evidence and values >= _CARD_VALUES:
        start = text.index(lines[0]) + m.start("n")
        yield start, start + len(m.group("n"))


# --- the people on one's own team ---------------------------------------------
# "our founders: Okafor, Lindqvist and Brennan", "my interviewers were Dag and
# Mette": a list of capitalised words after our or my and a word for people.
_ROSTER = re.compile(
    rf"\b(?i:our|my)[ ](?:\d{{1,2}}[ ]|two[ ]|three[ ]|four[ ]|five[ ])?"
    rf"(?i:co-?founders|founders|attendees|participants|interviewers|employees|staff|"
    rf"colleagues|coworkers|co-workers|team[ ]members|teammates|tenants|flatmates|roommates)"
    rf"[ ]?(?::|(?i:are|were|include|included|being))[ ]"
    rf"(?P<list>{_NAME}(?:(?:,[ ]|,?[ ]and[ ]|[ ]&[ ]){_NAME}){{1,11}})"
)


def _roster(text: str) -> Iterator[tuple[int, int]]:
    for m in _ROSTER.finditer(text):
        base = m.start("list")
        items = [
            (base + i.start(), base + i.end(), i.group(0))
            for i in re.finditer(r"[^\s,&]+", m.group("list"))
            if i.group(0) != "and"
        ]
        # Words for people are strong: a surname that is also an ordinary word
        # counts ("Graves") when at least half the list are names ("Finance,
        # Legal and Ops" are not), and a sentence word ("The", "All") never does.
        if any(w.lower() in _NOT_PEOPLE or w.lower() in _NOT_SPEAKERS for *_, w in items):
            continue
        named = sum(1 for *_, w in items if _is_person_word(w, unknown_ok=True))
        if 2 * named >= len(items):
            for start, end, _w in items:
                yield start, end


Rule = Callable[[str], Iterator[tuple[int, int]]]
RULES: dict[str, Rule] = {
    "speakers": _speakers,
    "speech": _speech,
    "addresses": _addresses,
    "cards": _card_heading,
    "rosters": _roster,
}


def find_context_names(text: str, *, public: bool) -> Iterator[tuple[int, int]]:
    """Names the sentence marks as people (nothing when ``public`` or long)."""
    if public or len(text) > MAX_CONTEXT_TEXT or _WORKS.search(text):
        return
    for rule in RULES.values():
        yield from rule(text)


# --- the same name again --------------------------------------------------------
# A possessive "'s" may follow a repeated name ("Anna's laptop").
_REPEAT_END = re.compile(r"(?:['’]s)?(?![\w'’-])")
_ANY_WORD = re.compile(rf"(?<![\w'’-])[{_UP}{_LO}]{{3,30}}(?=(?:['’]s)?(?![\w'’-]))")
# Up to this many distinct name words, one str.find pass each (in C) beats one
# regex pass over every word of the text; more, and the single pass wins.
_FIND_PASSES = 8


def repeated_names(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Other places where a word of an already found name appears again.

    "My name is Vanessa Hertzog but everyone calls me Vanessa": once a span is
    a person's name, the same given name or surname elsewhere is that person.
    Ordinary English words are left out ("Rose", "Key"), unless listed as names.
    """
    if not spans:
        return
    seen: set[str] = set()
    for start, end in spans:
        for piece in re.split(r"[\s,.]+", text[start:end]):
            word = piece.removesuffix("'s").removesuffix("’s")
            if len(word) >= 3 and word.isalpha() and _is_person_word(word, unknown_ok=True):
                seen.add(word)
    covered = sorted(spans)
    starts = [a for a, _b in covered]
    for pos, end in _occurrences(text, seen):
        # The last found span starting at or before this word: inside it, or new.
        i = bisect_right(starts, pos) - 1
        if i < 0 or covered[i][1] < end:
            yield pos, end


def _occurrences(text: str, seen: set[str]) -> Iterator[tuple[int, int]]:
    """Whole-word places of the words in ``seen``, in any order."""
    if len(seen) > _FIND_PASSES:
        for m in _ANY_WORD.finditer(text):
            if m.group(0) in seen:
                yield m.span()
        return
    for word in sorted(seen):
        pos = text.find(word)
        while pos != -1:
            end = pos + len(word)
            before_ok = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "'’-_")
            if before_ok and _REPEAT_END.match(text, end):
                yield pos, end
            pos = text.find(word, end)
