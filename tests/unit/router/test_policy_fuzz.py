"""Fuzz the policy loader: mutated files and random tables give a Policy or a
``PolicyError`` whose every message names the file, never another exception."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from router.policy import Policy, PolicyError, parse_text
from router.policy.loader import parse_policy
from router.policy.sources import bundled_default_path

SEED = (
    bundled_default_path().read_text(encoding="utf-8")
    + """
[[sensitivity.rules]]
name = "project"
terms = ["Bluebird", "Kestrel"]
level = "restricted"

[[sensitivity.rules]]
name = "ticket"
pattern = "TCK-\\\\d{4}"
level = "internal"

[[knowledge.paths]]
glob = "~/HR/**"
level = "restricted"

[local]
models_sha256 = ["0000000000000000000000000000000000000000000000000000000000000000"]
min_app_version = "0.1.0"
"""
)
FILE = "fuzz.toml"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(outcome: Policy | PolicyError) -> None:
    if isinstance(outcome, PolicyError):
        assert outcome.issues
        for issue in outcome.issues:
            assert str(issue).startswith(f"{FILE}: ")
            assert issue.key and issue.message


def _parse(text: str) -> Policy | PolicyError:
    try:
        return parse_text(text, FILE, today=dt.date(2026, 6, 1))
    except PolicyError as exc:
        return exc


def test_seed_is_valid() -> None:
    assert isinstance(_parse(SEED), Policy)


@SETTINGS
@given(st.data())
def test_mutated_files_never_crash_the_loader(data: st.DataObject) -> None:
    text = SEED
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["delete", "insert", "replace_line", "swap", "dup"]))
        lines = text.splitlines()
        if op == "delete" and text:
            i = data.draw(st.integers(0, len(text) - 1))
            j = data.draw(st.integers(i, min(len(text), i + 20)))
            text = text[:i] + text[j:]
        elif op == "insert":
            i = data.draw(st.integers(0, len(text)))
            junk = data.draw(
                st.text(max_size=10) | st.sampled_from(['"', "[", "]", "=", "\n", "\\"])
            )
            text = text[:i] + junk + text[i:]
        elif op == "replace_line" and lines:
            i = data.draw(st.integers(0, len(lines) - 1))
            key = lines[i].split("=")[0] if "=" in lines[i] else "x "
            value = data.draw(
                st.sampled_from(
                    [
                        "1",
                        "-1",
                        "true",
                        '"secret"',
                        "[]",
                        "{}",
                        "1979-05-27",
                        '"(["',
                        "1e999",
                        "nan",
                        '""',
                        "[1, 2]",
                        '["email", 3]',
                        "2020-01-01T00:00:00Z",
                    ]
                )
            )
            lines[i] = f"{key}= {value}"
            text = "\n".join(lines)
        elif op == "swap" and len(lines) > 1:
            i = data.draw(st.integers(0, len(lines) - 2))
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "\n".join(lines)
        elif op == "dup" and lines:
            i = data.draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
    _check(_parse(text))


TOML_VALUES = st.recursive(
    st.none().map(lambda _: "x")
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.dates(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "allowed",
                    "max_level",
                    "rules",
                    "detector",
                    "terms",
                    "pattern",
                    "name",
                    "level",
                    "glob",
                    "paths",
                    "redact",
                    "x",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    [
        "schema",
        "id",
        "version",
        "issued",
        "expires",
        "description",
        "cloud",
        "complexity",
        "sensitivity",
        "knowledge",
        "local",
        "audit",
        "bogus",
    ]
)


@SETTINGS
@given(st.dictionaries(KEYS, TOML_VALUES, max_size=8))
def test_random_tables_never_crash_the_validator(data: dict[str, Any]) -> None:
    try:
        outcome: Policy | PolicyError = parse_policy(data, FILE)
    except PolicyError as exc:
        outcome = exc
    _check(outcome)
