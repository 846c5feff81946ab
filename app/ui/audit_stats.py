"""Figures for the audit view, from audit-log records (pure Python, no Qt).

The estimated cost of the requests kept local uses the policy's cloud prices
on their actual token counts: what the cloud would have charged for them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class AuditStats:
    """Totals over a set of audit records."""

    total: int = 0
    local: int = 0
    cloud: int = 0
    blocked: int = 0
    cloud_cost: float = 0.0
    local_saving: float = 0.0
    findings: Counter[str] = field(default_factory=Counter)
    # date -> (local, cloud) decisions that day
    days: dict[dt.date, tuple[int, int]] = field(default_factory=dict)

    @property
    def local_share(self) -> float:
        """Share of decisions answered on this device, in [0, 1] (1 when there are none)."""
        return 1.0 if self.total == 0 else (self.local + self.blocked) / self.total


def _day(record: Mapping[str, Any]) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(str(record["time"]).replace("Z", "+00:00")).date()
    except (KeyError, ValueError):
        return None


def compute(
    records: Iterable[Mapping[str, Any]],
    *,
    price_in: float = 0.0,
    price_out: float = 0.0,
    days: int = 14,
    today: dt.date | None = None,
) -> AuditStats:
    """Count decisions by target, findings by type, cost spent and cost avoided.

    ``days`` is how many calendar days (ending ``today``) the daily series covers.
    """
    end = today or dt.datetime.now(dt.UTC).date()
    start = end - dt.timedelta(days=days - 1)
    series = {start + dt.timedelta(days=i): [0, 0] for i in range(days)}
    stats = AuditStats()
    for record in records:
        target = str(record.get("target", ""))
        stats.total += 1
        tokens_in = int(record.get("tokens_in", 0) or 0)
        tokens_out = int(record.get("tokens_out", 0) or 0)
        if target == "cloud":
            stats.cloud += 1
            stats.cloud_cost += float(record.get("cost", 0.0) or 0.0)
        elif target == "blocked":
            stats.blocked += 1
        else:
            stats.local += 1
            stats.local_saving += tokens_in / 1000 * price_in + tokens_out / 1000 * price_out
        for kind, count in dict(record.get("finding_types", {}) or {}).items():
            stats.findings[str(kind)] += int(count)
        day = _day(record)
        if day in series:
            series[day][0 if target != "cloud" else 1] += 1
    stats.days = {day: (pair[0], pair[1]) for day, pair in series.items()}
    return stats
