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
from itertools import accumulate, compress
from operator import itemgetter

from router.detectors._account_status import ACCOUNT_STATUS_TRIGGERS, find_account_status
from router.detectors._base import (
    ASKED,
    Detector,
    Finder,
    anchored_matches,
    any_finder,
    fold_case,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._cues import CuePattern
from router.detectors._device_values import DEVICE_VALUE_TRIGGERS, find_device_values
from router.detectors._logins_told import find_logins_told
from router.detectors._names import GIVEN_NAMES
from router.detectors._shared import WordIndex, lower_case, shared, word_table
from router.detectors._sick_notes import find_sick_notes
from router.detectors._social_handles import SOCIAL_TRIGGERS, find_social_handles
from router.detectors._topic_phrases import (
    REHEARSAL,
    answer_options,
    asked_after_a_dash,
    find_phrases,
    names_someone,
    sent_nothing_private,
)
from router.detectors._topic_words import (
    BODY_PARTS,
    FAMILY_OF,
    MEDIA_SUBJECTS,
    MEDIA_WEAK_FORMS,
    OTHER_SENSE_AFTER,
    OTHER_SENSE_BEFORE,
    PAIRED_CUES,
    STRENGTHENED_BY,
    WEAK_FORMS,
)
from router.detectors._workplace_incidents import find_workplace_incidents
from router.detectors.bare_names import common_words, given_names, world_given_names
from router.levels import Level

# The word lists live in _topic_words; these names keep the code below unchanged.
_FAMILIES: dict[str, str] = FAMILY_OF
_WEAK = WEAK_FORMS

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
_REAL_WORDS = word_table(
    words(
        """
        stacked stacking stalled stealing addition lst crypt speeding rescoring insured
        injection injected injure photons translations meditation mediation cognition
        cognitions txs slf medial infested proscribed breath conditional conditioned foreclose
        """
        # Any frequent English word: "ability" is not a typo of "abilify", nor "inflated" of
        # "inflamed". The lexicon's own words stay matchable.
    )
    | (common_words().keys() - _FAMILIES.keys())
)


# Longer tokens ("access-production-..." glued by hyphens) cannot be one letter off a word.
_LONGEST_TYPO = max(map(len, _FAMILIES)) + 1


# A pure function of one word, asked for every distinct word of every text:
# remembered across texts (bounded), as most words recur from request to request.
@lru_cache(maxsize=1 << 15)
def _canonical(token: str) -> str | None:  # noqa: PLR0911 - one return per way to match
    """The topic word ``token`` stands for, or None."""
    if token in _FAMILIES:
        return token
    if len(token) < 3 or len(token) > _LONGEST_TYPO or token in _REAL_WORDS:
        return None  # a typo is one letter off a lexicon word; the loop below is quadratic
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
# Tokens ``_canonical`` maps to None whatever they are: frequent English words that are
# no topic word. Most of a text's words are among them.
_NEVER_TOPIC = word_table(_REAL_WORDS.keys() - _FAMILIES.keys())


def _topic_words_of(distinct: set[str]) -> dict[str, str]:
    """The topic word each of the ``distinct`` tokens stands for, for those that stand for one.

    Each distinct token is looked up once (most texts repeat most of theirs), and
    the frequent words are set aside first with one set difference at C speed: a
    call per word of an 8k text cost a quarter of a millisecond.
    """
    found: dict[str, str] = {}
    for token in distinct.difference(_NEVER_TOPIC):
        word = _canonical(token.strip("'-"))
        if word is not None:
            found[token] = word
    return found


# Identifiers with underscores stay one token: code names are not disclosures.
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_'’-]*")
_DIGIT = re.compile(r"\d")
# A figure, not a digit inside a name: "4.200", "38k", "$90", but not "q3" or "3rd".
_FIGURE = re.compile(r"(?<![A-Za-z])\d[\d.,]*+(?:k\b|(?![A-Za-z]))")
# Stories, poems and role-play invent their people; their troubles are not data.
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|fictive|novel|short\s+stor(?:y|ies)|write\s+(?:a|an|me\s+a|me\s+an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:story|poem|song|scene|fable|fairy\s?tale|limerick|haiku|mystery)|fan\s?fic(?:tion)?|"
    r"bedtime\s+stor(?:y|ies)|"
    # "all characters invented"; a story asked for in French, Spanish or German.
    r"characters\s+(?:are\s+)?(?:invented|made[- ]up|fictional)|"
    r"(?:courte|petite)\s+nouvelle|"
    r"escrib\w*\s+un\s+(?:cuento|relato)|schreib\w*\s+(?:mir\s+)?eine\s+geschichte|"
    r"(?:spy|crime|detective|fantasy|thriller|sci-?fi|horror)\s+(?:book|novel|film|movie|show|series)s?|"
    # Games the assistant is asked to play: "You are the Game Master", "Let's play a murder
    # mystery", "You be the interviewer, Mr. Hargreaves".
    r"game\s+master|dungeon\s+master|murder\s+mystery|text\s+adventure|let's\s+play|"
    r"(?:you\s+are|you're|you\s+be|you\s+play)\s+(?:the\s+)?(?:narrator|interviewer|detective|villain)|"
    # Puzzles and word problems invent their people: "Raj, Mei and Oscar each own one pet".
    r"riddle|brain\s?teaser|logic\s+puzzle|word\s+problem|how\s+(?:much|many)\s+does\s+each|"
    r"each\s+(?:own|owns|have|has|pay|pays|sit|sits)\s+(?:one|a|an|exactly|a\s+different)\b|"
    r"who\s+(?:owns|has|sits|lives\s+in)\s+(?:the|which|what)\b|"
    r"poem|lyrics|screenplay|role[- ]?play|character\s+(?:sheet|named|called)|chapter|"
    # Not a report's narrative ("the incident narrative", "the Form E narrative").
    r"(?<!incident\s)(?<!case\s)(?<!sar\s)(?<!witness\s)(?<!clinical\s)(?<!report\s)(?<!form\s\w\s)"
    r"(?<!investigation\s)narrative|"
    r"imagine|pretend(?!ing\s+to\s+be)|hypothetical|scenario|(?:actor|actress)\s+(?:who\s+)?plays|"
    # "it's all fiction", "for our crime drama script", "our new play is about a ransomware attack"
    r"it'?s\s+(?:all\s+)?fiction|(?:crime|tv|radio|police|hospital)\s+drama|drama\s+script|"
    r"(?:our|my|the|a)\s+(?:new\s+)?(?:play|film|musical|sitcom)\s+(?:is\s+)?about|the\s+following\s+(?:three\s+|two\s+)?characters|"
    # Asking for a title: "that film about a taxi driver getting robbed, what was it called"
    r"(?:that|this|a|the)\s+(?:film|movie|show|series|documentary|book|novel|episode)\s+(?:about|where|"
    r"in\s+which)\b[^.?!\n]{0,120}\bwhat\s+(?:was|is)\s+it\s+called|"
    # Case studies, training cases and exam vignettes invent their patients too.
    r"case\s+stud(?:y|ies)|(?:training|teaching|practice|mock)\s+cases?|vignette|"
    # Prompts and scripts to write, exercises to run: "fiction prompt: a nurse discovers a data
    # leak", "training video script: 'I clicked a link - now what?'", "tabletop: a deepfake ..."
    r"(?:fiction|writing|story)\s+prompt|(?:video|training|sketch|explainer)\s+script|tabletop)",
)


def is_fiction(text: str) -> bool:
    """True when ``text`` asks for or contains a story, poem or role-play."""
    return shared(text, _is_fiction)


_fiction = CuePattern(_FICTION, word_needs=True)


# "Turn this into a story but keep the real details: I'm ..." tells a true story.
_TRUE_STORY = re.compile(
    # Owned or kept: "keep the real details", "my real life"; not "a real life example".
    r"\b(?:my|our|the|keep|use|using|with)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:real|true|actual)\s+(?:details|names?|life|facts|info(?:rmation)?|data|story|events)\b"
    r"|\btrue\s+story\b|\b(?:really|actually)\s+happened\b"
    r"|\bbased\s+on\s+(?:my|our)\s+(?:life|story|experience|diagnosis|case|own)\b",
    re.IGNORECASE,
)


# Tried at its cue words only: an IGNORECASE search through a long text cost ~0.8 ms.
_true_story = CuePattern(_TRUE_STORY, word_needs=True)


def _is_fiction(text: str) -> bool:
    return (
        _fiction.search_folded(text) is not None and next(_true_story.finditer(text), None) is None
    )


_POSSESSIVE = words(
    """
    my our his her mine ours patient's employee's customer's client's son's daughter's
    wife's husband's mom's dad's mother's father's child's kid's partner's colleague's
    friend's family's
    """
)
_FIRST_PERSON_AFTER = words("i my me we our")
_FIRST_PERSON_ONLY = frozenset({"financial_info", "personal_media", "personal_life"})
_FIRST_PERSON_POSSESSIVE = _POSSESSIVE - {"his", "her"}
_FIRST_PERSON = words("i i'm im i've ive i'd we we're we've me us")
_SUBJECT = words(
    """
    i i'm im i've ive i'd we we're we've me us patient son daughter wife husband mom dad
    mother father child kid partner colleague employee boss grandmother grandfather grandma
    grandpa brother sister baby family customer visitor worker contractor guest cleaner driver
    picker intern
    """
)
_NAVIGATION = re.compile(r"^\s*(?:where|how\s+(?:do|can|should)\s+(?:i|we))\b", re.IGNORECASE)
# Money, media and life events asked about as a process ("can I get my salary paid into two
# accounts?", "how do I update my marital status?") tell nothing unless a figure is given;
# a health or incident word is a disclosure even in a question ("can I stay home, I have flu?").
_DISCLOSED_BY_MENTION = frozenset({"health", "incident"})
_SINGULAR = re.compile(
    r"\b(?:i|i'm|im|i've|ive|my|me|mine|son|daughter|wife|husband|partner|kid|child|mom|dad|mother|"
    r"father|patient|colleague)\b",
    re.IGNORECASE,
)
_PROCESS_QUESTION = re.compile(
    # "RIDDOR, do we report a cut needing stitches?": a topic named first, then the question
    r"^\s*(?:[\w-]+,\s*)?(?:where|whr|when|wen|how|hw|hiw|which|what|wat|wht|does|do\s+(?:i|we)|can\s+(?:i|we)|could\s+(?:i|we)|"
    r"should\s+(?:i|we)|who\s+(?:do|can|should|would)\s+(?:i|we)|may\s+i|will\s+(?:my|i|we|our)|"
    r"can\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:court|employer|manager|school|company|landlord|insurer|"
    r"doctor|gp|hr|boss|judge|bank|agency)|"
    r"is\s+an?\s+(?:employee|worker|patient|person|staff\s+member|candidate|applicant|customer|child|"
    r"student)'?s?|"
    r"is\s+(?:my|it|there|our)|are\s+(?:my|there|our))"
    r"\b[^\n]*\?\s*$",
    re.IGNORECASE,
)
# Words that are everyone's attribute: only "my gender", not "I wrote about gender".
_POSSESSIVE_ONLY = words("gender ethnicity sexuality marital")
# "what should I do if my laptop is stolen?": a question about what could happen.
_HYPOTHETICAL = re.compile(r"\b(?:if|in\s+case|whether|suppose|supposing)\b", re.IGNORECASE)


def _is_hypothetical(sentence: str, word: str) -> bool:
    if not sentence.rstrip().endswith("?"):
        return False
    cut = sentence.lower().find(word.lower())
    return _HYPOTHETICAL.search(sentence, 0, max(cut, 0)) is not None


# Someone going through an illness without naming themselves: "going through ivf",
# "back surgery next week, need 6 weeks off", "my blood test showed high cholesterol".
_ORDEAL_BEFORE = re.compile(
    r"\b(?:going\s+through|recovering\s+from|suffering\s+from|struggling\s+with|dealing\s+with|"
    r"living\s+with|battling|undergoing|treated\s+for|off\s+with|"
    # Treatment without a subject, as chat drops it: "been on antidepressants".
    r"been\s+on|started\s+on|put\s+on|came\s+off|coming\s+off|booked\s+in\s+for|going\s+in\s+for|"
    r"in\s+for\s+(?:a|an|my)|scheduled\s+for|having|"
    # Coming back: "back from rehab", "just out of hospital", "discharged from the ward".
    r"back\s+from|(?:just\s+)?out\s+of|discharged\s+from|released\s+from|home\s+from|"
    # Going in: "going into rehab for 28 days", "checked into the clinic".
    r"going\s+into|go\s+into|checking\s+into|checked\s+into|booked\s+into)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_LEAVE_REQUEST = re.compile(
    r"\b(?:(?:weeks?|days?|months?|time|mornings?|afternoons?)\s+off|sick\s+(?:leave|note|day)|"
    r"medical\s+leave|fit\s+note|leave\s+of\s+absence|(?:need|take|request|book)\s+(?:some\s+)?leave)\b",
    re.IGNORECASE,
)


# "Test" in "blood test" is a medical test, not a made-up value.
_MEDICAL_TEST = re.compile(
    r"\b(?:blood|covid|pcr|pregnancy|drug|eye|hearing|lab|medical|allergy|dna|genetic|antigen|"
    r"urine|stress|flow|skin|glucose|thyroid|liver|kidney)\s+test(?:s|ing)?\b",
    re.IGNORECASE,
)


# A case-insensitive alternation tried at every position cost up to a millisecond per
# 8k of text that is not ASCII: tried only at its first words (see _cues).
_medical_tests = CuePattern(_MEDICAL_TEST).finditer


def _blank_medical_tests(text: str) -> str:
    """``text`` with every medical test named in it blanked, offsets unchanged."""
    pieces: list[str] = []
    last = 0
    for m in _medical_tests(text):
        pieces.append(text[last : m.start()])
        pieces.append(" " * (m.end() - m.start()))
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


# Chat drops the subject: "severe nut allergy, pls tell the caterer", "allrgy: latex, thats me".
# A health word that opens the request (after at most two describing words) is the
# writer's when the rest asks for something for them.
_OPENING = re.compile(r"^\s*(?:[\w'-]+\s+){0,2}$")
_NOT_OPENING = re.compile(
    r"^\s*(?:the|a|an|this|that|these|those|your|their|his|her|its|any|some|which|what|how|why|"
    r"when|where|who|is|are|does|do|can|should|new|our|about|re|fw|fwd)\b",
    re.IGNORECASE,
)
_FOR_ME = re.compile(
    r"\b(?:i|i'm|im|me|my|mine|pls|plz|please|that'?s\s+me|this\s+is\s+me|need|needs|"
    # What a person off sick says next: "bipolar II, meds changed, might be slow this week".
    r"meds|medication|wfh|off|leave|slow|tired|absence|appt|appointment)\b",
    re.IGNORECASE,
)
# A dropped "I": "got covid again", "had a miscarriage last week", "down with flu".
_SUBJECTLESS = re.compile(
    r"^\s*(?:just\s+|still\s+|now\s+)?(?:got|caught|have|had|has|came\s+down\s+with|down\s+with|"
    r"diagnosed\s+with|dx'?d\s+with|been\s+\w+\s+with)\s+(?:[\w'-]+\s+){0,2}$"
    # "off today, migraine again": off work, then why.
    r"|^\s*(?:off|home|out)\s+(?:sick\s+|ill\s+)?(?:today|tomorrow|tmrw|2day|this\s+week|again|"
    r"till\s+\w+|until\s+\w+)\s*[,:;-]\s*(?:[\w'-]+\s+){0,1}$",
    re.IGNORECASE,
)
# Talking about a topic, not living it: "allergy awareness week poster".
_ABOUT_WORK = re.compile(
    r"\b(?:article|blog|essay|poster|campaign|course|training|study|research|statistics|stats|"
    r"awareness|leaflet|webinar|quiz|guidance|policy|policies|app|template|dataset|survey|module)\b",
    re.IGNORECASE,
)
_SEVERITY_BEFORE = re.compile(
    r"\b(?:severe|serious|bad|chronic|acute|mild|life-threatening|terrible|crippling|debilitating|"
    r"awful|nasty|recurring|constant)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _opens_request(text: str, start: int, end: int, sentence: str) -> bool:
    # Lines are looked at within a bounded reach, so many hits cost linear time in all.
    lo = max(0, start - _LINE_REACH)
    newline = text.rfind("\n", lo, start)
    head = text[newline + 1 if newline != -1 else lo : start]
    if lo > 0 and newline == -1:
        return False  # a long line: the word does not open it
    if _SUBJECTLESS.match(head):
        return _ABOUT_WORK.search(sentence) is None
    if not _OPENING.match(head) or _NOT_OPENING.match(head):
        return False
    # The word ends its phrase ("nut allergy, pls..."), not names a topic ("allergy season").
    tail = _HEAD_WORD_END.match(text, end)
    if tail is None and text[start:end].lower() not in _MONEY_TROUBLE:
        return False  # but "behind on rent" is a state, whatever follows
    hi = min(len(text), end + _LINE_REACH)
    line_end = text.find("\n", end, hi)
    rest = text[end if tail is None else tail.end() : line_end if line_end != -1 else hi]
    if _GENERIC_START.match(rest):
        return False  # "ADHD, explain it simply pls"
    return _FOR_ME.search(rest) is not None and _ABOUT_WORK.search(sentence) is None


_LINE_REACH = 300
_HEAD_WORD_END = re.compile(
    r"(?:\s+(?:[ivx]{1,3}|\d|(?:type|stage|grade|level)\s+\w{1,3}))?\s*(?:[,:;(+\u2013-]|\band\b|"
    r"\bagain\b|\bsince\b|\bfrom\b|\bflar\w*|$)",
    re.IGNORECASE,
)


# The writer's condition as the reason for a request: "needing the loo every hour bc of crohns".
_CAUSE_BEFORE = re.compile(
    r"\b(?:because\s+of|bc\s+of|b/c\s+of|bcos\s+of|bcoz\s+of|cos\s+of|coz\s+of|cuz\s+of|cause\s+of|"
    r"due\s+to|thanks\s+to)\s+(?:my\s+|the\s+)?(?:(?!(?:an?|some|any|his|her|their|your)\s)[\w'-]+\s+)?$",
    re.IGNORECASE,
)
# A form filled in: "Medical conditions: type 1 diabetic", "Allergies = penicillin".
_FORM_FIELD_BEFORE = re.compile(
    r"\b(?:medical\s+(?:conditions?|history|notes|info(?:rmation)?|details)|conditions?|diagnos[ie]s|"
    r"allerg(?:y|ies)|medications?|meds|health\s+(?:conditions?|issues|problems|notes|info(?:rmation)?)|"
    r"disabilit(?:y|ies)|symptoms?|illness(?:es)?|reason\s+for\s+(?:absence|leave|visit|referral))"
    r"\s*['\"’”]?\s*[:=]\s*['\"‘“]?\s*(?:[\w'-]+[\s,]+){0,3}$",
    re.IGNORECASE,
)


_LABEL_END = re.compile(r"\s*['\"’”]?\s*[:=]")


def _health_told_before(text: str, start: int, end: int, sentence: str) -> bool:
    """Whether the words before a health word make it someone's: an ordeal, a form, a cause."""
    if _ORDEAL_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _FORM_FIELD_BEFORE.search(text, max(0, start - 80), start) and not _LABEL_END.match(
        text, end
    ):
        return True  # a value filled in, not the next label ("conditions: text, allergies: list")
    return bool(
        _CAUSE_BEFORE.search(text, max(0, start - 40), start) and _SINGULAR.search(sentence)
    )


# Words to someone about their own illness: "sorry to hear about your miscarriage", "hope
# the chemo isn't wiping you out", "glad your biopsy came back clear" (the reader's).
_SYMPATHY_BEFORE = re.compile(
    r"\b(?:sorry\s+(?:to\s+hear|about)|so\s+sorry|hope|hoping|glad|relieved|thinking\s+of\s+you"
    r"(?:\s+with)?)\s+(?:about\s+|that\s+)?(?:your|ur|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _health_owned(text: str, start: int, end: int, window: list[str], sentence: str) -> bool:
    if (
        any(w in _FIRST_PERSON_POSSESSIVE for w in window)
        or _SYMPATHY_BEFORE.search(text, max(0, start - 40), start) is not None
    ):
        return True
    if (
        len(text) <= _MAX_THIRD_PERSON_TEXT
        and not _ABOUT_WORK.search(sentence)
        and any(w in _THIRD_PERSON for w in window[-4:])
        and not _VIGNETTE.search(text)
    ):
        return True  # "she has dementia", "he's on the methadone programme"
    if _health_told_before(text, start, end, sentence):
        return True
    if _opens_request(text, start, end, sentence):
        return True
    if (
        _SEVERITY_BEFORE.search(text, max(0, start - 40), start)
        and _FOR_ME.search(sentence)
        and not _ABOUT_WORK.search(sentence)
    ):
        return True  # "pls note my colleague's severe asthma", not "severe asthma statistics"
    return _LEAVE_REQUEST.search(sentence) is not None


# In a short request "he" or "she" is someone the writer deals with; in a long text
# more often a character or a public figure.
_MAX_THIRD_PERSON_TEXT = 300
_THIRD_PERSON = words("he she he's she's hes shes resident tenant pupil student client")
# Role-play and exam cases invent their patient: "Act as a doctor. A 19 year old presents..."
_VIGNETTE = re.compile(
    r"\b(?:act(?:ing)?\s+as|role-?play|pretend|presents?\s+(?:to|with)|the\s+following\s+case)\b",
    re.IGNORECASE,
)

_GENERIC_START = re.compile(
    # "who do i talk to about harassment", "template for a data breach letter"; after a
    # greeting or "quick question" too ("quick question what counts as a data breach").
    r"^\s*(?:(?:hi|hey|hello|(?:quick|random|dumb|silly|general|simple)\s+(?:question|q))"
    r"[\s,:!-]+)?(?:who|whom|template|templates|checklist|sample|"
    r"what|what's|whats|wat|wht|which|how|hw|hiw|why|when|wen|explain|describe|define|write|"
    r"must\s+(?:we|i|you|employers?)|do\s+(?:we|i)\s+have\s+to|are\s+we\s+required|"
    r"list|give|summari[sz]e|compare|create|generate|draft|design|imagine|tell\s+me\s+about|can\s+you\s+(?:explain|write|"
    r"describe|list|give)|is\s+it|are\s+there|does|do\s+you)\b",
    re.IGNORECASE,
)
# Phrases that disclose something whoever says them; the group name is the family.
_ALWAYS = re.compile(
    r"\b(?:(?P<health>(?:i|i've|we|he|she|my\s+\w+|was|were|been|got)\s+(?:been\s+)?diagnosed\s+(?:with|w/)|"
    # A diabetic's low: "is type 1 and had a hypo at the wheel".
    r"(?<!someone\s)(?<!anyone\s)(?<!somebody\s)(?<!person\s)(?<!they\s)(?<!you\s)(?<!who\s)"
    r"(?<!diabetic\s)(?<!child\s)(?<!patient\s)(?<!pupil\s)"
    r"(?:had|has|having|have|got)\s+(?:a\s+)?(?:bad\s+|mild\s+|severe\s+)?hypos?\b(?!\s+(?:kit|box|treatment))|"
    r"(?:i|my\s+\w+|he|she|we)\s+(?:had|has|have|suffered)\s+(?:a\s+)?(?:mild\s+)?(?:heart\s+attack|"
    r"panic\s+attacks?|nervous\s+breakdown|breakdown|relapse)|"
    r"tested\s+positive|(?:i'm|im|i\s+am|i'll\s+be|i\s+was|i've\s+been|my)\s+(?:on\s+|off\s+)?"
    r"(?:sick|medical|maternity|paternity|stress)\s+(?:leave|note|day)|"
    r"my\s+(?:dr|doctor|therapist|gp)\b|"
    # Medical devices someone uses give their condition away.
    r"my\s+(?:hearing\s+aids?|crutches|insulin\s+pump|cpap|pacemaker|glucose\s+monitor|"
    r"walking\s+stick|cochlear\s+implant|colostomy\s+bag|stoma)|"
    # Carried or worn by someone: "a pupil in 4C carries an epipen for a peanut allergy".
    r"(?:carries|carry|carrying|wears|wearing|uses|needs|relies\s+on)\s+"
    r"(?:an?\s+|his\s+|her\s+|their\s+)?"
    r"(?:epi-?pens?|inhalers?|insulin\s+pump|hearing\s+aids?|glucose\s+monitor|cgm|colostomy\s+bag|"
    r"stoma\s+bag|catheter|prosthetic\s+\w+|cochlear\s+implant|oxygen\s+tank|heart\s+monitor|"
    r"wheelchair|walking\s+frame|zimmer\s+frame|mobility\s+scooter|guide\s+dog|feeding\s+tube)|"
    # Recovering from, or weeks after, an operation: "6 wks post hysterectomy".
    r"(?:\d+\s*(?:wks?|weeks?|days?|mths?|months?)\s+post|after\s+(?:her|his|my|their)|"
    r"since\s+(?:her|his|my|their|the)|recovering\s+from\s+"
    r"(?:her|his|my|their|a|an|the))[- ](?:op|operation|surgery|\w+ectomy|\w+otomy|\w+plasty|"
    r"c-section|caesarean|stroke|heart\s+attack|chemo|knee\s+replacement|hip\s+replacement|transplant)\b|"
    # "out 6 weeks following his lumbar fusion": a part of the body, then what was done to it.
    r"(?:after|following|recovering\s+from)\s+(?:her|his|my|their)\s+(?:lumbar|spinal|cervical|spine|"
    r"back|neck|knee|hip|shoulder|ankle|wrist|heart|bowel|gastric|hernia|cataract|acl|bunion|"
    r"gallbladder|kidney|liver|brain)\s+(?:fusion|op|operation|surgery|replacement|reconstruction|"
    r"repair|bypass|transplant|decompression|removal)\b|"
    # A maternity certificate's due week with its date: "Expected week of confinement 14/09".
    r"expected\s+week\s+of\s+(?:confinement|childbirth)\s*:?\s*\d|"
    # Medication named by what it is for: "back on the tablets for his nerves".
    r"(?:tablets|pills|meds|medication|medicine|injections)\s+for\s+(?:his|her|my|their)\s+(?:nerves|"
    r"depression|anxiety|heart|blood\s+pressure|bp|sugar|diabetes|epilepsy|fits|seizures|thyroid|"
    r"cholesterol|migraines?|psychosis|bipolar|adhd)\b|"
    # What a treatment does to someone: "the chemo wipes me out after lunch".
    r"(?:chemo|chemotherapy|radiotherapy|radiation|dialysis|meds|medication|steroids|"
    r"antidepressants|insulin|methadone|infusions?)\s+(?:really\s+|totally\s+|just\s+|still\s+)?"
    r"(?:wipes|wiped|knocks|knocked|makes|made|make|leaves|left|gives|gave)\s+(?:me|him|her|them)\b|"
    # "Priscilla from claims lost the baby last week": a miscarriage, told plainly.
    r"(?:lost|losing)\s+(?:the|her|their|a|our|my)\s+baby\b"
    r"(?![- ]?(?:monitor|seat|gate|bag|clothes|shower|food|wipes?|bottle|carrier|buggy|stroller|"
    r"pram|changing|blanket|toy|book|photos?|pics?|"
    r"milk|formula|room|unit|grand|steps?|teeth|weight|fat|face|names?)))"
    # A figure, not the topic: "credit score is calculated" is a question about credit scores.
    r"|(?P<financial_info>credit\s+score\s+(?:is|of|was|dropped|fell|went)\s+(?:down\s+|up\s+)?(?:to\s+)?\d|"
    # Debt collectors at the door: "the bailiffs rang the depot again about your car finance".
    r"(?:bailiffs|debt\s+collectors?|enforcement\s+agents?)\s+(?:rang|called|came|turned\s+up|visited|"
    r"are\s+chasing|have\s+been|were\s+at|wrote)\b|"
    # What someone earns, with a currency or "k": "i earn 38k", "we make about $4,000 a month".
    # "she makes like 28k a year": someone else's, and with the fillers of speech.
    r"(?:i|we|he|she|they)\s+(?:only\s+|just\s+)?(?:earns?|makes?|takes?\s+home|gets?\s+paid)\s+"
    r"(?:about\s+|around\s+|only\s+|like\s+|roughly\s+|maybe\s+|barely\s+)?"
    r"(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:k|grand|eur|euros?|usd|dollars|gbp|pounds)\b)"
    # "he makes 5k reports a day": a count of things, not pay
    r"(?!\s+(?:reports?|units?|calls?|steps?|views?|followers?|sales|orders?|words?|lines?|items?|"
    r"subscribers?|downloads?|visits?|requests?|parts?|pieces?|copies|boxes)\b))"
    r"|(?P<incident>(?:i|we|(?:my|our)(?:\s+[\w'-]+){1,6}?)\s+(?:was|were|got|have\s+been|has\s+been|"
    r"'ve\s+been)\s+(?:hacked|phished|scammed|stolen|breached|compromised|leaked|doxxed|fired|snatched|"
    r"nicked|robbed|pickpocketed|taken|infected|wiped|broken\s+into|burgled|burglari[sz]ed|vandali[sz]ed|"
    r"mugged|hijacked|cloned|skimmed|spoofed|threatened|harassed|assaulted|attacked|laid\s+off|let\s+go|"
    r"made\s+redundant|dismissed|sacked)|"
    # Things gone: "my work phone is missing", "the laptop bag has gone".
    r"(?:my|our)\s+(?:[\w-]+\s+)?(?:laptop|phone|badge|wallet|bag|backpack|tablet|ipad|keys?|usb|yubikey)\s+"
    r"(?:is|are|went|has|have)\s+(?:been\s+|gone\s+)?(?:missing|disappeared|vanished|"
    # Gone, not gone dead or gone to sleep.
    r"gone(?!\s+(?:dead|flat|off|to|into|through|back|up|down|dark|quiet|offline|black|blank|slow|"
    r"really|very|so|wrong|weird|haywire|crazy|funny|mad|on)\b))|"
    r"(?:my|our)\s+(?:\w+\s+)?(?:laptop|pc|computer|phone|machine|account|email|mac|server)\s+(?:has|had|got|"
    r"caught|is\s+infected\s+with)\s+(?:a\s+)?(?:virus|malware|trojan|ransomware|spyware|keylogger|worm))"
    # Someone's private pages passed round: "Brandon screenshotted Amy's tinder profile".
    r"|(?P<personal_media>(?:screenshott?ed|screen-?grabbed|forwarded|leaked|posted|shared|printed|"
    r"circulated)\s+(?!(?:someone|anyone|somebody|everyone|people)'s\b)(?:[a-z]+'s|his|her|their)\s+"
    r"(?:tinder|hinge|bumble|grindr|dating\s+(?:app\s+)?profile|private\s+(?:messages?|photos?|pics?|"
    r"chats?|texts?)|intimate|nudes?|dms)\b"
    r"|(?:photos?|pictures?|pics?|videos?|recordings?|footage|selfies?)\s+(?:of|from)\s+"
    # Not what the writer owns that is no one: "photos of my dog", "pics of my sourdough".
    r"(?:(?:me|us|him|her|my(?!\s+(?:dogs?|cats?|puppy|puppies|kittens?|pets?|horse|garden|plants?|"
    r"food|cake|bread|sourdough|car|bike|art|artwork|paintings?|drawings?|products?|shop|bakery)\b))\b|"
    r"our\s+(?:[\w-]+\s+)?(?:kids?|children|child|sons?|daughters?|wife|"
    r"husband|partner|girlfriend|boyfriend|family|baby|babies|mom|mum|dad|mother|father|parents|"
    r"brother|sister|friends?|wedding|house|home|flat|apartment|party|holiday|vacation|honeymoon|face|"
    r"body|injury|rash))"
    r"|(?:screenshot|screen\s+shot|photo|picture|pic|scan|copy|photocopy|selfie)s?\s+of\s+(?:my|our)\s+"
    r"(?:[\w-]+\s+)?(?:bank|banking|passport|id|licen[cs]e|card|statement|payslip|medical|prescription|"
    r"credit|chats?|messages|texts|whatsapp|dms|conversations?|inbox|wallet|salary|pension|loan|"
    r"driver|birth|marriage|certificate|visa|x-?ray|results|tax|insurance|contract|sick|fit\s+note|"
    r"lease|residence|permit)"
    r"|my\s+(?!profile|badge|screen|desktop|avatar|teams|zoom|display)(?:[\w-]+\s+){1,2}"
    r"(?:scan|screenshot|selfie|voice\s+note|voicemail)s?"
    r"|(?:my|our)\s+(?:own\s+)?(?:wedding|family|holiday|vacation|baby|kids'?|children'?s|honeymoon|"
    r"private|intimate|boudoir)\s+(?:photos?|pics?|pictures?|videos?|selfies?|recordings?|images?|"
    r"footage))\b"
    # Beliefs, sexuality and gender identity are special categories of personal data.
    r"|(?P<personal_life>(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:a\s+)?(?:practi[cs]ing\s+|devout\s+)?"
    r"(?:muslim|christian|jewish|hindu|sikh|buddhist|catholic|atheist|gay|lesbian|bisexual|"
    r"transgender|non-?binary)\b))",
)


# Its only branch that starts with a number is "6 wks post op": tried at numbers only
# when "post" stands in the text.
_always_matches = CuePattern(_ALWAYS, digits_need=("post",)).finditer_folded

# More phrases that tell a fact whatever surrounds them, each tried only when its rarer word
# stands in the text (word index): they start with common words ("is", "she's", "'s") that
# would make the whole of ``_ALWAYS`` run at every "is" of a long text.
# What must come right before a side phrase that starts at its rarer word (by its gate).
_BEFORE_SIDE = {
    "every": re.compile(
        r"\b(?!(?:bus|buses|train|trains|shuttle|ferry|service|tram|coach|van|truck|lorry|flight|"
        r"plane|boat|route|line|it|this|that|which|who)\b)[a-z'’]+\s+(?:always\s+|usually\s+|"
        r"normally\s+|still\s+)?$"
    ),
    "menopause change": re.compile(r"\b(?:she's|shes|she\s+is|he's|i'm|im|i\s+am|[a-z]+'s)\s+$"),
    # Whose pregnancy: a person, not "the project is 18 weeks along".
    # ... and how far along, read back from the weeks: "kasia is eighteen weeks along".
    "along pregnant": re.compile(
        r"\b(?:she's|shes|she\s+is|i'm|im|i\s+am|(?!(?:it|this|that|project|build|job|work|course|"
        r"programme|program|pilot|trial|rollout|migration|renovation|refit|contract|sprint|plan|"
        r"season|term|study|audit|phase|which|who|what)\b)[a-z]+(?:\s+is|'s))\s+(?:now\s+|about\s+|"
        r"nearly\s+|almost\s+|only\s+|just\s+|already\s+)?"
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:[\s-](?:one|two|"
        r"three|four|five|six|seven|eight|nine|and\s+a\s+half))?\s+$"
    ),
    # Whose base pay: "Luis's base is $61,400", not "the role's base".
    "base basic": re.compile(
        r"\b(?!(?:role|job|position|post|vacancy|contract|offer|grade|band|level|team|company|"
        r"firm|market|industry)['’]s)(?:[a-z]+['’]s|his|her|their)(?<!\bit's)\s+$"
    ),
    # Whose pay is under a court order: "chef dannys wages are getting an attachment of earnings".
    "attachment garnishment garnished garnishee arrestment": re.compile(
        r"\b(?:[a-z]+['’]?s|his|her|their)\s+(?:wages|pay|salary|earnings|paycheck|paycheque)\s+"
        r"(?:are|is|were|was|have\s+been|has\s+been)\s+(?:getting|being|under|subject\s+to|"
        r"hit\s+with)\s+(?:an?\s+)?$"
    ),
    # Whose pay: "Arnel's basic is 28,500 a month", not "the president's salary".
    "salary pay wage basic ctc": re.compile(
        r"\b(?!(?:president|minister|pm|premier|governor|mayor|senator|king|queen|pope|"
        r"chancellor|speaker|congressman|congresswoman|mp)(?:'s|’s))"
        r"[a-z]+(?:'s|’s)\s+(?:monthly\s+|annual\s+|yearly\s+|basic\s+|base\s+|gross\s+|net\s+|"
        r"new\s+)?$"
    ),
    # A measured hearing loss: "Kamal 35dB loss at 4kHz left ear".
    "loss": re.compile(r"\b\d{1,3}\s?db\s+(?:hearing\s+)?$"),
    "seizure tia stroke miscarriage fit": re.compile(
        r"\b(?:had|has|suffered|having)\s+(?:a|an|another|her|his|their)\s+(?:[\w-]+\s+)?$"
    ),
}
# Bands and grades are not people: "salary bands: junior 30k, mid 45k, senior 60k".
_NOT_A_LEVEL = (
    r"(?!(?:junior|mid|middle|senior|lead|principal|entry|band|grade|level|min|max|minimum|maximum|"
    r"low|high|median|mean|average|base|floor|top|bottom|year|london|national|regional|uk|us|"
    r"tier|tiered|step|target|cap|monthly|weekly|daily|hourly|annual|yearly|gross|net|total|flat|"
    r"fixed|variable|current|proposed|standard|starting|new|old|option|plan)\b)"
)
# An amount of someone's pay in a list: "212k", "2.5k", "£600", "$1,250".
_LISTED_PAY = r"(?:[$£€]\d{2,3}(?:,\d{3})*(?:\.\d\d)?k?|\d{1,3}(?:\.\d)?k)\b"
_SIDE_ALWAYS: tuple[tuple[str, tuple[str, ...], CuePattern, re.Pattern[str] | None], ...] = tuple(
    (
        family,
        tuple(gate.split()),
        CuePattern(re.compile(pattern), word_needs=True),
        _BEFORE_SIDE.get(gate),
    )
    for family, gate, pattern in (
        (
            # Pregnancy told as expecting: "Sarah in Year 3 is expecting again - due in Feb".
            "health",
            "expecting",
            r"\b(?:is|she's|shes|i'm|im|we're|were|are)\s+expecting\s+(?:again|a\s+baby|twins|"
            r"(?:her|our|my|their)\s+(?:first|second|third)|in\s+(?:january|february|march|april|"
            r"may|june|july|august|september|october|november|december|the\s+spring|the\s+summer|"
            r"the\s+autumn|the\s+winter))\b",
        ),
        (
            # A court order on someone's pay: "chef dannys wages are getting an attachment of
            # earnings for two hundred a month" (whose: see _BEFORE_SIDE).
            "financial_info",
            "attachment garnishment garnished garnishee arrestment",
            r"\b(?:attachment\s+of\s+earnings|garnish(?:ment|ed|ee)|(?:earnings\s+)?arrestment)\b",
        ),
        (
            # People's pay listed by name: "partner draws Q3: Hughes 212k, Patel 188k, Obi 151k",
            # "bonuses Amara £600, Leo £450, Beth nil".
            "financial_info",
            "draws draw salaries salary bonuses bonus pay comp compensation earnings payouts "
            "commission commissions",
            r"\b(?:draws?|salar(?:y|ies)|bonus(?:es)?|pay|comp|compensation|earnings|payouts?|"
            rf"commissions?)\b[^.\n:]{{0,30}}:?\s*{_NOT_A_LEVEL}[a-z]+\s+{_LISTED_PAY}"
            rf"(?:,\s*{_NOT_A_LEVEL}[a-z]+\s+{_LISTED_PAY}){{1,}}",
        ),
        (
            # Someone's drinking or habit as the reason: "28 days at the Priory for his drinking".
            "health",
            "drinking gambling addiction habit",
            r"\b(?:for|about|over|because\s+of|with)\s+(?:his|her|their)\s+(?:drinking|gambling|"
            r"drug\s+use|drug\s+habit|coke\s+habit|cocaine\s+habit|addiction|alcoholism)\b"
            r"(?!\s+(?:water|fountain|glass|bottle|buddy|buddies|mates?|game|games|straw|age|song))",
        ),
        (
            # Hearing loss as an audiogram gives it: "Kamal 35dB loss at 4kHz left ear".
            "health",
            "loss",
            r"\bloss\b(?:\s+(?:at\s+\d+(?:\.\d)?\s?k?hz\s+)?(?:in\s+)?(?:the\s+|his\s+|her\s+|"
            r"their\s+)?(?:left|right|both)(?:\s+ears?)?\b|(?<=hearing\sloss))",
        ),
        (
            # Someone's base pay: "Luis's base is $61,400".
            "financial_info",
            "base basic",
            r"\b(?:base|basic)(?:\s+salary|\s+pay)?\s+"
            r"(?:is|was|=|:|of)\s+(?:now\s+|about\s+|around\s+|only\s+|just\s+)?(?:[$£€₹]\s?\d[\d,.]*k?|"
            r"\d[\d,.]*\s?k\b|\d{2,3},\d{3})",
        ),
        (
            # Pregnancy by its weeks: "kasia is eighteen weeks along" (whose: see _BEFORE_SIDE).
            "health",
            "along pregnant",
            r"\b(?:weeks?|wks?|months?)\s+(?:along|pregnant)\b",
        ),
        (
            # Rehab told as "drying out": "our CTO is drying out at a clinic".
            "health",
            "drying",
            r"\b(?:is|'s|been|currently|still)\s+drying\s+out\b",
        ),
        (
            # The menopause told as "the change": "Thandiwe's going through the change badly"
            # (whose: see _LOOKED_BACK).
            "health",
            "menopause change",
            r"\bgoing\s+through\s+(?:the\s+change|(?:the\s+)?menopause)\b",
        ),
        (
            # An attack or a seizure someone had: "Phil had a TIA last weekend" (what comes
            # before: see _LOOKED_BACK).
            "health",
            "seizure tia stroke miscarriage fit",
            r"\b(?:seizure|tia|stroke|mini-stroke|fit|miscarriage)\b",
        ),
        (
            # A patient's medicine and dose: "pt on fluoxetine 20mg wants an early refill".
            "health",
            "pt patient resident client",
            r"\b(?:pt|patient|resident|client)\s+(?:is\s+)?(?:now\s+)?on\s+[a-z]{4,}\s+\d+(?:\.\d+)?\s?"
            r"(?:mg|mcg|ml|units|iu)\b",
        ),
        (
            # A site defaced or hacked: "council website got defaced overnight".
            "incident",
            "defaced hacked compromised",
            r"\b(?:website|site|homepage|web\s+page|server|system|portal)\s+(?:got|was|has\s+been|"
            r"have\s+been|had\s+been)\s+(?:defaced|hacked|compromised|taken\s+over)\b",
        ),
        (
            # Someone filmed at their worst and posted: "someone posted a TikTok of our night
            # shift lead Sarah crying in the car park".
            "personal_media",
            "tiktok video vid clip reel story photo pic picture footage recording",
            r"\b(?:posted|shared|uploaded|put\s+up|sent\s+round|circulated|leaked)\s+(?:a\s+|an\s+|the\s+)?"
            r"(?:tiktok|video|vid|clip|reel|story|photo|pic|picture|footage|recording)s?\s+of\s+"
            r"(?:[\w'’-]+\s+){1,5}?(?:crying|drunk|naked|undressed|fighting|asleep|sleeping|"
            r"throwing\s+up|vomiting|falling|being\s+(?:sick|restrained|sacked|fired|arrested))\b",
        ),
        (
            # A pay change told to its person: "Mei, your salary goes from 41,000 to 46,500".
            "financial_info",
            "salary pay basic wage",
            r"\b(?:your|his|her)\s+(?:salary|pay|basic|wage)\s+(?:goes|will\s+go|went|is\s+going|rises|"
            r"increases|moves)\s+(?:up\s+)?from\s+[$£€₹]?\d[\d,.]*k?\s+to\s+[$£€₹]?\d",
        ),
        (
            # A payslip's row pasted: "Employee: R. Boateng | Gross: GHS 9,400 | Net: 8,185"
            # (two pay fields with figures; one alone may be a sum to work out).
            "financial_info",
            "gross net deductions",
            r"\b(?:gross|basic)(?:\s+pay|\s+salary)?\s*[:=|]\s*(?:[a-z]{3}\s?|[$£€₹]\s?)?\d[\d,.]*"
            r"[^\n]{0,60}?\b(?:net|deductions?|take[- ]home|tax)(?:\s+pay)?\s*[:=|]\s*"
            r"(?:[a-z]{3}\s?|[$£€₹]\s?)?\d",
        ),
        (
            # A bureau's credit score with its figure: "Experian score 612 (Fair)".
            "financial_info",
            "experian equifax transunion cibil serasa fico",
            r"\b(?:experian|equifax|transunion|cibil|serasa|fico)\s+(?:credit\s+)?score\s*(?:is\s+|of\s+|"
            r":\s*|=\s*)?\d{3}\b",
        ),
        (
            # IVF steps with their day: "egg retrieval is thursday".
            "health",
            "retrieval transfer collection",
            r"\b(?:egg\s+(?:retrieval|collection)|embryo\s+transfer)\s+(?:is|was|on|booked\s+for)\s+"
            r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next|"
            r"the\s+\d|\d)",
        ),
        (
            # A routine that says where someone will be: "Ella runs alone from the Meadows car
            # park gate every weekday at 5:45am", "Diana goes to the gym every day 7-8pm" (who:
            # see _BEFORE_SIDE; not a bus's timetable).
            "location",
            "every",
            r"\b(?:runs|jogs|walks|cycles|drives|leaves|goes|heads|swims|trains|works\s+out)\s+"
            r"(?:alone\s+|home\s+|out\s+)?(?:from|to|at|in|along|through|round|around)\s+"
            r"(?:[\w'’-]+\s+){1,8}?every\s+(?:(?:week)?day\s+|morning\s+|evening\s+|night\s+|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|weekday\s+)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?"
            r"\s?(?:am|pm|-\d)",
        ),
        (
            # A pseudonym unmasked: "u/quietbaker77 on reddit is actually Shauna from accounts",
            # "the Glassdoor reviewer 'TiredSupervisor22' is Kerry from Bay 3".
            "account_profile",
            "actually really secretly reviewer alias handle nickname",
            r"(?:\bu/|@)[\w.-]{3,40}\s+(?:on\s+[\w.]+\s+)?is\s+(?:actually|really|secretly)\s+[a-z]+"
            # (a handle in quotes or with digits in it: not "the reviewer name is shown in")
            r"|\b(?:reviewer|alias|handle|nickname|poster)\s+(?:['\"‘“][\w.-]{3,40}['\"’”]|"
            r"[a-z._-]*\d[\w.-]*)\s+is\s+"
            r"(?:actually\s+|really\s+|secretly\s+)?[a-z]+\s+(?:from|in|at|on)\s+",
        ),
        (
            # A person's papers by file name: "passport_amira_haddad.pdf", "dl_front_amira.jpg".
            "personal_media",
            "pdf jpg jpeg png heic tif tiff",
            r"\b(?:passport|dl|driving_?licen[cs]e|licen[cs]e|id_?card|visa|payslip|p60|p45|"
            r"bank_?statement|utility_?bill|birth_?cert\w*|nric|aadhaar|selfie)(?:[_-](?:front|back|scan))?"
            # ... then a name, not "passport_scan.pdf" or a template's "passport_firstname_lastname"
            r"[_-](?!(?:scan|copy|front|back|page|first_?name|last_?name|name|surname|template|example|"
            r"sample|final|new|old|draft|upload|file|doc|user|employee|staff)(?:[_.-]|$))[a-z]{2,}"
            r"(?:[_-][a-z]{2,})?(?:[_-]\w+)?\.(?:pdf|jpe?g|png|heic|tiff?)\b",
        ),
        (
            # Rehab told: "teacher on leave is actually in rehab for alcohol".
            "health",
            "rehab",
            r"\b(?:is|was|'s|currently|actually|now|still)\s+(?:\w+\s+)?in\s+rehab\b",
        ),
        (
            # A named person's medicine and dose: "Jayden takes Concerta 36mg each morning".
            "health",
            # (Not "adults taking ibuprofen 400mg should eat first": one person's, told.)
            "takes taking prescribed",
            r"\b(?:takes|is\s+taking|was\s+prescribed|is\s+prescribed|has\s+been\s+prescribed|is\s+on)\s+"
            r"[a-z]{4,}\s+\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units|iu)\b",
        ),
        (
            # A pay rise to its figure: "Julie is getting a 6% rise to $61,480".
            "financial_info",
            "rise raise increase hike",
            r"\b(?:getting|gets|got|given|on)\s+(?:a\s+)?\d+(?:\.\d+)?%\s+(?:pay\s+)?(?:rise|raise|increase|"
            r"hike)\s+to\s+(?:[$£€₹₦₱]\s?)?\d[\d,.]*",
        ),
        (
            # A needlestick someone had: "Staff Nurse Aisyah had a needlestick injury this morning".
            "incident",
            "needlestick needle",
            r"\b(?:had|got|suffered|sustained|has\s+had|reported)\s+(?:a\s+|another\s+)?"
            r"(?:needle-?stick|needle\s+stick)\b",
        ),
        (
            # What someone named is paid: "Arnel's basic is 28,500 a month", "Rohit's CTC is
            # 18.5 LPA" (a figure, not a share: "the team's pay is 5% above market").
            "financial_info",
            "salary pay wage basic ctc",
            # From the pay word (whose it is, see _BEFORE_SIDE): a letter class first would
            # make it run at every word of a long text that says "pay" anywhere.
            r"(?:salary|pay|wage|basic|ctc|take-home)\s+(?:revision\s+|revised\s+|hike\s+|"
            r"increase\s+|rise\s+|raise\s+)?(?:from\s+)?(?:is\s+|was\s+|of\s+|=\s*|:\s*)?"
            r"(?:now\s+|only\s+|about\s+|around\s+)?(?:[$£€₹₦₱]\s?|rs\.?\s?|php\s?|inr\s?|mxn\s?)?"
            r"\d[\d,.]*(?![\d,.]*\s?%)",
        ),
        (
            # Recovery counted: "Conor hits 90 days sober next Friday".
            "health",
            "sober",
            r"\b\d+\s+(?:days|weeks|months|years)\s+sober\b",
        ),
        (
            # "overdrawn £612 again", "i'm overdrawn by 300": how far in the red the writer is
            # (not "if an account is overdrawn by £50").
            "financial_info",
            "overdrawn",
            r"(?:(?<![\w\s'])|(?<=\bi'm\s)|(?<=\bim\s)|(?<=\bam\s)|(?<=\bbeen\s)|(?<=\bstill\s)|"
            r"(?<=\bnow\s)|(?<=\bcurrently\s))overdrawn\s+(?:by\s+)?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?"
            r"(?:k|quid|pounds|euros?|dollars|rand)\b)",
        ),
    )
)
# A side phrase in a question, a supposition or a writing task tells nothing.
_SUPPOSED = re.compile(r"\s*(?:if|imagine|suppose|write)\b", re.IGNORECASE)
# A request that opens like a question: "can you let the kitchen know kasia is...".
_ASKED_TO_PASS_ON = re.compile(
    r"\s*(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?(?:(?:let|tell)"
    r"(?!\s+(?:me|us)\b)|inform|update|add|note|remind|warn|email|message|text|put|log|record|book|"
    r"arrange|sort)\b(?![^.?!\n]*\b(?:if|whether|in\s+case|what\s+to\s+do|how\s+to)\b)",
    re.IGNORECASE,
)
# What someone is paid, told as "on": "the branch manager's on 41k", "Ollie is on $185k base".
# Tried only when a figure in thousands ("41k") stands in the text.
_PAID_ON = re.compile(
    r"(?:'s|\bis|\bwas|\bare)\s+on\s+(?:about\s+|around\s+|only\s+)?[$£€]?\d{2,3}(?:[.,]\d)?k"
    r"(?=\s*(?:base|basic|plus|\+|a\s+year|per|pa\b|p\.a\.|salary|and|[,.;:!?)—–-]|$))"
)
# "new driver on ₦285,000 a month", "im a dispatcher on 38k a year", "she earns 48k": what
# one person is paid.
_PAID_PER = re.compile(
    r"\bon\s+(?:(?:[₦$£€₹]|rs\.?\s?|r\s?)\s?\d[\d,.]*k?|\d{2,3}(?:[.,]\d)?k)\s+(?:a|per)\s+"
    r"(?:month|year|week|hour|annum)\b"
    r"|\b(?:she|he|they)\s+(?:only\s+|just\s+)?(?:earns|makes|takes\s+home)\s+(?:about\s+|around\s+)?"
    r"(?:[₦$£€₹]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:k|grand)\b)",
    re.IGNORECASE,
)
# Who is "on 38k a year" without a currency sign: the writer or someone, by a role or name.
_PERSON_ON = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+was|he's|she's|hes|shes|he\s+is|she\s+is|they're|[a-z]+'s|"
    r"[a-z]+\s+is)\s+(?:(?:a|an|the|still|only|just|now)\s+)?(?:[\w-]+\s+){0,2}$"
)
_THOUSANDS = re.compile(r"\d{2,3}(?:[.,]\d)?k\b")
# A "k" after a digit, searched from the literal "k" (fast) before ``_THOUSANDS``, which
# starts with a class and so is tried at every offset: 0.1 ms per 8,000 characters.
_K_AFTER_DIGIT = re.compile(r"k(?<=\dk)\b")
_paid_per_matches = CuePattern(_PAID_PER).finditer


def _side_always(text: str) -> Iterator[tuple[str, int, int]]:
    index = shared(text, WordIndex)
    folded = fold_case(text)
    for family, gate, pattern, before in _SIDE_ALWAYS:
        if not any(index.where(word) for word in gate):
            continue
        for m in pattern.finditer_folded(text):
            start = m.start()
            if before is not None:
                # It starts at its rarer word; what must come first is read back from there.
                lead = before.search(folded, max(0, start - 40), start)
                if lead is None:
                    continue
                start = lead.start()
            sentence = sentence_around(text, start, m.end(), keep_end=True)
            if _EXAM.search(text) or (
                (ASKED.match(sentence) and not _ASKED_TO_PASS_ON.match(sentence))
                or _SUPPOSED.match(sentence)
            ):
                continue  # "A 45-year-old man had a stroke... Which of the following"
            if placeholder_context(text, start, m.end(), 60):
                continue  # "a dummy pt on sertraline 50mg" in a training record
            yield family, start, m.end()
    if _K_AFTER_DIGIT.search(text) and _THOUSANDS.search(text):
        for m in _PAID_ON.finditer(folded):
            yield "financial_info", m.start(), m.end()
    if any(index.where(w) for w in ("earns", "month", "year", "week", "hour", "annum")):
        yield from _paid_per(text, folded)


def _paid_per(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    for m in _paid_per_matches(text):
        sentence = sentence_around(text, m.start(), m.end(), keep_end=True)
        if m.group(0)[3:4].isdigit() and not _PERSON_ON.search(
            folded, max(0, m.start() - 40), m.start()
        ):
            continue  # "the project runs on 50k a year": without a currency, only a person's
        if not (_EXAM.search(text) or (ASKED.match(sentence) or _SUPPOSED.match(sentence))):
            yield "financial_info", m.start(), m.end()


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


# More phrases that disclose something whoever says them, tried only where their first
# word stands (see anchored_matches): a long alternation run at every position is slow.
_MORE_ALWAYS = re.compile(
    # Feeling ill, not fed up: "i'm sick today", "called in sick", but not "sick of this bug".
    # Not "when im sick" or "if i'm ill": the writer asks about a rule.
    r"(?P<health>(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhenever\s)"
    r"(?:i'm|im|i\s+am|i\s+was|i've\s+been|i\s+got|i\s+feel|call(?:ing)?\s+in|"
    # Not anyone's in general: "can a manager ask why they're off sick?", "check on someone
    # who's off sick", "staff off sick get SSP".
    r"(?<!they're\s)(?<!theyre\s)(?<!they\sare\s)(?<!you're\s)(?<!youre\s)(?<!you\sare\s)"
    r"(?<!someone\swho's\s)(?<!someone\swho\sis\s)(?<!anyone\swho's\s)(?<!anyone\swho\sis\s)"
    # "can a manager ask why someone is off sick": anyone's
    r"(?<!someone\sis\s)(?<!anyone\sis\s)(?<!somebody\sis\s)(?<!employee\sis\s)"
    r"(?<!staff\sare\s)(?<!employees\sare\s)"
    r"(?<!staff\s)(?<!employees\s)(?<!people\s)(?<!anyone\s)(?<!someone\s)off|"
    # "feeling unwell" with its subject dropped, but not "if you're feeling unwell, stay home"
    r"(?<!you're\s)(?<!you’re\s)(?<!youre\s)(?<!you\sare\s)(?<!they're\s)(?<!if\s)(?<!anyone\s)feeling|"
    r"called\s+in)\s+(?:really\s+|very\s+|quite\s+|a\s+bit\s+|so\s+)?(?:sick|ill|unwell|poorly|nauseous|"
    r"feverish)\b(?!\s+of)|"
    r"(?:i'm|im|i\s+am|she's|she\s+is|my\s+wife\s+is|my\s+partner\s+is)\s+\d+\s+(?:months?|weeks?)\s+"
    r"(?:along|pregnant|gone)\b|"
    # Not the idiom "I've been burned by that before" (a bad experience).
    r"(?:i|i've|we)\s+(?:got|was|were|been|have\s+been|had\s+been)\s+(?:badly\s+)?(?:hurt|injured|burned|"
    r"burnt|bitten)\b(?!\s+by\s+(?:that|this|it|these|those|them|bugs?|code|apps?|software|updates?)\b)|"
    # "Dmitrii is on sick leave until Friday": someone's, not anyone's ("can staff on sick
    # leave work?", "who is on sick leave today?") nor the policy's.
    r"(?:(?<=\bis\s)|(?<='s\s)|(?<=was\s)|(?<=een\s)|(?<=ill\s)|(?<=tly\s)|(?<=now\s))"
    r"(?<!someone\sis\s)(?<!anyone\sis\s)(?<!who\sis\s)(?<!who's\s)(?<!what's\s)(?<!that's\s)"
    r"(?<!it's\s)(?<!there\sis\s)(?<!employee\sis\s)(?<!worker\sis\s)(?<!person\sis\s)"
    r"(?<!member\sis\s)"
    r"on\s+(?:long[- ]term\s+)?(?:sick|medical|stress)\s+leave\b"
    r"(?!\s+(?:policy|policies|rules?|entitlement|pay|allowance|form|process|procedure|request))"
    r"(?!\s+(?:for|of)\s+(?:staff|employees|workers|people|someone|anyone)\b))"
    r"|(?P<financial_info>(?:i|we)\s+(?:have\s+)?lost\s+(?:all\s+(?:of\s+)?)?(?:my|our)?\s*(?:money|savings|"
    r"life\s+savings|pension|[$£€]\s?\d|\d[\d,.]*\s?(?:k|grand|dollars|pounds|euros?)\b)|"
    r"(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:completely\s+|totally\s+|flat\s+|so\s+)?"
    r"(?:broke|skint|in\s+debt|in\s+arrears|in\s+the\s+red|"
    # Formal debt arrangements: "i'm in an iva", "we're on a debt management plan".
    r"(?:in|on)\s+(?:an?\s+)?(?:iva|dmp|dro|debt\s+management\s+plan|debt\s+relief\s+order|"
    r"(?:debt\s+)?repayment\s+plan|payment\s+plan\s+with|bankruptcy|insolvency|collections))\b|"
    r"(?:i|we)\s+(?:can'?t|cannot|couldn'?t|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:afford|pay|cover|make)\s+"
    r"(?:to\s+pay\s+)?(?:my|our|the)\s+(?:\w+\s+)?(?:rent|mortgage|bills?|loan|debts?|payments?|repayments?|"
    r"card|tuition|fees|childcare)\b)"
    r"|(?P<personal_life>(?:taking|took|take|suing|sued|sue)\s+(?:me|us)\s+to\s+court\b)",
)
_more_always_matches = anchored_matches(
    words("i'm im i've feeling she's we're suing sued sue")
    | {"off sick", "off ill", "off unwell", "on sick", "on medical", "on stress", "on long"}
    # Two-word cues where the first word alone is too common to try the pattern at.
    | {
        f"{a} {b}"
        for a, bs in (
            ("i", "am was got feel can couldn won have had been lost"),
            ("we", "are can couldn won got were have had been lost"),
            ("she", "is"),
            ("my", "wife partner"),
            ("call", "in"),
            ("calling", "in"),
            ("called", "in"),
            ("taking", "me us"),
            ("took", "me us"),
            ("take", "me us"),
        )
        for b in bs.split()
    },
    _MORE_ALWAYS,
    word_needs=True,
)


# Media that shows the writer: "the cctv clip that shows me", not "a video that shows me how".
# Found from the rare end ("shows me", "of me") backwards, which is cheaper than trying
# every media noun.
_OF_WRITER = ("of me", "of us", "from me", "shows me", "shows us", "showing me", "showing us")
_MEDIA_BEFORE = re.compile(
    r"(?:\b(?:clips?|cctv|dashcam|images?|scans?|screenshots?)\s+(?:of|from)|\b(?:photos?|pictures?|pics?|"
    r"videos?|recordings?|footage|selfies?|clips?)\s+(?:that\s+|which\s+)?(?:shows?|showing))$"
)
_NOT_OF_WRITER = re.compile(r"\s+how\b")


def _find_media_of_writer(folded: str) -> Iterator[tuple[int, int]]:
    for cue in _OF_WRITER:
        i = folded.find(cue)
        while i != -1:
            end = i + len(cue)
            if (end == len(folded) or not folded[end].isalnum()) and not _NOT_OF_WRITER.match(
                folded, end
            ):
                head = cue.split()[0]
                m = _MEDIA_BEFORE.search(folded, max(0, i - 40), i + len(head))
                if m is not None:
                    yield m.start(), end
            i = folded.find(cue, i + 1)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    lowered = lower_case(text)
    if len(lowered) != len(text):  # rare letters whose lower case is longer
        return [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    # The same tokens as _TOKEN.finditer, with offsets summed from the pieces'
    # lengths: no match object per word (a millisecond per 8k characters).
    parts = _TOKEN_SPLIT.split(lowered)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts)))
    return list(zip(parts[1::2], offsets[:-1:2], offsets[1::2], strict=True))


_OWNER_WORDS = words("my our")
_OPINION_VERBS = words(
    "think thought believe guess wonder suppose know read heard learned learnt wrote writing "
    "meant mean"
)
_POSSESSIVE_PRONOUNS = words("my our his her their your")


def _cue_near(tokens: list[tuple[str, int, int]], i: int, cues: frozenset[str]) -> bool:
    """Whether a paired word at ``tokens[i]`` has one of its ``cues`` close by.

    A cue right before it always counts ("back pain", "child support"), a body
    part right after it too ("broken arm", but not "cut back"); a body part
    further away only with a possessive ("hurt my wrist").
    """
    if i > 0 and tokens[i - 1][0] in cues:
        return True
    if i + 1 < len(tokens) and tokens[i + 1][0] in cues and tokens[i + 1][0] != "back":
        return True
    for j in range(max(0, i - 3), min(len(tokens), i + 4)):
        token = tokens[j][0]
        if j == i or token not in cues:
            continue
        if token not in BODY_PARTS or (j > 0 and tokens[j - 1][0] in _POSSESSIVE_PRONOUNS):
            return True
    return False


def _body_part_after(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the writer's body part follows within three words ("surgery on my knee").

    Only the writer's: "pains in his chest" is how case studies and exam questions talk.
    """
    after = [t[0] for t in tokens[i + 1 : i + 5]]
    return any(
        w in _OWNER_WORDS and k + 1 < len(after) and after[k + 1] in BODY_PARTS
        for k, w in enumerate(after)
    )


def _shows_someone(text: str, tokens: list[tuple[str, int, int]], i: int, owned: bool) -> bool:
    """Whether a weak media word at ``tokens[i]`` is the writer's and shows someone.

    "my photo" for a badge is support talk; a video of the writer's daughter,
    a scan of their passport or a screenshot of their chats is personal.
    """
    near = [t[0] for t in tokens[max(0, i - 6) : i + 7]]
    if not any(w.removesuffix("'s") in MEDIA_SUBJECTS for w in near):
        return False
    if not owned:
        before = {t[0] for t in tokens[max(0, i - 7) : i]}
        after = {t[0] for t in tokens[i + 1 : i + 4]}
        owned = bool(before & _FIRST_PERSON or before & _OWNER_WORDS or after & _OWNER_WORDS)
    start, end = tokens[i][1], tokens[i][2]
    sentence = sentence_around(text, start, end)
    if _NAVIGATION.match(sentence) and not {t[0] for t in tokens[max(0, i - 2) : i]} & _OWNER_WORDS:
        return False  # "where do i upload the passport scan": the asker, not the owner
    return owned and not _GENERIC_START.match(sentence)


def _other_sense(tokens: list[tuple[str, int, int]], i: int, word: str) -> bool:
    """Whether the neighbours of the topic word at ``tokens[i]`` give it its everyday sense."""
    before = OTHER_SENSE_BEFORE.get(word)
    if before is not None and i > 0 and tokens[i - 1][0] in before:
        return True
    after = OTHER_SENSE_AFTER.get(word)
    return after is not None and i + 1 < len(tokens) and tokens[i + 1][0] in after


# Exam questions and word problems invent their people: "Which of the following...", "How
# many cups...".
_EXAM = re.compile(
    r"\bwhich\s+of\s+the\s+following\b|\bhow\s+(?:many|much|long|far|old)\b|"
    r"\bwhat\s+(?:percentage|fraction|is\s+the\s+(?:total|probability))\b|\n\s*[A-D][.)]\s",
    re.IGNORECASE,
)


def _named_possessor(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a known given name's, capitalised as one, comes right before ``tokens[i]``
    ("Deborah's HIV status", "Tom's diabetes"), outside exam questions and word problems."""
    if i < 1:
        return False
    prev, prev_start, _ = tokens[i - 1]
    return (
        prev.endswith("'s")
        and (prev[:-2] in GIVEN_NAMES or prev[:-2] in given_names())
        and text[prev_start].isupper()
        and _EXAM.search(text) is None  # "To treat Zoe's anorexia... Which of the following"
    )


# Writing for any reader, in which "my" is the reader's: FAQs, help articles, templates.
_GENERAL_DOC_TASK = re.compile(
    r"^\s*(?:please\s+|pls\s+|can\s+you\s+)?(?:write|draft|create|make|generate|prepare)\s+"
    r"(?:me\s+)?(?:a|an|the|some|our)?\s*(?:short\s+|quick\s+|simple\s+|new\s+)?(?:faqs?|"
    r"help\s+(?:article|page)|knowledge\s?base\s+article|kb\s+article|template|guide|quiz)\b",
    re.IGNORECASE,
)


# What a product, a service or a piece of content is about: "our diabetes app", "a blood
# pressure tracker", "the diabetes clinic" (made for anyone, unless the writer's own: "my
# diabetes app says 14", "my diabetes nurse").
_PRODUCTS = words(
    """
    app apps tracker trackers feature features platform platforms startup startups pitch deck
    chatbot chatbots helpline hotline dashboard widget blog blogs article articles course
    courses lesson lessons quiz quizzes podcast podcasts clinic clinics ward wards unit units
    service services charity charities
    """
)
# The writer in a sentence (see also ``_WRITER``, the same words as a pattern).
_WRITER_WORDS = words("i i'm im i've ive i'd my me mine")


# A product's feature or its interface just before the word: "our app lets users attach
# voice notes", "UI strings: 'Record voice message'".
_PRODUCT_BEFORE = words("app apps feature features ui users buttons button strings")


def _names_a_product(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the topic word at ``tokens[i]`` names what a product or content is about."""
    before = [t[0] for t in tokens[max(0, i - 4) : i]]
    if any(w in _WRITER_WORDS for w in before):
        return False
    after = i + 1 < len(tokens) and tokens[i + 1][0] in _PRODUCTS
    return after or any(w in _PRODUCT_BEFORE for w in before)


# The writer saying that nobody in particular is meant: "is a screenshot accepted as
# evidence? general question", "asking generally", "hypothetically, if a guard's radio got
# stolen...". Not when the writer puts themselves in the sentence ("hypothetically my
# boss could see my diagnosis?").
_IN_GENERAL = re.compile(
    r"\b(?:(?:general|policy)\s+(?:question|query|q|enquiry|inquiry)\b(?!\s+about\s+(?:my|our)\b)|"
    r"asking\s+(?:in\s+)?general(?:ly)?|generally\s+speaking|hypothetical(?:ly)?|"
    # "what's the rule in general", "... for drivers in general?"
    r"(?:rule|rules|law|policy|position)\s+in\s+general|in\s+general\s*\?|"
    r"(?:without|no)\s+(?:any\s+)?real\s+(?:people|persons|names|patients|customers|data))\b",
    re.IGNORECASE,
)
_IN_GENERAL_CUES = CuePattern(_IN_GENERAL)


def _asked_in_general(text: str, start: int) -> bool:
    """Whether ``text`` says it asks in general and the sentence of ``start`` has no "I" or
    "my" in it."""
    if len(text) > _MAX_THIRD_PERSON_TEXT or not _IN_GENERAL_CUES.search(text):
        return False
    sentence = sentence_around(text, start, start + 1)
    return _WRITER.search(sentence.lower()) is None


# A recording the writer made for themselves: "a voice memo for myself", "just me reminding
# myself: buy milk" (the writer's own errands, nobody else in it).
_TO_MYSELF = re.compile(
    r"\b(?:(?:for|to)\s+myself|reminding\s+myself|(?:note|reminder)s?\s+to\s+self)\b", re.IGNORECASE
)

# Someone else in the text: then the recording may be of them.
_THIRD_PERSON_WORDS = re.compile(
    r"\b(?:he|she|his|her|him|wife|husband|partner|son|daughter|kids?|mum|mom|dad|"
    r"colleague|boss|manager|friend|customer|client|patient)\b",
    re.IGNORECASE,
)


def _for_myself(text: str) -> bool:
    """Whether a short ``text`` says the writer recorded something for themselves, and
    nobody else is in it."""
    return (
        len(text) <= _MAX_THIRD_PERSON_TEXT
        and _TO_MYSELF.search(text) is not None
        and not names_someone(text)
        and _THIRD_PERSON_WORDS.search(text) is None
    )


def _owned(  # noqa: PLR0911 - one return per way to be owned
    text: str, tokens: list[tuple[str, int, int]], i: int, word: str, family: str
) -> bool:
    """Whether the topic word at ``tokens[i]`` is said to be someone's."""
    start, end = tokens[i][1], tokens[i][2]
    if (
        _other_sense(tokens, i, word)
        or _GENERAL_DOC_TASK.match(text)
        or _names_a_product(tokens, i)
        or _asked_in_general(text, start)
        or (family == "personal_media" and _for_myself(text))
    ):
        # "our GP surgery sends reminders", "the branch lost internet"; "draft a FAQ: why was
        # a deduction made from my earnings?" (any reader's); "our diabetes app"; "...
        # general question"
        return False
    if family == "health" and (
        _animal_owns(sentence_around(text, start, end), text[start:end]) or _of_a_group(tokens, i)
    ):
        # "the dog in reception has diabetes": a patient of the vet, not a person; "our page
        # says 'colleagues with diabetes can request breaks'": a class of people.
        return False
    before = [t[0] for t in tokens[max(0, i - 3) : i]]
    # Someone else's money or photos ("her annual salary") is mostly word-problem talk.
    possessive = _FIRST_PERSON_POSSESSIVE if family in _FIRST_PERSON_ONLY else _POSSESSIVE
    owned = (
        any(w in possessive or (w.endswith("'s") and w[:-2] in _SUBJECT) for w in before)
        or (family == "health" and _named_possessor(text, tokens, i))
        # "Joanne's purse was stolen", as "her purse was stolen"
        or (
            family == "incident"
            and any(_named_possessor(text, tokens, j) for j in range(max(1, i - 2), i + 1))
        )
    )
    cues = PAIRED_CUES.get(word)
    if cues is not None and not _cue_near(tokens, i, cues):
        return False  # "pain" alone, not "my back pain"; "support" alone, not "child support"
    if word in MEDIA_WEAK_FORMS and _shows_someone(text, tokens, i, owned):
        return True  # "blur my daughter's face in the video", "i scanned my birth certificate"
    strong_with = STRENGTHENED_BY.get(word)
    if word in _WEAK and not (strong_with is not None and _cue_near(tokens, i, strong_with)):
        # "my credit card", "my balance": ordinary support talk, unless a figure is given.
        return owned and _FIGURE.search(sentence_around(text, start, end, 80)) is not None
    if owned or word in _POSSESSIVE_ONLY:
        return owned
    if family == "personal_media":
        # "the selfie i took with my grandma", "blur my kids' faces in the family photos"
        near = {t[0] for t in tokens[i + 1 : i + 4]} | {t[0] for t in tokens[max(0, i - 7) : i]}
        if near & _FIRST_PERSON_AFTER and not _GENERIC_START.match(
            sentence_around(text, start, end)
        ):
            return True
    window = [t[0] for t in tokens[max(0, i - 7) : i]]
    subjects = _FIRST_PERSON if family in _FIRST_PERSON_ONLY else _SUBJECT
    if family != "health":
        # "my ex stopped paying alimony", "our shared drive got hit by ransomware"
        subjects = subjects | _OWNER_WORDS
    sentence = sentence_around(text, start, end)
    generic = _GENERIC_START.match(sentence)
    if (
        generic is not None
        and not _I_AM_BEFORE.search(text, max(0, start - 16), start)
        # "write a summary for Tom: autistic, prefers written instructions" tells it
        and not (_WRITING_TASK.search(generic.group(0)) and names_someone(sentence))
        # "how do I report that Priya got groped at the party?"
        and not (family in _DISCLOSED_BY_MENTION and _whose_named(text, start, sentence))
    ):
        return False  # but "does the letter need to say I'm HIV positive?" is about the writer
    if family == "health" and (
        _asks_about_condition(text, start, end, sentence)
        or _ASKING_ABOUT.search(text, max(0, start - 60), start)
    ):
        return False  # "can i ask a candidate abt disabilities in interview?": a rule asked
    if family == "health" and _body_part_after(tokens, i):
        return True  # "stitches in my thumb", "a rash on my arm"
    # "I think obesity is a problem" gives an opinion; "I think I have covid" a fact.
    lo = max(0, i - 7)
    return (
        any(
            w in subjects and tokens[lo + k + 1][0] not in _OPINION_VERBS
            for k, w in enumerate(window)
        )
        or (family == "health" and _health_owned(text, start, end, window, sentence))
        or (family in _ABOUT_NAMED and _named_subject(text, tokens, lo, i))
        # "behind on rent by 2 months, can i get an advance": the "I" dropped at the start
        or (word in _MONEY_TROUBLE and _opens_request(text, start, end, sentence))
    )


# People in the plural, as a class: "colleagues with diabetes", "staff who have epilepsy".
_GROUPS = words(
    """colleagues staff employees workers people patients customers pupils students members
    users clients residents those anyone everyone children kids adults women men individuals
    travellers travelers passengers drivers applicants candidates volunteers tenants guests
    visitors learners parents carers renters homeowners households borrowers veterans seniors
    teenagers teens athletes players fans"""
)
_GROUP_LINKS = (
    *(("with",), ("living", "with"), ("who", "have"), ("who", "has"), ("that", "have")),
    # "% of renters living with a disability": the article between
    *(("with", "a"), ("with", "an"), ("living", "with", "a"), ("living", "with", "an")),
)


# "what % of US adults have hypertension": a class of people that has a condition, unless it
# is someone's ("my parents have diabetes").
_GROUP_HAVE = ("have", "get", "develop")
_THEIRS = frozenset(("my", "our", "his", "her", "their", "your", "whose"))


def _of_a_group(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at ``tokens[i]`` follows a plural class of people and its link."""
    for link in _GROUP_LINKS:
        k = i - len(link)
        if k >= 1 and tuple(t[0] for t in tokens[k:i]) == link and tokens[k - 1][0] in _GROUPS:
            return True
    return (
        i >= 2
        and tokens[i - 1][0] in _GROUP_HAVE
        and tokens[i - 2][0] in _GROUPS
        and (i < 3 or tokens[i - 3][0] not in _THEIRS)
    )


_WRITING_TASK = re.compile(r"\b(?:write|draft|summari[sz]e|list|create|generate)$", re.IGNORECASE)
_I_AM_BEFORE = re.compile(
    # Not after "when" or "if": "how many days can i self certify when im sick" asks a rule.
    r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhenever\s)"
    r"\b(?:i'm|im|i\s+am|i\s+have|i've\s+got|i\s+was|i've\s+been)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Animals as the patients: "the dog in reception has diabetes, can the kennel system flag
# his insulin times?", "Bella the labrador, spay on Tuesday". Not "my son is allergic to
# the cat": a person in the sentence keeps it someone's. Also read by ``personal``: an
# animal's name is no one's ("a shop cat, her name is Crumb").
ANIMAL = re.compile(
    r"\b(?:dog|dogs|cat|cats|puppy|pup|kitten|horse|pony|rabbit|bunny|hamster|guinea\s+pig|parrot|"
    r"budgie|goldfish|turtle|goat|chicken|"
    r"labrador|lab|spaniel|terrier|collie|retriever|poodle|beagle|husky|rottweiler|alsatian|"
    r"greyhound|whippet|dachshund|bulldog|pug|tabby|moggy|gelding|mare|foal|calf|cow|ewe|lamb|"
    r"ferret|tortoise|snake|lizard|gecko|canine|feline|equine)\b",
    re.IGNORECASE,
)
_PERSON_WORD = re.compile(
    r"\b(?:i|i'm|im|me|my\s+(?!dog|cat|puppy|kitten|horse|pony|rabbit|pet)\w+|he|she|his|her|"
    r"son|daughter|wife|husband|kid|child|mum|dad|patient|colleague|owner's|client's)\b",
    re.IGNORECASE,
)


_FOR_AN_ANIMAL = re.compile(
    rf"\s+for\s+(?:the|a|an|his|her|their|my|our)\s+(?:[\w-]+\s+)?{ANIMAL.pattern}", re.IGNORECASE
)


def _animal_owns(sentence: str, word: str) -> bool:
    at = max(0, sentence.find(word))
    if _FOR_AN_ANIMAL.match(sentence, at + len(word)):
        return True  # "Madeline has to buy medicine for her dog"
    before = sentence[:at]
    animal = ANIMAL.search(before)
    if animal is None:
        return False
    # "his insulin times" after "the dog": the animal's; "her" before the animal is a person's.
    return _PERSON_WORD.search(before[: animal.start()]) is None


# A question whose subject is the condition itself: "is hayfever a valid reason for a day
# off?", "are migraines covered?", "does long covid count as a disability?". Not "is
# Priya's hayfever...", "is my asthma...", "is she off with flu?".
_CONDITION_AS_SUBJECT = re.compile(
    r"^\s*(?:is|are|does|do|can|could|would|should|will|was|were)\s+"
    r"(?:(?!(?:my|his|her|their|your|our|he|she|they|i|you|we|it|this|that|the)\b)[a-z-]+\s+)?$",
    re.IGNORECASE,
)


# Asking someone about a kind of condition: "can i ask a candidate abt disabilities",
# "are we allowed to ask about disabilities at interview" (not "asked me about my ...").
_ASKING_ABOUT = re.compile(
    r"\b(?:ask|asking)\s+(?:(?:a|an|the|our|any)\s+)?(?:\w+\s+){0,2}(?:about|abt|re|regarding)\s+"
    r"(?:their\s+|any\s+)?$",
    re.IGNORECASE,
)


def _asks_about_condition(text: str, start: int, end: int, sentence: str) -> bool:
    before = sentence[: sentence.find(text[start:end])]
    if _CONDITION_AS_SUBJECT.match(before) is None:
        return False
    return sentence_around(text, start, end, keep_end=True).rstrip().endswith("?")


# Money words that say the speaker is in trouble, not that they ask about a product.
_MONEY_TROUBLE = words(
    """
    behind maxed bounced unpaid overdrawn bankrupt insolvent arrears evicted eviction repossessed
    foreclosed garnished owe owed owing borrowed defaulted indebted
    """
)
# Questions about what a benefit pays for.
_COVER_QUESTION = re.compile(
    r"\b(?:covered|cover|covers|claim|reimburs\w*|eligible|included|allowance)\b", re.IGNORECASE
)
# Plans and drills name incidents that have not happened.
_PREPAREDNESS = re.compile(
    r"\b(?:(?:response|recovery|continuity|incident)\s+plans?|playbooks?|runbooks?|tabletop|drills?|"
    r"simulations?|simulated|awareness|training|exercises?|policy|policies|procedures?)\b",
    re.IGNORECASE,
)
# A colleague's health or private life told by name: "Mark in dispatch is 42, divorced".
_ABOUT_NAMED = frozenset({"health", "personal_life", "incident"})
_TOPIC_NOUNS = words(
    """
    research awareness charity ward unit centre center society foundation institute trust
    screening team department clinic nurse nurses specialist specialists app policy
    """
)
_CARERS = words(
    """
    physio physios physiotherapist therapist psychiatrist psychologist doctor dr gp surgeon dentist
    nurse midwife counsellor counselor chiropractor optician oncologist cardiologist neurologist
    dermatologist physician pharmacist chemist paramedic
    """
)
_BE_OR_HAVE = words("is was has had got gets 's been takes took taking needs uses does goes")


def _named_subject(text: str, tokens: list[tuple[str, int, int]], lo: int, i: int) -> bool:
    """Whether a capitalised given name, then "is"/"has", comes before ``tokens[i]``."""
    if i + 1 < len(tokens) and tokens[i + 1][0] in _TOPIC_NOUNS:
        return False  # "Tom has cancer research on his list": a field, not an illness
    if tokens[i][0] in _CARERS:
        return False  # "Priya is the new physio": her job
    # A request typed all in lower case names people in lower case too ("raj in warehouse
    # has epilepsy"), except by the names that are also words ("mark", "grace").
    lower_case_only = len(text) <= _MAX_THIRD_PERSON_TEXT and text.islower()
    # Capitalised in a short request, the longer census list of names counts too ("Lerato
    # does dialysis"). A long text is more often a word problem or an exam's story, and a
    # name in lower case counts only from the hand-written list, whose names are rarely words.
    names = world_given_names() if len(text) <= _MAX_THIRD_PERSON_TEXT else frozenset()
    for j in range(lo, i):
        name, start, _ = tokens[j]
        if (text[start].isupper() and (name in GIVEN_NAMES or name in names)) or (
            lower_case_only and name in GIVEN_NAMES and name not in _WORD_LIKE_NAMES
        ):
            between = [t[0] for t in tokens[j + 1 : i]]
            # "Lukas cut his hand", "Jo from accounts fell down the stairs"
            told_of = not between or (between[0] in _WHERE_FROM and len(between) <= 3)
            return told_of or any(w in _BE_OR_HAVE for w in between)
    return False


_WHERE_FROM = words("from in at on")
# Given names that are also everyday words: in lower case they are the words.
_WORD_LIKE_NAMES = words(
    """
    mark bill grace rose jack dawn sunny will may june hope faith joy art pat ray amber ruby
    crystal summer autumn holly ivy lily daisy violet iris heather jasmine hazel olive pearl
    jade penny sky river rocky chip chuck rob sue frank gene guy earl dean drew grant lance
    miles nick rich rusty sandy stone wade warren woody august bay brook cliff dale glen heath
    lane reed rod carol bud don angel cherry destiny honey precious patience prudence charity
    max bob les ken
    """
)


# A question about what is allowed, typed without its "?" (voice and non-native writers
# drop it): "can renters use dashcams in our rental cars, any rule".
_RULE_ASKED = re.compile(
    r"^\s*(?:can|could|may|should|are|is\s+it\s+ok\s+(?:to|if)|do|does)\s+(?:we|i|staff|employees|"
    r"renters|customers|parents|students|managers|tenants|guests|drivers|volunteers|teachers|"
    r"nurses|contractors|visitors|people|you)\b",
    re.IGNORECASE,
)
_RULE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:policy|policies|procedures?|process|templates?|guidance|campaign|"
    r"workshop|faq|faqs)\b",
    re.IGNORECASE,
)
_RULE_WORDS = re.compile(
    r"\b(?:allowed|legal|legally|rules?|policy|consent|permitted|permission|ok\s+to|gdpr|law|"
    r"signed)\b",
    re.IGNORECASE,
)


def _about_a_rule(text: str, end: int, sentence: str) -> bool:
    """Whether a money, media or life word is the subject of a rule or asks what one allows."""
    if _RULE_AFTER.match(text, end):
        return True  # "a reminder about our rent arrears policy": the rule, nobody's arrears
    # "can we post photos of kids from the play if parents signed" (no "?")
    return bool(
        _RULE_ASKED.match(sentence) and _RULE_WORDS.search(sentence) and not _DIGIT.search(sentence)
    )


def _not_an_event(text: str, start: int, end: int, family: str) -> bool:
    """Whether the sentence of an owned topic word asks how things work, plans for them,
    or tells what is already public, rather than telling what happened to someone."""
    # With its "?": a process question followed by more text is still a question.
    sentence = sentence_around(text, start, end, keep_end=True)
    if _asks_how_it_works(text, start, end, sentence, family):
        return True
    if family != "health" and _is_hypothetical(sentence, text[start:end]):
        return True  # "what should I do if my laptop is stolen?"
    if family == "incident" and _PREPAREDNESS.search(sentence):
        return True  # "our incident response plan covers ransomware": ready for it, not hit
    # "If an employee tells you they are pregnant, ...": guidance, nobody's; "Salary
    # £35,000-£40,000 depending on experience": an advertised band.
    if _IF_SOMEONE.search(text, max(0, start - 120), start) is not None or (
        family == "financial_info" and _JOB_AD_CUES.search(text) is not None
    ):
        return True
    return _on_the_record(sentence, family)


_THIRD_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][a-z]+['’]s)\s+(?:[\w-]+\s+)?$")


_NAMED_SUBJECT_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+(?:got|was|has\s+been|had\s+been|had|has|is)\s+(?:[\w-]+\s+)?$"
)


def _whose_named(text: str, start: int, sentence: str) -> bool:
    """Whether a health or incident word is his, her or a named person's in a sentence that
    names someone by a known given name: "how do I tell the team Aoife will be on reduced
    hours because of her IVF?", "how do I report that Priya got groped at the party?" ask
    how to handle what happened to a colleague, not where to click."""
    if len(text) > _MAX_THIRD_PERSON_TEXT or _EXAM.search(text) is not None:
        return False  # an exam's or a word problem's story ("When your sister Patricia was ...")
    lo = max(0, start - 30)
    subject = _NAMED_SUBJECT_BEFORE.search(text, lo, start)
    if subject is not None:
        return subject.group("name").lower() in given_names()
    return _THIRD_OWNER_BEFORE.search(text, lo, start) is not None and names_someone(sentence)


def _asks_how_it_works(text: str, start: int, end: int, sentence: str, family: str) -> bool:
    """Whether ``sentence`` asks where to find something, what a rule says or what a plan
    covers, rather than telling what happened to someone."""
    navigation = _NAVIGATION if family in _DISCLOSED_BY_MENTION else _PROCESS_QUESTION
    if (
        navigation.match(sentence)
        and not _DIGIT.search(sentence)
        and not (family in _DISCLOSED_BY_MENTION and _whose_named(text, start, sentence))
    ) or (family not in _DISCLOSED_BY_MENTION and _about_a_rule(text, end, sentence)):
        return True  # "where do I find my payslip?": where to click, not what it says
    if (
        family in _DISCLOSED_BY_MENTION
        and _PROCESS_QUESTION.match(sentence)
        and not _SINGULAR.search(sentence)
    ):
        return True  # "does our insurance cover therapy?": nobody's condition
    # "can i claim physio on the health plan?": what the plan pays for
    return (
        family == "health"
        and _PROCESS_QUESTION.match(sentence) is not None
        and _COVER_QUESTION.search(sentence) is not None
        and not _OWNER_BEFORE.search(text, max(0, start - 20), start)
    )


def _on_the_record(sentence: str, family: str) -> bool:
    """Whether ``sentence`` tells health or private life a public figure put on the record
    ("did Serena Williams talk publicly about her embolism?"), without the writer in it."""
    return (
        family in _PUBLIC_RECORD_FAMILIES
        and _PUBLIC_RECORD.search(sentence) is not None
        and _WRITER.search(sentence.lower()) is None
    )


# A rule about anyone it may happen to, up to the topic word: "If an employee tells you
# they are pregnant", "when a customer says their card was stolen" (nobody's own, unless
# the writer is in it).
_IF_SOMEONE = re.compile(
    r"\b(?:if|when|whenever|once|should)\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:employee|worker|"
    r"staff\s+member|member\s+of\s+staff|colleague|customer|patient|user|person|student|pupil|"
    r"candidate|applicant|client|tenant|resident|driver|visitor|guest)|someone|somebody|anyone|"
    r"anybody|employees|workers|staff)\b(?![^.!?\n]*\b(?:i|i'm|im|my|me|mine)\b)[^.!?\n]*$",
    re.IGNORECASE,
)
# A job advert's pay is a band offered to whoever applies.
_JOB_AD = re.compile(
    r"\b(?:job\s+(?:ad|advert|advertisement|posting|description|spec)|vacanc(?:y|ies)|"
    r"we(?:'re|\s+are)\s+(?:looking\s+for|hiring|recruiting)|(?:salary|pay)\s+(?:range|band)|"
    r"closing\s+date|how\s+to\s+apply)\b",
    re.IGNORECASE,
)
_JOB_AD_CUES = CuePattern(_JOB_AD)


def _code_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a camelCase name ("stateIn") or stands in backticks."""
    piece = text[start:end]
    camel = any(c.isupper() for c in piece[1:]) and any(c.islower() for c in piece[1:])
    return camel or (start > 0 and text[start - 1] == "`")


def _topic_hits(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(family, start, end)`` for topic words owned by someone."""
    if is_fiction(text):
        return
    # The text itself when it has no curly apostrophe: its lower case is shared then.
    tokens = _tokens(text.replace("’", "'") if "’" in text else text)
    names = list(map(itemgetter(0), tokens))
    canonical = _topic_words_of(set(names))
    masked: str | None = None  # the text with medical tests blanked, made on first need
    # Only the tokens that stand for a topic word, picked at C speed: a Python loop over
    # every token of an 8k text cost ~0.05 ms.
    for i in compress(range(len(names)), map(canonical.__contains__, names)):
        token, start, end = tokens[i]
        word = canonical[token]
        family = _FAMILIES[word]
        if _code_name(text, start, end):
            continue  # "`stateIn(viewModelScope)`": a name in code, not "statin"
        if family == "incident" and shared(text, answer_options):
            continue  # "...accused her of theft...\nA. ...": an exam question's story
        if not _owned(text, tokens, i, word, family):
            continue
        if _not_an_event(text, start, end, family):
            continue

        if masked is None:
            masked = _blank_medical_tests(text)
        if placeholder_context(masked, start, end, 60):
            continue  # "a demo patient has diabetes", but not "my blood test showed"
        yield family, start, end
    for m in _always_matches(text):
        if (
            m.lastgroup == "financial_info"
            and text[max(0, m.start() - 2) : m.start()].lower() == "a "
        ):
            continue  # "a credit score of 650": any score, nobody's
        if (
            m.lastgroup == "financial_info"
            and m.group(0)[:2].lower() in ("he", "sh", "th")
            and _EXAM.search(text) is not None
        ):
            continue  # "Janet makes $18 an hour... how much does she earn": a word problem
        yield str(m.lastgroup), m.start(), m.end()
    yield from _side_always(text)


# What a public figure has told the world: health and private life on the record. Not
# when the writer speaks of themselves ("should I go public about my diagnosis?").
_PUBLIC_RECORD_FAMILIES = frozenset({"health", "personal_life"})
_PUBLIC_RECORD = re.compile(
    r"\b(?:(?:talk|talked|talks|spoke|speak|spoken|went|gone|came|come|written|wrote)\s+(?:out\s+)?"
    r"(?:publicly|openly)|opened\s+up\s+(?:publicly\s+)?about"
    r"|public(?:ly)?\s+(?:announce\w*|statement|record|knowledge|disclos\w+)"
    r"|(?:announce\w*|revealed|disclosed|confirmed)\s+(?:publicly|in\s+(?:an?|her|his|their)\s+"
    r"(?:interview|statement|memoir|video|documentary|post))"
    r"|(?:cancer|illness|diagnosis|health)\s+announcement|press\s+release|memoir|autobiography"
    r"|biography|biopic|documentary|wikipedia|it'?s\s+all\s+public|all\s+in\s+the\s+public\s+domain"
    # "From the BBC article: Buckingham Palace announced...": reported news.
    r"|(?:palace|white\s+house|kremlin|spokes(?:man|woman|person)|publicist|club|team)\s+"
    r"(?:announced|confirmed|said)|(?:bbc|cnn|reuters|guardian|news)\s+(?:article|report|story|piece)"
    r"|news\s+(?:article|report|story)|press\s+(?:conference|statement)"
    # "a famous footballer was talking about his depression on tv"
    r"|famous|celebrit(?:y|ies)|on\s+(?:tv|television|the\s+radio|national\s+tv))\b",
    re.IGNORECASE,
)
_PUBLIC_RECORD_CUES = CuePattern(_PUBLIC_RECORD)


# Conditions known by capitals that are also other words ("MS" is Microsoft or "Ms"),
# said of someone: "she has MS and gets flares", "diagnosed with MND".
_CONDITION_ACRONYM = re.compile(
    r"\b(?:(?i:i|he|she|they|we|you)\s+(?i:has|have|had|got|'ve\s+got|'s\s+got)"
    r"|(?i:i'?ve|he'?s|she'?s|they'?ve)\s+(?i:got)|(?i:my|his|her|their)"
    r"|(?i:diagnosed\s+with|living\s+with|suffers?\s+from|suffering\s+from))\s+"
    r"(?P<v>MS|ALS|MND|CFS|ME/CFS|CKD|T1D|T2D|BPD)\b"
    r"(?!\s+(?i:teams|office|word|excel|365|access|project|sql|edge|paint|dos|windows|outlook|"
    r"forms|azure|dynamics|visio|exchange|defender|account|licen[cs]e|subscription)\b)"
)


_ACRONYM_WORDS = ("ms", "als", "mnd", "cfs", "ckd", "t1d", "t2d", "bpd")


def _condition_acronyms(text: str) -> Iterator[tuple[str, int, int]]:
    # Looked up in the word index and tried around each capitalised one: "MS" is inside
    # many capitalised words, and a search of the whole text cost a tenth of a millisecond.
    index = shared(text, WordIndex)
    found: set[tuple[int, int]] = set()
    for word in _ACRONYM_WORDS:
        for pos in index.where(word):
            if text[pos : pos + len(word)] != word.upper():
                continue
            for m in _CONDITION_ACRONYM.finditer(text, max(0, pos - 40), pos + len(word) + 60):
                found.add(m.span("v"))
    for start, end in sorted(found):
        yield "health", start, end


def scan_topics(text: str) -> list[tuple[str, int, int]]:
    """All topic findings of ``text`` as ``(type, start, end)``, in one pass."""
    hits = list(_topic_hits(text))
    folded = fold_case(text)
    more = [(str(m.lastgroup), m.start(), m.end()) for m in _more_always_matches(folded)]
    more.extend(_condition_acronyms(text))
    more.extend(("health", start, end) for start, end in find_sick_notes(text))
    more.extend(("personal_media", start, end) for start, end in _find_media_of_writer(folded))
    more.extend(find_phrases(text, folded))
    if more and not is_fiction(text):  # the fiction check only when something was found
        hits.extend(more)
    hits.extend(("incident", start, end) for start, end in _find_incident_facts(text))
    if hits and _is_specification(folded):
        hits = [h for h in hits if _WRITER.search(sentence_around(folded, h[1], h[2]))]
    if hits and _CODE_TASK.search(folded):
        hits = [h for h in hits if _told_in_code_task(sentence_around(folded, h[1], h[2]))]
    # Whole-text searches through their cues: a search of a long alternation costs ~0.4 ms.
    if hits and _LIST_WORD_CUES.search(text) is not None:
        hits = [h for h in hits if not _in_label_list(text, h[1], h[2])]
    if hits and _PUBLIC_RECORD_CUES.search(text) is not None:
        # Whichever rule found it: "Buckingham Palace announced that King Charles had been
        # diagnosed with a form of cancer".
        hits = [h for h in hits if not _on_the_record(sentence_around(text, h[1], h[2]), h[0])]
    return hits


# A list of labels: "ticket category list: Phishing, Lost/stolen device, Misdirected
# email": each item names a kind, not something that happened.
_LIST_WORD = re.compile(
    r"\b(?:categor(?:y|ies)|taxonomy|drop-?downs?|pick-?lists?|options|labels|tags|"
    r"column\s+headers?|field\s+names?|menu\s+items?)\b",
    re.IGNORECASE,
)
_LIST_WORD_CUES = CuePattern(_LIST_WORD)


_ITEM_SEPARATOR = re.compile(r"\s*[,;|/•·\n]\s*")
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 4


def _in_label_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside a short item of a list of three or more,
    in a sentence that names the list ("categories", "options", "labels"...)."""
    sentence = sentence_around(text, start, end, 200)
    if not _LIST_WORD.search(sentence):
        return False
    head, _, listed = sentence.rpartition(":")
    items = [item for item in _ITEM_SEPARATOR.split(listed if head else sentence) if item]
    word = text[start:end]
    return len(items) >= _MIN_ITEMS and any(
        word in item and len(item.split()) <= _MAX_ITEM_WORDS for item in items
    )


# A text that says "shall" this often is a contract or a specification ("personnel shall
# not have been diagnosed with...", "the Contractor shall report security breaches"): its
# topic words are requirements, not events, unless the writer speaks of themselves.
_SPECIFICATION_SHALLS = 3
_SHALL = re.compile(r"\bshall\b")
_WRITER = re.compile(r"\b(?:" + "|".join(sorted(_WRITER_WORDS)) + r")\b")


# A request for code or a formula: "Write a SQL query that returns each employee's salary"
# names columns, not anyone's pay, unless the writer speaks of themselves.
_CODE_TASK = re.compile(
    r"\b(?:write|writing|give\s+me|need|generate|create)\s+(?:me\s+)?(?:a|an|the)\s+"
    r"(?:(?:sql|python|pandas|excel|regex|bash|javascript|js|dax|vba)\s+)?"
    r"(?:query|queries|script|function|regex|formula|macro|stored\s+procedure|class)\b"
)


def _told_in_code_task(sentence: str) -> bool:
    """Whether a sentence of a request for code still tells something of someone's: the
    writer is in it, or a figure ("... his salary is 38k")."""
    return _WRITER.search(sentence) is not None or _DIGIT.search(sentence) is not None


def _is_specification(folded: str) -> bool:
    """Whether ``folded`` (case-folded) reads as a contract or a specification."""
    return (
        folded.count("shall") >= _SPECIFICATION_SHALLS
        and len(_SHALL.findall(folded)) >= _SPECIFICATION_SHALLS
    )


def _family_finder(family: str) -> Finder:
    def find(text: str) -> Iterator[tuple[int, int]]:
        # The registry runs the group once per scan; a caller that asks the five
        # detectors one by one (a profile, a test) shares the pass through the ScanText.
        for fam, start, end in shared(text, scan_topics):
            if fam == family:
                yield start, end

    return find


# --- account, device and network identifiers given with a value ------------------------
# Pages and files that belong to the writer: "my website is https://...".
_PERSONAL_URL = re.compile(
    r"\b(?:my|our)\s+(?:personal\s+)?(?:website|web\s?site|site|blog|home\s?page|profile|page|portfolio|"
    r"linkedin|github|instagram|twitter|facebook|tiktok|youtube|channel|photos|pictures|album)\b[^\n]{0,20}?"
    r"(?P<v>(?:https?://|www\.)[^\s\"'<>]{4,200}|(?:linkedin\.com/in|github\.com|twitter\.com|x\.com|"
    r"instagram\.com|facebook\.com|tiktok\.com)/[^\s\"'<>]{2,200})"
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
    r"(?:someone|somebody|strangers?|hackers?|an?\s+unknown\s+\w+|ex|ex-\w+|partner|husband|wife|"
    r"boyfriend|girlfriend|flatmate|roommate|colleague|manager|boss)(?:\s+\w+){0,3}?\s+"
    r"(?:has\s+|had\s+)?"
    r"(?:is\s+|keeps\s+)?(?:logged|logging|logs|signed|signing|signs|got|broke|breaking)\s+in(?:to)?\s+(?:my|our)|"
    r"(?:unknown|unrecogni[sz]ed|strange|unfamiliar)\s+(?:device|login|sign-?in|session|app|user)s?\s+"
    r"(?:\w+\s+){0,2}?(?:connected|logged|signed|accessing|using)\s+(?:\w+\s+)?(?:my|our)|"
    r"(?:i|we)\s+(?:accidentally\s+|just\s+)?(?:clicked|clickd|clikd|opened|downloaded)\s+(?:on\s+)?"
    r"(?:a|an|the|that|this)\s+"
    r"(?:\w+\s+)?(?:link|attachment|file)|"
    r"my\s+(?:credit\s+|debit\s+|bank\s+)?(?:card|account|identity|credentials|password|email|phone)\s+"
    r"(?:was|were|has\s+been|got)\s+(?:used|accessed|compromised|stolen|cloned|skimmed|hijacked|taken\s+over)|"
    # "some1", "sum1": typed in a hurry.
    r"(?:someone|somebody|some1|sum1|strangers?|hackers?)\s+(?:has\s+been\s+|has\s+|is\s+|keeps\s+)?"
    r"(?:used|using|stole|took|accessed|accessing|changed|reset|disabled|removed|deleted|added|knows|has|got|"
    r"guessed|found|posted|shared|published|cloned|skimmed|hacked|hijacked|compromised|spoofed|copied|"
    r"screenshotted|screenshot|forwarded|leaked|printed)\s+(?:my|our)\s+(?:\w+\s+)?"
    r"(?:credentials|password|account|login|identity|name|photos?|card|email|mfa|2fa|authenticator|phone|"
    r"laptop|computer|files|data|drive|mailbox|badge|key\s*card|access\s+card|keys|fob|car|pin|messages|"
    r"msgs|texts|chats|dms|conversations?|e-?mails|pics|pictures)|"
    r"(?:someone|somebody|strangers?|hackers?)\s+(?:has\s+)?(?:took|taken)\s+over\s+(?:my|our)\b|"
    # Someone has been where only the writer goes: "someone's been into my outlook".
    r"(?:someone|somebody|a\s+stranger|strangers|hackers?|an?\s+intruder)(?:'s|\s+has|\s+had)?\s+been\s+"
    r"(?:into|in|through|on|using|reading|accessing|going\s+through|looking\s+through)\s+(?:my|our)\b|"
    # Someone close reading what is the writer's: "my wife has been reading my work emails".
    r"(?:wife|husband|partner|ex|boyfriend|girlfriend|flatmate|roommate|housemate|boss|manager|colleague|"
    r"coworker|mum|mom|dad|parents?|brother|sister|someone|somebody)\s+(?:has\s+been|'s\s+been|keeps|is|was)\s+"
    r"(?:reading|checking|going\s+through|looking\s+through|tracking|monitoring|accessing|logging\s+into)\s+"
    r"(?:all\s+)?(?:my|our)\s+(?:\w+\s+)?(?:e-?mails|messages|texts|phone|chats|dms|inbox|mail|whatsapp|"
    r"diary|location|laptop|account|browser\s+history|search\s+history|calls)\b|"
    # Theft told plainly: "someone stole my wallet", "a stranger tailgated me into the building".
    r"(?:tailgated|piggybacked|followed)\s+(?:me|us)\s+(?:in|into|through)\b|"
    # Encrypted by ransomware: "our file server got encrypted", "all shares encrypted".
    r"(?:servers?|shares?|drives?|laptops?|pcs?|machines?|databases?|dbs?|nas|systems?|backups?|"
    r"files)\s+(?:all\s+)?(?:got|was|were|has\s+been|have\s+been|had\s+been|now)?\s*"
    # Not a setting: "encrypted with bitlocker", "encrypted at rest".
    r"(?:all\s+)?(?:encrypted|locked\s+by|held\s+to\s+ransom)(?!\s+(?:with|using|at\s+rest|in\s+transit|"
    r"by\s+default|via|through|end|on\s+disk|before|when|if))|"
    # A found stick plugged in: "found a usb stick in the car park and plugged it in".
    r"found\s+(?:a|an|some)\s+(?:\w+\s+)?(?:usb|stick|drive|device|cable|charger)\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:plugged|inserted|connected|opened)|"
    # The boss's odd request: "the ceo's account sent a weird gift card request".
    r"(?:weird|strange|suspicious|odd|fake|dodgy|unusual)\s+(?:\w+\s+)?(?:gift\s*card|wire\s+transfer|"
    r"bank\s+details?\s+change)\s+(?:request|email|message|text|call)|"
    # A device left behind in a public place, or missing: "i left my work phone in a taxi".
    r"(?:i|we)\s+(?:\w+\s+)?(?:left|forgot|dropped)\s+(?:my|our|the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:laptop|phone|badge|tablet|ipad|bag|backpack|wallet|usb|drive|device|yubikey)\s+(?:in|on|at)\s+"
    r"(?:a|an|the)\s+(?:taxi|cab|uber|train|bus|tram|plane|flight|airport|station|restaurant|bar|pub|"
    r"cafe|hotel|gym|park|shop|store|conference)|"
    r"(?:i|we)\s+(?:can'?t|cannot|can\s+not)\s+find\s+(?:my|our|the)\s+(?:work\s+|company\s+)?"
    r"(?:laptop|phone|badge|usb|stick|tablet|yubikey|wallet|key\s+card)\s*(?:anywhere|$|[.,!;])|"
    # "the usb i can't find": the device named just before.
    r"(?:(?<=usb\s)|(?<=stick\s)|(?<=drive\s)|(?<=laptop\s)|(?<=phone\s)|(?<=badge\s))(?:i|we)\s+"
    r"(?:can'?t|cannot)\s+find\b|"
    # Money paid to a fraud: "i paid a fake invoice".
    r"(?:i|we)\s+(?:\w+\s+)?(?:paid|transferred|wired|sent)\s+(?:money\s+to\s+|the\s+money\s+to\s+)?"
    r"(?:a|an|the|that|this)\s+(?:fake|fraudulent|bogus|scam|spoofed|phishing)\b|"
    # Passwords shared on purpose: "i told him my password", "we share our login".
    r"(?:i|we)\s+(?:\w+\s+)?(?:shared|share|gave\s+(?:\w+\s+)?|told\s+(?:\w+\s+)?)(?:my|our)\s+"
    r"(?:password|passcode|pin|login|credentials|mfa\s+code|2fa\s+code)|"
    # Someone hurting or threatening the writer: "he shouted at me", "a customer grabbed me".
    # Not a tool's warnings: "pycharm is yelling at me about it".
    r"(?<!it's\s)(?<!it\sis\s)(?<!pycharm\sis\s)(?<!compiler\sis\s)(?<!linter\sis\s)(?<!ide\sis\s)"
    r"(?<!code\sis\s)(?<!mypy\sis\s)(?<!eslint\sis\s)(?<!typescript\sis\s)"
    r"(?:yell(?:ed|ing|s)|shout(?:ed|ing|s)|scream(?:ed|ing|s)|swore|swearing|swears|curs(?:ed|ing|es)|"
    r"snapp(?:ed|ing))\s+at\s+(?:me|us)\b|"
    r"(?:touched|grabbed|groped|pushed|slapped|punched|kicked|shoved|threatened|spat\s+at)\s+me\b|"
    # The gift-card scam: "an email from 'the ceo' asking for gift cards".
    r"(?:asking|asked)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:for|to\s+buy|to\s+get)\s+(?:some\s+)?(?:\w+\s+)?gift\s*cards?|"
    # Malware the writer caught: "i think i got a virus".
    r"(?:i|we)\s+(?:got|have|caught|downloaded|installed)\s+(?:a\s+|some\s+)?(?:virus|malware|trojan|"
    r"ransomware|spyware|keylogger)|"
    # Sign-ins from elsewhere: "logins from another country".
    r"(?:logins?|log-?ins?|sign-?ins?|access|activity)\s+from\s+(?:another|a\s+different|an?\s+unknown|"
    r"a\s+foreign|some\s+other|an?\s+unusual|a\s+strange)\s+(?:country|location|city|ip|device|place)|"
    # Harassment told indirectly: "comments about my weight".
    r"(?:comments?|remarks?|jokes?|messages?)\s+about\s+my\s+(?:weight|body|appearance|looks|race|"
    r"religion|accent|age|gender|sexuality|pregnancy|disability|skin|turban|hijab|headscarf|"
    r"faith|beard|hair|name|colou?r|ethnicity|nationality|height|stutter|wheelchair)|"
    # Ransomware: "my files are encrypted and i must pay bitcoin".
    r"(?:my|our|all\s+(?:my|our|the))\s+(?:\w+\s+)?files\s+(?:are|were|got|have\s+been|has\s+been)\s+"
    r"(?:encrypted|locked|deleted|wiped)|(?:pay|send)\s+(?:the\s+|a\s+)?(?:ransom|(?:in\s+)?(?:bitcoin|btc))|"
    # Sign-ins, payments and prompts the owner disowns.
    r"(?:push|prompt|notification|login|sign-?in|request|charge|transaction|payment|purchase|transfer|"
    r"reset|order)(?:es|s)?\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:did\s*n[o']?t|didnt|never)\s+(?:start|request|make|"
    r"send|authori[sz]e|initiate|recogni[sz]e|ask\s+for|order|place|approve|do)|"
    # Many of them, not one draft: "sent items to people i never emailed".
    r"(?:e-?mails|messages|texts|posts|tweets|items|sessions|bookings|devices|logins|sign-?ins)\s+"
    r"(?:(?:to|from|for|on|in)\s+(?:[\w'-]+\s+){1,3}?){0,2}(?:that\s+|which\s+)?(?:i|we)\s+"
    r"(?:did\s*n[o']?t|didnt|never)\s+(?:start|request|make|made|send|sent|email|emailed|write|wrote|post|"
    r"posted|buy|bought|authori[sz]e|initiate|recogni[sz]e|ask\s+for|order|ordered|place|approve|do|add|added|"
    r"log\s+in|logged\s+in|sign\s+in|signed\s+in)\b|"
    r"my\s+(?:\w+\s+)?(?:account|email|mailbox|phone|profile)\s+(?:is\s+|has\s+been\s+|was\s+|keeps\s+)?"
    r"(?:sending|sent|posting|posted)\s+(?:\w+\s+){0,2}(?:spam|emails|messages|posts)|"
    # Media found or handed over.
    r"(?:i|we)\s+(?:have\s+|just\s+)?(?:lost|misplaced)\s+(?:a|an|my|the|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:laptop|phone|usb|stick|drive|badge|device|tablet|yubikey|token|files|records|documents|"
    r"folder|notebook|backpack|bag|key\s+card)|"
    r"(?:plugged\s+in|inserted|connected|used)\s+(?:a|an|the|some)\s+(?:[\w-]+\s+)?(?:usb|stick|drive|device|"
    r"cable|charger)\s+(?:that\s+)?(?:i|we|someone)\s+(?:found|got\s+from|was\s+given)|"
    r"(?:ex-?employees?|former\s+(?:employees?|colleagues?|staff|contractors?)|leavers?|ex-?colleagues?|"
    r"ex-?contractors?)\s+(?:still\s+)?(?:has|have|had|with)\s+access|"
    r"(?:saw|caught|noticed|watched)\s+(?:someone|somebody|a\s+stranger|a\s+person|a\s+man|a\s+woman)\s+"
    r"(?:\w+\s+)?(?:copy|copying|steal|stealing|take|taking|photograph|photographing|download|downloading|"
    r"access|accessing)|"
    # Mistakes told after the fact: "i shared the deck with anyone with the link by mistake".
    r"(?:i|we)\s+(?:\w+\s+)?(?:sent|shared|emailed|forwarded|posted|uploaded|published|deleted|exposed|"
    r"attached|put|pasted|dropped|saved|copied|included|added|cc'?e?d)\b[^.?!\n]{0,60}?\b(?:by\s+mistake|"
    r"by\s+accident|in\s+error|to\s+the\s+wrong\s+\w+)|"
    # Work data sent out to a personal account: "i emailed the payroll file to my personal gmail".
    r"(?:i|we)\s+(?:\w+\s+)?(?:emailed|sent|forwarded|uploaded|copied|synced|saved|moved)\s+"
    r"(?:[\w'-]+\s+){0,4}?to\s+my\s+(?:personal|private|home|own)\s+(?:\w+\s+)?(?:email|e-mail|gmail|"
    r"account|drive|dropbox|laptop|computer|pc|phone|address|mail|cloud|icloud)|"
    # Being followed, and devices left open.
    r"followed\s+(?:me|us)\s+(?:home|to\s+(?:my|our|the)\s+(?:car|house|home|flat|door|office|station))|"
    r"left\s+(?:(?:my|our|the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:unlocked|unattended)|"
    # Unwanted attention: "he keeps sending me inappropriate messages".
    r"(?P<attention>(?:inappropriate|unwanted|sexual|threatening|abusive|racist|sexist|offensive|creepy)\s+"
    r"(?:messages?|comments?|remarks?|jokes?|texts?|emails?|photos?|pictures?|advances|touching))|"
    r"(?:records|data|credentials|details|information|passwords?|accounts?)\s+(?:were|was|got|have\s+been|has\s+been)\s+(?:exposed|leaked|compromised|stolen|"
    r"breached|accessed)|(?:suspicious|fraudulent)\s+(?:transaction|login|charge|activity)|"
    r"(?:left|were|was)\s+(?:visible|exposed)|(?:mistakenly|accident(?:al)?ly|accidentaly|inadvertently|"
    r"unintentionally)\s+(?:emailed|sent|shared|uploaded|posted|exposed|attached|leaked|b?cc'?e?d|"
    r"forwarded|published|disclosed))\b",
)


# Handing over a secret is an incident when something lured it out of you; typing a
# password into the login page is not.
_HANDED_OVER = re.compile(
    # "a text saying my parcel was held, paid the 1.99 fee": money handed to the lure.
    r"\bpaid\s+(?:the|a|an|their)\s+(?:[\w.,£$€-]+\s+){0,2}?(?:fee|charge|fine|customs|release|"
    r"redelivery|delivery\s+charge|admin\s+fee|deposit)\b|"
    r"\b(?:gave|told|sent|shared|read|entered|typed|put\s+in|submitted|disclosed|confirmed|handed)\s+"
    r"(?:out\s+|over\s+)?(?:(?:him|her|them|it|someone|the\s+\w+)\s+)?"
    # Someone else's details handed to a caller: "gave out a customer's home address".
    r"(?:my|our|the|(?:an?\s+|the\s+)?[\w-]+'s)\s+(?:\w+\s+)?(?:code|password|pin|login|"
    r"credentials|details|otp|passcode|card|bank\s+details|address|phone\s+number|number|records|pw|pwd|"
    r"passwd|pword|card\s+details|card\s+number|"
    r"date\s+of\s+birth|dob)\b"
    # "a weird text with a link, and i clicked it"
    r"|\b(?:clicked|opened|downloaded|installed|ran)\s+(?:on\s+)?(?:it|that\s+link|the\s+link|the\s+attachment)\b"
    r"|\bclicked\s+(?:on\s+)?(?:it\s+|the\s+link\s+)?and\s+(?:logged|signed|entered|typed)\b"
    # A hurried note drops the "my": "clicked dodgy docusign link, entered password".
    r"|\b(?:clicked|clikd|clickd|opened)\s+(?:on\s+)?[^.?!\n]{0,40}?\b(?:link|attachment|qr)\b"
    r"[^.?!\n]{0,60}?\b(?:entered|typed|put\s+in|gave)\s+(?:in\s+)?(?:my\s+)?(?:\w+\s+)?(?:password|pw|pwd|"
    r"passwd|creds|credentials|login|otp|pin)\b",
)
_LURE = re.compile(
    r"\b(?:fake|phish\w*|suspicious|weird|strange|scam\w*|sms|text\s+message|link|pop-?up|caller|"
    r"stranger|pretend\w*|claim\w*\s+to\s+be|posing|impersonat\w*|spoof\w*|call(?:ed|ing)?|phoned|rang|"
    r"mailbox\s+(?:is\s+)?full|verify\s+your|suspended|worried|scared|panicking|"
    r"(?:text|email|e-mail|message|call|voicemail|letter)\s+saying)\b",
)


_incident_fact_matches = CuePattern(_INCIDENT_FACT, word_needs=True).finditer_folded
# Its alternation of verbs would be tried at every position: only at the verbs (see _cues).
_handed_over_matches = CuePattern(_HANDED_OVER).finditer_folded


_TOO_LATE = re.compile(
    r"\b(?:expired|timed\s+out|ran\s+out)\s+(?:\w+\s+)?(?:before|by\s+the\s+time)\s+(?:i|we)\s+$"
)

_AIMED_AT_WRITER = re.compile(r"\b(?:me|us)\b", re.IGNORECASE)
# Aimed at someone: "our tradie made sexual comments to her while fixing the tap",
# "keeps sending creepy texts to Amira", "... at one of our trainees".
_DONE_TO = re.compile(
    r"\s+(?:to|at|towards)\s+(?:her|him|(?P<name>[A-Z][a-z]+)\b|(?:our|my|one\s+of\s+"
    r"(?:our|the))\s+(?:[\w-]+\s+)?(?:tenants?|colleagues?|trainees?|interns?|apprentices?|nurses?|"
    r"receptionists?|cleaners?|students?|pupils?|residents?|guests?|workers?|staff|temps?)\b)"
)


_DOING_BEFORE = re.compile(
    r"\b(?:made|making|makes|keeps|kept|sent|sending|sends|passed|passing|directed|aimed)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _done_to_someone(text: str, start: int, end: int) -> bool:
    m = _DONE_TO.match(text, end)
    if m is None or _DOING_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    name = m.group("name")
    return name is None or name.lower() in given_names()


_WRITER_SUBJECT = re.compile(r"\b(?:i|we|i'm|i've|im)\b")


def _someone_else_supposed(folded: str, start: int) -> bool:
    """Whether the sentence supposes, before ``start``, what someone other than the writer
    did ("if a user clicked..."); the writer's own "if I clicked..." may be a confession."""
    head = folded[max(0, start - 120) : start]
    for sep in (". ", "? ", "! ", "\n"):
        head = head[head.rfind(sep) + 1 :]
    return _HYPOTHETICAL.search(head) is not None and _WRITER_SUBJECT.search(head) is None


# The paperwork for a kind of incident, named right after it.
_PAPERWORK_AFTER = re.compile(
    r"\s+(?:(?:report|response|notification)\s+)?(?:templates?|forms?|checklists?|plans?|"
    r"polic(?:y|ies)|process(?:es)?|procedures?|playbooks?|runbooks?|training|drills?)\b",
    re.IGNORECASE,
)


def _find_incident_facts(text: str) -> Iterator[tuple[int, int]]:
    if is_fiction(text):
        return
    folded = fold_case(text)
    for m in _handed_over_matches(text):
        if _TOO_LATE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "the reset link expired before I clicked it": nothing was handed over
        if _LURE.search(folded, max(0, m.start() - 120), m.end() + 60) and not REHEARSAL.search(
            sentence_around(folded, m.start(), m.end())
        ):
            if _someone_else_supposed(folded, m.start()):
                continue  # "what happens if a user clicked a link and entered password?"
            yield m.span()
    for m in _incident_fact_matches(text):
        sentence = sentence_around(text, m.start(), m.end())
        if (
            _GENERIC_START.match(sentence)
            or (sentence.rstrip().endswith("?") and "my" not in sentence.lower())
            or _asked_in_general(text, m.start())
        ):
            continue
        if asked_after_a_dash(text, m.start(), m.end()):
            continue  # "Equifax breach 2017 - how many records were exposed?"
        if _PAPERWORK_AFTER.match(text, m.end()):
            continue  # "security incident report template": the form, nothing happened
        if m.group("attention") is not None and not (
            _AIMED_AT_WRITER.search(sentence) or _done_to_someone(text, m.start(), m.end())
        ):
            continue  # "inappropriate comments get a warning": a rule, not something that happened
        if REHEARSAL.search(sentence):
            continue  # "i clicked the link in the phishing simulation": staged, nothing lost
        if sent_nothing_private(m.group(0), sentence.lower()):
            continue
        yield m.span()
    yield from _find_named_warnings(text)
    yield from find_workplace_incidents(text)


def _find_named_warnings(text: str) -> Iterator[tuple[int, int]]:
    for m in _named_warning_matches(text):
        who = text[m.start("who") : m.end("who")]  # the match is on the folded text
        if (
            who[:1].isupper()
            and who.split(maxsplit=1)[0].lower() in world_given_names()
            and not placeholder_context(text, m.start(), m.end(), 60)
        ):
            yield m.span()


# A warning given to someone by name: "draft the final written warning for Sinead Carr".
_NAMED_WARNING = re.compile(
    r"\b(?:final\s+|first\s+|second\s+|formal\s+)?(?:written|verbal)\s+warning\s+"
    r"(?:letter\s+)?(?:for|to)\s+(?P<who>[a-z]+(?:\s+[a-z'-]+)?)"
)
_named_warning_matches = CuePattern(_NAMED_WARNING).finditer_folded


_PROFILE = re.compile(
    # "usrnm", "user name", "username" all name the same thing.
    r"\b(?:us(?:e)?r\s?n(?:a)?m(?:e)?|login(?:\s+(?:name|id))?|user\s+id|handle|screen\s+name|display\s+name|"
    r"alias|nick(?:name)?|"
    r"account\s+name|recovery\s+e-?mail|security\s+question|"
    r"(?:mother'?s\s+)?maiden\s+name|"
    r"employee\s+id|staff\s+id|badge\s+(?:number|id)|gamer\s?tag|psn\s+id|"
    r"(?:discord|skype|steam|psn|xbox|telegram|slack|teams|github|gitlab|instagram|insta|ig|twitter|"
    r"tiktok|snapchat|reddit|twitch|mastodon|bluesky)\s+(?:handle|username|user\s?name|name|id|tag))"
    # "the login for the portal is", "maiden name for verification is": what it is for;
    # "username of Wafula at Jumia is": whose and where.
    r"(?:\s+(?:for|on|to|of|at)\s+(?:the\s+|my\s+|our\s+)?[\w-]{2,20}(?:\s+[\w-]{2,20}){0,4}(?=\s+(?:is|was)\b|\s*:))?"
    r"\s*+(?:is\b|was\b|:|=|from\b|frm\b)\s*+['\"‘“]?"
    # "aus\\mthompson" (a Windows domain login), "O'Sullivan" (a name with an apostrophe)
    r"(?P<v>@?\w(?:[\w.@\\-]{1,63}(?:['’]\w[\w.@-]{0,40})?|['’]\w[\w.@-]{0,40}))"
    # Staff numbers, said without "is": "emp no 77120".
    r"|\b(?:emp(?:loyee)?|staff|personnel)\s*(?:no\.?|nr\.?|num(?:ber)?|#)\s*+(?:is\b|was\b|:|=)?\s*+"
    r"(?P<e>(?-i:[A-Z]{0,3})\d[\d-]{2,15}+)\b"
    # A login named without "is": "salesforce login m.rossi_sales still has admin",
    # "old anjali.k new anjali.krishnan" (see _find_profile: a handle's shape is required).
    r"|\b(?:us(?:e)?r\s?n(?:a)?m(?:e)?s?|logins?|users?|accounts?|accts?|handles?|old|new|previous|former)"
    r"(?:'s)?\s+(?:(?:one|acct|account|login|username|name|id)\s+)?(?:is\s+|was\s+|:\s*|=\s*)?"
    # "the account is under leanne.w.1979", "user 'dpatel_cc'", "accounts jsmith and j.smith2"
    r"(?:(?:is\s+|was\s+)?(?:under|as|called|named)\s+)?['\"‘“]?"
    r"(?:[a-z][\w.]{1,30}\s+(?:and|&|or)\s+)?"
    r"(?P<u>[a-z][a-z0-9]*+(?:[._][a-z0-9]++)++)(?![\w@])"
    # Loyalty and membership numbers: "loyalty acct 8820-331-07 is mine".
    r"|\b(?:loyalty|membership|member|rewards?|frequent\s+flyer|air\s?miles|club|subscriber|"
    r"subscription|player|patient|policy|policyholder|insurance)\s+(?:acct|account|card|number|no\.?|"
    r"id|#)(?:\s+(?:number|no\.?|#))?\s*+(?:is\b|was\b|:|=|#)?\s*+"
    r"(?P<d>(?-i:[A-Z]{0,3})\d(?:[ -]?\d){3,24})"
    # The answer to a security question, whatever its shape: "security answer is the street...".
    # ... or quoted straight after: "bank app security answer 'Kanpur'".
    # ... or whose first: "security answers for Thiago: ...", "respostas de segurança do Thiago".
    r"|\bsecurity\s+(?:question\s+)?answers?(?:\s+(?:of|for|do|da|de|del)\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s*+(?:(?:is|was|:|=)\s*+|(?=['\"‘“](?!s\b)\w))"
    r"(?P<a>(?!(?:case|wrong|incorrect|not|required|invalid|empty|blank|missing|optional|too|"
    r"being|now|still|correct|right|the\s+same|different|set|saved|needed|mandatory)\b)"
    r"[^,.;?!\n]{2,60}+)"
    r"|\bhandle\s+(?P<h>@[\w.-]{2,64})"
    # Who is signed in, read off a screenshot: "Welcome back, oliverw_1994!"
    r"|\bwelcome\s+back,?\s+(?P<w>(?-i:@?[a-z][a-z0-9]*[._][\w.]*[a-z0-9]|@?[a-z]+\d{2,}))(?=[!,.\s]|$)"
    r"|\b(?:account|acct|card)\s*holder(?:'s)?(?:\s+name)?\s*+(?:is\b|:)?\s*+"
    r"(?P<n>(?-i:[A-Z][a-z'-]{1,20}(?:\s[A-Z][a-z'-]{1,20}){1,2}))",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"\b(?:my|our|his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)


_profile_matches = anchored_matches(
    words(
        "user usr usernm usrnm login handle screen display account acct card recovery security "
        "alias nick nickname welcome "
        "mother maiden employee staff badge emp old new previous former loyalty membership member "
        "reward frequent air club subscriber subscription player patient policy insurance gamer "
        "gamertag psn discord skype steam xbox telegram slack teams github gitlab instagram insta "
        "ig twitter tiktok snapchat reddit twitch mastodon bluesky"
    ),
    _PROFILE,
)
_CODE_SIGNS = frozenset("(){}[];=<>")


# What a dotted word ends with when it is a file or a site, not a login.
_NOT_LOGIN_ENDS = (
    ".js",
    ".py",
    ".html",
    ".htm",
    ".php",
    ".ts",
    ".css",
    ".json",
    ".xml",
    ".txt",
    ".md",
    ".cfg",
    ".yml",
    ".yaml",
    ".conf",
    ".ini",
    ".log",
    ".exe",
    ".sh",
    ".jsx",
    ".tsx",
    ".vue",
    ".rb",
    ".go",
    ".java",
    ".cs",
    ".cpp",
    ".com",
    ".org",
    ".net",
    ".io",
    ".local",
    ".internal",
    ".png",
    ".jpg",
    ".pdf",
    ".csv",
    ".xlsx",
    ".docx",
    ".zip",
    ".tsv",
    ".sql",
    ".env",
    ".lock",
    ".toml",
)
_FIELD_WORDS = words(
    "name user username first last firstname lastname surname example test demo sample value email "
    "domain company id key field"
)
_LOGIN_CONTEXT = re.compile(
    r"\b(?:accts?|accounts?|logins?|usernames?|user\s+names?|profiles?|sign\s?in|admin|access|"
    r"merge|locked|disable|remove|rename|handle|portal|sso|sign\s?on|log\s?in|impersonat\w*)\b",
    re.IGNORECASE,
)


_SAID_IS = re.compile(r"\s(?:is|was)\s", re.IGNORECASE)
_PROSE_BRACKETS = re.compile(r"\([A-Za-z][A-Za-z ,'’-]{0,60}\)")
_NAMED_AS = re.compile(r"\s(?:under|as|called|named)\s", re.IGNORECASE)


def _login_value(text: str, m: re.Match[str]) -> bool:
    """Whether the dotted word after "login", "old", "new"... is a login name."""
    value = m.group("u").lower()
    # Code around it ("user = get_user(x)"), not a remark in brackets ("(personal one)"):
    # read on the value's line, at most a few hundred characters, to stay linear.
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 300)
    hi = text.find("\n", m.end())
    hi = m.end() + 300 if hi == -1 else min(hi, m.end() + 300)
    rest = _PROSE_BRACKETS.sub(" ", text[lo : m.start()] + " " + text[m.end() : hi])
    if value.endswith(_NOT_LOGIN_ENDS) or _CODE_SIGNS.intersection(rest):
        return False
    if text.startswith("(", m.end("u")):
        return False  # user.get_name(...)
    if _FIELD_WORDS.intersection(re.split(r"[._]", value)):
        return False  # "old.name", "user.email": a field, not somebody's login
    if not any(ch.isalpha() for ch in value.replace(".", "").replace("_", "")[:3]):
        return False
    # Something else in the sentence must be about accounts: "the login auth.service fails" is not.
    sentence = sentence_around(text, m.start(), m.end()).replace(m.group(0), " ", 1)
    # "my steam account kwame_gh", "the account is under leanne.w.79": whose it is, or
    # what it is called, says enough.
    owned = _OWNER_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
    named = _NAMED_AS.search(m.group(0)) is not None
    return owned or named or _LOGIN_CONTEXT.search(sentence) is not None


# An account the world follows: "Taylor Swift's verified handle", "the UN's official X
# handle". A handle that spells its owner's name is no sign: "Priya Kumar's handle is
# @priyakumar" is a colleague's.
_OFFICIAL = re.compile(r"\b(?:official|verified|blue\s+tick)\b", re.IGNORECASE)


def _public_handle(text: str, start: int, end: int) -> bool:
    return _OFFICIAL.search(sentence_around(text, start, end, 100)) is not None


def _find_profile(text: str) -> Iterator[tuple[int, int]]:
    for m in _profile_matches(text):
        if m.group("n") is not None or m.group("h") is not None:  # a holder's name, an @handle
            held = "n" if m.group("n") is not None else "h"
            if held == "h" and (
                _PLACEHOLDER_HANDLE.search(m.group("h"))
                or placeholder_context(text, m.start("h"), m.end("h"), 60)
                or _public_handle(text, m.start("h"), m.end("h"))
            ):
                continue  # "the handle @yourname in the signature template"
            yield m.span(held)
            continue
        if m.group("u") is not None:
            if _login_value(text, m) and not placeholder_context(text, m.start("u"), m.end("u")):
                yield m.span("u")
            continue
        group = next((g for g in "daew" if m.group(g) is not None), None)
        if group is not None:
            if not placeholder_context(text, m.start(group), m.end(group)):
                yield m.span(group)
            continue
        value = m.group("v")
        # "username: str", "username = str(username)" in code: a real handle has a
        # digit or a dot/@/_ in it, or the text says whose it is ("my username is jsmith").
        handle_shaped = not value.isidentifier() and any(
            ch.isdigit() or ch in "._@-\\" for ch in value.strip(".-")
        )
        # "username: m_schulz93, please reset my mfa": letters and digits in prose, not code.
        line_end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : line_end if line_end != -1 else len(text)]
        prose = not _CODE_SIGNS.intersection(line)
        handle_shaped = handle_shaped or (
            any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value) and prose
        )
        # "his handle on discord is vortex_kai": said in a sentence, not assigned in code.
        handle_shaped = handle_shaped or (
            prose and "_" in value.strip("_") and _SAID_IS.search(m.group(0)) is not None
        )
        owned = _OWNER_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
        # A security answer or maiden name is a secret whoever it belongs to.
        owned = owned or m.group(0).lower().startswith(("security", "mother", "maiden"))
        called = text[m.end("v") : m.end("v") + 1] == "("  # username.encode(...)
        if (
            (handle_shaped or owned)
            and not called
            and value.lower() not in _NOT_HANDLES
            and not placeholder_context(text, m.start("v"), m.end("v"), 80)
            and not (value.startswith("@") and _public_handle(text, m.start("v"), m.end("v")))
        ):
            yield m.span("v")


# Answers to the usual security questions, given by their shape: "first pet Bruno, first
# school St Day - thats what the bank app asks", "street I grew up on ... Wellington Road".
_MEMORABLE = re.compile(
    r"\b(?:(?:first|childhood|favou?rite|oldest)\s+(?:pet|dog|cat|school|car|teacher|street|"
    r"best\s+friend)(?:['’]s\s+name)?"
    r"|(?:street|road|town|city)\s+i\s+grew\s+up\s+(?:on|in)|(?:town|city)\s+i\s+was\s+born\s+in"
    r"|(?:mother|mum|mom)['’]?s\s+maiden\s+name|place\s+of\s+birth)\b"
    # The answer next, or at the end of the remark: "..., Wellington Road".
    r"(?:\s+(?:is|was|=|:|-))?\s*[^.;?!\n]{0,60}?"
    r"(?P<v>(?-i:[A-Z][\w'’-]{1,20}(?:\s+[A-Z][\w'’-]{1,20}){0,2}))",
    re.IGNORECASE,
)
_memorable_matches = CuePattern(_MEMORABLE).finditer
# Where those answers are asked for: a reset, a bank's or an account's check.
_SECURITY_CHECK = re.compile(
    r"\b(?:security|secret|memorable|reset|recovery|verification|verify|challenge)\s*(?:question|"
    r"answer|word|info|information|q)s?\b|\b(?:bank|app|site|portal|account|login)\s+(?:\w+\s+)?"
    r"(?:asks|asked|wants|needs)\b"
    # "the first pet answer on the account is Snowy"
    r"|\b(?:pet|school|street|maiden|birth|teacher|car|friend|name)\s+answer\b"
    r"|\banswer\s+(?:on|in)\s+(?:the|his|her|their|my)\s+(?:account|file|profile|record)\b",
    re.IGNORECASE,
)


def _find_security_answers(text: str) -> Iterator[tuple[int, int]]:
    """Answers to the usual security questions where a security check is spoken of."""
    for m in _memorable_matches(text):
        if _SECURITY_CHECK.search(sentence_around(text, m.start(), m.end(), 160)) and not (
            placeholder_context(text, m.start("v"), m.end("v"), 80)
        ):
            yield m.span("v")


# Handles written to be replaced: "@YourNameHere", "@your_handle", "@username".
_PLACEHOLDER_HANDLE = re.compile(r"your|user_?name|example|placeholder|handle", re.IGNORECASE)
_NOT_HANDLES = words(
    "str int bytes none null string the a an self required optional "
    # "my login is slow today": how it behaves, not what it is
    "slow broken locked expired wrong not invalid disabled blocked working failing gone missing "
    "fine correct case too still different same changed reset taken available empty long short "
    "weird stuck greyed grayed showing visible hidden incorrect mine it this that "
    "which what who how where when why please pls required? needed needed?"
)
_DEVICE = re.compile(
    # "srl nmbr": serial numbers are typed in a hurry
    r"\b(?:s(?:e)?r(?:ia)?l(?:\s+(?:number|nmbr|nbr|nr|no\.?|num|#))?|s/n|sn|imei[12]?|meid|"
    # "radio ser. 4471-0092", "ser no 88-1"
    r"ser(?=\.|\s+(?:no|nr|num|#))(?:\s+(?:no|nr|num|#))?|"
    # "ser 60F3A2C1": the bare abbreviation before a value of capitals and digits
    r"ser(?=\s+(?-i:[A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*|[A-Z0-9]*[A-Z][A-Z0-9]*\d[A-Z0-9]*)\b)|"
    # "the one with the sticker GCC-POS-017": letters and digits, checked below
    r"(?P<sticker>(?:asset\s+|id\s+|barcode\s+)?sticker)|"
    r"(?:service|servce|srvc|svc|serv)\s+(?:tag|tg)|(?:laptop|device|it|equipment|inventory)\s+tag|"
    r"(?:device|pc|laptop|host)\s+name|"
    r"asset\s+(?:tag|number|no\.?|id)|asset(?=\s*#)|"
    r"product\s+key|licen[cs]e\s+key|activation\s+key|udid|device\s+id|hardware\s+id|hostname|"
    r"computer\s+name|machine\s+name|ssid|"
    # A vehicle's or machine's own number: "VIN 1HGCM82633A004352", "chassis no. H2X391K04712"
    r"vin(?:\s+(?:number|no\.?|nr|#))?(?=\s*[:#=]?\s*[A-HJ-NPR-Z0-9]{11,17}\b)|"
    r"(?:chassis|engine)\s+(?:number|no\.?|nr|num|#)|chassis(?=\s*[:#])|"
    r"wi-?fi\s+(?:name|network)|(?:home|wireless|wifi)\s+network"
    r"(?:\s+name)?|(?:home|my)\s+wi-?fi(?=\s+(?:is\s+)?(?:called|named))|wi-?fi(?=\s+(?:at|in)\s+my\b))\b\.?"
    # "of my laptop", "for my work phone"
    # ... or of someone named: "of the MacBook of Sofía", "of Liza's company phone"
    r"(?:\s+(?:of|on|for|in|at)\s+(?:(?:my|the|our|his|her|their)\s+\w+(?:\s+(?!(?:of|on|for|in|at)\s)\w+)?|"
    r"(?-i:[A-Z])\w+(?:['’]s(?:\s+\w+){1,2})?)){0,2}\s*+"
    # "the controller serial, it's E12A-04478"
    r"(?:(?:is\s+)?(?:called|named)\b|is\b|was\b|:|#|=|,\s*it['’]?s\b|,\s*it\s+is\b)?\s*+"
    r"(?P<v>(?-i:[A-Z0-9][A-Za-z0-9_-]{3,40}))(?![\w])",
    re.IGNORECASE,
)


_device_matches = anchored_matches(
    words(
        "serial srl serl ser s/n sn imei meid service servce srvc svc serv asset product licen "
        "sticker barcode activation udid device laptop it equipment inventory pc host "
        "hardware hostname computer machine ssid wi home wireless my vin chassis engine"
    ),
    _DEVICE,
)


def _find_device(text: str) -> Iterator[tuple[int, int]]:
    for m in _device_matches(text):
        value = m.group("v")
        if not any(ch.isdigit() for ch in value) and not value.isupper():
            continue
        if not any(ch.isdigit() for ch in value) and set(value.upper()) <= set("X-#*?"):
            continue  # "serial: XXXX-XXXX-XXXX": the shape, no value
        if m.group("sticker") is not None and (value.isdigit() or value.isalpha()):
            continue  # "the sticker FRAGILE", "sticker 2024"
        if placeholder_context(text, m.start(), m.end(), 50):
            continue
        yield m.span("v")
    # Values named by the device, the label they are printed on, or an IMEI's groups.
    yield from find_device_values(text)


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
        any_finder(
            _find_profile,
            _find_personal_urls,
            find_social_handles,
            _find_security_answers,
            find_logins_told,
            find_account_status,
        ),
        True,
        "user names, logins, security answers given with a value",
        triggers=(
            *(
                "first",
                "favourite",
                "favorite",
                "childhood",
                "grew up",
                "born in",
                "place of birth",
            ),
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
            "usr",
            *ACCOUNT_STATUS_TRIGGERS,
            *("usuario", "usuário", "utilisateur", "benutzer", "gebruikersnaam", "utente"),
            "użytkownika",
            ".com/",
            "holder",
            "emp",
            "welcome back",
            "acct",
            "account",
            "old",
            "new",
            "previous",
            "former",
            "member",
            "loyalty",
            "reward",
            "club",
            "miles",
            "subscri",
            "player",
            "patient",
            "policy",
            "insurance",
            "gamer",
            "tag",
            "handle",
            "username",
            " id",
            " as ",
            "uid",
            "samaccountname",
            "upn",
            "logon",
            "alias",
            "nick",
            *SOCIAL_TRIGGERS,
        ),
    ),
    Detector(
        "device_id",
        Level.CONFIDENTIAL,
        _find_device,
        True,
        "serial numbers, IMEI, SIM ICCID, service/asset tags, product keys, vehicle "
        "VIN/chassis/engine numbers, hostnames, SSIDs",
        triggers=(
            "serial",
            "srl",
            "serl",
            *("ser.", "ser no", "ser nr", "ser num", "ser #", " ser "),
            "asset",
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
            *("vin", "chassis", "engine"),
            *DEVICE_VALUE_TRIGGERS,
        ),
    ),
)
