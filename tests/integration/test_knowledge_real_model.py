"""The knowledge base with the real embedding model and a real chromadb store."""

from __future__ import annotations

import socket
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from knowledge_samples import mixed_folder

from app.engines.knowledge import KnowledgeBase, Outcome, SentenceTransformerEmbedder
from router.levels import Level

pytestmark = pytest.mark.slow


class CountingEmbedder:
    """Wraps the real embedder to count the texts it embeds."""

    def __init__(self, inner: SentenceTransformerEmbedder) -> None:
        self.inner = inner
        self.embedded = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += len(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="module")
def real_embedder() -> SentenceTransformerEmbedder:
    embedder = SentenceTransformerEmbedder()
    assert embedder.dimension == 384  # loads the model once for the module
    return embedder


@pytest.fixture
def all_network_refused(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to open a network connection fails (and is recorded)."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    yield attempts


def test_mixed_folder_report_and_cited_search(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    docs = mixed_folder(tmp_path / "docs")
    embedder = CountingEmbedder(real_embedder)
    kb = KnowledgeBase(tmp_path / "store", embedder)
    report = kb.sync([docs])
    outcomes = {f.path.name: (f.outcome, f.reason) for f in report.files}
    assert {n for n, (o, _) in outcomes.items() if o is Outcome.INDEXED} == {
        "handbook.md", "faq.html", "util.py", "board.txt", "report.pdf", "onboarding.docx",
    }  # fmt: skip
    assert outcomes["broken.pdf"][0] is Outcome.SKIPPED
    assert "unreadable PDF" in outcomes["broken.pdf"][1]
    assert outcomes["logo.bin"] == (
        Outcome.SKIPPED,
        "binary file type (.bin) holds no indexable text",
    )
    assert outcomes["empty.md"] == (Outcome.SKIPPED, "empty file")

    pdf = kb.search("How many pallets did the Rotterdam warehouse ship?", k=1)[0]
    assert pdf.source.name == "report.pdf" and pdf.page == 2
    assert pdf.citation == "report.pdf, p. 2"

    remote = kb.search("Can I work from home?", k=1)[0]
    assert remote.citation == "handbook.md › Employee handbook › Remote work"

    word = kb.search("where do I pick up my badge", k=1)[0]
    assert word.citation == "onboarding.docx › First day"

    html = kb.search("printer is not working", k=1)[0]
    assert html.citation == "faq.html › IT FAQ › Printers"

    code = kb.search("convert temperature fahrenheit celsius", k=1)[0]
    assert code.source.name == "util.py" and code.line == 1

    board = kb.search("company acquisition approved by the board", k=1)[0]
    assert board.source.name == "board.txt" and board.level is Level.CONFIDENTIAL
    safe = kb.search("company acquisition approved by the board", k=3, max_level=Level.INTERNAL)
    assert safe and all(hit.source.name != "board.txt" for hit in safe)

    before = embedder.embedded
    again = kb.sync([docs])
    assert embedder.embedded == before  # unchanged folder: no embedding work
    assert again.chunks_embedded == 0
    assert len(again.of(Outcome.UNCHANGED)) == 6


def test_model_store_and_search_work_with_the_network_unavailable(
    tmp_path: Path, all_network_refused: list[object]
) -> None:
    # A fresh embedder: the model itself is loaded with the network off.
    embedder = SentenceTransformerEmbedder()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text("# Wifi\n\nThe guest wifi password is printed at reception.\n")
    kb = KnowledgeBase(tmp_path / "store", embedder)
    assert len(kb.sync([docs]).of(Outcome.INDEXED)) == 1
    assert kb.search("guest wifi", k=1)[0].heading == "Wifi"
    assert all_network_refused == []


def test_chromadb_uses_our_embedding_function_for_bare_text_offline(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder, all_network_refused: list[object]
) -> None:
    """Without our function chromadb would download its default model here."""
    from app.engines.knowledge._store import _open_chroma

    _, collection = _open_chroma(tmp_path / "chroma", real_embedder)
    collection.add(ids=["a", "b"], documents=["cats purr softly", "invoices are due monthly"])
    result = collection.query(query_texts=["when are bills due"], n_results=1)
    assert result["ids"][0] == ["b"]
    stored = collection.get(ids=["a"], include=["embeddings"])
    expected = real_embedder.embed(["cats purr softly"])[0]
    assert np.allclose(stored["embeddings"][0], expected, atol=1e-5)
    assert all_network_refused == []


def test_question_answered_from_a_confidential_document_is_routed_local(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    from app.paths import resources_dir
    from router.decision import decide
    from router.payload import Context, Payload
    from router.policy import load_file

    docs = mixed_folder(tmp_path / "docs")
    kb = KnowledgeBase(tmp_path / "store", real_embedder)
    kb.sync([docs])
    question = "What acquisition did the board approve?"
    hits = kb.search(question, k=2)
    assert hits[0].source.name == "board.txt"
    payload = Payload(question, chunks=tuple(hit.to_payload_chunk() for hit in hits))
    assert payload.chunks[0].source == str(docs / "board.txt")
    policy = load_file(resources_dir() / "policies" / "default.toml")
    decision = decide(payload, Context.what_if_online(), policy)
    assert decision.target.value == "local"
    assert decision.level is Level.CONFIDENTIAL
    assert any("confidential" in reason for reason in decision.reasons)
    # The same question with only what may leave the device goes no higher than internal.
    allowed = kb.search(question, k=2, max_level=Level.INTERNAL)
    assert all(hit.level <= Level.INTERNAL for hit in allowed)
