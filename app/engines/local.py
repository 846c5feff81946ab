"""The local LLM engine: a GGUF model run by llama.cpp (llama-cpp-python).

Loading is lazy: constructing the engine costs nothing, the model file is
verified against the manifest and loaded on the first ``load()`` or ``chat()``
so the app starts at once. Generation is a token loop over llama.cpp's
``generate`` that checks for cancellation between tokens and decodes UTF-8
incrementally, so a character split across tokens is emitted whole.
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from app.engines import manifest
from app.engines.base import (
    CancelToken,
    ChatMessage,
    FinishReason,
    GenerationOptions,
    Stream,
    TrimResult,
)
from app.engines.errors import (
    ContextOverflowError,
    ModelCorruptError,
    ModelTooLargeError,
)
from app.engines.hardware import available_memory_bytes, physical_cores
from app.engines.manifest import ModelSpec

if TYPE_CHECKING:
    from llama_cpp import Llama

LoadState = Literal["unloaded", "loading", "ready", "failed"]

# Chat template for GGUF files that carry none: ChatML, the most common one.
CHATML = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
# Memory needed beyond the weights: KV cache, compute buffers, runtime.
_OVERHEAD_BYTES = 256 * 1024 * 1024
# Never reserve less than this share of the window for the answer.
_MIN_ANSWER_SHARE = 4


LlamaFactory = Callable[..., "Llama"]


def _default_factory(**kwargs: Any) -> Llama:
    from llama_cpp import Llama

    return Llama(**kwargs)


class LocalEngine:
    """Streams chat answers from a local GGUF model.

    ``spec`` defaults to the bundled model of the manifest. ``n_threads``
    defaults to the number of physical cores. ``llama_factory`` lets tests
    inject faults around the real ``llama_cpp.Llama``.
    """

    def __init__(
        self,
        spec: ModelSpec | None = None,
        *,
        n_threads: int | None = None,
        n_ctx: int = 4096,
        flash_attn: bool = True,
        llama_factory: LlamaFactory | None = None,
    ) -> None:
        self._spec = spec
        self.n_threads = n_threads or physical_cores()
        self._n_ctx_wanted = n_ctx
        self.flash_attn = flash_attn
        self._factory = llama_factory or _default_factory
        self._llm: Llama | None = None
        self._formatter: Any = None
        self._stop: tuple[str, ...] = ()
        self.state: LoadState = "unloaded"
        self.error: Exception | None = None
        self._load_lock = threading.Lock()
        self._gen_lock = threading.Lock()

    # -- identity -----------------------------------------------------------------
    @property
    def spec(self) -> ModelSpec:
        if self._spec is None:
            self._spec = manifest.default_model()
        return self._spec

    @property
    def model_name(self) -> str:
        return self.spec.name

    @property
    def n_ctx(self) -> int:
        if self._llm is not None:
            return int(self._llm.n_ctx())
        return min(self._n_ctx_wanted, self.spec.context_length)

    # -- loading ------------------------------------------------------------------
    def load(self) -> None:
        """Verify and load the model (idempotent, thread-safe).

        Raises a ``ModelError`` subclass naming the problem and the fix.
        """
        with self._load_lock:
            if self._llm is not None:
                return
            self.state = "loading"
            try:
                self._load_locked()
            except Exception as exc:
                self.state = "failed"
                self.error = exc
                raise
            self.state = "ready"
            self.error = None

    def _load_locked(self) -> None:
        spec = self.spec
        manifest.verify(spec)
        needed = spec.path.stat().st_size + _OVERHEAD_BYTES
        free = available_memory_bytes()
        if free is not None and needed > free:
            raise ModelTooLargeError(
                f"{spec.name} needs about {needed // 2**20} MiB of memory but only "
                f"{free // 2**20} MiB are free; fix: close other programs or choose a smaller "
                f"(more quantized) GGUF model in Settings"
            )
        try:
            llm = self._factory(
                model_path=str(spec.path),
                n_ctx=min(self._n_ctx_wanted, spec.context_length),
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                flash_attn=self.flash_attn,
                seed=0,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelCorruptError(
                f"llama.cpp could not load {spec.path} ({exc}); the file is damaged or uses "
                f"a format this llama.cpp does not support. Fix: reinstall or re-download the "
                f"model, or choose another GGUF in Settings"
            ) from exc
        template = spec.chat_template or llm.metadata.get("tokenizer.chat_template") or CHATML
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        eos = llm.detokenize([llm.token_eos()], special=True).decode("utf-8", "replace")
        bos = llm.detokenize([llm.token_bos()], special=True).decode("utf-8", "replace")
        self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        self._stop = tuple(s for s in (*spec.stop, eos) if s)
        self._llm = llm

    def _ready_llm(self) -> Llama:
        self.load()
        assert self._llm is not None
        return self._llm

    # -- prompt building ----------------------------------------------------------
    def format_prompt(self, messages: Sequence[ChatMessage]) -> str:
        """Render ``messages`` with the model's chat template, ready for generation."""
        self._ready_llm()
        result = self._formatter(messages=[dict(m) for m in messages])
        return str(result.prompt)

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` takes for this model (special tokens parsed)."""
        llm = self._ready_llm()
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def fit_messages(self, messages: Sequence[ChatMessage], max_tokens: int) -> TrimResult:
        """Drop the oldest history messages (whole, never mid-message) until the
        prompt leaves room for the answer. System messages and the latest message
        are always kept; if those alone do not fit, raise ``ContextOverflowError``."""
        n_ctx = self.n_ctx
        reserve = min(max_tokens, n_ctx // _MIN_ANSWER_SHARE)
        budget = n_ctx - reserve
        kept = list(messages)
        dropped = 0
        while True:
            used = self.count_tokens(self.format_prompt(kept))
            if used <= budget:
                break
            droppable = [i for i, m in enumerate(kept[:-1]) if m["role"] != "system"]
            if not droppable:
                raise ContextOverflowError(
                    f"the message is about {used} tokens but the local model's window is "
                    f"{n_ctx} tokens with {reserve} kept for the answer; fix: shorten or split "
                    f"the message, or choose a model with a larger context in Settings"
                )
            del kept[droppable[0]]
            dropped += 1
        notices = []
        if dropped:
            notices.append(
                f"The {dropped} oldest message{'s' if dropped > 1 else ''} of this conversation "
                f"did not fit the local model's {n_ctx}-token window and "
                f"{'were' if dropped > 1 else 'was'} left out of this answer."
            )
        return TrimResult(messages=kept, dropped=dropped, notices=notices)

    # -- generation ---------------------------------------------------------------
    def chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions | None = None,
        cancel_token: CancelToken | None = None,
    ) -> Stream:
        """Answer ``messages``; the model loads and generates as the stream is consumed.

        Prompt trimming happens here, before the first chunk: a request that cannot
        fit raises ``ContextOverflowError`` at once.
        """
        opts = options or GenerationOptions()
        fitted = self.fit_messages(messages, opts.max_tokens)
        prompt = self.format_prompt(fitted.messages)
        stream = Stream(self.model_name, cancel_token)
        stream.notices.extend(fitted.notices)
        return stream.bind(self._generate(stream, prompt, opts))

    def _generate(self, stream: Stream, prompt: str, opts: GenerationOptions) -> Iterator[str]:
        llm = self._ready_llm()
        with self._gen_lock:
            tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
            stream.usage.prompt_tokens = len(tokens)
            room = self.n_ctx - len(tokens)
            limit = min(opts.max_tokens, room)
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            pending = ""
            llm.set_seed(opts.seed)
            # None until the loop ends on its own: a consumer that walks away
            # (GeneratorExit at a yield) leaves it None, which means cancelled.
            reason: FinishReason | None = None
            try:
                for token in llm.generate(
                    tokens,
                    temp=opts.temperature,
                    top_k=40,
                    top_p=0.95,
                    repeat_penalty=opts.repeat_penalty,
                    reset=True,
                ):
                    if stream.cancel_token.cancelled:
                        reason = "cancelled"
                        break
                    if llm.token_eos() == token or _is_eog(llm, token):
                        reason = "stop"
                        break
                    stream.usage.completion_tokens += 1
                    pending += decoder.decode(llm.detokenize([token], special=False))
                    cut = _find_stop(pending, self._stop)
                    if cut is not None:
                        if pending[:cut]:
                            yield pending[:cut]
                        pending = ""
                        reason = "stop"
                        break
                    safe = _emit_upto(pending, self._stop)
                    if safe > 0:
                        yield pending[:safe]
                        pending = pending[safe:]
                    if stream.usage.completion_tokens >= limit:
                        reason = "length"
                        break
                else:
                    reason = "length"
                pending += decoder.decode(b"", final=True)
                if pending and reason != "cancelled":
                    yield pending
            finally:
                if reason is None or stream.cancel_token.cancelled:
                    reason = "cancelled"
                stream.finish_reason = reason


def _is_eog(llm: Llama, token: int) -> bool:
    # End-of-generation tokens other than EOS (e.g. <|im_end|> in ChatML models).
    is_eog = getattr(getattr(llm, "_model", None), "token_is_eog", None)
    return bool(is_eog(token)) if callable(is_eog) else False


def _find_stop(text: str, stops: tuple[str, ...]) -> int | None:
    positions = [i for i in (text.find(s) for s in stops) if i >= 0]
    return min(positions) if positions else None


def _emit_upto(text: str, stops: tuple[str, ...]) -> int:
    """Length of the prefix of ``text`` that cannot be the start of a stop string.

    Only a tail that could still grow into a stop string is held back, so
    ordinary text streams without delay.
    """
    for start in range(max(0, len(text) - max((len(s) for s in stops), default=0)), len(text)):
        tail = text[start:]
        if any(s.startswith(tail) for s in stops):
            return start
    return len(text)
