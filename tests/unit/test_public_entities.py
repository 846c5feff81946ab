"""The public-entity benchmark sorts presidio rows by what they disclose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import public_entities


@pytest.mark.parametrize(
    ("types", "kind"),
    [
        (["PERSON", "STREET_ADDRESS"], "private"),
        (["ORGANIZATION", "AGE"], "private"),
        (["PERSON", "GPE"], "name only"),
        (["PERSON"], "name only"),
        (["GPE", "ORGANIZATION", "DATE_TIME"], "public only"),
        (["NRP"], "public only"),
        ([], "public only"),
    ],
)
def test_kind_of(types: list[str], kind: str) -> None:
    assert public_entities.kind_of(types) == kind


def test_recall_per_kind_without_ner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ("p-1", "Mail me at jane.roe@corp-mail.net", ["EMAIL_ADDRESS"]),
        ("p-2", "Title VII of the Civil Rights Act of 1964", ["DATE_TIME"]),
    ]
    (tmp_path / "sensitive").mkdir()
    with (tmp_path / public_entities.PRESIDIO_FILE).open("w", encoding="utf-8") as fh:
        for row_id, text, types in rows:
            spans = [{"entity_type": t, "start": 0, "end": 1} for t in types]
            fh.write(json.dumps({"id": row_id, "text": text, "label": "pii", "spans": spans}))
            fh.write("\n")
    assert public_entities.main(["--data", str(tmp_path), "--no-ner"]) == 0
    out = capsys.readouterr().out
    private = next(line for line in out.splitlines() if line.startswith("private "))
    public = next(line for line in out.splitlines() if line.startswith("public only "))
    # The email row is caught; the public statute is not, and is left out of the ceiling.
    assert private.split()[-1] == "1.000"
    assert public.split()[-1] == "0.000"


def test_missing_data_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert public_entities.main(["--data", str(tmp_path), "--no-ner"]) == 2
    assert "pass --data DIR" in capsys.readouterr().out
