"""docs/admin.md works as written: its example policy, its commands, its snippets.

Code blocks the guide wants tested are preceded by ``<!-- admin-guide-test: NAME -->``;
the walkthrough blocks run in one bash session, in the guide's order, with the
real ``edgewise`` command and a temporary HOME, exactly as an admin would type them.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app import paths as app_paths

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "docs" / "admin.md"
EXAMPLE = REPO / "docs" / "examples" / "policy.toml"
EDGEWISE = Path(sys.executable).parent / "edgewise"

_TAGGED = re.compile(r"<!-- admin-guide-test: ([\w-]+) -->\n```(\w*)\n(.*?)```", re.DOTALL)


def tagged_blocks() -> dict[str, tuple[str, str]]:
    """``{name: (language, code)}`` of the guide's tested blocks."""
    return {m[1]: (m[2], m[3]) for m in _TAGGED.finditer(GUIDE.read_text(encoding="utf-8"))}


def fenced_blocks(language: str) -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def run_edgewise(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EDGEWISE), *args], check=False, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def admin_env(tmp_path: Path) -> dict[str, str]:
    """An admin's shell: a fresh HOME, ``edgewise`` on PATH, no Edgewise overrides."""
    home = tmp_path / "admin-home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDGEWISE_")}
    env["HOME"] = str(home)
    env["PATH"] = f"{EDGEWISE.parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def test_the_guide_tags_every_block_this_test_runs() -> None:
    assert set(tagged_blocks()) == {"sign", "try", "show-output", "tamper", "syntax", "ansible"}


def test_the_example_policy_in_the_guide_is_the_example_file() -> None:
    (block,) = fenced_blocks("toml")
    assert block == EXAMPLE.read_text(encoding="utf-8")


def test_the_example_policy_passes_policy_check(admin_env: dict[str, str]) -> None:
    result = run_edgewise("policy", "check", str(EXAMPLE), env=admin_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{EXAMPLE}: OK: acme-laptops version 3" in result.stdout


def test_the_walkthrough_runs_as_written(admin_env: dict[str, str]) -> None:
    home = Path(admin_env["HOME"])
    work = home / "edgewise-admin"
    work.mkdir()
    # "save the example policy there as policy.toml"
    (work / "policy.toml").write_bytes(EXAMPLE.read_bytes())
    blocks = tagged_blocks()
    script = "\n".join(
        [
            "set -eu -o pipefail",
            "echo '@@@ sign'",
            blocks["sign"][1],
            "echo '@@@ try'",
            blocks["try"][1],
            # The tamper block shows a failing check on purpose.
            "set +e",
            "echo '@@@ tamper'",
            blocks["tamper"][1],
        ]
    )
    result = subprocess.run(
        ["bash", "-c", script],
        check=False,
        capture_output=True,
        text=True,
        env=admin_env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    _, sign, rest = result.stdout.partition("@@@ sign\n")
    sign, _, rest = rest.partition("@@@ try\n")
    tried, _, tampered = rest.partition("@@@ tamper\n")

    key_id = re.search(r"Key id:\s+([0-9a-f]{16})", sign)
    assert key_id, sign
    kid = key_id[1]
    private_key = work / "keys" / "acme-policy.key"
    assert stat.S_IMODE(private_key.stat().st_mode) == 0o600
    assert f"policy.toml.sig: valid, signed by key {kid} (acme-policy.pub)" in sign

    trial = work / "trial" / "policies"
    assert sorted(p.name for p in trial.iterdir()) == [
        "acme-policy.pub",
        "policy.toml",
        "policy.toml.sig",
    ]
    assert "Managed by your organisation" in tried
    assert "Policy: acme-laptops version 3 (machine)" in tried
    assert f"Source: {trial / 'policy.toml'}" in tried
    assert f"Signer: {kid}" in tried
    assert "Target: local" in tried
    assert "project_codename restricted" in tried

    assert "the signature does not match the file or any trusted key" in tampered
    assert "Not managed" in tampered
    assert "Policy: local-only version 0 (local-only)" in tampered
    assert f"Rejected: {trial / 'policy.toml'}: bad signature" in tampered


def test_the_show_output_printed_in_the_guide_is_what_policy_show_prints(
    admin_env: dict[str, str], tmp_path: Path
) -> None:
    policy_dir = tmp_path / "policies"
    policy_dir.mkdir()
    env = {
        **admin_env,
        "EDGEWISE_POLICY_DIR": str(policy_dir),
        "EDGEWISE_HOME": str(tmp_path / "home"),
    }
    keygen = run_edgewise("policy", "keygen", "--out", str(tmp_path / "k"), "--name", "a", env=env)
    assert keygen.returncode == 0, keygen.stderr
    (policy_dir / "policy.toml").write_bytes(EXAMPLE.read_bytes())
    (policy_dir / "a.pub").write_bytes((tmp_path / "k" / "a.pub").read_bytes())
    key = str(tmp_path / "k" / "a.key")
    signed = run_edgewise("policy", "sign", str(policy_dir / "policy.toml"), "--key", key, env=env)
    assert signed.returncode == 0, signed.stderr

    shown = run_edgewise("policy", "show", env=env).stdout.splitlines()

    expected = tagged_blocks()["show-output"][1].splitlines()
    assert len(shown) == len(expected), shown
    for want, got in zip(expected, shown, strict=True):
        if want.startswith(("Source:", "Signer:")):  # paths and key ids differ per machine
            assert got.split(":")[0] == want.split(":")[0]
        else:
            assert got == want


def test_the_jamf_script_is_valid_shell() -> None:
    language, code = tagged_blocks()["syntax"]
    assert language == "sh"
    assert code.startswith("#!/bin/sh\n")
    result = subprocess.run(["sh", "-n"], check=False, input=code, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_ansible_playbook_installs_the_three_files_where_the_app_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language, code = tagged_blocks()["ansible"]
    assert language == "yaml"
    (play,) = yaml.safe_load(code)
    folder_expr = play["vars"]["edgewise_policy_dir"]
    for platform in ("linux", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert f"'{app_paths._machine_policy_dir()}'" in folder_expr
    folder_task, copy_task = play["tasks"]
    assert folder_task["ansible.builtin.file"]["state"] == "directory"
    assert folder_task["ansible.builtin.file"]["mode"] == "0755"
    assert copy_task["ansible.builtin.copy"]["mode"] == "0644"
    assert copy_task["ansible.builtin.copy"]["owner"] == "root"
    assert sorted(copy_task["loop"]) == ["acme-policy.pub", "policy.toml", "policy.toml.sig"]


def test_the_folders_in_the_guide_are_the_folders_the_app_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    monkeypatch.setenv("PROGRAMDATA", "%PROGRAMDATA%")
    for platform in ("linux", "darwin", "win32"):
        monkeypatch.setattr(sys, "platform", platform)
        folder = str(app_paths._machine_policy_dir())
        if platform == "win32":  # a PosixPath here: compare the Windows spelling
            folder = folder.replace("/", "\\")
        assert f"| `{folder}`" in text, folder
