"""Bar-by-bar strategies and several symbols go through the same fills as vectorised ones."""

from __future__ import annotations

import pickle
from typing import ClassVar

import numpy as np
import pytest
from backtest_bars import candles_from_rows, load_reference

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest, run_portfolio
from strategies.base import Param, ParameterError, Signals, Strategy
from strategies.builtin import SmaCross
from strategies.indicators import crossover, crossunder, sma


class OnBarSmaCross(Strategy):
    """The SMA crossover written bar by bar, with a 1 % stop and a 2 % target."""

    id = "on_bar_sma_cross"
    fast = Param(10, 2, 100)
    slow = Param(30, 3, 300)

    def indicators(self, data):
        return {"fast": sma(data.close, self.fast), "slow": sma(data.close, self.slow)}

    def on_bar(self, i):
        f, s = self.ind["fast"], self.ind["slow"]
        if i < 1:
            return
        up = f[i - 1] < s[i - 1] and f[i] > s[i]
        down = f[i - 1] > s[i - 1] and f[i] < s[i]
        close = self.data.close[i]
        if up and not self.position:
            self.buy(stop_loss=close * 0.99, take_profit=close * 1.02)
        elif down and self.position.is_long:
            self.close()


class VectorSmaCross(Strategy):
    """The same rules as OnBarSmaCross, vectorised."""

    id = "vector_sma_cross"
    fast = Param(10, 2, 100)
    slow = Param(30, 3, 300)

    def signals(self, data):
        f, s = sma(data.close, self.fast), sma(data.close, self.slow)
        up = crossover(f, s)
        return Signals(entry_long=up, exit_long=crossunder(f, s),
                       stop_loss=np.where(up, data.close * 0.99, np.nan),
                       take_profit=np.where(up, data.close * 1.02, np.nan))


def _same_trades(a, b):
    assert len(a) == len(b) > 0
    for name in ("entry_time", "exit_time", "entry_price", "exit_price", "size", "pnl"):
        np.testing.assert_allclose(getattr(a, name), getattr(b, name), rtol=1e-12)
    assert list(a.exit_reason) == list(b.exit_reason)


def test_on_bar_and_vectorised_strategies_fill_identically(eth_btc_5m):
    config = BacktestConfig(cash=1.0, taker_fee_bps=7.5, slippage_bps=2)
    by_bar = run_backtest(OnBarSmaCross, {}, eth_btc_5m, config)
    vector = run_backtest(VectorSmaCross, {}, eth_btc_5m, config)
    _same_trades(by_bar.trades, vector.trades)
    reasons = set(by_bar.trades.exit_reason)
    assert {"stop_loss", "take_profit", "signal"} <= reasons
    np.testing.assert_allclose(by_bar.equity, vector.equity, rtol=1e-12)


def test_symbols_share_one_cash_account(eth_btc_5m, ltc_btc_5m):
    data = {"ETH/BTC": eth_btc_5m, "LTC/BTC": ltc_btc_5m}
    # all-in: while one symbol holds the cash the other cannot enter, so never both at once
    all_in = run_portfolio(SmaCross, {"fast": 10, "slow": 30}, data,
                           BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.ALL)))
    t = all_in.trades
    assert set(t.symbol) == {"ETH/BTC", "LTC/BTC"}
    order = np.argsort(t.entry_bar, kind="stable")
    entries, exits = t.entry_bar[order], t.exit_bar[order]
    assert np.all(entries[1:] >= exits[:-1])
    assert all_in.equity[-1] == pytest.approx(1.0 + t.pnl.sum(), rel=1e-9)
    # 40 % each never binds: every symbol trades exactly as it does alone
    split = run_portfolio(SmaCross, {"fast": 10, "slow": 30}, data,
                          BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.PCT, 40)))
    for symbol, candles in data.items():
        alone = run_backtest(SmaCross, {"fast": 10, "slow": 30}, candles,
                             BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.PCT, 40)))
        mine = split.trades.symbol == symbol
        np.testing.assert_array_equal(split.trades.entry_time[mine], alone.trades.entry_time)
        np.testing.assert_array_equal(split.trades.exit_price[mine], alone.trades.exit_price)
    assert len(split.trades) > len(all_in.trades)


def test_result_and_inputs_pickle_for_worker_processes(eth_btc_5m):
    config = BacktestConfig()
    result = run_backtest(SmaCross, {"fast": 5, "slow": 15}, eth_btc_5m, config)
    again = pickle.loads(pickle.dumps(result))
    assert again.metrics == result.metrics and again.params == {"fast": 5, "slow": 15}
    assert pickle.loads(pickle.dumps(config)) == config


def test_bad_parameters_are_refused_with_their_name(eth_btc_5m):
    with pytest.raises(ParameterError, match="'fastest'"):
        run_backtest(SmaCross, {"fastest": 3}, eth_btc_5m)
    with pytest.raises(ParameterError, match="fast"):
        run_backtest(SmaCross, {"fast": 50, "slow": 20}, eth_btc_5m)


def test_bar_by_bar_portfolio_matches_the_vectorised_one(eth_btc_5m, ltc_btc_5m):
    data = {"ETH/BTC": eth_btc_5m, "LTC/BTC": ltc_btc_5m}
    config = BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.PCT, 45))
    by_bar = run_portfolio(OnBarSmaCross, {}, data, config)
    vector = run_portfolio(VectorSmaCross, {}, data, config)
    _same_trades(by_bar.trades, vector.trades)
    assert list(by_bar.trades.symbol) == list(vector.trades.symbol)


def test_a_symbol_with_missing_candles_trades_only_on_its_own_bars(eth_btc_5m):
    ada = load_reference("binance_spot_ADA-BTC_5m.parquet")  # has 10- and 25-minute gaps
    result = run_portfolio(SmaCross, {"fast": 5, "slow": 20}, {"ETH/BTC": eth_btc_5m,
                                                             "ADA/BTC": ada},
                           BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.PCT, 45)))
    assert len(result.ts) == len(eth_btc_5m) > len(ada)
    assert np.isfinite(result.equity).all()
    t = result.trades
    mine = t.symbol == "ADA/BTC"
    assert mine.sum() > 10
    assert np.isin(t.entry_time[mine], ada.ts).all() and np.isin(t.exit_time[mine], ada.ts).all()
    alone = run_backtest(SmaCross, {"fast": 5, "slow": 20}, ada,
                         BacktestConfig(cash=1.0, sizing=Sizing(SizeMode.PCT, 45)))
    np.testing.assert_array_equal(t.entry_time[mine], alone.trades.entry_time)


class PeekingStrategy(Strategy):
    """Records what on_bar can see."""

    id = "peeking"
    seen: ClassVar[list] = []

    def indicators(self, data):
        return {"close_x2": data.close * 2}

    def on_bar(self, i):
        seen = (i, len(self.data), self.data.close[-1], self.ind["close_x2"][-1])
        PeekingStrategy.seen.append(seen)


def test_on_bar_sees_history_up_to_its_bar_only(eth_btc_5m):
    PeekingStrategy.seen.clear()
    run_backtest(PeekingStrategy, {}, eth_btc_5m)
    seen = PeekingStrategy.seen
    assert len(seen) == len(eth_btc_5m)
    for i, length, close, doubled in seen[:50] + seen[-50:]:
        assert length == i + 1
        assert close == eth_btc_5m.close[i] and doubled == 2 * eth_btc_5m.close[i]


class MovesItsStop(Strategy):
    """Buys at bar 0's close, reads its position each bar, sets a stop at bar 2's close."""

    id = "moves_its_stop"
    seen: ClassVar[list] = []

    def on_bar(self, i):
        MovesItsStop.seen.append((i, self.position.size))
        if i == 0:
            self.buy(size=1.0)
        elif i == 2:
            self.set_stop_loss(95.0)


def test_a_stop_set_in_on_bar_works_from_the_next_bar_and_positions_read_are_current():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 101, 94, 100),
            (100, 101, 94, 96), (96, 97, 95, 96)]
    MovesItsStop.seen.clear()
    r = run_backtest(MovesItsStop, {}, candles_from_rows(rows),
                     BacktestConfig(taker_fee_bps=0, maker_fee_bps=0))
    (t,) = r.trades.to_list()
    # bar 2's low of 94 came before the stop existed; bar 3's reaches it
    assert (t.entry_price, t.exit_price, t.exit_reason) == (100.0, 95.0, "stop_loss")
    assert t.exit_time == r.ts[3]
    sizes = dict(MovesItsStop.seen)
    assert sizes[0] == 0.0 and sizes[1] > 0 and sizes[2] > 0 and sizes[3] == 0.0
