"""The built-in strategies: registered, documented, and doing what their rules say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop.backtest import BacktestConfig, run_backtest
from desktop.core import Candles
from strategies.builtin import BUILTIN, DonchianBreakout, SmaCross
from strategies.indicators import atr, bbands, crossover, ema, rsi, sma

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="module")
def eth() -> Candles:
    path = DATA / "binance_spot_ETH-BTC_5m.parquet"
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path)
    return Candles.from_arrays(df.timestamp, df.open, df.high, df.low, df.close, df.volume)


def _candles(close: list[float], high=None, low=None) -> Candles:
    c = np.asarray(close, dtype=float)
    h = c if high is None else np.asarray(high, dtype=float)
    lo = c if low is None else np.asarray(low, dtype=float)
    ts = 1_700_000_000_000 + 60_000 * np.arange(len(c))
    return Candles.from_arrays(ts, c, h, lo, c, np.ones(len(c)))


def _signals(cls, data, **params):
    s = cls(**params)
    s.bind(data)
    return s.signals(data)


def test_registry_has_the_five_documented_strategies():
    assert set(BUILTIN) == {"sma_cross", "ema200_rsi", "rsi_bollinger", "supertrend_adx",
                            "donchian_breakout"}
    for sid, cls in BUILTIN.items():
        assert cls.id == sid
        assert "Rules:" in (cls.__doc__ or ""), f"{sid} must say its rules"
        assert cls.name


@pytest.mark.parametrize("sid", sorted(BUILTIN))
def test_each_builtin_trades_real_candles_with_default_parameters(eth, sid):
    result = run_backtest(BUILTIN[sid], {}, eth, BacktestConfig(cash=1.0))
    assert len(result.trades) > 0
    assert result.equity[-1] == pytest.approx(1.0 + result.trades.pnl.sum(), rel=1e-9)


def test_sma_cross_enters_on_the_cross_up_and_exits_on_the_cross_down():
    # fast SMA(2) vs slow SMA(3): bar 4 fast 7.5 < slow 7.67, bar 5 fast 9 > slow 8.33 (up);
    # bar 7 fast 12 > slow 11.33, bar 8 fast 11.5 < slow 11.67 (down)
    close = [10, 9, 8, 7, 8, 10, 12, 12, 11, 8, 6, 5]
    sig = _signals(SmaCross, _candles(close), fast=2, slow=3)
    fast, slow = sma(np.array(close, float), 2), sma(np.array(close, float), 3)
    assert fast[4] < slow[4] and fast[5] > slow[5]  # the hand-made cross up
    assert np.flatnonzero(sig.entry_long).tolist() == [5]
    assert np.flatnonzero(sig.exit_long).tolist() == [8]
    assert sig.entry_short is None  # long only


def test_sma_cross_refuses_fast_not_below_slow():
    with pytest.raises(ValueError, match="fast"):
        SmaCross(fast=30, slow=30)


def test_donchian_breakout_enters_above_the_previous_channel_with_an_atr_stop():
    close = [10.0] * 30 + [12.0, 12.5, 9.0]
    high = [10.5] * 30 + [12.2, 12.6, 9.5]
    low = [9.5] * 30 + [11.8, 12.0, 8.5]
    data = _candles(close, high, low)
    sig = _signals(DonchianBreakout, data, entry_period=20, exit_period=10, atr_period=5)
    assert np.flatnonzero(sig.entry_long).tolist() == [30, 31]
    expected_stop = 12.0 - 2.0 * atr(data.high, data.low, data.close, 5)[30]
    assert sig.stop_loss[30] == pytest.approx(expected_stop)
    assert np.flatnonzero(sig.exit_long).tolist() == [32]  # 9.0 < lowest low of 10 bars


def test_rsi_bollinger_entries_respect_both_conditions(eth):
    sig = _signals(BUILTIN["rsi_bollinger"], eth)
    upper, _, lower = bbands(eth.close, 20, 2.0)
    r = rsi(eth.close, 14)
    longs, shorts = np.flatnonzero(sig.entry_long), np.flatnonzero(sig.entry_short)
    assert len(longs) and len(shorts)
    assert np.all(eth.close[longs] < lower[longs]) and np.all(r[longs] < 30)
    assert np.all(eth.close[shorts] > upper[shorts]) and np.all(r[shorts] > 70)
    no_shorts = _signals(BUILTIN["rsi_bollinger"], eth, shorts=False)
    assert not no_shorts.entry_short.any()


def test_ema200_rsi_buys_dips_only_in_an_uptrend(eth):
    sig = _signals(BUILTIN["ema200_rsi"], eth)
    entries = np.flatnonzero(sig.entry_long)
    assert len(entries)
    trend = ema(eth.close, 200)
    assert np.all(eth.close[entries] > trend[entries])
    assert np.all(crossover(rsi(eth.close, 14), 30.0)[entries])


def test_supertrend_adx_trades_both_sides_with_the_line_as_stop(eth):
    result = run_backtest(BUILTIN["supertrend_adx"], {}, eth, BacktestConfig(cash=1.0))
    sides = set(result.trades.side.tolist())
    assert sides == {1, -1}
    sig = _signals(BUILTIN["supertrend_adx"], eth)
    longs = np.flatnonzero(sig.entry_long)
    assert np.all(sig.stop_loss[longs] < eth.close[longs])  # line under price going long


def test_decide_bar_after_bar_makes_the_backtests_decisions(eth):
    from strategies.base import EntryIntent, ExitIntent, PositionView

    history = eth.slice(0, 1200)
    strategy = SmaCross(fast=10, slow=30)
    size, entries, exits = 0.0, [], []
    for i in range(len(history)):
        for intent in strategy.decide(history.slice(0, i + 1), PositionView(size=size)):
            if isinstance(intent, EntryIntent):
                size = 1.0
                entries.append(i)
            elif isinstance(intent, ExitIntent):
                size = 0.0
                exits.append(i)
    trades = run_backtest(SmaCross, {"fast": 10, "slow": 30}, history).trades
    signal_exits = trades.exit_reason == "signal"
    assert len(entries) > 5
    assert (trades.entry_bar - 1).tolist() == entries[: len(trades)]
    assert (trades.exit_bar[signal_exits] - 1).tolist() == exits
