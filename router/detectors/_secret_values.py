"""What a secret value looks like, and what ordinary code and prose look like.

Shared by the secret detectors: ``value_is_secret`` judges a value that a
credential word introduced ("password = ..."), ``looks_random`` a string
found with no context, ``random_body`` the part of a token after a vendor
prefix. The guards turn away placeholders, names and literals of code,
hashes, UUIDs, paths and words, so that the detectors stay quiet on
ordinary source code and on questions about passwords.
"""

from __future__ import annotations

import re

from router.detectors._checksums import shannon_entropy

_I = re.IGNORECASE

# --- values introduced by a credential word ---------------------------------------------
# Values that are not secrets: placeholders, variables, code that fetches the secret.
NOT_SECRET = re.compile(
    r"""^(?:
        \*+|x+|\.+|-+|_+|\#+|\?+|<[^>]*>?|\$\{?[\w.]+\}?|%\(?\w*\)?s?|\{\{?[\w. !:]*\}?\}?
      | @[\w.]+|\[[\w]+\]
      | (?:none|null|nil|true|false|undefined|empty|required|optional|string|str|int|bool|
         password|passwd|pass|pwd|pw|secret|token|username|user|your[_-]?[\w-]*|my[_-]?\w*|(?:change|replace)[_-]?me(?:[_-][\w-]*)?\.?|
         example|sample|dummy|test|demo|placeholder|redacted|hidden|masked|xxxx\w*|
         env|environ|getenv|process|config|settings|self|this|args|kwargs|params|request|
         input|getpass|prompt|form|field|value|values|data|key|keys|type|length|len|
         the|a|an|is|not|and|or|to|be|of|in|on|for|with|from|that|it|at|by|if|set|get|
         reset|change|changed|update|updated|forgot|forgotten|expired|wrong|incorrect|
         correct|new|old|same|stored|saved|hashed|hash|encrypted|valid|invalid|strong|weak|
         protected|based|manager|policy|field|fields|box|please|must|should|will|can|
         and|which|when|where|how|what|who|here|there|below|above|following|used|needed)
      )$""",
    re.VERBOSE | _I,
)
# Code, not a literal: attribute access, calls, indexing, snake_case and
# camelCase names without digits, type names, references.
_CODE_VALUE = re.compile(
    r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(?$|^[A-Za-z_]\w*\($|^\w+\[|^[a-z]+(?:_[a-z]+)+$"
    r"|^[a-z]+(?:[A-Z][a-z]+)+$|^[A-Z][a-z]+(?:[A-Z][a-z]+)+$|^[&*][\w:<>]+$|^[iu](?:8|16|32|64|128|size)$"
    r"|.{0,300}:$|^\w+::\w+|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"
)
# Names in code (snake, camel, Pascal case; no digits), however they are quoted.
IDENTIFIER = re.compile(
    r"^(?:_*[a-z]+(?:_[a-z]+)+|_*[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|#?[a-z]+)$"
)
# Regular expressions and alternatives ("[^\W\d]\w*", "float64|complex64").
_PATTERN_VALUE = re.compile(r"\\[dwsWDSbB]|^\[\^|^\^|\w\|\w")
# Literals of code that are not secrets whatever the quotes: constant and type
# names, dotted module paths, dates, versions, colours, algorithm names.
NAME_VALUE = re.compile(
    r"^[A-Z]+(?:_[A-Z]+)+$|^[A-Za-z_][\w.]*\[[\w\[\], .|]*\]$"
    r"|^[A-Za-z_]+\d{0,2}(?:\.[A-Za-z_]+\d{0,2}){2,}$|^\d{4}-\d\d-\d\d$|^v?\d+(?:\.\d+){1,3}$"
    r"|^#[0-9a-fA-F]{3,8}$|^[a-z_]+[=:]$|^[A-Za-z_][\w.]*\(\)$|^(?:\\x[0-9a-fA-F]{2}){1,2}$"
    r"|^(?:RSA|HMAC|SHA|AES|ECDSA|HS|RS|ES|PS|Ed25519|X25519)"
    r"(?:[-_]?(?:SHA|MD|GCM|CBC|CTR|OAEP|PSS|P)?\d{1,4}|[-_](?:SHA|MD|GCM|CBC|CTR|OAEP|PSS)){0,3}$"
)
# A name in code is a few words and acronyms ("AutogradXPU", "downwardAPI",
# "OCSPNonce"); a random string breaks into many short, vowel-less pieces.
_HUMP = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
_LETTERS = re.compile(r"^[A-Za-z][A-Za-z._]*$")


def made_of_words(value: str) -> bool:
    """True for letters-only names built from words and short acronyms."""
    if not _LETTERS.match(value):
        return False
    parts = _HUMP.findall(value)
    if not 2 <= len(parts) <= 6:
        return False
    for part in parts:
        if part.isupper():
            if len(part) > 5:
                return False
        elif len(part) < 3 or not any(c in "aeiouy" for c in part.lower()):
            return False
    return True


# A word with a few digits or signs after it ("Password1", "Welcome2024!"): next to
# "demo", "default" or "example" it is a published value, not someone's secret.
# A random value ("Xk8#pQ2z") stays a secret even on a test machine.
GUESSABLE = re.compile(r"^[A-Za-z][a-z]{2,11}[0-9!@#$%&*.?_-]{0,6}$")
DEMO_VALUE = re.compile(r"demo|example|sample|dummy|changeme|placeholder|^test", re.IGNORECASE)
_TRIVIAL_PIN = re.compile(r"^(?:0000|1111|1234|12345|123456|0{3,}|9{3,}|abcd|abc123|qwerty)$", _I)


# A dotted value that reads as a password, not an attribute: a capital, letters and a digit
# before the first dot ("Pal3rmo.admin", "Thuy.Khoa3" has none: "Thuy" then a name).
_DOTTED_PASSWORD = re.compile(r"^[A-Z][a-z]*\d\w*\.")


# A lower-case word and the mark that ends its clause ("leaked?", "reset,", "stolen!").
_WORD_THEN_STOP = re.compile(r"^[a-z]+(?:[?,;:]|(?<=ed)!|(?<=en)!)$")


# A value that says it is no secret, however long.
_SAYS_FAKE = re.compile(r"not[-_]?a[-_]?real|do[-_]?not[-_]?use|placeholder|dummy", re.IGNORECASE)


def value_is_secret(value: str, quoted: bool) -> bool:  # noqa: PLR0911 - a list of guards
    """Whether ``value``, introduced by a credential word, is a secret and not a placeholder,
    a name in code or a word of prose (``quoted``: it stood between quotes)."""
    value = value.strip().rstrip(".")
    if len(value) < 3 or NOT_SECRET.match(value) or _TRIVIAL_PIN.match(value):
        return False
    if not quoted and _WORD_THEN_STOP.match(value):
        return False  # "my password was leaked?": a word ending the sentence
    if (len(value) < 16 and DEMO_VALUE.search(value)) or _SAYS_FAKE.search(value):
        # "demo123", "test-password", "example_key", "dev-not-a-real-secret": made up on purpose
        return False
    if not quoted and _CODE_VALUE.match(value) and not _DOTTED_PASSWORD.match(value):
        return False
    if NAME_VALUE.match(value) or made_of_words(value) or _jwt_header(value):
        return False  # "CHROMA_API_KEY", "List[str]", "2022-11-28", "AutogradXPU"
    has_digit = any(ch.isdigit() for ch in value)
    has_alpha = any(ch.isalpha() for ch in value)
    has_symbol = any(not ch.isalnum() for ch in value)
    if _PATTERN_VALUE.search(value):
        return False
    if quoted:
        if value.count(" ") > 1 or (" " in value and not (has_digit and has_symbol)):
            return False  # a sentence or a label ("IP Address"), not a password
        if value.isalpha() and (value.isupper() or value.islower()):
            return False  # 'RINGSIGN', 'expansion': a word or a constant
        return len(value) >= 4 and (has_digit or has_symbol or len(value) >= 6)
    if len(value) < 5 and not value.isdigit():
        return False
    # Unquoted prose ("password is too weak") needs a value that looks made up.
    if value.isalpha() and value.islower():
        return False
    if value.isalpha() and not any(ch.isupper() for ch in value[1:]):
        return False  # a capitalised word such as "Required"
    return has_digit or (has_alpha and has_symbol) or any(ch.isupper() for ch in value[1:])


def strong(value: str) -> bool:
    """A made-up password: a digit and both cases, or a digit, letters and a sign."""
    if not 6 <= len(value) <= 64 or made_of_words(value):
        return False
    digit = any(ch.isdigit() for ch in value)
    upper = any(ch.isupper() for ch in value)
    lower = any(ch.islower() for ch in value)
    sign = any(not ch.isalnum() for ch in value.rstrip(".,;:!?"))
    return digit and ((upper and lower) or ((upper or lower) and sign))


# --- strings found with no context ---------------------------------------------------------
_BASE32 = re.compile(r"^(?:[A-Z2-7]{16}|[A-Z2-7]{26}|[A-Z2-7]{32})$")
SEGMENT = re.compile(r"[-_/+.]")
_SEQUENCE = re.compile(r"abcdef|ABCDEF|012345|123456|qwerty|QWERTY", re.IGNORECASE)
# Camel-case parts each start with a capital: "(?:[A-Z]?[a-z]+)+" would let a
# long lower-case run be split in exponentially many ways (catastrophic backtracking).
WORD_SEGMENT = re.compile(r"^(?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+|\d+|[A-Z]?[a-z]+\d{1,4}|v\d+)$")
HEX = re.compile(r"^(?:0x)?[0-9a-fA-F]+$")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_WORDISH = re.compile(r"[A-Z]?[a-z]{3,}")


def looks_random(value: str) -> bool:  # noqa: PLR0911 - a list of guards
    """Whether a string found with no context is key material rather than code or prose."""
    core = value.rstrip("=")
    if len(core) < 24 and not _BASE32.match(core) and not (value.endswith("=") and len(core) >= 20):
        return False
    if HEX.match(core) or _UUID.search(core) or _short_pieces(core) or _jwt_header(core):
        return False  # hashes, UUIDs, paths, model and package names are everyday code
    upper = sum(ch.isupper() for ch in core)
    lower = sum(ch.islower() for ch in core)
    digit = sum(ch.isdigit() for ch in core)
    if _BASE32.match(core):
        return digit >= 2 and len(set(core)) >= 10  # TOTP seeds and similar base32 keys
    # Base64 (padding, or a PEM body line) needs no digits; other strings do.
    base64ish = (
        value.endswith("=") or len(core) >= 40 or (len(core) >= 30 and ("/" in core or "+" in core))
    )
    if min(upper, lower) < (4 if base64ish else 2) or (digit < 2 and not base64ish):
        return False
    if _SEQUENCE.search(core):
        return False  # "abcdefghij...", "0123456789": alphabets and counters, not keys
    # identifiers made of words (snake, camel, kebab case) are code, not keys
    if all(WORD_SEGMENT.match(seg) for seg in SEGMENT.split(core) if seg):
        return False
    word_chars = sum(len(w) for w in _WORDISH.findall(core))
    if word_chars > 0.6 * len(core):
        return False
    humps = _LOWER_HUMP.findall(core)
    if humps and sum(len(h) for h in humps) >= 4 * len(humps):
        return False  # "Wav2Vec2ForPreTrainingOutput": words are long humps, random text short
    # A full PEM or MIME body line (64 or 76 base64 characters) is key material even
    # when the key's structure (runs of "A", repeated headers) lowers its entropy.
    pem_line = len(value) in (64, 76) and _BASE64_LINE.match(value) is not None
    return shannon_entropy(core) >= (4.0 if len(core) < 40 or pem_line else 4.3)


_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


# Lower-case runs with their capital ("Vec", "Training"): two or three letters
# on average in random text, four or more in names made of words.
_LOWER_HUMP = re.compile(r"[A-Z]?[a-z]+")
_SEPARATORS = re.compile(r"[-_./]+")


def _short_pieces(core: str) -> bool:
    """Paths and names such as "org/model-7b-v1" or "a/b/c_d": separators every few characters."""
    pieces = [p for p in _SEPARATORS.split(core) if p]
    return len(pieces) >= 4 and max(len(p) for p in pieces) <= 12


def _jwt_header(core: str) -> bool:
    """A lone JSON Web Token header ('{"alg":...') is the same in every token: not a secret."""
    return core.startswith(("eyJhbGciOi", "eyJ0eXAiOi")) and "." not in core


def random_body(body: str) -> bool:
    """A token body, not words joined by separators ("aten.batch_norm.default")."""
    segments = [seg for seg in _SEPARATORS.split(body) if seg]
    if all(WORD_SEGMENT.match(seg) for seg in segments):
        return False
    digits = sum(ch.isdigit() for ch in body)
    letters = sum(ch.isalpha() for ch in body)
    upper = sum(ch.isupper() for ch in body)
    return (digits >= 2 and letters >= 2) or (upper >= 2 and letters - upper >= 2)
