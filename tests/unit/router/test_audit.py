"""The audit log: hash chain, tamper detection naming the line, CSV export, no raw text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from pathlib import Path

import pytest

from router import Context, Payload, decide
from router.audit import AuditError, AuditLog, record_hash
from router.policy import Policy, load_file
from router.policy.sources import bundled_default_path

SECRET_TEXT = "CONFIDENTIAL merger plan, call 555-0100"


@pytest.fixture
def policy() -> Policy:
    return load_file(bundled_default_path())


@pytest.fixture
def log(tmp_path: Path, policy: Policy) -> AuditLog:
    audit = AuditLog(tmp_path / "audit.jsonl")
    decision = decide(Payload(SECRET_TEXT), Context.what_if_online(), policy)
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    for day in range(5):
        audit.append(
            decision,
            tokens_in=10 + day,
            tokens_out=20,
            cost=0.001,
            text=SECRET_TEXT,
            now=start + dt.timedelta(days=day),
        )
    return audit


def _lines(log: AuditLog) -> list[str]:
    return log.path.read_text(encoding="utf-8").splitlines()


def _write(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_records_are_chained_and_hold_no_raw_text(log: AuditLog) -> None:
    records = list(log.records())
    assert [r["seq"] for r in records] == [1, 2, 3, 4, 5]
    assert records[0]["prev"] == "0" * 64
    for before, after in itertools.pairwise(records):
        assert after["prev"] == before["hash"]
    assert all(record_hash(r) == r["hash"] for r in records)
    first = records[0]
    assert first["policy_id"] == "edgewise-default"
    assert first["target"] == "local"
    assert first["level"] in ("confidential", "restricted")  # the marker at least
    assert first["finding_types"].get("marker_confidential") == 1
    assert first["tokens_in"] == 10
    raw = log.path.read_text(encoding="utf-8")
    assert "merger" not in raw and "555-0100" not in raw
    assert log.verify().ok
    assert log.verify().records == 5


def test_text_is_kept_only_when_the_policy_asks(tmp_path: Path, policy: Policy) -> None:
    audit = AuditLog(tmp_path / "a.jsonl")
    decision = decide(Payload("hello"), Context(), policy)
    record = audit.append(decision, text="hello", include_text=True)
    assert record["text"] == "hello"
    assert audit.verify().ok


def test_edited_line_is_named(log: AuditLog) -> None:
    lines = _lines(log)
    record = json.loads(lines[2])
    record["target"] = "cloud"
    lines[2] = json.dumps(record)
    _write(log, lines)
    result = log.verify()
    assert not result.ok
    assert result.bad_line == 3
    assert "does not match its hash" in result.problem
    assert str(result).startswith("audit log broken at line 3")


def test_edited_line_with_recomputed_hash_breaks_the_next_line(log: AuditLog) -> None:
    lines = _lines(log)
    record = json.loads(lines[1])
    record["level"] = "public"
    record["hash"] = record_hash(record)
    lines[1] = json.dumps(record)
    _write(log, lines)
    result = log.verify()
    assert result.bad_line == 3
    assert "does not follow the previous record" in result.problem


def test_deleted_line_is_named(log: AuditLog) -> None:
    lines = _lines(log)
    del lines[1]
    _write(log, lines)
    assert log.verify().bad_line == 2


def test_reordered_lines_are_named(log: AuditLog) -> None:
    lines = _lines(log)
    lines[3], lines[4] = lines[4], lines[3]
    _write(log, lines)
    assert log.verify().bad_line == 4


def test_truncated_tail_is_caught_by_the_head_file(log: AuditLog) -> None:
    _write(log, _lines(log)[:3])
    result = log.verify()
    assert not result.ok
    assert result.bad_line == 4
    assert "2 record(s) missing at the end" in result.problem


def test_garbage_line_is_named(log: AuditLog) -> None:
    lines = _lines(log)
    lines[0] = "{oops"
    _write(log, lines)
    result = log.verify()
    assert (result.bad_line, result.problem) == (1, "not valid JSON (the line was edited)")


def test_appending_after_a_damaged_last_line_refuses(log: AuditLog, policy: Policy) -> None:
    with log.path.open("a", encoding="utf-8") as fh:
        fh.write("garbage\n")
    with pytest.raises(AuditError, match="the last line is damaged"):
        log.append(decide(Payload("x"), Context(), policy))


def test_csv_export_since(log: AuditLog) -> None:
    out = io.StringIO()
    rows = log.export_csv(out, since=dt.datetime(2026, 3, 3, tzinfo=dt.UTC))
    assert rows == 3
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["seq"] for r in table] == ["3", "4", "5"]
    assert table[0]["target"] == "local"
    assert "marker_confidential:1" in table[0]["finding_types"]
    assert "merger" not in out.getvalue()


def test_missing_log_verifies_as_empty(tmp_path: Path) -> None:
    result = AuditLog(tmp_path / "none.jsonl").verify()
    assert result.ok and result.records == 0
