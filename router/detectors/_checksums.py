"""Check digits and number ranges that separate real identifiers from noise."""

from __future__ import annotations


def digits_of(value: str) -> str:
    """Only the ASCII digits of ``value`` (separators such as spaces and dashes dropped)."""
    return "".join(ch for ch in value if "0" <= ch <= "9")


def luhn_ok(number: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(number) > 1 and total % 10 == 0


def iban_length(country: str) -> int | None:
    """How many characters the IBANs of ``country`` (two capitals) have, or None."""
    return _IBAN_LENGTHS.get(country)


def iban_ok(value: str) -> bool:
    """True when ``value`` (spaces allowed) is an IBAN with a valid mod-97 check."""
    compact = value.replace(" ", "").replace("-", "").upper()
    # Letters outside A-Z ("İ" matches a letter class) have no value in the check.
    if not compact.isascii():
        return False
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and expected != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged if ch.isalnum())
    return int(numeric) % 97 == 1


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """True when the parts form a US SSN the SSA could have issued."""
    a = int(area)
    if a in {0, 666} or a >= 900:
        return False
    if int(group) == 0 or int(serial) == 0:
        return False
    # Numbers published in advertising and widely used as examples.
    return f"{area}{group}{serial}" not in {"078051120", "219099999", "123456789"}


def aba_routing_ok(number: str) -> bool:
    """True when a 9-digit US bank routing number has a valid ABA check digit."""
    if len(number) != 9 or number[0] not in "0123678":
        return False
    d = [int(ch) for ch in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def verhoeff_ok(number: str) -> bool:
    """True when the digit string passes the Verhoeff check (India's Aadhaar uses it)."""
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


def cpf_ok(number: str) -> bool:
    """True when an 11-digit Brazilian CPF carries both of its mod-11 check digits."""
    if len(number) != 11 or not number.isdigit() or len(set(number)) == 1:
        return False
    d = [ord(ch) - 48 for ch in number]
    for k in (9, 10):
        check = sum(d[i] * (k + 1 - i) for i in range(k)) * 10 % 11 % 10
        if check != d[k]:
            return False
    return True


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_ok(value: str) -> bool:
    """True when a Spanish DNI/NIE (8 digits or X/Y/Z + 7 digits, then a letter) checks out."""
    v = value.upper().replace("-", "").replace(" ", "")
    if len(v) != 9:
        return False
    head = v[:8]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    if not head.isdigit():
        return False
    return _DNI_LETTERS[int(head) % 23] == v[8]


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
_RFC_WEIGHTS = range(13, 1, -1)
_RFC_LENGTH = 13


def mx_rfc_ok(value: str) -> bool:
    """True when a Mexican RFC of a person (13 characters) carries its mod-11 check digit."""
    v = value.upper()
    if len(v) != _RFC_LENGTH or any(ch not in _RFC_CHARS for ch in v[:12]):
        return False
    remainder = (
        11 - sum(_RFC_CHARS.index(ch) * w for ch, w in zip(v[:12], _RFC_WEIGHTS, strict=True)) % 11
    )
    check = "0" if remainder == 11 else "A" if remainder == 10 else str(remainder)
    return check == v[12]


_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_PESEL_LENGTH = 11


def pesel_ok(number: str) -> bool:
    """True when an 11-digit Polish PESEL carries its check digit and a real month (the
    century is added to the month: 01-12, 21-32, 41-52, 61-72 or 81-92)."""
    if len(number) != _PESEL_LENGTH or not number.isdigit() or len(set(number)) == 1:
        return False
    if int(number[2:4]) % 20 not in range(1, 13):
        return False
    total = sum(int(ch) * w for ch, w in zip(number[:10], _PESEL_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(number[10])


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``'s own character distribution."""
    import math

    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


# Official IBAN lengths per country (ISO 13616 registry).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
