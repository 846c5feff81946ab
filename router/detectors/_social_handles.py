"""Accounts people name without the words "username" or "login".

``topics._PROFILE`` finds a value after the words that name it ("username:",
"my login is"). People also give the platform and the handle ("my skype
live:.cid.8f2a", "my twitter @DrLina"), paste a profile address on its own
("linkedin.com/in/jo-bloggs is my profile"), say what they post as ("i post
as 'quietbadger'"), answer a security question by quoting it ("the answer to
'first pet' is Biscuit") or give a researcher ID ("orcid 0000-0002-1825-0097").
Each finder yields the span of the value.

Patterns are tried only where their cue words are, and every repetition is
bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import anchored_matches, placeholder_context, sentence_around, words
from router.detectors._shared import lower_case

__all__ = ["SOCIAL_TRIGGERS", "find_social_handles"]

_I = re.IGNORECASE

_PLATFORMS = (
    r"(?:twitter|insta(?:gram)?|ig|tiktok|threads|bluesky|mastodon|telegram|snapchat|snap|"
    r"discord|github|gitlab|skype|steam|psn|xbox|reddit|twitch|signal|wechat|kik|linkedin|"
    r"youtube|fb|facebook)"
)
# A handle: an @name, or a word with a digit, dot, underscore or colon in it
# ("live:.cid.8f2a33", "kwame_gh", "jo.b.88"); see _handle_shaped.
_HANDLE = r"(?:@|/?u/)?[\w][\w.:@-]{1,63}"

_ACCOUNTS = re.compile(
    # "my skype live:.cid.8f2a", "her insta handle is @jo.b", "find me on insta as @bex.runs":
    # a platform, then the handle; whose it is is read just before (see _find_accounts).
    rf"""\b{_PLATFORMS}(?:[ ](?:handle|account|acct|profile|username|user[ ]?name|name|id|tag))?
    (?:[ ]is|[ ]was|[ ]as|[ ]under|[ ]at|:)?[ ]['"‘“]?(?P<h>{_HANDLE})
    # "unlock account kfoster2", "reset the password for user tpark91", "logged in as j.chen":
    # an admin action on a named login.
    |\b(?:unlock|lock|disable|enable|reset|delete|remove|deactivate|reactivate|suspend|rename|
       restore|unblock)(?:[ ](?:the|their|her|his|my))?[ ](?:account|acct|user|login|username)[ ]
       (?:for[ ])?['"]?(?P<l>{_HANDLE})
    |\b(?:password|pw|pwd|mfa|2fa|access)[ ]for[ ](?:the[ ])?(?:user|account|acct|login)[ ]
       ['"]?(?P<w>{_HANDLE})
    |\b(?:log(?:ged|ging)?|sign(?:ed|ing)?)[ ]?(?:in|on)[ ]as[ ]['"]?(?P<g>{_HANDLE})
    # "im @ruby.codes on github", "i'm kai_99 on the staff forum"
    |\b(?:i'?m|im|i[ ]am)[ ](?P<i>{_HANDLE})[ ]on[ ](?:the[ ])?(?:staff[ ]|team[ ]|company[ ])?
       (?:{_PLATFORMS}|forums?|server|site|portal|app|intranet|board|chat)\b
    # "i post as 'quietbadger'", "impersonating me as 'quiet_badger'": a quoted name or a handle.
    |\b(?:i|i'm|im|i[ ]am)[ ](?:usually[ ]|always[ ]|also[ ])?(?:post|posting|go|comment|commenting|
       play|playing|stream|streaming|game|gaming|write|writing|tweet|tweeting|known)[ ]
       (?:on[ ]\w+[ ])?(?:as|by|under)[ ](?P<q>['"‘“][^'"’”\n]{{2,40}}['"’”]|{_HANDLE})
    |\bimpersonat\w{{0,5}}[ ](?:me|my[ ]account)[ ](?:as|under)[ ]
       (?P<r>['"‘“][^'"’”\n]{{2,40}}['"’”]|{_HANDLE})
    # "the answer to 'city you were born in' is Ibadan", "memorable word is bramble".
    |\banswer[ ]to[ ](?:my[ ]|the[ ])?(?:security[ ]question[ ]|question[ ])?
       ['"‘“][^'"’”\n]{{3,60}}['"’”][ ](?:is|was|=|:)[ ](?P<a>[^,.;?!\n]{{2,40}})
    # "the 'memorable word' he set was Tuscany" too.
    |\bmemorable[ ](?:word|name|place|date|answer|info(?:rmation)?)['"’”]?[ ]
       (?:(?:he|she|they|i|we|you)[ ](?:set|chose|picked|used|gave|put)[ ])?(?:is|was|=|:)[ ]?
       (?P<m>(?!(?:required|wrong|incorrect|not|case|too|the[ ]same|different|missing)\b)
       [^,.;?!\n]{{2,40}})
    # A researcher's ORCID: four groups of four, the last may be an X.
    |\borcid(?:[ ]id)?(?:[ ]is|:)?[ ](?:https?://)?(?:orcid\.org/)?(?P<o>\d{{4}}-\d{{4}}-\d{{4}}-\d{{3}}[\dX])\b
    """,
    re.VERBOSE | _I,
)
_account_matches = anchored_matches(
    words(
        "twitter insta instagram ig tiktok threads bluesky mastodon telegram snapchat snap discord "
        "github gitlab skype steam psn xbox reddit twitch signal wechat kik linkedin youtube fb "
        "facebook i i'm im impersonat answer memorable orcid unlock lock "
        "disable enable reset delete remove deactivate reactivate suspend rename restore unblock "
        "password pw pwd mfa 2fa access log logged logging login sign signed signing"
    ),
    _ACCOUNTS,
)

# A Windows domain login, "CORP\\pnguyen": a domain, one backslash, a user name. Paths
# have a drive or more backslashes around them; _DOMAIN_LOGIN keeps to one step.
_DOMAIN_LOGIN = re.compile(r"(?<![\w\\:/.-])[A-Za-z][\w-]{1,15}\\[A-Za-z][\w.-]{1,30}(?![\w\\/])")
_LOGIN_CUE = re.compile(
    r"\b(?:log(?:ging)?\s?in|logon|sign(?:ing)?\s?in|sign\s?on|user(?:name)?|account|acct|"
    r"credentials?|domain|ad|active\s+directory|me|my|mine)\b",
    _I,
)

# A profile address pasted on its own: "linkedin.com/in/jo-bloggs is my profile".
_PROFILE_URL = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?"
    r"(?:linkedin\.com/in|facebook\.com|fb\.com|instagram\.com|tiktok\.com|twitter\.com|x\.com|"
    r"threads\.net)/@?(?P<slug>[\w.%-]{3,100})",
    _I,
)
# Site pages that are no one's profile.
_NOT_PROFILES = words(
    """
    help groups group pages page company companies watch marketplace events login share sharer
    intent hashtag search settings policies policy business ads about privacy terms jobs school
    showcase feed home explore reel reels p stories messages notifications developers legal
    gaming i tv live discover tag tags
    """
)
# Whose page it is, or that it is somebody's page.
_PERSONAL_CUE = re.compile(
    r"\b(?:my|mine|his|her|their|me|profile|account|tag|tagged|customer|client|candidate|"
    r"applicant|employee|student|patient|tenant)\b",
    _I,
)
_URL_SITES = ("linkedin.com/in/", "facebook.com/", "fb.com/", "instagram.com/", "tiktok.com/")
_URL_SITES_MORE = ("twitter.com/", "x.com/", "threads.net/")

# Words that follow a platform name and are not a handle: "my twitter is down".
_NOT_HANDLES = words(
    "is was has had and or but the a an on in at to for down slow broken locked hacked gone "
    "blocked banned suspended private public account profile page feed handle username name id "
    "2fa mfa app password pw pass login"
)

SOCIAL_TRIGGERS = (
    *("twitter", "insta", "ig ", "tiktok", "threads", "bluesky", "mastodon", "telegram", "snap"),
    *("discord", "github", "gitlab", "skype", "steam", "psn", "xbox", "reddit", "twitch"),
    *("signal", "wechat", "kik", "linkedin", "youtube", "fb", "facebook", "post", "go by"),
    *("comment", "play", "stream", "gam", "writ", "tweet", "known", "impersonat", "answer"),
    *("memorable", "orcid", ".com/", ".net/", "\\", "log", "sign", "lock", "able", "reset"),
    *("delete", "remove", "activate", "suspend", "rename", "restore", "block", "password", "pw"),
    *("mfa", "2fa", "access"),
)


# "my skype", "her new insta": whose account; "me on insta": where to find someone.
# "the costume assistant's private insta @luz.del.set": an account kept private is someone's.
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:my|his|her|their)[ ](?:personal[ ]|private[ ]|old[ ]|new[ ]|main[ ]|alt[ ])?"
    r"|\b(?:private|personal|secret|alt)[ ]"
    # "our student rep's insta @lerato_rsa_99": a person's, named by a common noun
    r"|\b(?-i:[a-z]+)['’]s[ ](?:new[ ]|old[ ]|main[ ])?)$",
    _I,
)
_ORG_OWNER = re.compile(
    r"\b(?:council|company|brand|school|club|team|government|ministry|city|museum|band|shop|store|"
    r"university|college|hospital|charity|church|firm|business|organisation|organization|"
    r"department|library|airline|bank|agency)['’]s\b",
    _I,
)
_ON_BEFORE = re.compile(r"\b(?:me|us|him|her|them)[ ](?:on|at|via)[ ]$", _I)

# Logins every tutorial uses: "log in as admin1", "reset the password for user test2".
_GENERIC_LOGIN = re.compile(r"(?:user|admin|test|demo|guest|root|sample|example)[\d._-]*$", _I)


# "rename user old.name to new.name": a field or a variable, not somebody's login.
_FIELD_PARTS = words(
    "name user username first last email domain id key field value example test demo sample old new"
)


_CAMEL = re.compile(r"^[A-Za-z]{2,}[a-z][A-Z][a-z]+[A-Z]?[a-z]*$|^[a-z]+[A-Z][a-z]+[A-Z]")


def _handle_shaped(value: str) -> bool:
    """An @name, or a word with a digit or a separator in it ("kwame_gh", "live:.cid.8f")."""
    value = value.rstrip(".:-")
    if value.startswith(("@", "u/", "/u/")):
        return len(value) >= 3
    if value.lower() in _NOT_HANDLES:
        return False
    # "ZainTheBrain", "xXSlayerXx": capitals inside a word, as gamers write their names.
    return any(ch.isdigit() or ch in "._:" for ch in value) or _CAMEL.search(value) is not None


def _find_accounts(text: str) -> Iterator[tuple[int, int]]:
    for m in _account_matches(text):
        group = next(g for g in "hilwgqramo" if m.group(g) is not None)
        if group == "h":
            owner = _OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if owner is not None and _ORG_OWNER.search(owner.group(0)):
                owner = None  # "the council's insta @leedscc": an organisation's public account
            on = _ON_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if not (owner or (on and m.group("h").startswith(("@", "u/", "/u/")))):
                continue
        value = m.group(group)
        quoted = value[:1] in "'\"‘“"
        if group in "hilwgqr" and not quoted and not _handle_shaped(value):
            continue
        if group in "lwg" and (
            _GENERIC_LOGIN.match(value)
            or _FIELD_PARTS.intersection(re.split(r"[._-]", value.lower()))
        ):
            continue
        if placeholder_context(text, m.start(), m.end(), 60):
            continue
        yield m.span(group)


def _find_profile_urls(text: str) -> Iterator[tuple[int, int]]:
    folded = lower_case(text)
    if not any(site in folded for site in _URL_SITES + _URL_SITES_MORE):
        return
    for m in _PROFILE_URL.finditer(text):
        slug = m.group("slug").split("/", 1)[0].lower().strip(".-")
        if slug in _NOT_PROFILES or len(slug) < 3 or slug.startswith(("your", "example", "user")):
            continue
        sentence = sentence_around(text, m.start(), m.end(), 100).replace(m.group(0), " ", 1)
        if not _PERSONAL_CUE.search(sentence) or placeholder_context(text, m.start(), m.end(), 80):
            continue
        yield m.span()


def _domain_login_matches(text: str) -> Iterator[re.Match[str]]:
    # From each backslash back to the start of the domain (at most 16 characters), as
    # a regex tried at every offset of a long text would be slow.
    i = text.find("\\")
    while i != -1:
        start = i
        while start > max(0, i - 16) and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        m = _DOMAIN_LOGIN.match(text, start) if start < i else None
        if m is not None:
            yield m
        i = text.find("\\", i + 1)


def _find_domain_logins(text: str) -> Iterator[tuple[int, int]]:
    for m in _domain_login_matches(text):
        if m.group(0).lower().endswith(_FILE_ENDS):
            continue  # "docs\\readme.md": a file
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _CODE_SIGNS.intersection(text[line_start : line_end if line_end != -1 else len(text)]):
            continue  # "print('done\\nbye')": an escape in a string, not a login
        sentence = sentence_around(text, m.start(), m.end(), 80).replace(m.group(0), " ", 1)
        if _LOGIN_CUE.search(sentence) and not placeholder_context(text, m.start(), m.end(), 60):
            yield m.span()


_CODE_SIGNS = frozenset('(){}[];=<>`"')
_FILE_ENDS = (".txt", ".md", ".py", ".exe", ".dll", ".log", ".ini", ".json", ".xml", ".cfg")


def find_social_handles(text: str) -> Iterator[tuple[int, int]]:
    """Platform handles, profile addresses, domain logins, quoted security answers, ORCIDs."""
    yield from _find_accounts(text)
    yield from _find_profile_urls(text)
    yield from _find_domain_logins(text)
