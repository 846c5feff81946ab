from __future__ import annotations

from pathlib import Path
from typing import Any

from app.engines.knowledge import KnowledgeError
from app.retrieval import KnowledgeRetriever
from router.levels import Level


class Hit:
    def __init__(self, text: str, score: float, level: Level = Level.PUBLIC) -> None:
        self.text, self.score, self.level = text, score, level
        self.source = Path("/docs/notes.md")


class FakeKB:
    def __init__(self, hits: list[Hit] | Exception) -> None:
        self.hits = hits
        self.closed = False

    def search(self, query: str, *, k: int) -> list[Hit]:
        if isinstance(self.hits, Exception):
            raise self.hits
        return self.hits[:k]

    def close(self) -> None:
        self.closed = True


def test_no_store_means_no_open_and_no_chunks(tmp_path: Path) -> None:
    opened: list[Any] = []
    r = KnowledgeRetriever(tmp_path / "kb", opener=lambda d, rules: opened.append(d))  # type: ignore[arg-type,return-value]
    assert r.retrieve("anything", 3) == []
    assert opened == []


def test_only_relevant_chunks_with_their_levels(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "store").write_text("x")
    kb = FakeKB([Hit("close", 0.8, Level.CONFIDENTIAL), Hit("far", 0.1, Level.RESTRICTED)])
    r = KnowledgeRetriever(tmp_path / "kb", opener=lambda d, rules: kb)  # type: ignore[arg-type,return-value]
    chunks = r.retrieve("q", 3)
    assert [(c.text, c.level, c.source) for c in chunks] == [
        ("close", Level.CONFIDENTIAL, "/docs/notes.md")
    ]
    r.close()
    assert kb.closed


def test_a_failing_store_answers_without_documents(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "store").write_text("x")
    kb = FakeKB(KnowledgeError("store damaged; run edgewise index again"))
    r = KnowledgeRetriever(tmp_path / "kb", opener=lambda d, rules: kb)  # type: ignore[arg-type,return-value]
    assert r.retrieve("q", 3) == []
    assert r.last_error is not None and "damaged" in r.last_error


def test_a_failed_search_is_told_to_the_user(tmp_path: Path) -> None:
    """The copilot turns the retriever's error into a notice on the answer."""
    from app.copilot import Copilot
    from app.history import History
    from router.audit import AuditLog
    from router.policy import local_only_policy

    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "store").write_text("x")
    kb = FakeKB(KnowledgeError("store damaged; run edgewise index again"))
    retriever = KnowledgeRetriever(tmp_path / "kb", opener=lambda d, rules: kb)  # type: ignore[arg-type,return-value]

    class Blocked:
        model_name = "none"

    history = History(tmp_path / "h.sqlite3")
    copilot = Copilot(
        policy=local_only_policy,
        local=Blocked(),  # type: ignore[arg-type]
        history=history,
        audit=AuditLog(tmp_path / "audit.jsonl"),
        retriever=retriever,
    )
    decision = copilot.preview(None, "What is in my notes?")
    assert decision.target.value == "local"
    turn = copilot.ask("What is in my notes?")
    assert any("could not be searched" in n and "damaged" in n for n in turn.notices)
    history.close()
