"""One fill model: the backtester and the paper venue fill the same orders on the same candles
at the same bar and price (desktop.fills.intrabar is the rule both follow).

Each scenario is one trade a strategy could ask for at a bar's close: a market, limit or stop
entry, long or short, with the protection the paper venue can hold for it (stop-loss and/or
take-profit, or a trailing stop; a limit entry's stop-loss and take-profit as a bracket). The
backtester gets it as signals at bar 0; the paper venue gets what a bot would send at the next
open (the market entry, then an OCO / stop / limit / trailing stop for its protection, or the
bracket / limit / stop entry) and then every closed candle. Both must report the same entry
and exit, bar and price. Changing the rule on one side only makes these tests fail.

Levels on the wrong side of the price the order arrives at (a stop-loss above a long's entry,
a stop entry already through the open) are left out: the paper venue rightly refuses those
orders while the backtester has nothing to refuse them with.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from backtest_bars import candles_from_rows, load_reference
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest
from desktop.core import Bar, FillEvent, Market, OrderRequest, OrderType, Side
from desktop.venues.paper import MatchingEngine, PaperConfig, SlippageModel
from strategies.base import Signals, Strategy

SYMBOL = "TEST/QUOTE"
MARKET = Market(SYMBOL, "TEST", "QUOTE", price_tick=1.0, amount_step=1.0, min_amount=1.0,
                maker_fee=0.0, taker_fee=0.0)
BAR_MS = 60_000
START_MS = 1_700_000_000_000


@dataclass(frozen=True)
class Scenario:
    long: bool
    entry: str  # "market", "limit" or "stop"
    level: float = np.nan  # limit or stop entry price
    stop_loss: float = np.nan
    take_profit: float = np.nan
    trail: float = np.nan


@dataclass(frozen=True)
class Fills:
    entry: tuple[int, float] | None
    exit: tuple[int, float] | None


# -- the backtester --------------------------------------------------------------------------


def backtest_fills(rows: list[tuple[float, float, float, float]], sc: Scenario) -> Fills:
    n = len(rows)

    def at_bar0(value: float, default: float = np.nan) -> np.ndarray:
        out = np.full(n, default)
        out[0] = value
        return out

    entry = np.zeros(n, dtype=bool)
    entry[0] = True
    columns = dict(
        entry_long=entry if sc.long else None,
        entry_short=None if sc.long else entry,
        limit_price=at_bar0(sc.level) if sc.entry == "limit" else None,
        stop_price=at_bar0(sc.level) if sc.entry == "stop" else None,
        stop_loss=at_bar0(sc.stop_loss),
        take_profit=at_bar0(sc.take_profit),
        trail=at_bar0(sc.trail),
    )

    class Scripted(Strategy):
        id = "scripted"

        def signals(self, data):
            return Signals(**columns)

    # cash enough for one unit, and not so much that one unit counts as dust
    config = BacktestConfig(cash=10.0 * max(r[1] for r in rows), taker_fee_bps=0.0,
                            maker_fee_bps=0.0, slippage_bps=0.0, allow_short=True,
                            sizing=Sizing(SizeMode.FIXED, 1.0))
    trades = run_backtest(Scripted, {}, candles_from_rows(rows, BAR_MS, START_MS), config)
    trades_list = trades.trades.to_list()
    if not trades_list:
        return Fills(None, None)
    assert len(trades_list) == 1
    t = trades_list[0]
    entry_fill = ((t.entry_time - START_MS) // BAR_MS, t.entry_price)
    if t.exit_reason == "end":
        return Fills(entry_fill, None)
    return Fills(entry_fill, ((t.exit_time - START_MS) // BAR_MS, t.exit_price))


# -- the paper venue, driven as a bot would drive it ------------------------------------------


def paper_fills(rows: list[tuple[float, float, float, float]], sc: Scenario) -> Fills:
    fills: list[tuple[int, float]] = []

    def publish(event) -> None:
        if isinstance(event, FillEvent):
            fills.append(((event.fill.ts - START_MS) // BAR_MS, event.fill.price))

    config = PaperConfig(slippage_model=SlippageModel.FIXED_BPS, slippage_bps=0.0)
    eng = MatchingEngine([MARKET], {"QUOTE": 1e9, "TEST": 10.0}, publish, config)

    def bar(i: int) -> Bar:
        o, h, lo, c = rows[i]
        return Bar(START_MS + i * BAR_MS, o, h, lo, c, 1.0)

    eng.on_bar(SYMBOL, bar(0))
    # The orders decided at bar 0's close reach the venue with bar 1's first price.
    eng.on_price(SYMBOL, START_MS + BAR_MS, rows[1][0])
    side = Side.BUY if sc.long else Side.SELL
    exit_side = side.opposite()

    def send(req_type: OrderType, order_side: Side, **kw) -> None:
        eng.submit(OrderRequest(SYMBOL, order_side, req_type, 1.0, **kw))

    has_sl, has_tp = not np.isnan(sc.stop_loss), not np.isnan(sc.take_profit)
    if sc.entry == "market":
        send(OrderType.MARKET, side)
        if has_sl and has_tp:
            send(OrderType.OCO, exit_side, price=sc.take_profit, stop_price=sc.stop_loss)
        elif has_sl:
            send(OrderType.STOP_MARKET, exit_side, stop_price=sc.stop_loss)
        elif has_tp:
            send(OrderType.LIMIT, exit_side, price=sc.take_profit)
        elif not np.isnan(sc.trail):
            send(OrderType.TRAILING_STOP, exit_side, trail_amount=sc.trail)
    elif sc.entry == "limit" and has_sl:
        send(OrderType.BRACKET, side, price=sc.level, take_profit=sc.take_profit,
             stop_loss=sc.stop_loss)
    elif sc.entry == "limit":
        send(OrderType.LIMIT, side, price=sc.level)
    else:
        send(OrderType.STOP_MARKET, side, stop_price=sc.level)
    for i in range(1, len(rows)):
        eng.on_bar(SYMBOL, bar(i))
    assert len(fills) <= 2
    return Fills(fills[0] if fills else None, fills[1] if len(fills) > 1 else None)


def assert_same_fills(rows, sc: Scenario) -> Fills:
    ours = backtest_fills(rows, sc)
    paper = paper_fills(rows, sc)
    assert ours == paper, f"backtest {ours} != paper {paper} for {sc} on {rows}"
    return ours


# -- scenarios -------------------------------------------------------------------------------


@st.composite
def candle(draw) -> tuple[float, float, float, float]:
    o = draw(st.integers(80, 120))
    c = draw(st.integers(80, 120))
    h = max(o, c) + draw(st.integers(0, 8))
    lo = min(o, c) - draw(st.integers(0, 8))
    return (float(o), float(h), float(lo), float(c))


@st.composite
def scenarios(draw):
    rows = draw(st.lists(candle(), min_size=2, max_size=7))
    arrival = rows[1][0]
    long = draw(st.booleans())
    sign = 1.0 if long else -1.0
    entry = draw(st.sampled_from(["market", "limit", "stop"]))
    level = float(draw(st.integers(70, 130)))
    offset = st.integers(1, 20)
    if entry == "market":
        protection = draw(st.sampled_from(["none", "sl", "tp", "sl_tp", "trail"]))
        sl = arrival - sign * draw(offset) if "sl" in protection else np.nan
        tp = arrival + sign * draw(offset) if "tp" in protection else np.nan
        trail = float(draw(offset)) if protection == "trail" else np.nan
        sc = Scenario(long, entry, stop_loss=sl, take_profit=tp, trail=trail)
    elif entry == "limit":
        bracket = draw(st.booleans())
        sl = level - sign * draw(offset) if bracket else np.nan
        tp = level + sign * draw(offset) if bracket else np.nan
        sc = Scenario(long, entry, level=level, stop_loss=sl, take_profit=tp)
    else:
        # a stop entry already through the price it arrives at is refused by the venue
        assume(level > arrival if long else level < arrival)
        sc = Scenario(long, entry, level=level)
    return rows, sc


@settings(max_examples=600, deadline=None)
@given(scenarios())
def test_backtest_and_paper_fill_the_same_orders_on_random_candles(case):
    rows, sc = case
    assert_same_fills(rows, sc)


# -- examples that pin each part of the rule -------------------------------------------------


def test_stop_and_target_in_one_candle_fill_by_the_nearer_extreme_on_both_paths():
    # a long entered at 100 with a stop at 95 and a target at 105
    sc = Scenario(True, "market", stop_loss=95.0, take_profit=105.0)
    low_first = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 106, 94, 101)]
    assert assert_same_fills(low_first, sc).exit == (2, 95.0)
    high_first = [(100, 101, 99, 100), (100, 101, 99, 100), (100, 106, 93, 101)]
    assert assert_same_fills(high_first, sc).exit == (2, 105.0)


def test_a_bracket_entry_is_stopped_later_on_its_own_leg_on_both_paths():
    rows = [(100, 101, 99, 100), (100, 112, 95, 100), (100, 101, 99, 100)]
    sc = Scenario(True, "limit", level=98.0, stop_loss=96.0, take_profit=110.0)
    assert assert_same_fills(rows, sc) == Fills((1, 98.0), (1, 96.0))


def test_a_trailing_stop_lifted_by_an_earlier_high_fills_on_both_paths():
    rows = [(100, 101, 99, 100), (100, 101, 99, 100), (104, 110, 100, 102), (102, 103, 101, 102)]
    sc = Scenario(True, "market", trail=5.0)
    assert assert_same_fills(rows, sc) == Fills((1, 100.0), (2, 105.0))


def test_gaps_fill_stops_at_the_open_and_take_profits_at_their_price_on_both_paths():
    stop_gap = [(100, 101, 99, 100), (100, 101, 99, 100), (90, 92, 88, 91)]
    sc = Scenario(True, "market", stop_loss=95.0, take_profit=105.0)
    assert assert_same_fills(stop_gap, sc).exit == (2, 90.0)
    target_gap = [(100, 101, 99, 100), (100, 101, 99, 100), (110, 112, 109, 111)]
    assert assert_same_fills(target_gap, sc).exit == (2, 105.0)


# -- the shared Binance candles --------------------------------------------------------------


@pytest.mark.parametrize("name", ["binance_spot_ETH-BTC_5m.parquet",
                                  "binance_usdm_XRP-USDT_5m.parquet"])
def test_backtest_and_paper_fill_the_same_orders_on_binance_candles(name):
    """Every scenario kind in many windows of real candles. Prices are counted in ticks (the
    candles times 10^k, exact integers) so the venue's price rounding never enters."""
    c = load_reference(name)
    scale = 1.0
    while not np.allclose(c.close[:2000] * scale, np.round(c.close[:2000] * scale), atol=1e-6):
        scale *= 10.0
    ohlc = np.round(np.column_stack([c.open, c.high, c.low, c.close]) * scale)
    length, windows = 12, 0
    exits = 0
    stride = max(1, (len(ohlc) - length) // 200)  # about 200 windows across the file
    for start in range(0, len(ohlc) - length, stride):
        rows = [tuple(map(float, r)) for r in ohlc[start:start + length]]
        arrival = rows[1][0]
        spread = max(1.0, float(np.median(ohlc[start:start + length, 1]
                                          - ohlc[start:start + length, 2])))
        k = windows % 8
        long = windows % 2 == 0
        sign = 1.0 if long else -1.0
        step = round(spread * (1 + k % 3))
        cases = [
            Scenario(long, "market", stop_loss=arrival - sign * step,
                     take_profit=arrival + sign * step),
            Scenario(long, "market", trail=float(step)),
            Scenario(long, "market", stop_loss=arrival - sign * step),
            Scenario(long, "market", take_profit=arrival + sign * step),
            Scenario(long, "limit", level=arrival - sign * step,
                     stop_loss=arrival - 2 * sign * step, take_profit=arrival + sign * step),
            Scenario(long, "limit", level=arrival - sign * step),
            Scenario(long, "stop", level=arrival + sign * step),
        ]
        for sc in cases:
            fills = assert_same_fills(rows, sc)
            exits += fills.exit is not None
        windows += 1
    assert windows >= 200 and exits > windows  # the scenarios did exit, often
