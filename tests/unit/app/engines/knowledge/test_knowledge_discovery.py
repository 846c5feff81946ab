from __future__ import annotations

from pathlib import Path

from app.engines.knowledge._discovery import discover, is_under


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_ignores_vcs_dependencies_and_hidden_by_default(tmp_path: Path) -> None:
    make(tmp_path, "a.md", "sub/b.txt", ".git/config", "node_modules/p/i.js", ".hidden.md",
         ".secret/c.md")  # fmt: skip
    found = discover([tmp_path])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in found.files) == ["a.md", "sub/b.txt"]
    with_hidden = discover([tmp_path], include_hidden=True)
    assert tmp_path / ".hidden.md" in with_hidden.files
    assert tmp_path / ".git" / "config" not in with_hidden.files


def test_named_files_count_even_if_hidden_and_missing_paths_are_reported(tmp_path: Path) -> None:
    make(tmp_path, ".notes.md")
    found = discover([tmp_path / ".notes.md", tmp_path / "nope", tmp_path / ".notes.md"])
    assert found.files == [tmp_path / ".notes.md"]
    assert found.missing == [tmp_path / "nope"]


def test_folder_symlinks_are_not_followed(tmp_path: Path) -> None:
    make(tmp_path, "real/a.md")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = discover([tmp_path])
    assert found.files == [tmp_path / "real" / "a.md"]


def test_is_under() -> None:
    assert is_under("/a/b/c.txt", "/a/b")
    assert is_under("/a/b", "/a/b")
    assert not is_under("/a/bc/d.txt", "/a/b")
