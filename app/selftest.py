"""``edgewise --self-test``: check that this installation works, offline.

Runs every part a request needs — the policy in force, the router, the local
model (a few real tokens), the embedding model and a chromadb store — with
the network unplugged: for the duration of the test every socket connect to
a non-loopback address is refused (and remembered), so a part that would
download or phone home fails here rather than on an employee's train ride.

One line per check, ``NAME: ok (detail)`` or ``NAME: FAILED: reason``; the
exit code is 0 only when every check passed. Admins run it after deploying a
bundle; ``packaging/build`` runs it against the bundle it just built.

Nothing the user owns is touched: the policy is read without updating the
rollback memory, and the store check uses a throwaway folder.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.paths import Paths

if TYPE_CHECKING:
    from app.engines.knowledge import SentenceTransformerEmbedder

# A question the bundled model answers in a handful of tokens.
_PROMPT = "Reply with one word: hello."
# A request the detectors must flag: a classification marker and an e-mail address
# (at a real-looking domain: example.com is ignored as a placeholder).
_SENSITIVE = "CONFIDENTIAL: send the board minutes to alice.martin@northwind-traders.com."
_DOCUMENT = (
    "# Self-test\n\nThe lighthouse keeper logs the tide tables every morning.\n\n"
    "Quarterly budgets are reviewed by the finance team in March.\n"
)


@dataclass
class SelfTestContext:
    """What the checks share: where state lives, and models loaded once."""

    paths: Paths
    embedder: SentenceTransformerEmbedder | None = None
    blocked: list[str] = field(default_factory=list)

    def get_embedder(self) -> SentenceTransformerEmbedder:
        """The bundled embedding model, created on first use and then shared."""
        if self.embedder is None:
            from app.engines.knowledge import SentenceTransformerEmbedder

            self.embedder = SentenceTransformerEmbedder()
        return self.embedder


class CheckFailed(Exception):
    """A check ran but its result is wrong; the message says what and how to fix."""


@dataclass(frozen=True)
class Check:
    """One named check: ``run`` returns a short detail or raises."""

    name: str
    run: Callable[[SelfTestContext], str]


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The line printed for this check."""
        if self.ok:
            return f"{self.name}: ok ({self.detail})" if self.detail else f"{self.name}: ok"
        return f"{self.name}: FAILED: {self.detail}"


# -- the network guard -------------------------------------------------------------


def _is_local(family: int, address: Any) -> bool:
    if family == getattr(socket, "AF_UNIX", None):
        return True
    host = address[0] if isinstance(address, tuple) and address else address
    if not isinstance(host, str):
        return False
    return host == "localhost" or host.startswith("127.") or host in ("::1", "0:0:0:0:0:0:0:1")


@contextlib.contextmanager
def network_blocked(attempts: list[str]) -> Iterator[None]:
    """Refuse every non-loopback ``socket.connect`` inside the block.

    Each refused address is appended to ``attempts``; the original method is
    restored on exit, whatever happens inside.
    """
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: Any, address: Any) -> None:
        if not _is_local(self.family, address):
            attempts.append(repr(address))
            raise OSError(f"network blocked by edgewise --self-test: connect to {address!r}")
        real_connect(self, address)

    def connect_ex(self: Any, address: Any) -> int:
        if not _is_local(self.family, address):
            attempts.append(repr(address))
            return 101  # ENETUNREACH
        return real_connect_ex(self, address)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]


# -- the checks --------------------------------------------------------------------


def check_policy(ctx: SelfTestContext) -> str:
    """The policy in force loads; any rejected policy file is a failure."""
    from app import __version__
    from router.policy import load_in_force

    state = load_in_force(ctx.paths, app_version=__version__, remember=False)
    policy = state.policy
    if state.rejections:
        problems = "; ".join(str(r) for r in state.rejections)
        raise CheckFailed(
            f"{problems} (in force instead: {policy.id} version {policy.version}, "
            f"{state.origin}); fix the file as the message says, then run "
            f"`edgewise policy show`"
        )
    signer = f", signed by {state.signer}" if state.signer else ""
    return f"{policy.id} version {policy.version}, {state.origin}{signer}"


def check_router(ctx: SelfTestContext) -> str:
    """Detectors and the complexity model run; offline means local."""
    from router.decision import Target, decide
    from router.payload import Context, Payload
    from router.policy import load_in_force

    policy = load_in_force(ctx.paths, remember=False).policy
    decision = decide(Payload(prompt=_SENSITIVE), Context.what_if_offline(), policy)
    if not decision.findings:
        raise CheckFailed(
            "the detectors found nothing in a text marked CONFIDENTIAL with an e-mail "
            "address; the router is damaged: reinstall Edgewise"
        )
    if decision.target is not Target.LOCAL:
        raise CheckFailed(
            f"an offline request was routed {decision.target.value}, not local; "
            "reinstall Edgewise and report this"
        )
    types = ", ".join(sorted({f.type for f in decision.findings}))
    return f"offline request kept local; found {types}"


def check_local_model(ctx: SelfTestContext) -> str:
    """The local model (bundled, or the one chosen in settings) loads and generates."""
    from app.engines.base import GenerationOptions
    from app.services import local_engine
    from app.settings import Settings

    engine = local_engine(Settings.load(ctx.paths.settings_file))
    started = time.perf_counter()
    engine.load()
    stream = engine.chat([{"role": "user", "content": _PROMPT}], GenerationOptions(max_tokens=4))
    text = stream.text()
    tokens = stream.usage.completion_tokens
    if tokens < 1 or not text.strip():
        raise CheckFailed(
            f"{engine.model_name} loaded but generated no text; fix: choose another GGUF "
            "in Settings or reinstall the bundled model"
        )
    seconds = time.perf_counter() - started
    return f"{engine.model_name}, {tokens} tokens in {seconds:.1f} s: {text.strip()!r}"


def check_embedding_model(ctx: SelfTestContext) -> str:
    """The bundled embedding model loads offline and gives unit vectors."""
    import math

    embedder = ctx.get_embedder()
    vectors = embedder.embed(["offline self-test"])
    if vectors.shape != (1, embedder.dimension):
        raise CheckFailed(f"expected 1 vector of {embedder.dimension}, got shape {vectors.shape}")
    norm = math.sqrt(float((vectors[0] ** 2).sum()))
    if abs(norm - 1.0) > 1e-3:
        raise CheckFailed(f"the vector is not normalised (length {norm:.3f})")
    return f"{embedder.name}, {embedder.dimension} dimensions"


def check_knowledge_store(ctx: SelfTestContext) -> str:
    """A throwaway chromadb store indexes a document and finds it again."""
    from app.engines.knowledge import DetectorLabeler, KnowledgeBase, Outcome

    with tempfile.TemporaryDirectory(
        prefix="edgewise-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        doc = Path(tmp) / "docs" / "selftest.md"
        doc.parent.mkdir()
        doc.write_text(_DOCUMENT, encoding="utf-8")
        kb = KnowledgeBase(Path(tmp) / "store", ctx.get_embedder(), labeler=DetectorLabeler())
        try:
            report = kb.sync([doc])
            outcomes = [f.outcome for f in report.files]
            if outcomes != [Outcome.INDEXED]:
                reasons = "; ".join(f"{f.path}: {f.outcome} {f.reason}" for f in report.files)
                raise CheckFailed(f"indexing a test document failed: {reasons or 'no report'}")
            hits = kb.search("who reads the tides?", k=1)
        finally:
            kb.close()
        if not hits or hits[0].source.name != doc.name:
            raise CheckFailed("the test document was indexed but search did not find it")
        return f"indexed and found a test document (score {hits[0].score:.2f})"


def check_no_network_use(ctx: SelfTestContext) -> str:
    """Nothing above tried to reach the network."""
    if ctx.blocked:
        raise CheckFailed(
            "tried to reach the network (" + ", ".join(sorted(set(ctx.blocked))) + "); "
            "Edgewise must work unplugged: report this as a bug"
        )
    return "no connection attempted"


DEFAULT_CHECKS: tuple[Check, ...] = (
    Check("policy", check_policy),
    Check("router", check_router),
    Check("local model", check_local_model),
    Check("embedding model", check_embedding_model),
    Check("knowledge store", check_knowledge_store),
    Check("network", check_no_network_use),
)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if text else type(exc).__name__


def run_checks(checks: Sequence[Check], ctx: SelfTestContext, out: TextIO) -> list[CheckResult]:
    """Run ``checks`` in order, printing each result as soon as it is known."""
    results = []
    for check in checks:
        try:
            result = CheckResult(check.name, True, check.run(ctx))
        except Exception as exc:  # a self-test reports every failure; it never crashes
            result = CheckResult(check.name, False, _reason(exc))
        results.append(result)
        print(result.line(), file=out, flush=True)
    return results


def run_self_test(
    *,
    paths: Paths | None = None,
    checks: Sequence[Check] | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the self-test with the network blocked; 0 if every check passed, else 1."""
    from app import __version__
    from app.engines.knowledge import prepare_offline_environment

    stream = out or sys.stdout
    # The hub libraries read these at import time: set them before anything loads.
    prepare_offline_environment()
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    print(
        f"Edgewise {__version__}{frozen} self-test, network blocked "
        "(non-loopback connections refused)",
        file=stream,
        flush=True,
    )
    ctx = SelfTestContext(paths=paths or Paths.from_env())
    with network_blocked(ctx.blocked):
        results = run_checks(checks if checks is not None else DEFAULT_CHECKS, ctx, stream)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=stream, flush=True)
        return 1
    count = f"{len(results)} check{'s' if len(results) != 1 else ''}"
    print(f"self-test passed ({count})", file=stream, flush=True)
    return 0
