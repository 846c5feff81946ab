"""Hostile input: hidden characters, look-alike letters, split numbers, huge and
binary text. Each is detected or rejected; none crashes or backtracks badly.

No timing asserts: each test must simply finish under its pytest-timeout,
which a regex with catastrophic backtracking would not (on these inputs such
a regex needs hours, linear scanning needs well under a second per 100k).
"""

from __future__ import annotations

import base64
import random

import pytest

from router.detectors import scan, topics
from router.detectors.registry import MAX_SCAN_CHARS, TextTooLarge
from tests.unit.router._detect import found

ZW = "\u200b"  # zero-width space
ZWJ = "\u200d"


def test_zero_width_characters_inside_an_email() -> None:
    text = f"write to j{ZW}ane.d{ZWJ}oe@ac{ZW}me.io"
    hits = found(text)
    # The span covers the original characters, hidden ones included.
    assert hits["email"] == [f"j{ZW}ane.d{ZWJ}oe@ac{ZW}me.io"]


def test_zero_width_characters_inside_a_card_number() -> None:
    text = f"card 4539{ZW} 1488 03{ZW}43 6467 please"
    assert found(text)["credit_card"] == [f"4539{ZW} 1488 03{ZW}43 6467"]


def test_cyrillic_homoglyphs_in_an_email() -> None:
    text = "mail jаne@асme.io"  # Cyrillic а and с
    assert found(text)["email"] == ["jаne@асme.io"]


def test_full_width_digits_in_a_card_number() -> None:
    text = "card ４５３９ １４８８ ０３４３ ６４６７"
    assert "credit_card" in found(text)


def test_soft_hyphen_inside_a_password_value() -> None:
    assert "credential" in found("password: Blu\u00ade42!x")


@pytest.mark.parametrize("sep", [" ", "-", "."])
def test_numbers_split_by_separators(sep: str) -> None:
    card = sep.join(["4539", "1488", "0343", "6467"])
    ssn = sep.join(["550", "53", "3582"])
    hits = found(f"card {card} and ssn {ssn}")
    assert card in hits["credit_card"]
    assert ssn in hits["us_ssn"]


def test_base64_wrapped_key_and_secrets_in_json() -> None:
    pem = (
        "-----BEGIN PRIVATE KEY-----\n"
        "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA\n"
        "-----END PRIVATE KEY-----"
    )
    blob = base64.b64encode(pem.encode()).decode()
    text = '{"config": {"key_b64": "' + blob + '", "db": {"password": "Xk9#mQ2!v"}}}'
    hits = found(text)
    assert "private_key" in hits
    assert "Xk9#mQ2!v" in hits["credential"]


def test_very_long_line_with_a_secret_at_the_end() -> None:
    text = "x = 1; " * 30_000 + 'token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"'
    assert "api_token" in found(text)


def test_binary_junk_does_not_crash() -> None:
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    scan(junk)  # must not raise; whatever it finds is fine
    utf8_junk = bytes(rng.randrange(256) for _ in range(50_000)).decode("utf-8", "replace")
    scan(utf8_junk + " ana@acme.io")


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece",
    [
        "a",  # one long word
        "a.",  # e-mail local part without @
        "a@",  # @ everywhere
        "a@b.",  # endless domain
        "1 ",  # digits separated by spaces
        "1-",  # digits separated by dashes
        "1.",  # dotted digits (IP/phone shapes)
        "Ab1",  # high-entropy shaped
        "password=",  # credential cue without end
        "my ",  # possessive without topic
        "-----BEGIN RSA PRIVATE KEY-----",  # headers without footer
        "Mr. ",  # name cue without a name
        "12 ",  # street number without a street
        "\u200b",  # nothing but zero-width characters
        "access-production-",  # one endless hyphenated word
    ],
)
def test_long_adversarial_strings_finish(piece: str) -> None:
    text = piece * (200_000 // len(piece))
    matches = scan(text)
    assert isinstance(matches, list)


def test_lone_surrogates_do_not_crash() -> None:
    # JSON may carry them ("\ud800" in a request body); UTF-8 cannot encode them.
    text = "my password is Xk9#mq2LpZ \ud800 mail ana@acme.io \udfff caf\u00e9"
    assert {m.type for m in scan(text)} >= {"credential", "email"}
    rng = random.Random(11)
    junk = "".join(
        chr(rng.choice((rng.randrange(0xD800, 0xE000), rng.randrange(0x80, 0x3000), 32)))
        for _ in range(20_000)
    )
    scan(junk + " 4539 1488 0343 6467")  # must not raise


# Characters that regex classes take for letters or digits but checksums cannot read:
# dotted capital I, sharp s, a title-case digraph, a Roman numeral, Arabic-Indic and
# full-width digits, a superscript two.
ODD_CHARACTERS = ["\u0130", "\u00df", "\u01c5", "\u216b", "\u0661", "\uff19", "\u00b2"]
VALUES = [
    "IBAN GB29 NWBK 6016 1331 9268 19",
    "card 4539 1488 0343 6467",
    "ssn 550-53-3582",
    "NI number JT 48 27 19 B",
    "DNI 12345678Z",
    "aadhaar 2345 6789 0124",
    "CPF 123.456.789-09",
    "routing number 021000021",
    "IMEI 490154203237518",
    "MAC 3c:22:fb:9a:41:07",
]


@pytest.mark.parametrize("value", VALUES)
def test_odd_letters_and_digits_inside_checked_values_do_not_crash(value: str) -> None:
    # A one-character typo anywhere in a value checked by a checksum (the last one
    # of an IBAN once raised ValueError in the mod-97 check).
    for odd in ODD_CHARACTERS:
        for i in range(len(value)):
            assert isinstance(scan(value[:i] + odd + value[i + 1 :]), list)


def test_ten_megabytes_are_rejected_not_scanned() -> None:
    text = "a" * (10 * 1024 * 1024)
    assert len(text) > MAX_SCAN_CHARS
    with pytest.raises(TextTooLarge, match="stay on this device"):
        scan(text)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        # A long lower-case run inside a token once split into camel-case parts
        # in exponentially many ways; these must all finish.
        'token = "ghp_' + "a" * 20_000 + '!"',
        "key: '" + "abc" * 10_000 + "-'",
        "+" + "1" * 50_000 + "a",
        "ID " + "A1" * 25_000 + "a",
        "x = 1; " * 20_000 + 'token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"',
        # A password shape looked ahead for its sign to the end of each run of letters.
        "the login is " + "Ab" * 100_000 + "!",
    ],
)
def test_values_that_once_backtracked_finish(text: str) -> None:
    assert isinstance(scan(text), list)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "cue",
    [
        "card",
        "my pin for my card",
        "account number",
        "sort code",
        "routing",
        "zip",
        "cvv",
        "ssn ends",
        "password",
        "pin",
        "token",
        "api key",
        "my name is",
        "lives at",
        "I work for",
        "i live in",
    ],
)
def test_a_cue_then_a_long_run_of_spaces_finishes(cue: str) -> None:
    # Optional words between runs of optional spaces ("card   is   1234") once
    # backtracked cubically over a long run of spaces.
    assert scan(cue + " " * 50_000 + "1234") is not None


def test_typo_matching_skips_words_longer_than_any_topic_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Typo matching tries every one-letter deletion: quadratic in the word's length.

    A hyphen-glued run is one token; it must be turned away before that loop.
    """
    calls = 0

    class Counting(dict[str, str]):
        def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
            nonlocal calls
            calls += 1
            return super().get(key, default)

    monkeypatch.setattr(topics, "_DELETES", Counting(topics._DELETES))
    word = next(w for w in topics._FAMILIES if len(w) >= 6)
    long_token = word[:2] + "x" * 5_000 + word[-1]
    topics._canonical.cache_clear()
    assert topics._canonical(long_token) is None
    assert calls == 0
    topics._canonical(word[:2] + "q" + word[2:])  # one letter extra: goes through the loop
    assert calls > 0  # the counter sees lookups, so the zero above means something


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece",
    [
        "user a.b ",  # a dotted login after a cue, read once per match on the whole text
        "acct a.b and ",
        "my wifi is ",
        "i post as ",
        "tag on the ",
        "CORP\\",
        "ABCDE-",
        "warranty C02FK1XYMD6M ",
        "is parked at ",
        "I work at the A ",
    ],
)
def test_repeated_account_device_and_place_cues_finish(piece: str) -> None:
    # A cue repeated thousands of times: each match must be checked in a bounded window
    # ("user a.b" once re-read the whole text per match and took minutes).
    text = piece * (200_000 // len(piece))
    assert isinstance(scan(text), list)
