"""The conversation: one ``MessageWidget`` per message, in a scroll area.

Assistant messages carry a route badge (Local / Cloud / Cloud (redacted) /
Local (cloud unavailable)) whose tooltip lists the reasons, policy and model;
clicking it shows the same details inline. Answers are Markdown, re-rendered
at most every ``RENDER_EVERY_MS`` while streaming so long answers never make
typing or scrolling stutter.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.routes import BadgeDetail, badge, badge_tooltip

RENDER_EVERY_MS = 60
# Code blocks and tables readable in both palettes: borders, not fixed colours.
DOCUMENT_CSS = """
pre, code { font-family: monospace; }
pre { padding: 6px; }
table { border-collapse: collapse; }
td, th { border: 1px solid palette(mid); padding: 2px 6px; }
"""


class MarkdownView(QTextBrowser):
    """A read-only Markdown view that grows to fit its text (the page scrolls, not it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(QDesktopServices.openUrl)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.document().setDefaultStyleSheet(DOCUMENT_CSS)
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def _fit(self) -> None:
        self.document().setTextWidth(max(50, self.viewport().width()))
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        scrollbar = self.horizontalScrollBar()
        if scrollbar.isVisible():
            height += scrollbar.height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class MessageWidget(QFrame):
    """One message: who, the route badge (answers only), the text and a copy button."""

    def __init__(self, role: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.text = text
        self.detail: BadgeDetail | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("userMessage" if role == "user" else "assistantMessage")
        if role == "user":
            # A palette role, not a colour: follows light and dark themes.
            self.setStyleSheet("QFrame#userMessage { background: palette(alternate-base); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._build_header(role))
        self.body = MarkdownView()
        self.body.setAccessibleName("Your message" if role == "user" else "Answer")
        layout.addWidget(self.body)
        self.details = _hidden_label("Why this route")
        layout.addWidget(self.details)
        self.error_label = _hidden_label("Error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("QLabel#errorLabel { color: #c62828; font-weight: bold; }")
        layout.addWidget(self.error_label)
        self.sources = _hidden_label("Sources")
        self.sources.setOpenExternalLinks(True)  # a click opens the cited file
        layout.addWidget(self.sources)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_EVERY_MS)
        self._render_timer.timeout.connect(self._render)
        self._render()

    def _build_header(self, role: str) -> QHBoxLayout:
        header = QHBoxLayout()
        who = QLabel("You" if role == "user" else "Edgewise")
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        header.addWidget(who)
        self.badge = QToolButton()
        self.badge.setAutoRaise(True)
        self.badge.setCheckable(True)
        self.badge.setVisible(False)
        self.badge.setAccessibleName("Route of this answer")
        self.badge.toggled.connect(self._toggle_details)
        header.addWidget(self.badge)
        self.state_label = QLabel()
        self.state_label.setAccessibleName("Message state")
        header.addWidget(self.state_label)
        header.addStretch(1)
        self.copy_button = QToolButton()
        self.copy_button.setText("Copy")
        self.copy_button.setToolTip("Copy this message as Markdown")
        self.copy_button.setAccessibleName("Copy message")
        self.copy_button.clicked.connect(self.copy)
        header.addWidget(self.copy_button)
        return header

    # -- text ------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Replace the whole text (rendered at once)."""
        self.text = text
        self._render_timer.stop()
        self._render()

    def append(self, chunk: str) -> None:
        """Add a streamed piece; rendering is batched."""
        self.text += chunk
        if not self._render_timer.isActive():
            self._render_timer.start()

    def flush(self) -> None:
        """Render what has been received now (end of a stream)."""
        self._render_timer.stop()
        self._render()

    def _render(self) -> None:
        if self.role == "user":
            self.body.setPlainText(self.text)
        else:
            self.body.setMarkdown(self.text)

    def copy(self) -> None:
        """Put the message's Markdown text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text)

    # -- route ---------------------------------------------------------------------
    def set_route(self, detail: BadgeDetail) -> None:
        """Show the badge for ``detail.route`` with its explanation."""
        self.detail = detail
        label, colour = badge(detail.route)
        self.badge.setText(label)
        self.badge.setStyleSheet(
            f"QToolButton {{ background: {colour}; color: white; border-radius: 8px;"
            f" padding: 1px 8px; font-weight: bold; }}"
        )
        tooltip = badge_tooltip(detail)
        self.badge.setToolTip(tooltip + "<br><i>Click for details</i>")
        self.badge.setAccessibleDescription(tooltip)
        self.details.setText(tooltip)
        self.badge.setVisible(True)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)

    def set_state(self, text: str) -> None:
        """A short state next to the badge: "thinking…", "stopped", "failed"."""
        self.state_label.setText(text)

    def set_error(self, message: str) -> None:
        """Show why this answer failed, in words (never a traceback)."""
        self.set_state("failed")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_sources(self, sources: Sequence[str]) -> None:
        """Cite the knowledge files the answer used; each is a link that opens the file."""
        if not sources:
            self.sources.setVisible(False)
            return
        links = []
        for i, source in enumerate(sources, start=1):
            url = QUrl.fromLocalFile(source).toString()
            links.append(f'[{i}] <a href="{url}">{Path(source).name}</a>')
        self.sources.setText("Sources: " + " · ".join(links))
        self.sources.setVisible(True)


def _hidden_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setVisible(False)
    label.setAccessibleName(name)
    return label


class ChatView(QScrollArea):
    """The messages of the current conversation, newest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Conversation")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(8)
        self.placeholder = QLabel(
            "Ask anything. Answers come from the model on this device unless your "
            "organisation's policy lets a request go to the cloud; each answer says where "
            "it came from and why."
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self._layout.addWidget(self.placeholder)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self.messages: list[MessageWidget] = []
        self.verticalScrollBar().rangeChanged.connect(self._follow)
        self._stick_to_bottom = True

    def clear(self) -> None:
        """Remove every message."""
        for widget in self.messages:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.messages = []
        self.placeholder.setVisible(True)

    def add_message(self, role: str, text: str = "") -> MessageWidget:
        """Append a message and keep the view at the bottom."""
        widget = MessageWidget(role, text)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self.messages.append(widget)
        self.placeholder.setVisible(False)
        self._stick_to_bottom = True
        return widget

    def last(self) -> MessageWidget | None:
        """The newest message, if any."""
        return self.messages[-1] if self.messages else None

    def _follow(self, _minimum: int, maximum: int) -> None:
        # Follow a streaming answer unless the user scrolled up to read.
        bar = self.verticalScrollBar()
        if self._stick_to_bottom:
            bar.setValue(maximum)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        bar = self.verticalScrollBar()
        self._stick_to_bottom = bar.value() >= bar.maximum() - 4
