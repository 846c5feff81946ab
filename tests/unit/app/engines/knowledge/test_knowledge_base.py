from __future__ import annotations

import os
from pathlib import Path

import pytest
from kb_fakes import HashingEmbedder

from app.engines.knowledge import (
    DetectorLabeler,
    IngestOptions,
    KnowledgeBase,
    Outcome,
    StoreError,
)
from router.levels import Level


def write(root: Path, name: str, text: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return path


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    write(
        root,
        "travel.md",
        "# Travel\n\n## Hotels\n\nBook hotels through the portal before the trip.\n",
    )
    write(root, "plan.txt", "CONFIDENTIAL\n\nThe merger with Globex closes in March.\n")
    write(root, "tool.py", "def add(a, b):\n    return a + b\n")
    write(root, "empty.txt", "")
    write(root, "image.png", b"\x89PNG\r\n\x1a\n")
    write(root, "blob.dat2", b"\x00\x01\x02binary")
    write(root, ".git/HEAD", "ref: refs/heads/main")
    return root


def open_kb(tmp_path: Path, embedder: HashingEmbedder, **kwargs: object) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "store", embedder, **kwargs)  # type: ignore[arg-type]


def test_sync_reports_every_file_and_search_cites(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    report = kb.sync([docs])
    outcomes = {f.path.name: f.outcome for f in report.files}
    assert outcomes == {
        "travel.md": Outcome.INDEXED,
        "plan.txt": Outcome.INDEXED,
        "tool.py": Outcome.INDEXED,
        "empty.txt": Outcome.SKIPPED,
        "image.png": Outcome.SKIPPED,
        "blob.dat2": Outcome.SKIPPED,
    }
    reasons = {f.path.name: f.reason for f in report.of(Outcome.SKIPPED)}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.png"] and "binary" in reasons["blob.dat2"]

    hits = kb.search("book hotels portal", k=2)
    assert hits[0].source == docs / "travel.md"
    assert hits[0].heading == "Travel › Hotels"
    assert hits[0].citation == "travel.md › Travel › Hotels"
    assert hits[0].level is Level.INTERNAL
    assert "portal" in hits[0].text


def test_confidential_document_carries_its_level_and_filter_excludes_it(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    hit = kb.search("merger Globex March", k=1)[0]
    assert hit.source.name == "plan.txt"
    assert hit.level is Level.CONFIDENTIAL
    filtered = kb.search("merger Globex March", k=5, max_level=Level.INTERNAL)
    assert filtered
    assert all(h.level <= Level.INTERNAL for h in filtered)
    assert all(h.source.name != "plan.txt" for h in filtered)
    assert kb.search("merger", max_level=Level.PUBLIC) == []


def test_path_rules_from_policy_raise_levels(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder, labeler=DetectorLabeler([("**/*.py", Level.RESTRICTED)]))
    kb.sync([docs])
    levels = {Path(d.path).name: d.level for d in kb.documents()}
    assert levels["tool.py"] is Level.RESTRICTED
    assert levels["travel.md"] is Level.INTERNAL


def test_resync_of_unchanged_folder_embeds_nothing(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    before = embedder.embedded
    os.utime(docs / "travel.md")  # touched, same content: hash decides
    report = kb.sync([docs])
    assert embedder.embedded == before
    assert report.chunks_embedded == 0
    assert {f.path.name for f in report.of(Outcome.UNCHANGED)} == {
        "travel.md",
        "plan.txt",
        "tool.py",
    }


def test_changed_and_deleted_files_are_synced(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    write(docs, "travel.md", "# Travel\n\nTrains are preferred over flights.\n")
    (docs / "tool.py").unlink()
    report = kb.sync([docs])
    assert {f.path.name: f.outcome for f in report.files if f.outcome is not Outcome.SKIPPED} == {
        "travel.md": Outcome.INDEXED,
        "plan.txt": Outcome.UNCHANGED,
        "tool.py": Outcome.REMOVED,
    }
    assert all("hotels" not in h.text.lower() for h in kb.search("book hotels portal", k=5))
    assert all(h.source.name != "tool.py" for h in kb.search("def add return", k=5))
    # The replaced and removed generations are physically gone, not just hidden.
    assert kb._store.count() == sum(d.chunks for d in kb.documents())


def test_sync_without_paths_resyncs_known_roots(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    write(docs, "new.md", "Brand new note about quarterly goals.\n")
    report = kb.sync()
    assert [f.path.name for f in report.of(Outcome.INDEXED)] == ["new.md"]
    assert kb.roots() == [docs.resolve()]


def test_missing_path_is_reported(tmp_path: Path, embedder: HashingEmbedder) -> None:
    kb = open_kb(tmp_path, embedder)
    report = kb.sync([tmp_path / "nowhere"])
    assert [(f.outcome, f.reason) for f in report.files] == [
        (Outcome.MISSING, "no such file or folder")
    ]
    assert kb.roots() == []


def test_oversized_file_is_skipped_and_stops_being_served(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    write(docs, "travel.md", "# Travel\n\n" + "hotels portal " * 100)
    small = open_kb(tmp_path, embedder, options=IngestOptions(max_file_bytes=500))
    report = small.sync([docs])
    skipped = {f.path.name: f.reason for f in report.of(Outcome.SKIPPED)}
    assert skipped["travel.md"].startswith("too large")
    assert all(h.source.name != "travel.md" for h in small.search("hotels portal", k=5))


def test_new_label_rules_relabel_without_embedding(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    before = embedder.embedded
    strict = open_kb(tmp_path, embedder, labeler=DetectorLabeler([("travel.md", Level.RESTRICTED)]))
    report = strict.sync([docs])
    assert embedder.embedded == before
    assert {f.path.name for f in report.of(Outcome.RELABELLED)} == {
        "travel.md",
        "plan.txt",
        "tool.py",
    }
    hit = strict.search("book hotels portal", k=1)[0]
    assert hit.source.name == "travel.md" and hit.level is Level.RESTRICTED
    assert hit.heading == "Travel › Hotels"  # the rest of the metadata survived
    assert all(
        h.source.name != "travel.md"
        for h in strict.search("book hotels portal", k=5, max_level=Level.CONFIDENTIAL)
    )


def test_cancel_keeps_finished_files_and_next_sync_completes(
    tmp_path: Path, embedder: HashingEmbedder
) -> None:
    root = tmp_path / "many"
    for i in range(6):
        write(root, f"n{i}.txt", f"note number {i} about topic{i}\n")
    kb = open_kb(tmp_path, embedder, options=IngestOptions(batch_chunks=1))
    seen: list[int] = []

    def progress(p):  # type: ignore[no-untyped-def]
        seen.append(p.files_done)

    report = kb.sync([root], on_progress=progress, should_cancel=lambda: len(seen) >= 3)
    assert report.cancelled
    assert len(report.of(Outcome.INDEXED)) == 3
    assert len(kb.documents()) == 3
    report = kb.sync([root])
    assert not report.cancelled
    assert len(report.of(Outcome.INDEXED)) == 3
    assert len(report.of(Outcome.UNCHANGED)) == 3


def test_crash_between_write_and_commit_serves_nothing_half_written(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    write(docs, "travel.md", "# Travel\n\nZeppelins are the approved transport.\n")

    from app.engines.knowledge._manifest import Manifest

    def die(self, record):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # the process is killed after the chunks hit the store

    monkeypatch.setattr(Manifest, "commit_document", die)
    with pytest.raises(KeyboardInterrupt):
        kb.sync([docs])
    monkeypatch.undo()
    # The new chunks are in the collection but not live: never served.
    assert all("zeppelin" not in h.text.lower() for h in kb.search("zeppelins transport", k=10))
    assert any("hotels" in h.text.lower() for h in kb.search("book hotels portal", k=3))
    kb.close()

    reopened = open_kb(tmp_path, embedder)  # finishes the interrupted run's clean-up
    assert reopened._store.count() == sum(d.chunks for d in reopened.documents())
    report = reopened.sync([docs])
    assert [f.path.name for f in report.of(Outcome.INDEXED)] == ["travel.md"]
    assert "zeppelin" in reopened.search("zeppelins transport", k=1)[0].text.lower()


def test_corrupt_store_is_moved_aside_and_rebuilt(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    (tmp_path / "store" / "chroma" / "chroma.sqlite3").write_bytes(b"garbage" * 1000)
    rebuilt = open_kb(tmp_path, embedder)
    assert len(rebuilt.notices) == 1
    assert "was damaged" in rebuilt.notices[0] and "edgewise index" in rebuilt.notices[0]
    assert list(tmp_path.glob("store.corrupt-*"))
    assert rebuilt.documents() == []
    notices = rebuilt.notices
    report = rebuilt.sync()  # the indexed folders were remembered
    assert report.notices == notices  # handed to the first sync's report, once
    assert rebuilt.notices == []
    assert len(report.of(Outcome.INDEXED)) == 3
    assert rebuilt.search("book hotels portal", k=1)[0].source.name == "travel.md"


def test_corrupt_manifest_is_rebuilt(tmp_path: Path, docs: Path, embedder: HashingEmbedder) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    manifest = tmp_path / "store" / "manifest.sqlite3"
    for extra in manifest.parent.glob("manifest.sqlite3-*"):
        extra.unlink()
    manifest.write_bytes(b"not a database" * 500)
    rebuilt = open_kb(tmp_path, embedder)
    assert "manifest" in rebuilt.notices[0]
    assert rebuilt.documents() == []


def test_store_built_with_another_model_is_rebuilt(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    other = HashingEmbedder()
    other.name = "another-model"
    rebuilt = open_kb(tmp_path, other)
    assert "another-model" in rebuilt.notices[0]


def test_unwritable_store_folder_is_a_clear_error(
    tmp_path: Path, embedder: HashingEmbedder
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="EDGEWISE_HOME"):
        KnowledgeBase(blocker / "store", embedder)  # type: ignore[arg-type]


def test_deleted_root_folder_is_emptied_and_forgotten(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    import shutil

    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    shutil.rmtree(docs)
    report = kb.sync()
    assert report.of(Outcome.MISSING)[0].path == docs.resolve()
    assert len(report.of(Outcome.REMOVED)) == 3
    assert kb.documents() == [] and kb.roots() == []
    assert kb.search("book hotels portal") == []


KILL_SCRIPT = """
import os, sys
from pathlib import Path
sys.path[:0] = [{root!r}, {fakes!r}]
from kb_fakes import HashingEmbedder
from app.engines.knowledge import KnowledgeBase
from app.engines.knowledge._manifest import Manifest

def killed(self, record):
    os._exit(9)  # the process dies after the chunks are written, before they go live

Manifest.commit_document = killed
KnowledgeBase(Path({store!r}), HashingEmbedder()).sync([Path({docs!r})])
"""


def test_process_killed_mid_index_leaves_a_store_that_serves_nothing_half_written(
    tmp_path: Path, docs: Path, embedder: HashingEmbedder
) -> None:
    import subprocess
    import sys

    kb = open_kb(tmp_path, embedder)
    kb.sync([docs])
    kb.close()
    write(docs, "travel.md", "# Travel\n\nZeppelins are the approved transport.\n")
    script = KILL_SCRIPT.format(
        root=str(Path(__file__).resolve().parents[5]),
        fakes=str(Path(__file__).resolve().parent),
        store=str(tmp_path / "store"),
        docs=str(docs),
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, timeout=300
    )
    assert done.returncode == 9, done.stderr.decode()[-2000:]

    reopened = open_kb(tmp_path, embedder)
    assert reopened.notices == []  # an interrupted run is not damage: no rebuild
    assert reopened._store.count() == sum(d.chunks for d in reopened.documents())
    assert all("zeppelin" not in h.text.lower() for h in reopened.search("zeppelins", k=10))
    assert reopened.search("book hotels portal", k=1)[0].source.name == "travel.md"
    report = reopened.sync([docs])
    assert [f.path.name for f in report.of(Outcome.INDEXED)] == ["travel.md"]
    assert "zeppelin" in reopened.search("zeppelins transport", k=1)[0].text.lower()


def test_level_filter_finds_allowed_chunks_beyond_the_nearest_restricted_ones(
    tmp_path: Path, embedder: HashingEmbedder
) -> None:
    root = tmp_path / "many"
    for i in range(30):
        write(root, f"secret{i:02d}.txt", f"STRICTLY RESTRICTED merger merger plan {i}\n")
    write(root, "public.txt", "merger FAQ for everyone\n")
    kb = open_kb(tmp_path, embedder)
    kb.sync([root])
    nearest = kb.search("merger merger plan", k=12)
    assert all(h.level is Level.RESTRICTED for h in nearest)
    allowed = kb.search("merger merger plan", k=1, max_level=Level.INTERNAL)
    assert [h.source.name for h in allowed] == ["public.txt"]
