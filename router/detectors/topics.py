"""Sensitive topics about a person: health, finances, incidents, personal media.

A topic word alone is not sensitive ("What allergies can the app track?");
it becomes so when the text says whose it is ("my allergies", "I was
diagnosed", "patient has"). Words are matched forgivingly, because people
type fast: exact, with the vowels dropped ("my dbts hstry"), or with one
letter wrong, missing or extra ("diabetis", "pasword").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from router.detectors._base import (
    Detector,
    Finder,
    anchored_matches,
    any_finder,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._cues import CuePattern
from router.detectors._shared import shared
from router.levels import Level

_HEALTH = """
diagnosed diagnosis diagnoses allergy allergies allergic medication medications meds prescription
prescriptions prescribed therapy therapist psychiatrist psychologist counselling counseling
depression depressed anxiety diabetes diabetic cancer tumor tumour chemotherapy chemo hiv
pregnant pregnancy miscarriage surgery disability disabilities adhd autism autistic bipolar
schizophrenia ptsd asthma epilepsy epileptic seizure seizures insulin antidepressant
antidepressants illness disease symptoms hospitalized hospitalised hospital rehab addiction
alcoholism hepatitis cholesterol migraine migraines dementia alzheimers biopsy mri
x-ray xray injury injured fracture infection medical health sick sickness doctor gp clinic
physiotherapy ivf fertility menopause postpartum overdose suicidal psychosis
blood condition conditions treatment treatments vaccination vaccine vaccinated
arthritis herniated hernia sciatica scoliosis tendonitis tendinitis insomnia concussion covid
flu stroke cardiac kidney liver lupus crohn's ibs celiac coeliac glaucoma cataract deaf blind
wheelchair prosthetic dyslexia dyslexic ocd anorexia bulimia burnout panic trauma radiotherapy
dialysis transplant physio medicine pills antibiotics inhaler epipen penicillin painkillers
chickenpox measles mumps pneumonia bronchitis norovirus fever rash strep tonsillitis appendicitis
shingles
"""
_PERSONAL_LIFE = """
divorce divorced divorcing custody bereavement widowed funeral arrested convicted conviction
probation parole deported deportation asylum
"""
_FINANCIAL = """
debt debts loan loans mortgage salary salaries paycheck paycheque payslip payslips wage wages
income taxes tax credit overdraft bankruptcy bankrupt savings pension 401k ira investments
portfolio transactions arrears repossession garnishment alimony inheritance bonus compensation
payroll finances financial bills spending balance statement statements earnings net-worth
networth budget crypto wallet pay rent gross
"""
_INCIDENT = """
hacked breach breached leaked leak phishing phished scam scammed stolen theft compromised
ransomware malware virus trojan keylogger spyware unauthorized unauthorised fraud fraudulent
intrusion exposed harassment harassed assault lawsuit disciplinary fired termination grievance
whistleblower stalked stalking blackmail blackmailed extortion doxxed impersonated impersonating
lost infected breached
"""
_MEDIA = """
photo photos picture pictures pic pics selfie selfies video videos recording recordings
voicemail voice-note nude nudes scan scans webcam footage camera-roll
"""

# Weak topic words only count with a possessive right before them ("my health",
# "my balance"); strong ones also with a subject ("I have diabetes").
_WEAK = words(
    """
    payslip payslips paycheck paycheque payroll pay rent gross medical health sick doctor gp clinic
    condition conditions treatment treatments blood
    credit tax taxes balance statement statements budget bills spending bonus compensation
    financial finances lost exposed leak virus video videos photo photos picture pictures
    pic pics recording recordings scan scans camera-roll footage webcam wallet crypto fired
    infection injury injured hospital symptoms vaccine vaccination vaccinated
    """
)

_FAMILIES: dict[str, str] = {}
for _family, _words in (
    ("health", _HEALTH),
    ("financial_info", _FINANCIAL),
    ("incident", _INCIDENT),
    ("personal_media", _MEDIA),
    ("personal_life", _PERSONAL_LIFE),
):
    for _w in _words.split():
        _FAMILIES.setdefault(_w, _family)

_VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    return word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# Vowel-less spellings: only for skeletons long enough to be unambiguous.
_SKELETONS: dict[str, list[str]] = {}
for _w in _FAMILIES:
    _sk = _skeleton(_w)
    if len(_sk) >= 3 and _sk != _w:
        _SKELETONS.setdefault(_sk, []).append(_w)
# One-edit neighbours (symmetric deletion), only for words of six letters or more.
_DELETES: dict[str, str] = {}
for _w in _FAMILIES:
    if len(_w) >= 6:
        for _d in _deletions(_w):
            _DELETES.setdefault(_d, _w)


def _one_substitution(a: str, b: str) -> bool:
    """True when equal-length ``a`` and ``b`` differ by one letter or one swap of neighbours."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


# Typo matching is tried only for tokens that start and end like a topic word.
_FUZZY_SHAPES = frozenset((w[:2], w[-1]) for w in _FAMILIES if len(w) >= 6)


# English words one typo away from a topic word ("addition", "meditation").
_REAL_WORDS = words(
    """
    stacked stacking stalled stealing addition lst crypt speeding rescoring insured injection
    injected injure photons translations meditation mediation cognition cognitions txs slf
    medial infested proscribed breath conditional conditioned
    """
)


# A pure function of one word, asked for every distinct word of every text:
# remembered across texts (bounded), as most words recur from request to request.
@lru_cache(maxsize=1 << 15)
def _canonical(token: str) -> str | None:  # noqa: PLR0911 - one return per way to match
    """The topic word ``token`` stands for, or None."""
    if token in _FAMILIES:
        return token
    if len(token) < 3 or token in _REAL_WORDS:
        return None
    if token.endswith("s") and token[:-1] in _FAMILIES:
        return token[:-1]
    if _NO_INNER_VOWEL.match(token):
        candidates = _SKELETONS.get(token)
        if candidates:
            # "dbts" is both debts and diabetes: the word with fewest vowels dropped wins.
            return min(candidates, key=lambda w: len(w) - len(token))
    if len(token) >= 6 and (token[:2], token[-1]) in _FUZZY_SHAPES:
        # One letter missing ("diabtes"), extra ("deppression") or wrong
        # ("diabetis"); the first two letters and the last must agree, which
        # keeps real words apart ("learning" is not "earning", "cancel" not "cancer").
        hit = _DELETES.get(token)
        if hit is not None:
            return hit
        for i in range(len(token)):
            d = token[:i] + token[i + 1 :]
            if d in _FAMILIES and len(d) >= 6:
                return d
            hit = _DELETES.get(d)
            # One letter replaced or two swapped: the letters dropped sit side by side
            # ("conclusion" is two edits from "concussion", not one).
            if (
                hit is not None
                and len(token) >= 7
                and hit[:2] == token[:2]
                and hit[-1] == token[-1]
                and _one_substitution(token, hit)
            ):
                return hit
    return None


_NO_INNER_VOWEL = re.compile(r"^.[^aeiou]+$")


# Identifiers with underscores stay one token: code names are not disclosures.
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_'’-]*")
_DIGIT = re.compile(r"\d")
# Stories, poems and role-play invent their people; their troubles are not data.
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|novel|short\s+stor(?:y|ies)|write\s+(?:a|me\s+a)\s+(?:story|poem|song|scene)|"
    r"poem|lyrics|screenplay|role-?play|character\s+(?:sheet|named|called)|chapter|narrative|"
    r"imagine|pretend|hypothetical|scenario|the\s+following\s+(?:three\s+|two\s+)?characters)",
)


def is_fiction(text: str) -> bool:
    """True when ``text`` asks for or contains a story, poem or role-play."""
    return shared(text, _is_fiction)


_fiction = CuePattern(_FICTION)


def _is_fiction(text: str) -> bool:
    return _fiction.search_folded(text) is not None


_POSSESSIVE = words(
    """
    my our his her mine ours patient's employee's customer's client's son's daughter's
    wife's husband's mom's dad's mother's father's child's kid's partner's colleague's
    friend's family's
    """
)
_FIRST_PERSON_ONLY = frozenset({"financial_info", "personal_media", "personal_life"})
_FIRST_PERSON_POSSESSIVE = _POSSESSIVE - {"his", "her"}
_FIRST_PERSON = words("i i'm im i've ive i'd we we're we've me us")
_SUBJECT = words(
    """
    i i'm im i've ive i'd we we're we've me us patient son daughter wife husband mom dad
    mother father child kid partner colleague employee boss grandmother grandfather grandma
    grandpa brother sister baby family
    """
)
_NAVIGATION = re.compile(r"^\s*(?:where|how\s+(?:do|can|should)\s+(?:i|we))\b", re.IGNORECASE)
_GENERIC_START = re.compile(
    r"^\s*(?:what|which|how|why|when|explain|describe|define|write|list|give|summari[sz]e|"
    r"compare|create|generate|draft|design|imagine|tell\s+me\s+about|can\s+you\s+(?:explain|write|"
    r"describe|list|give)|is\s+it|are\s+there|does|do\s+you)\b",
    re.IGNORECASE,
)
# Phrases that disclose something whoever says them; the group name is the family.
_ALWAYS = re.compile(
    r"\b(?:(?P<health>(?:i|i've|we|he|she|my\s+\w+|was|were|been|got)\s+(?:been\s+)?diagnosed\s+with|"
    r"tested\s+positive|(?:i'm|im|i\s+am|i'll\s+be|i\s+was|i've\s+been|my)\s+(?:on\s+|off\s+)?"
    r"(?:sick|medical|maternity|paternity|stress)\s+(?:leave|note|day)|"
    r"my\s+(?:dr|doctor|therapist|gp)\b)"
    r"|(?P<financial_info>credit\s+score\s+(?:is|of|dropped))"
    r"|(?P<incident>(?:i|we|my\s+\w+|our\s+\w+)\s+(?:was|were|got|have\s+been|has\s+been|'ve\s+been)\s+"
    r"(?:hacked|phished|scammed|stolen|"
    r"breached|compromised|leaked|doxxed|fired))"
    r"|(?P<personal_media>(?:photos?|pictures?|pics?|videos?|recordings?|footage)\s+(?:of|from)\s+"
    r"(?:me|us|my|our|him|her)|(?:screenshot|screen\s+shot|photo|picture|scan|copy)\s+of\s+(?:my|our)\s+"
    r"(?:bank|passport|id|licen[cs]e|card|statement|payslip|medical|prescription|credit|driver))\b)",
)


_always_matches = CuePattern(_ALWAYS).finditer_folded


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    lowered = text.lower()
    if len(lowered) != len(text):  # rare letters whose lower case is longer
        return [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    # The same tokens as _TOKEN.finditer, with offsets summed from the pieces'
    # lengths: no match object per word (a millisecond per 8k characters).
    parts = _TOKEN_SPLIT.split(lowered)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts)))
    return list(zip(parts[1::2], offsets[:-1:2], offsets[1::2], strict=True))


def _topic_hits(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(family, start, end)`` for topic words owned by someone."""
    if is_fiction(text):
        return
    tokens = _tokens(text.replace("’", "'"))
    # Each distinct word is looked up once; most texts repeat most of theirs.
    canonical = {w: _canonical(w.strip("'-")) for w in {t[0] for t in tokens}}
    for i, (token, start, end) in enumerate(tokens):
        word = canonical[token]
        if word is None:
            continue
        family = _FAMILIES[word]
        before = [t[0] for t in tokens[max(0, i - 3) : i]]
        # Someone else's money or photos ("her annual salary") is mostly word-problem talk.
        possessive = _FIRST_PERSON_POSSESSIVE if family in _FIRST_PERSON_ONLY else _POSSESSIVE
        owned = any(w in possessive or (w.endswith("'s") and w[:-2] in _SUBJECT) for w in before)
        if word in _WEAK:
            # "my credit card", "my balance": ordinary support talk, unless a figure is given.
            if not owned or not _DIGIT.search(sentence_around(text, start, end, 80)):
                continue
        elif not owned:
            window = [t[0] for t in tokens[max(0, i - 7) : i]]
            subjects = _FIRST_PERSON if family in _FIRST_PERSON_ONLY else _SUBJECT
            if any(w in subjects for w in window):
                sentence = sentence_around(text, start, end)
                owned = not _GENERIC_START.match(sentence)
        if not owned:
            continue
        sentence = sentence_around(text, start, end)
        if _NAVIGATION.match(sentence) and not _DIGIT.search(sentence):
            continue  # "where do I find my payslip?": where to click, not what it says
        if placeholder_context(text, start, end, 60):
            continue
        yield family, start, end
    for m in _always_matches(text):
        yield str(m.lastgroup), m.start(), m.end()


def scan_topics(text: str) -> list[tuple[str, int, int]]:
    """All topic findings of ``text`` as ``(type, start, end)``, in one pass."""
    hits = list(_topic_hits(text))
    hits.extend(("incident", start, end) for start, end in _find_incident_facts(text))
    return hits


def _family_finder(family: str) -> Finder:
    def find(text: str) -> Iterator[tuple[int, int]]:
        for fam, start, end in scan_topics(text):
            if fam == family:
                yield start, end

    return find


# --- account, device and network identifiers given with a value ------------------------
# Pages and files that belong to the writer: "my website is https://...".
_PERSONAL_URL = re.compile(
    r"\b(?:my|our)\s+(?:personal\s+)?(?:website|web\s?site|site|blog|home\s?page|profile|page|portfolio|"
    r"linkedin|github|instagram|twitter|facebook|tiktok|youtube|channel|photos|pictures|album)\b[^\n]{0,20}?"
    r"(?P<v>(?:https?://|www\.)[^\s\"'<>]{4,200})"
    r"|\b(?:posted\s+a\s+(?:photo|picture|video)|shared\s+(?:files|a\s+file|photos|a\s+folder)\s+with\s+you|"
    r"my\s+(?:photos?|pictures?|videos?)\s+(?:are|is)\s+(?:at|on|here))\s*:?\s*(?P<w>(?:https?://|www\.)[^\s\"'<>]{4,200})",
    re.IGNORECASE,
)


_personal_url_matches = CuePattern(_PERSONAL_URL).finditer


def _find_personal_urls(text: str) -> Iterator[tuple[int, int]]:
    for m in _personal_url_matches(text):
        yield m.span("v" if m.group("v") is not None else "w")


# Incidents stated as facts ("a data breach exposed customer records").
_INCIDENT_FACT = re.compile(
    r"\b(?:security\s+incident|data\s+(?:breach|leak|exposure)|(?:leaked|exposed|compromised|stolen)\s+"
    r"(?:database|credentials|data|records|passwords?|accounts?|laptop|device|files|details|info(?:rmation)?)|"
    r"unauthori[sz]ed\s+(?:access|login|transaction|charge)s?|"
    r"(?:someone|somebody|strangers?|hackers?|an?\s+unknown\s+\w+)(?:\s+\w+){0,3}?\s+(?:has\s+|had\s+)?"
    r"(?:logged|signed|got|broke)\s+in(?:to)?\s+(?:my|our)|"
    r"(?:i|we)\s+(?:accidentally\s+|just\s+)?(?:clicked|opened|downloaded)\s+(?:on\s+)?(?:a|an|the|that|this)\s+"
    r"(?:\w+\s+)?(?:link|attachment|file)|"
    r"my\s+(?:credit\s+|debit\s+|bank\s+)?(?:card|account|identity|credentials|password|email|phone)\s+"
    r"(?:was|were|has\s+been|got)\s+(?:used|accessed|compromised|stolen|cloned|skimmed|hijacked|taken\s+over)|"
    r"(?:someone|somebody|strangers?|hackers?)\s+(?:has\s+)?(?:used|stole|took|accessed|changed)\s+"
    r"(?:my|our)\s+(?:credentials|password|account|login|identity|card|email)|"
    r"(?:records|data|credentials|details|information|passwords?|accounts?)\s+(?:were|was|got|have\s+been|has\s+been)\s+(?:exposed|leaked|compromised|stolen|"
    r"breached|accessed)|(?:suspicious|fraudulent)\s+(?:transaction|login|charge|activity)|"
    r"(?:left|were|was)\s+(?:visible|exposed)|(?:mistakenly|accidentally)\s+(?:emailed|sent|shared|uploaded|"
    r"posted|exposed|attached|leaked))\b",
)


_incident_fact_matches = CuePattern(_INCIDENT_FACT).finditer_folded


def _find_incident_facts(text: str) -> Iterator[tuple[int, int]]:
    if is_fiction(text):
        return
    for m in _incident_fact_matches(text):
        sentence = sentence_around(text, m.start(), m.end())
        if _GENERIC_START.match(sentence) or (
            sentence.rstrip().endswith("?") and "my" not in sentence.lower()
        ):
            continue
        yield m.span()


_PROFILE = re.compile(
    r"\b(?:user\s?name|login(?:\s+(?:name|id))?|user\s+id|handle|screen\s+name|display\s+name|"
    r"account\s+name|recovery\s+e-?mail|security\s+(?:question\s+)?answer|security\s+question|"
    r"mother'?s\s+maiden\s+name|"
    r"employee\s+id|staff\s+id|badge\s+(?:number|id))\s*(?:is\b|was\b|:|=)\s*(?P<v>@?[\w.@-]{2,64})",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"\b(?:my|our|his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)


_profile_matches = anchored_matches(
    words("user login handle screen display account recovery security mother employee staff badge"),
    _PROFILE,
)


def _find_profile(text: str) -> Iterator[tuple[int, int]]:
    for m in _profile_matches(text):
        value = m.group("v")
        # "username: str", "username = str(username)" in code: a real handle has a
        # digit or a dot/@/_ in it, or the text says whose it is ("my username is jsmith").
        handle_shaped = not value.isidentifier() and any(
            ch.isdigit() or ch in "._@-" for ch in value.strip(".-")
        )
        owned = _OWNER_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
        # A security answer or maiden name is a secret whoever it belongs to.
        owned = owned or m.group(0).lower().startswith(("security", "mother"))
        called = text[m.end("v") : m.end("v") + 1] == "("  # username.encode(...)
        if (handle_shaped or owned) and not called and value.lower() not in _NOT_HANDLES:
            yield m.span("v")


_NOT_HANDLES = words("str int bytes none null string the a an self required optional")
_DEVICE = re.compile(
    r"\b(?:serial(?:\s+(?:number|no\.?|num|#))?|s/n|sn|imei|meid|service\s+tag|asset\s+(?:tag|number|id)|"
    r"product\s+key|licen[cs]e\s+key|activation\s+key|udid|device\s+id|hardware\s+id|hostname|"
    r"computer\s+name|machine\s+name|ssid|wi-?fi\s+(?:name|network)|(?:home|wireless|wifi)\s+network"
    r"(?:\s+name)?)\b"
    r"(?:\s+(?:of|on|for)\s+(?:my|the|our|his|her)\s+\w+)?\s*(?:is\b|was\b|:|#|=)?\s*"
    r"(?P<v>(?-i:[A-Z0-9][A-Za-z0-9-]{3,40}))(?![\w])",
    re.IGNORECASE,
)


_device_matches = anchored_matches(
    words(
        "serial s/n sn imei meid service asset product licen activation udid device hardware "
        "hostname computer machine ssid wi home wireless"
    ),
    _DEVICE,
)


def _find_device(text: str) -> Iterator[tuple[int, int]]:
    for m in _device_matches(text):
        value = m.group("v")
        if not any(ch.isdigit() for ch in value) and not value.isupper():
            continue
        if placeholder_context(text, m.start(), m.end(), 50):
            continue
        yield m.span("v")


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "health",
        Level.CONFIDENTIAL,
        _family_finder("health"),
        False,
        "a person's health: diagnoses, conditions, medication ('my meds', 'I was diagnosed')",
        group="topics",
    ),
    Detector(
        "financial_info",
        Level.CONFIDENTIAL,
        _family_finder("financial_info"),
        False,
        "a person's finances: debts, salary, loans, tax, credit score",
        group="topics",
    ),
    Detector(
        "incident",
        Level.CONFIDENTIAL,
        _family_finder("incident"),
        False,
        "security or HR incidents that happened to someone ('I got phished', 'laptop stolen')",
        group="topics",
    ),
    Detector(
        "personal_media",
        Level.CONFIDENTIAL,
        _family_finder("personal_media"),
        False,
        "photos, videos and recordings of people ('pictures of my kids')",
        group="topics",
    ),
    Detector(
        "personal_life",
        Level.CONFIDENTIAL,
        _family_finder("personal_life"),
        False,
        "a person's family, legal or immigration situation ('going through a divorce')",
        group="topics",
    ),
    Detector(
        "account_profile",
        Level.CONFIDENTIAL,
        any_finder(_find_profile, _find_personal_urls),
        True,
        "user names, logins, security answers given with a value",
        triggers=(
            "user",
            "login",
            "handle",
            "name",
            "recovery",
            "security",
            "maiden",
            "employee",
            "staff",
            "badge",
            "http",
            "www",
        ),
    ),
    Detector(
        "device_id",
        Level.CONFIDENTIAL,
        _find_device,
        True,
        "serial numbers, IMEI, service/asset tags, product keys, hostnames, SSIDs",
        triggers=(
            "serial",
            "s/n",
            "sn",
            "imei",
            "meid",
            "tag",
            "key",
            "udid",
            "device",
            "hardware",
            "host",
            "computer",
            "machine",
            "ssid",
            "wi",
            "network",
        ),
    ),
)
