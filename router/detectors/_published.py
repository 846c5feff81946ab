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

# AWS's example pair, Stripe's docs test keys.
_VENDOR_KEYS = (
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
)
_KEY_DOCS_WORDS = re.compile(
    r"\b(?:docs?|documentation|tutorial|quickstart|published|readme|api\s+reference|"
    r"real\s+key|example|sample)\b",
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


def documented_vendor_key(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a vendor's documented key named as such."""
    value = text[start:end]
    published = "EXAMPLE" in value or any(
        key.startswith(value) or value.startswith(key) for key in _VENDOR_KEYS
    )
    if not published or len(value) < 16:
        return False
    sentence = sentence_around(text, start, end, 100).replace(value, " ", 1)
    return _KEY_DOCS_WORDS.search(sentence) is not None or placeholder_context(text, start, end, 80)


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
