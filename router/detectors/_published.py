"""Values printed for everyone: vendors' documented keys, standards' example IBANs,
Microsoft's public Windows keys and a voided SSN.

Each is nobody's account or licence, but people paste the same strings as real ones
too ("key = AKIAIOSFODNN7EXAMPLE" in a config). So the keys and IBANs pass only when
the text around them names them as documentation; the Windows keys (they install but
never activate) and the voided SSN pass always.
"""

from __future__ import annotations

import re

from router.detectors._base import placeholder_context, sentence_around

# AWS's example pair, Stripe's docs test keys, jwt.io's example token.
_VENDOR_KEYS = (
    "AKIAIOSFODNN7EXAMPLE",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
    "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
)
_KEY_DOCS_WORDS = re.compile(
    r"\b(?:docs?|documentation|tutorial|quickstart|published|readme|api\s+reference|"
    r"real\s+key|examples?|samples?|jwt\.io)\b",
    re.IGNORECASE,
)
# IBANs of standards and every bank's documentation (ECBS, Wikipedia, SEPA guides).
_IBANS = frozenset(
    {
        "GB29NWBK60161331926819",
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "BE68539007547034",
        "ES9121000418450200051332",
        "IT60X0542811101000000123456",
        "CH9300762011623852957",
    }
)
_IBAN_DOCS_WORDS = re.compile(
    r"\b(?:docs?|documentation|documented|wikipedia|example|sample|standard|spec|test|real|valid|"
    r"published|format|dummy|fake)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(r"\b(?:my|his|her|their|customer'?s|client'?s)\b", re.IGNORECASE)
# The KMS client setup keys and generic install keys of Windows 10/11.
_WINDOWS_KEYS = frozenset(
    {
        "W269N-WFGWX-YVC9B-4J6C9-T83GX",
        "MH37W-N47XK-V7XM9-C7227-GCQG9",
        "NPPR9-FWDCX-D2C8J-H872K-2YT43",
        "DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4",
        "NW6C2-QMPVW-D7KKK-3GKT6-VCFB2",
        "2WH4N-8QGBV-H22JP-CT43Q-MDWWJ",
        "TX9XD-98N7V-6WMQ6-BX7FG-H8Q99",
        "3KHY7-WNT83-DGQKR-F7HPR-844BM",
        "VK7JG-NPHTM-C97JM-9MPGT-3V66T",
        "YTMG3-N6DKC-DKB77-7M9GH-8HVX7",
        "XGVPP-NMH47-7TTHJ-W3FW7-8HV2C",
    }
)
# The Woolworth wallet-insert SSN (078-05-1120), voided long ago; trivia quotes it.
_NUMBERS = frozenset({"078051120"})


# A request this short is read as one message: what it says anywhere is about the key.
_ONE_MESSAGE = 400


def documented_vendor_key(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a vendor's documented key named as such."""
    value = text[start:end]
    # A part of one counts too: a token's segments are found one by one.
    published = "EXAMPLE" in value or any(value in key or key in value for key in _VENDOR_KEYS)
    if not published or len(value) < 16:
        return False
    # A long token's last segment stands far from the words before the token; a chat-length
    # request is one message ("trufflehog flags AKIA... in our tests. allowlist those doc
    # examples?").
    around = text if len(text) <= _ONE_MESSAGE else sentence_around(text, start, end, 300)
    sentence = around.replace(value, " ", 1)
    return _KEY_DOCS_WORDS.search(sentence) is not None or placeholder_context(text, start, end, 80)


# Card networks' and payment providers' published test numbers (Stripe, Adyen, Braintree,
# Visa): they never reach an account, but "my card 4111..." is still told as one's own.
_TEST_CARDS = frozenset(
    {
        "4242424242424242",
        "4000056655665556",
        "5555555555554444",
        "2223003122003222",
        "5200828282828210",
        "5105105105105100",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "6011000990139424",
        "3056930009020004",
        "36227206271667",
        "3566002020360505",
        "6200000000000005",
        "4111111111111111",
        "4012888888881881",
        "4000000000000002",
    }
)
_CARD_TEST_WORDS = re.compile(
    r"\b(?:test(?:s|ing)?|sandbox|fixtures?|stripe|adyen|braintree|docs?|documentation|example|"
    r"sample|dummy|fake|mock|demo|staging|qa)\b",
    re.IGNORECASE,
)


def published_test_card(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a published test card number in a text about tests."""
    value = "".join(ch for ch in text[start:end] if ch.isdigit())
    if value not in _TEST_CARDS:
        return False
    around = text[max(0, start - 300) : end + 300]
    return _CARD_TEST_WORDS.search(around) is not None


def documented_iban(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an example IBAN asked about as such, not as someone's."""
    value = "".join(ch for ch in text[start:end] if ch.isalnum()).upper()
    if value not in _IBANS:
        return False
    around = text[max(0, start - 200) : end + 200].replace(text[start:end], " ")
    return _IBAN_DOCS_WORDS.search(around) is not None and not _OWNER.search(around)


def public_windows_key(value: str) -> bool:
    """Whether ``value`` is one of Microsoft's published Windows keys."""
    return value.upper() in _WINDOWS_KEYS


def voided_number(value: str) -> bool:
    """Whether the digits of ``value`` are a number voided and printed for everyone."""
    return "".join(ch for ch in value if ch.isdigit()) in _NUMBERS
