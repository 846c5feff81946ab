"""The conversational benchmark keeps its never-tuned-on sets out of sight."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import conversational_eval


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {
        "id": "t-s1",
        "text": "my password is Tr0ub4dor&3x",
        "label": "sensitive",
        "category": "credentials",
    },
    {
        "id": "t-h1",
        "text": "how long should a password be?",
        "label": "harmless",
        "category": "credentials",
    },
]


def test_measures_a_set_and_lists_wrong_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "conversational_x.jsonl", ROWS)
    assert conversational_eval.main(["--data", str(data), "--show-misses", "5"]) == 0
    out = capsys.readouterr().out
    assert "credentials" in out
    # Both rows are answered correctly, so the ALL line has recall 1 and FP 0.
    all_line = next(line for line in out.splitlines() if line.startswith("ALL"))
    assert all_line.split()[1:] == ["1", "1.000", "1", "0.000"]


def test_refuses_to_show_rows_of_a_check_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "conversational_x_check.jsonl", ROWS)
    assert conversational_eval.main(["--data", str(data), "--show-misses", "5"]) == 2
    out = capsys.readouterr().out
    assert "never tuned on" in out
    assert "Tr0ub4dor" not in out


def test_missing_file_names_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert conversational_eval.main(["--data", str(tmp_path / "nope.jsonl")]) == 2
    assert "pass --data FILE" in capsys.readouterr().out


def test_rules_only_leaves_the_model_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from router.detectors import disclosure

    # The swap is undone after the test: other tests score with the shipped model.
    monkeypatch.setattr(disclosure, "bundled_model", disclosure.bundled_model)
    # A disclosure no rule names: only the model may catch it.
    text = "been off since the op, still on the tablets, can I do half days"
    data = _write(
        tmp_path / "conversational_y.jsonl",
        [{"id": "y-s1", "text": text, "label": "sensitive", "category": "health"}],
    )
    assert conversational_eval.main(["--data", str(data), "--rules-only"]) == 0
    out = capsys.readouterr().out
    assert "rules only" in out
    assert not disclosure.bundled_model().flags(text)


def test_scores_with_a_candidate_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from router.detectors import disclosure
    from router.detectors._disclosure_model import DisclosureModel

    monkeypatch.setattr(disclosure, "bundled_model", disclosure.bundled_model)
    # A model that flags every request: the harmless row becomes a false positive.
    always = DisclosureModel(bias=40.0, threshold=0.5, word_weights={}, piece_weights={})
    model = tmp_path / "model.json"
    model.write_text(json.dumps(always.to_json()), encoding="utf-8")
    data = _write(tmp_path / "conversational_z.jsonl", ROWS)
    assert conversational_eval.main(["--data", str(data), "--model", str(model)]) == 0
    out = capsys.readouterr().out
    assert f"disclosure model {model}" in out
    all_line = next(line for line in out.splitlines() if line.startswith("ALL"))
    assert all_line.split()[1:] == ["1", "1.000", "1", "1.000"]


def test_unreadable_model_names_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from router.detectors import disclosure

    monkeypatch.setattr(disclosure, "bundled_model", disclosure.bundled_model)
    data = _write(tmp_path / "conversational_z.jsonl", ROWS)
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    assert conversational_eval.main(["--data", str(data), "--model", str(bad)]) == 2
    assert "train_disclosure.py --out" in capsys.readouterr().out
