"""Personal data: contact details, network identifiers, addresses, names, birth dates, ages.

Each detector looks for a shape (with a checksum where one exists) or for a
value introduced by words that say whose it is ("my name is", "DOB:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from router.detectors._base import (
    STAGED_WORDS,
    Detector,
    anchored_finder,
    anchored_matches,
    any_finder,
    fold_case,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._checksums import digits_of
from router.detectors._cues import CuePattern
from router.detectors._names import GIVEN_NAMES
from router.detectors._numbers import ClassRuns, digit_runs, matches_at
from router.detectors._shared import shared
from router.detectors._whereabouts import find_whereabouts
from router.detectors.bare_names import (
    MAX_BARE_NAME_TEXT,
    common_words,
    find_bare_names,
    find_lower_case_cued_names,
    find_single_names,
    given_names,
)
from router.detectors.name_contexts import MAX_CONTEXT_TEXT, find_context_names, repeated_names
from router.detectors.topics import ANIMAL, is_fiction
from router.levels import Level

_I = re.IGNORECASE

# --- e-mail -------------------------------------------------------------------
# Local part and domain start at a boundary so a long run is scanned once.
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@(?![\w-]*\.{2})(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])"
)
_EMAIL_DOMAIN = re.compile(r"@(?![\w-]*\.{2})(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+-")


def _find_emails(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses, found from each "@" outwards (an @ is rare; letters are not)."""
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and (text[start - 1] in _LOCAL_CHARS or text[start - 1].isalnum()):
            start -= 1
            if at - start > 64:
                break
        domain = _EMAIL_DOMAIN.match(text, at)
        if domain is not None and 0 < at - start <= 64:
            m = _EMAIL.match(text, start, domain.end())
            if m is not None and m.end() == domain.end() and _email_ok(m):
                yield m.span()
        at = text.find("@", at + 1)


_EMAIL_FAKE_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "domain.com",
    "email.com",
    "test.com",
    # Top-level names reserved for documentation and tests (RFC 2606).
    ".test",
    ".example",
    ".invalid",
    ".localhost",
)


def _email_ok(m: re.Match[str]) -> bool:
    return _email_value_ok(m.group(0))


# "demo@demo.local", "qa@test.internal": a domain made only of these names is nobody's.
_MADE_UP_LABELS = words(
    "demo test example sample dummy fake placeholder mock local internal voorbeeld beispiel "
    "exemple ejemplo esempio exemplo przyklad"
)


# Microsoft's documentation companies and the "your company" of templates: nobody's
# mailbox ("example@contoso.com", "noreply@ourcompany.com"). Not "company.com", which
# synthetic data and people use as a real domain.
_TEMPLATE_DOMAINS = words(
    "contoso fabrikam northwindtraders adventure-works wingtiptoys tailspintoys litwareinc "
    "woodgrovebank yourcompany ourcompany mycompany yourdomain mydomain yourorg "
    "yourbusiness"
)
# A template's local part: the format of an address, not an address.
_TEMPLATE_LOCALS = words(
    "firstname.lastname first.last firstname lastname name.surname firstname.surname "
    "fname.lname yourname your.name"
)


def _email_value_ok(value: str) -> bool:
    local, _, domain = value.lower().partition("@")
    labels = domain.split(".")
    if set(labels) <= _MADE_UP_LABELS or (len(labels) == 2 and labels[0] in _MADE_UP_LABELS):
        return False  # "jan@voorbeeld.nl", "x@beispiel.de": the languages' example.com
    if local in _TEMPLATE_LOCALS or (len(labels) >= 2 and labels[-2] in _TEMPLATE_DOMAINS):
        return False
    # Package pins such as "foo@1.2" and git remotes (git@host) are not people.
    return local not in {"git", "user", "noreply", "no-reply"} and not domain.endswith(
        _EMAIL_FAKE_DOMAINS
    )


# Addresses spelled out so that they survive a chat or a spam filter: "jdoe84 at
# hotmail dot co dot uk", "anna [at] acme [dot] com". Found from each "at" outwards,
# like "@" above.
_SPOKEN_AT = re.compile(r"[ ]at[ ]|[ ]?[\[(][ ]?at[ ]?[\])][ ]?")
_SPOKEN_DOMAIN = re.compile(
    r"(?P<d>[a-z0-9][a-z0-9-]{0,62}(?:(?:[ ]dot[ ]|[ ]?[\[(][ ]?dot[ ]?[\])][ ]?|\.)"
    r"[a-z0-9][a-z0-9-]{0,62}){1,4})(?![\w-]|\.[a-z0-9])"
)
_SPOKEN_LOCAL = re.compile(
    r"(?<![\w.+-])(?:[a-z0-9][\w+-]{0,30}(?:[ ]dot[ ]|[ ]?[\[(][ ]?dot[ ]?[\])][ ]?))?"
    r"[a-z][\w.+-]{0,63}$"
)
_SPOKEN_DOT = re.compile(r"[ ]dot[ ]|[ ]?[\[(][ ]?dot[ ]?[\])][ ]?")
# Mail providers: "anna at gmail.com" is an address whoever writes it.
_MAIL_PROVIDERS = words(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac proton protonmail
    pm aol gmx web mail yandex zoho fastmail hey tutanota qq 163 rediffmail
    """
)
# Words before the address that say it is one: "my email is", "mail me at".
_MAIL_CUE = re.compile(r"\b(?:e-?mail|mail|address|addr|inbox|gmail|contact|reach|write)\b")
_SPOKEN_TRIGGERS = (" dot ", "[at]", "(at)", "[ at ]", "( at )", "mail", "outlook", "yahoo")
_ROLE_ACCOUNTS = words(
    "help support info sales admin contact hr it office service team hello enquiries "
    "helpdesk servicedesk billing accounts press jobs careers webmaster postmaster"
)
_TLD = re.compile(r"^(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|io|dev|app|co|me)$")


def _spoken_ats(folded: str) -> Iterator[re.Match[str]]:
    """Matches of ``_SPOKEN_AT``, tried only where "at" is (``str.find`` is C-fast)."""
    last_end = 0
    i = folded.find("at")
    while i != -1:
        # The token starts at most three characters before "at": " [ at".
        for pos in range(max(last_end, i - 3), i):
            m = _SPOKEN_AT.match(folded, pos)
            if m is not None:
                last_end = m.end()
                yield m
                break
        i = folded.find("at", max(i + 2, last_end))


def _find_spoken_emails(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    if not any(trigger in folded for trigger in _SPOKEN_TRIGGERS):
        return
    for at in _spoken_ats(folded):
        domain = _SPOKEN_DOMAIN.match(folded, at.end())
        local = _SPOKEN_LOCAL.search(folded, max(0, at.start() - 80), at.start())
        if domain is None or local is None:
            continue
        labels = _SPOKEN_DOT.sub(".", domain.group("d")).split(".")
        address = f"{_SPOKEN_DOT.sub('.', local.group(0))}@{'.'.join(labels)}"
        if not _TLD.match(labels[-1]) or not _email_value_ok(address):
            continue
        if local.group(0) in _ROLE_ACCOUNTS:
            continue  # "help at acme dot com": a team's published address
        bracketed = at.group(0).strip() != "at"
        spelled = "." not in domain.group("d")
        handle = any(not ch.isalpha() for ch in local.group(0))
        cued = _MAIL_CUE.search(folded, max(0, local.start() - 40), local.start()) is not None
        # "look at google dot com" names a website; an address is hidden in brackets,
        # has a provider, a handle-like local part ("jdoe84") or words that say it is one.
        if bracketed or labels[0] in _MAIL_PROVIDERS or cued or (spelled and handle):
            yield local.start(), domain.end()


# --- phone numbers ------------------------------------------------------------
# Each shape consumes its first character before the look-behind, and says
# which character that was with a look-behind of its own: a pattern that
# starts with a look-around is tried at every position of the text, one that
# starts with a character class only where that class matches.
# Tried only where _phone_starts says a number can start (a run of digits, or "+"
# or "(" before one), as is _PHONE_TRAILING_CUE: keep that true when changing them.
_PHONE_SHAPES = re.compile(
    r"""
    [+(\d](?<![\w+/.-][+(\d])(?:
        (?<=\+)\d{1,3}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,6}){1,6}
            (?:\s?(?:x|ext\.?)\s?\d{1,5})?                                    # +41 (0)85 806 98 67
      | (?<=\+)\d{8,15}                                                       # +447700677662
      | (?<=\()\d{2,5}\)[ .-]?\d{3,5}(?:[ .-]?\d{2,5}){1,2}                  # (08) 8747 6301
      | (?<=\d)\d{2}[.-]\d{3}[.-]\d{4}(?:\s?x\d{1,5})?                        # 463-612-6138x036
      | (?<=0)\d{1,4}(?:[ .-]\d{2,5}){2,4}                                   # 056 590 36 33
      | (?<=0)\d{3,4}[ ]\d{6}                                                # 07123 456789
    )(?![\w@]|[.-]\d)
    """,
    re.VERBOSE,
)
_PHONE_CUE = re.compile(
    r"\b(?:phone|tel(?:ephone)?|mobile|mob|cell(?:phone)?|fax|desk|landline|whats\s?app|"
    r"sms|text\s+me|call\s+me|reach\s+me|"
    # "you can text 0412...", "ping me on +44 ...": a dialled number right after the verb
    r"(?:te?xt|ring|ping|call|msg|message)(?:\s+(?:me|us|him|her))?(?:\s+(?:on|at))?(?=\s+[+0(])|contact\s+(?:me|number)|(?:my|his|her)\s+(?:(?:new|work|wrk|home|personal|private|direct|office|contact)\s+)?(?:number|nmbr|nr|no\.?)|"
    r"fone|cel|mob(?:ile)?\s+no\.?|"
    # "ph no", "phn", "ph#": the cue typed in a hurry; "my digits are"
    r"ph(?:n|ne|\s*(?:no\.?|nr|num|nmbr|number)|(?=\s*#))|(?:my|his|her)\s+digits|"
    r"messages\s+to|registered|"
    # "text it to chef's personal not the restaurant line: 647 382 9104"
    r"(?:(?<=personal\s)|(?<=private\s)|(?<=direct\s)|(?<=home\s)|(?<=office\s)|(?<=work\s)|"
    r"(?<=restaurant\s)|(?<=shop\s)|(?<=site\s)|(?<=support\s)|(?<=staff\s)|(?<=emergency\s))"
    r"line|hotline|"
    # "she's not answering at 78 651 450", "reachable on 0612 34 56 78"
    r"(?:answering|picking\s+up|reachable)\s+(?:at|on))\b"
    # "new mobile no for ramesh in dispatch is 98452 17736": whose it is, then the number
    r"(?:[^\d+(]{0,20}|\s+(?:for|of)\s+[^\d+(\n.?!]{1,30}?\s*(?:\bis\b|:|=|-)\s*)"
    r"(?P<v>\+?\(?\d(?:[ .()-]{0,2}\d){6,14})(?!\d)",
    _I,
)
_PHONE_TRAILING_CUE = re.compile(
    r"(?P<v>[+(\d](?<![\w+.-][+(\d])(?:(?<=\+)\(?\d|(?<=\()\d|(?<=\d))(?:[ .()-]{0,2}\d){6,14})"
    r"[\s-]{0,2}"
    r"(?:office|fax|mobile|mobil|cell|home|work)\b",
    _I,
)


# "emrg cntct 4 Priya (yr2 teacher) = husband Arvind 8765 3321": the number of someone's
# emergency contact or next of kin, a few words after the cue.
_EMERGENCY_CONTACT = re.compile(
    r"\b(?:(?:emergency|emergancy|emerg|emrg|emgcy|emer|ice)\s*(?:contact|cntct|cont|ctc)s?|"
    r"next\s+of\s+kin|nok)\b[^\n]{0,60}?(?<![\w+(.-])(?P<v>\+?\(?\d(?:[ .()-]{0,2}\d){6,14})(?!\d)",
    _I,
)
_emergency_contact_matches = anchored_matches(
    words("emergency emergancy emerg emrg emgcy emer ice next nok"), _EMERGENCY_CONTACT
)

# "call me on 2024-05-03 10:00": a date and a time, not a number to dial.
_DATE_FIRST = re.compile(
    r"(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?!\d)"
)


def _phone_digits_ok(value: str) -> bool:
    n = len(digits_of(value))
    return 7 <= n <= 15 and not _DATE_FIRST.match(value)


_phone_cue_matches = anchored_matches(
    words(
        "phone tel mobile mob cell fax desk landline whats sms text call reach contact my his "
        "her messages registered fone cel ph txt ring ping msg message answering picking "
        "reachable line hotline"
    ),
    _PHONE_CUE,
)


_LINE_CUE = re.compile(r"\b(?:line|hotline)\b", _I)


def _phone_starts(text: str, *, plus_paren: bool) -> list[int]:
    """Where a phone number of _PHONE_SHAPES (or, with ``plus_paren``, of
    _PHONE_TRAILING_CUE, which also allows "+(") can start: at a run of digits, or at
    the "+" or "(" right before one. Its patterns are tried only there (``matches_at``)."""
    starts: list[int] = []
    for start, _ in digit_runs(text):
        if plus_paren and start >= 2 and text[start - 2 : start] == "+(":
            starts.append(start - 2)
        if start and text[start - 1] in "+(":
            starts.append(start - 1)
        starts.append(start)
    return starts


# Numbers of an organisation, published for anyone to call: "the office switchboard is ...".
_ORG_PHONE = re.compile(
    r"\b(?:switchboard|help\s?desk|hotline|reception|front\s+desk|service\s+desk|"
    r"support\s+(?:line|number|phone)|main\s+(?:office\s+)?(?:line|number)|office\s+line|"
    r"toll[- ]free|freephone|"
    r"customer\s+(?:service|care|support)|reservations?\s+(?:line|number|desk)|bookings?\s+line|"
    r"enquir(?:y|ies)\s+line|printed\s+on\s+(?:every|all|our|the)\s+\w+)\b",
    _I,
)


# Ranges only organisations are given: the UK's 03 numbers (public bodies, charities,
# firms), its 080 freephone and 084/087 service numbers, written the UK way (4-3-4 or in
# one run, eleven digits for 03: "0378 3549890" may be in Tokyo, "0302 774 915" in Accra),
# and North America's toll-free 8xx codes. Nobody's own phone is in them ("is it still
# 0345 300 9923 for RIDDOR?").
_ORG_RANGE = re.compile(
    r"^(?:(?:\+44[ -]?|0)(?:(?:3[0-47]\d|84[345]|87[01])(?:\d{7}|(?P<s>[ -])\d{3}(?P=s)\d{4})"
    r"|80[08](?:\d{6,7}|(?P<t>[ -])\d{3}(?P=t)\d{3,4}))"
    r"|(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?[2-9]\d\d[ .-]?\d{4})$"
)


def _org_number(text: str, m: re.Match[str]) -> bool:
    if _ORG_RANGE.match(m.group(0)):
        return True
    before = text[max(0, m.start() - 50) : m.start()]
    return (_ORG_PHONE.search(before) is not None and not _MY.search(before)) or from_public_page(
        text, m.start(), m.end()
    )


# Text pasted from an organisation's public pages: its office address and switchboard
# are printed for everyone ("Summarise this footer from our public website: registered
# office 1 Dock Road...", "from our public Contact Us page: Visit us at 2 Quay St").
_PUBLIC_PAGE = re.compile(
    r"\b(?:public\s+(?:website|web\s*site|site|web\s*page|page|contact\s+(?:us\s+)?page|"
    r"(?:phone\s+)?number)|"
    r"contact\s+us\s+page|press\s+kit|registered\s+office|website\s+footer|letterhead|"
    # Marketing a business hands out: "this OCR from our brochure", "this takeaway flyer".
    r"(?:our|the|this|a|takeaway|shop|restaurant|company)\s+(?:brochure|flyer|leaflet|menu|poster|"
    r"advert|catalogue|catalog))\b",
    _I,
)


_PUBLIC_PAGE_CUES = CuePattern(_PUBLIC_PAGE)


def from_public_page(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in text pasted from an organisation's public
    pages, with nobody's own details in its sentence."""
    return _PUBLIC_PAGE_CUES.search(text) is not None and not _MY.search(
        sentence_around(text, start, end, 80)
    )


# An IBAN's country, check digits and bank code, written in groups, right before digits.
_IBAN_BEFORE = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}[ ]?$")


def _find_phone(text: str) -> Iterator[tuple[int, int]]:
    for m in matches_at(_PHONE_SHAPES, text, _phone_starts(text, plus_paren=False)):
        digits = digits_of(m.group(0))
        if not (8 <= len(digits) <= 15 and len(set(digits)) > 2) or _DATE_FIRST.match(m.group(0)):
            continue
        if _IBAN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "NL91 ABNA 0417 1643 00": the account part of an IBAN, not a phone
        if not _demo_value(text, m) and not _org_number(text, m):
            yield m.span()
    trailing = matches_at(_PHONE_TRAILING_CUE, text, _phone_starts(text, plus_paren=True))
    for matches in (_phone_cue_matches(text), trailing, _emergency_contact_matches(text)):
        for m in matches:
            cue = text[max(0, m.start() - 30) : m.start("v")]
            if _LINE_CUE.match(text, m.start()) and _ORG_PHONE.search(cue) and not _MY.search(cue):
                continue  # "the support line is 0800 123 4567": the organisation's number
            if _ORG_RANGE.match(m.group("v")):
                continue  # "ring 0300 123 8080 to book": a number only an organisation has
            if _phone_digits_ok(m.group("v")) and not _demo_value(text, m):
                yield m.span("v")


# --- IP and MAC addresses -----------------------------------------------------
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# The rest of the first octet once its first digit is consumed (see _PHONE_SHAPES):
# the look-behinds say which digit that was, in the order _OCTET tries them.
_FIRST_OCTET_REST = r"(?:(?<=2)5[0-5]|(?<=2)[0-4]\d|(?<=1)\d\d|(?<=[1-9])\d|)"
_IPV4 = re.compile(rf"\d(?<![\w.]\d){_FIRST_OCTET_REST}\.(?:{_OCTET}\.){{2}}{_OCTET}(?!\w|\.\d)")
_IPV6 = re.compile(
    r"[0-9A-Fa-f](?<![\w:][0-9A-Fa-f])(?=[0-9A-Fa-f]{0,3}:)"
    r"(?:[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}"
    r"|[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{1,4}:){0,5}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})"
    r"(?![\w:])"
)
# Whole words: "server 10.1.2.3" is no version.
_VERSION_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:version|ver\.?|v|release|build)|==|>=|<=)[_\s\"'=:]*$", _I
)
# Addresses every textbook uses: loopback, unspecified, broadcast and netmasks.
_NOT_PERSONAL_IPS = re.compile(
    r"^(?:127\.|0\.0\.0\.0|255\.|1\.1\.1\.1$|8\.8\.[48]\.[48]$"
    # Factory-default home-router gateways: the same on millions of networks.
    r"|192\.168\.[01]\.(?:1|254)$|10\.0\.0\.1$"
    # Link-local addresses a machine gives itself when DHCP fails: they name no one.
    r"|169\.254\.)"
)


_MY = re.compile(r"\b(?:my|mine|his|her)\b", _I)
_WRITERS = re.compile(r"\b(?:my|mine)\b", _I)
_PRIVATE_IP = re.compile(r"^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)")
_MY_DEVICE = re.compile(
    r"\b(?:my|our|his|her)\b[^\n.]{0,30}\b(?:ip|address|laptop|pc|computer|machine|phone|server|"
    r"router|host|box|desktop|workstation|vm|device|network|printer|nas|camera)\b",
    _I,
)


# A private address that names one of the organisation's systems ("internal jenkins
# at 10.12.4.88:8080", "vpn gateway for finance is 10.42.8.17", "server 172.16.3.5:80;"
# in a pasted config) maps its network; a bare address ("the redis node at
# 10.20.1.16 is down", Kafka brokers in code) or a range ("10.0.0.0/8") does not.
_SYSTEM_BEFORE = re.compile(
    r"\b(?:internal|intranet|prod(?:uction)?|staging|corp(?:orate)?|jenkins|jira|gitlab|confluence|"
    r"wiki|sonar(?:qube)?|nexus|artifactory|grafana|kibana|splunk|vault|ldap|active\s+directory|"
    r"domain\s+controller|dc\d{0,2}|exchange|mail\s?server|smtp\s+(?:server|relay)|file\s?server|"
    r"nas|sftp|ftp|bastion|jump\s?(?:host|box|server)|vpn|gateway|gw|firewall|proxy|"
    r"load\s?balancer|upstream|backend|db|database|payroll|erp|crm|server|vm|dev\s?box|"
    r"build\s+(?:box|agent|server)|runner|printer|cctv|nvr|dvr|camera|plc|kiosk|router|switch|modem|"
    r"access\s+point|dhcp|dns|scada|hmi|rtu|rdp|ssh|vnc|mstsc|remote\s+desktop)\b"
    r"[^\n.;?!()\[\]{}=\"'`]{0,35}$"
    # "dc02.ad.rdhospital.nhs.uk (10.1.0.12)": the machine's own name, then its address.
    r"|(?<![\w.-])[a-z][\w-]*\d[\w-]*(?:\.[a-z][\w-]*){2,}\s*[(:=]?\s*$"
    # "ssh root@10.4.2.17": a login on that machine.
    r"|(?<![\w.@-])[a-z_][\w.-]{0,31}@$"
    # "sqlprod03 (172.16.8.40)", "fs-02 at 10.1.4.9": a numbered machine name just before it.
    r"|(?<![\w.-])[a-z][a-z-]{1,24}\d{1,3}[ ]?(?:\(|:|=|->|at[ ]|on[ ]|is[ ])?[ ]?$",
    _I,
)
# Questions on how to do something, and examples, use made-up addresses.
_HOW_TO = re.compile(
    r"\b(?:how\s+(?:do|can|to|would|should|does)|e\.g\.|for\s+example|example|such\s+as|tutorial|"
    r"sample|suppose|imagine|hypothetical|let'?s\s+say|"
    # "write a lab guide that uses 10.0.0.5"; not "write a fix-it ticket", a task on the real one
    r"write\s+(?:a|an|me)\s+(?:[\w-]+\s+)?(?:tutorial|guide|lab|exercise|example|sample|demo|course|"
    r"lesson|quiz|blog|article|post|readme|docs?|documentation|cheat\s?sheet|walkthrough|scenario))\b",
    _I,
)


# "rdp to 10.40.2.115 jumpbox times out": the system named just after its address.
_SYSTEM_AFTER = re.compile(
    r"\s*\(?\s*(?:the\s+|our\s+)?(?:jump\s?(?:box|host|server)|bastion|domain\s+controller|"
    r"file\s?server|print\s?server|sql\s?server|db\s+server|mail\s?server|payroll\s+server|"
    r"nvr|plc|scada)\b",
    _I,
)


def _names_a_system(text: str, m: re.Match[str]) -> bool:
    """Whether the private address ``m`` is named as one of the organisation's systems."""
    if text.startswith("/", m.end()):
        return False  # a range, "10.8.0.0/24"
    if not _SYSTEM_BEFORE.search(
        text, max(0, m.start() - 60), m.start()
    ) and not _SYSTEM_AFTER.match(text, m.end()):
        return False
    return not _HOW_TO.search(sentence_around(text, m.start(), m.end(), 160))


# Numbers shown as formats to match, not as anyone's number: "a regex for the
# formats (555) 123-4567 and 555-123-4567".
_FORMAT_TALK = re.compile(
    r"\b(?:regex(?:es|p)?|regular\s+expressions?|validat(?:e|es|ed|ing|ion|or)|formats|patterns?)\b",
    _I,
)


# The three IPv4 ranges reserved for documentation (RFC 5737): no machine has them, so
# near words that say the text illustrates something they are the illustration. Told
# as someone's own ("my ip is 203.0.113.45") they stay flagged: writers invent with them.
_DOCUMENTATION_RANGE = re.compile(r"^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.")
_ILLUSTRATION = re.compile(
    r"\b(?:docs?|documentation|rfc\s?5737|examples?|samples?|fake|dummy|mock|tabletop|drill|"
    r"exercise|training|tutorial|placeholder|template|sandbox)\b",
    _I,
)


def _documented_address(text: str, m: re.Match[str]) -> bool:
    if not _DOCUMENTATION_RANGE.match(m.group(0)):
        return False
    window = text[max(0, m.start() - 300) : m.end() + 300]
    return bool(_ILLUSTRATION.search(window)) and not _MY.search(
        sentence_around(text, m.start(), m.end(), 60)
    )


def _demo_value(text: str, m: re.Match[str]) -> bool:
    """A value next to demo/test/example words that nobody says is theirs."""
    around = sentence_around(text, m.start(), m.end(), 60)
    made_up = placeholder_context(text, m.start(), m.end(), 60) or bool(_FORMAT_TALK.search(around))
    if _drama_number(text, m) and not _WRITERS.search(around):
        return True  # "a case study with 'her partner ... on 01632 960123', the fictional range?"
    return made_up and not _MY.search(around)


# Ofcom keeps number ranges for TV and radio drama (07700 900xxx, 01632 960xxx, 020 7946
# 0xxx...). Writers invent real-looking numbers in them too, so the range alone proves
# nothing; named as the drama ranges ("one of the ones ofcom keeps for tv dramas") they
# are nobody's.
_DRAMA_TALK = re.compile(
    r"\b(?:ofcom|drama|dramas|fictional|fiction|reserved|tv|film|movie|play|novel|script|scene|"
    # Or shown in training: "is 07700 900123 a real number? it's in our training slides".
    r"character|detective|training|slides?|a\s+real\s+number)\b",
    _I,
)
_DRAMA_RANGE = re.compile(
    r"^(?:\+?44|0)(?:7700900|1632960|1134960|1144960|1154960|1164960|1174960|1184960|1214960|"
    r"1314960|1414960|1514960|1614960|2079460|1914980|2890180|2920180|3069990|8081570|9098790)"
    # North America keeps 555-0100 to 555-0199 for fiction.
    r"|^(?:\+?1)?(?:\d{3})?55501\d\d$"
)


def _drama_number(text: str, m: re.Match[str]) -> bool:
    digits = "".join(ch for ch in m.group(0) if ch.isdigit() or ch == "+")
    if _DRAMA_RANGE.match(digits) is None:
        return False
    return _DRAMA_TALK.search(text, max(0, m.start() - 200), m.end() + 200) is not None


# Runs of digits and dots with three dots and four digits, of hex digits and colons
# with two colons, of hex digits and ":-" with five separators: the only places
# _IPV4, _IPV6 and _MAC can match, as they consume nothing else (see _numbers).
_DOTTED = ClassRuns("0123456789.", ".", lambda run: run.count(".") >= 3 and len(run) >= 7)
_COLONED = ClassRuns("0123456789abcdef:", ":", lambda run: run.count(":") >= 2)
_HEX_PAIRS = ClassRuns(
    "0123456789abcdef:-", ":-", lambda run: len(run) >= 17 and run.count(":") + run.count("-") >= 5
)

_CIDR_AFTER = re.compile(r"/\d{1,2}(?!\d)")


def _ipv4_matches(text: str) -> list[re.Match[str]]:
    return list(_DOTTED.finditer(_IPV4, text))


def _ipv4_hits(text: str, private: bool) -> Iterator[tuple[int, int]]:
    for start, end, is_private in shared(text, _ipv4_classified):
        if is_private == private:
            yield start, end


def _ipv4_classified(text: str) -> list[tuple[int, int, bool]]:
    """Each IPv4 address that identifies a machine, and whether it is a private one. Both
    IP detectors read this: the checks per address run once per scan, not once each."""
    found: list[tuple[int, int, bool]] = []
    for m in shared(text, _ipv4_matches):
        value = m.group(0)
        if _NOT_PERSONAL_IPS.match(value):
            continue
        if _VERSION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if all(len(octet) == 1 for octet in value.split(".")):
            continue  # 1.2.3.4, 3.5.0.1: examples and version numbers
        if value.endswith(".0") and _CIDR_AFTER.match(text, m.end()):
            continue  # a range ("100.64.0.0/10"), not a machine
        if _demo_value(text, m) or _documented_address(text, m):
            continue  # "the docs use 192.0.2.1 as the example gateway"
        # A private address identifies a person's machine only when the text says so.
        is_private = bool(_PRIVATE_IP.match(value)) and not (
            _MY_DEVICE.search(text, max(0, m.start() - 80), m.start())
            or _MY_DEVICE.search(text, m.end(), m.end() + 50)
            or _names_a_system(text, m)
        )
        found.append((m.start(), m.end(), is_private))
    return found


def _find_private_ip(text: str) -> Iterator[tuple[int, int]]:
    return _ipv4_hits(text, private=True)


# IPv6 addresses that identify no one: link-local (the same on every link),
# documentation (RFC 3849), loopback and IPv4-mapped prefixes.
_NOT_PERSONAL_IPV6 = re.compile(r"^(?:fe[89ab][0-9a-f]?:|2001:0?db8:|::1$|::ffff:|::$)", _I)


def _find_ip(text: str) -> Iterator[tuple[int, int]]:
    yield from _ipv4_hits(text, private=False)
    for m in _COLONED.finditer(_IPV6, text):
        value = m.group(0)
        if value.count(":") < 2 or not any(ch.isdigit() for ch in value):
            continue
        if _NOT_PERSONAL_IPV6.match(value) or _demo_value(text, m):
            continue
        yield m.span()


def _mac_ok(m: re.Match[str]) -> bool:
    """Not a placeholder MAC ("00:00:00:00:00:00", "aa:bb:cc:dd:ee:ff", "01:23:45:67:89:ab")."""
    octets = m.group(0).lower().replace("-", ":").split(":")
    if len(set(octets)) <= 2 or ":".join(octets) in _PLACEHOLDER_MACS:
        return False
    if octets[:5] == ["00", "00", "5e", "00", "53"]:
        return False  # RFC 7042's documentation block, 00-00-5E-00-53-00 to -FF
    if _stepped(octets) and not _MY.search(sentence_around(m.string, m.start(), m.end(), 60)):
        return False  # "like 00:1A:2B:3C:4D:5E": typed to show the shape, unless it is mine
    return not _demo_value(m.string, m)


def _stepped(octets: list[str]) -> bool:
    """Octets whose digits climb by one each ("00:1a:2b:3c:4d:5e", "01:23:45:67:89:ab")."""
    try:
        seconds = [int(o[1], 16) for o in octets]
        firsts = [int(o[0], 16) for o in octets]
    except (ValueError, IndexError):
        return False
    return all(b - a == 1 for a, b in pairwise(seconds)) or all(
        b - a == 1 for a, b in pairwise(firsts)
    )


_PLACEHOLDER_MACS = frozenset(("aa:bb:cc:dd:ee:ff", "01:23:45:67:89:ab", "12:34:56:78:9a:bc"))


# The first hex digit is consumed before the look-behind (re then tries only
# where hex digits are); the separator is group 1.
_MAC = re.compile(
    r"[0-9A-Fa-f](?<![\w:-][0-9A-Fa-f])[0-9A-Fa-f]([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
    r"(?![\w:-])"
)


def _find_mac(text: str) -> Iterator[tuple[int, int]]:
    for m in _HEX_PAIRS.finditer(_MAC, text):
        if _mac_ok(m):
            yield m.span()


# Host names under the suffixes organisations keep for their own networks: they
# name a system and where it runs ("db-prod-02.corp.internal", "jira.corp-int.acme.local:8443",
# "git.corp.acme.com"). The first character is consumed before the look-behind.
_INTERNAL_HOST = re.compile(
    r"[a-z0-9](?<![\w.-][a-z0-9])[a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,6}"
    r"(?:\.(?:internal|local|corp|lan|intranet|intra|localdomain|home\.arpa)(?![\w-]|\.[a-z0-9])"
    r"|\.(?:corp|internal|intranet|intra|int|priv)(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}"
    r"(?![\w-]|\.[a-z0-9]))"
    r"(?::\d{2,5}(?!\d))?",
    _I,
)
# Where one of those suffixes is: the host name around it is read from there.
_HOST_SUFFIX = re.compile(
    r"\.(?:internal|local|corp|lan|intranet|intra|localdomain|arpa|int(?=\.)|priv(?=\.))(?![\w-])"
)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
# Names that are the same on every machine: Docker's and cloud providers' own,
# Kubernetes service names, the defaults of popular devices.
_DEFAULT_HOSTS = re.compile(
    r"(?:^|\.)(?:docker\.internal|google\.internal|ec2\.internal|compute\.internal|"
    r"cluster\.local|svc\.local)(?::\d+)?$|^(?:raspberrypi|homeassistant|octopi|printer|router|"
    r"nas|mydevice|myhost|hostname|host|server|computer|localhost)\.(?:local|lan)(?::\d+)?$",
    _I,
)


def _internal_host_matches(text: str) -> Iterator[re.Match[str]]:
    folded = fold_case(text)
    last_end = 0
    for suffix in _HOST_SUFFIX.finditer(folded):
        start = suffix.start()
        if start < last_end:
            continue  # inside the previous host name
        lo = max(last_end, start - 253)  # a bounded look back keeps the scan linear
        while start > lo and folded[start - 1] in _HOST_CHARS:
            start -= 1
        while start < suffix.start() and not folded[start].isalnum():
            start += 1  # a name starts with a letter or digit
        m = _INTERNAL_HOST.match(text, start)
        if m is not None and m.end() >= suffix.end():
            last_end = m.end()
            yield m


# The door into an organisation's network, named with its host: "VPN gateway
# vpn.greenleafgardens.co.za", "the GlobalProtect portal is gp.acme-corp.com".
_REMOTE_ACCESS_HOST = re.compile(
    r"\b(?:vpn|remote\s+access|anyconnect|globalprotect|forticlient|ras|citrix)\s+"
    r"(?:gateway|server|endpoint|portal|host|address|concentrator)s?\s*(?:is\s+|:\s*|=\s*)?"
    r"(?P<v>[a-z0-9](?:[a-z0-9-]{0,62}\.){2,6}[a-z]{2,12}(?::\d{2,5})?)(?![\w-])",
    _I,
)
_remote_access_matches = CuePattern(_REMOTE_ACCESS_HOST).finditer


def _find_internal_hosts(text: str) -> Iterator[tuple[int, int]]:
    for m in _internal_host_matches(text):
        host = m.group(0)
        name = host.split(":", 1)[0]
        if (
            _DEFAULT_HOSTS.search(host)
            or _DOCUMENTED_DOMAIN.search(name.lower())
            or _EXAMPLE_LABEL.search(name.lower())
            or placeholder_context(text, m.start(), m.end(), 80)
        ):
            continue  # "db.corp.invalid", "intranet.example.local": reserved for documentation
        # "printer.local" is anyone's; a numbered, hyphenated or nested name, or a
        # port, is one system's.
        if name.count(".") >= 2 or ":" in host or any(ch.isdigit() or ch == "-" for ch in name):
            yield m.span()
    for m in _remote_access_matches(text):
        host = m.group("v").split(":", 1)[0].lower()
        if not _DOCUMENTED_DOMAIN.search(host) and not placeholder_context(text, *m.span("v"), 80):
            yield m.span("v")


# A label that says the name is an illustration, wherever it stands ("intranet.example.local").
_EXAMPLE_LABEL = re.compile(r"(?:^|\.)(?:example|invalid|test)\.")
# Domains reserved for documentation (RFC 2606) and the sample companies of vendors' docs.
_DOCUMENTED_DOMAIN = re.compile(
    r"(?:^|\.)(?:example|test|invalid|localhost|contoso|fabrikam|acme|yourcompany|mycompany|company|"
    r"yourdomain|domain)(?:\.[a-z]{2,12}){0,2}$"
)


# --- street addresses ---------------------------------------------------------
# English street words stand alone and capitalised ("Main Street", "Oak Ave");
# many languages glue theirs to the name ("Koskikatu", "Hauptstraße").
_EN_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|"
    r"Place|Pl|Terrace|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Crescent|Close|Alley|"
    r"Row|Trail|Grove|Gardens|Mews|Walk|Plaza|Heights|Gate|View|Rise|Quay|Wharf|Parade|"
    r"Esplanade|Cres|Gdns|Terr|Str|STREET|ST|ROAD|RD|AVE|AVENUE|"
    r"BLVD|LANE|LN|DRIVE|DR|WAY|COURT|CT)"
)
_GLUED_SUFFIX = (
    r"(?:gate|gata|gatan|gade|vej|vegen|veien|vägen|väg|tie|tien|katu|kuja|polku|"
    r"straße|strasse|str|weg|gasse|platz|allee|damm|ufer|straat|laan|plein|steenweg|dreef|"
    r"kade|utca|iela|gatve|tänav|maantee|sokak|sokağı|caddesi|ulica|ulice|stræde|stien|veien|"
    r"stræti|vegur|braut|stígur)"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’.-]{1,30}"
# After a street word no English uses ("rue", "calle"), names typed in lower case count too.
_LOW = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’.-]{2,30}"
# Addresses that start with a house number. The look-behind comes after the
# first digit: a pattern that starts with a look-behind is tried at every
# position, one that starts with \d only where a digit is.
_ADDRESS_NUMBERED = re.compile(
    rf"""
    \d(?<![\w/.,-][\s\S])\d{{0,5}}
    (?:[A-Za-z]?,?[ ](?:\d{{1,4}}[ ])?(?:{_CAP}[ ]){{0,3}}{_EN_SUFFIX}\.?(?![\w])
        (?:[ ]\d{{1,5}}[A-Za-z]?(?![\w]))?                                     # 12 Main St
    | [A-Za-z]?[ ](?:{_CAP}[ ]){{0,2}}
        [A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž-]{{2,25}}{_GLUED_SUFFIX}
        (?:[ ]\d{{1,5}}[A-Za-z]?)?(?![\w])                                    # 6750 Koskikatu 25
    | ,?[ ](?i:rue|via|calle|avenida|rua|avenue|chemin)[ ]
        (?:{_CAP}[ ]|(?i:de|del|da|do|la|le|des|du)[ ]){{0,4}}{_CAP}           # 12 rue Haute
    | ,?[ ](?i:rue|calle|avenida|rua|chemin|carrer)[ ]
        (?:{_LOW}[ ]){{0,4}}{_LOW}                                             # 688 rue du centre
    )
    """,
    re.VERBOSE,
)
# Addresses that start with a street word or a box, unit or apartment.
_ADDRESS_CUED = re.compile(
    rf"""
    (?i:rue|via|viale|calle|avenida|av\.|avda\.?|rua|piazza|avenue|chemin|carrer|ulica|odos|corso|
        largo|travessa)
        [ ](?:{_CAP}[ ]|(?i:de|del|da|do|di|la|le|des|du|dos|das)[ ]){{0,4}}{_CAP},?[ ]
        \d{{1,5}}(?![\w])                                                      # Rua Igreja 25
    | (?:P\.?[ ]?O\.?[ ]?Box|PSC|Unit|Box)[ ]\d{{1,6}}(?:,?[ ]Box[ ]\d{{1,6}})?
        (?:\s{{0,3}}[AFD]PO[ ][A-Z]{{2}}[ ]\d{{5}})?(?![\w])
    | (?:USNS|USS|USCGC)[ ][A-Z][a-z]{{1,20}}\s{{0,3}}FPO[ ][A-Z]{{2}}[ ]\d{{5}}
    | (?:Apt|Apartment|Suite|Flat|APT|SUITE)\.?[ ]\#?\d{{1,5}}[A-Za-z]?(?![\w])
    | apt(?:\.[ ]?\#?|[ ]?\#)\d{{1,5}}[A-Za-z]?(?![\w])                          # apt. 169
    """,
    re.VERBOSE,
)
_address_cued = anchored_matches(
    words(
        "rue via viale calle avenida av avda rua piazza avenue chemin carrer ulica odos corso "
        "largo travessa p psc unit box usns uss uscgc apt apartment suite flat"
    ),
    _ADDRESS_CUED,
)
# A street name with a glued suffix, then a number ("Allika 46", "Hauptstraße 5").
_GLUED_WORDS = tuple(_GLUED_SUFFIX[3:-1].split("|"))
_AFTER_GLUED = re.compile(r"[ ]\d{1,5}[A-Za-z]?(?![\w])")


def _find_glued_streets(text: str) -> Iterator[tuple[int, int]]:
    # Looking up each suffix in the whole text cost a pass per suffix; spaces
    # before a digit are few, and each is checked against every suffix at once.
    folded = fold_case(text)
    # A glued street name can end only where a space comes before a house number, and
    # a digit after a space starts a run of digits (digit_runs, shared per scan).
    for digits, _ in digit_runs(text):
        end = digits - 1
        if end < 0 or text[end] != " ":
            continue
        if not folded.endswith(_GLUED_WORDS, 0, end):
            continue
        after = _AFTER_GLUED.match(text, end)
        if after is None:
            continue
        for suffix in _GLUED_WORDS:
            if not folded.endswith(suffix, 0, end):
                continue
            start = end - len(suffix)
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'"):
                start -= 1
            if end - start - len(suffix) >= 3 and text[start].isupper():
                yield start, after.end()


# A street name and house number in any language ("Villacher Strasse 89",
# "Dunajska 56"), after words that say a place follows. At least one word of
# the name must not be an ordinary English word, so "line 42" or "Room 5" is
# not an address.
_ADDRESS_AFTER_CUE = re.compile(
    r"""
    (?i:lives?|living|lived|resides?|located|situated|station\s+is|office\s+is|meet(?:\s+(?:me|us))?|
        deliver(?:ed)?(?:\s+it)?|send\s+(?:it|this|them)|sent|ship(?:ped)?(?:\s+it)?|return(?:\s+it)?|
        drops?\s+you\s+off|address\s+is|address:|address\s+to|(?:sent|send|taxi|ride|deliver(?:ed)?)\s+to|
        arrived\s+at|(?:is|are)\s+at|(?:it|this)\s+is|corner\s+of|parked|waiting|stopped)
    [ \t]+(?:(?i:at|on|to)[ \t]+)?(?:(?i:the\s+corner\s+of|the\s+\w+\s+side\s+of)[ \t]+)?
    (?P<v>(?:\d{1,6}[ ])?(?:(?:C/|[^\W\d_][\w'’.-]{0,30})[ ]){1,4}\d{1,5}[A-Za-z]?(?![\w/:.,]\d)
      # a number of days or doses, not a house: "stopped taking his furosemide 2 weeks ago"
      (?![ \t]*(?i:weeks?|days?|months?|years?|hours?|mins?|minutes?|times|mg|ml|tablets?|
                   pills?|doses?)\b))
    """,
    re.VERBOSE,
)
_address_after_cue = anchored_matches(
    words(
        "live lives living lived reside resides located situated station office meet deliver "
        "delivered send sent ship shipped return drop drops address taxi ride arrived is are it "
        "this corner parked waiting stopped"
    ),
    _ADDRESS_AFTER_CUE,
)


# Military post: "FPO AE 09499", "USNS Mercy FPO AP 96672".
_MILITARY_POST = re.compile(
    r"(?:\b(?:USNS|USNV|USS|USCGC)[ ][^\W\d_]{2,20}\s{1,3})?\b[AFD]PO[ ]A[AEP][ ]\d{5}\b", _I
)


def _find_cued_street_numbers(text: str) -> Iterator[tuple[int, int]]:
    if "po a" in fold_case(text):
        for m in _MILITARY_POST.finditer(text):
            yield m.span()
    common = common_words()
    for m in _address_after_cue(text):
        name_words = [w for w in m.group("v").split() if not w[0].isdigit()]
        if any(w.lower().strip(".") not in common for w in name_words):
            yield m.span("v")


def _find_addresses(text: str) -> Iterator[tuple[int, int]]:
    for start, end in _address_spans(text):
        if not (_made_up_address(text, start, end) or from_public_page(text, start, end)):
            yield start, end


def _address_spans(text: str) -> Iterator[tuple[int, int]]:
    # A numbered address starts where a run of digits does: tried only there.
    for m in matches_at(_ADDRESS_NUMBERED, text, [start for start, _ in digit_runs(text)]):
        if _address_ok(m):
            yield m.span()
    for m in _address_cued(text):
        yield m.span()
    yield from _find_glued_streets(text)
    yield from _find_cued_street_numbers(text)
    if len(text) <= _LOWER_ADDRESS_TEXT and text.islower():
        for m in matches_at(_ADDRESS_LOWER, text, [start for start, _ in digit_runs(text)]):
            yield m.span("v")


# A request typed all in lower case writes its addresses so too: "his parents place in
# cork this month, 4 ballintemple rd". After "at", "to", "is", "address" or a comma only,
# and not with words that count ("2 more lane closures", "3 miles down the road").
_LOWER_ADDRESS_TEXT = 300
_ADDRESS_LOWER = re.compile(
    r"(?:(?<=, )|(?<=: )|(?<=at )|(?<=to )|(?<=is )|(?<=ss ))(?P<v>\d{1,5}[a-z]?[ ]"
    r"(?!(?:more|less|miles?|hours?|mins?|minutes?|days?|weeks?|months?|years?|people|times|extra|"
    r"new|old|big|small|little|floors?|doors?|cars?|km|kms|lanes?|ways?|of|the|and|or|main)\b)"
    r"[a-z]{3,20}(?:[ ][a-z]{3,20})?[ ](?:rd|road|st|street|ave|avenue|lane|ln|drive|dr|close|"
    r"crescent|cres|way|court|ct|place|pl|terrace|tce|grove|gardens|gdns|hill|row|walk|mews|"
    r"square|sq|boulevard|blvd))\b"
)


# The streets and towns forms and training decks use for nowhere ("1 Example Street,
# Anytown"), and words that say an address was made up for the purpose. Not "test" or
# "sample" alone: "drop the sample at 12 Oak Road" is a real address.
_MADE_UP_STREET = re.compile(
    r"\b(?:Example|Test|Sample|Fake|Dummy|Placeholder|Fictional|Any(?:town|where|ville|city|street)|"
    r"Muster\w*)\b",
    _I,
)
# Addresses everyone knows, of landmarks and of fiction, asked about as such ("Sherlock
# Holmes lived at 221B Baker Street, right for the quiz?"). Given as someone's ("my home
# address is 221B Baker Street", "send the docs to 221 Baker St") they stay local.
_LANDMARK = re.compile(
    r"\b(?:221B?\s+Baker\s+St|10\s+Downing\s+St|1600\s+Pennsylvania\s+Ave|742\s+Evergreen\s+"
    r"Terrace|4\s+Privet\s+Drive|12\s+Grimmauld\s+Place|1600\s+Amphitheatre\s+P|1\s+Infinite\s+"
    r"Loop|350\s+Fifth\s+Ave)",
    _I,
)
_LANDMARK_TALK = re.compile(
    r"\b(?:quiz|trivia|famous|fictional|sherlock|holmes|watson|prime\s+minister|pm's|president|"
    r"white\s+house|simpsons|potter|museum|tourists?|landmark|exercise|"
    # generated test data: "faker keeps spitting out 742 Evergreen Terrace in staging"
    r"faker|staging|seed(?:ed)?\s+data|fixtures?|test\s+data|dummy|placeholder)\b",
    _I,
)


def _landmark(text: str, start: int, end: int) -> bool:
    if _LANDMARK.search(text, start, min(len(text), end + 30)) is None:
        return False
    sentence = sentence_around(text, start, end, 120)
    return _LANDMARK_TALK.search(sentence) is not None and _MY.search(sentence) is None


_MADE_UP_NEAR = re.compile(
    r"\b(?:dummy|fake|placeholder|made[- ]up|fictional|fictitious|template|specimen|mock(?:-?up)?|"
    r"Any(?:town|ville|city|where)|(?:sample|example|test|demo)\s+(?:address|record|customer|data)|"
    r"invented|made-?up)\b",
    _I,
)


def _made_up_address(text: str, start: int, end: int) -> bool:
    # The street of a flat stands next to it: "Flat 3, 12 Example Road", "12 Example Road,
    # Flat 3". Other addresses are judged by their own words: "blood sample at 12 Oak Road".
    flat = text[start:end].lower().startswith(("flat", "apt", "apartment", "unit", "suite"))
    lo = max(0, start - 30) if flat else start
    if _MADE_UP_STREET.search(text, lo, min(len(text), end + 30)) or _landmark(text, start, end):
        return True
    around = sentence_around(text, start, end, 60).replace(text[start:end], " ", 1)
    return _MADE_UP_NEAR.search(around) is not None or STAGED_WORDS.search(around) is not None


# Numbered lines that look like an address but are not ("10 Park", "3 Way").
_ADDRESS_FALSE = re.compile(r"^\d+[ ](?:Way|Row|Walk|Gate|Close|Court|Place|Square|Circle|Drive)\b")


def _address_ok(m: re.Match[str]) -> bool:
    value = m.group(0)
    if _ADDRESS_FALSE.match(value) and len(value.split()) == 2:
        return False
    return not (value[0].isdigit() and len(value.split()) == 1)


_POSTCODE_CUE = re.compile(
    r"\b(?:zip|zip\s?code|post\s?code|postal\s+code|postcode|plz)\b\s*+(?:is\b|:|#)?\s*+"
    r"(?P<v>(?-i:[A-Z]{0,2}\d[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{2,4})?"
    # British outward codes may be a letter and one digit: "LS1 4AB", "M1 1AE".
    r"|[A-Z]{1,2}\d[ ]?\d[A-Z]{2}))(?![\w])",
    _I,
)

# --- dates of birth and ages --------------------------------------------------
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?[A-Z][a-z]{2,8}\.?,?\s(?:19|20)\d{2}"
    r"|[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2})"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DOB = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on|\s+in)?|"
    rf"geboren|né(?:e)?\s+le|"
    # Other languages' forms: Geburtsdatum, geb., date de naissance, fecha de nacimiento,
    # geboortedatum, data de nascimento, data di nascita, nascido em, nacido el, urodzony.
    rf"geburtsdatum|geb\.|date\s+de\s+naissance|fecha\s+de\s+nacimiento|geboortedatum|"
    rf"data\s+d[ei]\s+nasc(?:imento|ita)|nascid[oa]\s+em|nacid[oa]\s+el|urodzon[ya])"
    rf"(?!\w)[^\n\d]{{0,25}}?(?P<v>{_DATE})"
    # A birthday without the year, a year of birth without the day.
    rf"|\b(?:my|his|her|our)\s+(?:\w+'s\s+)?(?:birthday|bday|b-day)\s+(?:is|was|falls)\s+(?:on\s+)?(?:the\s+)?"
    rf"(?P<w>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
    rf"|\b(?:i|he|she|we)\s+(?:was|were)\s+born\s+in\s+(?P<y>(?:19|20)\d{{2}})\b",
    _I,
)
_dob_matches = anchored_matches(
    words(
        "d dob date birth birthdate birthday born geboren né my his her our i he she we "
        "geburtsdatum geb fecha geboortedatum data nascido nascida nacido nacida urodzony urodzona"
    ),
    _DOB,
)


_DOB_TRIGGERS = (
    "birth", "dob", "d.o.b", "born", "geboren", "né", "bday", "b-day", "geburtsdatum", "geb.",
    "naissance", "nacimiento", "geboortedatum", "nascimento", "nascita", "nascid", "nacid",
    "urodzon",
)  # fmt: skip


def _find_dob(text: str) -> Iterator[tuple[int, int]]:
    for m in _dob_matches(text):
        for g in "vwy":
            if m.group(g) is not None:
                # "the demo user ... with DOB 01/01/1900": a made-up person's birthday
                if not placeholder_context(text, *m.span(g), 60) and not _PLACEHOLDER_PERSON.search(
                    text, max(0, m.start() - 40), m.start()
                ):
                    yield m.span(g)
                break


# Whose age "my ... is 4" gives: people, not "my pin is 4 digits" or "my score is 85".
_KIN = (
    r"(?:son|daughter|kid|kids|child|boy|girl|baby|toddler|mom|mum|mother|dad|father|wife"
    r"|husband|partner|spouse|brother|sister|grandma|grandmother|grandpa|grandfather|nephew"
    r"|niece|cousin|aunt|uncle|stepson|stepdaughter|grandson|granddaughter|boyfriend|girlfriend"
    r"|colleague|manager|boss|friend|patient|client|oldest|eldest|youngest|twins?)"
)
_AGE = re.compile(
    r"(?:\b(?:he|she)\s+(?:just\s+|recently\s+)(?:turned|turning)\s+(?P<h>\d{1,3})\b"
    r"|\b(?:i|i'm|im|we|my\s+" + _KIN + r"|patient)\s+(?:just\s+|recently\s+|will\s+|'ll\s+)?"
    r"(?:turned|turn|turning|am|is|was|aged)\s+(?P<a>\d{1,3})(?!\d)(?:\s*(?:years?|yrs?|yo)\b)?"
    r"|\b(?P<b>\d{1,3})[- ](?:years?|yrs?)[- ]old\s+(?:male|female|patient)\b"
    r"|\b(?:my|our)\s+(?P<g>\d{1,3})[- ](?:years?|yrs?)[- ]old\b"
    r"|\b(?:i|my\s+\w+)\b[^.?!\n]{0,40}\bat\s+the\s+age\s+of\s+(?P<c>\d{1,3})\b"
    r"|\b(?:patient|client)\s+aged?\s*:?\s+(?P<d>\d{1,3})\b"
    r"|\b(?:my)\s+age\s+(?:is\s+)?(?P<e>\d{1,3})\b"
    r"|\bI'll\s+turn\s+(?P<f>\d{1,3})\b)",
    _I,
)


_AS_IF = re.compile(r"\b(?:like|as\s+if|as\s+though|pretend)\s+$", _I)

# Its only branch that starts with a number is "45-year-old male": tried at numbers only
# when "old" stands in the text.
_age_matches = CuePattern(_AGE, digits_need=("old",)).finditer


def _find_age(text: str) -> Iterator[tuple[int, int]]:
    if is_fiction(text):
        return
    for m in _age_matches(text):
        if _AS_IF.search(text, max(0, m.start() - 12), m.start()):
            continue  # "explain it like I'm 5"
        for g in "abcdefgh":
            if m.group(g) is not None:
                # "my 7-year-old wants a pet": a child's age alone says little; what
                # else the text tells about the child is read by the other detectors.
                if 0 < int(m.group(g)) < 120 and not (g == "g" and int(m.group(g)) < _ADULT):
                    yield m.span(g)
                break


_ADULT = 18


# --- person names in context --------------------------------------------------
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]{1,20}"
# One line: "From: Jan Kowal\nSubject: ..." ends at the line.
_FULL_NAME = rf"{_NAME}(?:[ \t](?:[A-Z]\.?[ \t])?{_NAME}){{0,2}}"
# Roles that come before a person's name (see _NAME_CUES and _cued_names_kept).
_ROLES_AT_WORK = (
    # Chief officers are often public figures ("Volkswagen CEO Herbert Diess"): only "our".
    r"employee|our\s+(?:ex-|former\s+|new\s+)?(?:CEO|CTO|CFO|COO|CISO)|intern|contractor|supervisor|"
    r"joiner|starter|porter|cashier|driver|technician|engineer|developer|analyst|nurse|"
    r"teacher|pupil|student|resident|client|customer|caller|claimant|applicant|"
    r"candidate|agent|cleaner|guard|volunteer|coworker|co-worker|teammate|trainee"
)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLES_AT_WORK})\s+$")
_NAME_CUES = re.compile(
    rf"""
    (?:\b(?i:my|his|her|the\s+patient's|the\s+client's|the\s+customer's)\s+(?i:full\s+|legal\s+|real\s+)?(?i:name)\s+(?i:is|was)\s+
      |\bI\s+am\s+(?=[A-Z][a-z]+\s[A-Z])|\bI'm\s+(?=[A-Z][a-z]+\s[A-Z])|\bthis\s+is\s+(?=[A-Z][a-z]+\s[A-Z][a-z]+[,.])
      |\b(?i:(?:last|first|family|given|middle|maiden)\s+name\s+(?:is|was)|surname\s+(?:is|was))\s+
      |\b(?i:my|his|her)\s+(?i:partner|wife|husband|son|daughter|mother|father|mom|mum|dad|
          child|kid|boss|manager|colleague|friend|tenant|landlord)['’]s\s+(?i:full\s+|legal\s+)?
          name\s+(?:(?i:is|was)\s+)?
      |\b(?i:call\s+me|(?:last|first|family|given|middle|maiden)\s+name\??|surname|
           follow\s+up\s+with|speak\s+(?:to|with)|talk\s+to|remove\s+my\s+\w+|add\s+my\s+\w+|
           my\s+(?:kid|son|daughter|wife|husband|partner|manager|boss|colleague|coworker|friend|
                  mom|dad|brother|sister))\s
      |(?<![^\n> \t])(?i:name|full\s+name|patient|employee|contact|from|to)[ \t]*:[ \t]*
      |\b(?i:signed)\s*:?\s|\b(?i:patient)\s+(?=[A-Z][a-z]+\s[A-Z])
      |\b(?:Dear|Hi|Hello|Hey)\s(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s?[,!:\n])
      |\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle)\.?\s|\b(?:mr|mrs|ms|dr)\.\s
      |\b(?:Regards|Best|Cheers|Thanks|Sincerely|Yours)[,!]?\s*\n\s*
      |\b(?i:under(?:\s+the\s+name(?:\s+of)?)?|change\s+it\s+to|correct\s+it\s+to|add|name\s+(?:it\s+)?to)\s+(?={_NAME}\s{_NAME}(?:\s+as\b|[?.!,]|$))
      |\bname\s+(?:on|in)\s+the\s+\w+\s+(?:is|as)\s+
      |\b(?i:name)(?:[ \t](?:on|of|in|for)[ \t][^?\n]{{1,30}})?\?\s*
        (?:(?i:user|customer|me|answer|a)\s*:\s*)?(?=[A-Z][a-z]+\s[A-Z])
      |\b(?:guardian|beneficiary|spouse|husband|wife|son|daughter|mother|father|colleague|manager|
          boss|friend|tenant|landlord|doctor|grand(?:mother|father|son|daughter|ma|pa)|
          # People by their role at work: "our ex-CTO Yoav Shalem", "employee Iker Etxeberria".
          {_ROLES_AT_WORK})\s+
          (?:(?:is|was)\s+(?:called|named)\s+|is\s+|named\s+|called\s+)?(?=[A-Z][a-z]+\s[A-Z][a-z]+)
    )(?P<v>{_FULL_NAME})
    """,
    re.VERBOSE,
)
# Every alternative of _NAME_CUES starts with one of these (see anchored_finder).
_NAME_CUE_WORDS = words(
    """
    my his her the i i'm this call last first family given middle maiden surname follow speak
    talk remove add name full patient employee contact from to signed dear hi hello hey mr mrs
    ms miss mx dr prof sr sra herr frau mme mlle regards best cheers thanks sincerely yours
    under change correct guardian beneficiary spouse husband wife son daughter mother father
    colleague manager boss friend tenant landlord doctor grandmother grandfather grandson
    granddaughter grandma grandpa our co intern contractor
    supervisor joiner starter porter cashier driver technician engineer developer analyst nurse
    teacher pupil student resident client customer caller claimant applicant candidate agent
    cleaner guard volunteer coworker teammate trainee
    """
)
_cued_names = anchored_finder(_NAME_CUE_WORDS, _NAME_CUES, group="v", word_needs=True)
_NOT_NAMES = words(
    """
    The A An I It This That These Those There Here We You They He She My Your Our His Her
    Their What Which Who How When Where Why Yes No Not Please Thanks Thank Hello Hi Dear Sir
    Madam All Team Everyone Customer Support Admin Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Python Java Excel Windows Linux Google Microsoft Apple Sorry Just Also
    Can Could Would Should Will Is Are Was Were Do Does Did Have Has Had Not Unknown None
    Null True False Good Great Fine Ok Okay Happy Glad Using Looking Trying Going Working
    New Best Kind Warm Regards Cheers Sincerely Yours Name Claude Siri Alexa Bard Gemini Copilot
    Cortana ChatGPT
    """
)


# Word endings of ordinary nouns and adjectives, rare in people's names.
_NOT_NAME_ENDING = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ive|ics|ure|ance|ence|ship|ator|ology|ism|able|ible|"
    r"ful|less|ous|ary|ory|ize|ise|ized|ised|ware|ucts|ets|als)$"
)


# A listed given name, an optional initial, then one or two capitalised surnames.
_GIVEN_THEN_SURNAME = re.compile(
    r"(?<![\w.@/-])(?P<g>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,14})(?:[ ][A-Z]\.?)?[ ]"
    r"(?P<s>(?:Mc|Mac|O'|D'|De|Van|Von|Di|Da|Le|La|Al-|El-)?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]{1,20}"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,20})?)(?![\w@])"
)
# Capitalised words that follow a given name in places, brands and titles.
_NOT_SURNAMES = words(
    """
    Street Road Avenue Lane Drive Boulevard Square Park Beach Lake River Island Bay City
    County Center Centre Hall Museum Airport Station Bank Group Inc Ltd Company Corp
    Foundation Award Prize Act Law Theorem Equation Method Algorithm Test Protocol Effect
    Model Distribution Process Cup Day University College School Church Hospital Clinic
    Institute Library Hotel Mall Market Valley Mountain Mountains Hills Falls Springs Bridge
    Tower Castle Palace Garden Gardens Forest Islands Coast Sea Ocean Channel Canal State
    States Republic Kingdom Empire Dynasty Era Age War Wars Show Series Season Episode Movie
    Film Book Novel Song Album Band Tour Festival Games Game Club Team Cathedral Secret
    Express Times Post News Journal Magazine Review Press Records Studios Studio Pictures
    Airlines Air Motors Labs Systems Software Network Networks Media Energy Health Care
    Services Service Solutions Technologies Technology Holdings Partners Capital Fund Trust
    Brothers Sisters Sons And Or Of The In On At To For With From By As Is Was Are Were Will
    Can Stone Rose Cross Hill Wood Woods Field Fields Grove Point Harbor Harbour Port Bay
    Heights Code Python Java Script Language Framework Library Protocol Format Standard
    Classic Edition Pro Plus Max Mini Ultra Lite Prime Premium Gold Silver Platinum
    """
)


# Texts about public figures and works: a bare name there is not personal data.
_PUBLIC_CONTEXT = re.compile(
    r"\b(?:author|book|novel|film|movie|series|persona|celebrity|famous|biography|character|"
    r"characters|actor|actress|singer|president|named\s+entit|news|article|historical|script|"
    r"anime|game|episode|wikipedia|quote|poet|painter|composer|philosopher|scientist|"
    r"copula|theorem|algorithm|law|effect|distribution|"
    # Scenes and dialogues to write, and people known for their work. Music words
    # ("song", "album") were measured too: they hid names in requests and spared
    # no harmless prompt.
    r"dialogue|dialog|scene|monologue|sitcom|cartoon|known\s+for|paintings?|sculptures?|"
    r"portraits?|self-portraits?|"
    # Public lives: work, records and honours, and authors someone has (never) read.
    r"novelist|playwright|inventor|invented|discovery|discoveries|legacy|achievements|"
    r"contributions|nobel|memoir|autobiography|biopic|documentary|career|athlete|olympics?|"
    r"championships?|wimbledon|grand\s+slam|world\s+cup|prime\s+minister|emperor|dynasty|"
    r"(?:never|ever|not|already|have|has|haven't|hasn't)\s+read|"
    # Questions about the dead and the famous: "Who was Ada Lovelace ...?", "What did Marie
    # Curie discover?", "books similar to The Martian by Andy Weir".
    r"\A\s*who\s+(?:was|were)\s+[\w.'-]+(?:\s+[\w.'-]+)?\s*(?:\?|and\s+(?:why|what|how|when))|"
    r"discover(?:ed|s)?|books|novels|films|movies|"
    # Court cases are public: "the Ellen Pao v. Kleiner Perkins case".
    r"v\.\s+\w+|"
    # What someone has said to the world: "Selena Gomez spoke publicly about her lupus".
    r"publicly|went\s+public|press\s+conference|public\s+domain|"
    # Talks given to the world: "the public webinar on burnout by ..., it's on YouTube".
    r"ted\s+talks?|youtube|podcasts?|public\s+(?:webinar|lecture|talk|keynote))\b"
)
_ATTRIBUTION = re.compile(
    r"\b(?:by|of|like|vs\.?|versus|as|featuring|starring|about|@author|author:?)\s+$",
    re.IGNORECASE,
)


# A bare name is someone's personal data in a request ("please add Maria
# Gonzalez"), rarely in an essay or exam question ("Charles Darwin expected").
_CONVERSATIONAL = re.compile(
    r"\b(?:i|i'm|im|me|my|we|our|us|you|your|please|pls|can|could|would|need|want|hi|hello|thanks)\b"
)
_MAX_CONVERSATIONAL = 600


def _find_given_surname(text: str) -> Iterator[tuple[int, int]]:
    if len(text) > _MAX_CONVERSATIONAL:
        return
    folded = fold_case(text)
    if _PUBLIC_CONTEXT.search(folded) or not _CONVERSATIONAL.search(folded):
        return
    for m in _GIVEN_THEN_SURNAME.finditer(text):
        if _ATTRIBUTION.search(text, max(0, m.start() - 12), m.start()):
            continue
        given = m.group("g")
        surname = m.group("s")
        if given.lower() not in GIVEN_NAMES or surname in _NOT_SURNAMES or surname in _NOT_NAMES:
            continue
        if _NOT_NAME_ENDING.search(surname):
            continue
        yield m.span()


def _find_names(text: str) -> Iterator[tuple[int, int]]:
    # Invented people in stories and role-play; a story request that keeps "the
    # real details" is no fiction (see topics.is_fiction).
    if is_fiction(text):
        return
    spans = [
        s
        for s in _names_in_context(text)
        if not _placeholder_person(text, *s) and not _asker(text, s[1])
    ]
    yield from spans
    yield from repeated_names(text, spans)


# Whoever asks a question passed on: "Dr. Okafor asked whether we can text door codes",
# "Mr Patel wants to know how eduroam works abroad". What they asked about is read by the
# other detectors; who asked it is no one's private data.
_ASKED_WHETHER = re.compile(
    r"\s+(?:asked|asks|is\s+asking|was\s+asking|wants\s+to\s+know|wanted\s+to\s+know|"
    r"would\s+like\s+to\s+know|wonders|was\s+wondering|is\s+wondering)\s*(?::|,)?\s*"
    r"(?:whether|if|how|what|when|why|where|which|who|can|could|is|are|do|does|should)\b",
    re.IGNORECASE,
)


def _asker(text: str, end: int) -> bool:
    return _ASKED_WHETHER.match(text, end) is not None


# The names forms and manuals use for nobody: John Doe, Joe Bloggs, Max Mustermann,
# John Citizen, Jane Sample.
_PLACEHOLDER_PERSON = re.compile(
    r"\b(?:Doe|DOE|Bloggs|Mustermann|Musterfrau|Citizen|Sample|Example|Placeholder|Dummy|"
    r"Test(?:case|er|user|patient)?)\b"
)


def _placeholder_person(text: str, start: int, end: int) -> bool:
    # The surname may follow a given name found on its own ("Jane" in "Jane Doe").
    return _PLACEHOLDER_PERSON.search(text, start, min(len(text), end + 12)) is not None


# Data the writer says is invented: its names are no one's ("sample data I made up").
_MADE_UP = re.compile(
    # Not a fraud: "fake Uber receipts" are a real person's.
    r"\b(?:made[- ]up|fake(?!\s+(?:\w+\s+)?(?:receipts?|invoices?|expenses?|claims?|sick\s+notes?|"
    r"reviews?|timesheets?|overtime|mileage)\b)|dummy|placeholder|lorem\s+ipsum|specimen|"
    r"(?:sample|test|mock|synthetic|"
    r"example|demo|dummy)\s+(?:data|names?|records?|rows?|users?|customers?|people|csv|file|"
    r"spreadsheet|dataset|table|sheet|import))\b"
)


def _names_in_context(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    yield from find_lower_case_cued_names(folded)
    yield from _cued_names_kept(text)
    # Names without a cue only in short requests (every finder below keeps to
    # them), and not in data the writer made up.
    if len(text) > MAX_CONTEXT_TEXT or _MADE_UP.search(folded):
        return
    yield from _find_given_surname(text)
    public = _PUBLIC_CONTEXT.search(folded) is not None
    yield from find_context_names(text, public=public)
    if len(text) <= MAX_BARE_NAME_TEXT:
        yield from find_single_names(text)
        yield from find_bare_names(text, public=public)


# Words that make a cued name a group's ("From: Ops Team", "Hi IT Support,").
_GROUP_WORDS = frozenset(
    ("Team", "Support", "Desk", "Helpdesk", "Department", "Dept", "Office", "Crew")
)
# An animal's name is no one's personal data: "a shop cat (her name is Crumb)".
_PET_BEFORE = re.compile(
    rf"(?:{ANIMAL.pattern}|\bpets?\b)[^.!?\n]{{0,60}}\b(?:his|her|its|their)\s+names?\s+(?:is|are|was)\s+$",
    re.IGNORECASE,
)


# A field label: "From: Backend", "name: Pancakes" name a team or a thing when every
# word after them is an ordinary English word that is no one's given name.
_LABEL_BEFORE = re.compile(r"(?i:from|to|name|contact)[ \t]*:[ \t]*$")


def _only_words(parts: list[str]) -> bool:
    common = common_words()
    return all(
        (low := p.strip(".,'’").lower()) in common and low not in given_names() for p in parts
    )


def _cued_names_kept(text: str) -> Iterator[tuple[int, int]]:
    for start, _end in _cued_names(text):
        parts = text[start:_end].split()
        group = False
        while parts and parts[-1].rstrip(".") in _NOT_NAMES:
            group = group or parts.pop().rstrip(".") in _GROUP_WORDS
        if not parts or parts[0] in _NOT_NAMES or group:
            continue
        if _PET_BEFORE.search(text, max(0, start - 100), start):
            continue
        if _only_words(parts) and (
            _LABEL_BEFORE.search(text, max(0, start - 16), start)
            or _ROLE_BEFORE.search(text, max(0, start - 16), start)
        ):
            continue  # "From: Backend", "our customer Service Desk"
        # "Florence" ends like "licence": a listed given name is still a name. A
        # trailing word with such an ending is left off ("Ivan King"), a leading
        # one drops the finding ("Dear Testing Team").
        # After a title the first word is a surname whatever its ending ("Mr.
        # Manning").
        fixed = 1 if _TITLE_BEFORE.search(text, max(0, start - 8), start) else 0
        while len(parts) > fixed and _ordinary_ending(parts[-1]):
            parts.pop()
        if not parts or any(_ordinary_ending(w) for w in parts[fixed:]):
            continue
        yield start, start + len(" ".join(parts))


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|mr|mrs|ms|dr)\.?\s$")


def _ordinary_ending(word: str) -> bool:
    return _NOT_NAME_ENDING.search(word) is not None and word.lower() not in given_names()


# --- personal location --------------------------------------------------------
_PLACE_UP = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я"
_PLACE_WORD = rf"[{_PLACE_UP}][A-Za-zÀ-ÿĀ-žΑ-Ωα-ωА-я'’.-]{{1,30}}"
_PLACE = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}"
# A place typed in lower case, after cues that leave no doubt it is one.
_ANY_CASE_PLACE = (
    r"[^\W\d_][\w'’-]{1,30}(?:\s(?!(?i:last|this|next|in|a|ago|when|and|but|because|so|for|"
    r"with|to|at|on|since|years?|months?|weeks?)\b)[^\W\d_][\w'’-]{1,30}){0,2}"
)
_LOCATION = re.compile(
    rf"""
    \b(?i:i|we|he|she|they)\s+(?:currently\s+|now\s+|still\s+)?
      (?:live|lives|lived|reside|resides|stay|stays|moved(?:\s+here|\s+house|\s+home|\s+flat)?|relocated|
         am\s+moving|are\s+moving)
      \s+(?:(?:right|rght|rite|just|really|very)\s+)?
      (?:in|at|to|from|on|near|by|next\s+to|opposite|close\s+to|round\s+the\s+corner\s+from)
      \s+(?:the\s+)?(?P<a>{_PLACE})
    |\b(?i:I'm|Im|I\s+am|we're|we\s+are)\s+(?i:currently\s+|now\s+|still\s+)?
      (?i:in|at|based\s+in|from|staying\s+in|staying\s+at|stuck\s+(?:in|at)|stranded\s+(?:in|at)|
         working\s+(?:remotely\s+)?from|
         waiting\s+(?:in|at)|sitting\s+(?:in|at))\s+(?i:the\s+)?
      (?P<b>{_PLACE})(?:\s+(?:airport|station|hotel|hospital|office|area|branch|site|campus|lobby|lounge|
         library|reception|terminal|cafe|café|restaurant|depot|store|shop|warehouse|yard|plant|factory|
         clinic|school|centre|center|hub|base|ward|gym))?
      (?=\s*[,.!?]|\s*$|\s+(?:at|for|on|in|right|now|this|today|until|till|tonight|tomorrow|
         waiting|and|so|but|with|since|all)\b)
    |\b(?:my|our|his|her)\s+(?:new\s+|old\s+|previous\s+|correct\s+|updated\s+|permanent\s+)?
      (?:home\s+|current\s+|exact\s+|gps\s+|physical\s+|mailing\s+|postal\s+|shipping\s+|delivery\s+
         |billing\s+|residential\s+|registered\s+|forwarding\s+)?
      (?:address|addr|adress|addy|location|whereabouts|coordinates)\s*(?:is|are|:)\s*(?P<c>[^\n.?!]{{3,80}})
    |\b(?i:my|our)\s+(?i:house|home|flat|apartment|place)\s+(?i:is)\s+(?:[\w\s]{{0,30}}?)
      (?i:on|at|in|near|off)\s+(?P<l>[^\n.?!]{{0,40}}(?:[A-Z][a-z]|\d)[^\n.?!]{{0,40}})
    |\b(?:travell?ing|flying|going|heading|moving|coming|relocating|emigrating)\s+to\s+(?P<d>{_PLACE})\s+
      (?:next|this|on|tomorrow|tonight|with\s+me)\b
    |\b(?i:moved\s+here\s+from|(?:i'm|im|i\s+am|we're|we\s+are|i\s+was|we\s+were|i\s+come|we\s+come)
         \s+originally\s+from|originally\s+(?:i'm|im|i\s+am|we're|we\s+are)\s+from)
      \s+(?P<e>{_PLACE}|{_ANY_CASE_PLACE})
    |\b(?i:I|we)\s+(?i:just\s+|recently\s+)?(?i:returned|went|flew|drove|travell?ed|got\s+back|visited|toured)
      \s+(?i:to\s+|from\s+)?(?P<g>{_PLACE})
    |\b(?i:i|we|he|she|they)\s+(?i:currently\s+|now\s+|still\s+|just\s+)?
      (?i:live|lives|stay|stays|am\s+staying|are\s+staying|moved|relocated|was\s+born|were\s+born)
      \s+(?i:in|at|to)\s+(?!(?i:a|an|the|my|our|this|that|fear|hope|peace|denial|harmony|luxury|
          poverty|comfort|style|dread|terror|constant|such|one|two|line|sync|time|order|case|
          # "where should I stay in and what...", "I live in zone 6b" (a planting zone)
          and|or|but|what|which|where|when|how|if|so|zone)\b)
      (?P<j>(?:\d{{1,5}}[a-z]?,?\s)?{_ANY_CASE_PLACE})
    |\b(?i:i'll|ill|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s+be\s+(?i:in|at)\s+
      (?P<k>{_PLACE})\s+(?i:from|on|next|this|until|till|for|tomorrow|tonight|all)\b
    |\b(?i:live(?=\s+at\b)|lives|lived|living|resides|resided|staying)\s+
      (?i:at|on(?!\s+(?:in|as|through|forever|and)\b))\s+
      (?:the\s+\w+\s+side\s+of\s+)?
      (?P<f>[^\n.?!]{{3,80}})
    |\b(?i:i'm|im|i\s+am|i'll\s+be|i\s+will\s+be)\s+(?i:moving|relocating|emigrating|going\s+to\s+move)
      (?:\s+(?i:house|back|abroad|over))?\s+(?i:to)\s+(?P<m>{_PLACE})
    |\b(?i:his|her|their|the\s+customer's|the\s+client's)\s+(?i:home\s+)?(?i:address)\s*(?:is|:)\s*
      (?P<i>[^\n.?!]{{3,80}})
    """,
    re.VERBOSE,
)
_GPS = re.compile(
    r"\b(?:gps|coordinates|coords|lat(?:itude)?(?:/long?)?|location|position|located\s+at|"
    r"(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:at|near|around)|pin|here|"
    # "tracker says van 9 was at 52.48, -1.89", "last pinged near ..."
    r"(?:was|is|were|are|parked|stopped|last\s+seen|pinged|broke\s+down|broken\s+down|crashed|"
    r"stranded|stuck|waiting|spotted|found|collapsed|sitting|standing|parks|parking|camps|camped|"
    r"based|stationed)\s+(?:at|near|around)|"
    # "van tracker puts Lee at 51.4816, -0.1910", "my run starting from 53.4084, -2.9916"
    r"(?:puts|put|places|placed|shows|showed|tracked|logged|clocked)\s+(?:\w+\s+){0,3}?(?:at|near|around)|"
    r"(?:starting|started|starts|leaving|left|set\s+off)\s+from|"
    # "last ping 52.4862,-1.8904 about 10 min ago"
    r"(?:last\s+)?ping|last\s+(?:fix|known|position)|"
    # "tracker show 24.7136 46.6753": what a tracker shows, the pair maybe without a comma.
    r"(?:tracker|gps|location|map)\s+(?:shows?|showed|showing|says|said|has)(?:\s+(?:him|her|them|it))?)\b"
    r"[^\n\d-]{0,20}(?P<v>-?\d{1,2}\.\d{3,8},\s?-?\d{1,3}\.\d{3,8}|"
    # "11.5214 N 13.6867 E": the hemispheres written as letters
    r"\d{1,2}\.\d{3,8}\s?[NSns],?\s+\d{1,3}\.\d{3,8}\s?[EWew]\b|"
    r"-?\d{1,2}\.\d{4,8}\s-?\d{1,3}\.\d{4,8})(?![\w.])",
    _I,
)


_gps_matches = CuePattern(_GPS, word_needs=True).finditer
_COORDINATE_PAIR = re.compile(r"\d\.\d{3,8},\s?-?\d{1,3}\.\d{3}|\d\.\d{4,8}\s-?\d{1,3}\.\d{4}")
_BARE_PAIR = re.compile(r"(?<![\w.])-?\d{1,2}\.\d{3,8},\s?-?\d{1,3}\.\d{3,8}(?![\w.])")
_SOMEONE_THERE = re.compile(
    r"\b(?:he|she|him|his|her|they|them|i'm|im|i\s+am|we're|we\s+are|(?-i:[A-Z][a-z]+)'s|tech|"
    r"technician|driver|engineer|rider|courier|crew|worker|colleague|operative)\b",
    _I,
)
_TRACKED = re.compile(
    r"\b(?:tracker|tracking|gps|location|map|maps|coordinates|coords|lat|pinned)\b", _I
)
_COORDINATE_TALK = re.compile(
    r"\b(?:formats?|formatted|notation|decimal\s+degrees|convert|conversion|parse|parsing|regex)\b",
    _I,
)
_location_matches = anchored_matches(
    words(
        "i we he she they i'm im my our his her their the travel flying going heading moving "
        "coming moved lives lived living resides resided staying originally relocating emigrating"
    ),
    _LOCATION,
    word_needs=True,
)


# "Estonia was great to visit": a place the writer has been to.
_VISITED = re.compile(
    rf"(?P<p>{_PLACE})\s+(?:was|is)\s+(?:\w+\s+){{0,2}}?(?:fun|great|amazing|lovely|nice|beautiful|"
    rf"wonderful|awesome|boring)\s+to\s+visit\b"
)


def _find_visited(text: str) -> Iterator[tuple[int, int]]:
    i = text.find(" to visit")
    while i != -1:
        lo = max(0, i - 80)
        for m in _VISITED.finditer(text, lo, i + 9):
            yield m.span("p")
        i = text.find(" to visit", i + 9)


# Places of work on a screen, not on a map ("I'm in Teams, no audio").
_APPS = words(
    """
    excel word outlook teams powerpoint onenote sharepoint onedrive office windows zoom slack
    webex skype chrome edge firefox safari jira confluence salesforce workday sap servicenow
    github gitlab bitbucket vscode vs terminal bash powershell citrix vpn okta intune azure aws
    gcp figma miro notion trello asana dropbox box gmail calendar settings safe recovery bios
    python linux ubuntu macos android ios photoshop acrobat tableau looker sql postgres oracle
    kubernetes k8s docker kafka react django terraform snowflake databricks
    """
)


# Teams, departments and stages of work: "I'm in Finance", "I'm from IT", "we're in Q3".
_NOT_PLACES = words(
    """
    finance hr it sales marketing legal ops operations engineering support accounting accounts
    payroll procurement purchasing security dev devops qa admin administration management
    facilities logistics research compliance audit design product data analytics infra
    infrastructure helpdesk servicedesk service level tier grade band sprint q1 q2 q3 q4 phase
    stage step week day year team department dept unit squad group office production prod
    staging
    """
)


# Where people "live" in idioms: "lives on the edge", "moved to the cloud".
_IDIOM_PLACES = words("edge cloud moment past future dream limit fence")


def _not_a_place(text: str, m: re.Match[str], g: str) -> bool:
    words_of = m.group(g).split(",")[0].lower().split()
    # "lives on the edge", "moved to the cloud": the word after "the" says.
    first = words_of[1] if words_of[0] == "the" and len(words_of) == 2 else words_of[0]
    first = first.strip(".,")
    if first in _APPS or first in _NOT_PLACES or first in _IDIOM_PLACES:
        return True
    # "our lockfile lives at `frontend/package-lock.json`": a path
    return text.startswith("`", m.start(g) - 1) or "/" in m.group(g)


def _find_location(text: str) -> Iterator[tuple[int, int]]:
    fiction = is_fiction(text)
    for m in _location_matches(text):
        if fiction:
            break
        for g in "abcdefgijklm":
            if m.group(g) is not None:
                if _not_a_place(text, m, g):
                    break
                if not placeholder_context(text, m.start(), m.end(), 60) and not (
                    _landmark(text, *m.span(g))
                ):
                    yield m.span(g)  # not "lived at 221B Baker Street": a landmark's
                break
    # The cues are common words ("is at", "here"): tried only when a coordinate pair is there.
    # A pair starts at the last digit of a run, before its dot: tried only there.
    gps = any(
        text.startswith(".", end) and _COORDINATE_PAIR.match(text, end - 1) is not None
        for _, end in digit_runs(text)
    )
    for m in _gps_matches(text) if gps else ():
        sentence = sentence_around(text, m.start(), m.end(), 80)
        if _COORDINATE_TALK.search(sentence) or placeholder_context(text, m.start(), m.end(), 60):
            continue  # "is the format 51.5072, -0.1276?": how to write them, not where anyone is
        if "," not in m.group("v") and not _TRACKED.search(sentence):
            continue  # no comma: only where a tracker or a map speaks, not "0.2345 0.5678"
        yield m.span("v")
    yield from _bare_pairs(text) if gps else ()
    if not fiction:
        yield from _find_visited(text)
        for start, end in find_whereabouts(text):
            first = text[start:end].split(maxsplit=1)[0].lower().strip(".,")
            if first not in _APPS and first not in _NOT_PLACES:
                yield start, end  # not "in Excel this week", "in Finance today"


def _bare_pairs(text: str) -> Iterator[tuple[int, int]]:
    """Coordinates without a cue, where someone is: "tech's up turbine T-09 alone till 4,
    57.118,-2.431"."""
    for m in _BARE_PAIR.finditer(text):
        sentence = sentence_around(text, m.start(), m.end(), 80)
        if (
            _SOMEONE_THERE.search(sentence)
            and not _COORDINATE_TALK.search(sentence)
            and not placeholder_context(text, m.start(), m.end(), 60)
        ):
            yield m.span()


# --- employer -----------------------------------------------------------------
# "I work for Rapid Cycle Solutions": with a name or a role it identifies the
# writer. A named organisation only: "I work for a bank" or "at home" is not.
_EMPLOYER = re.compile(
    rf"(?i:work|works|worked|working|employed)\s+(?i:for|at|by)\s+"
    rf"(?P<v>(?:\d+\s)?{_PLACE_WORD}(?:[ ](?:&[ ])?{_PLACE_WORD}){{0,4}})"
)
# Who works there: the writer or someone close ("my wife works for ...").
_WORKER_BEFORE = re.compile(
    r"\b(?i:i|i've|we|he|she|my\s+\w+)\s+(?i:currently\s+|still\s+|used\s+to\s+|also\s+|"
    r"am\s+|was\s+|have\s+been\s+|been\s+|is\s+|are\s+)*$"
)
_employer_matches = anchored_matches(words("work works worked working employed"), _EMPLOYER)
_NOT_EMPLOYERS = words("the a an home my our this that some one two it them us you him her")


def _find_employer(text: str) -> Iterator[tuple[int, int]]:
    if is_fiction(text):
        return
    for m in _employer_matches(text):
        if not _WORKER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        value = m.group("v")
        first = value.split()[0].lower()
        if first in _NOT_EMPLOYERS or first.rstrip(".,") in _NOT_EMPLOYERS:
            continue
        yield m.start("v"), m.start("v") + len(value.rstrip(".,"))


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "email",
        Level.CONFIDENTIAL,
        any_finder(_find_emails, _find_spoken_emails),
        True,
        "e-mail addresses, also spelled out ('jdoe at acme dot com'; not example.com)",
        triggers=("@", *_SPOKEN_TRIGGERS),
    ),
    Detector(
        "phone",
        Level.CONFIDENTIAL,
        _find_phone,
        True,
        "phone numbers: international, national and cued by 'phone:', 'call me on'",
    ),
    Detector("ip_address", Level.CONFIDENTIAL, _find_ip, True, "IPv4/IPv6 (not loopback)"),
    Detector(
        "private_ip",
        Level.INTERNAL,
        _find_private_ip,
        True,
        "private-range IPv4 (10/8, 172.16/12, 192.168/16) not tied to a person's device "
        "or named as one of the organisation's systems",
    ),
    Detector(
        "internal_host",
        Level.CONFIDENTIAL,
        _find_internal_hosts,
        True,
        "host names on an organisation's own network (*.internal, *.corp, *.local, *.lan) "
        "and its VPN gateways",
        triggers=(
            *("internal", "local", "corp", "lan", "intra", "arpa", ".int.", ".priv."),
            *(
                "vpn",
                "remote access",
                "anyconnect",
                "globalprotect",
                "forticlient",
                "ras ",
                "citrix",
            ),
        ),
    ),
    Detector(
        "mac_address",
        Level.CONFIDENTIAL,
        _find_mac,
        True,
        "network MAC addresses",
        triggers=(":", "-"),
    ),
    Detector(
        "street_address",
        Level.CONFIDENTIAL,
        _find_addresses,
        True,
        "street addresses, PO boxes, apartment numbers (many languages)",
    ),
    Detector(
        "postal_code",
        Level.CONFIDENTIAL,
        anchored_finder(words("zip post postal postcode plz"), _POSTCODE_CUE, group="v"),
        True,
        "postal codes introduced by 'zip', 'postcode'",
        triggers=("zip", "post", "plz"),
    ),
    Detector(
        "date_of_birth",
        Level.CONFIDENTIAL,
        _find_dob,
        True,
        "dates introduced by 'born', 'DOB', 'date of birth', 'Geburtsdatum', 'date de naissance'",
        triggers=_DOB_TRIGGERS,
    ),
    Detector("age", Level.CONFIDENTIAL, _find_age, True, "a person's age ('I just turned 46')"),
    Detector(
        "person_name",
        Level.CONFIDENTIAL,
        _find_names,
        True,
        "names in context: 'my name is', salutations, titles, signatures, chat speaker "
        "labels, contact cards",
    ),
    Detector(
        "employer",
        Level.CONFIDENTIAL,
        _find_employer,
        True,
        "the named organisation a person works for: 'I work for Acme Logistics'",
        triggers=("work", "employ"),
    ),
    Detector(
        "location",
        Level.CONFIDENTIAL,
        _find_location,
        True,
        "where a person lives or is: 'I live in', 'my address is', GPS coordinates",
    ),
)
