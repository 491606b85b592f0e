"""Position accounting: hand-computed cases, properties, and the same fills booked three ways.

The cross-check runs a real backtest of a built-in strategy on Binance ETH/BTC candles, then
books the very same fills (a) as the backtester's trades report them, (b) through the paper
venue executing those orders at those prices and a PositionBook over its fills, and (c) through
a PositionBook directly: realized P&L and fees agree far below a cent.
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.accounting import PositionBook, PositionBooks, apply_fill, split_symbol
from desktop.backtest import BacktestConfig, SizeMode, Sizing, fill_loop, run_backtest
from desktop.core import Candles, Fill, Market, OrderRequest, OrderType, Side, Tick
from desktop.venues.paper import PaperVenue
from strategies.builtin import DonchianBreakout

DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BUY, SELL = Side.BUY, Side.SELL


def _book(*fills: tuple[Side, float, float, float]) -> tuple[PositionBook, list[float]]:
    book = PositionBook("BTC/USDT")
    deltas = [book.apply_fill(side, amount, price, fee) for side, amount, price, fee in fills]
    return book, deltas


# -- hand-computed cases ---------------------------------------------------------------------


def test_open_add_partial_close_full_close():
    book, deltas = _book(
        (BUY, 2.0, 100.0, 0.2),  # open: the fee is realized at once
        (BUY, 1.0, 130.0, 0.13),  # add: entry (200 + 130) / 3 = 110
        (SELL, 1.0, 120.0, 0.12),  # partial close: (120 - 110) * 1 - 0.12
        (SELL, 2.0, 105.0, 0.21),  # full close: (105 - 110) * 2 - 0.21
    )
    assert deltas == pytest.approx([-0.2, -0.13, 9.88, -10.21], abs=1e-12)
    assert book.amount == 0.0
    assert book.entry_price == 0.0
    assert book.fees == pytest.approx(0.66, abs=1e-12)
    assert book.realized_pnl == pytest.approx(-0.66 + 10.0 - 10.0, abs=1e-12)


def test_entry_price_after_add_and_partial_close():
    book, _ = _book((BUY, 2.0, 100.0, 0.0), (BUY, 1.0, 130.0, 0.0), (SELL, 1.0, 120.0, 0.0))
    assert book.amount == 2.0
    assert book.entry_price == pytest.approx(110.0, rel=1e-15)  # a close keeps the basis


def test_short_profit_and_loss():
    book, deltas = _book((SELL, 2.0, 50.0, 0.1), (BUY, 0.5, 40.0, 0.02), (BUY, 1.5, 55.0, 0.08))
    # short 2 @ 50; cover 0.5 @ 40: +5; cover 1.5 @ 55: -7.5
    assert deltas == pytest.approx([-0.1, 5.0 - 0.02, -7.5 - 0.08], abs=1e-12)
    assert book.amount == 0.0
    assert book.realized_pnl == pytest.approx(-2.5 - 0.2, abs=1e-12)


def test_flip_long_to_short_closes_at_the_fill_price_and_opens_the_rest_there():
    book, deltas = _book((BUY, 1.0, 100.0, 0.1), (SELL, 3.0, 90.0, 0.27))
    assert deltas[1] == pytest.approx(-10.0 - 0.27, abs=1e-12)
    assert book.amount == -2.0
    assert book.entry_price == 90.0
    book.mark(80.0)
    assert book.unrealized_pnl() == pytest.approx(20.0, abs=1e-12)
    assert book.realized_pnl == pytest.approx(-10.0 - 0.37, abs=1e-12)


def test_flip_short_to_long():
    book, deltas = _book((SELL, 2.0, 100.0, 0.0), (BUY, 5.0, 110.0, 0.0))
    assert deltas[1] == pytest.approx(-20.0, abs=1e-12)
    assert (book.amount, book.entry_price) == (3.0, 110.0)


def test_fees_on_each_side_and_maker_rebates():
    book, deltas = _book((BUY, 1.0, 100.0, 0.1), (SELL, 1.0, 100.0, -0.02))
    # a round trip at one price loses exactly the fees; a rebate (negative fee) earns
    assert deltas == pytest.approx([-0.1, 0.02], abs=1e-15)
    assert book.realized_pnl == pytest.approx(-0.08, abs=1e-15)
    assert book.fees == pytest.approx(0.08, abs=1e-15)


def test_many_small_fills_average_like_one_big_fill():
    prices = [100.0 + 0.37 * k for k in range(10)]
    small, _ = _book(*[(BUY, 0.1, p, 0.0) for p in prices])
    vwap = sum(0.1 * p for p in prices) / 1.0
    big, _ = _book((BUY, 1.0, vwap, 0.0))
    assert small.amount == pytest.approx(big.amount, rel=1e-14)
    assert small.entry_price == pytest.approx(big.entry_price, rel=1e-14)
    small.apply_fill(SELL, small.amount, 120.0, 0.0)
    big.apply_fill(SELL, 1.0, 120.0, 0.0)
    assert small.realized_pnl == pytest.approx(big.realized_pnl, rel=1e-12)


def test_float_dust_of_a_full_close_leaves_the_position_flat():
    book, _ = _book((BUY, 0.1, 10.0, 0.0), (BUY, 0.2, 10.0, 0.0), (SELL, 0.3, 11.0, 0.0))
    assert book.amount == 0.0  # 0.1 + 0.2 - 0.3 would leave 5.5e-17 long
    assert book.realized_pnl == pytest.approx(0.3, abs=1e-12)


def test_bad_fills_are_refused_and_change_nothing():
    book, _ = _book((BUY, 1.0, 100.0, 0.1))
    for amount, price, fee in ((0.0, 1.0, 0.0), (-1.0, 1.0, 0.0), (1.0, math.nan, 0.0),
                               (1.0, 1.0, math.inf)):
        with pytest.raises(ValueError):
            book.apply_fill(BUY, amount, price, fee)
    assert (book.amount, book.entry_price, book.fees) == (1.0, 100.0, 0.1)


def _fill(n: int, side: Side, amount: float, price: float, fee: float, currency: str,
          symbol: str = "ETH/USDT", account: str = "acc-1") -> Fill:
    return Fill(f"f{n}", f"o{n}", f"c{n}", symbol, side, price, amount, fee, currency, n,
                account=account, venue="paper")


def test_books_per_account_and_symbol_with_fee_currencies_and_marks():
    books = PositionBooks()
    books.apply(_fill(1, BUY, 2.0, 1000.0, 2.0, "USDT"))
    # fee in base: 0.001 * 1100 USDT, and 0.999 ETH received
    books.apply(_fill(2, BUY, 1.0, 1100.0, 0.001, "ETH"))
    books.apply(_fill(3, BUY, 1.0, 1200.0, 0.05, "BNB"))  # unknown value: kept aside
    books.apply(_fill(4, SELL, 1.0, 50.0, 0.05, "USDT", symbol="XRP/USDT:USDT"))
    books.apply(_fill(5, BUY, 1.0, 1000.0, 1.0, "USDT", account="acc-2"))
    eth = books.book("acc-1", "ETH/USDT")
    assert eth.amount == pytest.approx(3.999, rel=1e-15)
    assert eth.entry_price == pytest.approx((2000.0 + 0.999 * 1100 + 1200) / 3.999, rel=1e-15)
    assert eth.fees == pytest.approx(3.1, rel=1e-15)
    assert eth.other_fees == {"BNB": 0.05}
    assert [b.account for b in books.mark("ETH/USDT", 1100.0)] == ["acc-1", "acc-2"]
    positions = {(p.account, p.symbol): p for p in books.positions()}
    p = positions[("acc-1", "ETH/USDT")]
    assert p.mark_price == 1100.0
    assert p.unrealized_pnl == pytest.approx(100.0, rel=1e-12)
    assert p.total_pnl == pytest.approx(100.0 - 3.1, rel=1e-12)
    assert p.notional == pytest.approx(4398.9, rel=1e-15)
    assert p.percent_of_equity(11_000.0) == pytest.approx(39.99, rel=1e-12)
    assert math.isnan(p.percent_of_equity(0.0))
    short = positions[("acc-1", "XRP/USDT:USDT")]
    assert (short.amount, short.unrealized_pnl) == (-1.0, 0.0)  # no mark yet: no P&L shown
    assert short.notional == -50.0
    assert [q.symbol for q in books.positions("acc-2")] == ["ETH/USDT"]


def test_a_spot_buy_whose_fee_is_in_base_holds_what_was_received():
    """Binance without BNB keeps a buy's fee out of the coins bought: the position is what the
    account holds, so closing it sells exactly that (the gross amount would be refused), and
    P&L still counts the fee once. A perpetual's fee moves no coins."""
    books = PositionBooks()
    books.apply(_fill(1, BUY, 2.0, 1000.0, 0.002, "ETH"))
    eth = books.book("acc-1", "ETH/USDT")
    assert (eth.amount, eth.entry_price) == (1.998, 1000.0)
    assert eth.realized_pnl == pytest.approx(-2.0, rel=1e-15)  # 0.002 ETH at 1000
    books.apply(_fill(2, SELL, 1.998, 1100.0, 2.1978, "USDT"))
    assert eth.amount == 0.0
    assert eth.realized_pnl == pytest.approx(-2.0 + 1.998 * 100 - 2.1978, rel=1e-12)
    books.apply(_fill(3, BUY, 2.0, 50.0, 0.002, "XRP", symbol="XRP/USDT:USDT"))
    assert books.book("acc-1", "XRP/USDT:USDT").amount == 2.0


def test_a_restored_snapshot_continues_exactly():
    direct, _ = _book((BUY, 3.0, 100.0, 0.3), (SELL, 1.0, 110.0, 0.11), (SELL, 4.0, 90.0, 0.36))
    first, _ = _book((BUY, 3.0, 100.0, 0.3), (SELL, 1.0, 110.0, 0.11))
    books = PositionBooks()
    resumed = books.restore(first.position())
    resumed.apply_fill(SELL, 4.0, 90.0, 0.36)
    assert resumed.position() == direct.position()


def test_split_symbol():
    assert split_symbol("BTC/USDT") == ("BTC", "USDT")
    assert split_symbol("XRP/USDT:USDT") == ("XRP", "USDT")


# -- properties ------------------------------------------------------------------------------

fills_strategy = st.lists(
    st.tuples(
        st.sampled_from([1.0, -1.0]),
        st.floats(0.001, 100.0),  # amount
        st.floats(0.01, 1000.0),  # price
        st.floats(-0.0005, 0.002),  # fee rate (negative: a maker rebate)
    ),
    min_size=1,
    max_size=40,
)


def _run(fills):
    amount = entry = realized = fees = 0.0
    cash = 0.0  # quote paid and received for units, fees apart
    scale = 1.0
    for sign, qty, price, rate in fills:
        fee = qty * price * rate
        amount, entry, realized, fees, _ = apply_fill(
            amount, entry, realized, fees, sign, qty, price, fee
        )
        cash -= sign * qty * price
        scale += qty * price
    return amount, entry, realized, fees, cash, scale


@settings(max_examples=300, deadline=None)
@given(fills_strategy, st.floats(0.01, 1000.0))
def test_realized_plus_unrealized_is_the_mark_to_market_change_minus_fees(fills, mark):
    amount, entry, realized, fees, cash, scale = _run(fills)
    unrealized = (mark - entry) * amount
    mtm_change = cash + amount * mark
    scale += abs(amount) * mark
    assert realized + unrealized == pytest.approx(mtm_change - fees, abs=1e-9 * scale)


@settings(max_examples=300, deadline=None)
@given(fills_strategy, st.floats(0.01, 1000.0), st.floats(0.0, 0.002))
def test_closing_everything_leaves_nothing_and_realizes_the_cash_change(fills, price, rate):
    amount, entry, realized, fees, cash, scale = _run(fills)
    if amount != 0.0:
        qty = abs(amount)
        fee = qty * price * rate
        sign = -1.0 if amount > 0 else 1.0
        amount, entry, realized, fees, _ = apply_fill(
            amount, entry, realized, fees, sign, qty, price, fee
        )
        cash -= sign * qty * price
        scale += qty * price
    assert amount == 0.0 and entry == 0.0
    assert realized == pytest.approx(cash - fees, abs=1e-9 * scale)


@settings(max_examples=200, deadline=None)
@given(fills_strategy)
def test_the_backtesters_compiled_kernel_books_exactly_what_python_books(fills):
    py = nb = (0.0, 0.0, 0.0, 0.0)
    for sign, qty, price, rate in fills:
        fee = qty * price * rate
        py = apply_fill(*py[:4], sign, qty, price, fee)
        nb = fill_loop.apply_fill(*nb[:4], sign, qty, price, fee)
        assert py == nb  # to the bit


# -- the same fills three ways ----------------------------------------------------------------

FEE_BPS = 10.0
SYMBOL = "ETH/BTC"
MARKET = Market(SYMBOL, "ETH", "BTC", price_tick=1e-6, amount_step=0.001,
                maker_fee=FEE_BPS / 1e4, taker_fee=FEE_BPS / 1e4, venue="paper")


@pytest.fixture(scope="module")
def backtest():
    path = DATA_DIR / "binance_spot_ETH-BTC_5m.parquet"
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path).iloc[:30_000]
    candles = Candles.from_arrays(df.timestamp, df.open, df.high, df.low, df.close, df.volume)
    # Long and short, stop-losses, and (exit channel == entry channel) an exit and the
    # opposite entry at one open: a reversal. Fixed 5 ETH (a multiple of the step, so the
    # paper venue takes the amounts as they are) and no slippage (fills at exact prices).
    config = BacktestConfig(taker_fee_bps=FEE_BPS, maker_fee_bps=FEE_BPS,
                            sizing=Sizing(SizeMode.FIXED, 5.0))
    result = run_backtest(DonchianBreakout, {"exit_period": 20}, candles, config)
    trades = result.trades
    assert len(trades) > 50
    assert {"stop_loss", "signal"} <= set(trades.exit_reason)
    assert {1, -1} == set(trades.side.tolist())
    return result


def _fills_of(trades) -> list[tuple[Side, float, float, float]]:
    """The backtest's fills in time order: each trade's entry, then its exit."""
    rate = FEE_BPS / 1e4
    fills = []
    for k in range(len(trades)):
        size = float(trades.size[k])
        long = trades.side[k] > 0
        entry, exit_ = float(trades.entry_price[k]), float(trades.exit_price[k])
        entry_fee, exit_fee = size * entry * rate, size * exit_ * rate
        assert entry_fee + exit_fee == trades.fees[k]  # the backtester's own fee, to the bit
        fills.append((BUY if long else SELL, size, entry, entry_fee))
        fills.append((SELL if long else BUY, size, exit_, exit_fee))
    return fills


def _merge_reversals(fills):
    """A reversal's close and open at one price, as one order through zero (the flip path)."""
    merged = [fills[0]]
    for side, amount, price, fee in fills[1:]:
        last = merged[-1]
        if last[0] is side and last[2] == price:
            merged[-1] = (side, last[1] + amount, price, last[3] + fee)
        else:
            merged.append((side, amount, price, fee))
    return merged


async def _paper_fills(fills) -> tuple[list[Fill], dict[str, float]]:
    venue = PaperVenue([MARKET], {"BTC": 10_000.0, "ETH": 1_000.0})
    ts = 1_700_000_000_000
    for n, (side, amount, price, _) in enumerate(fills):
        ts += 1
        # One price, both sides of the book, unlimited size: a market order fills right there.
        venue.on_tick(Tick(SYMBOL, ts, price, price, price, venue="paper"))
        await venue.create_order(OrderRequest(SYMBOL, side, OrderType.MARKET, amount,
                                              client_order_id=f"bt-{n}"))
    balances = {b.currency: b.total for b in await venue.fetch_balances()}
    return await venue.fetch_my_trades(SYMBOL), balances


def test_backtest_paper_and_position_book_agree_on_the_same_fills(backtest):
    trades = backtest.trades
    fills = _fills_of(trades)
    # (a) the backtester's trades
    bt_realized = math.fsum(trades.pnl)
    bt_fees = math.fsum(trades.fees)
    # (b) the paper venue executes the same orders; a PositionBook books its fills
    paper_fills, balances = asyncio.run(_paper_fills(fills))
    assert len(paper_fills) == len(fills)
    assert [(f.side, f.amount, f.price, f.fee) for f in paper_fills] == fills
    paper = PositionBooks()
    for f in paper_fills:
        paper.apply(f)
    paper_book = paper.book("", SYMBOL)
    # (c) a PositionBook directly, each reversal booked as one fill through zero
    direct = PositionBook(SYMBOL)
    for side, amount, price, fee in _merge_reversals(fills):
        direct.apply_fill(side, amount, price, fee)
    assert len(fills) - len(_merge_reversals(fills)) > 10  # the flip path was taken

    assert paper_book.amount == 0.0 and direct.amount == 0.0
    assert paper_book.fees == pytest.approx(bt_fees, abs=1e-12)
    assert direct.fees == pytest.approx(bt_fees, abs=1e-12)
    assert paper_book.realized_pnl == pytest.approx(bt_realized, abs=1e-12)
    assert direct.realized_pnl == pytest.approx(bt_realized, abs=1e-12)
    # everything closed: realized P&L is the account's change in quote, and the backtest's
    assert balances["BTC"] - 10_000.0 == pytest.approx(paper_book.realized_pnl, abs=1e-9)
    assert balances["ETH"] == pytest.approx(1_000.0, abs=1e-12)
    assert backtest.equity[-1] - 10_000.0 == pytest.approx(bt_realized, abs=1e-9)


def test_each_backtest_trade_is_its_fills_realized_pnl(backtest):
    trades = backtest.trades
    fills = _fills_of(trades)
    book = PositionBook(SYMBOL)
    deltas = [book.apply_fill(*f) for f in fills]
    per_trade = np.add(deltas[0::2], deltas[1::2])
    np.testing.assert_allclose(per_trade, trades.pnl, rtol=0, atol=1e-13)
