from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.cli import index as index_cli
from app.cli.main import main
from app.engines import knowledge
from app.engines.knowledge import IndexProgress, KnowledgeBase

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engines" / "knowledge"))
from kb_fakes import HashingEmbedder

rules_seen: list[object] = []


@pytest.fixture
def fake_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at a store in tmp_path built with the fast embedder."""
    monkeypatch.setenv("EDGEWISE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("EDGEWISE_POLICY_DIR", str(tmp_path / "machine-policies"))
    rules_seen.clear()

    def open_default(directory: Path, **kwargs: object) -> KnowledgeBase:
        assert directory == tmp_path / "home" / "knowledge"
        rules_seen.append(kwargs.get("path_rules"))
        return KnowledgeBase(directory, HashingEmbedder())  # type: ignore[arg-type]

    monkeypatch.setattr(knowledge, "open_default", open_default)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Leave\n\nAnnual leave is 25 days per year.\n")
    (docs / "secret.txt").write_text("CONFIDENTIAL\n\nSalary bands for 2025.\n")
    (docs / "empty.txt").write_text("")
    return docs


def test_index_prints_a_per_file_report(fake_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--no-progress", str(fake_kb)]) == 0
    out = capsys.readouterr().out
    assert f"indexed    {fake_kb / 'a.md'}  (1 chunks, internal)" in out
    assert f"indexed    {fake_kb / 'secret.txt'}  (1 chunks, confidential)" in out
    assert f"skipped    {fake_kb / 'empty.txt'}  (empty file)" in out
    assert out.strip().endswith("done: 2 indexed, 1 skipped; 2 chunks embedded")
    assert rules_seen == [()]  # the bundled default policy's knowledge.paths (none)


def test_index_json_and_rerun_is_unchanged(
    fake_kb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["index", "--no-progress", str(fake_kb)])
    capsys.readouterr()
    assert main(["index", "--json", "--no-progress", str(fake_kb)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["chunks_embedded"] == 0
    assert report["counts"] == {"unchanged": 2, "skipped": 1}


def test_index_of_missing_path_is_an_error(
    fake_kb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "--no-progress", str(fake_kb / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_search_json_with_level_filter(fake_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["index", "--no-progress", str(fake_kb)])
    capsys.readouterr()
    assert main(["search", "--json", "salary bands 2025"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["source"] == str(fake_kb / "secret.txt")
    assert hits[0]["level"] == "confidential"
    assert hits[0]["citation"] == "secret.txt, line 1"
    assert main(["search", "--json", "--max-level", "internal", "salary bands 2025"]) == 0
    assert all(h["level"] != "confidential" for h in json.loads(capsys.readouterr().out))


def test_search_text_output(fake_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["index", "--no-progress", str(fake_kb)])
    capsys.readouterr()
    assert main(["search", "-k", "1", "annual leave days"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1. a.md › Leave  [internal]  score ")
    assert out[1].strip() == str(fake_kb / "a.md")
    assert out[2].strip() == "# Leave Annual leave is 25 days per year."


def test_progress_bar_without_tty_prints_a_line_per_tenth() -> None:
    stream = io.StringIO()
    bar = index_cli.ProgressBar(stream, width=10)
    for done in range(1, 21):
        bar.update(IndexProgress(done, 20, Path(f"/x/f{done}.txt"), 0))
    bar.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11  # deciles 0..10
    assert lines[-1] == "[##########] 20/20 files  f20.txt"
