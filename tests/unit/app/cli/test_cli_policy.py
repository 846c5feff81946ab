"""``edgewise policy check|show|keygen|sign|explain``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main

POLICY = """
schema = 1
id = "acme"
version = {version}
issued = 2026-01-01
expires = 2099-01-01

[cloud]
allowed = true
endpoint = "https://llm.example.com/v1"
max_level = "{max_level}"

[complexity]
cloud_threshold = 0.0
"""


def _write(path: Path, version: int = 1, max_level: str = "internal") -> Path:
    path.write_text(POLICY.format(version=version, max_level=max_level), encoding="utf-8")
    return path


def test_check_valid_file(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "policy.toml")
    assert main(["policy", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "OK: acme version 1" in out
    assert "not signed" in out


def test_check_invalid_file_exits_1_with_messages(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "policy.toml", max_level="secret")
    assert main(["policy", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f'{path}: cloud.max_level: "secret" is not one of public, internal' in out


def test_keygen_sign_check_and_show_a_signed_admin_policy(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys"
    assert main(["policy", "keygen", "--out", str(keys), "--name", "acme"]) == 0
    kid = capsys.readouterr().out.split("Key id:")[1].strip()
    machine = Path(str(edgewise_home.parent / "machine-policies"))
    (machine / "acme.pub").write_bytes((keys / "acme.pub").read_bytes())
    policy = _write(machine / "policy.toml", version=3)
    assert main(["policy", "sign", str(policy), "--key", str(keys / "acme.key")]) == 0
    assert (machine / "policy.toml.sig").exists()
    capsys.readouterr()
    assert main(["policy", "check", str(policy)]) == 0
    assert f"signed by key {kid}" in capsys.readouterr().out

    assert main(["policy", "show", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["origin"] == "machine"
    assert info["managed"] is True
    assert info["signer"] == kid
    assert info["policy"]["version"] == 3

    policy.write_text(policy.read_text().replace("internal", "restricted"))
    assert main(["policy", "check", str(policy)]) == 1
    assert "does not match" in capsys.readouterr().out
    assert main(["policy", "show"]) == 0
    text = capsys.readouterr().out
    assert "local-only" in text  # show never remembers, so nothing was accepted before
    assert "Rejected:" in text and "bad signature" in text


def test_sign_refuses_an_invalid_policy(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys"
    main(["policy", "keygen", "--out", str(keys)])
    path = _write(tmp_path / "policy.toml", max_level="nope")
    assert main(["policy", "sign", str(path), "--key", str(keys / "edgewise-admin.key")]) == 2
    assert "not signing an invalid policy" in capsys.readouterr().err
    assert not (tmp_path / "policy.toml.sig").exists()


def test_show_bundled_default(edgewise_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "Not managed" in out
    assert "Policy: edgewise-default version 1 (bundled)" in out
    assert "endpoint (none set)" in out


def test_explain_text_and_json(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "explain", "STRICTLY RESTRICTED: the merger"]) == 0
    out = capsys.readouterr().out
    assert "Target: local" in out
    assert "Level: restricted" in out
    assert "only internal or less may leave this device" in out
    path = _write(tmp_path / "p.toml")
    assert main(["policy", "explain", "--json", "--policy", str(path), "hello there"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["target"] == "cloud"
    assert data["policy_id"] == "acme"
    assert main(["policy", "explain", "--offline", "--policy", str(path), "hello"]) == 0
    assert "this device is offline" in capsys.readouterr().out


def test_explain_with_invalid_policy_file_is_a_one_line_error(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "p.toml", max_level="nope")
    assert main(["policy", "explain", "--policy", str(path), "hi"]) == 2
    assert "cloud.max_level" in capsys.readouterr().err
