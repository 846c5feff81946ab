"""The audit view: routing decisions over time, drawn with QPainter.

Three small panels: decisions per day (local vs cloud, stacked), findings by
type, and cloud money spent against the estimated cost of the requests that
stayed local. The log is read and verified on worker threads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.ui.audit_stats import AuditStats, compute
from app.ui.jobs import Emit, JobPool
from app.ui.routes import BADGES

LOCAL_COLOUR = QColor(BADGES["local"][1])
CLOUD_COLOUR = QColor(BADGES["cloud"][1])
FINDING_COLOUR = QColor("#8e24aa")
SAVING_COLOUR = QColor("#00897b")


class AuditChart(QWidget):
    """Paints an ``AuditStats``: per-day bars, findings by type, cost comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats = AuditStats()
        self.setMinimumSize(640, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Audit chart")

    def set_stats(self, stats: AuditStats) -> None:
        """Show ``stats`` (and describe them for screen readers)."""
        self.stats = stats
        top = ", ".join(f"{k} {v}" for k, v in stats.findings.most_common(3)) or "none"
        self.setAccessibleDescription(
            f"{stats.local + stats.blocked} local and {stats.cloud} cloud decisions; "
            f"top findings: {top}"
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        third = width / 3
        height = float(self.height())
        self._days(painter, QRectF(0, 0, third - 10, height))
        self._findings(painter, QRectF(third, 0, third - 10, height))
        self._costs(painter, QRectF(2 * third, 0, third - 10, height))
        painter.end()

    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _title(self, painter: QPainter, rect: QRectF, text: str) -> QRectF:
        painter.setPen(self._text_colour())
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - 20)), Qt.AlignmentFlag.AlignLeft, text
        )
        return rect.adjusted(0, 24, 0, -18)

    def _days(self, painter: QPainter, rect: QRectF) -> None:
        area = self._title(painter, rect, "Decisions per day")
        days = sorted(self.stats.days.items())
        if not days:
            return
        peak = max(1, *(a + b for _d, (a, b) in days))
        step = area.width() / len(days)
        bar = max(2.0, step * 0.7)
        for i, (_day, (local, cloud)) in enumerate(days):
            x = area.left() + i * step + (step - bar) / 2
            local_h = area.height() * local / peak
            cloud_h = area.height() * cloud / peak
            painter.fillRect(QRectF(x, area.bottom() - local_h, bar, local_h), LOCAL_COLOUR)
            painter.fillRect(
                QRectF(x, area.bottom() - local_h - cloud_h, bar, cloud_h), CLOUD_COLOUR
            )
        painter.setPen(self._text_colour())
        label_rect = QRectF(area.left(), area.bottom() + 2, area.width(), 16)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft, days[0][0].strftime("%d %b"))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight, days[-1][0].strftime("%d %b"))
        # Legend, top right of the panel.
        for j, (name, colour) in enumerate((("local", LOCAL_COLOUR), ("cloud", CLOUD_COLOUR))):
            x = area.right() - 120 + j * 60
            painter.fillRect(QRectF(x, area.top(), 10, 10), colour)
            painter.drawText(
                QRectF(x + 14, area.top() - 3, 44, 16), Qt.AlignmentFlag.AlignLeft, name
            )
        painter.setPen(self._text_colour().darker(120))
        painter.drawLine(area.bottomLeft(), area.bottomRight())

    def _findings(self, painter: QPainter, rect: QRectF) -> None:
        area = self._title(painter, rect, "Findings by type")
        common = self.stats.findings.most_common(6)
        painter.setPen(self._text_colour())
        if not common:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "nothing sensitive found")
            return
        peak = common[0][1]
        row = min(26.0, area.height() / len(common))
        label_w = area.width() * 0.45
        for i, (kind, count) in enumerate(common):
            y = area.top() + i * row
            painter.setPen(self._text_colour())
            painter.drawText(
                QRectF(area.left(), y, label_w - 4, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                kind.replace("_", " "),
            )
            length = (area.width() - label_w - 30) * count / peak
            painter.fillRect(QRectF(area.left() + label_w, y + 4, length, row - 8), FINDING_COLOUR)
            painter.drawText(
                QRectF(area.left() + label_w + length + 4, y, 30, row),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )

    def _costs(self, painter: QPainter, rect: QRectF) -> None:
        area = self._title(painter, rect, "Cloud cost: spent / kept local (est.)")
        values = [
            ("spent", self.stats.cloud_cost, CLOUD_COLOUR),
            ("kept local", self.stats.local_saving, SAVING_COLOUR),
        ]
        peak = max(v for _n, v, _c in values)
        if peak == 0:
            painter.setPen(self._text_colour())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "no cloud cost yet")
            return
        bar = area.width() / 4
        for i, (name, value, colour) in enumerate(values):
            x = area.left() + bar * (0.5 + i * 2)
            h = (area.height() - 16) * value / peak
            painter.fillRect(QRectF(x, area.bottom() - h, bar, h), colour)
            painter.setPen(self._text_colour())
            painter.drawText(
                QRectF(x - bar / 2, area.bottom() - h - 16, bar * 2, 16),
                Qt.AlignmentFlag.AlignHCenter,
                f"${value:.2f}",
            )
            painter.drawText(
                QRectF(x - bar / 2, area.bottom() + 2, bar * 2, 16),
                Qt.AlignmentFlag.AlignHCenter,
                name,
            )


class AuditView(QDialog):
    """Summary line, chart and an integrity check of the audit log."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jobs = JobPool(max_threads=2, parent=self)
        self.setWindowTitle("Edgewise audit")
        self.setAccessibleName("Audit")
        layout = QVBoxLayout(self)
        self.summary = QLabel("Reading the audit log…")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Audit summary")
        layout.addWidget(self.summary)
        self.chart = AuditChart()
        layout.addWidget(self.chart, 1)
        row = QHBoxLayout()
        self.verify_button = QPushButton("Verify log integrity")
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setAccessibleName("Audit verification")
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_result, 1)
        layout.addLayout(row)
        self.resize(900, 380)

    def refresh(self) -> None:
        """Read the log in the background and redraw."""
        audit = self.services.audit
        cloud = self.services.policy_state.policy.cloud

        def work(_emit: Emit) -> AuditStats:
            records: list[dict[str, Any]] = list(audit.records())
            return compute(
                records,
                price_in=cloud.price_per_1k_input,
                price_out=cloud.price_per_1k_output,
                today=dt.datetime.now(dt.UTC).date(),
            )

        self.jobs.start("audit stats", work, on_finished=self._show, on_failed=self._failed)

    def _show(self, result: object) -> None:
        assert isinstance(result, AuditStats)
        stats = result
        self.chart.set_stats(stats)
        if stats.total == 0:
            self.summary.setText("No decisions recorded yet.")
            return
        self.summary.setText(
            f"{stats.total} decisions · {stats.local_share:.0%} answered on this device · "
            f"cloud spent ${stats.cloud_cost:.2f} · estimated cloud cost of the requests "
            f"kept local ${stats.local_saving:.2f}"
        )

    def _failed(self, message: str) -> None:
        self.summary.setText(f"The audit log could not be read: {message}")

    def verify(self) -> None:
        """Check the hash chain in the background."""
        audit = self.services.audit
        self.verify_button.setEnabled(False)
        self.verify_result.setText("Verifying…")

        def done(result: object) -> None:
            self.verify_button.setEnabled(True)
            self.verify_result.setText(str(result).capitalize())

        def failed(message: str) -> None:
            self.verify_button.setEnabled(True)
            self.verify_result.setText(message)

        self.jobs.start(
            "audit verify", lambda _emit: audit.verify(), on_finished=done, on_failed=failed
        )
