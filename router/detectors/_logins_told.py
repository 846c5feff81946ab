"""Logins told in passing, without "username is": how someone signs in or is known.

"log in as donor tsegaye.haile", "she's registered as b.mutua77", "the fan posts as
@chalk_dust99", "till login jhall02 belongs to a girl who left", "username pdimitriou
on the lab portal, locked out", "my account in the system is m.yilmaz3",
"uid=mvandenberg dept=Finance". The value must look like a login: letters with a digit,
a dot or an underscore, or (after a login word) a word that is no ordinary English word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import placeholder_context, words
from router.detectors._cues import CuePattern
from router.detectors.bare_names import common_words

_LOGIN_TOLD = re.compile(
    # "log in as donor tsegaye.haile", "registered as b.mutua77", "posts as @chalk_dust99"
    r"\b(?:log(?:ged|s|ging)?\s+(?:in|on)|sign(?:ed|s|ing)?\s+in|registered|posts?|posting|posted|"
    r"goes\s+by|known\s+online|appears|shows\s+up)\s+as\s+(?:(?:donor|user|customer|member|"
    r"patient|admin|guest|student|staff)\s+)?['\"‘“]?"
    r"(?P<s>@?[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|@?[a-z][a-z_]*\d+[a-z0-9_]*|@[a-z][\w.]{2,30})(?![\w@.-])"
    # tried before "login X" below: "show login history for kbrennan on the broker portal"
    r"|\blog-?in\s+(?:history|activity|attempts|logs?|records)\s+(?:for|of)\s+(?:user\s+)?"
    r"(?P<h>[a-z][a-z0-9._-]{3,29}[a-z0-9])(?![\w@-])"
    # "till login jhall02 belongs to...", "username pdimitriou on the lab portal"
    # "=" only when glued, as a directory dump writes it; "userId = json.id" is code.
    r"|\b(?:user\s?name|usrname|usr|login|logon|user\s?id|uid|samaccountname|upn)(?![a-z])"
    r"(?:=|\s*:\s*|\s+)['\"‘“]?(?P<u>[a-z][a-z0-9._-]{2,29}[a-z0-9])(?![\w@(-])"
    r"(?=['\"’”]?[\s,;)]|$)"
    # "user rider_tomas88 suspended": after "user" alone only a login's shape ("a user encrypt")
    r"|\buser\s+['\"‘“]?(?P<w>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z][a-z_]*\d+[a-z0-9_]*)(?![\w@-])"
    # "the tram app account jess.p.92 has 14 fare disputes": an account by its login
    r"|\b(?:account|acct|profile)\s+(?:ni\s+|of\s+)?['\"‘“]?(?P<a>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z][a-z_]*\d+[a-z0-9_]*)"
    r"(?![\w@-])"
    # "su usuario es rosa_m1972", "nom d'utilisateur : jdupont", "Benutzername ist k.meier"
    r"|\b(?:usuario|usuário|utilisateur|benutzer(?:name)?|gebruikersnaam|nome\s+utente|"
    r"nazwa\s+użytkownika)\s*(?:es|é|est|ist|is|è|to|:|=)?\s*['\"‘“«]?"
    r"(?P<f>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z][a-z_]*\d+[a-z0-9_]*)(?![\w@-])"
    # "disable jdupont's AD account": an admin action on someone's login
    r"|\b(?:disable|lock|unlock|delete|suspend|reset|deactivate|remove|reactivate|unblock)\s+"
    r"(?P<d>[a-z][a-z0-9._-]{3,29})['’]s\s+(?:(?:ad|o365|m365|email|windows|domain|vpn|sso|okta)\s+)?"
    r"(?:account|acct|login|mailbox|access)\b"
    # "eBay seller 'vintagevinylnan' is actually Pat Gorman": a quoted handle on a marketplace
    r"|\b(?:seller|buyer|gamer|player|streamer|poster)\s+['\"‘“](?P<q>[a-z][\w.-]{3,29})['\"’”]"
    # "my account in the system is m.yilmaz3"
    r"|\b(?:my|his|her|their)\s+(?:account|login|user|username|id)\s+(?:[a-z]+\s+){1,4}?(?:is|was)\s+"
    r"['\"‘“]?(?P<m>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+\d+[a-z0-9]*)(?![\w@-])"
)
_login_told_matches = CuePattern(_LOGIN_TOLD).finditer_folded
# Words that follow a login word but name a field, a page or a state, not a login.
_NOT_LOGINS = words(
    """
    page screen form field box button details issue issues problem problems portal system
    name names prompt attempt attempts failed failure error errors required needed missing
    changed change reset locked disabled expired expiry format endpoint endpoints api url
    link route credentials info help flow session token service server method function
    handler request requests logic process admin administrator root guest support default
    anonymous operator manual guide interface experience research story stories accounts
    account profile profiles group groups agent agents friendly base data settings
    """
)
# What a dotted word ends with when it names a unit, a file or a site, not a login.
_NOT_LOGIN_ENDS = words(
    """
    service socket timer target mount js ts py rb go java cs php html css json xml yml yaml
    txt md cfg conf ini log exe sh com org net io local dev app cloud internal
    """
)
# Logins forms and manuals use for nobody.
_MADE_UP_LOGIN = re.compile(
    r"doe|example|sample|demo|test|dummy|placeholder|foo|bar|firstname|lastname|surname|"
    r"username|^(?:old|new|first|name|user)\.|\.(?:name|last|surname)$"
)

# The placeholders of documented connection strings and configs: "User Id=myUser",
# "yourUsername" (a login in camel case after "my" or "your" is a slot to fill in).
_CAMEL_PLACEHOLDER = re.compile(r"(?:my|your)[A-Z][A-Za-z]*$")


def find_logins_told(text: str) -> Iterator[tuple[int, int]]:
    """Spans of logins told in passing (see the module docstring)."""
    common = common_words()
    for m in _login_told_matches(text):
        group = next(g for g in "suwafdqhm" if m.group(g) is not None)
        value = m.group(group).lower()
        if "." in value and value.rsplit(".", 1)[1] in _NOT_LOGIN_ENDS:
            continue  # "the login auth.service fails on startup"
        if group == "a" and len(value) < 5:
            continue  # "my account v2 settings": a version, not a login
        if group in "dh" and value.isalpha() and (value in common or value in _NOT_LOGINS):
            continue  # "disable everyone's account", "reset the user's access"
        if group == "u":
            plain = value.isalpha()
            if value in _NOT_LOGINS or (plain and (value in common or len(value) < 5)):
                continue  # "login page", "username field"; "login john" is too thin
        if (
            _MADE_UP_LOGIN.search(value)
            # the match ran on the case-folded text: the case is read from ``text``
            or _CAMEL_PLACEHOLDER.match(text, m.start(group), m.end(group))
            or placeholder_context(text, *m.span(group), 60)
        ):
            continue
        yield m.span(group)
