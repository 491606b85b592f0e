"""Fill rules of the engine on hand-written bars, with the expected prices worked out here."""

from __future__ import annotations

import numpy as np
import pytest
from backtest_bars import candles_from_rows

from desktop.backtest import BacktestConfig, FillMode, SizeMode, Sizing, run_backtest
from strategies.base import Signals, Strategy

NAN = np.nan
FREE = dict(taker_fee_bps=0.0, maker_fee_bps=0.0)


def flags(n: int, *bars: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    out[list(bars)] = True
    return out


def levels(n: int, **at: float) -> np.ndarray:
    """Float column, NaN except at the bars named b<index>=value."""
    out = np.full(n, NAN)
    for key, value in at.items():
        out[int(key[1:])] = value
    return out


def scripted(**columns) -> type[Strategy]:
    class Scripted(Strategy):
        id = "scripted"

        def signals(self, data):
            return Signals(**columns)

    return Scripted


FLAT = [(100, 101, 99, 100)] * 6


def run(rows, config=None, **columns):
    c = candles_from_rows(rows)
    return run_backtest(scripted(**columns), {}, c, config or BacktestConfig(**FREE))


def only_trade(result):
    assert len(result.trades) == 1
    return result.trades.to_list()[0]


def test_market_orders_fill_at_next_open_and_pay_taker_fee():
    rows = [(100, 101, 99, 100), (100, 102, 99, 101), (102, 105, 101, 104),
            (104, 106, 103, 105), (106, 107, 105, 106), (106, 106, 106, 106)]
    config = BacktestConfig(cash=1000, taker_fee_bps=10, maker_fee_bps=0,
                            sizing=Sizing(SizeMode.FIXED, 2.0))
    r = run(rows, config, entry_long=flags(6, 1), exit_long=flags(6, 3))
    t = only_trade(r)
    assert (t.entry_price, t.exit_price, t.size) == (102.0, 106.0, 2.0)
    assert t.entry_time == r.ts[2] and t.exit_time == r.ts[4]
    # fees: 0.1 % of 204 and of 212
    assert t.fees == pytest.approx(0.204 + 0.212)
    assert t.pnl == pytest.approx(2 * 4 - 0.416)
    assert t.bars_held == 2 and t.exit_reason == "signal"
    assert r.equity[-1] == pytest.approx(1000 + t.pnl)


def test_close_mode_fills_at_the_signal_bars_close():
    rows = [(100, 101, 99, 100), (100, 102, 99, 101), (102, 105, 101, 104),
            (104, 106, 103, 105), (106, 107, 105, 106), (106, 106, 106, 106)]
    config = BacktestConfig(fill=FillMode.CLOSE, sizing=Sizing(SizeMode.FIXED, 1.0), **FREE)
    t = only_trade(run(rows, config, entry_long=flags(6, 1), exit_long=flags(6, 3)))
    assert (t.entry_price, t.exit_price, t.bars_held) == (101.0, 105.0, 2)


def test_slippage_makes_buys_dearer_and_sells_cheaper():
    config = BacktestConfig(slippage_bps=10, sizing=Sizing(SizeMode.FIXED, 1.0), **FREE)
    t = only_trade(run(FLAT, config, entry_long=flags(6, 0), exit_long=flags(6, 2)))
    assert t.entry_price == pytest.approx(100.1) and t.exit_price == pytest.approx(99.9)


def test_stop_loss_fills_at_the_stop_inside_the_bar():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (99, 100, 94, 96), (96, 97, 95, 96)]
    t = only_trade(run(rows, entry_long=flags(4, 0), stop_loss=levels(4, b0=95.0)))
    assert (t.exit_price, t.exit_reason, t.exit_time) == (95.0, "stop_loss", t.exit_time)
    assert t.bars_held == 1


def test_a_gap_through_the_stop_fills_at_the_open():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (90, 92, 88, 91), (91, 92, 90, 91)]
    t = only_trade(run(rows, entry_long=flags(4, 0), stop_loss=levels(4, b0=95.0)))
    assert (t.exit_price, t.exit_reason) == (90.0, "stop_loss")


def test_stop_and_target_inside_one_bar_fill_by_the_nearer_extreme():
    # open 100: the low (94) is nearer than the high (111), so the path dips to the stop first
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 111, 94, 100), (100, 101, 99, 100)]
    t = only_trade(run(rows, entry_long=flags(4, 0), stop_loss=levels(4, b0=95.0),
                       take_profit=levels(4, b0=110.0)))
    assert (t.exit_price, t.exit_reason) == (95.0, "stop_loss")
    # open 100: the high (104) is nearer than the low (90): the target fills first
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 104, 90, 100), (100, 101, 99, 100)]
    t = only_trade(run(rows, entry_long=flags(4, 0), stop_loss=levels(4, b0=95.0),
                       take_profit=levels(4, b0=103.0)))
    assert (t.exit_price, t.exit_reason) == (103.0, "take_profit")


def test_a_gap_through_the_take_profit_fills_at_its_own_price():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (112, 113, 111, 112), (112, 113, 111, 112)]
    t = only_trade(run(rows, entry_long=flags(4, 0), take_profit=levels(4, b0=110.0)))
    assert (t.exit_price, t.exit_reason) == (110.0, "take_profit")


def test_take_profit_fills_at_its_price_with_the_maker_fee():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (101, 111, 100, 108), (108, 109, 107, 108)]
    config = BacktestConfig(taker_fee_bps=10, maker_fee_bps=2, sizing=Sizing(SizeMode.FIXED, 1))
    t = only_trade(run(rows, config, entry_long=flags(4, 0), stop_loss=levels(4, b0=95.0),
                       take_profit=levels(4, b0=110.0)))
    assert (t.exit_price, t.exit_reason) == (110.0, "take_profit")
    assert t.fees == pytest.approx(100 * 0.001 + 110 * 0.0002)


def test_trailing_stop_follows_the_high_and_fills_at_its_level():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (101, 110, 100, 109),
            (109, 109.5, 104, 106), (106, 107, 105, 106)]
    t = only_trade(run(rows, entry_long=flags(5, 0), trail=levels(5, b0=5.0)))
    # anchor 110 after bar 2, stop 105, bar 3's low of 104 reaches it
    assert (t.exit_price, t.exit_reason, t.bars_held) == (105.0, "trailing_stop", 2)


def test_short_trailing_stop_follows_the_low():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (99, 100, 90, 91),
            (91, 96, 90.5, 95), (95, 96, 94, 95)]
    t = only_trade(run(rows, entry_short=flags(5, 0), trail=levels(5, b0=5.0)))
    assert t.side == "short"
    assert (t.exit_price, t.exit_reason) == (95.0, "trailing_stop")
    assert t.pnl > 0


def test_limit_entry_fills_at_its_price_or_a_better_open():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (99, 100, 97, 99), (99, 100, 98, 99)]
    t = only_trade(run(rows, entry_long=flags(4, 0), limit_price=levels(4, b0=98.0)))
    assert t.entry_price == 98.0 and t.entry_time == run(rows).ts[2]
    rows_gap = [(100, 101, 99, 100), (97, 98, 96, 97), (97, 98, 96, 97)]
    t = only_trade(run(rows_gap, entry_long=flags(3, 0), limit_price=levels(3, b0=98.0)))
    assert t.entry_price == 97.0


def test_stop_entry_fills_when_the_high_reaches_it():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (101, 106, 100, 105), (105, 106, 104, 105)]
    t = only_trade(run(rows, entry_long=flags(4, 0), stop_price=levels(4, b0=105.5)))
    assert t.entry_price == 105.5 and t.bars_held == 1


def test_an_intrabar_entry_meets_its_stop_or_target_later_on_the_bars_path():
    # open 100, low 95 nearer than high 112: 100 -> 98 (entry) -> 96 (stop) on the first leg
    rows = [(100, 101, 99, 100), (100, 112, 95, 100), (100, 101, 99, 100)]
    stopped = only_trade(run(rows, entry_long=flags(3, 0), limit_price=levels(3, b0=98.0),
                             stop_loss=levels(3, b0=96.0), take_profit=levels(3, b0=110.0)))
    assert (stopped.entry_price, stopped.exit_price) == (98.0, 96.0)
    assert stopped.bars_held == 0 and stopped.exit_reason == "stop_loss"
    # low 97 nearer: 100 -> 98 (entry) -> 97 -> 110 (target) -> 112
    rows = [(100, 101, 99, 100), (100, 112, 97, 100), (100, 101, 99, 100)]
    target = only_trade(run(rows, entry_long=flags(3, 0), limit_price=levels(3, b0=98.0),
                            stop_loss=levels(3, b0=96.0), take_profit=levels(3, b0=110.0)))
    assert (target.exit_price, target.exit_reason, target.bars_held) == (110.0, "take_profit", 0)
    # high 112 nearer than low 87: 100 -> 112 -> 98 (entry) -> 96 (stop)
    rows = [(100, 101, 99, 100), (100, 112, 87, 100), (100, 101, 99, 100)]
    stopped = only_trade(run(rows, entry_long=flags(3, 0), limit_price=levels(3, b0=98.0),
                             stop_loss=levels(3, b0=96.0), take_profit=levels(3, b0=110.0)))
    assert stopped.exit_reason == "stop_loss"


def test_short_trade_profits_when_price_falls():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (95, 96, 90, 91), (90, 91, 89, 90)]
    config = BacktestConfig(sizing=Sizing(SizeMode.FIXED, 3.0), **FREE)
    t = only_trade(run(rows, config, entry_short=flags(4, 0), exit_short=flags(4, 2)))
    assert t.side == "short" and t.pnl == pytest.approx(3 * (100 - 90))


def test_an_entry_against_the_position_reverses_it():
    rows = [(100, 101, 99, 100)] * 2 + [(104, 105, 103, 104)] * 3
    config = BacktestConfig(sizing=Sizing(SizeMode.FIXED, 1.0), **FREE)
    r = run(rows, config, entry_long=flags(5, 0), entry_short=flags(5, 1))
    first, second = r.trades.to_list()
    assert (first.side, first.exit_reason, first.exit_price) == ("long", "reverse", 104.0)
    assert (second.side, second.entry_price, second.exit_reason) == ("short", 104.0, "end")


def test_no_pyramiding_and_last_bar_signals_are_not_filled():
    config = BacktestConfig(sizing=Sizing(SizeMode.FIXED, 1.0), **FREE)
    r = run(FLAT, config, entry_long=flags(6, 0, 2, 5))
    assert len(r.trades) == 1 and r.trades.to_list()[0].exit_reason == "end"


def test_signal_arrays_of_the_wrong_length_are_refused():
    with pytest.raises(ValueError, match="entry_long"):
        run(FLAT, entry_long=flags(5, 0))


def test_a_trailing_stop_follows_the_path_inside_the_entry_bar():
    # limit buy at 98 fills on the way down to 97 (the nearer extreme); the path then rises
    # to 110, lifting the anchor, and falls to 100 at the close: 110 - 5 = 105 stops it out
    rows = [(100, 101, 99, 100), (100, 110, 97, 100), (101, 102, 100, 101), (101, 102, 100, 101)]
    t = only_trade(run(rows, entry_long=flags(4, 0), limit_price=levels(4, b0=98.0),
                       trail=levels(4, b0=5.0)))
    assert (t.entry_price, t.exit_price, t.exit_reason, t.bars_held) == (
        98.0, 105.0, "trailing_stop", 0)


def test_a_high_before_the_low_lifts_the_trailing_stop_in_the_same_bar():
    # open 104, high 110 nearer than low 100: 104 -> 110 (anchor) -> 105 stop -> 100
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (104, 110, 100, 102), (102, 103, 101, 102)]
    t = only_trade(run(rows, entry_long=flags(4, 0), trail=levels(4, b0=5.0)))
    assert (t.exit_price, t.exit_reason, t.bars_held) == (105.0, "trailing_stop", 1)
