"""The chat controller: the only path from the window to the copilot and engines.

Widgets call its methods and listen to its signals; it runs every slow step
(model load, answering, route preview, cloud probe, cost sum) on its own
``JobPool``. One answer streams at a time; ``stop()`` cancels it between two
tokens. The route preview is debounced here, and only the latest request's
result is delivered, so fast typing never queues stale previews.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.copilot import Turn
from app.engines.base import CancelToken
from app.history import Conversation, StoredMessage
from app.services import Services
from app.settle import settle
from app.ui.confirm import ConfirmBridge
from app.ui.jobs import Emit, JobPool
from router.decision import Decision

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300
HEALTH_EVERY_MS = 60_000


@dataclass(frozen=True)
class PreviewRequest:
    """What a route preview is computed for."""

    text: str
    conversation_id: int | None
    keep_local: bool


class ChatController(QObject):
    """Runs the copilot for the window. Everything slow happens off the UI thread."""

    turn_started = Signal(object)  # Turn: decided, question saved, answer about to stream
    chunk = Signal(str)
    turn_finished = Signal(object)  # Turn, complete (or stopped: finish_reason "cancelled")
    turn_failed = Signal(str)
    busy_changed = Signal(bool)
    preview_ready = Signal(object)  # Decision
    preview_cleared = Signal()
    preview_failed = Signal(str)
    model_state_changed = Signal(str, str)  # state, detail
    cloud_state_changed = Signal(str, str)  # off | checking | ok | down | offline, detail
    cost_changed = Signal(float, object)  # month-to-date, budget (float | None)
    conversations_changed = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.copilot = services.copilot
        self.jobs = JobPool(max_threads=4, parent=self)
        self.dialog_parent: QWidget | None = None  # the window, once it exists
        self.confirm = ConfirmBridge(self._destination, lambda: self.dialog_parent, parent=self)
        self._cancel: CancelToken | None = None
        self._busy = False
        self._closed = False
        # Route preview: debounce, then one job at a time, newest request wins.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)
        self._preview_wanted: PreviewRequest | None = None
        self._preview_running = False
        self._health_timer = QTimer(self)
        self._health_timer.setInterval(HEALTH_EVERY_MS)
        self._health_timer.timeout.connect(self.check_cloud)

    # -- start-up and state --------------------------------------------------------
    def start(self) -> None:
        """Begin the slow start-up work; the window is already usable."""
        self.settle()
        self.load_model()
        self.check_cloud()
        self.refresh_cost()
        if self.copilot.cloud is not None:
            self._health_timer.start()

    @property
    def busy(self) -> bool:
        """True while an answer is being produced."""
        return self._busy

    def _destination(self) -> str:
        return self.copilot.cloud_endpoint or "the cloud"

    def settle(self) -> None:
        """Read the detectors' tables and freeze the start-up heap, in the background."""

        def work(_emit: Emit) -> None:
            settle()

        self.jobs.start(
            "settle start-up",
            work,
            # Nothing is lost when it fails: the first request reads the tables instead.
            on_failed=lambda message: log.warning("start-up settling failed: %s", message),
        )

    def load_model(self) -> None:
        """Load the local model in the background (a no-op when it is loaded)."""
        local = self.copilot.local
        load = getattr(local, "load", None)
        if load is None:
            self.model_state_changed.emit("ready", local.model_name)
            return
        if getattr(local, "state", "") == "ready":
            self.model_state_changed.emit("ready", local.model_name)
            return
        self.model_state_changed.emit("loading", local.model_name)

        def work(_emit: Emit) -> None:
            load()

        self.jobs.start(
            "load local model",
            work,
            on_finished=lambda _r: self._model_ready(local.model_name),
            on_failed=lambda message: self.model_state_changed.emit("failed", message),
        )

    def _model_ready(self, name: str) -> None:
        self.model_state_changed.emit("ready", name)
        self.settle()  # the model's objects are start-up's too

    def check_cloud(self) -> None:
        """Probe the cloud endpoint (if any) and report its health."""
        policy = self.services.policy_state.policy
        if not policy.cloud.allowed:
            self.cloud_state_changed.emit("off", f"the policy ({policy.id}) keeps everything local")
            return
        if self.copilot.cloud is None:
            self.cloud_state_changed.emit("off", "no cloud endpoint is set up (Settings > Cloud)")
            return
        self.cloud_state_changed.emit("checking", self._destination())

        def work(_emit: Emit) -> tuple[bool, bool]:
            return self.copilot.cloud_status(refresh=True)

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            online, healthy = bool(result[0]), bool(result[1])
            where = self._destination()
            if healthy:
                self.cloud_state_changed.emit("ok", where)
            elif online:
                self.cloud_state_changed.emit("down", f"{where} is not responding")
            else:
                self.cloud_state_changed.emit("offline", "this device is offline")

        self.jobs.start(
            "cloud health",
            work,
            on_finished=done,
            on_failed=lambda message: self.cloud_state_changed.emit("down", message),
        )

    def refresh_cost(self) -> None:
        """Sum this month's cloud cost from the audit log, in the background."""
        budget = self.services.policy_state.policy.cloud.monthly_budget

        def work(_emit: Emit) -> float:
            return self.copilot.month_to_date_cost()

        self.jobs.start(
            "month-to-date cost",
            work,
            on_finished=lambda cost: self.cost_changed.emit(float(cost), budget),  # type: ignore[arg-type]
            on_failed=lambda message: log.warning("cost sum failed: %s", message),
        )

    # -- conversations (SQLite on local disk: milliseconds) -------------------------
    def conversations(self) -> list[Conversation]:
        """All conversations, most recent first."""
        return self.services.history.conversations()

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """The stored messages of one conversation."""
        return self.services.history.messages(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation and everything in it."""
        self.services.history.delete_conversation(conversation_id)
        self.conversations_changed.emit()

    # -- asking ------------------------------------------------------------------------
    def send(self, prompt: str, conversation_id: int | None, *, keep_local: bool) -> bool:
        """Start answering ``prompt``; False (nothing started) when busy or empty."""
        if self._busy or self._closed or not prompt.strip():
            return False
        token = CancelToken()
        self._cancel = token
        self._set_busy(True)
        self._preview_timer.stop()
        copilot, bridge = self.copilot, self.confirm

        def work(emit: Emit) -> Turn:
            turn = copilot.ask(
                prompt,
                conversation_id=conversation_id,
                keep_local=keep_local,
                confirm=lambda text: bridge.ask(text, token),
                cancel_token=token,
            )
            emit(turn)
            for piece in turn:
                emit(piece)
            return turn

        self.jobs.start(
            "answer",
            work,
            on_chunk=self._on_chunk,
            on_finished=self._on_done,
            on_failed=self._on_failed,
        )
        return True

    def stop(self) -> None:
        """Cancel the answer being generated (takes effect before the next token)."""
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_chunk(self, value: object) -> None:
        if isinstance(value, Turn):
            self.turn_started.emit(value)
            self.conversations_changed.emit()
        else:
            self.chunk.emit(str(value))

    def _on_done(self, turn: object) -> None:
        self._cancel = None
        self._set_busy(False)
        self.turn_finished.emit(turn)
        self.conversations_changed.emit()
        if isinstance(turn, Turn) and turn.route in ("cloud", "cloud-redacted"):
            self.refresh_cost()
        if isinstance(turn, Turn) and turn.fallback:
            self.check_cloud()
        if self.model_state() == "ready":
            self.model_state_changed.emit("ready", self.copilot.local.model_name)

    def _on_failed(self, message: str) -> None:
        self._cancel = None
        self._set_busy(False)
        self.turn_failed.emit(message)
        self.conversations_changed.emit()
        state = self.model_state()
        if state == "failed":
            self.model_state_changed.emit("failed", message)

    def model_state(self) -> str:
        """The local engine's load state (``ready`` for engines without one)."""
        return str(getattr(self.copilot.local, "state", "ready"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    # -- route preview -------------------------------------------------------------------
    def request_preview(self, text: str, conversation_id: int | None, keep_local: bool) -> None:
        """Ask for a preview of where ``text`` would go; answered after a short pause."""
        if not text.strip():
            self._preview_wanted = None
            self._preview_timer.stop()
            self.preview_cleared.emit()
            return
        self._preview_wanted = PreviewRequest(text, conversation_id, keep_local)
        self._preview_timer.start()

    def _run_preview(self) -> None:
        if self._preview_running or self._preview_wanted is None or self._closed:
            return  # the running one restarts the timer when it ends
        request, self._preview_wanted = self._preview_wanted, None
        self._preview_running = True
        copilot = self.copilot

        def work(_emit: Emit) -> Decision:
            return copilot.preview(
                request.conversation_id, request.text, keep_local=request.keep_local
            )

        def done(decision: object) -> None:
            self._preview_running = False
            if self._preview_wanted is None:
                self.preview_ready.emit(decision)
            else:
                self._preview_timer.start()  # text changed meanwhile: this one is stale

        def failed(message: str) -> None:
            self._preview_running = False
            self.preview_failed.emit(message)
            if self._preview_wanted is not None:
                self._preview_timer.start()

        self.jobs.start("route preview", work, on_finished=done, on_failed=failed)

    # -- shutdown --------------------------------------------------------------------------
    def shutdown(self, wait_ms: int = 10_000) -> None:
        """Stop generation, refuse pending confirmations and wait for the workers."""
        self._closed = True
        self._preview_timer.stop()
        self._health_timer.stop()
        self.stop()
        self.confirm.close()
        if not self.jobs.wait(wait_ms):
            log.warning("background work still running at shutdown")
