"""Policy parsing and validation: every problem names the file, the key and the fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from router.levels import Level
from router.policy import PolicyError, load_file, parse_text
from router.policy.schema import Confirm
from router.policy.sources import bundled_default_path


def _issues(text: str, today: dt.date | None = None) -> list[str]:
    with pytest.raises(PolicyError) as info:
        parse_text(text, "policy.toml", today=today)
    return [str(i) for i in info.value.issues]


def test_valid_policy_parses_into_frozen_dataclasses(make_policy: Callable[..., str]) -> None:
    policy = parse_text(make_policy(redact='["email"]', threshold=0.4), "policy.toml")
    assert policy.id == "acme"
    assert policy.version == 1
    assert policy.expires == dt.date(2027, 1, 1)
    assert policy.cloud.max_level is Level.INTERNAL
    assert policy.cloud.redact == frozenset({"email"})
    assert policy.cloud.confirm is Confirm.NEVER
    assert policy.complexity.cloud_threshold == 0.4
    with pytest.raises(AttributeError):
        policy.version = 2  # type: ignore[misc]


def test_level_typo_names_file_key_and_allowed_values(make_policy: Callable[..., str]) -> None:
    issues = _issues(make_policy(max_level="secret"))
    assert issues == [
        'policy.toml: cloud.max_level: "secret" is not one of public, internal, '
        "confidential, restricted"
    ]


def test_unknown_key_is_an_error_with_a_suggestion(make_policy: Callable[..., str]) -> None:
    text = make_policy().replace("confirm =", "max_levle = 1\nconfirm =")
    issues = _issues(text)
    assert len(issues) == 1
    assert issues[0].startswith("policy.toml: cloud.max_levle: unknown key")
    assert '"max_level"' in issues[0]


def test_unknown_detector_lists_a_close_name(make_policy: Callable[..., str]) -> None:
    extra = '[[sensitivity.rules]]\ndetector = "emial"\nlevel = "restricted"\n'
    issues = _issues(make_policy(extra=extra))
    assert issues == [
        'policy.toml: sensitivity.rules[0].detector: "emial" is not a built-in detector; '
        'did you mean "email"?'
    ]


def test_malformed_regex_is_reported(make_policy: Callable[..., str]) -> None:
    extra = '[[sensitivity.rules]]\nname = "ticket"\npattern = "TCK-(\\\\d+"\nlevel = "internal"\n'
    issues = _issues(make_policy(extra=extra))
    assert len(issues) == 1
    assert issues[0].startswith("policy.toml: sensitivity.rules[0].pattern: is not a valid regular")
    assert "missing )" in issues[0]


def test_pattern_matching_empty_text_is_refused(make_policy: Callable[..., str]) -> None:
    extra = '[[sensitivity.rules]]\nname = "any"\npattern = "x*"\nlevel = "internal"\n'
    assert "matches the empty string" in _issues(make_policy(extra=extra))[0]


def test_expired_policy_is_reported_with_the_fix(
    make_policy: Callable[..., str], today: dt.date
) -> None:
    issues = _issues(make_policy(expires="2026-02-01"), today=today)
    assert issues == [
        "policy.toml: expires: the policy expired on 2026-02-01; issue a new one with a "
        "later expires date and a higher version"
    ]


def test_expiry_before_issue_date_is_an_error(make_policy: Callable[..., str]) -> None:
    assert "before issued" in _issues(make_policy(expires="2025-01-01"))[0]


def test_bad_toml_line_is_named(make_policy: Callable[..., str]) -> None:
    text = make_policy().replace('model = "big-model"', "model = big-model")
    issues = _issues(text)
    assert len(issues) == 1
    assert issues[0].startswith("policy.toml: line 11: ")
    assert "fix the TOML syntax" in issues[0]


def test_every_problem_is_collected_not_just_the_first(make_policy: Callable[..., str]) -> None:
    text = make_policy(max_level="secret", threshold=2).replace('confirm = "never"', "confirm = 3")
    keys = [i.split(": ")[1] for i in _issues(text)]
    assert keys == ["cloud.max_level", "cloud.confirm", "complexity.cloud_threshold"]


def test_required_keys_are_named() -> None:
    keys = sorted(i.split(": ")[1] for i in _issues("[cloud]\nallowed = false\n"))
    assert keys == ["id", "issued", "schema", "version"]


def test_unsupported_schema_and_bad_version(make_policy: Callable[..., str]) -> None:
    text = make_policy(version=0).replace("schema = 1", "schema = 2")
    issues = _issues(text)
    assert any("schema: 2 is not supported" in i for i in issues)
    assert any("version: 0 must be 1 or more" in i for i in issues)


def test_redact_must_name_a_finding_type(make_policy: Callable[..., str]) -> None:
    assert "cloud.redact[0]" in _issues(make_policy(redact='["passport"]'))[0]


def test_redact_may_name_a_policy_rule(make_policy: Callable[..., str]) -> None:
    extra = '[[sensitivity.rules]]\nname = "project"\nterms = ["Bluebird"]\nlevel = "restricted"\n'
    policy = parse_text(make_policy(redact='["project"]', extra=extra), "p.toml")
    assert policy.cloud.redact == frozenset({"project"})


def test_terms_compile_to_one_case_insensitive_word_matcher(
    make_policy: Callable[..., str],
) -> None:
    extra = (
        '[[sensitivity.rules]]\nname = "project"\nterms = ["Blue Bird", "C++"]\n'
        'level = "restricted"\n'
    )
    rule = parse_text(make_policy(extra=extra), "p.toml").rules[0]
    assert rule.regex is not None
    assert rule.regex.search("about the blue   bird launch")
    assert rule.regex.search("we use c++ here")
    assert not rule.regex.search("bluebirds")


def test_rule_needs_exactly_one_kind(make_policy: Callable[..., str]) -> None:
    extra = (
        '[[sensitivity.rules]]\ndetector = "email"\nterms = ["x"]\nname = "x"\nlevel = "internal"\n'
    )
    assert "exactly one of detector, terms or pattern" in _issues(make_policy(extra=extra))[0]


def test_knowledge_paths_and_local_section(make_policy: Callable[..., str]) -> None:
    sha = "a" * 64
    extra = (
        '[[knowledge.paths]]\nglob = "~/HR/**"\nlevel = "restricted"\n'
        f'[local]\nmodels_sha256 = ["{sha}"]\nmin_app_version = "0.2.0"\n'
    )
    policy = parse_text(make_policy(extra=extra), "p.toml")
    assert policy.knowledge_paths[0].level is Level.RESTRICTED
    assert policy.local.models_sha256 == frozenset({sha})
    assert policy.local.min_app_version == "0.2.0"


def test_bad_sha256_is_reported(make_policy: Callable[..., str]) -> None:
    extra = '[local]\nmodels_sha256 = ["abc"]\n'
    assert _issues(make_policy(extra=extra)) == [
        'policy.toml: local.models_sha256[0]: "abc" is not a 64-digit hex SHA-256'
    ]


def test_endpoint_must_be_http_url(make_policy: Callable[..., str]) -> None:
    assert "is not an http(s) URL" in _issues(make_policy(endpoint="ftp://x"))[0]


def test_load_file_reports_unreadable_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot be read"):
        load_file(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe id")
    with pytest.raises(PolicyError, match="is not UTF-8"):
        load_file(bad)


def test_bundled_default_is_valid_and_keeps_sensitive_data_local() -> None:
    policy = load_file(bundled_default_path())
    assert policy.cloud.allowed is True
    assert policy.cloud.endpoint == ""
    assert policy.cloud.max_level is Level.INTERNAL
    levels = policy.detector_levels()
    assert levels["marker_restricted"] is Level.RESTRICTED
    assert levels["marker_confidential"] is Level.CONFIDENTIAL
    assert levels["email"] >= Level.CONFIDENTIAL


DOCS = Path(__file__).resolve().parents[3] / "docs" / "policy.md"


def test_every_key_is_documented() -> None:
    from router.policy import loader

    text = DOCS.read_text(encoding="utf-8")
    keys = [
        *loader._TOP_KEYS,
        *loader._CLOUD_KEYS,
        "cloud_threshold",
        "local_context_tokens",
        "detector",
        "terms",
        "pattern",
        "name",
        "level",
        "case_sensitive",
        "glob",
        "models_sha256",
        "min_app_version",
        "include_text",
    ]
    missing = [k for k in keys if f"`{k}`" not in text and f"[{k}" not in text]
    assert missing == []


def test_documented_example_is_valid() -> None:
    text = DOCS.read_text(encoding="utf-8")
    example = text[text.index("```toml") + len("```toml") : text.rindex("```")]
    policy = parse_text(example, "example", today=dt.date(2026, 6, 1))
    assert policy.id == "acme-2026"
    assert [r.name for r in policy.rules] == ["email", "project", "ticket"]


def test_bundled_default_keeps_personal_credential_health_financial_data_local() -> None:
    from router import detectors

    policy = load_file(bundled_default_path())
    rules = policy.detector_levels()
    sensitive = {
        "email",
        "phone",
        "credit_card",
        "iban",
        "us_ssn",
        "credential",
        "private_key",
        "api_token",
        "health",
        "financial_info",
        "bank_account",
        "national_id",
    }
    present = sensitive & set(detectors.available())
    assert {"email", "credential", "health", "financial_info"} <= present
    for name in present:
        level = rules.get(name, detectors.default_level(name))
        assert level >= Level.CONFIDENTIAL > policy.cloud.max_level, name
