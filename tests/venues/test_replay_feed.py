"""Replaying real exchange candles as a live market."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from desktop.core import BarEvent, BookEvent, Candles, Event, ReplayStateEvent, TickEvent
from desktop.data.candle_files import load_candles
from desktop.venues.feed import MarketFeed, VirtualClock
from desktop.venues.replay_feed import ReplayFeed

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"reference market data not found at {DATA} (see DESIGN.md)"
)
FILES = {
    "binance_spot_ETH-BTC_5m.parquet": "ETH/BTC",
    "binance_spot_ETH-BTC_5m.csv": "ETH/BTC",
    "binance_spot_XRP-ETH_1m.parquet": "XRP/ETH",
    "binance_usdm_XRP-USDT_5m.parquet": "XRP/USDT:USDT",
}


def small_file() -> Candles:
    """Six 1m candles: up, down, flat-ish; enough to watch every transition."""
    ts = 1_700_000_000_000 - 1_700_000_000_000 % 60_000 + np.arange(6) * 60_000
    return Candles.from_arrays(
        ts,
        [100.0, 101.0, 99.0, 99.5, 102.0, 101.0],
        [101.5, 101.2, 100.0, 102.5, 102.4, 101.3],
        [99.5, 98.7, 98.9, 99.1, 100.8, 100.9],
        [101.0, 99.0, 99.5, 102.0, 101.0, 101.2],
        [10.0, 12.5, 3.0, 40.0, 7.0, 1.0],
    )


async def drive(
    feed: ReplayFeed, events: list[Event], until: Callable[[], bool], limit: int = 1_000_000
) -> None:
    """Let the feed's task run until `until()` holds (or `limit` loop turns pass)."""
    for _ in range(limit):
        if until():
            return
        await asyncio.sleep(0)


def play(feed: ReplayFeed, script: Callable[..., object]) -> list[Event]:
    events: list[Event] = []

    async def scenario() -> None:
        task = asyncio.create_task(feed.run(events.append))
        await script(feed, events)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    return events


def closed_bars(events: list[Event]):
    return [e.bar for e in events if isinstance(e, BarEvent) and e.closed]


def assert_rows_equal(bars, candles: Candles, start: int) -> None:
    assert len(bars) == len(candles) - start
    for col in ("ts", "open", "high", "low", "close", "volume"):
        played = np.array([getattr(b, col) for b in bars])
        assert np.array_equal(played, getattr(candles, col)[start:]), col


@needs_data
@pytest.mark.parametrize("name", list(FILES))
def test_replay_plays_every_file_row_exactly(name):
    candles = load_candles(DATA / name)
    clock = VirtualClock(0)
    feed = ReplayFeed(candles, FILES[name], speed=1000, clock=clock)
    start = feed.position
    assert start == len(candles) // 10
    assert len(feed.history_1m(FILES[name])) == start

    seen_while_jumping: set[int] = set()

    async def script(feed, events):
        await drive(feed, events, lambda: feed.position >= start + 25)  # played live
        feed.step(feed.total)  # then the rest at once
        jumped_from = feed.position

        def done() -> bool:
            seen_while_jumping.add(feed.position)
            return feed.position == feed.total

        await drive(feed, events, done)
        seen_while_jumping.discard(jumped_from)

    events = play(feed, script)
    # The jump yields to the loop in between: other tasks (the UI bridge) keep running.
    assert len(seen_while_jumping) >= (len(candles) - start) // 200
    assert_rows_equal(closed_bars(events), candles, start)
    history = feed.history_1m(FILES[name])
    assert np.array_equal(history.ts, candles.ts) and np.array_equal(history.close, candles.close)
    assert feed.paused  # the end of the file stops the replay
    last_state = [e for e in events if isinstance(e, ReplayStateEvent)][-1]
    assert (last_state.position, last_state.total, last_state.paused) == (
        len(candles),
        len(candles),
        True,
    )


def test_forming_candle_builds_along_a_plausible_path():
    candles = small_file()
    feed = ReplayFeed(candles, "TST/USDT", speed=60, clock=VirtualClock(0), start_index=0)

    async def script(feed, events):
        await drive(feed, events, lambda: feed.position == 5)

    events = play(feed, script)
    for i in range(5):
        forming = [
            e.bar
            for e in events
            if isinstance(e, BarEvent) and not e.closed and e.bar.ts == candles.ts[i]
        ]
        prices = [b.close for b in forming]
        o, h, lo, c = candles.open[i], candles.high[i], candles.low[i], candles.close[i]
        assert len(forming) >= 4 and prices[0] == o and prices[-1] == c
        assert all(lo <= p <= h for p in prices)
        assert all(b.low >= lo and b.high <= h and b.open == o for b in forming)
        volumes = [b.volume for b in forming]
        assert volumes == sorted(volumes) and volumes[-1] == candles.volume[i]
        first_low, first_high = prices.index(lo), prices.index(h)
        # A rising candle dips first then rallies; a falling one rallies first then drops.
        assert (first_low < first_high) if c >= o else (first_high < first_low)
    ticks = [e.tick for e in events if isinstance(e, TickEvent)]
    assert all(t.bid < t.ask and t.bid <= t.last <= t.ask for t in ticks)
    assert all(ticks[k].ts <= ticks[k + 1].ts for k in range(len(ticks) - 1))
    assert len([e for e in events if isinstance(e, BookEvent)]) == len(ticks)


def test_speed_sets_how_long_a_candle_takes():
    for speed, seconds in ((1, 60.0), (10, 6.0), (1000, 0.06)):
        clock = VirtualClock(0)
        feed = ReplayFeed(small_file(), "TST/USDT", speed=speed, clock=clock, start_index=0)
        closes: list[float] = []

        async def script(feed, events, closes=closes, clock=clock):
            seen = 0
            while feed.position < 3:
                await asyncio.sleep(0)
                if feed.position > seen:
                    seen = feed.position
                    closes.append(clock())

        play(feed, script)
        assert np.diff(closes) == pytest.approx([seconds, seconds], rel=1e-6)


@pytest.mark.parametrize("bad", [0.5, 0, 1001, float("nan")])
def test_speed_outside_1x_to_1000x_is_refused(bad):
    feed = ReplayFeed(small_file(), "TST/USDT")
    with pytest.raises(ValueError, match="between 1x and 1000x"):
        feed.set_speed(bad)
    with pytest.raises(ValueError, match="between 1x and 1000x"):
        ReplayFeed(small_file(), "TST/USDT", speed=bad)
    feed.set_speed(250)
    assert feed.speed == 250


def test_pause_holds_position_step_advances_resume_continues():
    clock = VirtualClock(0)
    feed = ReplayFeed(small_file(), "TST/USDT", speed=100, clock=clock, start_index=1)
    record: dict[str, object] = {}

    async def script(feed, events):
        await drive(feed, events, lambda: bool(events))  # the feed announced itself
        feed.pause()
        paused_at = clock()
        await drive(feed, events, lambda: clock() > paused_at + 600)  # ten idle minutes
        record["after_pause"] = feed.position
        feed.step()
        await drive(feed, events, lambda: feed.position == 2)
        feed.step(2)
        await drive(feed, events, lambda: feed.position == 4)
        record["after_steps"] = (feed.position, feed.paused)
        await drive(feed, events, lambda: clock() > paused_at + 1200)
        record["still"] = feed.position
        feed.resume()
        await drive(feed, events, lambda: feed.position == 6)

    events = play(feed, script)
    assert record["after_pause"] == 1
    assert record["after_steps"] == (4, True)
    assert record["still"] == 4
    assert feed.position == 6 and feed.paused
    assert_rows_equal(closed_bars(events), small_file(), 1)
    states = [(e.position, e.paused) for e in events if isinstance(e, ReplayStateEvent)]
    assert states[0] == (1, False) and (1, True) in states and (4, True) in states
    assert states[-1] == (6, True)


def test_snapshots_and_market_before_running():
    candles = small_file()
    feed = ReplayFeed(candles, "TST/USDT", start_index=3)
    assert isinstance(feed, MarketFeed) and feed.venue == "replay"
    (market,) = feed.markets()
    assert (market.base, market.quote, market.price_tick) == ("TST", "USDT", 0.1)
    tick = feed.last_tick("TST/USDT")
    assert tick.last == candles.close[2] and tick.bid < tick.ask
    book = feed.order_book("TST/USDT")
    assert len(book.bids) == 20 and len(book.asks) == 20
    assert [p for p, _ in book.bids] == sorted((p for p, _ in book.bids), reverse=True)
    assert [p for p, _ in book.asks] == sorted(p for p, _ in book.asks)
    assert book.best_ask - book.best_bid == pytest.approx(0.1)
    assert feed.forming_bar("TST/USDT") is None
    with pytest.raises(KeyError, match="TST/USDT"):
        feed.history_1m("BTC/USDT")
    with pytest.raises(ValueError, match="start_index"):
        ReplayFeed(candles, "TST/USDT", start_index=7)


@needs_data
def test_futures_symbol_gives_a_contract_market():
    feed = ReplayFeed(load_candles(DATA / "binance_usdm_XRP-USDT_5m.parquet"), "XRP/USDT:USDT")
    (market,) = feed.markets()
    assert market.contract and market.quote == "USDT" and market.price_tick == 0.0001
    assert feed.timeframe_ms == 300_000


def test_cancelling_mid_candle_keeps_state_and_a_new_run_goes_on():
    clock = VirtualClock(0)
    feed = ReplayFeed(small_file(), "TST/USDT", speed=10, clock=clock, start_index=0)

    async def half(feed, events):
        await drive(feed, events, lambda: clock() >= 9.0)  # one and a half candles

    first = play(feed, half)
    assert feed.position == 1 and feed.forming_bar("TST/USDT") is not None

    async def rest(feed, events):
        await drive(feed, events, lambda: feed.position == 6)

    second = play(feed, rest)
    assert_rows_equal(closed_bars(first + second), small_file(), 0)


def test_a_perpetual_replay_pays_the_files_funding_on_a_paper_short(tmp_path):
    """A USDⓈ-M file with a funding_rate column: the replay announces each rate before the
    first price at its time, and a paper short receives notional × rate there."""
    import pandas as pd

    from desktop.core import FundingEvent, MarkPriceEvent, OrderRequest, OrderType, Side
    from desktop.data.file_names import symbol_from_filename
    from desktop.data.funding import FUNDING_COLUMN, file_funding
    from desktop.venues.paper import PaperConfig, PaperVenue

    table = pd.read_parquet(DATA / "binance_usdm_XRP-USDT_5m.parquet").iloc[:300]
    ts = table["timestamp"].to_numpy()
    rates = np.where(ts % (8 * 3_600_000) == 0, 0.0005, np.nan)
    path = tmp_path / "binance_usdm_XRP-USDT_5m.parquet"
    table.assign(**{FUNDING_COLUMN: rates}).to_parquet(path, index=False)
    symbol = symbol_from_filename(str(path))
    assert symbol == "XRP/USDT:USDT"
    candles = load_candles(path)
    feed = ReplayFeed(candles, symbol, speed=1000, clock=VirtualClock(0), start_index=1,
                      funding=file_funding(path, candles))

    async def script(feed, events):
        await drive(feed, events, lambda: feed.position == feed.total)

    events = play(feed, script)
    announced = [e for e in events if isinstance(e, MarkPriceEvent)]
    assert [e.next_funding_ts for e in announced] == [int(t) for t in ts[np.isfinite(rates)]
                                                      if t > ts[0]]
    (market,) = feed.markets()
    paid: list[Event] = []
    venue = PaperVenue([market], {"USDT": 1_000.0}, paid.append,
                       PaperConfig(venue="paper", price_source="replay"))
    shorted = False
    for event in events:
        venue.on_market_event(event)
        if not shorted and isinstance(event, TickEvent):
            venue.engine.submit(OrderRequest(symbol, Side.SELL, OrderType.MARKET, 500.0))
            shorted = True
    funding = [e for e in paid if isinstance(e, FundingEvent)]
    assert len(funding) == len(announced) >= 2
    for e in funding:  # shorts receive a positive rate
        assert e.payment == pytest.approx(-500.0 * e.mark_price * 0.0005)
