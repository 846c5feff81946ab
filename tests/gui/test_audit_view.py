"""The audit view reads the real log off the UI thread and charts it."""

from __future__ import annotations

from typing import Any

from app.services import Services
from app.ui.audit_view import AuditView


def test_audit_view_summarises_and_charts_the_log(qtbot: Any, services: Services) -> None:
    copilot = services.copilot
    plain = copilot.preview(None, "What is the capital of France?")
    marked = copilot.preview(None, "CONFIDENTIAL: salaries for next year")
    services.audit.append(plain, tokens_in=120, tokens_out=40)
    services.audit.append(marked, tokens_in=80, tokens_out=20)
    view = AuditView(services)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: "decisions" in view.summary.text(), timeout=10_000)
    assert view.summary.text().startswith("2 decisions · 100% answered on this device")
    stats = view.chart.stats
    assert (stats.local, stats.cloud) == (2, 0)
    assert stats.findings["marker_confidential"] == 1
    assert sum(local for local, _cloud in stats.days.values()) == 2
    assert "top findings: marker_confidential 1" in view.chart.accessibleDescription()
    # The chart paints without error at its size (grab renders it offscreen).
    assert not view.chart.grab().isNull()
    view.verify()
    qtbot.waitUntil(lambda: "intact" in view.verify_result.text(), timeout=10_000)
    assert "2 records" in view.verify_result.text()


def test_a_tampered_log_is_reported(qtbot: Any, services: Services) -> None:
    decision = services.copilot.preview(None, "hello")
    services.audit.append(decision)
    services.audit.append(decision)
    path = services.audit.path
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace('"local"', '"cloud"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    view = AuditView(services)
    qtbot.addWidget(view)
    view.verify()
    qtbot.waitUntil(lambda: "broken" in view.verify_result.text(), timeout=10_000)
    assert "line 1" in view.verify_result.text()
