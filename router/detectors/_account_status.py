"""What an organisation's records say about someone's account: flags and states.

"account 7731-88 (L. Grant) closed, reopened, flagged 'vulnerable customer'", "the tram
app account jess.p.92 is flagged for refund abuse", "profile for Chidi O.: status 'Do not
book'", "guy's on our list as 'do not serve - abusive to staff'". A flag or a quoted state
is private when the sentence points at one account: a number, a login, a name or "he/she".
Questions about what a flag means ("what does flagged as vulnerable mean?") tell nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import asks, placeholder_context, sentence_around
from router.detectors._cues import CuePattern
from router.detectors.bare_names import common_words

__all__ = ["ACCOUNT_STATUS_TRIGGERS", "find_account_status"]

_I = re.IGNORECASE

_STATE = (
    r"(?:up\s+)?(?:as\s+|for\s+|with\s+)?(?:an?\s+)?['\"‘“]?"
    r"(?:vulnerable|fraud\w*|refund\s+abuse|abus\w+|do\s+not\s+\w+|high[\s-]risk|at[\s-]risk|"
    r"deceased|bankrupt\w*|banned|barred|watch\s?list\w*|blacklist\w*|suspicious|bad\s+debt|"
    r"collections?|debt\s+recovery|safeguarding|self[\s-]exclu\w+|chargebacks?|money\s+mule|"
    r"aggressive|violent|no[\s-]show|suspended|locked|closed|frozen|blocked)\b"
)
# "guy's on our list as 'do not serve'": tried only where "on our list" and the like stand,
# as "on" starts a word at every line of a long text.
_ON_LIST = re.compile(rf"\bon\s+(?:our|the)\s+(?:list|system|file)\s+{_STATE}", _I)
_ON_LIST_CUES = ("on our list", "on the list", "on our system", "on the system", "on our file")
_FLAG = re.compile(
    r"\b(?:flagged|marked|listed|noted|tagged|coded|shows|showing|says|say|said|reads)\s+"
    + _STATE
    # "status 'Do not book'", "status: DECEASED": a state a person's account is put in.
    + r"|\bstatus\s*(?:is\s+|:|=|-)?\s*['\"‘“]?"
    r"(?:do\s+not\s+\w+|vulnerable|banned|barred|deceased|blocked|suspended|fraud\w*|high[\s-]risk|"
    r"at[\s-]risk|abus\w+|in\s+arrears|in\s+collections|bad\s+debt|no[\s-]show|watch\s?list\w*|"
    r"blacklist\w*|bankrupt\w*|self[\s-]exclu\w+)\b",
    _I,
)
_flag_matches = CuePattern(_FLAG).finditer

# Where and when someone signed in: "kmenon@ last signed in from a Bengaluru IP at 03:14".
_SIGN_IN_HISTORY = re.compile(
    r"\b(?:last\s+)?(?:signed|logged)\s+(?:in|on)\s+from\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:ip|ip\s+address|location|device|laptop|phone|country|city)\s+"
    r"(?:at|on)\s+\d[\d:.]*",
    _I,
)
_sign_in_history_matches = CuePattern(_SIGN_IN_HISTORY).finditer
# A named person's account in a state: "Amit's directory account's disabled since Friday".
_ACCOUNT_STATE = re.compile(
    r"\baccounts?(?:['’]s|\s+is|\s+was|\s+has\s+been|\s+got|\s+now)\s+(?:been\s+|now\s+|still\s+)?"
    r"(?:disabled|locked|suspended|deleted|blocked|closed|frozen|terminated|deactivated)\b",
    _I,
)
_account_state_matches = CuePattern(_ACCOUNT_STATE).finditer
# A login, then what happened to it: "dpatel02 disabled since Friday", "pwalsh locked out
# again", "lucy.tran: MFA push denied 14 times". Tried back from the state words.
_LOGIN_STATE = re.compile(
    r"(?:disabled|locked\s+out|suspended|deactivated|pw\s+expired|password\s+expired|"
    r"mfa\s+push(?:es)?\s+denied|mfa\s+push|flagged|banned|blocked|"
    # "dpatel_pharm logged in from two different IPs at the same time"
    r"(?:logged|signed)\s+in\s+from\s+(?:two|2|three|3|multiple|several|different)\s+"
    r"(?:different\s+)?(?:ips|ip\s+addresses|locations|countries|devices))\b",
    _I,
)
_login_state_matches = CuePattern(_LOGIN_STATE, word_needs=True).finditer
_LOGIN_BEFORE = re.compile(
    r"(?<![\w.@'-])(?P<l>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+\d+[a-z0-9]*|[a-z]{5,20})"
    r"\s*[:,-]?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|been\s+|now\s+|still\s+)?$"
)
_WHOSE_ACCOUNT = re.compile(r"(?:\b[A-Z][a-z]+['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}$")

# One account, pointed at: its number or login, someone's name or "he/she".
_ONE_ACCOUNT = re.compile(
    r"\b(?:account|acct|profile|customer|client|member|user|player|tenant|patient|donor|"
    r"subscriber|policyholder|guest|passenger|caller|applicant)\b",
    _I,
)
_POINTED = re.compile(
    r"\d{3,}|\b[a-z]+[._]\w+\b|\b(?:he|she|him|his|her|guy|woman|man|lady|bloke)\b"
    r"|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]*\.?)|(?-i:\b[A-Z][a-z]+['’]s\b)",
    _I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|when|whether|once|any|every)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:account|customer|client|member|user|profile)\b",
    _I,
)

# Someone's sign-in records with what they show: "Kelly's Okta log: 14 denied pushes from
# 2am then a success from Lagos". Found at the system's word; whose is read back from there.
_LOG_OF = re.compile(
    r"\b(?:okta|azure|entra|aad|login|log-?in|sign-?in|vpn|mfa|duo|2fa|audit|badge|swipe|door|"
    r"browsing|web|email|mailbox)\s+(?:logs?|history|activity|records?|attempts|entries|trail)"
    r"(?:\s*:|\s+(?:shows?|showed|says|said|has|had|lists|listed))",
    _I,
)
_log_of_matches = CuePattern(_LOG_OF).finditer
_WHOSE_LOG = re.compile(r"(?:\b(?-i:[A-Z][a-z]+)['’]s|\b(?:his|her))\s+$", _I)

_NOT_LOGIN_WORDS = frozenset({"users", "accounts", "staff", "admin", "guest", "account"})

ACCOUNT_STATUS_TRIGGERS = (
    *("flagged", "marked", "listed", "noted", "tagged", "coded", "status", "shows", "showing"),
    *(
        "says",
        "say",
        "said",
        "reads",
        "signed in from",
        "logged in from",
        "signed on from",
        "logged on from",
    ),
    *("account", "disabled", "locked out", "suspended", "deactivated", "expired", "mfa push"),
    *("flagged", "banned", "blocked", "logged in from", "signed in from"),
    *("on our list", "on the list", "on our system", "on the system", "on our file"),
    *(" log:", " logs:", " history:", " activity:", " log shows", " logs show", " history shows"),
)


def _find_login_states(text: str) -> Iterator[tuple[int, int]]:
    common = common_words()
    for m in _login_state_matches(text):
        before = _LOGIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        login = before.group("l")
        if login.isalpha() and (
            login in common
            or login in _NOT_LOGIN_WORDS
            or not m.group(0).lower().startswith(("locked", "pw", "password", "mfa", "logged"))
        ):
            # "users locked out"; a plain word is a login only when locked out, not when
            # disabled ("macros got disabled", "developmentally disabled")
            continue
        if not placeholder_context(text, before.start("l"), m.end(), 80):
            yield before.start("l"), m.end()


def find_account_status(text: str) -> Iterator[tuple[int, int]]:
    """Spans of flags and states an organisation's records give one person's account, and
    of someone's sign-in history."""
    for m in _sign_in_history_matches(text):
        if not placeholder_context(text, m.start(), m.end(), 80):
            yield m.span()
    yield from _find_login_states(text)
    for m in _log_of_matches(text):
        whose = _WHOSE_LOG.search(text, max(0, m.start() - 30), m.start())
        if whose is not None and not placeholder_context(text, whose.start(), m.end(), 80):
            yield whose.start(), m.end()
    for m in _account_state_matches(text):
        sentence = sentence_around(text, m.start(), m.end(), 160, keep_end=True)
        if _WHOSE_ACCOUNT.search(text, max(0, m.start() - 60), m.start()) and not (
            asks(sentence) or _HYPOTHETICAL.search(sentence)
        ):
            yield m.span()
    folded = text.lower()
    on_list = _ON_LIST.finditer(text) if any(c in folded for c in _ON_LIST_CUES) else ()
    for m in (*_flag_matches(text), *on_list):
        sentence = sentence_around(text, m.start(), m.end(), 160, keep_end=True)
        # A window, not the sentence: "account 7731-88 (L. Grant) closed, flagged..." has a
        # full stop after an initial.
        rest = text[max(0, m.start() - 120) : m.start()] + " " + text[m.end() : m.end() + 80]
        if not (_ONE_ACCOUNT.search(rest) and _POINTED.search(rest)):
            continue
        if asks(sentence) or _HYPOTHETICAL.search(sentence):
            continue  # "what does flagged as vulnerable mean for the customer?"
        if placeholder_context(text, m.start(), m.end(), 80):
            continue
        yield m.span()
