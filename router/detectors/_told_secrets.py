"""Credentials told in words, as people do in support requests.

``secrets`` finds a value that a credential word introduces ("password: ...").
People asking for help also write a login and its password side by side
("admin / Kestrel#22"), give the code of a door or a keypad ("the keypad for
the stores is 7 3 9 1"), put the value after a remark ("my pwd is the same as
the wifi one: Xy-48-blue"), or say how the password is made ("my pin is my
birth year backwards"). Each finder here looks for one of those habits; the
value guards of ``_secret_values`` keep placeholders and prose out.

Every pattern is tried only where its cue is, or over bounded spans, so the
scan stays linear on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import fold_case, placeholder_context, sentence_around, words
from router.detectors._cues import CuePattern
from router.detectors._secret_values import DEMO_VALUE, GUESSABLE, NAME_VALUE, strong
from router.detectors._shared import WordIndex, long_words, shared

__all__ = [
    "find_access_codes",
    "find_authenticator_codes",
    "find_creds_pairs",
    "find_dial_turns",
    "find_hex_after_token",
    "find_keypad_entries",
    "find_late_values",
    "find_listed_codes",
    "find_login_pairs",
    "find_opening_values",
    "find_prefix_then_rest",
    "find_recipes",
    "find_sign_in_values",
    "find_snmp_communities",
    "find_spaced_codes",
    "find_spoken_passwords",
    "find_unlock_codes",
    "find_values_that_get_in",
    "find_word_and_year_passwords",
]

# Password words as people type them: "password", "passwd", "pwd", "pw", "psw", "pass".
_PASSWORD_WORD = (
    r"(?:pass(?:word|wd|wrd|phrase|code|owrd|ord)?|p(?:a?s{1,2})?w(?:o?r)?d|pw|psw|pin)"  # noqa: S105
)

# --- a login and its password side by side ----------------------------------------------
# "admin / Kestrel#2291", "admin:Kestrel#2291": a login of up to 40 characters, a slash
# (spaced or not) or a colon (glued), then the password.
_AFTER_SEPARATOR = {
    "/": re.compile(r"/[ \t]?(?P<v>[^\s/\"'`\[\]{}()<>]{6,64})(?=[\s,.;:!?)]|$)"),
    ":": re.compile(r":(?P<v>[^\s:/@\"'`\[\]{}()<>]{6,64})(?=[\s,.;!?)]|$)"),
}
_LOGIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.@+-")
_BEFORE_LOGIN = frozenset(" \t\n([\"'=,")
# Words that make the sentence about signing in somewhere.
_LOGIN_CUE = re.compile(
    r"\b(?:log-?ins?|logon|log\s+on|log\s+in|sign-?in|sign\s+in|creds?|credentials?|user(?:name)?|"
    r"usr|accounts?|acct|admin|administrator|root|wi-?fi|wlan|ssid|router|nas|portal|vpn|"
    # Out-of-band consoles and networks by their names: "iLO is Administrator / 7KQ4MZ2P",
    # "guest net HTL-Guest / Tejo2024!"
    r"ilo|idrac|ipmi|bmc|(?:guest|staff|office|shop|back-office)\s+net|"
    # "nurse station PC is ward6 / Ward6nurse!": the machine it opens
    r"pc|computer|laptop|terminal|till|kiosk|workstation|desktop|tablet|" + _PASSWORD_WORD + r")\b"
)
_FILE_NAME = re.compile(r"\.[A-Za-z]{1,5}$")
# A Windows command switch glued to its slash ("/v:host", "/user:bob"), not a password.
_SWITCH = re.compile(r"[A-Za-z]{1,15}:")


def _made_up(value: str) -> bool:
    """A value someone chose as a secret: strong enough, not a demo word, not a version."""
    return strong(value) and not DEMO_VALUE.search(value) and not NAME_VALUE.match(value)


def _login_before(text: str, sep: int) -> int | None:
    """Where the login before the separator at ``sep`` starts, or None when there is none."""
    end = sep - 1 if sep > 0 and text[sep - 1] in " \t" and text[sep] == "/" else sep
    start = end
    while start > 0 and end - start < 40 and text[start - 1] in _LOGIN_CHARS:
        start -= 1
    if start == end or (start > 0 and text[start - 1] not in _BEFORE_LOGIN):
        return None  # nothing, or part of a path or a URL ("a/b/c", "https://")
    if text[sep] == ":" and not text[start].isalpha():
        return None  # "14:02", "8080:Xy..."
    return start


def _separators(text: str) -> Iterator[int]:
    """Offsets of every "/" and ":" in ``text``, in order."""
    for sep in "/:":
        i = text.find(sep)
        while i != -1:
            yield i
            i = text.find(sep, i + 1)


# Passwords printed at the factory on a pull tag or a label: capitals and digits only
# ("Administrator / 7KQ4MZ2P"), after an administrator's login.
_FACTORY_PASSWORD = re.compile(r"^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,16}$")
_ADMIN_LOGINS = words("admin administrator root ilo idrac ipmi")


def _factory_password(login: str, value: str) -> bool:
    return login.lower() in _ADMIN_LOGINS and _FACTORY_PASSWORD.match(value) is not None


def find_login_pairs(text: str) -> Iterator[tuple[int, int]]:
    """Passwords written after a login and a slash or colon, in a sentence about signing in."""
    folded = fold_case(text) if "/" in text or ":" in text else text
    for sep in _separators(text):
        m = _AFTER_SEPARATOR[text[sep]].match(text, sep)
        login = _login_before(text, sep) if m is not None else None
        if m is None or login is None:
            continue
        start, end = m.span("v")
        value = text[start:end].rstrip(".,;:)")
        end = start + len(value)
        if (
            (_made_up(value) or _factory_password(text[login:sep].strip(), value))
            and not _FILE_NAME.search(value)  # paths ("src/Main2.java")
            and not (start == sep + 1 and _SWITCH.match(value))  # "mstsc /v:10.0.0.8"
            and not (GUESSABLE.match(value) and placeholder_context(text, login, end, 80))
            and _LOGIN_CUE.search(sentence_around(folded, login, end, 100))
        ):
            yield start, end


# "creds are svc_backup and Backup#Svc2025", "login: jdoe, Sunny-Day-42": a login and
# a password after a word for both.
_CREDS_PAIR = re.compile(
    r"\b(?:creds|credentials|login|logon|log-in|sign-in)\s*(?:are|is|:|=|-)\s*"
    r"(?P<u>[\w.@+-]{2,40}),?\s+(?:and|&|\+|/|,)?\s*(?:(?:pw|pwd|pass(?:word)?)\s*:?\s*)?"
    r"(?P<v>[^\s\"'`,;]{6,64})"
)
_creds_pair_matches = CuePattern(_CREDS_PAIR).finditer


def find_creds_pairs(text: str) -> Iterator[tuple[int, int]]:
    """A login and a made-up password after 'creds are' or 'login:'."""
    for m in _creds_pair_matches(text):
        start, end = m.span("v")
        value = text[start:end].rstrip(".:),?")
        if _made_up(value) and not (
            GUESSABLE.match(value) and placeholder_context(text, m.start(), end, 80)
        ):
            yield start, start + len(value)


# "log in as admin with Winter2025!", "sign in with jdoe and Summer#77", "ssh'd into the
# CPE as support with F1bre$upport#2023".
_SIGN_IN_WITH = re.compile(
    r"\b(?:log(?:ged)?\s?in|logon|log(?:ged)?\s+on|sign(?:ed)?\s?in|signin|connect(?:ed)?|"
    r"authenticate|ssh(?:'?d|ed)?(?=\s+(?:in|on|as)))"
    r"(?P<obj>\s*(?:to|into|on)\s+(?:the\s+|a\s+|an\s+)?[\w.-]{1,30})?\s+"
    r"(?P<as>as\s+[\w.@+-]{1,40}\s+)?(?:with|using|w/)\s+"
    r"(?P<login>(?:user(?:name)?\s+)?[\w.@+-]{1,40}\s*(?:and|&|/|\+|,)\s*)?"
    r"(?P<pw>(?:pw|pwd|pass(?:word)?)\s*:?\s*)?(?P<v>[^\s\"'`,;]{6,64})"
)
_sign_in_matches = CuePattern(_SIGN_IN_WITH).finditer


def find_sign_in_values(text: str) -> Iterator[tuple[int, int]]:
    """Made-up passwords after 'log in (as X) with' or 'sign in with <login> and'."""
    for m in _sign_in_matches(text):
        start, end = m.span("v")
        value = text[start:end].rstrip(".:),?")
        # "sign in with Office365" names a product: a word and digits need a login or a
        # password word around them to be a password.
        said = m.group("as") or m.group("login") or m.group("pw")
        if m.group("obj") and not (m.group("as") or m.group("pw")):
            continue  # "connected to the VPN with GlobalProtect6": the tool, not a login
        if (
            _made_up(value)
            and not _FILE_NAME.search(value)
            and (said or not GUESSABLE.match(value))
            and not (GUESSABLE.match(value) and placeholder_context(text, m.start(), end, 80))
        ):
            yield start, start + len(value)


# --- codes of doors, gates, safes and keypads ----------------------------------------------
_LOCKED = (
    r"(?:front\s+|back\s+|side\s+|main\s+)?(?:door|gate|alarm|lock|locker|safe|padlock|lockbox|"
    r"key\s?safe|key\s?box|garage|entry|entrance|building|office|store|stores|storeroom|"
    r"cabinet|cage|(?:server|store|stock|comms|supply|plant|post|mail)\s?room|wi-?fi|bike\s+shed|"
    r"shed|vault)s?"
)
# What the code opens, after the code word: "for the stores", "to the bike shed".
# Two such phrases at most: "for the staff room in Block B".
_FOR_WHAT = r"(?:\s+(?:for|to|of|on|at|in)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,2}){0,2}"
# Where a safe or an alarm is: "safe to say the total is 4000" is no code.
_WHERE_LOCKED = r"(?:\s+(?:for|of|on|at|in)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,2})?"
# "door code for the staff room changed to 2741#": a new code is told like the old one.
_CHANGED_TO = (
    r"(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:changed|(?:re)?set|updated|switched)\s+to|will\s+be"
    r"|becomes"
)
_ACCESS_CODE = re.compile(
    rf"""\b(?:
        # "door code 4471", "alarm pin: 5826": the code word says what follows
        (?:{_LOCKED}\s+(?:access\s+|entry\s+)?(?:code|pin|combo|combination)s?|door\s?codes?|keycodes?)
        {_FOR_WHAT}\s*(?:(?:is|was|=|:|-|{_CHANGED_TO})\s*)?
        # "the keypad for the stores is 7 3 9 1", "code to get into the bike shed is 5813"
      | (?:(?:{_LOCKED}\s+)?key\s?pad(?:\s+(?:code|pin))?s?|combination|combo
          |(?:code|pin|combo|combination)\s+(?:for|to|of|on)\s+(?:[\w-]+\s+){{0,3}}?{_LOCKED})
        {_FOR_WHAT}\s*(?:is|was|=|:|-|{_CHANGED_TO})\s*
        # "alarm for the Linlithgow store is 6 6 0 3": what is locked, then four or more digits
      | (?P<bare>alarm(?:\s+set/unset|\s+set|\s+unset|\s+panel)?|safe|padlock|lock\s?box
          |key\s?safe|key\s?box
          |(?:cd|drugs?|key|controlled)\s+(?:cabinet|cupboard)
          |(?:manager|supervisor|admin|till|refund|keycard|key\s+card|card|door|alarm)\s+override
           (?:\s+(?:code|pin))?)s?
        {_WHERE_LOCKED}
        \s*(?:is|=|:|'s|’s|{_CHANGED_TO})\s*(?:now\s+|still\s+)?
        (?=[#*]?\d(?:[ -]?\d){{3}})
        # "pharmacy door: *2281*", "side gate = 4471#": a door named as a label, then its code
      | (?P<label>door|gate|shed|cage|vault|storeroom|keypad)\s*[:=]\s*(?=[#*]?\d(?:[ -]?\d){{3}})
        # "side gate 1-9-8-5 star": which gate, then its code straight after
      | (?:side|back|front|main|rear|staff|yard|car\s+park)\s+(?:gate|door)\s+
        (?=[#*]?\d(?:[ -]?\d){{3}})
    )
    (?:now\s+|still\s+|just\s+)?
    (?<!\w)(?P<v>[#*]?\d(?:[ -]?\d){{2,9}})(?![\d.,:/]\d|\d)
    """,
    re.VERBOSE,
)
_access_code_matches = CuePattern(_ACCESS_CODE).finditer_folded
_TRIVIAL_CODE = re.compile(r"^(?:0+|1+|9+|1234|12345|123456|4321)$")
_CLOCK_TIME = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A number that measures the thing rather than opening it.
_MEASURE_AFTER = re.compile(
    r"\s*(?:mm|cm|m|kg|g|lbs?|pounds|kilos?|feet|foot|ft|inch(?:es)?|in|litres?|liters?|l|x|"
    r"euros?|dollars?|quid|rand|usd|eur|gbp|zar|db|decibels?|years?|times|hours|minutes|mins)\b",
    re.IGNORECASE,
)
_ACCESS_WORDS = (
    "code", "pin", "combo", "combination", "keypad", "key pad", "alarm", "safe", "padlock",
    "lockbox", "lock box", "keybox", "key box", "override", "door", "gate", "shed", "cage",
    "cabinet", "cupboard",
    "vault", "storeroom",
)  # fmt: skip


def find_access_codes(text: str) -> Iterator[tuple[int, int]]:
    """Codes of doors, gates, safes and keypads ("the door code is 4471")."""
    folded = fold_case(text)
    if not any(w in folded for w in _ACCESS_WORDS):
        return
    for m in _access_code_matches(text):
        digits = "".join(ch for ch in m.group("v") if ch.isdigit())
        if _TRIVIAL_CODE.match(digits):
            continue
        if m.group("bare") is not None and (
            _MEASURE_AFTER.match(text, m.end("v"))
            or (m.group("bare") == "alarm" and _CLOCK_TIME.match(digits))
        ):
            continue  # "the safe is 1200 mm wide"; "my alarm is 0630": an alarm clock
        if m.group("label") is not None and (
            _MEASURE_AFTER.match(text, m.end("v")) or _YEAR.match(digits)
        ):
            continue  # "Door: 1200 mm", "Gate: 2024": a size or a year under a label
        if placeholder_context(text, m.start("v"), m.end("v"), 80):
            continue  # "the demo keypad code is 2580"
        yield m.span("v")


# "the six digits I punch into the cash machine are 190388": a code told by how it is used.
_KEYED_IN = re.compile(
    r"\b(?:punch|punched|punching|key|keyed|keying|tap|tapped|tapping)\s+(?:it\s+|them\s+)?in(?:to)?\b"
    r"[^.?!\n]{0,70}?(?<![\w.,/-])(?P<v>\d{4,8})(?![\d.,:/]\d|\d)"
)
_keyed_in_matches = CuePattern(_KEYED_IN).finditer_folded


# What a keyed-in code opens: without one, "punch in at 0800" is a shift and "keyed in
# the order 55123" a typo.
_OPENS = re.compile(
    r"\b(?:key\s?pad|pin|code|digits|numbers|door|gate|lock|unlock|safe|atm|cash\s+machine|alarm|"
    r"combination|combo|locker|entry)\b"
)


def find_keyed_in_codes(text: str) -> Iterator[tuple[int, int]]:
    """Codes told by where they are keyed in ("what I punch into the keypad is 190377")."""
    folded = fold_case(text)
    for m in _keyed_in_matches(text):
        start, end = m.span("v")
        if (
            _TRIVIAL_CODE.match(m.group("v"))
            or _CLOCK_TIME.match(m.group("v"))  # "i punch in 0800": a shift
            or not _OPENS.search(sentence_around(folded, start, end))
            or folded[max(0, start - 3) : start] == "at "
            or placeholder_context(text, start, end, 80)
        ):
            continue
        yield start, end


# A code keyed in as a keypad wants it: "the temp code is *2580", "side entrance is 2580#
# from tomorrow", "1397 star": four to eight digits after a star or before a hash or a
# spoken key, touching no letter, digit, star or hash (not a phone's "*123#", a "#4521"
# issue, a "var*2580x"), in a sentence about what it opens and not about a phone's
# service codes ("dial *1345 to top up").
_KEYED_DIGITS = re.compile(r"\d{4,8}")
_SPOKEN_KEY = re.compile(r"(?<![\w*#])(\d{4,8})\s+(?:then\s+)?$")
_KEYPAD_KEYS = ("star", "hash", "pound", "enter")
_KEYPAD_WHAT = re.compile(
    r"\b(?:code|codes|pin|door|doors|gate|gates|entrance|keypad|key\s+pad|lock|alarm|fob|entry|"
    r"access|shutter|lockbox|key\s?safe|side|back|front|"
    # What has a keypad on its door: "quiet room's 2580# now".
    r"room|rooms|cupboard|store|storeroom|locker|cage|shed|vault|safe|lift|office)\b"
)
_PHONE_SERVICE = re.compile(r"\b(?:dial|dialled|dialed|ussd|balance|top\s?up|airtime)\b")


def _keypad_values(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the digits in "*2580", "2580#" and "2580 then star"."""
    # Found from the few stars, hashes and key words of a text: a regex through the whole
    # text stops at every digit (0.17 ms per 8,000 characters).
    size = len(text)

    def free(i: int) -> bool:
        return not (0 <= i < size and (text[i].isalnum() or text[i] in "*#_"))

    i = text.find("*")
    while i != -1:
        m = _KEYED_DIGITS.match(text, i + 1)
        if m is not None and free(i - 1) and free(m.end()):
            yield m.span()
        i = text.find("*", i + 1)
    i = text.find("#")
    while i != -1:
        start = i
        while start > 0 and text[start - 1].isdigit() and i - start <= 8:
            start -= 1
        if 4 <= i - start <= 8 and free(start - 1) and free(i + 1):
            yield start, i
        i = text.find("#", i + 1)
    index = shared(text, WordIndex)
    for word in _KEYPAD_KEYS:
        for pos in index.where(word):
            m = _SPOKEN_KEY.search(text, max(0, pos - 24), pos)
            if m is not None:
                yield m.span(1)


def find_keypad_entries(text: str) -> Iterator[tuple[int, int]]:
    """Codes written as they are keyed in ("the temp code is *2580", "1397 star")."""
    folded: str | None = None
    for start, end in _keypad_values(text):
        folded = fold_case(text) if folded is None else folded
        sentence = sentence_around(folded, start, end)
        if (
            _TRIVIAL_CODE.match(text[start:end])
            or not _KEYPAD_WHAT.search(sentence)
            or _PHONE_SERVICE.search(sentence)
            or placeholder_context(text, start, end, 80)
        ):
            continue
        yield start, end


# "my pin is 4 4 2 1", "otp: 48 29 17": a code read out digit by digit. Values
# without separators are the assignment pattern's (secrets._CREDENTIAL).
_SPACED_CODE = re.compile(
    rf"""\b(?:{_PASSWORD_WORD}|passcode|pin\s?code|otp|one-?time\s+(?:code|password)
    |(?:verification|security|login|sign-?in)\s+code)
    \s*(?:number\s*)?(?:is|was|=|:|-)\s*(?:now\s+|still\s+)?
    (?P<v>\d{{1,2}}(?:(?:[ ]|[ ]?-[ ]?)\d{{1,2}}){{1,11}})(?![\d.,:/]\d|\d)""",
    re.VERBOSE,
)
_spaced_code_matches = CuePattern(_SPACED_CODE).finditer_folded


def find_spaced_codes(text: str) -> Iterator[tuple[int, int]]:
    """PINs and one-time codes written with spaces or dashes between the digits."""
    for m in _spaced_code_matches(text):
        digits = "".join(ch for ch in m.group("v") if ch.isdigit())
        if (
            4 <= len(digits) <= 12
            and not _TRIVIAL_CODE.match(digits)
            and not placeholder_context(text, m.start(), m.end(), 80)
        ):
            yield m.span("v")


# "the safe in hr opens with 14 22 36", "the pdf is locked with Finance2026!": what
# opens a lock, a file or a device.
_OPENS_WITH = re.compile(
    rf"""\b(?:{_LOCKED}|zip|pdf|file|archive|document|doc|sheet|spreadsheet|workbook|laptop|
    phone|drive|usb|stick)\b(?:\s+[\w-]+){{0,3}}?\s+(?:is\s+|are\s+)?
    (?:(?:locked|protected|encrypted|opens|unlocks|secured)\s+(?:with|using|by)\s+
    (?:(?:the\s+)?(?:code|pin|password|passcode|combination|combo)\s+)?
    (?P<v>[#*]?\d(?:[ -]?\d){{2,9}}(?![\d.,:/]\d|\d)|[^\s\"'`,;]{{6,64}})
    # "the server room almirah opens at 3-7-1-9": keyed digits, not an opening time
    |opens\s+(?:at|on)\s+(?P<d>\d(?:-\d){{3,7}})(?![\d-]))""",
    re.VERBOSE,
)
_opens_with_matches = CuePattern(_OPENS_WITH).finditer


_SCHEME = re.compile(r"^[A-Z]{2,}[-_]?[\d.]+$")


def find_opening_values(text: str) -> Iterator[tuple[int, int]]:
    """Codes and passwords that open a lock, a file or a device."""
    for m in _opens_with_matches(text):
        start, end = m.span("v" if m.group("v") is not None else "d")
        value = text[start:end].rstrip(".:),?")
        digits = value.replace(" ", "").replace("-", "").lstrip("#*")
        if digits.isdigit():
            ok = not _TRIVIAL_CODE.match(digits)
        else:  # not "AES256" or "TPM2.0": the names of schemes
            ok = _made_up(value) and not _SCHEME.match(value)
        if ok and not placeholder_context(text, m.start(), start + len(value), 80):
            yield start, start + len(value)


# "Safe in the T5 back office: left to 36, right to 12, left to 58": a dial's turns.
_DIAL_TURNS = re.compile(
    r"\b(?:(?:\d+|two|three|four)\s+turns?\s+)?(?:left|right)\s+(?:to\s+)?(?P<v>\d{1,2}"
    r"(?:,?\s+(?:then\s+)?(?:(?:\d+|two|three|four|one)\s+turns?\s+)?(?:(?:left|right)\s+(?:to\s+)?)?"
    r"\d{1,2}){1,3})(?!\d)",
    re.IGNORECASE,
)
_dial_turns_matches = CuePattern(_DIAL_TURNS).finditer
_DIAL_WORDS = (
    *("safe", "lock", "padlock", "combination", "combo", "dial", "locker", "vault", "cabinet"),
)
_DIAL_CONTEXT = re.compile(rf"\b(?:{'|'.join(_DIAL_WORDS)})\b", re.IGNORECASE)


_SAID_NUMBER = (
    r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine)"
)
_NUMBER_THEN_TURN = re.compile(
    rf"\b{_SAID_NUMBER}\s+(?:to\s+the\s+)?(?:left|right)(?:,?\s+(?:then\s+|and\s+)?{_SAID_NUMBER}\s+"
    r"(?:to\s+the\s+)?(?:left|right)){2,3}\b",
    re.IGNORECASE,
)


def find_dial_turns(text: str) -> Iterator[tuple[int, int]]:
    """Combinations told as the turns of a dial ("left to 36, right to 12, left to 58")."""
    index = shared(text, WordIndex)
    # The pattern may start at any digit: only where a dial is spoken of (the word index
    # says so at a fraction of a search through the text; each sentence is checked below).
    if not (index.where("left") or index.where("right")) or not any(
        index.where(word) for word in _DIAL_WORDS
    ):
        return
    for m in _dial_turns_matches(text):
        value = m.group("v")
        if sum(ch.isdigit() for ch in value) < 3 or not re.search(r"\D", value):
            continue
        sentence = sentence_around(text, m.start(), m.end(), 120)
        if _DIAL_CONTEXT.search(sentence) and not placeholder_context(text, m.start(), m.end(), 80):
            yield m.span()
    # The number first, as people say it: "the safe goes twenty eight left twelve right four
    # left". Searched from the first turn word back: its numbers start anywhere.
    found: set[tuple[int, int]] = set()
    for pos in sorted(index.where("left") + index.where("right")):
        if any(start <= pos < end for start, end in found):
            continue
        for m in _NUMBER_THEN_TURN.finditer(text, max(0, pos - 20), pos + 120):
            found.add(m.span())
    for start, end in sorted(found):
        sentence = sentence_around(text, start, end, 120)
        if _DIAL_CONTEXT.search(sentence) and not placeholder_context(text, start, end, 80):
            yield start, end


# "Admin@Harb0ur gets me into the NVR": a password told by what it opens.
_GETS_ME_IN = re.compile(
    r"(?<![\w@#$%&*!./-])(?P<v>[^\s\"'`,;]{6,64})\s+(?:gets|got|lets|let|logs)\s+(?:me|you|us|him|her|them)\s+"
    r"(?:in|into|onto|on\s+to)\b"
)
_GETS_ME_IN_CUES = (
    "gets me in",
    "gets you in",
    "lets me in",
    "got me in",
    "logs me in",
    "gets us in",
)


def find_values_that_get_in(text: str) -> Iterator[tuple[int, int]]:
    """Passwords told by what they open ("Admin@Harb0ur gets me into the NVR")."""
    folded = fold_case(text)
    if not any(cue in folded for cue in _GETS_ME_IN_CUES):
        return
    for m in _GETS_ME_IN.finditer(text):
        value = m.group("v")
        if _made_up(value) and not placeholder_context(text, *m.span("v"), 80):
            yield m.span("v")


# "duty mobile unlocks with 804417": a device or door and the code that opens it.
_UNLOCKS_WITH = re.compile(
    r"\b(?:phone|mobile|ipad|tablet|laptop|door|gate|safe|locker|padlock|alarm|keypad|cabinet|"
    r"box|shutter|pc|terminal|till)\s+(?:unlocks|opens|disarms)\s+(?:with|using)\s+"
    r"(?:(?:the\s+)?(?:code|pin|passcode)\s+)?(?P<v>\d{4,8})(?![\d:.])",
    re.IGNORECASE,
)


_unlocks_with_matches = CuePattern(_UNLOCKS_WITH).finditer


def find_unlock_codes(text: str) -> Iterator[tuple[int, int]]:
    """Codes told by what they open ("duty mobile unlocks with 804417")."""
    folded = fold_case(text)
    if " with " not in folded or not (
        "unlocks" in folded or "opens" in folded or "disarms" in folded
    ):
        return
    for m in _unlocks_with_matches(text):
        value = m.group("v")
        if not _TRIVIAL_CODE.match(value) and not placeholder_context(text, *m.span("v"), 80):
            yield m.span("v")


# "the AWS one, starts AKIA then 4R7QX2M9PLK3TBN6": a known key prefix, then the rest of
# the key told after "then": the two together are the key.
_PREFIX_THEN = re.compile(
    r"(?P<p>AKIA|ASIA|ghp_|gho_|ghs_|github_pat_|sk_live_|rk_live_|xox[baprs]-|glpat-|sk-proj-|AIza)"
    r"\s*,?\s*(?:and\s+)?(?:then|followed\s+by)\s+(?P<v>[A-Za-z0-9_-]{12,})(?![\w-])"
)
_PREFIX_CUES = ("akia", "asia", "ghp_", "gho_", "ghs_", "github_pat_", "sk_live_", "rk_live_")
_PREFIX_CUES_MORE = ("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "glpat-", "sk-proj-", "aiza")


def find_prefix_then_rest(text: str) -> Iterator[tuple[int, int]]:
    """A key told as its prefix, then the rest ("starts AKIA then 4R7QX2M9PLK3TBN6")."""
    folded = fold_case(text)
    if "then" not in folded and "followed" not in folded:
        return
    if not any(cue in folded for cue in (*_PREFIX_CUES, *_PREFIX_CUES_MORE)):
        return
    for m in _PREFIX_THEN.finditer(text):
        value = m.group("v")
        if any(ch.isdigit() for ch in value) and not placeholder_context(
            text, m.start(), m.end(), 80
        ):
            yield m.start("p"), m.end("v")


# "my authenticator shows 482 913", "my vpn pin + token is 4471 839201": the code of
# the moment, read off an app or a key fob.
_AUTHENTICATOR = re.compile(
    r"\b(?:authenticator|auth\s+app|okta\s+verify|duo|verification\s+code|security\s+code|"
    r"login\s+code|sign-?in\s+code|one-?time\s+(?:code|password)"
    r"|my\s+(?:[\w-]+\s+){0,2}?(?:pin\s*(?:\+|and|&)\s*)?(?:token|fob|securid)(?:\s+code)?"
    # "the code it just texted me is 648 203"
    r"|code\s+(?:it|they|you|the\s+\w+)\s+(?:just\s+)?(?:texted|sent|emailed|gave)(?:\s+me)?)\b"
    r"(?:\s+app)?\s*(?:shows|says|gives|gave|sent|is|was|:|=)\s*(?:me\s+)?"
    r"(?P<v>\d{3,8}(?:[ -]\d{2,8})?)(?![\d.,:/]\d|\d)"
)
_authenticator_matches = CuePattern(_AUTHENTICATOR).finditer_folded


def find_authenticator_codes(text: str) -> Iterator[tuple[int, int]]:
    """One-time codes read off an authenticator or a text message."""
    for m in _authenticator_matches(text):
        digits = m.group("v").replace(" ", "").replace("-", "")
        if (
            6 <= len(digits) <= 14
            and not _TRIVIAL_CODE.match(digits)
            and not placeholder_context(text, m.start(), m.end(), 80)
        ):
            yield m.span("v")


# --- a value after a remark ------------------------------------------------------------------
# "my pwd is the same as the wifi one lol: summer-ledger-48": a password word, a
# few words of prose, then a colon and a made-up value.
_LATE_VALUE = re.compile(
    rf"\b(?:{_PASSWORD_WORD}|creds|credentials|login)\b"
    # "wifi pw for staff room is on the fridge, its Gr33nLantern#77": ", it's" ends it too
    r"(?P<gap>[^\n.!?:=;{}()\[\]<>\"'`]{3,60})(?::|,\s*(?:its|it's|it\s+is))[ \t]{0,3}"
    r"(?P<v>[^\s\"'`,;]{6,64})"
)
_late_value_matches = CuePattern(_LATE_VALUE).finditer_folded


_NOT_THE_VALUE = re.compile(
    r"\s*(?:manager|managers|policy|policies|rules?|requirements?|reset|expiry|length|field|"
    r"strength|generator|hint)\b"
)
_SHOWN = re.compile(r"\b(?:says?|said|shows?|showed|reads?|displays?|error|message|status)\b")


def find_late_values(text: str) -> Iterator[tuple[int, int]]:
    """Made-up passwords after a colon (or ", it's") that ends a remark about the password."""
    if ":" not in text and "it" not in text:
        return
    for m in _late_value_matches(text):
        start, end = m.span("v")
        value = text[start:end].rstrip(".,;:)?")
        if " " not in m.group("gap").strip() or not strong(value) or DEMO_VALUE.search(value):
            continue
        if _NOT_THE_VALUE.match(m.group("gap")):
            continue  # "my password manager is great, it's Bitwarden2024": a product, a rule
        if _SHOWN.search(m.group("gap")):
            continue  # "the login screen says: Invalid-Credentials-01" quotes a message
        if _FILE_NAME.search(value) or NAME_VALUE.match(value):
            continue
        if not placeholder_context(text, m.start(), start + len(value), 80):
            yield start, start + len(value)


# --- a password given in quotes: called temporary, or after whose password it is ---------
# "I gave him temporary 'Welcome@Abuja1' for the HR portal": a quoted value called temporary
# is a password handed over, whatever the language around it.
# So is one quoted a few words after the password it is: "password of the modem at home
# 'Shiraz1367Nili'".
_QUOTED_PASSWORD = re.compile(
    r"(?:\btemp(?:orary)?\s+(?:one\s+|pw\s+|pwd\s+|pass\s+|login\s+)?"
    r"|\b(?:password|passwd|pwd|passcode)\s+(?:of|for|on|to)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+)"
    r"(?:of\s+|as\s+|is\s+)?['\"‘“](?P<v>[^'\"‘’“”\s]{6,40})['\"’”]"
)
_quoted_password_matches = CuePattern(_QUOTED_PASSWORD).finditer_folded


def find_quoted_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Strong quoted values called temporary ("temporary 'Welcome@Abuja1'") or quoted after
    whose password they are."""
    for m in _quoted_password_matches(text):
        value = text[m.start("v") : m.end("v")]  # the match is on the folded text
        if (
            strong(value)
            and not DEMO_VALUE.search(value)
            and not placeholder_context(text, m.start(), m.end(), 80)
        ):
            yield m.span("v")


# --- a password told as a change to the old one -----------------------------------------------
# "same as the old one but with a 7 at the end instead of the 6", "it's last month's one
# except an ! on the front": whoever knew the old password now knows the new one.
_LIKE_THE_OLD = re.compile(
    r"\b(?:same\s+as|like|it'?s|its|it\s+is)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:old|last|previous|usual|current|other)\s+(?:one|password|pw|pwd|pin|code|login|"
    r"(?:month|week|year|quarter|rotation|shift|term|season|cycle|time)(?:'?s)?)"
    r"(?:\s+(?:one|password|pw|pin|code))?\s*,?\s*"
    r"(?:but|except|just|only)\s+(?:with\s+|add\s+|adding\s+|swap\s+)?"
    r"(?P<v>(?:(?:a|an|the)\s+)?\S{1,12}\s+(?:at\s+the\s+(?:end|start|front|beginning)|"
    r"on\s+the\s+(?:end|front)|instead\s+of\s+(?:(?:a|an|the)\s+)?\S{1,12}|added|for\s+the\s+\S{1,12})"
    # "but ends in a 9 not an 8"
    r"|(?:ends?|ending|starts?|starting|begins?)\s+(?:in|with)\s+(?:(?:a|an|the)\s+)?\S{1,12}"
    r"(?:\s+(?:not|instead\s+of)\s+(?:(?:a|an|the)\s+)?\S{1,12})?)"
)
_like_the_old_matches = CuePattern(_LIKE_THE_OLD).finditer_folded
# A password, a PIN or an account in the same sentence: "the old one" of what.
_LOGIN_CONTEXT = re.compile(
    r"\b(?:password|passwd|passwrd|pw|pwd|pass|passcode|pin|login|log\s?in|sign\s?in|admin|account|"
    r"creds|credentials|door\s+code|alarm|keypad|wi-?fi|laptop|pc|computer|mailbox|phone|"
    # A service account's row: "svc_backup | Backup2019!! | owner: Raj | last rotated: never"
    r"svc|service\s+account|rotated|rotation|ssh|sudo|root|vpn|rdp)\b|\bsvc_"
)


def find_changed_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Passwords told as a change to the old one ("same as the old one but with a 7 at the end")."""
    for m in _like_the_old_matches(text):
        sentence = sentence_around(m.string, m.start(), m.end(), 150)
        if _LOGIN_CONTEXT.search(sentence) and not placeholder_context(
            text, m.start(), m.end(), 80
        ):
            start = m.start("v")
            yield start, start + len(m.group("v").rstrip(".,;:!?"))


# --- PINs told after a remark, codes punched, authenticator seeds ------------------------------
# "my banking app pin is the same as my card, 2806": the PIN's owner, the PIN word, a remark,
# then the digits. "first in punches 2580 then OFF but it's still beeping": an alarm code by
# what is done with it. "MFA secret from the setup screen: N7QK 4PZD 2WLM 8RTY": a TOTP seed
# in groups of base32.
_PIN_AFTER_REMARK = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:[\w-]+\s+){0,3}?(?:pin|passcode|pin\s+code)\b"
    r"(?:\s+[\w'’-]+){1,8}?,\s*(?P<v>\d{4,6})(?![\d/.:-]\d|\d)"
    r"(?!\s*(?:digits?|numbers?|chars?|characters?|times?|attempts?|tries|%|mins?|minutes?|hours?|"
    r"days?|years?|weeks?|months?|am|pm)\b)"
)
_PUNCHED = re.compile(
    r"\b(?:punch(?:es|ed)?|key(?:s|ed)?|tap(?:s|ped)?|enter(?:s|ed)?|type(?:s|d)?)\s+(?:in\s+)?"
    r"(?P<v>\d{4,8})\s+(?:then|and|to|on|into|at\s+the)\b"
)
_ALARM_CONTEXT = re.compile(
    r"\b(?:alarm|beep\w*|keypad|unset|disarm\w*|panel|off|door|gate|safe)\b"
)
_TOTP_SEED = re.compile(
    r"\b(?:mfa|2fa|totp|otp|authenticator|authy)\s+(?:secret|seed|key|setup\s+key|code\s+key)\b"
    # Base32 by the standard, though people copy an 8 for a B: any capitals and digits.
    r"[^\n]{0,40}?(?P<v>(?-i:[A-Z0-9]{4}(?:[ -]?[A-Z0-9]{4}){3,9}))(?![\w])",
    re.IGNORECASE,
)
_pin_after_remark = CuePattern(_PIN_AFTER_REMARK).finditer_folded
_punched = CuePattern(_PUNCHED).finditer_folded
_totp_seed = CuePattern(_TOTP_SEED).finditer


def find_remarked_codes(text: str) -> Iterator[tuple[int, int]]:
    """PINs told after a remark, codes punched into an alarm, authenticator seeds."""
    folded = fold_case(text)
    for m in _pin_after_remark(text):
        if not _TRIVIAL_CODE.match(m.group("v")) and not placeholder_context(
            text, *m.span("v"), 80
        ):
            yield m.span("v")
    for m in _punched(text):
        start, end = m.span("v")
        if (
            not _TRIVIAL_CODE.match(m.group("v"))
            and not _CLOCK_TIME.match(m.group("v"))
            and _ALARM_CONTEXT.search(sentence_around(folded, start, end))
            and not placeholder_context(text, start, end, 80)
        ):
            yield start, end
    for m in _totp_seed(text):
        value = m.group("v")
        if sum(ch.isdigit() for ch in value) >= 2 and not placeholder_context(
            text, *m.span("v"), 80
        ):
            yield m.span("v")


# --- a Wi-Fi key -------------------------------------------------------------------------------
# "guest network is VetCare-Guest and the key's pawsandclaws22", "wifi Rig7-Crew / pw
# northsea44": Wi-Fi keys are mostly lower-case words and digits, a shape the value
# guards of ``_secret_values`` leave to prose; next to a network they are keys.
_WIFI_KEY = re.compile(
    r"\b(?:key|password|passwd|pass|pw|pwd|passphrase|psk|passcode|code)"
    r"(?:['’]s|\s+is|\s*[:=]|\s+was|\s+now)?\s+['\"‘“]?"
    r"(?P<v>(?=[a-z0-9!@#$%&*._-]{0,40}\d\d)(?=[a-z0-9!@#$%&*._-]{0,40}[a-z]{3})"
    r"[a-z0-9][a-z0-9!@#$%&*._-]{6,40})(?![\w@#$%&*-])"
)
_wifi_key_matches = CuePattern(_WIFI_KEY).finditer_folded
_NETWORK = re.compile(r"\b(?:wi-?fi|wlan|ssid|guest\s+network|network|hotspot|router|wireless)\b")


# "crew wifi Rig7-Crew / NorthSeaBlue": a network and its key written as a pair.
_WIFI_PAIR = re.compile(
    r"\b(?:wi-?fi|wlan|ssid)\s+(?:is\s+|:\s*)?(?P<ssid>[\w.-]{3,32})[ ]?/[ ]?"
    r"(?P<v>[^\s/,;]{8,63})(?![^\s,;.!?])"
)
_wifi_pair_matches = CuePattern(_WIFI_PAIR).finditer_folded
_KEY_LOOKS = re.compile(r"\d|[a-z][A-Z]|[!@#$%^&*]")
_NOT_KEYS = frozenset({"password", "passphrase", "passcode", "password.", "ethernet", "wireless"})


def find_wifi_keys(text: str) -> Iterator[tuple[int, int]]:
    """Wi-Fi keys told next to their network ("guest wifi X, password pawsandclaws22")."""
    for m in _wifi_key_matches(text):
        sentence = sentence_around(m.string, m.start(), m.end(), 120)
        if _NETWORK.search(sentence) and not placeholder_context(text, *m.span("v"), 80):
            yield m.span("v")
    for m in _wifi_pair_matches(text):
        value = text[m.start("v") : m.end("v")]
        if (
            value.lower() not in _NOT_KEYS
            and _KEY_LOOKS.search(value)
            and not placeholder_context(text, *m.span("v"), 80)
        ):
            yield m.span("v")


# --- a password dropped into a sentence -------------------------------------------------------
# "the shared mailbox is still on the one the old coordinator set, Orchid!Hall77": the
# shape people give passwords (words and a sign, then digits) next to what it opens.
_PROSE_PASSWORD = re.compile(
    # The look-ahead is bounded like the value: a long run without spaces stays linear.
    r"(?<![\w@#$%&*!./-])(?P<v>(?=[A-Za-z!@#$%^&*]{0,31}\d{0,6}[!@#$%^&*])"
    r"[A-Za-z][A-Za-z!@#$%^&*]{2,30}\d{1,6}[!@#$%^&*]{0,3})"
    r"(?![\w@./-])"
)


# Told as the value: after "is", a colon, or a table's column bar ("svc_backup | Backup2019!!").
_TOLD_AS = re.compile(r"(?:\bis|\bwas|\bto|\bits|\bit's|:|=|\|)\s+$")


# A word of the word index that ends such a value: letters, then digits ("hall77").
_LETTERS_THEN_DIGITS = re.compile(r"[^\W\d_]{1,30}\d{1,6}")
_SIGNS = frozenset("!@#$%^&*")


def _prose_password_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PROSE_PASSWORD.finditer(text)``, tried only where a word of letters
    then digits ends one: a regex tried at every letter of a long text was slow."""
    index = shared(text, WordIndex)
    starts: set[int] = set()
    # A test per distinct word, first and last letters before the regex (a regex over the
    # joined words cost more than the rest of the finder).
    ending = [w for w in index.words if w[-1].isdigit() and w[0].isalpha()]
    for word in ending:
        if not _LETTERS_THEN_DIGITS.fullmatch(word):
            continue
        for pos in index.where(word):
            start = pos
            # Back over the letters and signs the value may start with ("Orchid!" of "Hall77").
            while (
                start > 0
                and pos - start < 31
                and (text[start - 1].isalpha() or text[start - 1] in _SIGNS)
            ):
                start -= 1
            while start < pos and not text[start].isalpha():
                start += 1
            end = pos + len(word)
            # The value holds a sign: before its digits, or one right after them.
            if text[end : end + 1] in _SIGNS or not _SIGNS.isdisjoint(text[start:pos]):
                starts.add(start)
    for start in sorted(starts):
        m = _PROSE_PASSWORD.match(text, start)
        if m is not None:
            yield m


def find_prose_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Made-up passwords of the usual human shape in a sentence about a login or a device."""
    if not any(sign in text for sign in _SIGNS):
        return
    for m in _prose_password_matches(text):
        value = m.group("v")
        if not _made_up(value):
            continue
        if not any(sign in value[:-1] for sign in "!@#$%^&*") and not _TOLD_AS.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "our account hit Level5!": the sign ends the sentence, no value was told
        sentence = sentence_around(text, m.start(), m.end(), 150)
        if _LOGIN_CONTEXT.search(sentence.lower()) and not placeholder_context(
            text, m.start(), m.end(), 80
        ):
            yield m.span("v")


# "mi password a di dog name an mi birth year, Bingo1991", "so Biscuit2019": a word and a
# year, the commonest password people choose, told near the word "password" itself (not a
# product: "Office365", "Windows11"; nor what the password is for: "Office365 password").
_WORD_AND_YEAR = re.compile(r"(?<![\w@#$%&*!./-])(?P<v>[A-Z][a-z]{2,12}\d{2,4})(?![\w@#$%&*!./-])")
_PASSWORD_SAID = re.compile(r"\b(?:password|passwd|pasword|passwrd|pwd|pw|passcode|pass)\b", re.I)
_NAMED_BY_VALUE = re.compile(
    r"\s+(?:password|passwd|pwd|pw|account|login|licen[cs]e|key|version|update|edition|"
    r"subscription|tenant|app|portal)\b",
    re.I,
)
# Products, and months ("the password policy changed in March2024").
_PRODUCTS = words(
    """
    office windows python java galaxy iphone pixel xbox ubuntu debian fedora centos android
    ios macos server sql visual outlook excel teams exchange oracle redhat win
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
# Asked about as a choice, not told as one's own: "is Summer2024 a strong password?"
_JUDGED = re.compile(
    r"\b(?:strong|weak|secure|safe|good|bad|guessable|common|complex|allowed|valid|enough)\b", re.I
)


_PASSWORD_WORDS = ("password", "passwd", "pasword", "passwrd", "pwd", "pw", "passcode", "pass")
# A word of the word index that may be such a value ("bingo1991", case-folded).
_WORD_YEAR_SHAPE = re.compile(r"[a-z]{3,13}\d{2,4}")


def _word_and_year_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_WORD_AND_YEAR.finditer(text)``, tried only where a word of the
    word index has the shape (a class-first regex over the whole text cost 0.2 ms per 8k)."""
    index = shared(text, WordIndex)
    if not any(index.where(word) for word in _PASSWORD_WORDS):
        return
    starts = sorted(
        pos
        for word in index.words
        if word[-1].isdigit() and _WORD_YEAR_SHAPE.fullmatch(word)
        for pos in index.where(word)
    )
    for pos in starts:
        m = _WORD_AND_YEAR.match(text, pos)
        if m is not None:
            yield m


def find_word_and_year_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Passwords of a word and a year told near the word "password" ("so Biscuit2019")."""
    for m in _word_and_year_matches(text):
        word = m.group("v").rstrip("0123456789").lower()
        if word in _PRODUCTS or _NAMED_BY_VALUE.match(text, m.end()):
            continue
        sentence = sentence_around(text, m.start(), m.end(), 80)
        if not _PASSWORD_SAID.search(sentence) or not _made_up_word_year(m.group("v")):
            continue
        asked = sentence_around(text, m.start(), m.end(), 80, keep_end=True).rstrip()
        if asked.endswith("?") and _JUDGED.search(asked):
            continue
        if not placeholder_context(text, m.start(), m.end(), 80):
            yield m.span("v")


def _made_up_word_year(value: str) -> bool:
    return not DEMO_VALUE.search(value) and not _TRIVIAL_WORD.match(value)


# The words every guide names as the worst passwords: "Password1", "Welcome123".
_TRIVIAL_WORD = re.compile(r"^(?:password|passw0rd|welcome|letmein|qwerty|admin|test)\d*$", re.I)


# --- how a password is made ------------------------------------------------------------------
# "my pin is my birth year backwards", "the admin pw is the company name plus 2025":
# whoever knows the person (or the company) can rebuild the password.
_RECIPE = re.compile(
    rf"""\b(?:{_PASSWORD_WORD}|login)
    (?:\s+(?:for|on|of|in|at|to)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+
    (?:is|was|=|:)\s+(?:just\s+|basically\s+|literally\s+|always\s+|still\s+|simply\s+)?
    (?P<v>(?P<owner>my|our|his|her|their|the)\s+(?:[\w'’-]+\s+){{0,3}}?
      (?:name|nickname|birth\s?(?:day|year|date|place)|birthday|b-?day|year|date|anniversary|
         initials|surname|street|postcode|zip|number|digits|letters|plate|town|city|hostname|
         username|user\s?name|email|serial|site|team)s?\b
      (?P<tail>[^\n.!?]{{0,60}}))
    """,
    re.VERBOSE,
)
_recipe_matches = CuePattern(_RECIPE).finditer_folded
# After "the ..." a recipe needs a step ("the company name plus 2025") or an owner
# ("the name of my first pet"); "the password is the number one complaint" is not one.
_RECIPE_STEP = re.compile(
    r"(?:\bplus\b|\+|&|\bfollowed\s+by\b|\bthen\b|\bbackwards\b|\breversed\b|\bin\s+reverse\b|"
    r"\btwice\b|\bwith\s+(?:a|an|the)\b|\band\s+(?:a|an|the|my|our)\b|\bof\s+(?:my|our|his|her)\b|"
    r"\d)"
)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|suppose|imagine|should|never|don'?t|do\s+not)\b")


def find_recipes(text: str) -> Iterator[tuple[int, int]]:
    """Descriptions of how someone's password or PIN is made."""
    for m in _recipe_matches(text):
        if m.group("owner") == "the" and not _RECIPE_STEP.search(m.group("tail")):
            continue
        # The match runs on the case-folded text: its subject is that text.
        if _HYPOTHETICAL.search(m.string, max(0, m.start() - 40), m.start()) or placeholder_context(
            text, m.start(), m.end(), 60
        ):
            continue  # "what if my password is my birthday?", "the demo pin is the year"
        yield m.span("v")


# --- backup codes listed after their name --------------------------------------------------
# "admin account backup codes, where should these live?\n8f2k-9qxm\nt7rw-3bnd": the codes
# of a real account, pasted as a list (two or more, letters and digits in groups).
# ("github recovery 8f3a1-c92d0 4b7e2-1a9f5 ...": "recovery" alone names them too.)
_CODES_NAMED = re.compile(
    r"\b(?:(?:backup|2fa|mfa|one-time|scratch)\s+codes?|recovery(?:\s+codes?)?)\b"
)
# Tried only where its first word stands: "code" is in most long texts, and a search of
# the whole text cost ~0.08 ms per 8,000 characters.
_codes_named = CuePattern(_CODES_NAMED).finditer_folded
_LISTED_CODE = re.compile(r"(?<![\w-])[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\w-])")
_LISTED_CODES_WINDOW = 240


def find_listed_codes(text: str) -> Iterator[tuple[int, int]]:
    """Backup or recovery codes listed within a few lines after their name."""
    folded = fold_case(text)
    if "code" not in folded and "recovery" not in folded:
        return
    for m in _codes_named(text):
        window_end = min(len(folded), m.end() + _LISTED_CODES_WINDOW)
        codes = [
            c.span()
            for c in _LISTED_CODE.finditer(folded, m.end(), window_end)
            if any(ch.isdigit() for ch in c.group(0)) and any(ch.isalpha() for ch in c.group(0))
        ]
        if len(codes) >= 2 and not placeholder_context(text, m.start(), codes[-1][1], 80):
            yield from codes


# --- an SNMP community string --------------------------------------------------------------
# "SNMP rw community on all the substation switches is sub$tnRW77": the shared secret of
# SNMP v1/v2c. "public" and "private" are every device's defaults, nobody's secret.
_COMMUNITY = re.compile(
    r"\bcommunity(?:\s+strings?)?\b(?:\s+[\w-]+){0,6}?\s+(?:is|are|was|=|:)\s+['\"]?"
    r"(?P<v>[^\s'\",;]{4,64})"
)
_DEFAULT_COMMUNITIES = words("public private")


def find_snmp_communities(text: str) -> Iterator[tuple[int, int]]:
    """SNMP community strings told in a sentence about SNMP."""
    folded = fold_case(text)
    if "snmp" not in folded and "community string" not in folded:
        return
    for m in _COMMUNITY.finditer(folded):
        start = m.start("v")
        value = text[start : m.end("v")].rstrip(".,;:!?)")
        if value.lower() in _DEFAULT_COMMUNITIES or value.isalpha():
            continue  # "community is public", "the community string is configurable"
        if not placeholder_context(text, m.start(), start + len(value), 80):
            yield start, start + len(value)


# --- a token given in hex after its name -----------------------------------------------------
# "the twilio auth token is the one ending ...c41f, full thing 9e2b7a1d04f8...": 32 or
# more hex digits within a sentence after the words for a token. Alone, such a run is a
# hash (high_entropy leaves it out); named as a token it is the token.
_TOKEN_THEN_HEX = re.compile(
    r"\b(?:auth|api|access|secret|bearer|account|app|client)\s+(?:token|key|secret)\b"
    r"[^\n?!]{0,80}?(?<![0-9a-f])(?P<v>[0-9a-f]{32,64})(?![0-9a-z])"
)
# Tried only where its first word stands: run over a whole text that holds a hash, it cost
# a third of a millisecond per 8,000 characters.
_token_then_hex = CuePattern(_TOKEN_THEN_HEX).finditer_folded
_HASH_TALK = re.compile(r"\b(?:hash|hashes|md5|sha\d*|checksum|digest|commit|etag|fingerprint)\b")
_HEX_TOKEN_LENGTH = 32
_HEX_RUN = re.compile(r"[0-9a-fA-F]{32}")


def find_hex_after_token(text: str) -> Iterator[tuple[int, int]]:
    """Hex tokens told after "auth token", "api key" and the like."""
    if not any(
        end - start >= _HEX_TOKEN_LENGTH and _HEX_RUN.search(text, start, end)
        for start, end in long_words(text)
    ):
        return
    folded = fold_case(text)
    for m in _token_then_hex(text):
        sentence = sentence_around(folded, m.start(), m.end())
        if _HASH_TALK.search(sentence) or placeholder_context(text, *m.span("v"), 80):
            continue
        yield m.span("v")


# --- a password read out -----------------------------------------------------------------
# Dictated: "password equals winter dot two three exclamation mark", "log into the booking
# system as reception one with harbour view two zero two five capital H and capital V no
# spaces". Told after a password word or "log in ... with", with a symbol or a letter's case
# read out and at least two numbers said.
_SPOKEN_CUE = re.compile(
    rf"\b{_PASSWORD_WORD}\s+(?:is|equals|=|:)\s+"
    r"|\b(?:log(?:ged)?\s*(?:in|on)(?:to)?|sign(?:ed)?\s+in(?:to)?)\b[^.?!\n]{0,60}?\bwith\s+",
    re.IGNORECASE,
)
_SPOKEN_SYMBOL = re.compile(
    r"\b(?:dot|underscore|hyphen|hash|hashtag|at\s+sign|exclamation(?:\s+(?:mark|point))?|"
    r"dollar\s+sign|asterisk|ampersand|(?:capital|upper\s*case|big)\s+[a-z]\b|no\s+spaces|"
    r"all\s+one\s+word)",
    re.IGNORECASE,
)
# Numbers said or typed, each counted once ("twenty five" is one): the dial's words, "oh".
_SAID_NUMBERS = re.compile(rf"\b(?:{_SAID_NUMBER}|oh|\d+)\b", re.IGNORECASE)
_SPOKEN_WORDS = ("dot", "underscore", "hyphen", "hash", "exclamation", "capital", "spaces", "sign")


_spoken_cue_matches = CuePattern(_SPOKEN_CUE).finditer


def find_spoken_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Passwords read out word by word (see above)."""
    index = shared(text, WordIndex)
    if not any(index.where(word) for word in _SPOKEN_WORDS):
        return
    for m in _spoken_cue_matches(text):
        stop = m.end() + 120
        for mark in ".?!\n":
            cut = text.find(mark, m.end(), stop)
            if cut != -1:
                stop = cut
        window = text[m.end() : stop]
        symbols = list(_SPOKEN_SYMBOL.finditer(window))
        numbers = list(_SAID_NUMBERS.finditer(window))
        if not symbols or len(numbers) < 2:
            continue
        end = m.end() + max(symbols[-1].end(), numbers[-1].end())
        if not placeholder_context(text, m.start(), end, 80):
            yield m.end(), end
