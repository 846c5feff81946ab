"""``edgewise audit verify|export``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from app.cli.main import main
from router import Context, Payload, decide
from router.audit import AuditLog
from router.policy import load_file
from router.policy.sources import bundled_default_path


def _fill(path: Path) -> None:
    log = AuditLog(path)
    decision = decide(Payload("hello"), Context(), load_file(bundled_default_path()))
    for day in (1, 2, 3):
        log.append(decision, now=dt.datetime(2026, 4, day, tzinfo=dt.UTC))


def test_verify_ok_then_catches_an_edited_line(
    edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = edgewise_home / "audit.jsonl"
    _fill(path)
    assert main(["audit", "verify"]) == 0
    assert "intact: 3 records" in capsys.readouterr().out
    lines = path.read_text().splitlines()
    record = json.loads(lines[1])
    record["target"] = "cloud"
    lines[1] = json.dumps(record)
    path.write_text("\n".join(lines) + "\n")
    assert main(["audit", "verify"]) == 1
    assert "broken at line 2" in capsys.readouterr().out


def test_verify_without_a_log(edgewise_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify"]) == 0
    assert "no audit log yet" in capsys.readouterr().out


def test_export_since_to_a_file(
    tmp_path: Path, edgewise_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(edgewise_home / "audit.jsonl")
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", "--since", "2026-04-02", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["seq"] for r in rows] == ["2", "3"]
    assert rows[0]["policy_id"] == "edgewise-default"
    assert "exported 2 record(s)" in capsys.readouterr().err


def test_export_bad_since(edgewise_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "export", "--since", "last week"]) == 2
    assert "is not a date" in capsys.readouterr().err
