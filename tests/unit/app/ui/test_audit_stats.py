"""Audit figures: counts by target, findings, cost spent and cost kept local."""

from __future__ import annotations

import datetime as dt

from app.ui.audit_stats import compute

TODAY = dt.date(2026, 3, 10)


def _record(target: str, day: str, **extra: object) -> dict[str, object]:
    return {"target": target, "time": f"{day}T10:00:00.000Z", **extra}


def test_counts_costs_and_daily_series() -> None:
    records = [
        _record("local", "2026-03-10", tokens_in=1000, tokens_out=500, finding_types={"email": 2}),
        _record("cloud", "2026-03-10", cost=0.25, tokens_in=10, tokens_out=10),
        _record("cloud", "2026-03-09", cost=0.5, finding_types={"email": 1, "iban": 1}),
        _record("blocked", "2026-03-01"),
        _record("local", "2025-12-31"),  # outside the 14-day window, still counted
    ]
    stats = compute(records, price_in=0.01, price_out=0.02, days=14, today=TODAY)
    assert (stats.total, stats.local, stats.cloud, stats.blocked) == (5, 2, 2, 1)
    assert stats.cloud_cost == 0.75
    # 1000/1000 * 0.01 + 500/1000 * 0.02 for the local request with tokens.
    assert abs(stats.local_saving - 0.02) < 1e-9
    assert stats.findings == {"email": 3, "iban": 1}
    assert len(stats.days) == 14
    assert stats.days[TODAY] == (1, 1)
    assert stats.days[dt.date(2026, 3, 9)] == (0, 1)
    assert stats.days[dt.date(2026, 3, 1)] == (1, 0)
    assert abs(stats.local_share - 0.6) < 1e-9


def test_no_records_means_everything_local_and_an_empty_series() -> None:
    stats = compute([], today=TODAY, days=3)
    assert stats.total == 0
    assert stats.local_share == 1.0
    assert list(stats.days.values()) == [(0, 0)] * 3


def test_a_record_without_a_readable_time_is_counted_but_not_charted() -> None:
    stats = compute([{"target": "local", "time": "garbage"}], today=TODAY, days=2)
    assert stats.local == 1
    assert sum(a + b for a, b in stats.days.values()) == 0
