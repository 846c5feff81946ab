"""``edgewise --self-test``: real models pass offline; each broken part is named."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from app.cli.main import main
from app.engines.knowledge import EmbeddingModelError, SentenceTransformerEmbedder
from app.paths import Paths
from app.selftest import DEFAULT_CHECKS, Check, SelfTestContext, run_self_test


def _only(*names: str) -> list[Check]:
    checks = [c for c in DEFAULT_CHECKS if c.name in names]
    assert [c.name for c in checks] == list(names)
    return checks


def _lines(text: str) -> dict[str, str]:
    """``{check name: rest of line}`` for every check line of the output."""
    out = {}
    for line in text.splitlines()[1:-1]:
        name, _, rest = line.partition(": ")
        out[name] = rest
    return out


@pytest.mark.slow
def test_passes_on_this_machine_with_the_network_unplugged(
    edgewise_home: Path, no_network: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--self-test"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = _lines(out)
    assert list(lines) == [c.name for c in DEFAULT_CHECKS]
    assert all(rest.startswith("ok") for rest in lines.values()), out
    assert "edgewise-default version 1, bundled" in lines["policy"]
    assert "SmolLM2" in lines["local model"]
    assert "384 dimensions" in lines["embedding model"]
    assert "network blocked" in out.splitlines()[0]
    assert out.rstrip().endswith("self-test passed (6 checks)")


@pytest.mark.slow
def test_a_corrupt_model_chosen_in_settings_fails_the_local_model_check(
    edgewise_home: Path,
) -> None:
    broken = edgewise_home / "broken.gguf"
    broken.write_bytes(b"this is not a model")
    (edgewise_home / "settings.json").write_text(json.dumps({"model_path": str(broken)}))
    out = io.StringIO()

    code = run_self_test(checks=_only("policy", "local model", "network"), out=out)

    lines = _lines(out.getvalue())
    assert code == 1
    assert lines["policy"].startswith("ok")
    assert lines["local model"].startswith("FAILED: ")
    assert str(broken) in lines["local model"]
    assert "is not a GGUF model" in lines["local model"]
    assert out.getvalue().rstrip().endswith("self-test FAILED: local model")


def test_a_broken_embedding_model_fails_both_checks_that_need_it(
    edgewise_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_load(self: SentenceTransformerEmbedder) -> None:
        raise EmbeddingModelError("model.safetensors is truncated; fix: reinstall it")

    monkeypatch.setattr(SentenceTransformerEmbedder, "_load", broken_load)
    out = io.StringIO()

    code = run_self_test(
        checks=_only("policy", "embedding model", "knowledge store", "network"), out=out
    )

    lines = _lines(out.getvalue())
    assert code == 1
    assert lines["embedding model"] == "FAILED: model.safetensors is truncated; fix: reinstall it"
    assert lines["knowledge store"].startswith("FAILED: model.safetensors is truncated")
    assert lines["policy"].startswith("ok")
    assert out.getvalue().rstrip().endswith("self-test FAILED: embedding model, knowledge store")


def test_a_rejected_admin_policy_fails_the_policy_check_naming_the_file(
    edgewise_home: Path,
) -> None:
    policy_file = Paths.from_env().policy_dir / "policy.toml"
    policy_file.write_text('schema = 1\nid = "acme"\nversion = 0\nissued = 2026-01-01\n')
    out = io.StringIO()

    code = run_self_test(checks=_only("policy"), out=out)

    line = _lines(out.getvalue())["policy"]
    assert code == 1
    assert line.startswith(f"FAILED: {policy_file}: ")
    assert "version" in line
    assert "local-only" in line


def test_a_part_that_reaches_for_the_network_is_refused_and_reported(
    edgewise_home: Path,
) -> None:
    real_connect = socket.socket.connect
    refused: list[str] = []

    def phones_home(ctx: SelfTestContext) -> str:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.connect(("192.0.2.7", 443))  # TEST-NET-1: never routable
            except OSError as exc:
                refused.append(str(exc))
        return "pretended all was well"

    out = io.StringIO()
    code = run_self_test(checks=[Check("telemetry", phones_home), *_only("network")], out=out)

    lines = _lines(out.getvalue())
    assert code == 1
    assert refused == ["network blocked by edgewise --self-test: connect to ('192.0.2.7', 443)"]
    assert lines["telemetry"].startswith("ok")
    assert lines["network"].startswith("FAILED: tried to reach the network (('192.0.2.7', 443))")
    # The guard is gone once the self-test returns.
    assert socket.socket.connect is real_connect


def test_loopback_stays_reachable_during_the_self_test(edgewise_home: Path) -> None:
    def loopback(ctx: SelfTestContext) -> str:
        with socket.socket() as server, socket.socket() as client:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            client.connect(server.getsockname())
        return "connected"

    out = io.StringIO()
    code = run_self_test(checks=[Check("loopback", loopback), *_only("network")], out=out)

    assert code == 0, out.getvalue()
    assert _lines(out.getvalue())["loopback"] == "ok (connected)"


def test_a_check_that_crashes_without_a_message_is_named_by_its_exception(
    edgewise_home: Path,
) -> None:
    def crashes(ctx: SelfTestContext) -> str:
        raise KeyError

    out = io.StringIO()
    code = run_self_test(checks=[Check("crashy", crashes)], out=out)

    assert code == 1
    assert _lines(out.getvalue())["crashy"] == "FAILED: KeyError"
