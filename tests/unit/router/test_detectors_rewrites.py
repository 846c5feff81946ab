"""Patterns rewritten for speed match exactly what the patterns they replace matched.

A pattern that starts with a look-around is tried at every position of the
text; the rewrites consume their first character first (see the detectors'
comments). The old patterns are kept here, verbatim, as the definition.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.detectors import financial_ids, personal, secrets
from router.detectors._shared import fold_case, long_words

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
OLD = {
    "phone_shapes": re.compile(
        r"""
        (?=[+(\d])(?<![\w+/.-])(?:
            \+\d{1,3}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,5}){1,6}
                (?:\s?(?:x|ext\.?)\s?\d{1,5})?
          | \+\d{8,15}
          | \(\d{2,5}\)[ .-]?\d{3,5}(?:[ .-]?\d{2,5}){1,2}
          | \d{3}[.-]\d{3}[.-]\d{4}(?:\s?x\d{1,5})?
          | 0\d{1,4}(?:[ .-]\d{2,5}){2,4}
          | 0\d{3,4}[ ]\d{6}
        )(?![\w@]|[.-]\d)
        """,
        re.VERBOSE,
    ),
    "phone_trailing": re.compile(
        r"(?=[+(\d])(?<![\w+.-])(?P<v>\+?\(?\d(?:[ .()-]{0,2}\d){6,14})[\s-]{0,2}"
        r"(?:office|fax|mobile|mobil|cell|home|work)\b",
        re.IGNORECASE,
    ),
    "ipv4": re.compile(rf"(?=\d)(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?!\w|\.\d)"),
    "ipv6": re.compile(
        r"(?=[0-9A-Fa-f]{1,4}:)(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
        r"|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})(?![\w:])"
    ),
    "nino": re.compile(
        r"(?=[A-CEGHJ-PR-TW-Z]{2}\s?\d)(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2}"
        r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])"
    ),
}
NEW = {
    "phone_shapes": personal._PHONE_SHAPES,
    "phone_trailing": personal._PHONE_TRAILING_CUE,
    "ipv4": personal._IPV4,
    "ipv6": personal._IPV6,
    "nino": financial_ids._NINO,
}
# Characters each pattern cares about, and a few it must treat as boundaries.
ALPHABETS = {
    "phone_shapes": "0123456789 +-.()/xet@_a\u0663\n",
    "phone_trailing": "0123456789 +-.()/mobileFAXcwrkhO\u0663\n",
    "ipv4": "0123456789012345.. a_:",
    "ipv6": "0123456789abcdefABCDEF::: .g_",
    "nino": "ABCDEGHJKNTZQ 0123456789 a_\u0663",
}
SAMPLES = [
    "call +41 (0)85 806 98 67 or +447700677662, (08) 8747 6301, 463-612-6138x036",
    "056 590 36 33 and 07123 456789; 555 123 4567 mobile; +1 (555) 123-4567 office",
    "a.+44 20 7946 0958 /0123 456 789 x-555-123-4567 12 3456 7890 home",
    "hosts 192.168.1.10, 10.0.0.255 and 256.1.1.1; v1.2.3.4 1.2.3.4.5 99.250.249.200x",
    "fe80::1ff:fe23:4567:890a, 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ::1 a::b:c:d",
    "NI number QQ 12 34 56 C, AB123456D, BG123456A, xAB123456C, GB 12 34 56 A, ZY 99 88 77 B",
]


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("text", SAMPLES)
def test_same_matches_on_samples(name: str, text: str) -> None:
    for subject in (text, text.upper(), text.lower()):
        assert _all(NEW[name], subject) == _all(OLD[name], subject)


def test_samples_find_something() -> None:
    # The comparison above is only worth something if the samples match.
    for name, pattern in OLD.items():
        assert any(_all(pattern, text) for text in SAMPLES), name


@settings(max_examples=400, deadline=None)
@given(data=st.data(), name=st.sampled_from(sorted(OLD)))
def test_same_matches_on_random_text(data: st.DataObject, name: str) -> None:
    text = data.draw(st.text(alphabet=ALPHABETS[name], max_size=60))
    assert _all(NEW[name], text) == _all(OLD[name], text)


_OLD_RUN = re.compile(r"[^\s\"'<>(){}\[\],;&`]{12,}")


def _runs(text: str) -> list[tuple[int, int]]:
    return [
        run.span()
        for start, end in long_words(text)
        for run in secrets._RUN.finditer(text, start, end)
    ]


_TOKEN_TEXT = st.text(alphabet="ab1_-./\"'<>(){}[],;&` \t\n\u00a0\u2003=", max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXT)
def test_token_runs_are_found_inside_long_words(text: str) -> None:
    assert _runs(text) == [m.span() for m in _OLD_RUN.finditer(text)]


# Every character str.split and \s treat as a space, and some they do not.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\ufeff"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "ab", "abcdefghijkl", "xabcdefghijkl", "é", *_SPACES])))
def test_long_words_are_the_runs_of_twelve_non_spaces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert long_words(text) == [m.span() for m in re.finditer(r"\S{12,}", text)]


def test_long_words_with_repeats_and_every_kind_of_space() -> None:
    text = "abcdefghijklm " + _SPACES.join(["abcdefghijklm", "xabcdefghijklm", "abcdefghijklm"])
    expected = [m.span() for m in re.finditer(r"\S{12,}", text)]
    assert len(expected) == 4
    assert long_words(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB1+/_-=.:@ \n\u00a0", max_size=90))
def test_entropy_candidates_are_found_inside_long_words(text: str) -> None:
    found = [m.span() for m in secrets._entropy_candidates(text)]
    assert found == [m.span() for m in secrets._CANDIDATE.finditer(text)]


def _old_glued_streets(text: str) -> list[tuple[int, int]]:
    """The street finder as it was: every suffix looked up in the whole text."""
    folded = fold_case(text)
    found = []
    for suffix in personal._GLUED_WORDS:
        i = folded.find(suffix)
        while i != -1:
            end = i + len(suffix)
            after = personal._AFTER_GLUED.match(text, end)
            if after is not None:
                start = i
                while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'"):
                    start -= 1
                if end - start - len(suffix) >= 3 and text[start].isupper():
                    found.append((start, after.end()))
            i = folded.find(suffix, end)
    return sorted(found)


_STREET_SAMPLES = [
    "Koskikatu 25, Hauptstraße 5b and Villacher Strasse 89; Kjerringstien 12",
    "ALLIKA TÄNAV 46 / Storgatan 3 / storgatan 4 / Ostergade 7A, Rue-Haute 1",
]


@pytest.mark.parametrize("text", _STREET_SAMPLES)
def test_glued_streets_as_before_on_samples(text: str) -> None:
    assert _old_glued_streets(text)
    assert sorted(personal._find_glued_streets(text)) == _old_glued_streets(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kosk",
                "ikatu",
                "Haupt",
                "straße",
                "STRASSE",
                "stien",
                "Kjerring",
                "gata",
                "n",
                "tie",
                "veien",
                "x",
                " ",
                " 5",
                " 12b",
                "6",
                "-",
                "'",
                "\u017f",
                "\u0130",
                "A",
            ]
        ),
        max_size=14,
    )
)
def test_glued_streets_as_before_on_random_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert sorted(personal._find_glued_streets(text)) == _old_glued_streets(text)


def test_entropy_candidates_on_samples() -> None:
    text = "k=Zx9kq2LmP0wQa8Rt/uv== and\u00a0dGhpcyBpcyBhIHRlc3Q_x-y.y short x/Zx9kq2LmP0wQa8Rt"
    found = [m.span() for m in secrets._entropy_candidates(text)]
    assert len(found) == 2  # not after "k=": "=" may end base64
    assert found == [m.span() for m in secrets._CANDIDATE.finditer(text)]


def _old_unescape_quotes(text: str) -> str:
    """The unescaping as it was: one regex substitution over any text with "\\" or "&"."""

    def plain(m: re.Match[str]) -> str:
        token = m.group(0)
        if token[-1] in "\"'":
            return token[-1] + " " * (len(token) - 1)
        if token.startswith("&"):
            return ("'" if token in ("&apos;", "&#39;") else '"') + " " * (len(token) - 1)
        return " " * len(token)

    return secrets._ESCAPED_QUOTE.sub(plain, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\\", "\\\\", '"', "'", "n", "t", "&", "quot;", "#39;", "a "])))
def test_unescaped_quotes_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert secrets._unescape_quotes(text) == _old_unescape_quotes(text)


def test_unescaped_quotes_samples() -> None:
    for text in ('{\\"salt\\": \\"4b9a\\"}\\n', "token=&quot;g1re0&quot;\\t", "a\\\\nb", "x\\y"):
        assert secrets._unescape_quotes(text) == _old_unescape_quotes(text)
    assert secrets._unescape_quotes("a\\\\nb\\tc") == "a\\  b  c"


_URL_SAMPLES = [
    "postgres://admin:Xy9kq2Lm@db.example.com/x and https://user:pa55w0rd@host.io",
    "a+b.c-d://u:p@h, _x://u:p@h, é://u:p@h, abcdefghijklmnopqrstuvwxyz://u:p@h :// ://u:v@h",
    "git+ssh://git:t0k3n@github.com ftp://x:y@z mongodb+srv://me:secretpw@cluster0.net",
]


@pytest.mark.parametrize("text", _URL_SAMPLES)
def test_url_credentials_at_their_schemes(text: str) -> None:
    folded = fold_case(text)
    expected = _all(secrets._URL_CREDENTIALS, folded)
    assert expected
    found = [(m.span(), m.groups(), m.groupdict()) for m in secrets._url_credential_matches(folded)]
    assert found == expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["http", "s", "+", ".", "-", "://", ":", "@", "u", "p", "h", "1", "_"])
        | st.sampled_from([" ", "/", "é", "abcdefghijklmnopqrst", "x"]),
        max_size=25,
    )
)
def test_url_credentials_at_their_schemes_on_random_text(pieces: list[str]) -> None:
    folded = fold_case("".join(pieces))
    found = [(m.span(), m.groups(), m.groupdict()) for m in secrets._url_credential_matches(folded)]
    assert found == _all(secrets._URL_CREDENTIALS, folded)
