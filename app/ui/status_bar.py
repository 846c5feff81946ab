"""The status bar: local model state, cloud health, this month's cloud cost."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

MODEL_WORDS = {
    "unloaded": "Local model: not loaded yet",
    "loading": "Local model: loading…",
    "ready": "Local model: ready",
    "failed": "Local model: failed to load",
}
CLOUD_WORDS = {
    "off": "Cloud: off (local only)",
    "checking": "Cloud: checking…",
    "ok": "Cloud: online",
    "down": "Cloud: not responding (answers stay local)",
    "offline": "Offline (answers stay local)",
}


def cost_text(cost: float, budget: float | None) -> str:
    """ "Cloud this month: $1.20 of $50.00" (or without a budget)."""
    if budget is None:
        return f"Cloud this month: ${cost:.2f}"
    return f"Cloud this month: ${cost:.2f} of ${budget:.2f}"


class StatusBar(QStatusBar):
    """Three permanent labels, each with a tooltip carrying the detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_label = QLabel(MODEL_WORDS["unloaded"])
        self.model_label.setAccessibleName("Local model state")
        self.cloud_label = QLabel(CLOUD_WORDS["off"])
        self.cloud_label.setAccessibleName("Cloud state")
        self.cost_label = QLabel(cost_text(0.0, None))
        self.cost_label.setAccessibleName("Cloud cost this month")
        for label in (self.model_label, self.cloud_label, self.cost_label):
            self.addPermanentWidget(label)
        self.model_state = "unloaded"
        self.cloud_state = "off"

    def set_model_state(self, state: str, detail: str) -> None:
        """Show the local model's state; the detail (model name or error) is the tooltip."""
        self.model_state = state
        words = MODEL_WORDS.get(state, f"Local model: {state}")
        if state == "ready" and detail:
            words = f"Local model: {detail} ready"
        self.model_label.setText(words)
        self.model_label.setToolTip(detail)
        if state == "failed":
            self.showMessage(f"The local model could not be loaded: {detail}", 15_000)

    def set_cloud_state(self, state: str, detail: str) -> None:
        """Show whether the cloud endpoint answers."""
        self.cloud_state = state
        self.cloud_label.setText(CLOUD_WORDS.get(state, f"Cloud: {state}"))
        self.cloud_label.setToolTip(detail)

    def set_cost(self, cost: float, budget: object) -> None:
        """Show the month-to-date cloud cost against the policy's budget."""
        limit = float(budget) if isinstance(budget, int | float) else None
        self.cost_label.setText(cost_text(cost, limit))
