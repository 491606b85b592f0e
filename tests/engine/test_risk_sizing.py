"""Live sizing through the engine on the paper account: the backtester's modes, computed by the
same formula (desktop/risk/sizing.py) from the account's equity, funds and history."""

from __future__ import annotations

import math

import pytest

from desktop.core import InvalidOrder, Side
from desktop.engine.risk_sizing import trade_record
from tests.engine import test_risk_order_paths as paths
from tests.engine.test_risk_order_paths import SYMBOL, buy, run

paper = paths.paper  # the first-launch paper account on the demo market (fixture)


def test_each_mode_sizes_from_equity_price_and_stop(paper):
    rt, account_id, _, _ = paper
    client = rt.client
    tick = run(client.call(rt.engine.accounts.venue(account_id).fetch_ticker, SYMBOL))
    price = tick.last
    equity = 10_000.0  # the paper account's starting cash, nothing held yet
    fee = 1 + next(m for m in run(client.trade_markets(account_id))
                   if m.symbol == SYMBOL).taker_fee

    def size(mode, value, **kw):
        return run(client.risk_size(account_id, SYMBOL, Side.BUY, mode, value, price=price,
                                    **kw))

    step = 1e-5
    assert size("pct", 10) == pytest.approx(math.floor(equity * 0.10 / (price * fee) / step)
                                            * step, abs=step)
    stop = price * 0.98
    assert size("risk", 1, stop=stop) == pytest.approx(
        math.floor(min(equity / (price * fee), equity * 0.01 / (price - stop)) / step) * step,
        abs=step)
    assert size("fixed", 0.05) == pytest.approx(0.05)
    assert size("kelly", 0.5) == pytest.approx(  # before 20 trades: the 10 % default
        math.floor(equity * 0.10 / (price * fee) / step) * step, abs=step)
    assert 0 < size("vol", 20) <= equity / (price * fee)
    with pytest.raises(InvalidOrder, match="needs a stop-loss price"):
        size("risk", 1)
    with pytest.raises(InvalidOrder, match="above zero"):
        size("pct", 0)
    # The size is a real order: it passes the market's checks.
    run(client.trade_place(account_id, buy(size("pct", 10))))


def test_the_trade_record_counts_closing_fills_by_their_result():
    from desktop.core import Fill

    def fill(i, side, price):
        return Fill(f"f{i}", f"o{i}", f"c{i}", SYMBOL, side, price, 1.0, 0.0, "USDT", i,
                    account="a")

    fills = [fill(1, Side.BUY, 100), fill(2, Side.SELL, 110),  # +10
             fill(3, Side.BUY, 100), fill(4, Side.SELL, 95),  # -5
             fill(5, Side.SELL, 100), fill(6, Side.BUY, 90)]  # short +10
    assert trade_record(fills) == (2, 1, 20.0, 5.0)
