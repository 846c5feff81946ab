"""The policy page: which policy is in force, who manages it, and what was rejected."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from router.policy import PolicyState

ORIGIN_WORDS = {
    "machine": "your organisation's policy file",
    "remembered": "the last accepted policy of your organisation (the current file was rejected)",
    "bundled": "the default policy shipped with Edgewise",
    "local-only": "no valid policy: everything is answered on this device",
}


def headline(state: PolicyState) -> str:
    """ "Managed by your organisation" or what else is in force."""
    if state.managed:
        return "Managed by your organisation"
    if state.origin == "local-only":
        return "Local only: no valid policy could be loaded"
    return "Default policy (not managed)"


class PolicyPage(QWidget):
    """Read-only view of a ``PolicyState``."""

    def __init__(self, state: PolicyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        policy = state.policy
        layout = QVBoxLayout(self)
        self.headline = QLabel(f"<h3>{escape(headline(state))}</h3>")
        self.headline.setAccessibleName("Policy management")
        layout.addWidget(self.headline)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        cloud = policy.cloud
        rows = [
            ("Policy", policy.id),
            ("Version", str(policy.version)),
            ("Signed by", state.signer or "not signed"),
            ("Source", str(state.source) if state.source else ORIGIN_WORDS.get(state.origin, "")),
            ("From", ORIGIN_WORDS.get(state.origin, state.origin)),
            ("Issued", policy.issued.isoformat()),
            ("Expires", policy.expires.isoformat() if policy.expires else "never"),
            ("Cloud", _cloud_summary(state)),
            ("Budget", f"${cloud.monthly_budget:.2f} a month" if cloud.monthly_budget else "none"),
        ]
        if state.user_file is not None:
            rows.append(("Your additions", str(state.user_file)))
        if policy.description:
            rows.append(("Description", policy.description))
        for name, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            form.addRow(f"{name}:", label)
            self.fields[name] = label
        layout.addLayout(form)
        problems = [str(r) for r in state.rejections] + list(state.warnings)
        title = QLabel(
            "<b>Rejected policy files</b>"
            if state.rejections
            else "<b>No policy file was rejected</b>"
        )
        layout.addWidget(title)
        self.rejections = QListWidget()
        self.rejections.setAccessibleName("Rejected policy files")
        self.rejections.setWordWrap(True)
        for rejection in state.rejections:
            self.rejections.addItem(f"{rejection.file}: {rejection.reason}")
        for warning in state.warnings:
            self.rejections.addItem(f"Warning: {warning}")
        self.rejections.setVisible(bool(problems))
        layout.addWidget(self.rejections, 1)
        if not problems:
            layout.addStretch(1)


def _cloud_summary(state: PolicyState) -> str:
    cloud = state.policy.cloud
    if not cloud.allowed:
        return "not allowed: every request is answered on this device"
    where = cloud.endpoint or "an endpoint you set in Settings > Cloud"
    redact = f"; may redact {', '.join(sorted(cloud.redact))}" if cloud.redact else ""
    confirm = cloud.confirm.value
    return f"allowed up to {cloud.max_level.label}, via {where}{redact}; confirm: {confirm}"
