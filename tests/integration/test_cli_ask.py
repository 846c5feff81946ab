"""`edgewise ask` end to end on the real bundled model, network unplugged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main

pytestmark = pytest.mark.slow


@pytest.mark.usefixtures("no_network", "edgewise_home")
def test_ask_local_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["ask", "--local", "--json", "--max-tokens", "24", "What is the capital of France?"]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["target"] == "local"
    assert data["answer"].strip()
    assert data["reasons"]
    assert data["model"].startswith("SmolLM2")
    assert data["tokens"]["completion"] > 0
    assert data["tokens"]["total"] == data["tokens"]["prompt"] + data["tokens"]["completion"]


@pytest.mark.usefixtures("edgewise_home")
def test_ask_streams_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--local", "--max-tokens", "12", "Say hello."]) == 0
    assert capsys.readouterr().out.strip()


@pytest.mark.usefixtures("edgewise_home")
def test_ask_with_a_missing_model_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["ask", "--local", "--model", str(tmp_path / "missing.gguf"), "hi"])
    err = capsys.readouterr().err
    assert code == 2
    assert "model file not found" in err
    assert "Traceback" not in err


def test_console_script_runs_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "EDGEWISE_HOME": str(tmp_path)}
    exe = Path(sys.executable).with_name("edgewise")
    result = subprocess.run(
        [str(exe), "ask", "--local", "--json", "--max-tokens", "8", "Hi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["target"] == "local"
