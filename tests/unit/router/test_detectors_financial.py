"""Payment data and identity numbers: checksums, ranges and cues."""

from __future__ import annotations

import pytest

from router.detectors._checksums import aba_routing_ok, iban_ok, luhn_ok, ssn_ok, verhoeff_ok
from tests.unit.router._detect import found, sensitive


def test_checksums() -> None:
    assert luhn_ok("4539148803436467")
    assert not luhn_ok("4539148803436468")
    assert iban_ok("GB29 NWBK 6016 1331 9268 19")
    assert not iban_ok("GB29 NWBK 6016 1331 9268 18")
    assert not iban_ok("GB29 NWBK 6016 1331 9268")  # wrong length for GB
    assert ssn_ok("550", "53", "3582")
    assert not ssn_ok("666", "53", "3582")
    assert not ssn_ok("900", "53", "3582")
    assert not ssn_ok("550", "00", "3582")
    assert aba_routing_ok("011000015")
    assert not aba_routing_ok("011000016")
    assert verhoeff_ok("234123412346")
    assert not verhoeff_ok("234123412345")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("card 4539 1488 0343 6467 declined", "credit_card", "4539 1488 0343 6467"),
        ("card 4539-1488-0343-6467 declined", "credit_card", "4539-1488-0343-6467"),
        ("card 4539.1488.0343.6467 declined", "credit_card", "4539.1488.0343.6467"),
        ("amex 378282246310005 ok", "credit_card", "378282246310005"),
        ("IBAN GB29 NWBK 6016 1331 9268 19 flagged", "iban", "GB29 NWBK 6016 1331 9268 19"),
        ("My IBAN is DE89370400440532013000", "iban", "DE89370400440532013000"),
        ("Here's my SSN: 550-53-3582", "us_ssn", "550-53-3582"),
        ("ssn 550533582 on file", "us_ssn", "550533582"),
        ("NINO AB123456C", "national_id", "AB123456C"),
        ("DNI 12345678Z", "national_id", "12345678Z"),
        ("routing number 011000015", "routing_number", "011000015"),
        ("account number 12345678", "bank_account", "12345678"),
        ("card ending in 4242", "bank_account", "4242"),
        ("the CVV is 392", "card_security_code", "392"),
        ("my PIN is 4821", "card_security_code", "4821"),
        ("three digits on the back of the company visa are 381", "card_security_code", "381"),
        (
            "my staff number is my old locker number with a 9 in front so 94415",
            "id_number",
            "94415",
        ),
        ("FIN G5523871M belongs to the helper", "id_number", "G5523871M"),
        ("BVN 22184560371 for Chinedu, payroll asking", "id_number", "22184560371"),
        (
            "new dental tech's bank: Lloyds 30-94-21 / 01842753",
            "bank_account",
            "30-94-21 / 01842753",
        ),
        ("Does this ITIN look valid for our client: 912-78-4406?", "id_number", "912-78-4406"),
        ("she showed a Maryland DL, D412-7780-3391 at pickup", "id_number", "D412-7780-3391"),
        ("My driver's license number is F162823540116", "id_number", "F162823540116"),
        ("Patient ID AHC-0933289 was attached", "id_number", "AHC-0933289"),
        ("passport no. X1234567", "id_number", "X1234567"),
        ("credit card number XXXX-XXXX-XXXX-9876", "bank_account", "XXXX-XXXX-XXXX-9876"),
    ],
)
def test_finds_financial_and_id_numbers(text: str, kind: str, value: str) -> None:
    assert value in found(text).get(kind, []), found(text)
    assert sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 4539 1488 0343 6468 items",  # fails Luhn, no card cue
        "The test PIN is 0000, for demo?",
        "Use PIN 1234 in the example",
        "The primes 2 3 5 7 11 13 17 19 23 29 31 37 41 43",
        "What is the routing of packets in TCP?",
        "How do I check my balance on my credit card?",
        "Could I change the payment due date of my credit card?",
        "Enter your account number in the form",
        "the SSN format is 000-00-0000",
    ],
)
def test_ignores_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)
