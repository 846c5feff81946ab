"""Payment data and identity numbers, validated by checksums and number ranges.

Card numbers must pass Luhn and start like a real card; IBANs must pass
mod-97; SSNs must lie in issued ranges; routing numbers carry the ABA check.
Numbers that have no checksum (account numbers, passports, licences) are only
taken when a cue says what they are ("account number", "passport no.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from router.detectors._base import (
    PLACEHOLDER_WORDS,
    Detector,
    anchored_matches,
    fold_case,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._checksums import (
    aba_routing_ok,
    cpf_ok,
    digits_of,
    es_dni_ok,
    iban_length,
    iban_ok,
    luhn_ok,
    mx_rfc_ok,
    pesel_ok,
    verhoeff_ok,
)
from router.detectors._cues import CuePattern
from router.detectors._numbers import digit_runs, finditer_in_numbers, matches_at
from router.detectors._published import documented_iban, published_test_card
from router.detectors._shared import WordIndex, shared
from router.detectors.bare_names import common_words, world_given_names
from router.levels import Level

_I = re.IGNORECASE

# 13-19 digits, optionally in groups split by one space, dash or dot. The first
# digit is consumed before the look-behind, so re tries only where digits are.
# Run only where long numbers are (_numbers): it must consume nothing but digits
# and " .-", and need four digits in a row; so must _SSN and _AADHAAR.
_CARD = re.compile(
    r"\d(?<![\w.,-]\d)(?:\d{12,18}|\d{3}([ .-])\d{4,6}\1\d{4,5}(?:\1\d{1,7})?)(?![\w]|[.,-]\d)"
)
_CARD_PREFIX = re.compile(
    r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|35|50|5[6-8]|60|63|67)"
)


# Someone's own card stays sensitive even next to "test" ("my card 4111... for the test booking").
_OWNER = re.compile(r"\b(?:my|his|her|their|customer'?s|client'?s)\b", _I)


def _find_cards(text: str) -> Iterator[tuple[int, int]]:
    for m in finditer_in_numbers(_CARD, text):
        value = m.group(0)
        seps = {ch for ch in value if not ch.isdigit()}
        if len(seps) > 1:
            continue  # mixed separators: a list of numbers, not one card
        digits = digits_of(value)
        if not (_CARD_PREFIX.match(digits) and luhn_ok(digits) and len(set(digits)) > 1):
            continue
        # "use 4111 1111 1111 1111 as the test card in the sandbox": a published test number.
        if (
            placeholder_context(text, m.start(), m.end(), 60)
            or published_test_card(text, m.start(), m.end())
        ) and not _OWNER.search(sentence_around(text, m.start(), m.end(), 60)):
            continue
        yield m.span()


# Tried only two letters before a run of digits (see _find_iban): a change to its
# shape must keep that true, or change _letters_before; so for _NINO, _DNI, _PAN
# and _IT_FISCAL and their start finders. tests/unit/router/test_detectors_numbers.py
# compares each with the whole-text finditer.
_IBAN = re.compile(
    r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?"
    r"(?![A-Za-z0-9])"
)


def _letters_before(runs: list[tuple[int, int]], lead: int, *, space: bool) -> list[int]:
    """Where a value of ``lead`` letters (and, with ``space``, one optional white space)
    before two digits or more can start: the digits start a run (``digit_runs``)."""
    starts: list[int] = []
    for start, end in runs:
        if end - start >= 2:
            if space and start > lead:
                starts.append(start - lead - 1)
            if start >= lead:
                starts.append(start - lead)
    return starts


# An IBAN typed in lower case, after its name ("my iban: gb29 nwbk ...").
_IBAN_CUED = re.compile(
    r"\biban\s*+(?:is|:|-)?\s*+(?P<v>[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,4})?)"
    r"(?![a-z0-9])",
    _I,
)
_iban_cued_matches = CuePattern(_IBAN_CUED).finditer


def _find_iban(text: str) -> Iterator[tuple[int, int]]:
    cued = [(m.start("v"), m.group("v").upper()) for m in _iban_cued_matches(text)]
    # Two letters, then the check digits: tried only there (``matches_at``).
    starts = _letters_before(digit_runs(text), 2, space=False)
    found = [(m.start(), m.group(0)) for m in matches_at(_IBAN, text, starts)]
    named = dict(cued)
    for start, value in dict(found + cued).items():
        # The regex may swallow one group too many; try the longest valid prefix.
        for cut in range(len(value), 14, -1):
            if value[cut - 1].isalnum() and iban_ok(value[:cut]):
                # "test iban GB82 WEST ... from the docs": the published example.
                if not _demo_span(text, start, start + cut) and not documented_iban(
                    text, start, start + cut
                ):
                    yield start, start + cut
                break
        else:
            # Named an IBAN, of its country's length, with a check that fails: a typo in
            # someone's real number ("my IBAN RO49 RZBR 0000 0600 1873 4415") stays local.
            cut = _named_iban_length(named.get(start))
            if cut and not _demo_span(text, start, start + cut):
                yield start, start + cut


def _named_iban_length(value: str | None) -> int:
    """The length of the text of ``value`` (after the word "IBAN") that spans an IBAN of its
    country's length, or 0."""
    if value is None:
        return 0
    want = iban_length(value[:2])
    count = 0
    for i, ch in enumerate(value):
        if ch.isalnum():
            count += 1
            if count == want:
                return i + 1
    return 0


# Each pattern consumes its first character before looking behind it: a
# pattern that starts with a look-behind is tried at every position of the
# text, one that starts with a character class only where that class matches.
_SSN = re.compile(r"(\d(?<![\w-]\d)\d{2})([- .]?)(\d{2})\2(\d{4})(?![\w]|-\d)")
_SSN_CUE = re.compile(r"\b(?:ssn|social\s+security|ss#|ssa)\b", _I)


def _find_ssn(text: str) -> Iterator[tuple[int, int]]:
    from router.detectors._checksums import ssn_ok

    for m in finditer_in_numbers(_SSN, text):
        if not ssn_ok(m.group(1), m.group(3), m.group(4)):
            continue
        # Dashed 3-2-4 is the SSN shape; undashed 9 digits need a cue nearby.
        if m.group(2) == "-" or _SSN_CUE.search(text, max(0, m.start() - 40), m.start()):
            yield m.span()


_ROUTING = re.compile(
    r"\b(?:routing|aba|rtn|transit)(?:\s+(?:number|no\.?|#))?\s*+(?:is|:|#)?\s*+(?P<v>\d{9})\b", _I
)
_SORT_CODE = re.compile(
    r"\b(?:so?rt[\s-]*co?de?|bsb)\s*+(?:number|no\.?)?\s*+(?:is|:)?\s*+"
    r"(?P<v>\d{2}[- ]?\d{2}[- ]?\d{2}|\d{3}-\d{3})\b",
    _I,
)


_routing_matches = CuePattern(_ROUTING).finditer
_sort_code_matches = CuePattern(_SORT_CODE).finditer


# Indian IFSC branch codes: four bank letters, a zero, six branch characters.
_IFSC = re.compile(r"\bifsc(?:\s+code)?\s*+(?:is|:|-)?\s*+(?P<v>[A-Za-z]{4}0[A-Za-z0-9]{6})\b", _I)
_ifsc_matches = CuePattern(_IFSC).finditer


def _demo_number(text: str, m: re.Match[str]) -> bool:
    """A value next to demo/sample/test words that nobody says is theirs ("sort code
    00-00-00 in the demo data")."""
    return _demo_span(text, m.start(), m.end())


def _demo_span(text: str, start: int, end: int) -> bool:
    return placeholder_context(text, start, end, 60) and not _OWNER.search(
        sentence_around(text, start, end, 60)
    )


def _find_routing(text: str) -> Iterator[tuple[int, int]]:
    for m in _routing_matches(text):
        if aba_routing_ok(m.group("v")):
            yield m.span("v")
    for m in _sort_code_matches(text):
        if digits_of(m.group("v")).strip("0") and not _demo_number(text, m):
            yield m.span("v")
    for m in _ifsc_matches(text):
        if not _demo_number(text, m):
            yield m.span("v")


# Account numbers and similar: a cue, an optional "number/no/#/is", then a value with digits.
_ACCOUNT = re.compile(
    r"\b(?:(?:bank|bnk|checking|savings|current|brokerage|credit\s+card|debit\s+card|card|loan|"
    r"mortgage|billing|customer|client|member(?:ship)?|policy|insurance|claim)\s+)?"
    # "accnt", "acnt": vowels dropped
    r"(?:account|accnt|acnt|acct|acc|a/c|card)(?:\s*+(?:number|nmbr|nbr|no\.?|num|nr|#|id)|(?<=bank\saccount)|(?<=savings\saccount)|(?<=checking\saccount)|(?<=bank\sacct)|(?<=bank\sa/c))\s*+(?:is|:|#|=)?\s*+"
    r"(?P<v>(?-i:[A-Z]{0,4}[-#]?\d(?:[ -]?[A-Z0-9]){3,24}))(?![\w])"
    # "account 12345678": a bare account with six digits or more
    r"|\b(?:account|accnt|acnt|acct|acc|a/c)\.?(?:\s+|\s*:\s*)(?:is\s+)?(?P<w>\d{6,17})\b",
    _I,
)
# A Mexican CLABE (18 digits) or an Argentine CBU/CVU (22 digits) named as such:
# "CLABE 012180004563219874", "la CBU de Florencia es 0720112788000036549210".
_CLABE = re.compile(
    r"\bclabe(?:\s+interbancaria)?\s*+(?::|#|es|is)?\s*+"
    r"(?P<v>\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d)(?![\w])"
    r"|\bc[bv]u\b(?:\s+(?:de|of|for)\s+(?:\w+\s+){1,2}?)?\s*+(?::|#|es|is|=)?\s*+"
    r"(?P<w>\d{4}[ -]?\d{4}[ -]?\d{14}|\d{8}[ -]?\d{14})(?![\w])",
    _I,
)
_clabe_matches = CuePattern(_CLABE).finditer
# A card number named as such, checksum or not (typos, test data pasted by users).
_CARD_CUE = re.compile(
    r"\b(?:card|cc|visa|mastercard|amex)\s*+(?:number|no\.?|num|#)?\s*+(?:is|:|=)?\s*+"
    r"(?P<v>\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}|\d{12,19})(?![\w])",
    _I,
)
# Masked numbers still give away their visible digits and what they are.
_MASKED = re.compile(
    # Not the tail of a masked key ("sk_test_****************1234"): no mask before it.
    r"(?<![\w*•-])(?:(?:[X*•]{4}[ -]?){3}\d{4}"
    r"|(?:[X*•]{3}|\d{3})-(?:[X*•]{2}|\d{2})-(?:\d{4}|[X*•]{4}))(?![\w-])",
    _I,
)
_CARD_LAST = re.compile(
    # A decimal point ("charged twice, 84.99, last 4 are 9902") does not end the sentence.
    r"\b(?:card|account|acct|visa|mastercard|amex)\b(?:[^.\n]|\.(?=\d)){0,30}?"
    r"(?:ending|ends|ending\s+in|last\s+(?:4|four)(?:\s+digits)?"
    # Masked before the last four, as statements print it: "visa ..6653", "card **4821".
    r"|(?<![.\w])(?:\.{2,4}|…|[*•]{2,12}|x{2,12})(?=[ -]?\d{4}\b))"
    r"\s*+(?:in|with|:|is|are)?[ -]?(?P<v>\d{4})\b",
    _I,
)


_ACCOUNT_CUES = words(
    """
    bank bnk checking savings current brokerage credit debit card loan mortgage billing
    accnt acnt
    customer client member policy insurance claim account acct acc a/c cc visa mastercard
    amex
    """
)
_account_matches = anchored_matches(_ACCOUNT_CUES, _ACCOUNT)
_card_last_matches = anchored_matches(_ACCOUNT_CUES, _CARD_LAST)
_card_cue_matches = anchored_matches(_ACCOUNT_CUES, _CARD_CUE)


# Indian UPI payment addresses: "upi id rahul.k@okaxis", or a bank's UPI handle.
_UPI_CUED = re.compile(
    r"\bupi(?:\s+(?:id|handle|address|vpa))?\s*+(?:is|:|-)?\s*+(?P<v>[\w.-]{2,64}@[a-z]{2,20})\b",
    _I,
)
_upi_cued_matches = CuePattern(_UPI_CUED).finditer
# Matched at each "@" (rare in text), the local part then found backwards.
_UPI_HANDLE = re.compile(
    r"@(?:ok(?:axis|hdfcbank|sbi|icici)|ybl|ibl|axl|paytm|upi|apl|yapl|pt(?:yes|sbi|hdfc|axis)|"
    r"axisbank|icici|sbi|hdfcbank|kotak|barodampay)(?![\w.@-])",
    _I,
)
_UPI_LOCAL = re.compile(r"(?<![\w.-])[\w.-]{2,64}$")


def _find_upi(text: str) -> Iterator[tuple[int, int]]:
    spans = [m.span("v") for m in _upi_cued_matches(text)]
    at = text.find("@")
    while at != -1:
        handle = _UPI_HANDLE.match(text, at)
        local = _UPI_LOCAL.search(text, max(0, at - 64), at) if handle else None
        if handle is not None and local is not None:
            spans.append((local.start(), handle.end()))
        at = text.find("@", at + 1)
    for start, end in spans:
        if not _demo_span(text, start, end):
            yield start, end


# A UK sort code and an eight-digit account written as a pair: "Lloyds 30-94-21 / 01842753".
_SORT_AND_ACCOUNT = re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{2}[ ]?[/,]?[ ]?\d{8}(?![\d-])")


def _find_accounts(text: str) -> Iterator[tuple[int, int]]:
    yield from _find_upi(text)
    if "-" in text:
        starts = [start for start, end in digit_runs(text) if end - start == 2]
        for m in matches_at(_SORT_AND_ACCOUNT, text, starts):
            if not placeholder_context(text, m.start(), m.end(), 50):
                yield m.span()
    folded = fold_case(text)
    masked = any(mask in folded for mask in ("xxx", "***", "•••", "-xx-", "-xxxx"))
    for m in _MASKED.finditer(text) if masked else ():
        if any(ch.isdigit() for ch in m.group(0)) and not placeholder_context(
            text, m.start(), m.end(), 50
        ):
            yield m.span()
    for matches in (_account_matches, _card_last_matches, _card_cue_matches, _clabe_matches):
        for m in matches(text):
            group = "w" if "w" in m.re.groupindex and m.group("w") is not None else "v"
            digits = digits_of(m.group(group))
            # Not "12345678" alone: people and test writers both type it as a real one.
            if len(digits) < 4:
                continue
            if _CARD_PREFIX.match(digits) and 13 <= len(digits) <= 19 and luhn_ok(digits):
                continue  # a valid card number: credit_card reports it
            # "card number format is xxxx-1234": the words between cue and value count too.
            lo = m.start(group) if matches is _card_last_matches else m.start()
            if placeholder_context(text, lo, m.end(), 50):
                continue
            yield m.span(group)


# Card security codes and PINs with a value next to them.
_SECURITY_CODE = re.compile(
    r"\b(?:cvv2?|cvc2?|cvn|csc|card\s+verification(?:\s+(?:value|code))?|security\s+code|"
    r"pin(?:\s+(?:code|number))?|passcode|otp(?:\s+code)?|one[- ]time\s+(?:pass)?code|"
    r"(?:verification|2fa|mfa|auth(?:entication)?|login|sms|backup|recovery)\s+(?:backup\s+)?codes?|"
    # "three digits on the back of the company visa are 381": the code named by where it is
    r"(?:three|3|four|4)\s+(?:digits|numbers)\s+on\s+the\s+back(?:\s+of\s+(?:my|the|our|his|her)"
    r"(?:\s+[\w-]+){1,2}?)?(?=\s+(?:are|is|:|=)))"
    # "the cvv on my card is 737", "my pin for the corporate card is 7716", "its either 4831"
    r"(?:\s+(?:on|of|for|from)\s+(?:my|the|our|his|her)(?:\s+\w+){1,2}?)?"
    # "the OTP I received 583920", "the code she got was 4471"
    r"(?:\s+(?:that\s+)?(?:i|we|he|she|they|you)\s+(?:just\s+)?(?:received|got|was\s+sent|"
    r"were\s+sent))?"
    r"(?:[,\s]++(?:it'?s|is|are|was|either|maybe|probably|like|still|now)){0,2}"
    r"\s*+(?:is|:|=|#|no\.?|number)?\s*+"
    # Digits, or the dashed letter-and-digit pairs of 2FA recovery codes ("8f3k-2m9x").
    r"(?P<v>\d{3,8}(?!\d)|[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\w-]))",
    _I,
)
_TRIVIAL = frozenset({"000", "0000", "1234", "1111", "123", "12345", "123456", "9999", "00000"})


_security_code_matches = CuePattern(_SECURITY_CODE, word_needs=True).finditer


def _find_security_codes(text: str) -> Iterator[tuple[int, int]]:
    for m in _security_code_matches(text):
        value = m.group("v")
        if value in _TRIVIAL or not any(ch.isdigit() for ch in value):
            continue
        if placeholder_context(text, m.start(), m.end(), 50):
            continue
        yield m.span("v")


# National identity numbers with their own checks.
# The excluded letter pairs are checked behind the two letters, once consumed.
_NINO = re.compile(
    r"[A-CEGHJ-PR-TW-Z](?<![\w][A-CEGHJ-PR-TW-Z])[A-CEGHJ-PR-TW-Z](?<!BG|GB|NK|KN|TN|NT|ZZ)"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])"
)
_DNI = re.compile(r"[XYZ0-9](?<![\w-][XYZ0-9])\d{7}-?[A-Z](?![\w])")
_AADHAAR = re.compile(r"[2-9](?<![\w-][2-9])\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w]|-\d)")
_PAN = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]{2}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\w])")
# Italian codice fiscale: surname, name, birth date and place, check letter.
_IT_FISCAL = re.compile(
    r"[A-Z](?<![\w][A-Z])[A-Z]{5}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\w])"
)
_AADHAAR_CUE = re.compile(r"\b(?:a?adh?aa?r|uidai|uid)\b", _I)
# Mexican CURP: name letters, birth date, sex, state, inner consonants, homonym and check
# characters. The state codes and the date make the shape strict enough on its own.
_MX_STATES = (
    "AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|"
    "ZS|NE"
)
_BIRTH_DATE = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_CURP = re.compile(
    rf"[A-Z](?<![\w][A-Z])[AEIOUX][A-Z]{{2}}{_BIRTH_DATE}[HMX](?:{_MX_STATES})"
    r"[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d(?![\w])"
)
# Mexican RFC of a person: four name letters, birth date, three homonym characters.
_MX_RFC = re.compile(rf"[A-Z&](?<![\w&][A-Z&])[A-Z&]{{3}}{_BIRTH_DATE}[A-Z0-9]{{3}}(?![\w])")
_MX_RFC_CUE = re.compile(r"\brfc\b", _I)
# Malaysian MyKad / NRIC: birth date, place-of-birth code, serial (as written, with dashes).
_MYKAD = re.compile(
    r"\d(?<![\w-]\d)\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-(?P<place>\d{2})-\d{4}(?![\w]|-\d)"
)
_MYKAD_PLACES = frozenset(
    (*range(1, 17), *range(21, 69), 71, 72, *range(74, 80), *range(82, 94), 98, 99)
)
# A Korean resident registration number: birth date, a dash, a digit for the century and
# sex (1-8), six more. Since 2020 the last six are random (no check digit): taken in a
# request about identity papers, or with its own name ("jumin beonho", "RRN").
_KR_RRN = re.compile(rf"\d(?<![\w-]\d)\d{_BIRTH_DATE[5:]}-[1-8]\d{{6}}(?![\w]|-\d)")
_KR_RRN_CUE = re.compile(r"\b(?:rrn|jumin|resident\s+registration|주민)", _I)
# An Emirates ID as printed: 784, the holder's birth year, seven digits, a check digit.
_EMIRATES_ID = re.compile(r"784(?<![\w-]784)-(?:19|20)\d{2}-\d{7}-\d(?![\w]|-\d)")
# A Romanian CNP: sex and century (1-8), birth date, county (01-52), three digits, a check
# digit. Taken when the check digit holds, or with its name in the sentence.
_RO_CNP = re.compile(
    rf"[1-8](?<![\w-][1-8]){_BIRTH_DATE}"
    r"(?:0[1-9]|[1-4]\d|5[0-2])\d{4}(?![\w]|-\d)"
)
_RO_CNP_CUE = re.compile(r"\bcnp", _I)
_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
# A Polish PESEL named as such (birth date and check digit: see ``pesel_ok``).
_PESEL = re.compile(r"\bpesel\b[^\d\n]{0,20}?(?P<v>\d{11})(?![\w])", _I)
_pesel_matches = CuePattern(_PESEL).finditer
_MYKAD_CUE = re.compile(r"\b(?:mykad|nric|ic|i/c|kad\s+pengenalan|no\.?\s*kp)\b", _I)
# Brazilian CPF written the official way, 123.456.789-09 (the shape and two check
# digits), and the Canadian SIN in its usual 3-3-3 groups (Luhn): one pass for both.
_CPF_OR_SIN = re.compile(
    r"\d(?<![\w.-]\d)\d{2}(?:(?P<cpf>\.\d{3}\.\d{3}-\d{2})|(?P<sep>[ -])\d{3}(?P=sep)\d{3})"
    r"(?![\w]|[.-]\d)"
)
# Words of a request about someone's identity papers: there, a number that passes an
# identity number's checksum is taken for one without its own name next to it.
_ID_CONTEXT = re.compile(
    r"\b(?:e-?kyc|kyc|id|ids|identity|identification|verification|verify|onboard(?:ing)?|"
    r"new\s+(?:hire|joiner|starter)|payroll|hr|form|forms|benefits|tax|pension|"
    r"national|citizen|resident|social\s+insurance|nas)\b",
    _I,
)


def _id_context(text: str, m: re.Match[str]) -> bool:
    return _ID_CONTEXT.search(sentence_around(text, m.start(), m.end(), 80)) is not None


def _aadhaar_ok(text: str, m: re.Match[str]) -> bool:
    # Named as an Aadhaar, or written in its 4-4-4 groups in a request about identity papers.
    if not verhoeff_ok(digits_of(m.group(0))):
        return False
    named = _AADHAAR_CUE.search(text, max(0, m.start() - 40), m.start()) is not None
    return named or (len(m.group(0)) == 14 and _id_context(text, m))


def _cpf_or_sin_ok(text: str, m: re.Match[str]) -> bool:
    digits = digits_of(m.group(0))
    if m.group("cpf"):
        return cpf_ok(digits)
    return digits[0] not in "08" and luhn_ok(digits) and _id_context(text, m)


def _always(text: str, m: re.Match[str]) -> bool:
    return True


def _mx_rfc_valid(text: str, m: re.Match[str]) -> bool:
    # Named as an RFC in its sentence, or carrying its check digit.
    sentence = sentence_around(text, m.start(), m.end(), 120)
    return _MX_RFC_CUE.search(sentence) is not None or mx_rfc_ok(m.group(0))


def _kr_rrn_valid(text: str, m: re.Match[str]) -> bool:
    sentence = sentence_around(text, m.start(), m.end(), 120)
    return _KR_RRN_CUE.search(sentence) is not None or _id_context(text, m)


def _ro_cnp_valid(text: str, m: re.Match[str]) -> bool:
    digits = [int(d) for d in m.group(0)]
    check = sum(d * w for d, w in zip(digits, _CNP_WEIGHTS, strict=False)) % 11
    if (1 if check == 10 else check) == digits[12]:
        return True
    return _RO_CNP_CUE.search(sentence_around(text, m.start(), m.end(), 120)) is not None


def _mykad_valid(text: str, m: re.Match[str]) -> bool:
    # A place-of-birth code that exists, and a request about identity papers or a MyKad.
    if int(m.group("place")) not in _MYKAD_PLACES:
        return False
    sentence = sentence_around(text, m.start(), m.end(), 120)
    return _MYKAD_CUE.search(sentence) is not None or _id_context(text, m)


# Where each of these can start, from the runs of digits (``digit_runs``) they hold:
# a DNI's seven or eight digits, a PAN's four after five letters, a codice fiscale's
# first two after six letters. ``matches_at`` tries them only there.
def _dni_starts(runs: list[tuple[int, int]]) -> list[int]:
    # Eight digits, or seven after the letter X, Y or Z.
    return [
        start - (end - start == 7)
        for start, end in runs
        if end - start == 8 or (end - start == 7 and start >= 1)
    ]


def _starts_before(runs: list[tuple[int, int]], length: int, lead: int) -> list[int]:
    return [start - lead for start, end in runs if end - start == length and start >= lead]


def _runs_of(runs: list[tuple[int, int]], length: int) -> list[int]:
    """Where the digit runs of exactly ``length`` digits start: a shape that starts with
    that many digits after no word character, then a separator, starts only there
    (a search through the whole text cost ~0.15 ms per 8k)."""
    return [start for start, end in runs if end - start == length]


def _find_national_ids(text: str) -> Iterator[tuple[int, int]]:
    runs = digit_runs(text)
    # Each shape tried only where it can start (see the start finders above).
    candidates: tuple[tuple[Iterable[re.Match[str]], Callable[[str, re.Match[str]], bool]], ...] = (
        (matches_at(_NINO, text, _letters_before(runs, 2, space=True)), _always),
        (matches_at(_DNI, text, _dni_starts(runs)), lambda text, m: es_dni_ok(m.group(0))),
        (finditer_in_numbers(_AADHAAR, text), _aadhaar_ok),
        (matches_at(_CPF_OR_SIN, text, _runs_of(runs, 3)), _cpf_or_sin_ok),
        (matches_at(_PAN, text, _starts_before(runs, 4, 5)), _always),
        (matches_at(_IT_FISCAL, text, _starts_before(runs, 2, 6)), _always),
        (matches_at(_CURP, text, _starts_before(runs, 6, 4)), _always),
        # The homonym characters may start with digits: a run of six to nine.
        (
            matches_at(_MX_RFC, text, [s - 4 for s, e in runs if 6 <= e - s <= 9 and s >= 4]),
            _mx_rfc_valid,
        ),
        (matches_at(_MYKAD, text, _runs_of(runs, 6)), _mykad_valid),
        (matches_at(_KR_RRN, text, _runs_of(runs, 6)), _kr_rrn_valid),
        (matches_at(_EMIRATES_ID, text, _runs_of(runs, 3)), _always),
        (matches_at(_RO_CNP, text, _runs_of(runs, 13)), _ro_cnp_valid),
    )
    for matches, valid in candidates:
        for m in matches:
            # "we use AB 12 34 56 C as the sample NI number": a published illustration.
            if valid(text, m) and not _demo_number(text, m):
                yield m.span()
    for m in _pesel_matches(text):
        if pesel_ok(m.group("v")) and not _demo_number(text, m):
            yield m.span("v")


# Identity documents and other personal identifiers, by cue. Cue words are typed
# in a hurry: "passprt", "pasport", "pspt"; "nmbr", "nbr", "nr".
_PASSPORT = r"pa?s{1,2}p(?:or|o|r)?t"
_LICENCE = r"li?ce?n[cs]e"
_NUMBER = r"(?:number|nmbr|nbr|nr\.?|no\.?|num)"
_AADHAAR_WORD = r"a?adhaa?r(?:\s+(?:card|{_NUMBER}))?".replace("{_NUMBER}", _NUMBER)
_ID_CUE_SOURCE = (
    r"\b(?:(?:{_PASSPORT}|dri?ve?r'?s?\s+{_LICENCE}|driving\s+{_LICENCE}|id\s+card|national\s+id|identity\s+card|"
    r"tax|vat|nhs|medicare|medicaid|health\s+card|insurance|policy(?:holder)?|member(?:ship)?|patient|"
    r"medical\s+record|student|employee|staff|badge|social\s+insurance|national\s+insurance|"
    r"ni|personal|citizen|nat(?:iona)?l\.?\s+ins(?:urance)?\.?|loyalty|frequent\s+fl[iy]er|rewards|"
    r"residence\s+permit|visa|green\s+card|voter|case|claim|booking|order|ticket|reference|customer|"
    r"client|user|suspect|tribal|beneficiary|subscriber|account|identification)"
    r"(?:\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?=(?:number|no\b)))?"  # "passport expires soon, number"
    r"\s*(?:id|identifier|identification|{_NUMBER}|#|code|card\s+number)"
    r"|\b(?:tax\s+id|ein|itin|tin|mrn|pid|dl|id\s+(?:{_NUMBER}|#)|{_LICENCE}(?:\s+{_NUMBER})?|"
    r"{_PASSPORT}|ssn|sin|nino|{_AADHAAR_WORD}|cpf|cnpj|"
    # National numbers by their local names (Singapore, Netherlands, Australia, Poland,
    # Pakistan, Hong Kong, Mexico, Nordics, Spain, Switzerland).
    r"nric|bsn|tfn|pesel|cnic|hkid|curp|personnummer|henkil\w+|cpr|nif|dni|ahv|bvn|vnin|"
    # Kenya's KRA PIN, Brazil's driving licence, Bangladesh's NID, Greece's AMKA and AFM,
    # Italy's codice fiscale, Turkey's TC kimlik, the Philippines' SSS, New Zealand's IRD.
    r"(?:kra\s+pin|cnh|nid|amka|afm|codice\s+fiscale|(?:tc\s+)?kimlik|sss|philhealth|ird)"
    r"(?:\s+{_NUMBER})?|"
    # Ireland's PPS number, the Philippines' UMID; Scotland's CHI and a student's matric.
    r"ppsn?(?:\s+{_NUMBER})?|umid(?:\s+crn)?|chi\s+{_NUMBER}|chi(?=\s+is\b|\s*:)|"
    r"matric(?:ulation)?(?:\s+{_NUMBER})?|"
    # Indonesia's NIK, printed on the KTP: 16 digits (not "Nik is 30", a name).
    r"(?:nik|ktp)(?=\s*[:#]|\s+(?:is\s+|adalah\s+)?\d{16}\b)|"
    # Nigeria's NIN: 11 digits (typed short at times), not "Nin", a name.
    r"nin(?=\s*[:#]|\s+(?:is\s+)?\d{9,11}\b)|"
    r"sozialversicherungs\w*|svnr|steuer-?id|steuer-?nummer|"
    r"nhs\s+number|social(?:\s+security)?(?:\s+(?:{_NUMBER}|#))?|ID))(?![A-Za-z])"
    # "my member id for the health plan is ...", "passport no for the visa letter: ...",
    # "NI number for the new starter on line 4: ..."
    r"(?:\s+(?:for|on|of|with|at|from)\s+(?:my|the|our|his|her|this)(?:\s+[a-z-]+){1,3}?"
    r"(?:\s+(?=is\b)|\s*(?=:))"
    r"|\s+(?:for|on|of|with|at|from)\s+(?:my|the|our|his|her|this)\s+[^\n:.?!]{1,40}?\s*(?=:)"
    # "national ID of Mona 29503120104567", "Emirates ID for Faisal: ..."
    # ("passport Anny Belovoi 4512 618347": a known given name may follow the cue bare)
    r"|\s+(?:(?P<of>of|for)\s+)?(?P<who>(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))(?:'s)?"
    r"(?:\s*(?=:)|,|\s+(?=is\b))?"
    # "national ID number of my mother 0071842395"
    r"|\s+(?:of|for)\s+(?:my|his|her|their|our)\s+(?:mother|father|mum|mom|dad|wife|husband|son|"
    r"daughter|brother|sister|colleague|boss|manager|client|customer|tenant|patient|partner|friend)"
    r"(?:'s)?(?:\s*(?=:)|,|\s+(?=is\b))?)?"
    r"[\s_:#=,-]{0,3}(?:is\s+|was\s+)?"
    r"(?P<v>(?-i:[A-Z#]{0,5}[-# ]?[A-Z0-9_]{0,20}\d[A-Z0-9_]{0,20}(?:[-/ ][A-Z0-9]{1,12}){0,3}))"
    r"(?![\w])"
)
_ID_CUE = re.compile(
    _ID_CUE_SOURCE.replace("{_PASSPORT}", _PASSPORT)
    .replace("{_LICENCE}", _LICENCE)
    .replace("{_NUMBER}", _NUMBER)
    .replace("{_AADHAAR_WORD}", _AADHAAR_WORD),
    _I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Order and ticket numbers are everyday support talk: personal, but only internal.
# Numbers of things, not people; and a UK tax code ("1257L") is a pay setting, not an ID.
_LOW_ID_KINDS = ("order", "ticket", "booking", "reference", "case", "tax code")


_ID_CUES = words(
    """
    passport driver driving id national identity tax vat nhs medicare medicaid health
    insurance policy member patient medical student employee staff badge social personal
    citizen residence visa green voter case claim booking order ticket reference
    customer client user suspect tribal beneficiary subscriber account identification
    ein itin tin mrn pid dl licen ssn sin nino ni natl loyalty frequent rewards
    pas ps aadh adh cpf cnpj drv drivr lcn lcen lic sozialversicherungs svnr steuer
    nric bsn tfn pesel cnic hkid curp personnummer henkil cpr nif
    dni ahv pps ppsn umid bvn vnin chi matric nik ktp nin
    kra cnh nid amka afm codice tc kimlik sss philhealth ird
    """
)
_id_matches = anchored_matches(_ID_CUES, _ID_CUE)


# Part of an identity number still narrows it down ("my ssn ends in 6789").
_PARTIAL_ID = re.compile(
    r"\b(?:ssn|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|passport(?:\s+(?:number|no\.?|#))?|"
    r"(?:driver'?s?\s+|driving\s+)?licen[cs]e(?:\s+(?:number|no\.?|#))?|(?:tax|national)\s+(?:id|number)|"
    r"sin|nino|aadhaa?r|pan|nhs\s+number|id\s+(?:number|no\.?))\b[^.\n]{0,30}?"
    r"\b(?:ending|ends|starting|starts|begins|beginning|last\s+(?:\d|three|four|five)|"
    r"first\s+(?:\d|three|four|five))(?:\s+(?:digits|characters|chars))?"
    r"\s*+(?:in|with|:|is|are)?\s*+(?P<v>(?-i:[A-Z0-9]{0,3}\d[0-9-]{1,10}))(?![\w])",
    _I,
)
# "the last 4 of my ssn are 6789": the part named before the number.
_PARTIAL_BEFORE = re.compile(
    r"\b(?:last|first)\s+(?:\d|three|four|five)\s+(?:digits\s+)?of\s+(?:my|his|her|the)\s+"
    r"(?:ssn|social(?:\s+security)?(?:\s+number)?|passport(?:\s+number)?|sin|nino|aadhaa?r|"
    r"(?:tax|national)\s+(?:id|number)|id(?:\s+number)?|card|account|acct)\s+"
    r"(?:is|are|:|=)\s*(?P<v>\d{3,5})(?![\w])",
    _I,
)
_partial_before_matches = CuePattern(_PARTIAL_BEFORE).finditer
_partial_id_matches = anchored_matches(
    words(
        "ssn social passport driver driving licence license tax national sin nino aadhar "
        "aadhaar pan nhs id"
    ),
    _PARTIAL_ID,
)


# "format it into the template": a real value being put into a document, not a sample.
_INTO_DOCUMENT = re.compile(
    r"\bformat\s+(?:it|this|that|them|these)\b"
    # "is that the right format for the insurer?": a real value checked, not a sample
    r"|\b(?:is|in)\s+(?:that|this|it)\s+(?:in\s+)?(?:the\s+)?(?:right|correct|valid|proper)\s+format\b"
    r"|\b(?:in|on)?to\s+(?:the|a|an|our|this|that|my|his|her)\s+(?:[\w-]+\s+)?template\b",
    _I,
)


def _made_up(text: str, m: re.Match[str]) -> bool:
    """True when the sentence around a cued identity number marks it as an illustration."""
    if not placeholder_context(text, m.start(), m.end(), 50):
        return False
    sentence = sentence_around(text, m.start(), m.end(), 50).replace(m.group(0), " ", 1)
    return PLACEHOLDER_WORDS.search(_INTO_DOCUMENT.sub(" ", sentence)) is not None


# "my staff number is my old locker number with a 9 in front so 94415": the number worked
# out in words, then given after "so".
_ID_WORKED_OUT = re.compile(
    r"\b(?:staff|employee|student|patient|member|customer|policy|payroll|badge|nhs|ni|tax|"
    r"passport|licen[cs]e)\s+(?:id|number|no\.?|nr|#)\s+(?:is|was)\s+(?:[\w'-]+\s+){2,12}?"
    r"(?:so|i\.?e\.?|which\s+makes\s+it|making\s+it|that'?s|thats|=)\s*:?\s*(?P<v>\d{4,12})(?![\w.])",
    _I,
)
_id_worked_out_matches = CuePattern(_ID_WORKED_OUT).finditer

# A US ITIN, SSN-shaped but starting with 9 and a middle group the SSA keeps for it, where
# "ITIN" stands in the sentence: "Does this ITIN look valid for our client: 912-78-4406?"
# From its literal "9" (fast), what comes before it checked after: a look-behind first
# would make ``re`` try the pattern at every offset.
_ITIN = re.compile(r"9(?<![\d-]9)\d\d-(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{4}(?![\d-])")
_ITIN_CUE = re.compile(r"\bitins?\b", _I)

# Singapore's FIN for foreign workers, NRIC-shaped: "FIN G5523871M belongs to the helper".
_FIN = re.compile(
    r"\bfin(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*(?P<v>[FGMfgm]\d{7}[A-Za-z])(?![\w])", _I
)
_fin_matches = CuePattern(_FIN).finditer

# A passport's or ID card's machine-readable zone as a photo or a scan shows it: the document
# type, the issuing country, the holder's names between chevrons ("P<GBRHALLORAN<<SEAN<...").
_MRZ_NAMES = re.compile(r"(?<![A-Z0-9<])(?P<v>[PIAC][A-Z<][A-Z<]{3}[A-Z]{2,}<<[A-Z]{2,}[A-Z<]*)")


def _mrz_matches(text: str) -> Iterator[re.Match[str]]:
    if "<<" not in text:
        return
    # From each chevron pair back to where the line can start: a search of the whole text
    # would try the pattern at every capital letter.
    seen = -1
    i = text.find("<<")
    while i != -1:
        start = i
        while start > 0 and (text[start - 1].isupper() or text[start - 1] == "<"):
            start -= 1
        if start > seen:
            m = _MRZ_NAMES.match(text, start)
            if m is not None:
                seen = m.end()
                # Utopia issues ICAO Doc 9303's specimen passport (Anna Maria Eriksson).
                if "UTO" not in text[m.start() + 1 : m.start() + 5]:
                    yield m
        i = text.find("<<", max(i + 2, seen))


# A NINO typed in lower case after its name ("my ni number is jt 48 27 91 b").
_NINO_CUED = re.compile(
    r"\b(?:ni|nino|nat(?:iona)?l?\.?\s+ins(?:urance)?\.?)(?:\s+(?:number|no\.?|num|nr))?"
    r"\s*+(?:is|:|-)?\s*+"
    r"(?P<v>[a-ceghj-pr-tw-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d])(?![\w])",
    _I,
)
_nino_cued_matches = CuePattern(_NINO_CUED).finditer


# A CPF named as such, check digits or not ("o CPF do prestador é 123.456.789-00").
_CPF_CUE = re.compile(
    r"\bcpf\b[^\d\n]{0,30}?(?P<v>\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w]|[.-]\d)", _I
)
_cpf_cue_matches = CuePattern(_CPF_CUE).finditer


def _id_value_ok(value: str) -> bool:
    """A cued value that can be an identity number: digits enough, not a year, not filler."""
    digits = digits_of(value)
    if len(digits) < 3 or len(value) < 4 or _YEAR.match(value):
        return False
    # "passport X0000000": a form's filler, no one's number.
    return not (len(set(digits)) == 1 and len(digits) >= 4)


def _find_id_numbers(text: str) -> Iterator[tuple[int, int]]:
    for m in _partial_id_matches(text):
        if len(digits_of(m.group("v"))) >= 3 and not _made_up(text, m):
            yield m.span("v")
    for m in _id_matches(text):
        head = m.group(0).lower()
        if head.startswith(_LOW_ID_KINDS):
            continue
        who = m.group("who")
        if who is not None and not (
            _a_name(who) if m.group("of") else who.split()[0].lower() in world_given_names()
        ):
            continue  # "the ID of Order 12345", "passport Office 2024"
        if _id_value_ok(m.group("v")) and not _made_up(text, m):
            yield m.span("v")
    for m in (
        *_partial_before_matches(text),
        *_nino_cued_matches(text),
        *_id_worked_out_matches(text),
        *_fin_matches(text),
        *_mrz_matches(text),
    ):
        if not _made_up(text, m):
            yield m.span("v")
    yield from _find_itins(text)
    for m in _cpf_cue_matches(text):
        if len(set(digits_of(m.group("v")))) > 1 and not _made_up(text, m):
            yield m.span("v")


def _a_name(words: str) -> bool:
    """Whether capitalised words read as a person's name: a first word that is no common
    English word, or a known given name ("Mona", "Ana Lopez"; not "Order", "Canada")."""
    first = words.split(maxsplit=1)[0].split("-", maxsplit=1)[0].lower()
    return first not in common_words() or first in world_given_names()


def _find_itins(text: str) -> Iterator[tuple[int, int]]:
    # Each number's sentence must name it (below): only where the word stands at all.
    index = shared(text, WordIndex)
    if index.where("itin") or index.where("itins"):
        for m in _ITIN.finditer(text):
            sentence = sentence_around(text, m.start(), m.end(), 120)
            if _ITIN_CUE.search(sentence) and not placeholder_context(text, m.start(), m.end(), 60):
                yield m.span()


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "credit_card", Level.CONFIDENTIAL, _find_cards, True, "card numbers (Luhn, issuer prefix)"
    ),
    Detector("iban", Level.CONFIDENTIAL, _find_iban, True, "IBANs (mod-97, country length)"),
    Detector(
        "us_ssn", Level.RESTRICTED, _find_ssn, True, "US social security numbers (issued ranges)"
    ),
    Detector(
        "national_id",
        Level.RESTRICTED,
        _find_national_ids,
        True,
        "UK NINO, Spanish DNI/NIE (check letter), Indian Aadhaar (Verhoeff) and PAN, "
        "Brazilian CPF and Canadian SIN (check digits), Mexican CURP and RFC, Malaysian MyKad, "
        "Polish PESEL",
    ),
    Detector(
        "id_number",
        Level.CONFIDENTIAL,
        _find_id_numbers,
        True,
        "passport, licence, tax, insurance, patient, member, employee numbers by cue",
    ),
    Detector(
        "bank_account",
        Level.CONFIDENTIAL,
        _find_accounts,
        True,
        "account and card numbers introduced by 'account number', 'card ending in'; UPI ids; "
        "Mexican CLABE, Argentine CBU/CVU",
    ),
    Detector(
        "routing_number",
        Level.CONFIDENTIAL,
        _find_routing,
        True,
        "US routing numbers (ABA check), UK sort codes and Indian IFSC codes",
        triggers=("routing", "aba", "rtn", "transit", "sort", "srt", "bsb", "ifsc"),
    ),
    Detector(
        "card_security_code",
        Level.RESTRICTED,
        _find_security_codes,
        True,
        "CVV/CVC, PINs and passcodes with a value (not 0000/1234 or demo values)",
        triggers=("cvv", "cvc", "cvn", "csc", "verification", "code", "pin", "otp", "on the back"),
    ),
)
