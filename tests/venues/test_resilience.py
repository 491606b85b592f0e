"""The resilience layer on its own, with a fake clock: retries, breaker, ban gate, rate-limit
pause, clock offset and the markets cache."""

from __future__ import annotations

import asyncio
import random

import pytest

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    ExchangeBanned,
    ExchangeUnavailable,
    InvalidOrder,
    NetworkError,
    RateLimited,
)
from desktop.venues.resilience import (
    BreakerState,
    CircuitBreaker,
    CircuitOpen,
    ClockOffset,
    MarketsCache,
    Resilience,
    RetryPolicy,
)


class FakeClock:
    def __init__(self, ms: int = 1_700_000_000_000) -> None:
        self.ms = ms
        self.slept: list[float] = []

    def now_ms(self) -> int:
        return self.ms

    def now_s(self) -> float:
        return self.ms / 1000

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.ms += int(seconds * 1000)


class Script:
    """An operation answering from a list: an exception is raised, anything else returned."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer


def make(clock: FakeClock, events: list, **breaker) -> Resilience:
    return Resilience(
        "binance", "Binance", RetryPolicy(max_attempts=4, base_delay_s=1.0, jitter=0.0),
        CircuitBreaker(breaker.get("threshold", 5), breaker.get("cooldown", 30.0),
                       clock=clock.now_s),
        events.append, sleep=clock.sleep, clock_ms=clock.now_ms, rng=random.Random(1))


def run(coro):
    return asyncio.run(coro)


def test_backoff_grows_exponentially_is_capped_jittered_and_honours_retry_after():
    policy = RetryPolicy(base_delay_s=0.5, max_delay_s=4.0, jitter=0.5)
    rng = random.Random(7)
    for attempt, full in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)]:
        for _ in range(50):
            assert full * 0.5 <= policy.delay_s(attempt, rng=rng) <= full
    assert policy.delay_s(1, retry_after_s=7.0, rng=rng) == 7.0


def test_reads_are_retried_with_backoff_until_they_succeed():
    clock, events = FakeClock(), []
    op = Script(NetworkError("down"), ExchangeUnavailable("503"), "ok")
    assert run(make(clock, events).call(op, idempotent=True)) == "ok"
    assert op.calls == 3 and clock.slept == [1.0, 2.0]


def test_orders_are_never_retried_blindly():
    clock, events = FakeClock(), []
    op = Script(NetworkError("timeout"), "never")
    with pytest.raises(NetworkError):
        run(make(clock, events).call(op, idempotent=False))
    assert op.calls == 1


def test_refusals_are_not_retried_and_do_not_trip_the_breaker():
    clock, events = FakeClock(), []
    resilience = make(clock, events, threshold=1)
    op = Script(InvalidOrder("bad"))
    with pytest.raises(InvalidOrder):
        run(resilience.call(op, idempotent=True))
    assert op.calls == 1 and resilience.breaker.state is BreakerState.CLOSED


def test_gives_up_after_max_attempts():
    clock, events = FakeClock(), []
    op = Script(*[NetworkError("down")] * 4)
    with pytest.raises(NetworkError):
        run(make(clock, events).call(op, idempotent=True))
    assert op.calls == 4


def test_breaker_cycle_closed_open_half_open_closed():
    clock, events = FakeClock(), []
    resilience = make(clock, events, threshold=3, cooldown=30.0)
    with pytest.raises(NetworkError):
        run(resilience.call(Script(*[NetworkError("down")] * 3), idempotent=True))
    assert resilience.breaker.state is BreakerState.OPEN
    untouched = Script("ok")
    with pytest.raises(CircuitOpen, match="next try is in"):
        run(resilience.call(untouched, idempotent=True))
    assert untouched.calls == 0
    clock.ms += 30_000
    assert run(resilience.call(untouched, idempotent=True)) == "ok"
    assert resilience.breaker.state is BreakerState.CLOSED
    assert [(e.state, e.venue) for e in events] == [
        (ConnectionState.DEGRADED, "binance"), (ConnectionState.CONNECTED, "binance")]


def test_half_open_lets_one_probe_through_and_a_failed_probe_reopens():
    clock = FakeClock()
    changes: list[BreakerState] = []
    breaker = CircuitBreaker(2, 10.0, on_change=lambda s, d: changes.append(s),
                             clock=clock.now_s)
    breaker.record_failure()
    breaker.record_failure()
    clock.ms += 10_000
    breaker.before_call("v", "X")  # the probe
    with pytest.raises(CircuitOpen):
        breaker.before_call("v", "X")  # a second caller meanwhile
    breaker.record_failure()
    assert changes == [BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.OPEN]
    with pytest.raises(CircuitOpen):
        breaker.before_call("v", "X")


def test_ban_refuses_every_call_without_sending_until_it_ends():
    clock, events = FakeClock(), []
    resilience = make(clock, events)
    until = clock.ms + 120_000
    with pytest.raises(ExchangeBanned):
        run(resilience.call(Script(ExchangeBanned("418", until_ms=until)), idempotent=True))
    waiting = Script("ok")
    with pytest.raises(ExchangeBanned) as refused:
        run(resilience.call(waiting, idempotent=False))
    assert waiting.calls == 0 and refused.value.until_ms == until
    assert "no request will be sent until" in str(refused.value)
    clock.ms = until
    assert run(resilience.call(waiting, idempotent=True)) == "ok"
    assert [e.state for e in events] == [ConnectionState.BANNED, ConnectionState.CONNECTED]


def test_rate_limit_holds_requests_for_retry_after():
    clock, events = FakeClock(), []
    resilience = make(clock, events)
    start = clock.ms
    op = Script(RateLimited("429", retry_after_s=5.0), "ok")
    assert run(resilience.call(op, idempotent=True)) == "ok"
    assert clock.ms - start >= 5_000 and op.calls == 2
    assert isinstance(events[0], ConnectionEvent) and "rate limited" in events[0].detail


def test_clock_offset_splits_the_round_trip():
    local = iter([1_000, 1_200])

    async def server_time() -> int:
        return 6_000

    offset = ClockOffset()
    assert run(offset.measure(server_time, local_ms=lambda: next(local))) == 4_900
    assert offset.exchange_now_ms(local_ms=lambda: 2_000) == 6_900


def test_markets_cache_in_memory_on_disk_and_expiring(tmp_path):
    clock = FakeClock()
    payload = [{"symbol": "BTC/USDT", "precision": {"price": 0.01}}]
    first = MarketsCache("binance", tmp_path, clock_ms=clock.now_ms)
    assert first.get() is None
    first.put(payload)
    assert first.get() == payload
    clock.ms += 23 * 3600 * 1000
    second = MarketsCache("binance", tmp_path, clock_ms=clock.now_ms)  # a new session
    assert second.get() == payload
    clock.ms += 2 * 3600 * 1000  # more than 24 h after saving
    assert second.get() is None and first.get() is None
    (tmp_path / "markets-binance.json").write_text("{ not json")
    assert MarketsCache("binance", tmp_path, clock_ms=clock.now_ms).get() is None
