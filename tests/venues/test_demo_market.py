"""The demo market a trader sees offline: plausible, consistent, deterministic, live."""

from __future__ import annotations

import asyncio
import itertools
import warnings

import numpy as np
import pytest

from desktop.core import BarEvent, BookEvent, Event, TickEvent
from desktop.core.timeframes import MINUTE_MS
from desktop.venues.demo_market import DemoMarket
from desktop.venues.feed import MarketFeed, VirtualClock

NOW_MS = 1_763_700_017_300  # 2025-11-21 04:40:17.3 UTC: mid-minute on purpose
SYMBOLS = ["BTC/USDT", "ETH/USDT", "SOL/USDT", "BNB/USDT", "XRP/USDT", "ADA/USDT"]
PLAUSIBLE = {
    "BTC/USDT": (60_000, 100_000),
    "ETH/USDT": (2_000, 4_000),
    "SOL/USDT": (100, 250),
    "BNB/USDT": (400, 700),
    "XRP/USDT": (0.4, 1.0),
    "ADA/USDT": (0.3, 0.8),
}


@pytest.fixture(scope="module")
def month() -> DemoMarket:
    return DemoMarket(seed=7, days=30, now_ms=NOW_MS)


def run_for(market: DemoMarket, clock: VirtualClock, seconds: float) -> list[Event]:
    """Stream `seconds` of virtual time, then cancel the feed as the engine would."""
    events: list[Event] = []

    async def scenario() -> None:
        task = asyncio.create_task(market.run(events.append))
        end = clock() + seconds
        while clock() < end:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    return events


def live_market(seed: int = 7, days: int = 2) -> tuple[DemoMarket, VirtualClock]:
    clock = VirtualClock(NOW_MS / 1000)
    return DemoMarket(seed=seed, days=days, now_ms=NOW_MS, clock=clock), clock


def log_returns(market: DemoMarket, symbol: str) -> np.ndarray:
    return np.diff(np.log(market.history_1m(symbol).close))


def test_is_a_market_feed_with_binance_like_markets(month):
    assert isinstance(month, MarketFeed)
    markets = {m.symbol: m for m in month.markets() if not m.contract}
    assert list(markets) == SYMBOLS
    perpetuals = [m.symbol for m in month.markets() if m.contract]
    assert perpetuals == ["BTC/USDT:USDT", "ETH/USDT:USDT"]  # demo_perpetuals.py
    btc = markets["BTC/USDT"]
    assert (btc.price_tick, btc.amount_step, btc.min_notional) == (0.01, 0.00001, 5.0)
    assert markets["XRP/USDT"].price_tick == 0.0001
    assert all(m.venue == "demo" and m.quote == "USDT" for m in markets.values())


def test_history_is_thirty_days_of_minutes_ending_before_the_current_minute(month):
    current_minute = NOW_MS - NOW_MS % MINUTE_MS
    for symbol in SYMBOLS:
        c = month.history_1m(symbol)
        assert len(c) == 30 * 1440
        assert c.ts[-1] == current_minute - MINUTE_MS
        assert np.all(np.diff(c.ts) == MINUTE_MS)
        assert month.forming_bar(symbol).ts == current_minute
        assert month.forming_bar(symbol).open == c.close[-1]


def test_candles_are_consistent_on_the_price_grid_at_plausible_prices(month):
    for market in month.markets():
        c = month.history_1m(market.symbol)
        assert np.all(c.low <= np.minimum(c.open, c.close))
        assert np.all(c.high >= np.maximum(c.open, c.close))
        assert np.all(c.volume > 0)
        assert np.array_equal(c.open[1:], c.close[:-1])
        units = c.close / market.price_tick
        assert np.allclose(units, np.round(units), rtol=0, atol=1e-6)
        low, high = PLAUSIBLE[market.symbol.split(":")[0]]  # a perpetual trades at its index
        assert low <= c.low.min() and c.high.max() <= high, market.symbol


def test_returns_are_correlated_like_crypto(month):
    btc, eth = log_returns(month, "BTC/USDT"), log_returns(month, "ETH/USDT")
    assert 0.5 <= np.corrcoef(btc, eth)[0, 1] <= 0.85
    corr = np.corrcoef([log_returns(month, s) for s in SYMBOLS])
    off_diagonal = corr[~np.eye(len(SYMBOLS), dtype=bool)]
    assert off_diagonal.min() > 0.35 and off_diagonal.max() < 0.9


def test_volatility_clusters(month):
    squared = log_returns(month, "BTC/USDT") ** 2

    def lag1(x: np.ndarray) -> float:
        return float(np.corrcoef(x[:-1], x[1:])[0, 1])

    # White noise would give ~0 +- 0.005 for 43,200 samples; shuffling destroys the clusters.
    shuffled = np.random.default_rng(0).permutation(squared)
    assert lag1(squared) > 0.02
    assert abs(lag1(shuffled)) < 0.02


def test_same_seed_same_history_other_seed_other_history():
    a = DemoMarket(seed=3, days=2, now_ms=NOW_MS)
    b = DemoMarket(seed=3, days=2, now_ms=NOW_MS)
    c = DemoMarket(seed=4, days=2, now_ms=NOW_MS)
    for symbol in SYMBOLS:
        ha, hb, hc = a.history_1m(symbol), b.history_1m(symbol), c.history_1m(symbol)
        for col in ("ts", "open", "high", "low", "close", "volume"):
            assert np.array_equal(getattr(ha, col), getattr(hb, col))
        assert not np.array_equal(ha.close, hc.close)


def test_same_seed_same_tick_sequence():
    first = run_for(*live_market(seed=5), 20)
    second = run_for(*live_market(seed=5), 20)
    other = run_for(*live_market(seed=6), 20)
    assert len(first) > 1000
    assert first == second
    assert first != other


def test_spread_is_positive_and_the_book_is_sorted(month):
    for market in month.markets():
        book = month.order_book(market.symbol)
        tick = month.last_tick(market.symbol)
        assert len(book.bids) == 20 and len(book.asks) == 20
        bid_prices = [p for p, _ in book.bids]
        ask_prices = [p for p, _ in book.asks]
        assert bid_prices == sorted(bid_prices, reverse=True) and len(set(bid_prices)) == 20
        assert ask_prices == sorted(ask_prices) and len(set(ask_prices)) == 20
        assert book.best_bid < book.best_ask
        assert all(size >= market.amount_step for _, size in book.bids + book.asks)
        assert tick.ask - tick.bid >= market.price_tick * 0.999
        # A BTC spread of a few dollars, an alt's of a few ticks: never absurdly wide.
        assert 0 < tick.spread_bps < 20


def test_live_stream_ticks_builds_and_closes_each_minute_exactly_once():
    market, clock = live_market()
    history_before = len(market.history_1m("BTC/USDT"))
    events = run_for(market, clock, 150)  # 17.3 s into a minute + 150 s: crosses 2 boundaries
    ticks = [e.tick for e in events if isinstance(e, TickEvent)]
    books = [e for e in events if isinstance(e, BookEvent)]
    for symbol in SYMBOLS:
        mine = [t for t in ticks if t.symbol == symbol]
        rate = len(mine) / 150
        assert 5 <= rate <= 10, (symbol, rate)
        assert all(a.ts < b.ts for a, b in itertools.pairwise(mine))
        assert all(t.bid <= t.last <= t.ask and t.bid < t.ask for t in mine)
        bars = [e for e in events if isinstance(e, BarEvent) and e.symbol == symbol]
        closed = [e.bar for e in bars if e.closed]
        assert [b.ts for b in closed] == [
            NOW_MS // MINUTE_MS * MINUTE_MS + i * MINUTE_MS for i in range(2)
        ]
        for bar in closed:
            forming = [e.bar for e in bars if not e.closed and e.bar.ts == bar.ts]
            assert forming[-1] == bar  # the close is the candle the chart was building
            assert bar.low <= min(bar.open, bar.close) <= max(bar.open, bar.close) <= bar.high
            assert bar.volume > 0
        history = market.history_1m(symbol)
        assert len(history) == history_before + 2
        assert history.ts[-1] == closed[-1].ts and history.close[-1] == closed[-1].close
        assert market.forming_bar(symbol).open == closed[-1].close
    assert len(books) == len(ticks)
    assert market.last_tick("BTC/USDT") == [t for t in ticks if t.symbol == "BTC/USDT"][-1]


def test_24h_statistics_follow_the_rolling_window():
    market, clock = live_market()
    run_for(market, clock, 75)
    for symbol in ("BTC/USDT", "ADA/USDT"):
        tick = market.last_tick(symbol)
        history = market.history_1m(symbol)
        window = history.slice(len(history) - 1439, len(history))
        typical = (window.open + window.high + window.low + window.close) / 4
        forming = market.forming_bar(symbol)
        expected_volume = float(np.sum(window.volume * typical)) + forming.volume * tick.last
        assert tick.volume_24h == pytest.approx(expected_volume, rel=2e-3)
        assert tick.change_24h_pct == pytest.approx((tick.last / window.open[0] - 1) * 100)


def test_cancellation_is_clean_and_a_new_run_continues():
    market, clock = live_market()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = run_for(market, clock, 50)
        second = run_for(market, clock, 60)  # 17.3 s + 110 s crosses two minute boundaries
    closed = [
        e.bar.ts
        for e in first + second
        if isinstance(e, BarEvent) and e.closed and e.symbol == "ETH/USDT"
    ]
    assert closed == sorted(set(closed)) and len(closed) == 2
    history = market.history_1m("ETH/USDT")
    assert np.all(np.diff(history.ts) == MINUTE_MS)


def test_a_long_stall_is_filled_with_whole_candles_without_gaps():
    market, clock = live_market()
    clock.advance(10 * 60 + 5)  # the laptop slept for ten minutes before the stream started
    events = run_for(market, clock, 30)
    history = market.history_1m("SOL/USDT")
    assert np.all(np.diff(history.ts) == MINUTE_MS)
    now_minute = int(clock() * 1000) // MINUTE_MS * MINUTE_MS
    assert market.forming_bar("SOL/USDT").ts == now_minute
    assert history.ts[-1] == now_minute - MINUTE_MS
    closed = [e for e in events if isinstance(e, BarEvent) and e.closed and e.symbol in SYMBOLS]
    assert len(closed) == 10 * len(SYMBOLS)
    assert all(e.bar.volume > 0 for e in closed)


def test_unknown_symbol_is_named(month):
    with pytest.raises(KeyError, match="DOGE/USDT"):
        month.history_1m("DOGE/USDT")


def test_a_stall_longer_than_a_day_leaves_a_gap_instead_of_stalling_the_loop():
    market, clock = live_market()
    clock.advance(3 * 86_400)
    events = run_for(market, clock, 5)
    closed = [e for e in events if isinstance(e, BarEvent) and e.closed and e.symbol in SYMBOLS]
    assert len(closed) == 1440 * len(SYMBOLS) + len(SYMBOLS)  # the interrupted minute + a day
    steps = np.diff(market.history_1m("BTC/USDT").ts)
    assert np.count_nonzero(steps != MINUTE_MS) == 1  # one gap, then a contiguous last day


def test_spread_widens_when_volatility_rises():
    from desktop.venues.demo_book import quote
    from desktop.venues.demo_specs import DEMO_SPECS

    eth = next(s for s in DEMO_SPECS if s.symbol == "ETH/USDT")
    calm_bid, calm_ask = quote(eth, 3000.0, 1.0)
    wild_bid, wild_ask = quote(eth, 3000.0, 4.0)
    assert wild_ask - wild_bid > 3 * (calm_ask - calm_bid) > 0
    assert calm_bid < 3000.0 < calm_ask


def test_book_depth_is_plausible_in_money(month):
    for symbol in SYMBOLS:
        book = month.order_book(symbol)
        top = book.bids[0][0] * book.bids[0][1]
        depth = sum(p * a for p, a in book.bids + book.asks)
        # Top level worth hundreds to tens of thousands of USDT; the 20 levels a few 100k-1M.
        assert 100 < top < 200_000, (symbol, top)
        assert 50_000 < depth < 5_000_000, (symbol, depth)


def test_history_handed_out_cannot_be_edited_by_a_reader(month):
    history = month.history_1m("BTC/USDT")
    with pytest.raises(ValueError):
        history.close[-1] = 0.0
