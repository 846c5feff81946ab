"""Which policy is in force: precedence, signatures, expiry, rollback, fail closed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from router.levels import Level
from router.policy import load_in_force
from router.policy.signing import (
    SignatureError,
    generate_keypair,
    sign_file,
    signature_path,
    trusted_keys,
    verify_bytes,
)

# The fixtures `dirs`, `admin_key`, `make_policy` and `today` come from conftest.py.


def test_bundled_default_applies_without_admin_or_user_policy(dirs, today) -> None:
    state = load_in_force(dirs, today=today)
    assert state.origin == "bundled"
    assert state.policy.id == "edgewise-default"
    assert state.rejections == ()
    assert not state.managed


def test_unsigned_admin_policy_accepted_with_warning_when_no_key_is_trusted(
    dirs, make_policy, today
) -> None:
    dirs.write_machine(make_policy(version=3))
    state = load_in_force(dirs, today=today)
    assert state.origin == "machine"
    assert state.managed
    assert state.policy.version == 3
    assert state.signer is None
    assert any("accepted unsigned" in w for w in state.warnings)


def test_signed_admin_policy_accepted_and_signer_named(dirs, admin_key, make_policy, today) -> None:
    dirs.write_machine(make_policy(), key=admin_key)
    state = load_in_force(dirs, today=today)
    keys, _ = trusted_keys(dirs.policy_dir)
    assert state.origin == "machine"
    assert state.signer == keys[0].key_id
    assert state.rejections == ()


def _accept_v1(dirs, admin_key: Path | None, make_policy, today) -> None:
    dirs.write_machine(make_policy(version=1, max_level="confidential"), key=admin_key)
    first = load_in_force(dirs, today=today)
    assert first.origin == "machine"
    assert first.policy.cloud.max_level is Level.CONFIDENTIAL


def test_tampered_policy_rejected_and_previous_stays(dirs, admin_key, make_policy, today) -> None:
    _accept_v1(dirs, admin_key, make_policy, today)
    path = dirs.write_machine(make_policy(version=2), key=admin_key)
    path.write_text(path.read_text().replace('max_level = "internal"', 'max_level = "restricted"'))
    state = load_in_force(dirs, today=today)
    assert state.origin == "remembered"
    assert state.policy.version == 1
    assert state.policy.cloud.max_level is Level.CONFIDENTIAL
    assert len(state.rejections) == 1
    assert state.rejections[0].file == str(path)
    assert "bad signature" in state.rejections[0].reason
    assert "re-sign it" in state.rejections[0].reason


def test_unsigned_policy_rejected_when_a_key_is_trusted(
    dirs, admin_key, make_policy, today
) -> None:
    _accept_v1(dirs, admin_key, make_policy, today)
    dirs.write_machine(make_policy(version=2))
    state = load_in_force(dirs, today=today)
    assert state.origin == "remembered"
    assert state.policy.version == 1
    assert "is not signed" in state.rejections[0].reason
    assert "edgewise policy sign" in state.rejections[0].reason


def test_expired_policy_rejected_and_previous_stays(dirs, admin_key, make_policy, today) -> None:
    _accept_v1(dirs, admin_key, make_policy, today)
    dirs.write_machine(make_policy(version=2, expires="2026-03-01"), key=admin_key)
    state = load_in_force(dirs, today=today)
    assert state.policy.version == 1
    assert "expired on 2026-03-01" in state.rejections[0].reason


def test_rolled_back_policy_rejected_and_newer_stays(dirs, admin_key, make_policy, today) -> None:
    dirs.write_machine(make_policy(version=5, max_level="public"), key=admin_key)
    assert load_in_force(dirs, today=today).policy.version == 5
    path = dirs.write_machine(make_policy(version=4), key=admin_key)
    state = load_in_force(dirs, today=today)
    assert state.origin == "remembered"
    assert state.policy.version == 5
    assert state.policy.cloud.max_level is Level.PUBLIC
    assert state.rejections[0].file == str(path)
    assert "version 4 is lower than version 5" in state.rejections[0].reason


def test_invalid_policy_rejected_and_previous_stays(dirs, make_policy, today) -> None:
    _accept_v1(dirs, None, make_policy, today)
    dirs.write_machine(make_policy(version=2, max_level="secret"))
    state = load_in_force(dirs, today=today)
    assert state.policy.version == 1
    assert 'cloud.max_level: "secret" is not one of' in state.rejections[0].reason


def test_rejected_admin_policy_with_no_previous_means_local_only(
    dirs, admin_key, make_policy, today
) -> None:
    dirs.write_machine(make_policy())  # unsigned although a key is trusted
    state = load_in_force(dirs, today=today)
    assert state.origin == "local-only"
    assert state.policy.cloud.allowed is False
    assert len(state.rejections) == 1


def test_remembered_policy_is_reverified_so_the_state_file_cannot_smuggle_one_in(
    dirs, admin_key, make_policy, today
) -> None:
    _accept_v1(dirs, admin_key, make_policy, today)
    data = json.loads(dirs.policy_state_file.read_text())
    data["sources"]["machine"]["text"] = make_policy(version=9, max_level="restricted")
    dirs.policy_state_file.write_text(json.dumps(data))
    dirs.write_machine(make_policy(version=2))  # unsigned: rejected
    state = load_in_force(dirs, today=today)
    assert state.origin == "local-only"
    assert state.policy.cloud.allowed is False
    assert any("last accepted machine policy" in r.file for r in state.rejections)


def test_remembered_policy_that_has_since_expired_is_not_used(
    dirs, admin_key, make_policy, today
) -> None:
    dirs.write_machine(make_policy(version=1, expires="2026-07-01"), key=admin_key)
    assert load_in_force(dirs, today=today).origin == "machine"
    dirs.write_machine(make_policy(version=2))  # unsigned: rejected
    later = dt.date(2026, 8, 1)
    assert load_in_force(dirs, today=later).origin == "local-only"


def test_remember_false_leaves_the_state_file_alone(dirs, make_policy, today) -> None:
    dirs.write_machine(make_policy(version=7))
    load_in_force(dirs, today=today, remember=False)
    assert not dirs.policy_state_file.exists()


def test_damaged_state_file_is_reported(dirs, make_policy, today) -> None:
    dirs.policy_state_file.write_text("{not json")
    dirs.write_machine(make_policy())
    state = load_in_force(dirs, today=today)
    assert state.origin == "machine"
    assert any("is damaged" in w for w in state.warnings)


def test_bad_bundled_default_means_local_only(dirs, tmp_path: Path, today) -> None:
    broken = tmp_path / "default.toml"
    broken.write_text("schema = 1\n")
    state = load_in_force(dirs, today=today, bundled=broken)
    assert state.origin == "local-only"
    assert state.rejections[0].file == str(broken)


def test_user_policy_only_makes_things_stricter(dirs, make_policy, today) -> None:
    dirs.write_machine(make_policy(max_level="confidential", redact='["email"]'))
    user = dirs.write_user(
        make_policy(
            policy_id="mine",
            max_level="public",
            endpoint="https://elsewhere.example.com",
            redact='["email", "marker_internal"]',
            threshold=0.9,
        )
    )
    state = load_in_force(dirs, today=today)
    cloud = state.policy.cloud
    assert state.policy.id == "acme"  # the organisation's policy decided
    assert state.user_file == user
    assert cloud.max_level is Level.PUBLIC
    assert cloud.endpoint == "https://llm.example.com/v1"
    assert cloud.redact == frozenset({"email"})
    assert state.policy.complexity.cloud_threshold == 0.9
    assert any("cloud.endpoint" in w for w in state.warnings)
    assert any("cloud.redact: marker_internal" in w for w in state.warnings)


def test_user_policy_cannot_loosen(dirs, make_policy, today) -> None:
    dirs.write_machine(make_policy(allowed=False, max_level="public", threshold=0.5))
    dirs.write_user(make_policy(policy_id="mine", max_level="restricted", threshold=0.1))
    state = load_in_force(dirs, today=today)
    assert state.policy.cloud.allowed is False
    assert state.policy.cloud.max_level is Level.PUBLIC
    assert state.policy.complexity.cloud_threshold == 0.5
    joined = "\n".join(state.warnings)
    assert "cloud.allowed" in joined
    assert "cloud.max_level: restricted is looser than public" in joined
    assert "complexity.cloud_threshold" in joined


def test_user_policy_may_set_the_endpoint_the_default_leaves_open(dirs, make_policy, today) -> None:
    dirs.write_user(make_policy(policy_id="mine", endpoint="https://gw.example.com/v1"))
    state = load_in_force(dirs, today=today)
    assert state.origin == "bundled"
    assert state.policy.cloud.endpoint == "https://gw.example.com/v1"


def test_invalid_user_policy_is_rejected_not_silent(dirs, make_policy, today) -> None:
    path = dirs.write_user(make_policy(max_level="nope"))
    state = load_in_force(dirs, today=today)
    assert state.user_file is None
    assert state.rejections[0].file == str(path)


def test_min_app_version_turns_the_cloud_off_for_older_apps(dirs, make_policy, today) -> None:
    dirs.write_machine(make_policy(extra='[local]\nmin_app_version = "2.0"\n'))
    assert load_in_force(dirs, today=today, app_version="2.1.0").policy.cloud.allowed
    state = load_in_force(dirs, today=today, app_version="1.9.9")
    assert state.policy.cloud.allowed is False
    assert any("needs Edgewise 2.0" in w for w in state.warnings)


def test_signature_round_trip_and_foreign_key(tmp_path: Path, dirs, admin_key) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text("schema = 1\n")
    sig = sign_file(policy, admin_key)
    assert sig == signature_path(policy)
    keys, problems = trusted_keys(dirs.policy_dir)
    assert problems == []
    assert verify_bytes(policy.read_bytes(), sig.read_text(), keys) is keys[0]
    other, _, _ = generate_keypair(tmp_path / "other", "rogue")
    sign_file(policy, other)
    with pytest.raises(SignatureError, match="does not match"):
        verify_bytes(policy.read_bytes(), sig.read_text(), keys)
    with pytest.raises(SignatureError, match="not base64"):
        verify_bytes(b"x", "!!!", keys)


def test_keygen_refuses_to_overwrite_and_protects_the_private_key(tmp_path: Path) -> None:
    private, _, kid = generate_keypair(tmp_path, "k")
    assert len(kid) == 16
    assert private.stat().st_mode & 0o077 == 0
    with pytest.raises(SignatureError, match="already exists"):
        generate_keypair(tmp_path, "k")


def test_unreadable_public_key_is_reported(dirs) -> None:
    (dirs.policy_dir / "junk.pub").write_text("not a key")
    keys, problems = trusted_keys(dirs.policy_dir)
    assert keys == []
    assert "is not a PEM public key" in problems[0]


def test_rejected_user_policy_leaves_the_last_accepted_one(dirs, make_policy, today) -> None:
    dirs.write_user(make_policy(policy_id="mine", version=2, max_level="public"))
    assert load_in_force(dirs, today=today).policy.cloud.max_level is Level.PUBLIC
    dirs.write_user(make_policy(policy_id="mine", version=3, max_level="bogus"))
    state = load_in_force(dirs, today=today)
    assert state.policy.cloud.max_level is Level.PUBLIC
    assert "cloud.max_level" in state.rejections[0].reason
