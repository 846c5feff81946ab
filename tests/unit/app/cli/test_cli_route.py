"""``edgewise route --jsonl``: one decision per input line, sends nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main

ANYTHING_GOES = """
schema = 1
id = "open"
version = 1
issued = 2026-01-01

[cloud]
allowed = true
max_level = "internal"

[complexity]
cloud_threshold = 0.0
"""


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict]]:
    code = main(args)
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()]


def test_route_prints_the_contract_fields(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        json.dumps({"id": "a", "text": "What is 2 + 2?"})
        + "\n\n"
        + json.dumps({"id": 7, "text": "CONFIDENTIAL: Q3 numbers"})
        + "\n",
        encoding="utf-8",
    )
    policy = tmp_path / "open.toml"
    policy.write_text(ANYTHING_GOES, encoding="utf-8")
    code, rows = _run(["route", "--jsonl", str(inputs), "--policy", str(policy)], capsys)
    assert code == 0
    assert [r["id"] for r in rows] == ["a", 7]
    for row in rows:
        assert {"id", "target", "level", "complexity", "findings", "reasons"} <= set(row)
    assert rows[0]["target"] == "cloud"  # what-if: online, healthy endpoint, none configured
    assert "it would go to the cloud once a cloud endpoint is set up" in rows[0]["reasons"]
    assert rows[1]["target"] == "local"
    assert rows[1]["level"] in ("confidential", "restricted")
    marker = next(f for f in rows[1]["findings"] if f["type"] == "marker_confidential")
    assert (marker["level"], marker["start"], marker["end"]) == ("confidential", 0, 12)


def test_route_offline_and_default_policy(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "x", "text": "hello"}) + "\n", encoding="utf-8")
    code, rows = _run(["route", "--jsonl", str(inputs), "--offline"], capsys)
    assert code == 0
    assert rows[0]["target"] == "local"
    assert rows[0]["policy_id"] == "edgewise-default"
    assert "this device is offline" in rows[0]["reasons"]


def test_route_reports_bad_lines_and_keeps_going(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text('{"id": 1, "text": "ok"}\nnot json\n{"id": 3}\n{"id": 4, "text": "x"}\n')
    code = main(["route", "--jsonl", str(inputs)])
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert [r.get("error", "") != "" for r in rows] == [False, True, True, False]
    assert rows[1]["line"] == 2
    assert rows[2]["id"] == 3
    assert "2 input line(s) could not be read" in captured.err


def test_route_missing_file_is_a_one_line_error(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["route", "--jsonl", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot be read" in capsys.readouterr().err
