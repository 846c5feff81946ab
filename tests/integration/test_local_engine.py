"""The local engine on the real bundled GGUF model."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest

from app.engines import manifest
from app.engines.base import CancelToken, ChatMessage, GenerationOptions
from app.engines.errors import ContextOverflowError, ModelIntegrityError, ModelNotFoundError
from app.engines.local import LocalEngine

pytestmark = pytest.mark.slow

GREEDY = GenerationOptions(max_tokens=48, temperature=0.0)


def ask(text: str) -> list[ChatMessage]:
    return [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": text},
    ]


@pytest.fixture(scope="module")
def engine() -> LocalEngine:
    eng = LocalEngine(n_ctx=1024)
    eng.load()
    return eng


def test_construction_is_lazy() -> None:
    eng = LocalEngine()
    assert eng.state == "unloaded"


def test_streams_chunks_and_counts_tokens(engine: LocalEngine) -> None:
    stream = engine.chat(ask("Name three colours."), GREEDY)
    chunks = list(stream)
    assert len(chunks) > 1
    assert "".join(chunks).strip()
    assert stream.usage.prompt_tokens > 5
    assert 0 < stream.usage.completion_tokens <= GREEDY.max_tokens
    assert stream.finish_reason in ("stop", "length")
    # Replayable: a finished stream yields the same chunks again.
    assert list(stream) == chunks
    assert stream.text() == "".join(chunks)


def test_greedy_decoding_is_deterministic(engine: LocalEngine) -> None:
    a = engine.chat(ask("What is 2 + 2?"), GREEDY).text()
    b = engine.chat(ask("What is 2 + 2?"), GREEDY).text()
    assert a == b


def test_max_tokens_limits_the_answer(engine: LocalEngine) -> None:
    stream = engine.chat(ask("Write a long story about a cat."), replace(GREEDY, max_tokens=5))
    stream.text()
    assert stream.usage.completion_tokens == 5
    assert stream.finish_reason == "length"


def test_cancel_stops_between_tokens(engine: LocalEngine) -> None:
    stream = engine.chat(ask("Write a long story about a dog."), replace(GREEDY, max_tokens=200))
    received = []
    for chunk in stream:
        received.append(chunk)
        if len(received) == 3:
            stream.cancel()
    assert stream.finish_reason == "cancelled"
    assert len(received) == 3
    assert stream.usage.completion_tokens < 200


def test_cancel_from_another_thread(engine: LocalEngine) -> None:
    token = CancelToken()
    stream = engine.chat(
        ask("Count from one to one hundred."), replace(GREEDY, max_tokens=300), cancel_token=token
    )
    first = threading.Event()

    def consume() -> None:
        for _ in stream:
            first.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert first.wait(30)
    token.cancel()
    worker.join(30)
    assert not worker.is_alive()
    assert stream.finish_reason == "cancelled"
    assert stream.usage.completion_tokens < 300


def test_abandoned_stream_releases_the_model(engine: LocalEngine) -> None:
    stream = engine.chat(ask("Tell me about the sea."), GREEDY)
    it = iter(stream)
    next(it)
    it.close()  # consumer walks away mid-answer
    assert stream.finish_reason == "cancelled"
    # The engine is usable again at once (its generation lock was released).
    assert engine.chat(ask("Say hi."), replace(GREEDY, max_tokens=4)).text()


def test_manifest_mismatch_refuses_to_load() -> None:
    spec = replace(manifest.default_model(), sha256="0" * 64)
    eng = LocalEngine(spec)
    with pytest.raises(ModelIntegrityError, match="sha256"):
        eng.load()
    assert eng.state == "failed"
    assert isinstance(eng.error, ModelIntegrityError)


def test_missing_model_file_names_the_fix(tmp_path: Any) -> None:
    eng = LocalEngine(manifest.ModelSpec.for_file(tmp_path / "nope.gguf"))
    with pytest.raises(ModelNotFoundError, match="Settings"):
        eng.chat(ask("hello"))


def test_overflowing_history_is_trimmed_oldest_first(engine: LocalEngine) -> None:
    filler = "word " * 150  # ~150 tokens a message
    history: list[ChatMessage] = [{"role": "system", "content": "Be brief."}]
    for i in range(12):
        history.append({"role": "user", "content": f"note {i}: {filler}"})
        history.append({"role": "assistant", "content": "ok"})
    history.append({"role": "user", "content": "What is the last note number?"})
    fitted = engine.fit_messages(history, max_tokens=64)
    assert fitted.dropped > 0
    assert fitted.messages[0]["role"] == "system"
    assert fitted.messages[-1] == history[-1]
    # Whole messages only, and the oldest went first.
    assert all(m in history for m in fitted.messages)
    assert history[1] not in fitted.messages
    assert history[-3] in fitted.messages
    stream = engine.chat(history, replace(GREEDY, max_tokens=8))
    stream.text()
    assert any("did not fit" in n for n in stream.notices)
    assert stream.usage.prompt_tokens <= engine.n_ctx


def test_single_message_too_large_is_a_clear_error(engine: LocalEngine) -> None:
    with pytest.raises(ContextOverflowError, match="shorten"):
        engine.chat(ask("word " * 3000))


def test_utf8_split_across_tokens_is_emitted_whole(engine: LocalEngine) -> None:
    """Fault injection on the real model: make it 'generate' a scripted multi-byte text."""
    text = "Café 日本語 🎉 naïve — ok"
    llm = engine._ready_llm()
    scripted = llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)
    # At least one token must carry an incomplete UTF-8 sequence, or the test proves nothing.
    pieces = [llm.detokenize([t], special=False) for t in scripted]
    assert any(_incomplete_utf8(p) for p in pieces)

    real_generate = llm.generate

    def fake_generate(tokens: Any, **kwargs: Any) -> Any:
        yield from scripted
        yield llm.token_eos()

    llm.generate = fake_generate  # type: ignore[method-assign]
    try:
        stream = engine.chat(ask("anything"), GREEDY)
        chunks = list(stream)
    finally:
        llm.generate = real_generate  # type: ignore[method-assign]
    assert "".join(chunks) == text
    assert all("\ufffd" not in c for c in chunks)
    assert stream.finish_reason == "stop"


def _incomplete_utf8(piece: bytes) -> bool:
    try:
        piece.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
