"""Backtest jobs on the engine: a run computes in a worker process and matches a direct
`run_backtest`; cancel ends a long job at once; bad requests name the field; runs are stored
and listed again by a fresh service; broken user strategies are listed with their error."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import numpy as np
import pytest

from desktop.backtest.engine import run_backtest
from desktop.core.backtests import BacktestRequest, BacktestRequestError
from desktop.core.events import BacktestDoneEvent, BacktestFailedEvent, BacktestProgressEvent
from desktop.data.resample import resample
from desktop.engine.backtest_jobs import BacktestJobs
from desktop.engine.runtime import EngineRuntime
from strategies.builtin import BUILTIN

PID_PROBE = '''
import os
from pathlib import Path
from strategies.base import Param, Signals, Strategy
from strategies.builtin.sma_cross import SmaCross

class PidProbe(SmaCross):
    """SMA crossover that notes which process computed it."""
    id = "pid_probe"
    def indicators(self, data):
        Path(os.environ["PREGAO_PID_PROBE"]).write_text(str(os.getpid()))
        return super().indicators(data)
'''

SLOW = '''
import time
from strategies.base import Param, Strategy

class Slow(Strategy):
    """Bar by bar and slow on purpose: a job long enough to cancel."""
    id = "slow"
    delay_ms = Param(20, low=0, high=1000, step=1)
    def on_bar(self, i):
        time.sleep(self.delay_ms / 1000)
'''

BROKEN = "from strategies.base import Strategy\nraise RuntimeError('typo on line 2')\n"


@pytest.fixture
def rt(tmp_path):
    strategies = tmp_path / "strategies"
    strategies.mkdir()
    (strategies / "pid_probe.py").write_text(PID_PROBE)
    (strategies / "slow.py").write_text(SLOW)
    (strategies / "broken.py").write_text(BROKEN)
    runtime = EngineRuntime(demo_days=2)
    runtime.engine.backtests.runs_dir = tmp_path / "runs"
    runtime.engine.backtests.strategies_dir = strategies
    events: list = []
    runtime.bus.add_sink(events.append)
    runtime.events = events
    runtime.start()
    yield runtime
    assert runtime.stop(timeout=10.0)


@pytest.fixture
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def run(loop, coro, timeout: float = 30.0):
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


def wait_for(loop, condition, timeout: float = 30.0) -> None:
    async def poll():
        while not condition():
            await asyncio.sleep(0.02)

    run(loop, poll(), timeout)


def job_events(events, job_id, kind):
    return [e for e in list(events) if isinstance(e, kind) and e.job_id == job_id]


def test_run_computes_in_a_worker_and_matches_a_direct_backtest(rt, loop, tmp_path, monkeypatch):
    probe = tmp_path / "pid.txt"
    monkeypatch.setenv("PREGAO_PID_PROBE", str(probe))  # inherited by the spawned worker
    candles = run(loop, rt.client.history("demo", "ETH/USDT"))
    start, end = int(candles.ts[0]) + 3_600_000, int(candles.ts[-1]) - 3_600_000
    request = BacktestRequest(
        strategy="pid_probe",
        params={"fast": 5, "slow": 12},
        symbols=("ETH/USDT",),
        timeframe="5m",
        start_ms=start,
        end_ms=end,
        cash=5_000,
        taker_fee_bps=7,
        maker_fee_bps=2,
        slippage_bps=3,
        sizing="pct",
        sizing_value=50,
    )
    job = run(loop, rt.client.backtest_submit(request, "job-1"))
    assert job == "job-1"
    wait_for(loop, lambda: job_events(rt.events, job, BacktestDoneEvent), 60)
    done = job_events(rt.events, job, BacktestDoneEvent)[0]
    assert int(probe.read_text()) != os.getpid()
    stages = [e.message for e in job_events(rt.events, job, BacktestProgressEvent)]
    assert stages[:2] == ["loading", "running"]

    from desktop.backtest.config import BacktestConfig, FillMode, SizeMode, Sizing

    i0, i1 = np.searchsorted(candles.ts, [start, end])
    bars = resample(candles.slice(int(i0), int(i1)), "5m")
    config = BacktestConfig(
        cash=5_000,
        fill=FillMode.NEXT_OPEN,
        taker_fee_bps=7,
        maker_fee_bps=2,
        slippage_bps=3,
        sizing=Sizing(SizeMode.PCT, 50),
    )
    direct = run_backtest(BUILTIN["sma_cross"], {"fast": 5, "slow": 12}, bars, config, "ETH/USDT")
    stored = run(loop, rt.client.backtest_load_run(done.run_id))
    assert stored.summary.request == request
    assert stored.summary.strategy == "pid_probe"
    for key, value in direct.metrics.items():
        got = stored.summary.metrics[key]
        if np.isfinite(value):
            assert got == pytest.approx(value, rel=1e-12), key
        else:
            assert got is None, key
    assert len(stored.trades) == len(direct.trades) > 0
    for row, trade in zip(stored.trades, direct.trades.to_list(), strict=True):
        assert row["entry_ms"] == trade.entry_time and row["exit_ms"] == trade.exit_time
        assert row["pnl"] == pytest.approx(trade.pnl, rel=1e-12)
        assert row["side"] == trade.side
    np.testing.assert_array_equal(stored.ts, direct.ts)
    np.testing.assert_allclose(stored.equity, direct.equity, rtol=1e-12)

    # Listed now, and by a fresh service over the same folder (as after a restart).
    assert [s.id for s in run(loop, rt.client.backtest_runs())] == [done.run_id]
    fresh = BacktestJobs(rt.bus, rt.engine.history, rt.engine.markets)
    fresh.runs_dir = rt.engine.backtests.runs_dir
    again = run(loop, fresh.load_run(done.run_id))
    assert again.summary.metrics == stored.summary.metrics
    assert [s.id for s in run(loop, fresh.runs())] == [done.run_id]
    run(loop, rt.client.backtest_delete_run(done.run_id))
    assert run(loop, rt.client.backtest_runs()) == []


def test_cancel_ends_a_long_job_at_once_and_the_next_job_runs(rt, loop):
    slow = BacktestRequest(
        strategy="slow", params={"delay_ms": 50}, symbols=("BTC/USDT",), timeframe="1m"
    )
    job = run(loop, rt.client.backtest_submit(slow))
    wait_for(
        loop,
        lambda: any(
            e.message == "running" for e in job_events(rt.events, job, BacktestProgressEvent)
        ),
    )
    time.sleep(1.0)  # well inside the computation (2880 bars x 50 ms)
    t0 = time.perf_counter()
    assert run(loop, rt.client.backtest_cancel(job)) is True
    failed = job_events(rt.events, job, BacktestFailedEvent)
    assert failed and failed[0].canceled and time.perf_counter() - t0 < 1.0
    # The engine answers at once, and the job never reports done afterwards.
    t0 = time.perf_counter()
    assert run(loop, rt.client.markets())
    assert time.perf_counter() - t0 < 0.5
    assert run(loop, rt.client.backtest_cancel(job)) is False
    quick = BacktestRequest(strategy="sma_cross", symbols=("BTC/USDT", "SOL/USDT"), timeframe="15m")
    second = run(loop, rt.client.backtest_submit(quick))
    wait_for(loop, lambda: job_events(rt.events, second, BacktestDoneEvent), 60)
    assert not job_events(rt.events, job, BacktestDoneEvent)
    assert rt.engine.backtests.active_jobs() == []
    done = job_events(rt.events, second, BacktestDoneEvent)[0]
    loaded = run(loop, rt.client.backtest_load_run(done.run_id))
    assert loaded.summary.symbols == ("BTC/USDT", "SOL/USDT")  # shared cash, two symbols


def test_bad_requests_name_the_field(rt, loop):
    def refused(**kw) -> BacktestRequestError:
        base = {"strategy": "sma_cross", "symbols": ("BTC/USDT",)}
        with pytest.raises(BacktestRequestError) as info:
            run(loop, rt.client.backtest_submit(BacktestRequest(**{**base, **kw})))
        return info.value

    err = refused(params={"fast": 500})
    assert err.field == "param:fast" and "<= 200" in str(err)
    assert refused(params={"fast": 30, "slow": 20}).field == "param:fast"
    assert refused(symbols=()).field == "symbols"
    assert refused(symbols=("DOGE/EUR",)).field == "symbols"
    assert refused(strategy="nope").field == "strategy"
    assert refused(start_ms=10, end_ms=5).field == "range"
    assert refused(cash=-1).field == "cash"
    assert refused(slippage_bps=-2).field == "slippage"
    assert refused(data_file="/no/such/file.csv").field == "data_file"
    assert not [e for e in rt.events if isinstance(e, BacktestProgressEvent)]


def test_strategy_listing_has_declared_parameters_and_broken_files(rt, loop):
    listing = {s["id"]: s for s in run(loop, rt.client.backtest_strategies())}
    assert set(BUILTIN) <= set(listing)
    fast = next(p for p in listing["sma_cross"]["params"] if p["name"] == "fast")
    assert (fast["kind"], fast["default"], fast["low"], fast["high"], fast["step"]) == (
        "int",
        10,
        2,
        200,
        1,
    )
    assert listing["slow"]["source"] == "user" and listing["slow"]["error"] is None
    broken = listing["file:broken.py"]
    assert "typo on line 2" in broken["error"] and broken["params"] == []


def test_a_candle_file_is_a_data_source(rt, loop, tmp_path):
    candles = run(loop, rt.client.history("demo", "BTC/USDT"))
    path = tmp_path / "demo_BTC-USDT_1m.csv"
    rows = ["timestamp,open,high,low,close,volume"]
    for k in range(len(candles) - 1):
        rows.append(
            ",".join(
                str(float(getattr(candles, c)[k])) if c != "ts" else str(int(candles.ts[k]))
                for c in ("ts", "open", "high", "low", "close", "volume")
            )
        )
    path.write_text("\n".join(rows) + "\n")
    request = BacktestRequest(strategy="sma_cross", data_file=str(Path(path)), timeframe="15m")
    job = run(loop, rt.client.backtest_submit(request))
    wait_for(
        loop,
        lambda: (
            job_events(rt.events, job, BacktestDoneEvent)
            or job_events(rt.events, job, BacktestFailedEvent)
        ),
        60,
    )
    done = job_events(rt.events, job, BacktestDoneEvent)
    assert done, job_events(rt.events, job, BacktestFailedEvent)
    loaded = run(loop, rt.client.backtest_load_run(done[0].run_id))
    assert loaded.summary.symbols == ("BTC/USDT",)
    assert loaded.summary.bars == len(resample(candles.slice(0, len(candles) - 1), "15m"))
