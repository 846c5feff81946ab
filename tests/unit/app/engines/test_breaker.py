from __future__ import annotations

from app.engines.breaker import CircuitBreaker


def make() -> tuple[CircuitBreaker, list[float]]:
    now = [0.0]
    return CircuitBreaker(failure_threshold=3, cooldown=10, clock=lambda: now[0]), now


def test_opens_after_consecutive_failures_only() -> None:
    breaker, _ = make()
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # resets the count
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()


def test_half_open_trial_closes_on_success_and_reopens_on_failure() -> None:
    breaker, now = make()
    for _ in range(3):
        breaker.record_failure()
    now[0] = 4
    assert breaker.retry_in() == 6
    now[0] = 10
    assert breaker.state == "half-open" and breaker.allow()
    breaker.record_failure()  # the trial failed: a fresh cooldown
    assert breaker.state == "open"
    now[0] = 20
    breaker.record_success()
    assert breaker.state == "closed" and breaker.retry_in() == 0
